#include "RawLexer.h"

namespace granska {

void RawLexer::skipWhitespace()
{
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos];
        if (isWhitespace(c)) {
            ++m_pos;
        } else if (c == '%') {
            while (m_pos < m_data.size() && m_data[m_pos] != '\n' && m_data[m_pos] != '\r')
                ++m_pos;
        } else {
            break;
        }
    }
}

void RawLexer::skipSpaces()
{
    while (m_pos < m_data.size() && isWhitespace(m_data[m_pos]))
        ++m_pos;
}

std::optional<qint64> RawLexer::readUnsigned()
{
    qint64 value = 0;
    qint64 p = m_pos;
    while (p < m_data.size() && m_data[p] >= '0' && m_data[p] <= '9') {
        if (value > (std::numeric_limits<qint64>::max() - 9) / 10)
            return std::nullopt; // absurdly long number: not an offset we can use
        value = value * 10 + (m_data[p] - '0');
        ++p;
    }
    if (p == m_pos)
        return std::nullopt;
    m_pos = p;
    return value;
}

bool RawLexer::readKeyword(QByteArrayView keyword)
{
    if (m_data.size() - m_pos < keyword.size() || m_data.sliced(m_pos, keyword.size()) != keyword)
        return false;
    const qint64 after = m_pos + keyword.size();
    if (after < m_data.size() && !isWhitespace(m_data[after]) && !isDelimiter(m_data[after]))
        return false;
    m_pos = after;
    return true;
}

QByteArray RawLexer::readName()
{
    // At '/': the name runs to the next white space or delimiter.
    qint64 p = m_pos + 1;
    while (p < m_data.size() && !isWhitespace(m_data[p]) && !isDelimiter(m_data[p]))
        ++p;
    QByteArray name = m_data.sliced(m_pos + 1, p - m_pos - 1).toByteArray();
    m_pos = p;
    return name;
}

bool RawLexer::skipObject(int depth)
{
    if (depth > 64)
        return false;
    skipWhitespace();
    if (atEnd())
        return false;
    const char c = m_data[m_pos];
    if (c == '/') {
        readName();
        return true;
    }
    if (c == '(') {
        int nesting = 0;
        while (m_pos < m_data.size()) {
            const char s = m_data[m_pos++];
            if (s == '\\') {
                ++m_pos;
            } else if (s == '(') {
                ++nesting;
            } else if (s == ')' && --nesting == 0) {
                return true;
            }
        }
        return false;
    }
    if (c == '<' && m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '<') {
        m_pos += 2;
        for (;;) {
            skipWhitespace();
            if (atEnd())
                return false;
            if (m_data[m_pos] == '>') {
                if (m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '>') {
                    m_pos += 2;
                    return true;
                }
                return false;
            }
            if (!skipObject(depth + 1))
                return false;
        }
    }
    if (c == '<') {
        const qint64 close = m_data.indexOf('>', m_pos);
        if (close < 0)
            return false;
        m_pos = close + 1;
        return true;
    }
    if (c == '[') {
        ++m_pos;
        for (;;) {
            skipWhitespace();
            if (atEnd())
                return false;
            if (m_data[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            if (!skipObject(depth + 1))
                return false;
        }
    }
    if (c == ')' || c == '>' || c == ']' || c == '{' || c == '}')
        return false;
    // A number, keyword (true, null, R, obj) or other regular token.
    while (m_pos < m_data.size() && !isWhitespace(m_data[m_pos]) && !isDelimiter(m_data[m_pos]))
        ++m_pos;
    return true;
}

template <typename Visit>
bool RawLexer::walkDictionary(qint64 maxBytes, Visit visit)
{
    skipWhitespace();
    if (m_data.size() - m_pos < 2 || m_data[m_pos] != '<' || m_data[m_pos + 1] != '<')
        return false;
    // Look only at a bounded window so that a missing ">>" cannot make us scan a huge file.
    RawLexer inner(m_data.first(std::min<qint64>(m_data.size(), m_pos + maxBytes)), m_pos + 2);
    for (;;) {
        inner.skipWhitespace();
        if (inner.atEnd())
            return false;
        if (inner.m_data[inner.m_pos] == '>')
            return inner.m_pos + 1 < inner.m_data.size() && inner.m_data[inner.m_pos + 1] == '>';
        if (inner.m_data[inner.m_pos] != '/')
            return false;
        const QByteArray key = inner.readName();
        inner.skipWhitespace();
        if (visit(key, inner))
            return true;
        if (!inner.skipObject(0))
            return false;
        // An indirect reference "n g R" is three tokens; skip the other two.
        const qint64 save = inner.m_pos;
        inner.skipWhitespace();
        if (inner.readUnsigned()) {
            inner.skipWhitespace();
            if (!inner.readKeyword("R"))
                inner.m_pos = save;
        } else {
            inner.m_pos = save;
        }
    }
}

std::optional<qint64> RawLexer::dictionaryInteger(QByteArrayView key, qint64 maxBytes)
{
    std::optional<qint64> result;
    walkDictionary(maxBytes, [&](const QByteArray &name, RawLexer &inner) {
        if (name != key)
            return false;
        result = inner.readUnsigned();
        return true;
    });
    return result;
}

std::optional<QByteArray> RawLexer::dictionaryName(QByteArrayView key, qint64 maxBytes)
{
    std::optional<QByteArray> result;
    walkDictionary(maxBytes, [&](const QByteArray &name, RawLexer &inner) {
        if (name != key)
            return false;
        if (!inner.atEnd() && inner.m_data[inner.m_pos] == '/')
            result = inner.readName();
        return true;
    });
    return result;
}

} // namespace granska
