#include "Presentation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::Presentation)
};

} // namespace

bool wasCancelled(const Assessment &assessment)
{
    for (const Finding &f : assessment.findings) {
        if (f.code == QLatin1String("cancelled"))
            return true;
    }
    return false;
}

DocumentStatus statusOf(const Assessment &assessment)
{
    if (wasCancelled(assessment))
        return DocumentStatus::Cancelled;
    if (assessment.status == AssessmentStatus::Error)
        return DocumentStatus::Error;
    return assessment.hasProblems() ? DocumentStatus::Problems : DocumentStatus::Clean;
}

QString statusText(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Pending: return Tr::tr("Waiting");
    case DocumentStatus::Assessing: return Tr::tr("Assessing…");
    case DocumentStatus::Clean: return Tr::tr("No problems");
    case DocumentStatus::Problems: return Tr::tr("Problems");
    case DocumentStatus::Error: return Tr::tr("Not assessable");
    case DocumentStatus::Cancelled: return Tr::tr("Cancelled");
    }
    return {};
}

QString integrityText(Integrity integrity)
{
    switch (integrity) {
    case Integrity::Intact: return Tr::tr("Intact");
    case Integrity::Broken: return Tr::tr("Broken");
    case Integrity::Unverifiable: break;
    }
    return Tr::tr("Unverifiable");
}

QString kindText(SignatureKind kind)
{
    switch (kind) {
    case SignatureKind::Seal: return Tr::tr("Seal");
    case SignatureKind::DocumentTimestamp: return Tr::tr("Document timestamp");
    case SignatureKind::Signature: break;
    }
    return Tr::tr("Signature");
}

QString indicationText(Indication indication)
{
    switch (indication) {
    case Indication::TotalPassed: return Tr::tr("Passed");
    case Indication::TotalFailed: return Tr::tr("Failed");
    case Indication::Indeterminate: break;
    }
    return Tr::tr("Indeterminate");
}

Integrity integrityLike(Indication indication)
{
    switch (indication) {
    case Indication::TotalPassed: return Integrity::Intact;
    case Indication::TotalFailed: return Integrity::Broken;
    case Indication::Indeterminate: break;
    }
    return Integrity::Unverifiable;
}

bool isValidated(const SignatureInfo &signature)
{
    // Indeterminate is the default value: only a validation time, a sub-indication or another
    // conclusion shows that validation ran.
    return signature.validationTime.isValid() || !signature.subIndication.isEmpty()
        || signature.indication != Indication::Indeterminate;
}

QString signatureStatusText(const SignatureInfo &signature)
{
    if (isValidated(signature))
        return indicationText(signature.indication);
    switch (signature.integrity) {
    case Integrity::Intact: return Tr::tr("Intact (not validated)");
    case Integrity::Broken: return Tr::tr("Broken");
    case Integrity::Unverifiable: break;
    }
    return Tr::tr("Unverifiable");
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info: return Tr::tr("Information");
    case Severity::Error: return Tr::tr("Error");
    case Severity::Warning: break;
    }
    return Tr::tr("Warning");
}

QString xrefKindText(const QString &kind)
{
    if (kind == QLatin1String("table"))
        return Tr::tr("table");
    if (kind == QLatin1String("stream"))
        return Tr::tr("stream");
    if (kind == QLatin1String("unknown") || kind.isEmpty())
        return Tr::tr("unknown");
    return kind;
}

QString flavourName(const QString &flavour)
{
    if (flavour.isEmpty())
        return {};
    return QStringLiteral("PDF/A-%1").arg(flavour.toUpper());
}

QString pdfaSummary(const Assessment &a)
{
    if (a.status == AssessmentStatus::Error)
        return Tr::tr("not assessed");
    const PdfaResult &pdfa = a.pdfa;
    const QString claimed = flavourName(pdfa.claim.flavour());
    if (!pdfa.compliant.has_value()) {
        if (!pdfa.claim.isPresent())
            return Tr::tr("no PDF/A claim");
        return Tr::tr("%1 claimed, not verified").arg(claimed);
    }
    const bool compliant = *pdfa.compliant;
    if (pdfa.origin == ProfileOrigin::Claim || pdfa.profile == pdfa.claim.flavour()) {
        return compliant ? Tr::tr("%1, compliant").arg(claimed)
                         : Tr::tr("%1 claimed, not compliant (%n rule(s) failed)", nullptr, int(pdfa.violations.size())).arg(claimed);
    }
    const QString checked = flavourName(pdfa.profile);
    const QString verdict = compliant ? Tr::tr("checked as %1: compliant").arg(checked)
                                      : Tr::tr("checked as %1: not compliant").arg(checked);
    if (!pdfa.claim.isPresent())
        return Tr::tr("no PDF/A claim; %1").arg(verdict);
    return Tr::tr("%1 claimed; %2").arg(claimed, verdict);
}

