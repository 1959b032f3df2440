// The validation sections of a signature's details, each a block of rich text: the conclusion in
// the ETSI terms with level and qualification, the timestamps, the embedded validation data, and the
// changes made after signing. DetailsHtml puts them together; the signature details view shows
// them on their tabs.
#pragma once

#include "assessment/Assessment.h"

#include <QString>

namespace granska {

// A label/value table that keeps the labels in one narrow grey column. Values are rich text,
// already escaped.
class HtmlTable {
public:
    void section(const QString &title);
    void row(const QString &label, const QString &valueHtml);
    bool isEmpty() const { return m_html.isEmpty(); }
    QString html() const;

private:
    QString m_html;
};

QString htmlEscaped(const QString &text);
QString greyHtml(const QString &html); // secondary text
QString orDash(const QString &text);   // escaped text, or a grey dash when there is none
// A distinguished name one attribute a line (escaped commas kept), or a dash when empty.
QString distinguishedNameHtml(const QString &dn);
// Long hexadecimal strings (fingerprints, serials) in groups of eight, so that they wrap and can be
// read aloud.
QString groupedHex(const QString &hex);
// "good" -> "good (not revoked)", and so on for an OCSP response's or CRL's status.
QString revocationStatusText(const QString &status);
// The image URL DetailsHtml registers for an integrity state (see addDetailsResources()).
QString integrityImageUrl(Integrity integrity);

// The link that shows or hides the personal number in the details.
inline constexpr const char *kShowPersonalNumberLink = "granska:show-personal-number";
inline constexpr const char *kHidePersonalNumberLink = "granska:hide-personal-number";

// Validation time and proof of existence, trust anchor, PAdES level and what the next level needs,
// qualification (QES, QESeal, AdES-QC, AdES) and signature or seal, the personal identifier
// (masked unless `showPersonalNumber`), warnings.
void addValidationRows(HtmlTable &table, const SignatureInfo &signature, bool showPersonalNumber);
// Certification level, what changed and, per modification, its kind, whether it is permitted and why.
void addChangesRows(HtmlTable &table, const SignatureInfo &signature);

// Signature timestamps and document timestamps: time, authority, imprint check, trust.
QString timestampsHtml(const SignatureInfo &signature);
// The OCSP responses and CRLs found (DSS, VRI, in the signature), per certificate of the chain.
QString validationDataHtml(const SignatureInfo &signature);

// The certificate with the personal identifier replaced by its masked form in the names that
// carry it (subject serialNumber, CN ...). Unchanged when `id` is absent.
CertificateInfo withPersonalNumberMasked(CertificateInfo certificate, const PersonalIdentifier &id);

QString modificationKindText(const QString &kind); // "form-fill" -> "form field filled in"
QString qualificationText(const QString &qualification); // "QES" -> "qualified electronic signature (QES)"

} // namespace granska
