#include "CosScanner.h"

#include "pdf/ShortDecimal.h"

#include <charconv>
#include <limits>

namespace granska::pdfa::cos {
namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// A regular token is a number when it is an optional sign, digits and at most one period, with
// at least one digit (ISO 32000-1, 7.3.3).
bool looksNumeric(QByteArrayView text, bool &isInteger)
{
    qsizetype i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-'))
        ++i;
    int digits = 0;
    int periods = 0;
    for (; i < text.size(); ++i) {
        if (text[i] >= '0' && text[i] <= '9')
            ++digits;
        else if (text[i] == '.')
            ++periods;
        else
            return false;
    }
    isInteger = periods == 0;
    return digits > 0 && periods <= 1;
}

qint64 saturatedInteger(QByteArrayView text)
{
    bool negative = false;
    qsizetype i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
        negative = text[i] == '-';
        ++i;
    }
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    qint64 value = 0;
    for (; i < text.size(); ++i) {
        const int digit = text[i] - '0';
        if (value > (kMax - digit) / 10) {
            value = kMax;
            break;
        }
        value = value * 10 + digit;
    }
    return negative ? -value : value;
}

} // namespace

void Scanner::skipWhitespace()
{
    while (m_pos < m_data.size() && isWhitespace(m_data[m_pos]))
        ++m_pos;
}

void Scanner::skipWhitespaceAndComments()
{
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos];
        if (isWhitespace(c)) {
            ++m_pos;
        } else if (c == '%') {
            while (m_pos < m_data.size() && !isEol(m_data[m_pos]))
                ++m_pos;
        } else {
            break;
        }
    }
}

Token Scanner::peek()
{
    const qint64 saved = m_pos;
    Token token = next();
    m_pos = saved;
    return token;
}

Token Scanner::next()
{
    skipWhitespaceAndComments();
    Token token;
    token.start = m_pos;
    if (m_pos >= m_data.size()) {
        token.kind = Token::Kind::End;
        token.end = m_pos;
        return token;
    }
    const char c = m_data[m_pos];
    switch (c) {
    case '/':
        readName(token);
        break;
    case '(':
        readLiteralString(token);
        break;
    case '<':
        if (m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '<') {
            token.kind = Token::Kind::DictOpen;
            m_pos += 2;
        } else {
            readHexString(token);
        }
        break;
    case '>':
        if (m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '>') {
            token.kind = Token::Kind::DictClose;
            m_pos += 2;
        } else {
            token.kind = Token::Kind::Invalid;
            ++m_pos;
        }
        break;
    case '[':
        token.kind = Token::Kind::ArrayOpen;
        ++m_pos;
        break;
    case ']':
        token.kind = Token::Kind::ArrayClose;
        ++m_pos;
        break;
    case ')':
    case '{':
    case '}':
        // Stray delimiters (braces belong to PostScript functions only).
        token.kind = Token::Kind::Invalid;
        token.text = m_data.sliced(m_pos, 1);
        ++m_pos;
        break;
    default:
        readRegular(token);
        break;
    }
    token.end = m_pos;
    return token;
}

void Scanner::readName(Token &token)
{
    token.kind = Token::Kind::Name;
    ++m_pos; // the slash
    while (m_pos < m_data.size() && isRegular(m_data[m_pos])) {
        const char c = m_data[m_pos];
        if (c == '#' && m_pos + 2 < m_data.size() && hexValue(m_data[m_pos + 1]) >= 0 && hexValue(m_data[m_pos + 2]) >= 0) {
            token.bytes.append(char(hexValue(m_data[m_pos + 1]) * 16 + hexValue(m_data[m_pos + 2])));
            m_pos += 3;
        } else {
            token.bytes.append(c);
            ++m_pos;
        }
    }
}

