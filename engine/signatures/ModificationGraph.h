// What each object of one revision of a document is used for, found by walking the object graph
// from the trailer: the catalog, the page tree with each page's content and annotations, the
// interactive form with its fields, widgets and their appearances, the document security store,
// metadata and so on. A change made by a later revision is judged by these uses: the same stream
// may be a widget's appearance and, through another path, part of what a page shows, and then
// changing it is not mere form filling.
#pragma once

#include "pdf/Limits.h"
#include "pdf/ObjGenHash.h"

#include <QFlags>
#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>
#include <map>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFXRefEntry.hh>

namespace granska {

class PdfDocument;

namespace modifications {

enum class Use : quint32 {
    Catalog = 1u << 0,
    Info = 1u << 1,                  // the trailer's document information dictionary
    XmpMetadata = 1u << 2,           // the catalog's /Metadata stream
    SecurityStore = 1u << 3,         // /DSS and everything in it
    Extensions = 1u << 4,            // /Extensions
    Structure = 1u << 5,             // /StructTreeRoot, /MarkInfo
    PrivateData = 1u << 6,           // /PieceInfo
    Permissions = 1u << 7,           // /Perms
    Form = 1u << 8,                  // the /AcroForm dictionary
    FormResources = 1u << 9,         // /AcroForm /DR
    FieldList = 1u << 10,            // an indirect /Fields or /Kids array
    Field = 1u << 11,                // a field dictionary (possibly merged with its widget)
    FieldValue = 1u << 12,           // /V or /DV of a field other than a signature field
    SignatureValue = 1u << 13,       // a signature dictionary, the /V of a signature field
    Widget = 1u << 14,               // a widget annotation
    WidgetAppearance = 1u << 15,     // what a widget draws: /AP, /MK and what they use
    PageTree = 1u << 16,             // an intermediate /Pages node
    Page = 1u << 17,
    PageContent = 1u << 18,          // contents, resources and everything else a page draws with
    AnnotationList = 1u << 19,       // an indirect /Annots array
    Annotation = 1u << 20,           // an annotation other than a widget
    AnnotationAppearance = 1u << 21, // what an annotation draws
    NameDictionary = 1u << 22,       // the catalog's /Names
    NamedAppearance = 1u << 23,      // /Names /AP: appearances kept for annotations
    Other = 1u << 24,                // reached from any other catalog entry
};
Q_DECLARE_FLAGS(Uses, Use)

struct ObjectUses {
    Uses uses;
    QVarLengthArray<QPDFObjGen, 2> fields; // the fields it belongs to, for field, widget and value uses
    bool manyFields = false;               // more owning fields than are kept
    int page = 0;                          // 1-based page of the first page use; 0 when none
    QString catalogKey;                    // for Use::Other: the catalog entry it is reached from
};

struct FieldState {
    QPDFObjGen id;
    QString name;            // fully qualified
    bool signature = false;  // /FT /Sig, inherited
    bool terminal = true;    // has no child fields
    QPDFObjectHandle dictionary;
    QPDFObjectHandle value;  // /V, unresolved; null when absent
};

struct AnnotationEntry {
    QPDFObjGen id;           // (0, 0) for a direct annotation dictionary
    QPDFObjectHandle annotation;
    bool widget = false;
    QString subtype;
};

struct RevisionGraph {
    QHash<QPDFObjGen, ObjectUses> uses;
    QList<QPDFObjGen> pages;                               // in document order
    QHash<QPDFObjGen, QList<AnnotationEntry>> annotations; // of each page
    QHash<QPDFObjGen, FieldState> fields;                  // indirect fields by object
    QHash<QPDFObjGen, QPDFObjGen> fieldOfWidget;           // widget -> its terminal field
    bool complete = true; // false when a limit stopped the walk; the uses are then partial

    const FieldState *fieldNamed(const QString &name) const;
    QString fieldName(QPDFObjGen field) const;
};

// Walks the document of one revision. Bounded: every object is visited at most once per use and
// owner, nesting is limited by the budget, and the walk stops (complete = false) after a
// million visits. Throws LimitExceeded when the budget's time is up.
// FieldsOnly walks only the form's fields (their names, values, locks): enough to read a
// signature's permissions when no later revision is compared, at a fraction of the cost of a
// walk through every page and resource.
enum class GraphScope { Everything, FieldsOnly };

// An earlier revision shares most of its objects with the final document: those no later update
// wrote again are read from the same bytes. Its walk may read them through the final document,
// which has parsed them already, instead of parsing them again in the revision's own snapshot; the
// graph still keeps the revision's own handles. Both tables must be read after any repair.
struct SharedReading {
    PdfDocument *document = nullptr;                              // the final document
    const std::map<QPDFObjGen, QPDFXRefEntry> *xref = nullptr;    // its cross-reference table
    const std::map<QPDFObjGen, QPDFXRefEntry> *ownXref = nullptr; // the revision's
};

// Whether both tables locate the same bytes for the object `id`. Asks the tables only: no object
// is read.
bool sameBytes(const SharedReading &shared, QPDFObjGen id);

// Whether the revision's object `id` is read through the final document: both tables locate the
// same bytes for it, and it is not a stream.
bool readsShared(const SharedReading &shared, QPDFObjGen id);

// Whether a direct value holds no reference, so that reading it through the final document gives
// what the revision holds (a reference would name the final document's object). Small values only:
// a large or deep one counts as holding references.
bool holdsNoReferences(QPDFObjectHandle value, int depth = 0);

RevisionGraph describeRevision(PdfDocument &document, Budget &budget, GraphScope scope = GraphScope::Everything,
                               const SharedReading *shared = nullptr);

// Whether two cross-reference entries locate the same bytes: the same offset, or the same place in
// an object stream that is itself at the same offset in both tables.
bool sameSource(const QPDFXRefEntry &a, const QPDFXRefEntry &b, const std::map<QPDFObjGen, QPDFXRefEntry> &xrefA,
                const std::map<QPDFObjGen, QPDFXRefEntry> &xrefB);

// Whether two cross-reference tables locate the same bytes for the same objects: a table read
// again after a walk is compared with the one read before, to learn whether QPDF repaired it.
bool sameTable(const std::map<QPDFObjGen, QPDFXRefEntry> &a, const std::map<QPDFObjGen, QPDFXRefEntry> &b);

} // namespace modifications
} // namespace granska

Q_DECLARE_OPERATORS_FOR_FLAGS(granska::modifications::Uses)
