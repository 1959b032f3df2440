#include "SignatureDictionaries.h"

#include "pdf/ByteSearch.h"
#include "pdf/HexDigits.h"
#include "pdf/PdfDocument.h"
#include "pdf/RawLexer.h"

#include <algorithm>
#include <map>
#include <qpdf/BufferInputSource.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFTokenizer.hh>
#include <vector>

namespace granska {
namespace {

// Stands where the signature's string was: sixteen bytes no signature dictionary has by chance.
// Should the text hold them anyway, they are met twice and the dictionary is left to QPDF.
constexpr char kPlaceholderHex[] = "<4772616E736B613A436F6E74656E7473>";
const std::string kPlaceholder = "Granska:Contents";

// What comes before the string or after it in the dictionary is long only in a damaged or hostile
// file, which QPDF then reads itself; so is a file with very many signatures.
constexpr qint64 kMaxHead = 64 * 1024;
constexpr qint64 kMaxTail = 64 * 1024;
constexpr int kMaxDictionaries = 256;

using Table = std::map<QPDFObjGen, QPDFXRefEntry>;

// The bytes of a hex string of an even number of digits and nothing else (no white space).
std::optional<std::string> decodeHex(QByteArrayView digits)
{
    if (digits.size() % 2 != 0)
        return std::nullopt;
    std::string out(size_t(digits.size() / 2), '\0');
    for (qsizetype i = 0; i < digits.size(); i += 2) {
        const int high = kHexDigitValues[uchar(digits[i])];
        const int low = kHexDigitValues[uchar(digits[i + 1])];
        if (high < 0 || low < 0)
            return std::nullopt;
        out[size_t(i / 2)] = char(high << 4 | low);
    }
    return out;
}

// How many values in `object`, nested ones included, are the placeholder string.
int placeholders(QPDFObjectHandle object, int depth = 0)
{
    if (depth > 16 || object.isIndirect())
        return 0;
    if (object.isString())
        return object.getStringValue() == kPlaceholder ? 1 : 0;
    int found = 0;
    if (object.isArray()) {
        for (QPDFObjectHandle &item : object.getArrayAsVector())
            found += placeholders(item, depth + 1);
    } else if (object.isDictionary()) {
        for (auto &[key, value] : object.getDictAsMap())
            found += placeholders(value, depth + 1);
    }
    return found;
}

// For each position, the object written at the top level of the file that holds it: the last one
// the table places before it. One pass over the table, which is large, for a few positions.
std::vector<std::optional<std::pair<qint64, QPDFObjGen>>> holders(const Table &table, const std::vector<qint64> &positions)
{
    std::vector<qint64> sorted = positions;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    // nearest[i]: the object starting latest before sorted[i] and at or after sorted[i - 1] (of two
    // at one offset, the higher number).
    std::vector<std::optional<std::pair<qint64, QPDFObjGen>>> nearest(sorted.size());
    for (const auto &[id, entry] : table) {
        if (entry.getType() != 1)
            continue;
        const qint64 offset = qint64(entry.getOffset());
        const size_t i = size_t(std::upper_bound(sorted.begin(), sorted.end(), offset) - sorted.begin());
        if (i < nearest.size() && (!nearest[i] || nearest[i]->first < offset || (nearest[i]->first == offset && nearest[i]->second < id)))
            nearest[i] = std::make_pair(offset, id);
    }
    for (size_t i = 1; i < nearest.size(); ++i) {
        if (!nearest[i])
            nearest[i] = nearest[i - 1]; // nothing starts between the two positions
    }
    std::vector<std::optional<std::pair<qint64, QPDFObjGen>>> out;
    out.reserve(positions.size());
    for (qint64 position : positions)
        out.push_back(nearest[size_t(std::lower_bound(sorted.begin(), sorted.end(), position) - sorted.begin())]);
    return out;
}

// Reads one signature dictionary; false when it is left to QPDF.
bool readOne(PdfDocument &document, QPDFObjGen id, qint64 offset, qint64 start, qint64 end)
{
    const QByteArrayView file = document.bytes();
    // "N G obj", as QPDF expects at the table's offset.
    RawLexer lexer(file, offset);
    const std::optional<qint64> number = lexer.readUnsigned();
    lexer.skipWhitespace();
    const std::optional<qint64> generation = lexer.readUnsigned();
    lexer.skipWhitespace();
    if (number != id.getObj() || generation != id.getGen() || !lexer.readKeyword("obj"))
        return false;
    const qint64 body = lexer.position();
    if (body >= start || start - body > kMaxHead)
        return false;
    const std::optional<std::string> contents = decodeHex(file.sliced(start + 1, end - start - 2));
    if (!contents)
        return false;

    const qint64 tailEnd = std::min<qint64>(file.size(), end + kMaxTail);
    std::string text;
    text.reserve(size_t(start - body + tailEnd - end) + sizeof kPlaceholderHex);
    text.append(file.data() + body, size_t(start - body));
    text.append(kPlaceholderHex);
    text.append(file.data() + end, size_t(tailEnd - end));
    auto input = std::make_shared<BufferInputSource>("signature dictionary " + id.unparse(' '), text);

    QPDF &qpdf = document.qpdf();
    const size_t warningsBefore = qpdf.numWarnings();
    bool read = false;
    try {
        QPDFTokenizer tokenizer;
        bool empty = false;
        QPDFObjectHandle dictionary = QPDFObjectHandle::parse(input, "object " + id.unparse(' '), tokenizer, empty, nullptr, &qpdf);
        // The dictionary, ended by "endobj" (not a stream), holding the placeholder once: as /Contents.
        const QPDFTokenizer::Token after = tokenizer.readToken(input, "signature dictionary", true);
        QPDFObjectHandle placed = dictionary.isDictionary() ? dictionary.getKey("/Contents") : QPDFObjectHandle();
        read = !empty && dictionary.isDictionary() && after.isWord("endobj") && placed.isString()
               && placed.getStringValue() == kPlaceholder && placeholders(dictionary) == 1
               && qpdf.numWarnings() == warningsBefore;
        if (read) {
            dictionary.replaceKey("/Contents", QPDFObjectHandle::newString(*contents));
            qpdf.replaceObject(id, dictionary);
        }
    } catch (const std::exception &) {
        read = false;
    }
    if (qpdf.numWarnings() != warningsBefore) {
        // Warnings of this reading are QPDF's to give when it reads the object itself.
        const std::vector<QPDFExc> warnings = qpdf.getWarnings();
        for (size_t i = 0; i < warningsBefore && i < warnings.size(); ++i)
            qpdf.warn(warnings[i]);
    }
    return read;
}

} // namespace

QList<QList<qint64>> rawByteRanges(QByteArrayView file)
{
    QList<QList<qint64>> ranges;
    for (qsizetype at = findBytes(file, "/ByteRange"); at >= 0 && ranges.size() < 1000;
         at = findBytes(file, "/ByteRange", at + 10)) {
        RawLexer lexer(file, at + 10);
        lexer.skipWhitespace();
        if (lexer.atEnd() || file[lexer.position()] != '[')
            continue;
        lexer.setPosition(lexer.position() + 1);
        QList<qint64> range;
        for (int i = 0; i < 8; ++i) {
            lexer.skipWhitespace();
            const std::optional<qint64> n = lexer.readUnsigned();
            if (!n)
                break;
            range.append(*n);
        }
        if (!range.isEmpty() && !ranges.contains(range))
            ranges.append(range);
    }
    return ranges;
}

void readSignatureDictionaries(PdfDocument &document, const QList<QList<qint64>> &byteRanges, const std::function<bool(QPDFObjGen)> &wanted,
                               const Table *table)
{
    QPDF &qpdf = document.qpdf();
    if (byteRanges.isEmpty() || qpdf.isEncrypted())
        return; // an encrypted document's strings are QPDF's to decrypt
    const QByteArrayView file = document.bytes();
    struct Gap {
        qint64 start, end;
    };
    std::vector<Gap> gaps;
    for (const QList<qint64> &range : byteRanges) {
        if (range.size() != 4 || range[0] != 0)
            continue;
        // The string between the two signed parts, "<" and ">" included.
        const qint64 start = range[1];
        const qint64 end = range[2];
        if (start <= 0 || end - start < 4 || end > file.size() || file[start] != '<' || file[end - 1] != '>')
            continue;
        gaps.push_back({start, end});
    }
    if (gaps.empty())
        return;
    std::vector<qint64> starts;
    for (const Gap &gap : gaps)
        starts.push_back(gap.start);
    const auto objects = table ? holders(*table, starts) : holders(qpdf.getXRefTable(), starts);
    struct Found {
        qint64 offset, start, end;
        int ranges = 0;
    };
    std::map<QPDFObjGen, Found> found;
    for (size_t i = 0; i < gaps.size(); ++i) {
        if (objects[i]) {
            Found &f = found[objects[i]->second];
            f = {objects[i]->first, gaps[i].start, gaps[i].end, f.ranges + 1};
        }
    }
    int read = 0;
    for (const auto &[id, f] : found) {
        if (wanted && !wanted(id))
            continue;
        if (f.ranges == 1 && read++ < kMaxDictionaries) // two ranges that point into one object: QPDF reads it
            readOne(document, id, f.offset, f.start, f.end);
    }
}

} // namespace granska