void Scanner::readLiteralString(Token &token)
{
    token.kind = Token::Kind::String;
    ++m_pos; // the opening parenthesis
    int depth = 1;
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos++];
        if (c == '(') {
            ++depth;
            token.bytes.append(c);
        } else if (c == ')') {
            if (--depth == 0)
                return;
            token.bytes.append(c);
        } else if (c == '\\') {
            if (m_pos >= m_data.size())
                break;
            const char e = m_data[m_pos++];
            switch (e) {
            case 'n': token.bytes.append('\n'); break;
            case 'r': token.bytes.append('\r'); break;
            case 't': token.bytes.append('\t'); break;
            case 'b': token.bytes.append('\b'); break;
            case 'f': token.bytes.append('\f'); break;
            case '\r': // a line continuation: backslash and end-of-line are dropped
                if (m_pos < m_data.size() && m_data[m_pos] == '\n')
                    ++m_pos;
                break;
            case '\n':
                break;
            default:
                if (e >= '0' && e <= '7') {
                    int value = e - '0';
                    for (int n = 0; n < 2 && m_pos < m_data.size() && m_data[m_pos] >= '0' && m_data[m_pos] <= '7'; ++n)
                        value = value * 8 + (m_data[m_pos++] - '0');
                    token.bytes.append(char(value & 0xff));
                } else {
                    token.bytes.append(e); // \( \) \\ and unknown escapes stand for the character itself
                }
            }
        } else if (c == '\r') {
            // An end-of-line in a string reads as a single line feed.
            if (m_pos < m_data.size() && m_data[m_pos] == '\n')
                ++m_pos;
            token.bytes.append('\n');
        } else {
            token.bytes.append(c);
        }
    }
    token.unterminated = true;
}

void Scanner::readHexString(Token &token)
{
    token.kind = Token::Kind::HexString;
    ++m_pos; // '<'
    int pending = -1;
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos++];
        if (c == '>') {
            if (pending >= 0)
                token.bytes.append(char(pending << 4)); // an odd final digit reads as if followed by 0
            return;
        }
        if (isWhitespace(c))
            continue;
        ++token.hexCharacters;
        const int value = hexValue(c);
        if (value < 0) {
            token.hexOnlyDigits = false;
            continue;
        }
        if (pending < 0) {
            pending = value;
        } else {
            token.bytes.append(char((pending << 4) | value));
            pending = -1;
        }
    }
    token.unterminated = true;
}

void Scanner::readRegular(Token &token)
{
    const qint64 start = m_pos;
    while (m_pos < m_data.size() && isRegular(m_data[m_pos]))
        ++m_pos;
    if (m_pos == start) { // cannot happen for the callers' characters, but never stall
        ++m_pos;
        token.kind = Token::Kind::Invalid;
        return;
    }
    const QByteArrayView text = m_data.sliced(start, m_pos - start);
    token.text = text;
    bool isInteger = false;
    if (!looksNumeric(text, isInteger)) {
        token.kind = Token::Kind::Keyword;
        return;
    }
    token.kind = Token::Kind::Number;
    token.isInteger = isInteger;
    if (isInteger) {
        token.integer = saturatedInteger(text);
        token.real = double(token.integer);
        return;
    }
    if (const std::optional<ShortDecimal> number = readShortDecimal(text, true)) {
        token.real = number->value;
        return;
    }
    // from_chars takes what strtod takes ("5.", ".5", "-.5") except a leading plus sign.
    const char *first = text.data();
    const char *last = text.data() + text.size();
    if (*first == '+')
        ++first;
    double value = 0;
    const auto result = std::from_chars(first, last, value);
    if (result.ec == std::errc::result_out_of_range) {
        // Too many digits for a double either way: far beyond any limit, or a tiny fraction.
        const bool negative = text.startsWith('-');
        const qsizetype dot = text.indexOf('.');
        bool wholePartZero = true;
        for (qsizetype i = 0; i < dot; ++i)
            wholePartZero = wholePartZero && (text[i] < '1' || text[i] > '9');
        value = wholePartZero ? 0.0 : std::numeric_limits<double>::max();
        if (negative)
            value = -value;
    }
    token.real = value;
}

const Value *Value::find(QByteArrayView key) const
{
    if (type != Type::Dictionary)
        return nullptr;
    for (std::size_t i = 0; i < keys.size() && i < children.size(); ++i) {
        if (keys[i] == key)
            return &children[i];
    }
    return nullptr;
}

bool ObjectParser::parse(Value &out)
{
    const Token first = m_scanner.next();
    if (parseFrom(first, out, 0))
        return true;
    // A keyword where an object was expected (an empty object's endobj, say) is left for the
    // caller to read.
    if (first.kind == Token::Kind::Keyword)
        m_scanner.setPosition(first.start);
    return false;
}

