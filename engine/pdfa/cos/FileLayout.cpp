#include "FileLayout.h"

#include "pdf/ByteSearch.h"
#include "pdf/Limits.h"

#include <QSet>
#include <algorithm>

namespace granska::pdfa::cos {
namespace {

constexpr QByteArrayView kHeaderMarker("%PDF-");
constexpr QByteArrayView kEofMarker("%%EOF");
constexpr QByteArrayView kStartXRef("startxref");
constexpr QByteArrayView kEndstream("endstream");
constexpr qint64 kHeaderWindow = 1024;      // where a header may be looked for
constexpr qint64 kEofWindow = 1024;         // how far from the end the last %%EOF is looked for
constexpr qint64 kLinearizationWindow = 1024; // a linearization dictionary is the first object
constexpr int kMaxSections = 2000;             // revisions; far beyond any real file
constexpr qint64 kTrailerSearchWindow = 1 << 16; // after damaged entries
constexpr int kMaxUnwindowedReads = 8;           // objects read past the next object's offset
constexpr int kEntriesBetweenChecks = 4096;

bool isDigit(int c) { return c >= '0' && c <= '9'; }
bool isEolByte(int c) { return c == '\n' || c == '\r'; }
bool isWhiteByte(int c) { return c >= 0 && isWhitespace(char(c)); }

int byteAt(QByteArrayView file, qint64 offset)
{
    return offset >= 0 && offset < file.size() ? int(quint8(file[offset])) : -1;
}

HeaderFacts readHeader(QByteArrayView file)
{
    HeaderFacts header;
    const qint64 at = file.first(std::min<qint64>(file.size(), kHeaderWindow)).indexOf(kHeaderMarker);
    if (at < 0)
        return header;
    header.offset = at;
    qint64 end = at;
    const qint64 lineLimit = std::min<qint64>(file.size(), at + kHeaderWindow); // a binary file may have no EOL for long
    while (end < lineLimit && !isEol(file[end]))
        ++end;
    header.line = file.sliced(at, end - at).toByteArray();
    // The header line ends with one end-of-line; the next line is the binary comment.
    qint64 p = end;
    if (byteAt(file, p) == '\r' && byteAt(file, p + 1) == '\n')
        p += 2;
    else if (isEolByte(byteAt(file, p)))
        p += 1;
    else
        return header; // the file ends with its header
    if (byteAt(file, p) != '%')
        return header;
    for (int i = 0; i < 4; ++i) {
        const int c = byteAt(file, p + 1 + i);
        if (c < 0 || isEolByte(c))
            return header; // a comment shorter than four bytes
        header.commentBytes[i] = c;
    }
    header.commentPresent = true;
    return header;
}

// Bytes after the last %%EOF near the end of the file, less one optional end-of-line.
int postEofBytes(QByteArrayView file)
{
    const qint64 windowStart = std::max<qint64>(0, file.size() - kEofWindow);
    const qint64 inWindow = file.sliced(windowStart).lastIndexOf(kEofMarker);
    if (inWindow < 0)
        return -1;
    const qint64 after = windowStart + inWindow + kEofMarker.size();
    qint64 rest = file.size() - after;
    if (byteAt(file, after) == '\r')
        rest -= byteAt(file, after + 1) == '\n' ? 2 : 1;
    else if (byteAt(file, after) == '\n')
        rest -= 1;
    return int(std::max<qint64>(0, rest));
}

std::optional<qint64> lastStartXRef(QByteArrayView file)
{
    const qint64 at = file.lastIndexOf(kStartXRef);
    if (at < 0)
        return std::nullopt;
    Scanner scanner(file, at + kStartXRef.size());
    const Token offset = scanner.next();
    if (offset.kind != Token::Kind::Number || !offset.isInteger || offset.integer < 0)
        return std::nullopt;
    return offset.integer;
}

std::optional<qint64> integerEntry(const Value &dictionary, QByteArrayView key)
{
    const Value *value = dictionary.find(key);
    if (value && value->type == Value::Type::Number && value->isInteger)
        return value->integer;
    return std::nullopt;
}

// Reads unsigned decimal digits at p; advances p. -1 when there are none.
qint64 readDigits(QByteArrayView file, qint64 &p)
{
    const qint64 start = p;
    qint64 value = 0;
    while (p < file.size() && isDigit(byteAt(file, p))) {
        if (value < (qint64(1) << 50))
            value = value * 10 + (file[p] - '0');
        ++p;
    }
    return p == start ? -1 : value;
}

void skipWhite(QByteArrayView file, qint64 &p)
{
    while (p < file.size() && isWhitespace(file[p]))
        ++p;
}

// The entries of one subsection: "offset generation n|f" each. Returns false when malformed.
bool readEntries(QByteArrayView file, qint64 &p, qint64 count, XRefSection &section, Budget &budget)
{
    for (qint64 i = 0; i < count; ++i) {
        if ((i % kEntriesBetweenChecks) == kEntriesBetweenChecks - 1)
            budget.check();
        skipWhite(file, p);
        const qint64 offset = readDigits(file, p);
        skipWhite(file, p);
        const qint64 generation = readDigits(file, p);
        skipWhite(file, p);
        const int kind = byteAt(file, p);
        if (offset < 0 || generation < 0 || (kind != 'n' && kind != 'f'))
            return false;
        ++p;
        if (kind == 'n' && offset > 0)
            section.objectOffsets.push_back(offset);
    }
    return true;
}

void readTable(QByteArrayView file, const Token &keyword, XRefSection &section, Budget &budget)
{
    section.kind = XRefSection::Kind::Table;
    // "xref" then exactly one end-of-line (CR, LF or CR LF), then the first subsection header.
    qint64 p = keyword.end;
    if (byteAt(file, p) == '\r') {
        ++p;
        if (byteAt(file, p) == '\n')
            ++p;
        section.eolAfterKeyword = isDigit(byteAt(file, p));
    } else if (byteAt(file, p) == '\n') {
        section.eolAfterKeyword = isDigit(byteAt(file, p + 1));
    } else {
        section.eolAfterKeyword = false;
    }

    p = keyword.end;
    for (int subsections = 0; subsections < 1000000; ++subsections) {
        skipWhite(file, p);
        if (!isDigit(byteAt(file, p)))
            break;
        const qint64 first = readDigits(file, p);
        if (byteAt(file, p) != ' ' || !isDigit(byteAt(file, p + 1)))
            section.subsectionHeadersSpaced = false;
        skipWhite(file, p);
        const qint64 count = readDigits(file, p);
        if (first < 0 || count < 0 || count > (file.size() - p) / 18 + 1)
            break;
        if (!readEntries(file, p, count, section, budget))
            break;
    }

    Scanner scanner(file, p);
    Token token = scanner.next();
    if (!token.isKeyword("trailer")) {
        // Tolerate damage in the entries: the trailer keyword follows somewhere after them.
        const qint64 at = file.first(std::min<qint64>(file.size(), p + kTrailerSearchWindow)).indexOf(QByteArrayView("trailer"), p);
        if (at < 0)
            return;
        scanner.setPosition(at + 7);
    }
    ObjectParser parser(scanner);
    parser.parse(section.trailer);
}

XRefSection readSection(QByteArrayView file, qint64 offset, Budget &budget)
{
    XRefSection section;
    section.offset = offset;
    if (offset < 0 || offset >= file.size())
        return section;
    Scanner scanner(file, offset);
    const Token first = scanner.next();
    if (first.isKeyword("xref")) {
        readTable(file, first, section, budget);
    } else if (first.kind == Token::Kind::Number && first.isInteger) {
        const Token generation = scanner.next();
        const Token obj = scanner.next();
        if (generation.kind == Token::Kind::Number && obj.isKeyword("obj")) {
            ObjectParser parser(scanner);
            if (parser.parse(section.trailer) && section.trailer.isDictionary()) {
                const Value *type = section.trailer.find("Type");
                if (type && type->type == Value::Type::Name && type->bytes == "XRef")
                    section.kind = XRefSection::Kind::Stream;
            }
        }
    }
    if (section.kind != XRefSection::Kind::Unreadable) {
        section.prev = integerEntry(section.trailer, "Prev");
        section.xrefStream = integerEntry(section.trailer, "XRefStm");
    }
    return section;
}

void followSections(QByteArrayView file, FileLayout &layout, Budget &budget)
{
    const std::optional<qint64> start = lastStartXRef(file);
    layout.startXRefFound = start.has_value();
    if (!start)
        return;
    QSet<qint64> seen;
    std::vector<qint64> pending{*start};
    while (!pending.empty() && int(layout.sections.size()) < kMaxSections) {
        const qint64 offset = pending.back();
        pending.pop_back();
        if (seen.contains(offset))
            continue;
        seen.insert(offset);
        budget.check();
        XRefSection section = readSection(file, offset, budget);
        // Offsets of a file with bytes before its header count from the header.
        if (section.kind == XRefSection::Kind::Unreadable && layout.header.offset > 0)
            section = readSection(file, offset + layout.header.offset, budget);
        // Follow /Prev after /XRefStm: push Prev first so that the stream is read first.
        if (section.prev)
            pending.push_back(*section.prev);
        if (section.xrefStream)
            pending.push_back(*section.xrefStream);
        layout.sections.push_back(std::move(section));
    }
}

// The stream after a dictionary: the EOL after "stream", where the data really ends, and the EOL
// before "endstream". Leaves the scanner after "endstream" (or where it gave up).
void readStream(QByteArrayView file, Scanner &scanner, const Token &keyword, IndirectObject &object, const LengthResolver &resolve)
{
    StreamFacts &stream = object.stream;
    object.isStream = true;
    qint64 p = keyword.end;
    if (byteAt(file, p) == '\r') {
        if (byteAt(file, p + 1) == '\n') {
            p += 2;
        } else {
            stream.eolAfterKeyword = false;
            p += 1;
        }
    } else if (byteAt(file, p) == '\n') {
        p += 1;
    } else {
        stream.eolAfterKeyword = false;
    }
    stream.dataOffset = p;

    if (const Value *length = object.dictionary.find("Length")) {
        if (length->type == Value::Type::Number && length->isInteger)
            stream.declaredLength = length->integer;
        else if (length->type == Value::Type::Reference && resolve)
            stream.declaredLength = resolve(length->objectNumber, length->generation);
    }

    // Where the data ends: after /Length bytes when "endstream" follows there, else at the first
    // "endstream" after the data's start.
    qint64 end = -1;
    if (stream.declaredLength && *stream.declaredLength >= 0 && *stream.declaredLength <= file.size() - p) {
        Scanner probe(file, p + *stream.declaredLength);
        if (probe.next().isKeyword(kEndstream))
            end = p + *stream.declaredLength;
    }
    if (end < 0) {
        end = findBytes(file, kEndstream, p);
        if (end < 0) {
            stream.endstreamFound = false;
            stream.eolBeforeEndstream = false;
            scanner.setPosition(file.size());
            return;
        }
    }
    qint64 keywordAt = end;
    while (keywordAt < file.size() && isWhitespace(file[keywordAt]))
        ++keywordAt;
    const qint64 span = keywordAt - p;
    // The end-of-line before "endstream" is not part of the data; a CR LF whose CR the /Length
    // already counts leaves only the LF.
    int eolBytes = 0;
    const int last = keywordAt - 1 >= p ? byteAt(file, keywordAt - 1) : -1;
    const int beforeLast = keywordAt - 2 >= p ? byteAt(file, keywordAt - 2) : -1;
    if (last == '\n') {
        const qint64 excess = span - stream.declaredLength.value_or(0);
        eolBytes = (beforeLast == '\r' && excess > 1) ? 2 : 1;
    } else if (last == '\r') {
        eolBytes = 1;
    } else {
        stream.eolBeforeEndstream = false;
    }
    stream.realLength = span - eolBytes;
    scanner.setPosition(keywordAt);
    const Token endKeyword = scanner.next();
    if (!endKeyword.isKeyword(kEndstream)) {
        stream.endstreamFound = false;
        scanner.setPosition(keywordAt);
    }
}

// One indirect object at an offset from a cross-reference section, read within the first
// windowEnd bytes of the file. False when no object is there.
bool readObject(QByteArrayView whole, qint64 windowEnd, qint64 offset, const LengthResolver &resolve, IndirectObject &object)
{
    const QByteArrayView file = whole.first(windowEnd);
    Scanner scanner(file, offset);
    scanner.skipWhitespace();
    const qint64 numberAt = scanner.position();
    object.offset = numberAt;
    object.eolBeforeHeader = numberAt > 0 && isEolByte(byteAt(file, numberAt - 1));
    const Token number = scanner.next();
    if (number.kind != Token::Kind::Number || !number.isInteger || number.start != numberAt)
        return false;
    object.singleSpaceAfterNumber = isWhiteByte(byteAt(file, number.end)) && !isWhiteByte(byteAt(file, number.end + 1));
    const Token generation = scanner.next();
    if (generation.kind != Token::Kind::Number || !generation.isInteger)
        return false;
    object.singleSpaceAfterGeneration = isWhiteByte(byteAt(file, generation.end)) && !isWhiteByte(byteAt(file, generation.end + 1));
    const Token obj = scanner.next();
    if (!obj.isKeyword("obj"))
        return false;
    object.number = int(std::clamp<qint64>(number.integer, 0, std::numeric_limits<int>::max()));
    object.generation = int(std::clamp<qint64>(generation.integer, 0, std::numeric_limits<int>::max()));
    object.eolAfterObj = isEolByte(byteAt(file, obj.end));

    Value value;
    ObjectParser parser(scanner, [&object](const Token &hex) {
        object.hexStrings.push_back(HexStringFacts{hex.start, hex.hexCharacters, hex.hexOnlyDigits});
    });
    const bool parsed = parser.parse(value);
    if (!parsed)
        scanner.setPosition(obj.end); // an empty object: "endobj" follows "obj"
    if (parsed && value.isDictionary()) {
        const Token after = scanner.peek();
        if (after.isKeyword("stream")) {
            scanner.setPosition(after.end);
            object.dictionary = std::move(value);
            readStream(file, scanner, after, object, resolve);
        } else if (value.find("Linearized")) {
            const Value *length = value.find("L");
            if (length && length->type == Value::Type::Number)
                object.linearizedLength = length->integer;
        }
    }

    // "endobj" on a line of its own: an EOL right before it and right after it.
    const qint64 beforeSpace = scanner.position();
    scanner.skipWhitespace();
    object.eolBeforeEndobj = scanner.position() > beforeSpace && isEolByte(byteAt(file, scanner.position() - 1));
    const Token endobj = scanner.next();
    if (!endobj.isKeyword("endobj")) {
        object.endobjFound = false;
        object.eolAfterEndobj = false;
        return true;
    }
    // The next object's offset may point at this end-of-line: look past the window for it.
    object.eolAfterEndobj = isEolByte(byteAt(whole, endobj.end));
    return true;
}

} // namespace

FileLayout readFileLayout(QByteArrayView file, const std::vector<qint64> &moreObjectOffsets, const LengthResolver &resolveLength,
                          Budget &budget)
{
    FileLayout layout;
    layout.header = readHeader(file);
    layout.postEofBytes = postEofBytes(file);
    followSections(file, layout, budget);

    std::vector<qint64> offsets = moreObjectOffsets;
    for (const XRefSection &section : layout.sections)
        offsets.insert(offsets.end(), section.objectOffsets.begin(), section.objectOffsets.end());
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());

