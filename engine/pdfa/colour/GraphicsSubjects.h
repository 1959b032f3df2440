// Subjects of the graphics rules that the core does not produce: output intents, the colour spaces
// actually used for painting (with the overprint state of that moment), pages with transparency,
// group dictionaries and rendering intents. Produced by produceOutputIntents and the
// paint walker.
#pragma once

#include "assessment/Assessment.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <qpdf/QPDFObjectHandle.hh>

namespace granska::pdfa {

// One output intent dictionary of the catalog's (or, in PDF/A-2 and -3, a page's) OutputIntents.
struct OutputIntentSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle intent;
    QByteArray type;     // the S entry without slash: GTS_PDFA1, GTS_PDFX, ISO_PDFE1 ...
    bool onPage = false;
};

// A whole OutputIntents array, for the rule that its entries share one destination profile.
struct OutputIntentsSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle intents;
};

// An output intent's destination profile (each profile stream once).
struct OutputProfileSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle profile; // the stream
    QByteArray intentType;            // S of the (first) intent naming it
};

// An ICCBased colour space's profile, once per profile stream, when the space is used.
struct InputProfileSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle space; // [/ICCBased stream]
    mutable QPDFObjectHandle profile;
};

// A colour space in use, with Default colour spaces already applied: selected as the current
// colour (cs, rg, k ...; ISO TC 171 resolved that colours count even when nothing is painted with
// them), or painted with (by a painting operator, an image or a shading; this is where the initial
// DeviceGray counts, and where the overprint state of the moment applies).
struct ColourUseSubject {
    enum class Role {
        Direct,         // the current colour's space, an image's or a shading's
        IndexedBase,    // the base space of an Indexed space in use
        Alternate,      // the alternate space of a Separation or DeviceN space in use
        Colorant,       // a Separation space in a DeviceN space's Colorants dictionary
        BlendingSpace,  // the colour space of a transparency group (page, form, soft mask)
    };
    ObjectLocation where;
    mutable QPDFObjectHandle space; // name or array
    QByteArray family;
    Role role = Role::Direct;
    bool stroke = false;      // used for stroking (otherwise filling, images, shadings)
    bool painted = false;     // reported at a painting operator (not where it was selected)
    bool overprint = false;   // overprinting on for this kind of painting (OP or op)
    int overprintMode = 0;    // OPM at that moment
    QString usedBy;           // plain words: "text fill", "image", "shading" ...
};

// A page, once its content, annotations and everything drawn from them have been walked: whether
// anything on it is transparent.
struct PageTransparencySubject {
    ObjectLocation where;
    mutable QPDFObjectHandle page;
    bool transparent = false;
    QString firstTransparency; // what was found first, in plain words
};

// A rendering intent named in content: by the ri operator, an image's Intent entry or the RI entry
// of a graphics state in use.
struct RenderingIntentUseSubject {
    enum class Source { Operator, Image, ExtGState };
    ObjectLocation where;
    QByteArray intent;
    Source source = Source::Operator;
};

// A group attributes dictionary (Group entry) of a page, a form XObject or an annotation appearance
// that is drawn.
struct GroupSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle group;
    QString owner; // plain words: "page 2", "form XObject 12" ...
};

// A content stream that resolves resource names in resources that are not its own (ISO 19005-2
// 6.2.2): a page whose Resources are inherited from the page tree, or a form XObject, pattern or
// Type 3 glyph without a Resources dictionary that falls back on its page's.
struct InheritedResourcesSubject {
    ObjectLocation where;
    QStringList names;
};

// The document as a whole, after all content has been walked: whether uncalibrated device colour
// is used anywhere, and where first.
struct DeviceColourSummarySubject {
    ObjectLocation where;
    bool deviceColourUsed = false;
    QByteArray firstFamily;
    ObjectLocation firstUse;
};

} // namespace granska::pdfa