QString signatureSummary(const Assessment &a)
{
    if (a.status == AssessmentStatus::Error)
        return Tr::tr("not assessed");
    const int total = int(a.signatures.size());
    if (total == 0)
        return Tr::tr("no signatures");
    // Counted by the status each signature is shown with, worst first. Document timestamps count
    // as signatures here; the signature tree tells them apart.
    int failed = 0, indeterminate = 0, passed = 0, intactOnly = 0, broken = 0, unverifiable = 0;
    for (const SignatureInfo &s : a.signatures) {
        if (isValidated(s)) {
            switch (s.indication) {
            case Indication::TotalFailed: ++failed; break;
            case Indication::Indeterminate: ++indeterminate; break;
            case Indication::TotalPassed: ++passed; break;
            }
            continue;
        }
        switch (s.integrity) {
        case Integrity::Intact: ++intactOnly; break;
        case Integrity::Broken: ++broken; break;
        case Integrity::Unverifiable: ++unverifiable; break;
        }
    }
    QStringList parts;
    if (failed)
        parts << Tr::tr("%1 failed").arg(failed);
    if (broken)
        parts << Tr::tr("%1 broken").arg(broken);
    if (indeterminate)
        parts << Tr::tr("%1 indeterminate").arg(indeterminate);
    if (unverifiable)
        parts << Tr::tr("%1 unverifiable").arg(unverifiable);
    if (passed)
        parts << Tr::tr("%1 passed").arg(passed);
    if (intactOnly)
        parts << Tr::tr("%1 intact (not validated)").arg(intactOnly);
    return Tr::tr("%n signature(s): %1", nullptr, total).arg(parts.join(QStringLiteral(", ")));
}

bool isAbout(const RevocationInfo &entry, const CertificateInfo &certificate)
{
    if (!entry.certificateSha256.isEmpty() && !certificate.sha256Fingerprint.isEmpty())
        return entry.certificateSha256.compare(certificate.sha256Fingerprint, Qt::CaseInsensitive) == 0;
    const QString name = certificate.commonName.isEmpty() ? certificate.subject : certificate.commonName;
    return entry.certificate == name;
}

QString signerDisplayName(const SignatureInfo &s)
{
    QString name;
    if (s.signer && !s.signer->commonName.isEmpty())
        name = s.signer->commonName;
    else if (!s.signerName.isEmpty())
        name = s.signerName;
    else if (s.signer && !s.signer->subject.isEmpty())
        name = s.signer->subject;
    else if (!s.field.isEmpty())
        name = s.field;
    else
        return Tr::tr("Unnamed signature");
    // A personal identity number is often part of the name; lists show it masked, and only the
    // signature's details offer to show it.
    if (s.personalNumber.isPresent() && !s.personalNumber.masked.isEmpty())
        name.replace(s.personalNumber.value, s.personalNumber.masked);
    return name;
}

QString coverageText(const SignatureInfo &s, int revisionCount)
{
    if (s.coversWholeDocument)
        return Tr::tr("Covers the whole document.");
    if (s.revision <= 0)
        return Tr::tr("The signed bytes do not end where any revision of the file ends.");
    if (s.revision < revisionCount) {
        if (s.revision + 1 == revisionCount)
            return Tr::tr("The document was changed after signing (revision %1).").arg(revisionCount);
        return Tr::tr("The document was changed after signing (revisions %1–%2).").arg(s.revision + 1).arg(revisionCount);
    }
    return Tr::tr("Ends at the last revision, but does not cover the whole file.");
}

QString locationText(const ObjectLocation &l)
{
    QStringList parts;
    if (l.page > 0)
        parts << Tr::tr("page %1").arg(l.page);
    if (l.objectNumber > 0)
        parts << Tr::tr("object %1 %2").arg(l.objectNumber).arg(l.generation);
    if (l.revision > 0)
        parts << Tr::tr("revision %1").arg(l.revision);
    if (!l.context.isEmpty())
        parts << l.context;
    if (parts.isEmpty())
        return Tr::tr("location unknown");
    return parts.join(QStringLiteral(", "));
}

QString formatTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString formatByteCount(qint64 bytes)
{
    const QLocale locale;
    const QString exact = Tr::tr("%1 bytes").arg(locale.toString(bytes));
    if (bytes < 1024)
        return exact;
    return QStringLiteral("%1 (%2)").arg(exact, locale.formattedDataSize(bytes));
}

} // namespace granska
