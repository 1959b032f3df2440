// Words, dates and numbers as the assessment report shows them, in the current UI language
// (QLocale() follows the language chosen by installTranslations()).
#pragma once

#include "assessment/Assessment.h"

#include <QDateTime>
#include <QString>

namespace granska::report {

// The colour family a status is shown in. Always paired with words: colour alone says nothing
// to a reader of a black-and-white copy or with impaired colour vision.
enum class Tone { Good, Bad, Caution, Neutral };

// "13 February 2020 21:05:47 UTC"; "not given" when invalid.
QString utcDateTime(const QDateTime &time);
// The same moment in local time with the offset: "13 February 2020 22:05:47 (UTC+01:00)".
QString localDateTime(const QDateTime &time);
// UTC, followed by local time in brackets when the local offset differs from UTC.
QString utcAndLocalDateTime(const QDateTime &time);

QString byteCount(qint64 bytes);     // "83,580 bytes (81.6 KiB)"
QString duration(qint64 milliseconds); // "412 ms", "3.5 s", "2 min 5 s"
QString yesNo(bool value);

QString integrityWord(Integrity integrity); // "Intact", "Broken", "Cannot be verified"
Tone integrityTone(Integrity integrity);
QString kindWord(SignatureKind kind);       // "Signature", "Seal", "Document timestamp"
QString severityWord(Severity severity);    // "Error", "Warning", "Note"
Tone severityTone(Severity severity);
QString flavourName(const QString &flavour); // "2b" -> "PDF/A-2B"
QString claimText(const PdfaClaim &claim);   // "PDF/A-2B (part 2, conformance B)" or "none"

// "Signature 2 “Signature2”": how the report names one signature everywhere.
QString signatureName(const SignatureInfo &signature, int number);

// Orders PDF/A clauses as numbers ("6.2.9" before "6.2.11"), then by test.
bool clauseLessThan(const RuleViolation &a, const RuleViolation &b);

// A distinguished name with a space after each separating comma ("C=SE, O=Kommun, CN=Anna"), so
// that it reads, and wraps, between its parts. Escaped commas inside values stay as they are.
QString readableDistinguishedName(const QString &dn);

// The common name (CN) in a distinguished name, unescaped; empty when it has none.
QString commonNameOf(const QString &dn);

// "object 12, page 3, font Helvetica" for one place.
QString locationText(const ObjectLocation &location);

} // namespace granska::report
