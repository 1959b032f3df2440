// Finds what in a document acts by itself or reaches outside the file: JavaScript, Launch and other
// actions, external streams, embedded files, multimedia, XFA forms and PostScript. Walks the object
// graph from the catalog once, each indirect object at most once, within the budget.
#pragma once

#include "assessment/Assessment.h"
#include "pdf/Limits.h"

namespace granska {

class PdfDocument;

struct ActiveContentScan {
    ActiveContent content;   // scanned is true when the whole graph was walked
    QList<Finding> findings; // what cut the walk short (nesting deeper than the limit)
};

// Throws LimitExceeded when the time is up or the caller cancelled.
ActiveContentScan scanActiveContent(PdfDocument &document, Budget &budget);

} // namespace granska
