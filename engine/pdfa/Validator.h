// PDF/A validation of one document against one flavour's rules.
#pragma once

#include "assessment/Assessment.h"
#include "pdf/Limits.h"

namespace granska {

class PdfDocument;

// Fills result.compliant, result.violations and result.rulesChecked.
void validatePdfa(PdfDocument &document, const QList<Revision> &revisions, const QString &flavour, Budget &budget,
                  PdfaResult &result);

} // namespace granska