    QSet<qint64> objectStarts; // two offsets may lead to the same object (white space before it)
    int sinceCheck = 0;
    int unwindowedReads = 0;
    for (std::size_t i = 0; i < offsets.size(); ++i) {
        const qint64 offset = offsets[i];
        if (offset <= 0 || offset >= file.size())
            continue;
        if (++sinceCheck == 256) {
            sinceCheck = 0;
            budget.check();
        }
        // Objects do not overlap: each is read only up to where the next one begins, so that a
        // damaged object (an unclosed string, say) cannot make every object read the whole file.
        const qint64 windowEnd = i + 1 < offsets.size() ? std::min<qint64>(offsets[i + 1], file.size()) : file.size();
        IndirectObject object;
        bool found = readObject(file, windowEnd, offset, resolveLength, object);
        // A cross-reference entry that points into the middle of another object cuts that object
        // short: read it again without the window, a bounded number of times.
        if (found && !object.endobjFound && windowEnd < file.size() && unwindowedReads < kMaxUnwindowedReads) {
            ++unwindowedReads;
            object = IndirectObject();
            found = readObject(file, file.size(), offset, resolveLength, object);
        }
        if (!found || objectStarts.contains(object.offset))
            continue;
        objectStarts.insert(object.offset);
        layout.objects.push_back(std::move(object));
    }

    // Linearized: the first object in the file is a linearization dictionary whose /L is the
    // file's length (an incremental update after linearization breaks this, as it should).
    if (!layout.objects.empty()) {
        const IndirectObject &first = layout.objects.front();
        layout.linearized = first.offset < kLinearizationWindow && first.linearizedLength == file.size() && layout.sections.size() > 1;
    }
    return layout;
}

std::vector<HexStringFacts> hexStringsIn(QByteArrayView data, Budget &budget)
{
    std::vector<HexStringFacts> found;
    Scanner scanner(data);
    int sinceCheck = 0;
    for (;;) {
        if (++sinceCheck == 4096) {
            sinceCheck = 0;
            budget.check();
        }
        const Token token = scanner.next();
        if (token.kind == Token::Kind::End)
            break;
        if (token.kind == Token::Kind::HexString)
            found.push_back(HexStringFacts{token.start, token.hexCharacters, token.hexOnlyDigits});
    }
    return found;
}

} // namespace granska::pdfa::cos
