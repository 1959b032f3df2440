// Personal identity numbers found in signers' certificates are personal data: the report shows
// them masked unless the user asks for them (ReportOptions::showPersonalData). The number is not
// only in its own row: it is part of the certificate's subject, often of its common name, and may
// be quoted by a detail, so masking has to reach every value taken from the signatures.
#pragma once

#include "assessment/Assessment.h"

namespace granska::report {

// A copy of the assessment in which every personal identity number the signatures carry is
// replaced, wherever it occurs in their names, details and certificates and in the findings, by
// its masked form. The document's own identity (file name, path, metadata) is left as it is:
// the report must name the file it is about.
Assessment withPersonalNumbersMasked(const Assessment &assessment);

} // namespace granska::report
