#include "ContentLexer.h"

#include "pdf/RawLexer.h"
#include "pdf/ShortDecimal.h"

namespace granska::pdfa {
namespace {

constexpr int kMaxDepth = 64;

bool isWhite(char c) { return RawLexer::isWhitespace(c); }
bool isDelim(char c) { return RawLexer::isDelimiter(c); }

int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The numbers content streams are made of, without a full conversion (see ShortDecimal.h).
bool readSimpleNumber(QByteArrayView word, Operand &operand)
{
    const std::optional<ShortDecimal> number = readShortDecimal(word, false);
    if (!number)
        return false;
    operand.type = Operand::Type::Number;
    operand.number = number->value;
    operand.isInteger = !number->hasPoint;
    return true;
}

} // namespace

const Operand *Operand::value(QByteArrayView key) const
{
    for (const auto &[k, v] : entries) {
        if (k == key)
            return &v;
    }
    return nullptr;
}

void ContentLexer::skipWhitespace()
{
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos];
        if (isWhite(c)) {
            ++m_pos;
        } else if (c == '%') {
            while (m_pos < m_data.size() && m_data[m_pos] != '\n' && m_data[m_pos] != '\r')
                ++m_pos;
        } else {
            return;
        }
    }
}

QByteArray ContentLexer::readName()
{
    ++m_pos; // '/'
    const qint64 start = m_pos;
    bool escaped = false;
    while (m_pos < m_data.size() && !isWhite(m_data[m_pos]) && !isDelim(m_data[m_pos])) {
        escaped = escaped || m_data[m_pos] == '#';
        ++m_pos;
    }
    const QByteArrayView raw = m_data.sliced(start, m_pos - start);
    if (!escaped)
        return raw.toByteArray();
    QByteArray name;
    name.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == '#' && i + 2 < raw.size() && hexValue(raw[i + 1]) >= 0 && hexValue(raw[i + 2]) >= 0) {
            name.append(char(hexValue(raw[i + 1]) * 16 + hexValue(raw[i + 2])));
            i += 2;
        } else {
            name.append(raw[i]);
        }
    }
    return name;
}

QByteArray ContentLexer::readLiteralString()
{
    ++m_pos; // '('
    // Most strings hold no escape and no parenthesis: they are taken whole, in one copy.
    qint64 plain = m_pos;
    while (plain < m_data.size() && m_data[plain] != '\\' && m_data[plain] != '(' && m_data[plain] != ')')
        ++plain;
    if (plain < m_data.size() && m_data[plain] == ')') {
        QByteArray whole = m_data.sliced(m_pos, plain - m_pos).toByteArray();
        m_pos = plain + 1;
        return whole;
    }
    QByteArray out;
    out.reserve(plain - m_pos + 16);
    out.append(m_data.sliced(m_pos, plain - m_pos));
    m_pos = plain;
    int nesting = 1;
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos++];
        if (c == '\\') {
            if (m_pos >= m_data.size())
                break;
            const char e = m_data[m_pos++];
            switch (e) {
            case 'n': out.append('\n'); break;
            case 'r': out.append('\r'); break;
            case 't': out.append('\t'); break;
            case 'b': out.append('\b'); break;
            case 'f': out.append('\f'); break;
            case '\r':
                if (m_pos < m_data.size() && m_data[m_pos] == '\n')
                    ++m_pos;
                break;
            case '\n': break;
            default:
                if (e >= '0' && e <= '7') {
                    int value = e - '0';
                    for (int i = 0; i < 2 && m_pos < m_data.size() && m_data[m_pos] >= '0' && m_data[m_pos] <= '7'; ++i)
                        value = value * 8 + (m_data[m_pos++] - '0');
                    out.append(char(value & 0xff));
                } else {
                    out.append(e);
                }
            }
        } else if (c == '(') {
            ++nesting;
            out.append(c);
        } else if (c == ')') {
            if (--nesting == 0)
                return out;
            out.append(c);
        } else {
            out.append(c);
        }
    }
    m_malformed = true; // unterminated
    return out;
}

QByteArray ContentLexer::readHexString()
{
    ++m_pos; // '<'
    QByteArray out;
    const qint64 close = m_data.sliced(m_pos).indexOf('>');
    out.reserve((close < 0 ? 0 : close) / 2 + 1);
    int high = -1;
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos++];
        if (c == '>') {
            if (high >= 0)
                out.append(char(high << 4));
            return out;
        }
        const int v = hexValue(c);
        if (v < 0) {
            if (!isWhite(c))
                m_malformed = true;
            continue;
        }
        if (high < 0) {
            high = v;
        } else {
            out.append(char(high << 4 | v));
            high = -1;
        }
    }
    m_malformed = true;
    return out;
}

QByteArrayView ContentLexer::readRegular()
{
    const qint64 start = m_pos;
    while (m_pos < m_data.size() && !isWhite(m_data[m_pos]) && !isDelim(m_data[m_pos]))
        ++m_pos;
    return m_data.sliced(start, m_pos - start);
}

