// The changes one incremental update made to a document, each with a kind and plain words. The
// update is compared with the revision before it: the pages, the form fields and the annotations
// of each page are compared as lists, and every object whose entry in the cross-reference table
// differs (written anew, moved, freed, or a reference filled in that pointed at nothing) is compared
// by value and judged by what it is used for in either revision.
#pragma once

#include "ModificationCompare.h"
#include "ModificationGraph.h"
#include "pdf/Limits.h"
#include "pdf/PdfDocument.h"

#include <QList>
#include <QString>
#include <map>
#include <memory>
#include <qpdf/QPDFObjGen.hh>
#include <qpdf/QPDFXRefEntry.hh>

namespace granska::modifications {

// The kinds of change, as ModificationInfo::kind spells them.
inline constexpr char kValidationData[] = "validation-data";
inline constexpr char kDocumentTimestamp[] = "document-timestamp";
inline constexpr char kSignature[] = "signature";
inline constexpr char kFormFill[] = "form-fill";
inline constexpr char kAnnotation[] = "annotation";
inline constexpr char kPageAdded[] = "page-added";
inline constexpr char kPageRemoved[] = "page-removed";
inline constexpr char kMetadata[] = "metadata"; // document information, XMP, tags, declared extensions
inline constexpr char kOther[] = "other";

struct Change {
    int revision = 0;   // the revision that made it
    QString kind;
    QString description;
    QString field;      // the form field whose value or appearance it concerns; empty otherwise
};

// One revision, opened on its own: its object graph, what each object is used for, and its
// cross-reference table.
struct RevisionSnapshot {
    int index = 0;                          // 1-based revision
    std::unique_ptr<PdfDocument> owned;     // null when the snapshot is the document itself
    PdfDocument *document = nullptr;
    RevisionGraph graph;
    std::map<QPDFObjGen, QPDFXRefEntry> xref;
    QString problem;                        // why it could not be read; empty when it could
    std::shared_ptr<DecodedStreams> decoded; // shared by the snapshots of one document

    bool isReadable() const { return document && problem.isEmpty(); }
};

// The changes `after` made to `before` (the revision just before it). Throws LimitExceeded when
// the budget's time is up.
QList<Change> classifyUpdate(RevisionSnapshot &before, RevisionSnapshot &after, Budget &budget);

} // namespace granska::modifications
