// An earlier revision is read through the final document wherever the two share an object (see
// SharedReading). What it does not share are the objects a later update wrote again, and when one
// of those sits in an object stream, QPDF reads it by parsing every object of the stream: fonts'
// width arrays and the like, which the revision reads through the final document anyway, parsed
// once more for each earlier revision. These objects are read here one by one instead, from the
// stream's decoded data, the way QPDF reads each object of a stream, and handed to the revision's
// QPDF; whatever does not look as QPDF expects is left to QPDF.
#pragma once

#include "pdf/Limits.h"

#include <map>
#include <qpdf/QPDFObjGen.hh>
#include <qpdf/QPDFXRefEntry.hh>

namespace granska {

class PdfDocument;

namespace modifications {

// Reads into `revision` its objects in object streams that the final document's table locates
// elsewhere. `own` and `final` are the two cross-reference tables. Spends none of the caller's
// budget on decoding; throws LimitExceeded only when time is up or the work is cancelled.
void readRewrittenObjects(PdfDocument &revision, const std::map<QPDFObjGen, QPDFXRefEntry> &own,
                          const std::map<QPDFObjGen, QPDFXRefEntry> &final, const Budget &budget);

} // namespace modifications
} // namespace granska