bool ObjectParser::parseFrom(const Token &first, Value &out, int depth)
{
    out = Value();
    out.start = first.start;
    out.end = first.end;
    if (depth > m_maxDepth)
        return false;
    switch (first.kind) {
    case Token::Kind::Number: {
        out.type = Value::Type::Number;
        out.isInteger = first.isInteger;
        out.integer = first.integer;
        out.real = first.real;
        if (!first.isInteger || first.integer < 0)
            return true;
        // "n g R" is a reference: look ahead two tokens and step back when it is not one.
        const qint64 afterFirst = m_scanner.position();
        const Token generation = m_scanner.next();
        if (generation.kind == Token::Kind::Number && generation.isInteger && generation.integer >= 0) {
            const Token r = m_scanner.next();
            if (r.isKeyword("R")) {
                out.type = Value::Type::Reference;
                out.objectNumber = int(std::min<qint64>(first.integer, std::numeric_limits<int>::max()));
                out.generation = int(std::min<qint64>(generation.integer, std::numeric_limits<int>::max()));
                out.end = r.end;
                return true;
            }
        }
        m_scanner.setPosition(afterFirst);
        return true;
    }
    case Token::Kind::Name:
        out.type = Value::Type::Name;
        out.bytes = first.bytes;
        return true;
    case Token::Kind::String:
        out.type = Value::Type::String;
        out.bytes = first.bytes;
        return !first.unterminated;
    case Token::Kind::HexString:
        if (m_visitor)
            m_visitor(first);
        out.type = Value::Type::String;
        out.bytes = first.bytes;
        return !first.unterminated;
    case Token::Kind::Keyword:
        if (first.text == "true" || first.text == "false") {
            out.type = Value::Type::Boolean;
            out.boolean = first.text == "true";
            return true;
        }
        if (first.text == "null") {
            out.type = Value::Type::Null;
            return true;
        }
        return false; // obj, endobj, stream, R ... are not objects
    case Token::Kind::ArrayOpen: {
        out.type = Value::Type::Array;
        for (;;) {
            const Token token = m_scanner.next();
            if (token.kind == Token::Kind::ArrayClose) {
                out.end = token.end;
                return true;
            }
            if (token.kind == Token::Kind::End)
                return false;
            Value item;
            if (!parseFrom(token, item, depth + 1)) {
                // A keyword such as endobj inside an unclosed array ends it; anything else stray
                // (a lone ')') is skipped.
                if (token.kind == Token::Kind::Keyword) {
                    m_scanner.setPosition(token.start);
                    return false;
                }
                continue;
            }
            out.children.push_back(std::move(item));
        }
    }
    case Token::Kind::DictOpen: {
        out.type = Value::Type::Dictionary;
        for (;;) {
            const Token key = m_scanner.next();
            if (key.kind == Token::Kind::DictClose) {
                out.end = key.end;
                return true;
            }
            if (key.kind == Token::Kind::End)
                return false;
            if (key.kind != Token::Kind::Name) {
                if (key.kind == Token::Kind::Keyword) {
                    m_scanner.setPosition(key.start);
                    return false;
                }
                // Not a key: parse and drop it so that its hex strings are still seen.
                Value dropped;
                parseFrom(key, dropped, depth + 1);
                continue;
            }
            const Token valueToken = m_scanner.next();
            if (valueToken.kind == Token::Kind::DictClose) {
                // A key without a value at the end: the dictionary ends here.
                out.keys.push_back(key.bytes);
                out.children.emplace_back();
                out.children.back().type = Value::Type::Null;
                out.end = valueToken.end;
                return true;
            }
            Value value;
            if (!parseFrom(valueToken, value, depth + 1)) {
                if (valueToken.kind == Token::Kind::Keyword || valueToken.kind == Token::Kind::End) {
                    m_scanner.setPosition(valueToken.start);
                    return false;
                }
                continue;
            }
            out.keys.push_back(key.bytes);
            out.children.push_back(std::move(value));
        }
    }
    default:
        return false;
    }
}

} // namespace granska::pdfa::cos
