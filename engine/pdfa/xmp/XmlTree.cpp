#include "XmlTree.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace granska::pdfa::xmp::detail {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::xmp::XmlTree)
};

// Far beyond any real packet; they only stop hostile ones.
constexpr int kMaxDepth = 256;
constexpr int kMaxNodes = 500000;

struct Encoding {
    QStringConverter::Encoding converter = QStringConverter::Utf8;
    qsizetype bomLength = 0;
    QString name = QStringLiteral("UTF-8");
};

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char c : prefix) {
        if (static_cast<unsigned char>(bytes.at(i++)) != c)
            return false;
    }
    return true;
}

// The encoding named in an XML declaration at the start of ASCII-compatible bytes.
QString declaredEncoding(const QByteArray &bytes)
{
    if (!bytes.startsWith("<?xml"))
        return {};
    const qsizetype end = bytes.indexOf("?>");
    if (end < 0 || end > 512)
        return {};
    // encoding, optional white space, "=", optional white space, a quote, the name and a quote.
    // Scanned by hand: a regular expression costs a compilation in every process.
    const QByteArrayView declaration = QByteArrayView(bytes).first(end);
    const auto isSpace = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    const auto isQuote = [](char c) { return c == '"' || c == '\''; };
    const auto isNameCharacter = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == ':' || c == '-';
    };
    for (qsizetype at = declaration.indexOf("encoding"); at >= 0; at = declaration.indexOf("encoding", at + 1)) {
        qsizetype i = at + 8;
        while (i < end && isSpace(declaration[i]))
            ++i;
        if (i >= end || declaration[i] != '=')
            continue;
        ++i;
        while (i < end && isSpace(declaration[i]))
            ++i;
        if (i >= end || !isQuote(declaration[i]))
            continue;
        const qsizetype nameStart = ++i;
        while (i < end && isNameCharacter(declaration[i]))
            ++i;
        if (i > nameStart && i < end && isQuote(declaration[i]))
            return QString::fromLatin1(declaration.sliced(nameStart, i - nameStart)).toUpper();
    }
    return {};
}

// Byte order marks first, then the byte patterns "<" or "<?" make in UTF-16 and UTF-32, then the
// XML declaration; UTF-8 otherwise.
Encoding detectEncoding(const QByteArray &bytes)
{
    if (startsWith(bytes, {0x00, 0x00, 0xFE, 0xFF}))
        return {QStringConverter::Utf32BE, 4, QStringLiteral("UTF-32BE")};
    if (startsWith(bytes, {0xFF, 0xFE, 0x00, 0x00}))
        return {QStringConverter::Utf32LE, 4, QStringLiteral("UTF-32LE")};
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF}))
        return {QStringConverter::Utf8, 3, QStringLiteral("UTF-8")};
    if (startsWith(bytes, {0xFE, 0xFF}))
        return {QStringConverter::Utf16BE, 2, QStringLiteral("UTF-16BE")};
    if (startsWith(bytes, {0xFF, 0xFE}))
        return {QStringConverter::Utf16LE, 2, QStringLiteral("UTF-16LE")};
    if (startsWith(bytes, {0x00, 0x00, 0x00, 0x3C}))
        return {QStringConverter::Utf32BE, 0, QStringLiteral("UTF-32BE")};
    if (startsWith(bytes, {0x3C, 0x00, 0x00, 0x00}))
        return {QStringConverter::Utf32LE, 0, QStringLiteral("UTF-32LE")};
    if (startsWith(bytes, {0x00, 0x3C}))
        return {QStringConverter::Utf16BE, 0, QStringLiteral("UTF-16BE")};
    if (startsWith(bytes, {0x3C, 0x00}))
        return {QStringConverter::Utf16LE, 0, QStringLiteral("UTF-16LE")};
    const QString declared = declaredEncoding(bytes);
    if (declared == QLatin1String("ISO-8859-1") || declared == QLatin1String("LATIN1")
        || declared == QLatin1String("WINDOWS-1252") || declared == QLatin1String("CP1252"))
        return {QStringConverter::Latin1, 0, declared};
    if (declared == QLatin1String("UTF8"))
        return {QStringConverter::Utf8, 0, QStringLiteral("UTF-8")};
    if (!declared.isEmpty() && !declared.startsWith(QLatin1String("UTF-")))
        return {QStringConverter::Utf8, 0, declared}; // US-ASCII and the like: read as UTF-8
    return {};
}