bool ContentLexer::readOperand(Operand &operand, int depth)
{
    // Called with m_pos at the first byte of an operand; returns false if it is not one.
    if (depth > kMaxDepth) {
        m_malformed = true;
        return false;
    }
    const char c = m_data[m_pos];
    if (c == '/') {
        operand.type = Operand::Type::Name;
        operand.bytes = readName();
        return true;
    }
    if (c == '(') {
        operand.type = Operand::Type::String;
        operand.bytes = readLiteralString();
        return true;
    }
    if (c == '<' && m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '<') {
        operand.type = Operand::Type::Dictionary;
        m_pos += 2;
        while (true) {
            skipWhitespace();
            if (m_pos >= m_data.size()) {
                m_malformed = true;
                return true;
            }
            if (m_data[m_pos] == '>') {
                m_pos += (m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '>') ? 2 : 1;
                return true;
            }
            if (m_data[m_pos] != '/') {
                m_malformed = true;
                Operand skipped;
                if (!readOperand(skipped, depth + 1))
                    ++m_pos;
                continue;
            }
            QByteArray key = readName();
            skipWhitespace();
            Operand value;
            if (m_pos < m_data.size() && readOperand(value, depth + 1))
                operand.entries.append({std::move(key), std::move(value)});
        }
    }
    if (c == '<') {
        operand.type = Operand::Type::String;
        operand.hexString = true;
        operand.bytes = readHexString();
        return true;
    }
    if (c == '[') {
        operand.type = Operand::Type::Array;
        ++m_pos;
        while (true) {
            skipWhitespace();
            if (m_pos >= m_data.size()) {
                m_malformed = true;
                return true;
            }
            if (m_data[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            Operand item;
            if (readOperand(item, depth + 1)) {
                operand.items.append(std::move(item));
            } else {
                // An operator inside an array: malformed; take it as an unknown item.
                item.type = Operand::Type::Unknown;
                item.bytes = readRegular().toByteArray();
                if (item.bytes.isEmpty())
                    ++m_pos;
                operand.items.append(std::move(item));
            }
        }
    }
    if (c == ')' || c == '>' || c == ']' || c == '{' || c == '}') {
        m_malformed = true;
        ++m_pos;
        operand.type = Operand::Type::Unknown;
        return true;
    }
    // A number, true/false/null, or an operator.
    const qint64 save = m_pos;
    const QByteArrayView word = readRegular();
    if (readSimpleNumber(word, operand))
        return true;
    if (word == "true" || word == "false") {
        operand.type = Operand::Type::Boolean;
        operand.boolean = word == "true";
        return true;
    }
    if (word == "null") {
        operand.type = Operand::Type::Null;
        return true;
    }
    // The full conversion also takes exponents, "inf" and "nan"; an operator starts with none of
    // the characters those can start with, and is not converted at all.
    const char lead = word.isEmpty() ? ' ' : word[0];
    const bool numeric = lead == '-' || lead == '+' || lead == '.' || (lead >= '0' && lead <= '9');
    if (!numeric && lead != 'i' && lead != 'I' && lead != 'n' && lead != 'N') {
        m_pos = save;
        return false;
    }
    bool ok = false;
    const double value = word.toDouble(&ok);
    if (ok || numeric) {
        operand.type = Operand::Type::Number;
        operand.number = ok ? value : 0; // PDF readers take malformed numbers like "--5" as 0
        operand.isInteger = ok && !word.contains('.') && !word.contains('e') && !word.contains('E');
        return true;
    }
    m_pos = save;
    return false;
}

bool ContentLexer::readInlineImage(ContentToken &token)
{
    // After BI: key/value pairs up to ID, one white-space byte, then data up to EI.
    token.operand.type = Operand::Type::Dictionary;
    while (true) {
        skipWhitespace();
        if (m_pos >= m_data.size()) {
            m_malformed = true;
            return true;
        }
        if (m_data[m_pos] == '/') {
            QByteArray key = readName();
            skipWhitespace();
            Operand value;
            if (m_pos < m_data.size() && readOperand(value, 1))
                token.operand.entries.append({std::move(key), std::move(value)});
            continue;
        }
        const QByteArrayView word = readRegular();
        if (word == "ID")
            break;
        if (word.isEmpty())
            ++m_pos;
        m_malformed = true;
    }
    if (m_pos < m_data.size() && isWhite(m_data[m_pos]))
        ++m_pos;
    const qint64 start = m_pos;
    // Data ends at "EI" preceded by white space and followed by white space or the end.
    qint64 p = m_pos;
    while (p + 1 < m_data.size()) {
        if (m_data[p] == 'E' && m_data[p + 1] == 'I' && (p == start || isWhite(m_data[p - 1]))
            && (p + 2 >= m_data.size() || isWhite(m_data[p + 2]) || isDelim(m_data[p + 2]))) {
            qint64 end = p;
            if (end > start && isWhite(m_data[end - 1]))
                --end;
            token.inlineImageData = m_data.sliced(start, end - start).toByteArray();
            m_pos = p + 2;
            return true;
        }
        ++p;
    }
    m_malformed = true;
    token.inlineImageData = m_data.sliced(start).toByteArray();
    m_pos = m_data.size();
    return true;
}

bool ContentLexer::next(ContentToken &token)
{
    token.reset();
    skipWhitespace();
    if (m_pos >= m_data.size())
        return false;
    token.offset = m_pos;
    if (readOperand(token.operand, 0))
        return true;
    token.isOperator = true;
    token.op = readRegular();
    if (token.op.isEmpty()) {
        m_malformed = true;
        token.op = m_data.sliced(m_pos, 1);
        ++m_pos;
        return true;
    }
    if (token.op == "BI")
        readInlineImage(token);
    return true;
}

} // namespace granska::pdfa
