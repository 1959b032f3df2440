// How Assessment values are put into words and classified for display. Shared by the models, the
// detail views and the window so that a signature or a PDF/A result reads the same everywhere.
#pragma once

#include "assessment/Assessment.h"

#include <QString>

namespace granska {

// Where one document stands in the window, from queued to a final result.
enum class DocumentStatus { Pending, Assessing, Clean, Problems, Error, Cancelled };

// The status a finished assessment earns: Error when it could not be assessed, Cancelled when the
// user stopped it, Problems when Assessment::hasProblems(), Clean otherwise.
DocumentStatus statusOf(const Assessment &assessment);
bool wasCancelled(const Assessment &assessment);

QString statusText(DocumentStatus status);
QString integrityText(Integrity integrity);   // "Intact", "Broken", "Unverifiable"
QString kindText(SignatureKind kind);         // "Signature", "Seal", "Document timestamp"
QString severityText(Severity severity);
QString indicationText(Indication indication); // "Passed", "Indeterminate", "Failed"
// How the ETSI indication compares with integrity, for choosing the same icons.
Integrity integrityLike(Indication indication);
// Whether the signature went through validation (ETSI EN 319 102-1) or only the integrity check:
// older assessments reopened from the history carry no validation result.
bool isValidated(const SignatureInfo &signature);
// The one status a signature is shown with: its validation conclusion when validated, else its
// integrity. "Passed", "Indeterminate", "Failed", or "Intact (not validated)" ...
QString signatureStatusText(const SignatureInfo &signature);
QString xrefKindText(const QString &kind); // the engine's "table", "stream", "unknown" in words

QString flavourName(const QString &flavour); // "2b" -> "PDF/A-2B"
QString pdfaSummary(const Assessment &assessment);      // "PDF/A-2B claimed, not verified"
QString signatureSummary(const Assessment &assessment); // "3 signatures: 1 passed, 2 indeterminate"

// The name to show for a signature: the signer's common name, else /Name, else the field.
QString signerDisplayName(const SignatureInfo &signature);
// Whether an OCSP response or CRL entry is about this certificate: by fingerprint, or by name for
// assessments stored before entries carried one.
bool isAbout(const RevocationInfo &entry, const CertificateInfo &certificate);
// "Covers the whole document" or "The document was changed after signing (revisions 3–4)".
QString coverageText(const SignatureInfo &signature, int revisionCount);
QString locationText(const ObjectLocation &location);

QString formatTimestamp(const QDateTime &time); // "2020-02-13 21:05:47 UTC"; "—" when invalid
QString formatByteCount(qint64 bytes);          // "83 580 bytes (81.6 KiB)"

} // namespace granska