// Windows-1252 characters for the bytes 0x80..0x9F (zero where the code page has none).
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Length of the well-formed UTF-8 sequence at i, 0 when there is none.
int utf8SequenceLength(const QByteArray &bytes, qsizetype i)
{
    const auto byte = [&](qsizetype k) { return static_cast<unsigned char>(bytes.at(k)); };
    const unsigned char lead = byte(i);
    int length = 0;
    unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    }
    if (length == 0 || i + length > bytes.size())
        return 0;
    if (byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (int k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
            return 0;
    }
    return length;
}

// UTF-8 where it is UTF-8; any other byte is taken as a Windows-1252 / Latin-1 character.
QString decodeUtf8Forgivingly(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const unsigned char c = static_cast<unsigned char>(bytes.at(i));
        if (c < 0x80) {
            text.append(QLatin1Char(char(c)));
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(bytes, i);
        if (length > 0) {
            text.append(QString::fromUtf8(bytes.constData() + i, length));
            i += length;
        } else {
            const char16_t mapped = c < 0xA0 ? kCp1252High[c - 0x80] : char16_t(c);
            text.append(QChar(mapped ? mapped : u' '));
            ++i;
        }
    }
    return text;
}

bool isControl(char32_t c)
{
    return (c <= 0x1F || c == 0x7F) && c != 0x09 && c != 0x0A && c != 0x0D;
}

