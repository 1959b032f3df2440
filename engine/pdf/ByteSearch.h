// Finding bytes in a whole file. QByteArrayView::indexOf in Qt 6.4 reads a PDF of a megabyte in
// about a millisecond; glibc's memmem is several times faster, and the engine searches every
// document from start to end a few times (revisions, byte ranges, the security store).
#pragma once

#include <QByteArrayView>
#include <cstring>

namespace granska {

// The offset of the first `needle` in `haystack` at or after `from`, or -1.
inline qsizetype findBytes(QByteArrayView haystack, QByteArrayView needle, qsizetype from = 0)
{
    if (from < 0)
        from = 0;
    if (needle.isEmpty() || from > haystack.size() || needle.size() > haystack.size() - from)
        return needle.isEmpty() && from <= haystack.size() ? from : -1;
    const void *found = ::memmem(haystack.data() + from, size_t(haystack.size() - from), needle.data(), size_t(needle.size()));
    return found ? static_cast<const char *>(found) - haystack.data() : -1;
}

} // namespace granska
