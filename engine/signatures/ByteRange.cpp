#include "ByteRange.h"

#include "assessment/Assessment.h"
#include "pdf/HexDigits.h"
#include "pdf/PdfDocument.h"

#include <QCoreApplication>
#include <algorithm>
#include <qpdf/QPDFXRefEntry.hh>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::SignatureAnalyzer)
};

// The bytes between the two signed ranges must be exactly the hexadecimal /Contents string; returns
// its decoded bytes, or nullopt when the gap holds anything else. An odd number of digits is read
// as QByteArray::fromHex() reads it: the first digit alone makes the first byte.
std::optional<QByteArray> contentsFromGap(QByteArrayView gap)
{
    if (gap.size() < 2 || gap.front() != '<' || gap.back() != '>')
        return std::nullopt;
    // The digits' values, one per byte, written over the front of the output as they are read.
    QByteArray out(gap.size(), Qt::Uninitialized);
    auto *nibbles = reinterpret_cast<unsigned char *>(out.data());
    qsizetype count = 0;
    for (qsizetype i = 1; i + 1 < gap.size(); ++i) {
        const signed char value = kHexDigitValues[uchar(gap[i])];
        if (value >= 0)
            nibbles[count++] = uchar(value);
        else if (value == kHexInvalid)
            return std::nullopt;
    }
    // Pairs are packed in place (a byte never overtakes the digits it is made of); with an odd count
    // the first digit stays where it is, as the first byte.
    const qsizetype odd = count % 2;
    for (qsizetype from = odd, to = odd; from < count; from += 2, ++to)
        nibbles[to] = uchar(nibbles[from] << 4 | nibbles[from + 1]);
    out.truncate(odd + (count - odd) / 2);
    return out;
}

} // namespace

ByteRangeCheck checkByteRange(const QList<qint64> &range, QByteArrayView file, const QList<qint64> &usedOffsets)
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
        const qint64 gapStart = range[0] + range[1];
        const auto firstUsed = std::upper_bound(usedOffsets.cbegin(), usedOffsets.cend(), gapStart);
        const bool hidesUsedContent = firstUsed != usedOffsets.cend() && *firstUsed < range[2];
        if (!check.gapContents && gap.startsWith('<') && hidesUsedContent) {
            // The signature value, and after it objects or cross-reference sections the document
            // uses, all in the unsigned gap: the pattern of a signature wrapping attack.
            check.malformed = true;
            check.problem = Tr::tr("The unsigned gap between the signed ranges holds more than the signature value: unsigned content is hidden there (signature wrapping).");
        } else if (!check.gapContents && check.problem.isEmpty()) {
            check.problem = Tr::tr("The unsigned gap between the signed ranges is not the signature value, so the signed bytes are not the usual ones.");
        }
    }
    return check;
}

QList<qint64> usedOffsets(PdfDocument &document, const QList<Revision> &revisions)
{
    QList<qint64> offsets;
    try {
        for (const auto &[object, entry] : document.qpdf().getXRefTable()) {
            if (entry.getType() == 1)
                offsets.append(entry.getOffset());
        }
    } catch (const std::exception &) {
        // A table QPDF cannot produce leaves only the revisions' sections to check.
    }
    for (const Revision &revision : revisions)
        if (revision.xrefOffset > 0)
            offsets.append(revision.xrefOffset);
    std::sort(offsets.begin(), offsets.end());
    return offsets;
}

} // namespace granska
