#include "CMap.h"

#include "GlyphList.h"
#include "PredefinedCMaps.h"

#include <algorithm>

namespace granska::pdfa::fonts {
namespace {

// Bounds for hostile CMap programs: a real CMap has at most a few tens of thousands of entries.
constexpr int kMaxTokens = 2'000'000;
constexpr int kMaxEntries = 200'000;
constexpr int kMaxArrayItems = 65'536;
constexpr int kMaxBlockEntries = 10'000;

struct Token {
    enum class Kind { End, Hex, String, Name, Number, Word, ArrayStart, ArrayEnd, Other };
    Kind kind = Kind::End;
    QByteArray bytes; // hex and literal strings decoded; names without slash; words as written
    long long number = 0;
    QList<QByteArray> items; // the hex strings of an array (ArrayStart stands for the whole array)
};

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return isSpace(c) || c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' ||
           c == '/' || c == '%';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

class Lexer {
public:
    explicit Lexer(const QByteArray &data) : m_data(data) {}

    Token next()
    {
        Token token;
        const int size = int(m_data.size());
        while (m_pos < size) {
            const char c = m_data[m_pos];
            if (isSpace(c)) {
                ++m_pos;
            } else if (c == '%') {
                while (m_pos < size && m_data[m_pos] != '\n' && m_data[m_pos] != '\r')
                    ++m_pos;
            } else {
                break;
            }
        }
        if (m_pos >= size)
            return token;
        const char c = m_data[m_pos];
        if (c == '<' && m_pos + 1 < size && m_data[m_pos + 1] == '<') {
            m_pos += 2;
            token.kind = Token::Kind::Other;
        } else if (c == '>' && m_pos + 1 < size && m_data[m_pos + 1] == '>') {
            m_pos += 2;
            token.kind = Token::Kind::Other;
        } else if (c == '<') {
            token.kind = Token::Kind::Hex;
            ++m_pos;
            int high = -1;
            while (m_pos < size && m_data[m_pos] != '>') {
                const int v = hexValue(m_data[m_pos++]);
                if (v < 0)
                    continue;
                if (high < 0) {
                    high = v;
                } else {
                    token.bytes.append(char(high * 16 + v));
                    high = -1;
                }
            }
            if (high >= 0)
                token.bytes.append(char(high * 16));
            ++m_pos;
        } else if (c == '(') {
            token.kind = Token::Kind::String;
            ++m_pos;
            int depth = 1;
            while (m_pos < size) {
                const char d = m_data[m_pos++];
                if (d == '\\' && m_pos < size) {
                    const char e = m_data[m_pos++];
                    switch (e) {
                    case 'n': token.bytes.append('\n'); break;
                    case 'r': token.bytes.append('\r'); break;
                    case 't': token.bytes.append('\t'); break;
                    case 'b': token.bytes.append('\b'); break;
                    case 'f': token.bytes.append('\f'); break;
                    default:
                        if (e >= '0' && e <= '7') {
                            int value = e - '0';
                            for (int k = 0; k < 2 && m_pos < size && m_data[m_pos] >= '0' && m_data[m_pos] <= '7'; ++k)
                                value = value * 8 + (m_data[m_pos++] - '0');
                            token.bytes.append(char(value & 0xFF));
                        } else if (e != '\n' && e != '\r') {
                            token.bytes.append(e);
                        }
                    }
                    continue;
                }
                if (d == '(')
                    ++depth;
                else if (d == ')' && --depth == 0)
                    break;
                token.bytes.append(d);
            }
        } else if (c == '/') {
            token.kind = Token::Kind::Name;
            ++m_pos;
            const int start = m_pos;
            while (m_pos < size && !isDelimiter(m_data[m_pos]))
                ++m_pos;
            token.bytes = m_data.mid(start, m_pos - start);
        } else if (c == '[') {
            ++m_pos;
            token.kind = Token::Kind::ArrayStart;
        } else if (c == ']') {
            ++m_pos;
            token.kind = Token::Kind::ArrayEnd;
        } else if (c == '{' || c == '}' || c == ')' || c == '>') {
            ++m_pos;
            token.kind = Token::Kind::Other;
        } else {
            const int start = m_pos;
            while (m_pos < size && !isDelimiter(m_data[m_pos]))
                ++m_pos;
            token.bytes = m_data.mid(start, m_pos - start);
            bool ok = false;
            token.number = token.bytes.toLongLong(&ok);
            token.kind = ok ? Token::Kind::Number : Token::Kind::Word;
            if (!ok) {
                const double real = token.bytes.toDouble(&ok);
                if (ok) {
                    token.kind = Token::Kind::Number;
                    token.number = (long long)real;
                }
            }
        }
        return token;
    }

private:
    const QByteArray &m_data;
    int m_pos = 0;
};

quint32 codeValue(const QByteArray &bytes)
{
    quint32 value = 0;
    for (int i = 0; i < std::min<int>(int(bytes.size()), 4); ++i)
        value = (value << 8) | quint8(bytes[i]);
    return value;
}

// ToUnicode destinations are UTF-16BE; a single byte is taken as a Latin-1 character.
QString unicodeText(const QByteArray &bytes)
{
    if (bytes.size() == 1)
        return QString(QChar(quint8(bytes[0])));
    QString text;
    for (int i = 0; i + 1 < bytes.size(); i += 2)
        text.append(QChar(char16_t((quint8(bytes[i]) << 8) | quint8(bytes[i + 1]))));
    return text;
}

} // namespace

void CMap::addCodeSpace(const QByteArray &low, const QByteArray &high)
{
    if (low.isEmpty() || low.size() != high.size() || low.size() > 4 || m_codeSpaces.size() >= 256)
        return;
    CodeSpace space;
    space.length = int(low.size());
    for (int i = 0; i < space.length; ++i) {
        space.low[i] = quint8(low[i]);
        space.high[i] = quint8(high[i]);
    }
    m_codeSpaces.append(space);
}

CMap CMap::parse(const QByteArray &program)
{
    CMap cmap;
    Lexer lexer(program);
    QList<Token> operands;
    QByteArray lastName;
    QList<QByteArray> arrayItems;
    bool inArray = false;
    int entries = 0;
    for (int count = 0; count < kMaxTokens; ++count) {
        Token token = lexer.next();
        if (token.kind == Token::Kind::End)
            break;
        if (inArray) {
            if (token.kind == Token::Kind::ArrayEnd) {
                inArray = false;
                Token array;
                array.kind = Token::Kind::ArrayStart;
                array.items = std::move(arrayItems);
                arrayItems.clear();
                operands.append(array);
                continue;
            }
            if (token.kind == Token::Kind::Hex && arrayItems.size() < kMaxArrayItems)
                arrayItems.append(token.bytes);
            continue;
        }
        if (token.kind == Token::Kind::ArrayStart) {
            inArray = true;
            arrayItems.clear();
            continue;
        }
        // Values following a key name, wherever they are written (def or inside a << >> dictionary).
        if (!lastName.isEmpty() && token.kind != Token::Kind::Word) {
            if (lastName == "CMapName" && token.kind == Token::Kind::Name)
                cmap.m_name = token.bytes;
            else if (lastName == "WMode" && token.kind == Token::Kind::Number)
                cmap.m_writingMode = int(token.number);
            else if (lastName == "Registry" && token.kind == Token::Kind::String)
                cmap.m_registry = token.bytes;
            else if (lastName == "Ordering" && token.kind == Token::Kind::String)
                cmap.m_ordering = token.bytes;
            else if (lastName == "Supplement" && token.kind == Token::Kind::Number)
                cmap.m_supplement = int(token.number);
        }
        lastName = token.kind == Token::Kind::Name ? token.bytes : QByteArray();
        if (token.kind != Token::Kind::Word) {
            // ISO 32000 allows 100 entries per block; writers exceed that, so the bound is generous.
            if (operands.size() < 3 * kMaxBlockEntries)
                operands.append(token);
            else
                operands.clear();
            continue;
        }
        const QByteArray &op = token.bytes;
        if (op == "usecmap") {
            if (!operands.isEmpty() && operands.last().kind == Token::Kind::Name)
                cmap.m_usedCMap = operands.last().bytes;
        } else if (op == "endcodespacerange") {
            for (int i = 0; i + 1 < operands.size(); i += 2)
                if (operands[i].kind == Token::Kind::Hex && operands[i + 1].kind == Token::Kind::Hex)
                    cmap.addCodeSpace(operands[i].bytes, operands[i + 1].bytes);
        } else if ((op == "endcidrange" || op == "endnotdefrange") && entries < kMaxEntries) {
            QList<CidRange> &target = op == "endcidrange" ? cmap.m_cidRanges : cmap.m_notdefRanges;
            for (int i = 0; i + 2 < operands.size() && entries < kMaxEntries; i += 3, ++entries) {
                if (operands[i].kind == Token::Kind::Hex && operands[i + 1].kind == Token::Kind::Hex &&
                    operands[i + 2].kind == Token::Kind::Number && operands[i + 2].number >= 0) {
                    const quint32 low = codeValue(operands[i].bytes), high = codeValue(operands[i + 1].bytes);
                    if (low <= high)
                        target.append({low, high, quint32(operands[i + 2].number)});
                }
            }
        } else if ((op == "endcidchar" || op == "endnotdefchar") && entries < kMaxEntries) {
            QList<CidRange> &target = op == "endcidchar" ? cmap.m_cidRanges : cmap.m_notdefRanges;
            for (int i = 0; i + 1 < operands.size() && entries < kMaxEntries; i += 2, ++entries) {
                if (operands[i].kind == Token::Kind::Hex && operands[i + 1].kind == Token::Kind::Number &&
                    operands[i + 1].number >= 0) {
                    const quint32 code = codeValue(operands[i].bytes);
                    target.append({code, code, quint32(operands[i + 1].number)});
                }
            }
        } else if (op == "endbfchar" && entries < kMaxEntries) {
            for (int i = 0; i + 1 < operands.size() && entries < kMaxEntries; i += 2, ++entries) {
                if (operands[i].kind != Token::Kind::Hex)
                    continue;
                const quint32 code = codeValue(operands[i].bytes);
                if (operands[i + 1].kind == Token::Kind::Hex)
                    cmap.m_unicodeChars.insert(code, unicodeText(operands[i + 1].bytes));
                else if (operands[i + 1].kind == Token::Kind::Name)
                    cmap.m_unicodeChars.insert(code, unicodeOfGlyphName(operands[i + 1].bytes));
            }
        } else if (op == "endbfrange" && entries < kMaxEntries) {
            for (int i = 0; i + 2 < operands.size() && entries < kMaxEntries; i += 3, ++entries) {
                if (operands[i].kind != Token::Kind::Hex || operands[i + 1].kind != Token::Kind::Hex)
                    continue;
                UnicodeRange range;
                range.low = codeValue(operands[i].bytes);
                range.high = codeValue(operands[i + 1].bytes);
                if (range.low > range.high)
                    continue;
                if (operands[i + 2].kind == Token::Kind::Hex) {
                    range.first = unicodeText(operands[i + 2].bytes);
                } else if (operands[i + 2].kind == Token::Kind::ArrayStart) {
                    for (const QByteArray &item : operands[i + 2].items)
                        range.perCode.append(unicodeText(item));
                } else {
                    continue;
                }
                cmap.m_unicodeRanges.append(range);
            }
        }
        operands.clear();
    }
    return cmap;
}

CMap CMap::identity(int writingMode)
{
    CMap cmap;
    cmap.m_identity = true;
    cmap.addCodeSpace(QByteArray("\x00\x00", 2), QByteArray("\xff\xff", 2));
    cmap.m_writingMode = writingMode;
    cmap.m_name = writingMode ? "Identity-V" : "Identity-H";
    cmap.m_registry = "Adobe";
    cmap.m_ordering = "Identity";
    cmap.m_supplement = 0;
    return cmap;
}

std::optional<CMap> CMap::predefined(const QByteArray &name)
{
    if (name == "Identity-H" || name == "Identity-V")
        return identity(name == "Identity-V" ? 1 : 0);
    const PredefinedCMap *known = predefinedCMap(name.constData());
    if (!known)
        return std::nullopt;
    CMap cmap;
    cmap.m_name = name;
    cmap.m_registry = known->registry;
    cmap.m_ordering = known->ordering;
    cmap.m_supplement = known->supplement;
    cmap.m_writingMode = known->writingMode;
    for (const QByteArray &pair : QByteArray(known->codeSpaceRanges).split(' ')) {
        const QList<QByteArray> ends = pair.split('-');
        if (ends.size() == 2)
            cmap.addCodeSpace(QByteArray::fromHex(ends[0]), QByteArray::fromHex(ends[1]));
    }
    return cmap;
}

void CMap::inherit(const CMap &base)
{
    for (const CodeSpace &space : base.m_codeSpaces)
        if (m_codeSpaces.size() < 256)
            m_codeSpaces.append(space);
    m_cidRanges = base.m_cidRanges + m_cidRanges;
    m_notdefRanges += base.m_notdefRanges;
    m_identity = m_cidRanges.isEmpty() && base.m_identity;
}

bool CMap::inCodeSpace(const quint8 *bytes, int length) const
{
    for (const CodeSpace &space : m_codeSpaces) {
        if (space.length != length)
            continue;
        bool inside = true;
        for (int i = 0; i < length && inside; ++i)
            inside = bytes[i] >= space.low[i] && bytes[i] <= space.high[i];
        if (inside)
            return true;
    }
    return false;
}

quint32 CMap::nextCode(const QByteArray &bytes, int &position) const
{
    const int available = int(bytes.size()) - position;
    const auto *data = reinterpret_cast<const quint8 *>(bytes.constData()) + position;
    if (available <= 0)
        return 0;
    if (m_codeSpaces.isEmpty()) {
        // No code space ranges (a broken embedded CMap): two-byte codes, as most CID fonts use.
        const int length = std::min(2, available);
        position += length;
        return length == 2 ? (quint32(data[0]) << 8) | data[1] : data[0];
    }
    for (int length = 1; length <= 4; ++length) {
        // A string that ends within a code is read as if padded with zero bytes: the code still
        // selects a glyph (of a CID a subset is unlikely to have).
        quint8 code[4] = {};
        for (int i = 0; i < std::min(length, available); ++i)
            code[i] = data[i];
        if (inCodeSpace(code, length)) {
            position += std::min(length, available);
            quint32 value = 0;
            for (int i = 0; i < length; ++i)
                value = (value << 8) | code[i];
            return value;
        }
    }
    // No range matches (ISO 32000-1, 9.7.6.3): consume as many bytes as the shortest range whose first
    // byte matches, or else the shortest range, and let the code map to nothing.
    int length = 5;
    for (const CodeSpace &space : m_codeSpaces)
        if (data[0] >= space.low[0] && data[0] <= space.high[0])
            length = std::min(length, space.length);
    if (length == 5)
        for (const CodeSpace &space : m_codeSpaces)
            length = std::min(length, space.length);
    length = std::min(length, available);
    position += length;
    return 0xFFFFFFFFu;
}

std::optional<quint32> CMap::cid(quint32 code) const
{
    if (m_identity)
        return code <= 0xFFFF ? std::optional<quint32>(code) : std::nullopt;
    // Later definitions override earlier ones (as in a PostScript CMap, where they replace entries).
    for (auto it = m_cidRanges.crbegin(); it != m_cidRanges.crend(); ++it)
        if (code >= it->low && code <= it->high)
            return it->cid + (code - it->low);
    for (const CidRange &range : m_notdefRanges)
        if (code >= range.low && code <= range.high)
            return range.cid;
    return std::nullopt;
}

std::optional<QString> CMap::unicode(quint32 code) const
{
    const auto found = m_unicodeChars.constFind(code);
    if (found != m_unicodeChars.cend())
        return *found;
    for (auto it = m_unicodeRanges.crbegin(); it != m_unicodeRanges.crend(); ++it) {
        if (code < it->low || code > it->high)
            continue;
        const quint32 offset = code - it->low;
        if (!it->perCode.isEmpty())
            return offset < quint32(it->perCode.size()) ? std::optional<QString>(it->perCode[int(offset)]) : std::nullopt;
        QString text = it->first;
        if (text.isEmpty())
            return text;
        text[text.size() - 1] = QChar(char16_t(text.back().unicode() + offset));
        return text;
    }
    return std::nullopt;
}

} // namespace granska::pdfa::fonts
