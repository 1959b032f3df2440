#include "TextOutput.h"

#include "preservation/PreservationVerdict.h"

#include <QCoreApplication>
#include <QLocale>

namespace granska::cli {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::cli::Text)
};

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : Tr::tr("not given");
}

QString integrityText(Integrity integrity)
{
    switch (integrity) {
    case Integrity::Intact: return Tr::tr("intact");
    case Integrity::Broken: return Tr::tr("BROKEN");
    case Integrity::Unverifiable: break;
    }
    return Tr::tr("cannot be verified");
}

QString pdfaLine(const PdfaResult &pdfa)
{
    QString claim = pdfa.claim.isPresent() ? Tr::tr("claims PDF/A-%1").arg(pdfa.claim.flavour().toUpper())
                                           : Tr::tr("no PDF/A claim");
    if (pdfa.profile.isEmpty())
        return claim + QStringLiteral("; ") + pdfa.note;
    QString verdict;
    if (!pdfa.compliant.has_value())
        verdict = pdfa.note;
    else if (*pdfa.compliant)
        verdict = Tr::tr("compliant (%n rule(s) checked)", nullptr, pdfa.rulesChecked);
    else
        verdict = Tr::tr("NOT compliant, %n rule(s) failed", nullptr, int(pdfa.violations.size()));
    return Tr::tr("%1; validated as PDF/A-%2: %3").arg(claim, pdfa.profile.toUpper(), verdict);
}

// "Preservation: Needs review", then why: the reason of each requirement not met or to review,
// one line each (the reasons name what they are about; --json gives the whole checklist).
void writePreservation(QTextStream &s, const PreservationVerdict &verdict)
{
    s << "  " << Tr::tr("Preservation: %1").arg(readinessText(verdict.readiness)) << '\n';
    for (CheckState state : {CheckState::Fail, CheckState::Warning}) {
        for (const PreservationCheck &c : verdict.checks) {
            if (c.state == state)
                s << "    " << Tr::tr("%1: %2").arg(checkStateText(c.state), c.reason) << '\n';
        }
    }
}

} // namespace

QString firstForbidden(const SignatureInfo &signature)
{
    for (const ModificationInfo &m : signature.modifications)
        if (!m.permitted)
            return QStringLiteral("%1 (%2)").arg(m.description, Tr::tr("revision %1").arg(m.revision));
    return {};
}

QString formatText(const Assessment &a, bool showPersonalData)
{
    QString text;
    QTextStream s(&text);
    s << a.file << '\n';
    if (a.status == AssessmentStatus::Error) {
        s << "  " << Tr::tr("ERROR: %1").arg(a.error) << '\n';
        if (!a.identity.sha256.isEmpty())
            s << "  SHA-256    " << a.identity.sha256 << '\n';
        writePreservation(s, preservationVerdict(a));
        return text;
    }
    const DocumentIdentity &id = a.identity;
    s << "  SHA-256    " << id.sha256 << '\n';
    s << "  " << Tr::tr("Document   PDF %1, %n page(s), %2 bytes", nullptr, id.pageCount).arg(id.pdfVersion).arg(id.size);
    s << ", " << Tr::tr("%n revision(s)", nullptr, int(a.revisions.size())) << '\n';
    if (!id.producer.isEmpty() || !id.creator.isEmpty())
        s << "  " << Tr::tr("Made by    %1").arg(QStringList{id.creator, id.producer}.join(QStringLiteral(" / "))) << '\n';
    if (id.encrypted)
        s << "  " << Tr::tr("Encrypted  %1").arg(id.encryption) << '\n';
    s << "  PDF/A      " << pdfaLine(a.pdfa) << '\n';
    for (const RuleViolation &v : a.pdfa.violations)
        s << "    " << v.ruleId() << QStringLiteral(" (×%1): ").arg(v.count) << v.message << '\n';

    if (a.signatures.isEmpty())
        s << "  " << Tr::tr("Signatures none") << '\n';
    int n = 0;
    for (const SignatureInfo &sig : a.signatures) {
        ++n;
        const QString kind = sig.kind == SignatureKind::DocumentTimestamp ? Tr::tr("Document timestamp") : Tr::tr("Signature");
        s << "  " << QStringLiteral("%1 %2 \"%3\"").arg(kind).arg(n).arg(sig.field) << " [" << sig.subFilter << "]\n";
        s << "    " << Tr::tr("Integrity: %1 — %2").arg(integrityText(sig.integrity), sig.integrityDetail) << '\n';
        if (sig.validationTime.isValid()) {
            const QString indication = sig.subIndication.isEmpty() ? toString(sig.indication)
                                                                   : QStringLiteral("%1 / %2").arg(toString(sig.indication), sig.subIndication);
            s << "    " << Tr::tr("Validity:  %1 — %2").arg(indication, sig.indicationDetail) << '\n';
        }
        if (!sig.level.isEmpty() || !sig.qualification.isEmpty())
            s << "    " << Tr::tr("Level:     %1; qualification: %2")
                                 .arg(sig.level.isEmpty() ? Tr::tr("no PAdES baseline level") : QStringLiteral("PAdES %1").arg(sig.level),
                                      sig.qualification.isEmpty() ? Tr::tr("not determined") : sig.qualification)
              << '\n';
        if (sig.signer) {
            QString subject = sig.signer->subject;
            if (!showPersonalData && sig.personalNumber.isPresent() && !sig.personalNumber.masked.isEmpty())
                subject.replace(sig.personalNumber.value, sig.personalNumber.masked);
            s << "    " << Tr::tr("Signer:    %1").arg(subject) << '\n';
            s << "    " << Tr::tr("Issuer:    %1").arg(sig.signer->issuer) << '\n';
            s << "    " << Tr::tr("Serial:    %1, valid %2 to %3").arg(sig.signer->serialNumber, time(sig.signer->notBefore), time(sig.signer->notAfter)) << '\n';
        }
        s << "    " << Tr::tr("Signed at: %1 (claimed by the signer)").arg(time(sig.claimedSigningTime.isValid() ? sig.claimedSigningTime : sig.cmsSigningTime)) << '\n';
        const QString coverage = sig.coversWholeDocument
                                     ? Tr::tr("the whole file")
                                     : (sig.revision > 0 ? Tr::tr("revision %1 of %2; the file was changed after signing").arg(sig.revision).arg(a.revisions.size())
                                                         : Tr::tr("a part of the file that ends at no revision"));
        s << "    " << Tr::tr("Covers:    %1").arg(coverage) << '\n';
        if (sig.modificationsAfter == QLatin1String("permitted"))
            s << "    " << Tr::tr("Changes:   %n later change(s), all permitted", nullptr, int(sig.modifications.size())) << '\n';
        else if (sig.modificationsAfter == QLatin1String("not-permitted"))
            s << "    " << Tr::tr("Changes:   NOT PERMITTED — %1").arg(firstForbidden(sig)) << '\n';
    }
    for (const Finding &f : a.findings)
        s << "  " << (f.severity == Severity::Error ? Tr::tr("Error:") : f.severity == Severity::Warning ? Tr::tr("Warning:") : Tr::tr("Note:"))
          << ' ' << f.message << '\n';
    writePreservation(s, preservationVerdict(a));
    return text;
}

} // namespace granska::cli
