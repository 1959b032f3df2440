// The layout of a PDF file as written, read from its bytes: the header and the binary comment,
// every cross-reference section and trailer reachable from the last startxref (each revision, and
// a linearized file's first-page section), what follows the last %%EOF, and every indirect object
// a cross-reference section points to, with the white space around its keywords and the true
// length of its stream. These are the facts ISO 19005 clause 6.1 asks about and QPDF does not
// keep (it repairs and normalises as it reads).
#pragma once

#include "CosScanner.h"

#include <QByteArray>
#include <QByteArrayView>
#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace granska {
class Budget;
}

namespace granska::pdfa::cos {

struct HeaderFacts {
    qint64 offset = -1;      // where "%PDF-" begins; -1 when the start of the file has none
    QByteArray line;         // the header line from "%PDF-" to its end-of-line, as written
    bool commentPresent = false;          // the next line is a comment of at least four bytes
    std::array<int, 4> commentBytes{};    // its first four bytes after the %, 0 when absent
};

struct XRefSection {
    enum class Kind : std::uint8_t { Table, Stream, Unreadable };
    Kind kind = Kind::Unreadable;
    qint64 offset = 0;                    // where the section begins
    bool eolAfterKeyword = true;          // tables: "xref" followed by exactly one end-of-line
    bool subsectionHeadersSpaced = true;  // tables: "first count" separated by a single space
    Value trailer;                        // the trailer dictionary (an xref stream's dictionary)
    std::vector<qint64> objectOffsets;    // tables: offsets of the objects marked in use
    std::optional<qint64> prev;
    std::optional<qint64> xrefStream;     // a hybrid file's /XRefStm
};

struct HexStringFacts {
    qint64 offset = 0;      // in the file (or in the decoded data it was found in)
    qint64 characters = 0;  // non-white-space characters between < and >
    bool onlyDigits = true;
};

struct StreamFacts {
    bool eolAfterKeyword = true;     // CR LF or LF after "stream"
    bool eolBeforeEndstream = true;  // an end-of-line right before "endstream"
    bool endstreamFound = true;
    std::optional<qint64> declaredLength; // /Length, resolved; nullopt when missing or not an integer
    qint64 dataOffset = 0;
    qint64 realLength = -1;          // bytes from the data's start to the EOL before endstream
};

struct IndirectObject {
    qint64 offset = 0;   // of the object number
    int number = 0;
    int generation = 0;
    bool eolBeforeHeader = true;            // the object number starts a line
    bool singleSpaceAfterNumber = true;     // one white-space byte between number and generation
    bool singleSpaceAfterGeneration = true; // one white-space byte between generation and obj
    bool eolAfterObj = true;                // "obj" ends its line
    bool eolBeforeEndobj = true;            // "endobj" starts a line
    bool eolAfterEndobj = true;             // "endobj" ends its line
    bool endobjFound = true;
    bool isStream = false;
    StreamFacts stream;
    Value dictionary;                       // for streams: the stream dictionary
    std::optional<qint64> linearizedLength; // /L of a linearization dictionary
    std::vector<HexStringFacts> hexStrings;
};

struct FileLayout {
    HeaderFacts header;
    std::vector<XRefSection> sections; // in the order followed from the last startxref: newest first
    bool startXRefFound = false;
    int postEofBytes = -1;             // bytes after the last %%EOF and its one EOL; -1: no %%EOF
    bool linearized = false;           // the first object is a linearization dictionary for this file
    std::vector<IndirectObject> objects; // every object a section points to, in file order
};

// Resolves an indirect /Length (number, generation) to its integer value.
using LengthResolver = std::function<std::optional<qint64>(int number, int generation)>;

// Reads the layout. `moreObjectOffsets` adds offsets known otherwise (QPDF's view of the
// cross-reference streams, which this reader does not decode). Calls budget.check() as it goes.
FileLayout readFileLayout(QByteArrayView file, const std::vector<qint64> &moreObjectOffsets, const LengthResolver &resolveLength,
                          Budget &budget);

// Scans decoded data (a content stream or an object stream) for hexadecimal strings.
std::vector<HexStringFacts> hexStringsIn(QByteArrayView data, Budget &budget);

} // namespace granska::pdfa::cos