// Control characters (and character references to them) become spaces.
void replaceControlCharacters(QString &text)
{
    for (QChar &c : text) {
        if (isControl(c.unicode()))
            c = QLatin1Char(' ');
    }
    // "&#x" and one to six hexadecimal digits, or "&#" and one to seven decimal digits, then ";".
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (qsizetype at = text.indexOf(QLatin1String("&#")); at >= 0;) {
        const bool hex = at + 2 < text.size() && text[at + 2] == QLatin1Char('x');
        const int base = hex ? 16 : 10;
        const qsizetype digitsStart = at + (hex ? 3 : 2);
        qsizetype i = digitsStart;
        uint value = 0;
        while (i < text.size() && i - digitsStart <= 7) {
            const char16_t c = text[i].unicode();
            const int digit = (c >= '0' && c <= '9') ? c - '0'
                              : (hex && c >= 'a' && c <= 'f') ? c - 'a' + 10
                              : (hex && c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                              : -1;
            if (digit < 0)
                break;
            value = value * base + uint(digit);
            ++i;
        }
        const qsizetype digits = i - digitsStart;
        if (digits >= 1 && digits <= (hex ? 6 : 7) && i < text.size() && text[i] == QLatin1Char(';')) {
            if (isControl(value))
                spans.append({at, i + 1 - at});
            at = text.indexOf(QLatin1String("&#"), i + 1);
        } else {
            at = text.indexOf(QLatin1String("&#"), at + 1);
        }
    }
    for (auto span = spans.crbegin(); span != spans.crend(); ++span)
        text.replace(span->first, span->second, QStringLiteral(" "));
}

QString decodeStrictly(const QByteArray &bytes, const Encoding &encoding, bool *ok)
{
    QStringDecoder decoder(encoding.converter, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(QByteArrayView(bytes).sliced(encoding.bomLength));
    *ok = !decoder.hasError();
    return text;
}

// Reads the text into the tree; false with *problem set when it is not well-formed, and
// *limited set when it is too large or too deep to read at all.
bool readTree(const QString &text, XmlNode &document, QString *problem, bool *limited)
{
    document = XmlNode();
    QXmlStreamReader xml(text);
    std::vector<XmlNode *> open{&document};
    int nodes = 0;
    const auto fail = [&](const QString &why) {
        *problem = why;
        return false;
    };
    const auto exceed = [&](const QString &why) {
        *limited = true;
        return fail(why);
    };
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (++nodes > kMaxNodes)
            return exceed(Tr::tr("the packet has too many XML nodes"));
        XmlNode &parent = *open.back();
        switch (token) {
        case QXmlStreamReader::StartElement: {
            if (open.size() > size_t(kMaxDepth))
                return exceed(Tr::tr("the XML elements are nested too deeply"));
            XmlNode element;
            element.namespaceUri = xml.namespaceUri().toString();
            element.prefix = xml.prefix().isEmpty() ? QString() : xml.prefix().toString();
            element.localName = xml.name().toString();
            element.qualifiedName = xml.qualifiedName().toString();
            element.namespaceDeclarations = int(xml.namespaceDeclarations().size());
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                element.attributes.append({a.namespaceUri().toString(), a.prefix().isEmpty() ? QString() : a.prefix().toString(),
                                           a.name().toString(), a.qualifiedName().toString(), a.value().toString()});
            }
            parent.children.push_back(std::move(element));
            open.push_back(&parent.children.back());
            break;
        }
        case QXmlStreamReader::EndElement:
            if (open.size() > 1)
                open.pop_back();
            break;
        case QXmlStreamReader::Characters: {
            const XmlNode::Kind kind = xml.isCDATA() ? XmlNode::Kind::CData : XmlNode::Kind::Text;
            if (kind == XmlNode::Kind::Text && !parent.children.empty() && parent.children.back().kind == kind) {
                parent.children.back().text += xml.text();
            } else {
                XmlNode characters;
                characters.kind = kind;
                characters.text = xml.text().toString();
                parent.children.push_back(std::move(characters));
            }
            break;
        }
        case QXmlStreamReader::ProcessingInstruction: {
            XmlNode instruction;
            instruction.kind = XmlNode::Kind::Instruction;
            instruction.localName = xml.processingInstructionTarget().toString();
            instruction.text = xml.processingInstructionData().toString();
            parent.children.push_back(std::move(instruction));
            break;
        }
        case QXmlStreamReader::EntityReference:
            return fail(Tr::tr("the entity \"%1\" is not declared").arg(xml.name()));
        default: // comments, the DTD, document start and end carry nothing XMP reads
            break;
        }
    }
    if (xml.hasError())
        return fail(Tr::tr("%1 (line %2, column %3)").arg(xml.errorString()).arg(xml.lineNumber()).arg(xml.columnNumber()));
    return true;
}

} // namespace

bool XmlNode::isWhitespaceText() const
{
    if (kind != Kind::Text)
        return false;
    for (QChar c : text) {
        // White space as Java's Character.isWhitespace sees it: not the no-break spaces.
        const char16_t u = c.unicode();
        const bool space = (u >= 0x09 && u <= 0x0D) || (u >= 0x1C && u <= 0x20)
                           || (c.category() == QChar::Separator_Space && u != 0x00A0 && u != 0x2007 && u != 0x202F)
                           || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph;
        if (!space)
            return false;
    }
    return true;
}

XmlDocument readXml(const QByteArray &bytes)
{
    XmlDocument result;
    const Encoding encoding = detectEncoding(bytes);
    result.encoding = encoding.name;
    bool decoded = false;
    const QString text = decodeStrictly(bytes, encoding, &decoded);
    QString firstProblem;
    bool limited = false;
    if (decoded && readTree(text, result.root, &firstProblem, &limited)) {
        result.ok = true;
        return result;
    }
    if (limited) {
        result.problem = firstProblem;
        return result;
    }
    if (!decoded)
        firstProblem = Tr::tr("the bytes are not valid %1").arg(encoding.name);

    // The forgiving second reading.
    QString repaired = encoding.converter == QStringConverter::Utf8
                           ? decodeUtf8Forgivingly(QByteArray(bytes).remove(0, encoding.bomLength))
                           : text;
    replaceControlCharacters(repaired);
    QString secondProblem;
    if (readTree(repaired, result.root, &secondProblem, &limited)) {
        result.ok = true;
        return result;
    }
    result.problem = firstProblem;
    return result;
}

} // namespace granska::pdfa::xmp::detail
