#include "RevisionScanner.h"

#include "ByteSearch.h"
#include "RawLexer.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::RevisionScanner)
};

constexpr QByteArrayView kEof("%%EOF");
constexpr QByteArrayView kStartXref("startxref");
constexpr int kMaxSections = 100000; // far beyond any real file; guards against /Prev cycles we miss

// Offset just past the %%EOF marker at eofPos and the end-of-line that follows it, if any.
qint64 pastEofLine(QByteArrayView file, qint64 eofPos)
{
    qint64 end = eofPos + kEof.size();
    if (end < file.size() && file[end] == '\r')
        ++end;
    if (end < file.size() && file[end] == '\n')
        ++end;
    return end;
}

struct Section {
    qint64 xrefOffset = 0;
    QString kind;
    std::optional<qint64> prev;
};

// Reads the cross-reference section at offset: either "xref ... trailer << >>" or an
// "n g obj << /Type /XRef ... >>" stream. Returns nullopt when nothing valid is there.
std::optional<Section> readSection(QByteArrayView file, qint64 offset)
{
    if (offset < 0 || offset >= file.size())
        return std::nullopt;
    RawLexer lexer(file, offset);
    lexer.skipWhitespace(); // some writers point a few bytes early
    Section section;
    section.xrefOffset = offset;
    if (lexer.readKeyword("xref")) {
        section.kind = QStringLiteral("table");
        const qint64 trailer = findBytes(file, "trailer", lexer.position());
        if (trailer < 0)
            return std::nullopt;
        lexer.setPosition(trailer + 7);
        section.prev = lexer.dictionaryInteger("Prev");
        return section;
    }
    if (lexer.readUnsigned()) {
        lexer.skipWhitespace();
        if (lexer.readUnsigned()) {
            lexer.skipWhitespace();
            if (lexer.readKeyword("obj")) {
                const qint64 dict = lexer.position();
                if (lexer.dictionaryName("Type") != QByteArray("XRef"))
                    return std::nullopt;
                lexer.setPosition(dict);
                section.kind = QStringLiteral("stream");
                section.prev = lexer.dictionaryInteger("Prev");
                return section;
            }
        }
    }
    return std::nullopt;
}

// The offset named by the last "startxref" in the file, if any.
std::optional<qint64> lastStartXref(QByteArrayView file)
{
    const qint64 at = file.lastIndexOf(kStartXref);
    if (at < 0)
        return std::nullopt;
    RawLexer lexer(file, at + kStartXref.size());
    lexer.skipWhitespace();
    return lexer.readUnsigned();
}

// Fallback when the chain cannot be followed: every %%EOF that closes a "startxref n" line.
QList<qint64> eofMarkersAfterStartXref(QByteArrayView file)
{
    QList<qint64> ends;
    qint64 from = 0;
    while (true) {
        const qint64 eof = findBytes(file, kEof, from);
        if (eof < 0)
            break;
        from = eof + kEof.size();
        // "startxref", an offset and white space: a few dozen bytes before the marker at most.
        const qint64 windowStart = std::max<qint64>(0, eof - 64);
        const qint64 inWindow = file.sliced(windowStart, eof - windowStart).lastIndexOf(kStartXref);
        if (inWindow < 0)
            continue;
        const qint64 start = windowStart + inWindow;
        RawLexer lexer(file, start + kStartXref.size());
        lexer.skipSpaces();
        if (lexer.readUnsigned()) {
            lexer.skipSpaces();
            if (lexer.position() == eof)
                ends.append(pastEofLine(file, eof));
        }
    }
    return ends;
}

} // namespace

RevisionScan scanRevisions(QByteArrayView file)
{
    RevisionScan scan;
    QList<Section> chain; // newest first
    QSet<qint64> seen;
    bool chainComplete = true;
    std::optional<qint64> next = lastStartXref(file);
    if (!next) {
        chainComplete = false;
        scan.problems << Tr::tr("The file has no startxref line at its end.");
    }
    while (next) {
        if (seen.contains(*next)) {
            chainComplete = false;
            scan.problems << Tr::tr("The cross-reference chain loops back to offset %1.").arg(*next);
            break;
        }
        seen.insert(*next);
        const std::optional<Section> section = readSection(file, *next);
        if (!section) {
            chainComplete = false;
            scan.problems << Tr::tr("No cross-reference section at offset %1, where the file says one begins.").arg(*next);
            break;
        }
        chain.append(*section);
        if (chain.size() > kMaxSections)
            break;
        next = section->prev;
    }

    // Oldest first. Each section ends at the first %%EOF after it. A linearized file's first-page
    // section lies before the main one but ends earlier: it belongs to the same revision, so a
    // section that does not reach past the previous revision's end is merged into it.
    QList<Revision> found;
    qint64 previousEnd = 0;
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        const qint64 eof = findBytes(file, kEof, it->xrefOffset);
        if (eof < 0) {
            scan.problems << Tr::tr("The cross-reference section at offset %1 is not followed by %EOF.").arg(it->xrefOffset);
            continue;
        }
        const qint64 end = pastEofLine(file, eof);
        if (end <= previousEnd)
            continue;
        Revision revision;
        revision.end = end;
        revision.xrefOffset = it->xrefOffset;
        revision.xrefKind = it->kind;
        found.append(revision);
        previousEnd = end;
    }

    // Where the chain is broken, the %%EOF lines that close a "startxref" show the revisions it
    // no longer reaches: before its oldest reachable section, and after its newest.
    const qint64 firstEnd = found.isEmpty() ? std::numeric_limits<qint64>::max() : found.first().end;
    for (qint64 end : eofMarkersAfterStartXref(file)) {
        const bool before = !chainComplete && end < firstEnd;
        const bool after = end > previousEnd;
        if (!before && !after)
            continue;
        Revision revision;
        revision.end = end;
        revision.xrefKind = QStringLiteral("unknown");
        found.append(revision);
        if (after && !found.isEmpty() && chainComplete)
            scan.problems << Tr::tr("An update ending at offset %1 is not reachable from the file's last cross-reference section.").arg(end);
    }
    std::sort(found.begin(), found.end(), [](const Revision &a, const Revision &b) { return a.end < b.end; });
    qint64 start = 0;
    for (Revision &revision : found) {
        if (!scan.revisions.isEmpty() && revision.end == scan.revisions.last().end)
            continue;
        revision.index = int(scan.revisions.size()) + 1;
        revision.start = start;
        start = revision.end;
        scan.revisions.append(revision);
    }
    return scan;
}

int revisionEndingAt(const QList<Revision> &revisions, QByteArrayView file, qint64 offset)
{
    for (const Revision &revision : revisions) {
        // The revision ends with "%%EOF" and optionally CR, LF or CRLF; accept any of these cuts.
        const qint64 eof = file.first(std::min<qint64>(revision.end, file.size())).lastIndexOf(kEof);
        if (eof >= 0 && offset >= eof + kEof.size() && offset <= revision.end)
            return revision.index;
    }
    return 0;
}

} // namespace granska
