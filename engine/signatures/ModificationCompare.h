// Whether two versions of a PDF object say the same thing. References are compared by object
// number (what they point to is compared where it is written), numbers by value, strings by their
// bytes, and streams by their dictionaries and decoded data. So an object written again unchanged
// by another writer (other spacing, a recompressed stream, 1.0 for 1, a key with a null value
// dropped) does not count as a change.
#pragma once

#include "pdf/Limits.h"
#include "pdf/ObjGenHash.h"

#include <QByteArray>
#include <QHash>
#include <QPair>
#include <QSet>
#include <map>
#include <memory>
#include <optional>
#include <qpdf/QPDFXRefEntry.hh>

#include <qpdf/QPDFObjectHandle.hh>

namespace granska {

class FlateReader;
class PdfDocument;

namespace modifications {

// Decoded stream data shared by the comparisons of one document's revisions, keyed by where the raw
// bytes are in the file, their length and the filters that decode them. A stream written again in
// other bytes (recompressed, or with another filter) is compared decoded, and the version in the
// middle of three revisions would otherwise be decoded once for each comparison it takes part in. Bounded: past kMaxBytes, data is decoded
// without being kept.
class DecodedStreams {
public:
    std::optional<QByteArray> decoded(PdfDocument &document, QPDFObjectHandle stream, Budget &budget);
    // Whether `a` (of `before`) and `b` (of `after`) decode to the same data, each decoded only as
    // far as it takes to tell; kept, so that a later comparison goes on from there. Nothing when
    // either is not plain Flate data that decodes cleanly: decoded() then tells.
    std::optional<bool> sameData(PdfDocument &before, QPDFObjectHandle a, PdfDocument &after, QPDFObjectHandle b, Budget &budget);

private:
    struct Partial;
    std::shared_ptr<Partial> partial(PdfDocument &document, QPDFObjectHandle stream, qint64 limit);
    std::optional<bool> compare(FlateReader &x, FlateReader &y, Budget &budget);
    void release(const Partial &partial);

    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
    QHash<QByteArray, std::optional<QByteArray>> m_cache;
    QHash<QByteArray, std::shared_ptr<Partial>> m_partial;
    qint64 m_bytes = 0; // kept, in both
};

class ObjectComparer {
public:
    using CrossReferences = std::map<QPDFObjGen, QPDFXRefEntry>;
    // With the cross-reference tables, a reference to an object that is listed but cannot be read
    // counts as a value (an unreadable one), not as nothing: another reader may well read it.
    ObjectComparer(PdfDocument &before, PdfDocument &after, Budget &budget, const CrossReferences *xrefBefore = nullptr,
                   const CrossReferences *xrefAfter = nullptr);

    // The bodies of two indirect objects (or two direct values): true when they are the same.
    bool sameObject(QPDFObjectHandle before, QPDFObjectHandle after);
    // Two values in place: references are equal when they name the same object.
    bool sameValue(QPDFObjectHandle before, QPDFObjectHandle after);
    // Like sameValue, but references to different objects are followed and what they name is
    // compared, so that an array moved into its own object, or a dictionary written again as a new
    // object with the same content, compares equal. References to the same object stay equal: a
    // change to that object is judged where it is written. Bounded: a very large subgraph counts
    // as different.
    bool sameContent(QPDFObjectHandle before, QPDFObjectHandle after);
    // Decodes streams through the given cache (which must outlive the comparer) instead of afresh.
    void shareDecodedStreams(DecodedStreams *cache) { m_decoded = cache; }

private:
    enum class Mode { Value, Object, Content };
    // Below the top level, Object mode compares references by the object they name.
    static Mode nested(Mode mode) { return mode == Mode::Object ? Mode::Value : mode; }
    bool same(QPDFObjectHandle a, QPDFObjectHandle b, int depth, Mode mode);
    static bool absent(QPDFObjectHandle value, const CrossReferences *xref);
    bool sameStream(QPDFObjectHandle a, QPDFObjectHandle b, int depth, Mode mode);

    PdfDocument &m_before;
    PdfDocument &m_after;
    Budget &m_budget;
    const CrossReferences *m_xrefBefore = nullptr;
    const CrossReferences *m_xrefAfter = nullptr;
    QSet<QPair<QPDFObjGen, QPDFObjGen>> m_following; // pairs being compared in Content mode
    int m_followed = 0;
    DecodedStreams *m_decoded = nullptr;
};

// Null, absent, and a reference to nothing all mean "no value" in PDF.
bool isNothing(QPDFObjectHandle value);

} // namespace modifications
} // namespace granska
