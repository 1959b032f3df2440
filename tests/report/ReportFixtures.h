// Assessments for the report tests: built in code (every field the report shows, with values that
// are easy to look for), or made by the engine from corpus files.
#pragma once

#include "assessment/Assessment.h"

#include <optional>

namespace granska::testing {

// A document with everything: PDF/A violations in mixed clause order, an intact signature, a
// broken one, a document timestamp that cannot be verified, four revisions and findings.
Assessment richAssessment();

// A clean, signed PDF/A document with nothing to report.
Assessment cleanAssessment();

// Document metadata that tries to inject HTML: <script>, ampersands, a bold tag, controls.
Assessment hostileAssessment();

// A file that could not be assessed at all.
Assessment failedAssessment();

// The engine's assessment of a file of the shared signed corpus; empty when the file is absent.
std::optional<Assessment> corpusAssessment(const QString &fileName);

} // namespace granska::testing
