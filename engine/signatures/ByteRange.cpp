#include "ByteRange.h"

#include <QCoreApplication>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::SignatureAnalyzer)
};

bool isHexDigit(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// The bytes between the two signed ranges must be exactly the hexadecimal /Contents string; returns
// its decoded bytes, or nullopt when the gap holds anything else.
std::optional<QByteArray> contentsFromGap(QByteArrayView gap)
{
    if (gap.size() < 2 || gap.front() != '<' || gap.back() != '>')
        return std::nullopt;
    QByteArray hex;
    hex.reserve(gap.size());
    for (qsizetype i = 1; i + 1 < gap.size(); ++i) {
        const char c = gap[i];
        if (isHexDigit(c))
            hex.append(c);
        else if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return std::nullopt;
    }
    return QByteArray::fromHex(hex);
}

} // namespace

ByteRangeCheck checkByteRange(const QList<qint64> &range, QByteArrayView file)
{
    ByteRangeCheck check;
    if (range.isEmpty() || range.size() % 2 != 0) {
        check.problem = Tr::tr("The /ByteRange is missing or does not consist of offset and length pairs.");
        return check;
    }
    for (qsizetype i = 0; i < range.size(); i += 2) {
        const qint64 start = range[i];
        const qint64 length = range[i + 1];
        if (start < 0 || length < 0 || start > file.size() || length > file.size() - start) {
            check.problem = Tr::tr("The /ByteRange points outside the file.");
            return check;
        }
        check.signedBytes.append(file.sliced(start, length));
    }
    check.usable = true;
    if (range.size() != 4) {
        check.problem = Tr::tr("The /ByteRange has %n range(s) instead of the usual two.", nullptr, int(range.size() / 2));
        return check;
    }
    if (range[0] != 0)
        check.problem = Tr::tr("The signed bytes do not start at the beginning of the file.");
    if (range[0] + range[1] > range[2]) {
        check.malformed = true;
        check.problem = Tr::tr("The two signed ranges overlap.");
    }
    if (range[0] + range[1] <= range[2]) {
        const QByteArrayView gap = file.sliced(range[0] + range[1], range[2] - range[0] - range[1]);
        check.gapContents = contentsFromGap(gap);
        if (!check.gapContents && check.problem.isEmpty())
            check.problem = Tr::tr("The unsigned gap between the signed ranges holds more than the /Contents hexadecimal string.");
    }
    return check;
}

} // namespace granska
