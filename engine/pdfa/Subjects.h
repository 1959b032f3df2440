// The things the document walker and the content interpreter hand to rules, named after the
// objects of ISO 32000 they stand for (and close to veraPDF's model names, so that a rule's
// subject is easy to place). Each carries where it was found; rules read the rest from the
// QPDF handles. Rule groups may define further subjects of their own next to their producers.
#pragma once

#include "assessment/Assessment.h"

#include <QByteArray>
#include <QString>
#include <qpdf/QPDFObjectHandle.hh>

namespace granska::pdfa {

// --- Document level -------------------------------------------------------------------------

struct CatalogSubject { // the document catalog (veraPDF: PDDocument)
    ObjectLocation where;
    mutable QPDFObjectHandle catalog;
};

struct TrailerSubject { // the final trailer dictionary (CosTrailer)
    ObjectLocation where;
    mutable QPDFObjectHandle trailer;
};

struct InfoSubject { // the document information dictionary (CosInfo)
    ObjectLocation where;
    mutable QPDFObjectHandle info;
};

// --- Objects, as QPDF parsed them (Cos*) ------------------------------------------------------

struct CosIntegerSubject { ObjectLocation where; long long value; };
struct CosRealSubject { ObjectLocation where; double value; QByteArrayView text; }; // text as written, valid during the check
struct CosStringSubject { ObjectLocation where; qint64 length; }; // decoded length in bytes
struct CosNameSubject { ObjectLocation where; QByteArray name; };  // without the slash, #-escapes resolved
struct CosArraySubject { ObjectLocation where; int size; };
struct CosDictSubject { ObjectLocation where; int size; mutable QPDFObjectHandle dict; };
struct CosStreamSubject { ObjectLocation where; mutable QPDFObjectHandle stream; };

// --- Pages and what hangs off them (PD*) ------------------------------------------------------

struct PageSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle page;
    int number = 0; // 1-based
};

struct AnnotationSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle annotation;
    QByteArray subtype;       // without slash; empty when missing
    mutable QPDFObjectHandle field;   // for widgets: the field dictionary it belongs to (may be itself)
    QByteArray fieldType;     // inherited /FT of that field, without slash
};

struct FormFieldSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle field;
};

struct AcroFormSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle acroForm;
};

struct ActionSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle action;
    QByteArray type; // /S without slash
};

// A font used by a content stream (Tf). For Type 0 fonts the descendant CIDFont is its own subject.
struct FontSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle font;
    QByteArray subtype; // Type1, TrueType, Type0, CIDFontType2, ...
    mutable QPDFObjectHandle parent; // for a CIDFont: its Type 0 font; null otherwise
};

// One string shown with a font by Tj, TJ, ' or ". Collected during interpretation; the font rules'
// producer decodes the codes and turns them into glyph subjects.
struct TextShowEvent {
    mutable QPDFObjectHandle font;
    QByteArray bytes;
    int renderingMode = 0;
    ObjectLocation where;
};

struct XObjectSubject { // any XObject drawn with Do (PDXObject)
    ObjectLocation where;
    mutable QPDFObjectHandle xobject;
    QByteArray subtype; // Image, Form, PS
};

struct ImageSubject { // an image XObject or an inline image (PDXImage)
    ObjectLocation where;
    mutable QPDFObjectHandle image; // the stream (XObject) or the inline image's dictionary
    bool isInline = false;
};

struct FormXObjectSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle form;
};

struct ExtGStateSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle extGState;
};

struct ShadingSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle shading;
};

// A colour space in use: set with cs/CS, implied by rg/RG/g/G/k/K, or named by an image, a
// shading or a transparency group. `family` is the colour space family name (DeviceRGB,
// ICCBased, Separation, ...). Alternate and base spaces of composite spaces are reported too.
struct ColourSpaceSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle space; // a name or an array
    QByteArray family;
    QString usedBy;         // "fill colour", "image", "shading", "transparency group", "alternate" ...
};

struct RenderingIntentSubject {
    ObjectLocation where;
    QByteArray intent;
};

struct BlendModeSubject {
    ObjectLocation where;
    QByteArray mode;
};

// Every content-stream operator. `known` is whether ISO 32000 defines it (within BX/EX any
// operator is allowed and `known` is true). `graphicsStateDepth` is the q nesting after a q.
struct OperatorSubject {
    ObjectLocation where;
    QByteArrayView name; // into the content being interpreted, while the rules run
    bool known = true;
    int graphicsStateDepth = 0;
};

struct ContentStreamSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle owner;     // page, form XObject, annotation appearance, Type 3 glyph, pattern
    QStringList missingResources; // names used by operators but absent from the stream's own resources
    QStringList inheritedResources; // names found only in resources inherited from the page tree
};

} // namespace granska::pdfa
