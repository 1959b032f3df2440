// Finding bytes in a whole file, which the engine searches from start to end a few times
// (revisions, byte ranges, the security store). QByteArrayView::indexOf in Qt 6.4 reads a PDF of a
// megabyte in about a millisecond and glibc's memmem in about a tenth of that; looking for the
// needle's rarest byte with memchr, which compares 32 bytes at a time, and checking the needle
// where it is found takes a fifth of memmem's time again on signed documents.
#pragma once

#include <QByteArrayView>
#include <cstring>

namespace granska {

namespace detail {

// How common a byte is in PDF syntax and text: the lower, the rarer.
inline int commonness(char c)
{
    if (c >= 'a' && c <= 'z')
        return 2;
    if (c == '/' || c == ' ' || c == '\n' || c == '\r' || (c >= '0' && c <= '9'))
        return 3;
    if (c >= 'A' && c <= 'Z')
        return 1;
    return 0;
}

} // namespace detail

// The offset of the first `needle` in `haystack` at or after `from`, or -1.
inline qsizetype findBytes(QByteArrayView haystack, QByteArrayView needle, qsizetype from = 0)
{
    if (from < 0)
        from = 0;
    if (needle.isEmpty() || from > haystack.size() || needle.size() > haystack.size() - from)
        return needle.isEmpty() && from <= haystack.size() ? from : -1;
    const char *bytes = haystack.data();
    const size_t size = size_t(haystack.size());
    const size_t length = size_t(needle.size());
    size_t rare = length - 1; // the needle's rarest byte (the last of the rarest)
    for (size_t i = 0; i + 1 < length; ++i) {
        if (detail::commonness(needle[i]) < detail::commonness(needle[rare]))
            rare = i;
    }
    const size_t end = size - (length - 1 - rare); // where that byte can be, at most (exclusive)
    size_t at = size_t(from) + rare;
    size_t misses = 0;
    while (at < end) {
        const void *hit = std::memchr(bytes + at, needle[rare], end - at);
        if (!hit)
            return -1;
        const size_t start = size_t(static_cast<const char *>(hit) - bytes) - rare;
        if (std::memcmp(bytes + start, needle.data(), length) == 0)
            return qsizetype(start);
        at = start + rare + 1;
        // Where the byte is everywhere (a hostile file, say), memmem's worst case is the better one.
        if (++misses > 64 && misses * 16 > at - size_t(from)) {
            const void *found = ::memmem(bytes + start + 1, size - start - 1, needle.data(), length);
            return found ? static_cast<const char *>(found) - bytes : -1;
        }
    }
    return -1;
}

} // namespace granska
