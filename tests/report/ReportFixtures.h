// Assessments for the report tests: built in code (every field the report shows, with values that
// are easy to look for), or made by the engine from corpus files.
#pragma once

#include "assessment/Assessment.h"

#include <optional>

namespace granska::testing {

// A document with everything: PDF/A violations in mixed clause order, an intact signature, a
// broken one, a document timestamp that cannot be verified, four revisions and findings.
Assessment richAssessment();

// A clean, signed PDF/A document with nothing to report: one qualified signature (QES, PAdES
// B-LTA) that passed validation, with a chain to a trusted list, a signature timestamp, OCSP and
// CRL answers in the DSS, and two permitted changes after it (validation data, a document
// timestamp). The signer's certificate carries the personal identity number kPersonalNumber.
Assessment cleanAssessment();

// The personal identity number in cleanAssessment()'s signer certificate, as the engine finds it,
// and how it is masked.
inline constexpr char kPersonalNumber[] = "PNOSE-197803154280";
inline constexpr char kPersonalNumberMasked[] = "PNOSE-19780315-****";

// Signature validation outcomes, each a variation of cleanAssessment()'s one signature:
// INDETERMINATE / TRY_LATER (no revocation information, PAdES B-T, nothing changed after);
Assessment indeterminateAssessment();
// TOTAL-FAILED / HASH_FAILURE (the signed bytes changed);
Assessment failedValidationAssessment();
// a qualified electronic seal of an organisation (QESeal), no personal data;
Assessment sealAssessment();
// a certification signature (P=1) followed by an annotation it does not permit: TOTAL-FAILED,
// with the personal number also written in the certificate's common name;
Assessment notPermittedAssessment();

// cleanAssessment() as recorded before Granska validated signatures: integrity only.
Assessment unvalidatedAssessment();

// Document metadata that tries to inject HTML: <script>, ampersands, a bold tag, controls.
Assessment hostileAssessment();

// A file that could not be assessed at all.
Assessment failedAssessment();

// The engine's assessment of a file of the shared signed corpus; empty when the file is absent.
std::optional<Assessment> corpusAssessment(const QString &fileName);

} // namespace granska::testing
