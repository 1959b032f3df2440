// Whether two versions of a PDF object say the same thing. References are compared by object
// number (what they point to is compared where it is written), numbers by value, strings by their
// bytes, and streams by their dictionaries and decoded data. So an object written again unchanged
// by another writer (other spacing, a recompressed stream, 1.0 for 1, a key with a null value
// dropped) does not count as a change.
#pragma once

#include "pdf/Limits.h"
#include "pdf/ObjGenHash.h"

#include <QPair>
#include <QSet>
#include <map>
#include <qpdf/QPDFXRefEntry.hh>

#include <qpdf/QPDFObjectHandle.hh>

namespace granska {

class PdfDocument;

namespace modifications {

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
};

// Null, absent, and a reference to nothing all mean "no value" in PDF.
bool isNothing(QPDFObjectHandle value);

} // namespace modifications
} // namespace granska
