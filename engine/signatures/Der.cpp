#include "Der.h"

namespace granska::der {
namespace {
constexpr int kMaxDepth = 32;
}

std::optional<Element> readElement(QByteArrayView data, int depth)
{
    if (data.size() < 2 || depth > kMaxDepth)
        return std::nullopt;
    Element e;
    e.tag = static_cast<unsigned char>(data[0]);
    if ((e.tag & 0x1f) == 0x1f)
        return std::nullopt; // high tag numbers do not occur in the structures read here
    qsizetype pos = 1;
    const auto first = static_cast<unsigned char>(data[pos++]);
    if (first == 0x80) {
        // BER indefinite length: constructed content runs to the end-of-contents octets 00 00.
        if (!e.constructed())
            return std::nullopt;
        const qsizetype contentStart = pos;
        while (true) {
            if (data.size() - pos < 2)
                return std::nullopt;
            if (data[pos] == 0 && data[pos + 1] == 0)
                break;
            const std::optional<Element> child = readElement(data.sliced(pos), depth + 1);
            if (!child)
                return std::nullopt;
            pos += child->whole.size();
        }
        e.content = data.sliced(contentStart, pos - contentStart);
        e.whole = data.first(pos + 2);
        return e;
    }
    qsizetype length = 0;
    if (first < 0x80) {
        length = first;
    } else {
        const int octets = first & 0x7f;
        if (octets > 4 || data.size() - pos < octets)
            return std::nullopt;
        for (int i = 0; i < octets; ++i)
            length = (length << 8) | static_cast<unsigned char>(data[pos++]);
    }
    if (length < 0 || data.size() - pos < length)
        return std::nullopt;
    e.content = data.sliced(pos, length);
    e.whole = data.first(pos + length);
    return e;
}

QByteArray encode(unsigned char tag, QByteArrayView content)
{
    QByteArray out;
    out.reserve(content.size() + 6);
    out.append(char(tag));
    const qsizetype length = content.size();
    if (length < 0x80) {
        out.append(char(length));
    } else {
        QByteArray octets;
        for (qsizetype n = length; n > 0; n >>= 8)
            octets.prepend(char(n & 0xff));
        out.append(char(0x80 | octets.size()));
        out.append(octets);
    }
    out.append(content);
    return out;
}

std::optional<Element> Reader::next()
{
    if (atEnd())
        return std::nullopt;
    std::optional<Element> e = readElement(m_data.sliced(m_pos));
    if (!e) {
        m_pos = m_data.size();
        return std::nullopt;
    }
    m_pos += e->whole.size();
    return e;
}

} // namespace granska::der
