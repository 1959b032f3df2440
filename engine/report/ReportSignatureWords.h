// How the report words a signature's validation: the ETSI EN 319 102-1 conclusion with a plain
// explanation, the kind (signature, seal, timestamp), eIDAS qualification, PAdES level, changes
// after signing and revocation status. Each status word has a tone, and the word always carries
// the meaning on its own.
#pragma once

#include "ReportFormat.h"

namespace granska::report {

// The report's reading of a signature. A signature whose bytes changed fails whatever else is
// recorded; one with no validation result (an assessment made before validation existed) is
// "not validated", and the report then falls back to its integrity.
enum class Conclusion { Passed, Indeterminate, Failed, NotValidated };

Conclusion conclusionOf(const SignatureInfo &signature);
// False for an assessment recorded before Granska validated signatures: then only the integrity
// is known.
bool hasValidationResult(const SignatureInfo &signature);
QString conclusionWord(Conclusion conclusion); // "Passed", "Indeterminate", "Failed", "Not validated"
Tone conclusionTone(Conclusion conclusion);

// The ETSI terms as written in a validation report: "TOTAL-PASSED", "INDETERMINATE / TRY_LATER";
// empty without a validation result.
QString etsiIndication(const SignatureInfo &signature);
// Why, in a few plain words that follow "Failed: " or "Indeterminate: ": "the signed bytes
// changed", "no revocation information is embedded". Empty when passed or not validated.
QString conclusionReason(const SignatureInfo &signature);
// "Passed", "Indeterminate: no revocation information is embedded (TRY_LATER)",
// "Failed: the signed bytes changed (HASH_FAILURE)".
QString conclusionSentence(const SignatureInfo &signature);

// "Electronic signature", "Electronic seal", "Document timestamp".
QString kindDescription(SignatureKind kind);

// "Qualified electronic signature", "Advanced electronic seal with a qualified certificate" ...;
// empty when the qualification was not determined.
QString qualificationWords(const QString &qualification, SignatureKind kind);
Tone qualificationTone(const QString &qualification);

// "B-LT" -> "Baseline with long-term validation data".
QString levelWords(const QString &level);

// Changes after signing as a whole ("none", "permitted", "not-permitted").
QString modificationsAfterWord(const QString &verdict); // "None", "Permitted changes", "Not permitted"; empty when unknown
Tone modificationsAfterTone(const QString &verdict);
// One change's kind: "validation-data" -> "Validation data added".
QString modificationKindWord(const QString &kind);

// DocMDP P: what a certification signature lets others change.
QString certificationWords(int level);

// "good" -> "Not revoked", "revoked" -> "Revoked" ...
QString revocationStatusWord(const QString &status);
Tone revocationStatusTone(const QString &status);

} // namespace granska::report
