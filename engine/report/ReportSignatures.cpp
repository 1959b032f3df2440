// The Signatures section. For each signature, seal or document timestamp, under a heading with its
// conclusion: the validation (ETSI EN 319 102-1 conclusion, kind, qualification, PAdES level,
// times, trust, changes after signing), then what was signed and by whom, then the certificate
// chain, the timestamps, the revocation information and the changes after signing, each as a
// small table, as the EU DSS validation report and Acrobat's signature properties show them.
#include "ReportHtml.h"
#include "ReportSections.h"
#include "ReportSignatureWords.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace granska::report {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::AssessmentReport)
};

const QString kBreak = QStringLiteral("<br/>");

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// Untrusted text in the greyed style, for explanations that follow a value.
QString mutedText(const QString &untrusted)
{
    return QStringLiteral("<span class=\"muted\">%1</span>").arg(text(untrusted));
}

QString capitalised(const QString &clause)
{
    return clause.left(1).toUpper() + clause.mid(1);
}

QString commonNameOrSubject(const CertificateInfo &c)
{
    if (!c.commonName.isEmpty())
        return c.commonName;
    return c.subject.isEmpty() ? Tr::tr("unnamed certificate") : readableDistinguishedName(c.subject);
}

bool validated(const SignatureInfo &s)
{
    return hasValidationResult(s);
}

// --- Validation ---------------------------------------------------------------------------------

QString conclusionHtml(const SignatureInfo &s)
{
    const Conclusion conclusion = conclusionOf(s);
    QString html = badge(conclusionWord(conclusion), conclusionTone(conclusion));
    const QString reason = conclusionReason(s);
    if (!reason.isEmpty())
        html += QLatin1Char(' ') + QStringLiteral("<b>%1</b>").arg(text(capitalised(reason) + QLatin1Char('.')));
    if (!validated(s)) {
        return html + kBreak
               + text(Tr::tr("This assessment holds no validation result for the signature: only its integrity was checked."));
    }
    // The engine's detail often says more than the reason (which digest, which date); when it
    // says the same, once is enough.
    const auto sentence = [](const QString &words) { return words.trimmed().remove(QRegularExpression(QStringLiteral("\\.$"))).toLower(); };
    if (!s.indicationDetail.isEmpty() && sentence(s.indicationDetail) != sentence(reason))
        html += kBreak + text(s.indicationDetail);
    return html + kBreak + mutedText(Tr::tr("ETSI EN 319 102-1: %1").arg(etsiIndication(s)));
}

QString kindHtml(const SignatureInfo &s)
{
    switch (s.kind) {
    case SignatureKind::Seal:
        return text(Tr::tr("Electronic seal: the certificate is issued to an organisation, not to a person."));
    case SignatureKind::DocumentTimestamp:
        return text(Tr::tr("Document timestamp: a timestamp authority vouches that the document existed in this form at the time stamped."));
    case SignatureKind::Signature:
        break;
    }
    return text(Tr::tr("Electronic signature by a person."));
}

QString signedByLabel(SignatureKind kind)
{
    switch (kind) {
    case SignatureKind::Seal: return Tr::tr("Sealed by");
    case SignatureKind::DocumentTimestamp: return Tr::tr("Stamped by");
    case SignatureKind::Signature: break;
    }
    return Tr::tr("Signed by");
}

QString qualificationHtml(const SignatureInfo &s)
{
    QString html = s.qualification.isEmpty()
                       ? muted(Tr::tr("not determined"))
                       : badge(s.qualification, qualificationTone(s.qualification)) + QLatin1Char(' ')
                             + text(qualificationWords(s.qualification, s.kind));
    if (!s.qualificationDetail.isEmpty())
        html += kBreak + text(s.qualificationDetail);
    return html;
}

QString levelHtml(const SignatureInfo &s)
{
    QString html = s.level.isEmpty() ? text(Tr::tr("None: not a PAdES baseline signature"))
                                     : QStringLiteral("<b>%1</b> ").arg(text(Tr::tr("PAdES %1").arg(s.level))) + text(levelWords(s.level));
    if (!s.levelMissing.isEmpty())
        html += kBreak + text(s.level.isEmpty() ? s.levelMissing : Tr::tr("Next level: %1").arg(s.levelMissing));
    return html;
}

QString bestTimeHtml(const SignatureInfo &s)
{
    if (!s.bestSignatureTime.isValid())
        return muted(Tr::tr("not given"));
    const bool proven = s.validationTime.isValid() && s.bestSignatureTime < s.validationTime;
    return text(utcDateTime(s.bestSignatureTime)) + kBreak
           + mutedText(proven ? Tr::tr("The earliest time a trusted timestamp proves the signature existed.")
                              : Tr::tr("Nothing proves the signature existed before the validation time."));
}

QString trustAnchorHtml(const SignatureInfo &s)
{
    if (!s.trustAnchor.isEmpty())
        return text(s.trustAnchor);
    QString html = badge(Tr::tr("No trusted chain"), Tone::Caution);
    if (!s.chain.isEmpty())
        html += QLatin1Char(' ') + text(Tr::tr("The chain ends at %1, which is not a trusted certificate.").arg(commonNameOrSubject(s.chain.last())));
    return html;
}

QString validationDataHtml(const SignatureInfo &s)
{
    return text(s.validationDataEmbedded
                    ? Tr::tr("Yes: revocation information for the certificate chain is in the document, so the signature can be "
                             "validated later without going online.")
                    : Tr::tr("No: validating the signature later needs revocation information from the certificate issuers, which "
                             "may by then no longer be available."));
}

QString changesAfterHtml(const SignatureInfo &s)
{
    const QString word = modificationsAfterWord(s.modificationsAfter);
    if (word.isEmpty())
        return muted(Tr::tr("not determined"));
    const int total = int(s.modifications.size());
    const int refused = int(std::count_if(s.modifications.begin(), s.modifications.end(), [](const ModificationInfo &m) { return !m.permitted; }));
    QString explanation;
    if (s.modificationsAfter == QLatin1String("none"))
        explanation = Tr::tr("Nothing was changed after this signature.");
    else if (refused > 0)
        explanation = Tr::tr("%1 of %n change(s) made after signing are not permitted by the signature; see the list below.", nullptr, total).arg(refused);
    else
        explanation = Tr::tr("%n change(s) made after signing, all of a kind the signature permits; see the list below.", nullptr, total);
    return badge(word, modificationsAfterTone(s.modificationsAfter)) + QLatin1Char(' ') + text(explanation);
}

QString warningsHtml(const QStringList &warnings)
{
    QStringList lines;
    for (const QString &warning : warnings)
        lines << badge(Tr::tr("Warning"), Tone::Caution) + QLatin1Char(' ') + text(warning);
    return lines.join(kBreak);
}

QString validationTable(const SignatureInfo &s)
{
    FieldTable table;
    table.add(Tr::tr("Result"), conclusionHtml(s));
    table.add(Tr::tr("Kind"), kindHtml(s));
    table.add(signedByLabel(s.kind), s.signer ? QStringLiteral("<b>%1</b>").arg(text(commonNameOrSubject(*s.signer)))
                                              : muted(Tr::tr("no certificate found in the signature")));
    if (s.kind != SignatureKind::DocumentTimestamp) {
        table.add(Tr::tr("Qualification"), qualificationHtml(s));
        table.add(Tr::tr("PAdES level"), levelHtml(s));
        if (s.certificationLevel > 0)
            table.add(Tr::tr("Certification"), text(certificationWords(s.certificationLevel)));
    }
    if (validated(s)) {
        table.add(Tr::tr("Validation time"), text(utcDateTime(s.validationTime)));
        table.add(Tr::tr("Best signature time"), bestTimeHtml(s));
        table.add(Tr::tr("Trust anchor"), trustAnchorHtml(s));
        table.add(Tr::tr("Validation data embedded"), validationDataHtml(s));
    }
    table.add(Tr::tr("Changes after signing"), changesAfterHtml(s));
    if (!s.warnings.isEmpty())
        table.add(Tr::tr("Warnings"), warningsHtml(s.warnings));
    return table.html(text(Tr::tr("Validation")));
}

// --- Signer and signed data --------------------------------------------------------------------

QString certificateHtml(const CertificateInfo &certificate)
{
    const QString name = certificate.commonName.isEmpty() ? QString() : QStringLiteral("<b>%1</b><br/>").arg(text(certificate.commonName));
    return name + text(readableDistinguishedName(certificate.subject));
}

QString personalNumberHtml(const PersonalIdentifier &person)
{
    const bool masked = person.value == person.masked;
    QStringList about;
    if (!person.type.isEmpty())
        about << person.type;
    if (!person.field.isEmpty())
        about << Tr::tr("in the certificate's %1").arg(person.field);
    QString html = code(person.value);
    if (!about.isEmpty())
        html += QLatin1Char(' ') + mutedText(QStringLiteral("(%1)").arg(about.join(QStringLiteral(", "))));
    return html + kBreak
           + mutedText(masked ? Tr::tr("Masked: personal data are shown in full only when asked for.")
                              : Tr::tr("Shown in full, as asked for: this report holds personal data."));
}

QString coverageHtml(const SignatureInfo &s, int revisionCount)
{
    if (s.revision <= 0)
        return badge(Tr::tr("Unknown"), Tone::Caution) + QLatin1Char(' ')
               + text(Tr::tr("The signed byte range does not end where a revision ends."));
    if (s.coversWholeDocument)
        return badge(Tr::tr("Whole file"), Tone::Good) + QLatin1Char(' ')
               + text(Tr::tr("Revision %1 of %2: nothing was added after signing.").arg(s.revision).arg(revisionCount));
    if (s.revision >= revisionCount)
        return badge(Tr::tr("Partly unsigned"), Tone::Caution) + QLatin1Char(' ')
               + text(Tr::tr("Revision %1 of %2, to the end of the file, but the byte range leaves more than the signature value "
                             "unsigned.").arg(s.revision).arg(revisionCount));
    // Later revisions are not in themselves a fault: the validation's "Changes after signing"
    // says whether they are of a permitted kind.
    const Tone tone = s.modificationsAfter == QLatin1String("permitted") ? Tone::Neutral : Tone::Caution;
    return badge(Tr::tr("Changed after signing"), tone) + QLatin1Char(' ')
           + text(Tr::tr("Revision %1 of %2; %n revision(s) were added later.", nullptr, revisionCount - s.revision)
                      .arg(s.revision)
                      .arg(revisionCount));
}

QString signingTimeHtml(const QDateTime &time, const QString &raw)
{
    if (time.isValid())
        return text(utcAndLocalDateTime(time));
    if (!raw.isEmpty())
        return text(Tr::tr("%1 (not a readable date)").arg(raw));
    return muted(Tr::tr("not given"));
}

QString byteRangeText(const QList<qint64> &range)
{
    QStringList parts;
    for (qint64 value : range)
        parts << QString::number(value);
    return QStringLiteral("[%1]").arg(parts.join(QLatin1Char(' ')));
}

QString signedDataTable(const SignatureInfo &s, int revisionCount)
{
    FieldTable table;
    table.add(Tr::tr("Integrity"), badge(integrityWord(s.integrity), integrityTone(s.integrity))
                                       + (s.integrityDetail.isEmpty() ? QString() : kBreak + text(s.integrityDetail)));
    table.add(Tr::tr("Format (SubFilter)"),
              s.subFilter.isEmpty() ? muted(Tr::tr("not given")) : text(s.subFilter + (s.filter.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.filter))));
    if (s.signer) {
        const CertificateInfo &c = *s.signer;
        table.add(s.kind == SignatureKind::DocumentTimestamp ? Tr::tr("Timestamp authority") : Tr::tr("Signer's certificate"), certificateHtml(c));
        if (s.personalNumber.isPresent())
            table.add(Tr::tr("Personal identity number"), personalNumberHtml(s.personalNumber));
        table.add(Tr::tr("Issuer"), text(readableDistinguishedName(c.issuer)));
        table.add(Tr::tr("Serial number"), code(c.serialNumber));
        table.add(Tr::tr("Certificate valid"), text(Tr::tr("from %1 to %2").arg(utcDateTime(c.notBefore), utcDateTime(c.notAfter))));
        table.addIfGiven(Tr::tr("Public key"), c.publicKey);
        if (!c.sha256Fingerprint.isEmpty())
            table.add(Tr::tr("Certificate SHA-256"), code(c.sha256Fingerprint));
    } else {
        table.add(Tr::tr("Signer's certificate"), muted(Tr::tr("no signer certificate found in the signature")));
    }
    table.addIfGiven(Tr::tr("Name given (/Name)"), s.signerName);
    if (s.kind != SignatureKind::DocumentTimestamp)
        table.add(Tr::tr("Claimed signing time (/M)"), signingTimeHtml(s.claimedSigningTime, s.claimedSigningTimeRaw));
    table.add(s.kind == SignatureKind::DocumentTimestamp ? Tr::tr("Time stamped") : Tr::tr("Signing time in the CMS"),
              signingTimeHtml(s.cmsSigningTime, QString()));
    if (s.kind != SignatureKind::DocumentTimestamp) {
        table.addOrNotGiven(Tr::tr("Reason"), s.reason);
        table.addOrNotGiven(Tr::tr("Location"), s.location);
        table.addOrNotGiven(Tr::tr("Contact"), s.contactInfo);
    }
    table.add(Tr::tr("Revision signed"), coverageHtml(s, revisionCount));
    table.add(Tr::tr("Byte range"), code(byteRangeText(s.byteRange)));
    table.addOrNotGiven(Tr::tr("Digest algorithm"), s.digestAlgorithm);
    table.addOrNotGiven(Tr::tr("Signature algorithm"), s.signatureAlgorithm);
    table.add(Tr::tr("Appearance"), text(s.visible && s.page > 0 ? Tr::tr("Visible on page %1").arg(s.page) : Tr::tr("Not visible")));
    if (s.certificates.size() > 1)
        table.add(Tr::tr("Certificates embedded"), text(number(s.certificates.size())));
    return table.html(text(s.kind == SignatureKind::DocumentTimestamp ? Tr::tr("Timestamp and stamped data") : Tr::tr("Signer and signed data")));
}

// --- Chain, timestamps, revocation, changes ------------------------------------------------------

QString chainRoleHtml(const SignatureInfo &s, int index)
{
    const int last = int(s.chain.size()) - 1;
    if (index == last && !s.trustAnchor.isEmpty())
        return badge(Tr::tr("Trust anchor"), Tone::Good);
    if (index == last && index > 0) {
        const CertificateInfo &c = s.chain[index];
        return badge(c.subject == c.issuer ? Tr::tr("Root, not trusted") : Tr::tr("Issuer not found"), Tone::Caution);
    }
    if (index == 0) {
        const QString role = s.kind == SignatureKind::DocumentTimestamp ? Tr::tr("Timestamp authority")
                             : s.kind == SignatureKind::Seal            ? Tr::tr("Seal certificate")
                                                                        : Tr::tr("Signer's certificate");
        return muted(role);
    }
    return muted(Tr::tr("Issuing authority"));
}

QString validityHtml(const CertificateInfo &c, const QDateTime &validationTime)
{
    // One date a line: the two fit the column without breaking inside a date.
    QString html = text(Tr::tr("from %1").arg(utcDateTime(c.notBefore))) + kBreak + text(Tr::tr("to %1").arg(utcDateTime(c.notAfter)));
    if (validationTime.isValid() && c.notAfter.isValid() && c.notAfter < validationTime)
        html += kBreak + mutedText(Tr::tr("expired before the validation time"));
    else if (validationTime.isValid() && c.notBefore.isValid() && validationTime < c.notBefore)
        html += kBreak + mutedText(Tr::tr("not yet valid at the validation time"));
    return html;
}

QString chainTable(const SignatureInfo &s)
{
    GridTable table({Tr::tr("Certificate"), Tr::tr("Issued by"), Tr::tr("Serial number"), Tr::tr("Valid"), Tr::tr("Key")},
                    {23, 17, 13, 35, 12});
    for (int i = 0; i < s.chain.size(); ++i) {
        const CertificateInfo &c = s.chain[i];
        const QString issuer = commonNameOf(c.issuer);
        table.addRow({QStringLiteral("<b>%1</b>").arg(text(commonNameOrSubject(c))) + kBreak + chainRoleHtml(s, i),
                      text(issuer.isEmpty() ? readableDistinguishedName(c.issuer) : issuer), code(c.serialNumber),
                      validityHtml(c, s.validationTime), c.publicKey.isEmpty() ? muted(Tr::tr("not given")) : text(c.publicKey)});
    }
    return table.html(text(Tr::tr("Certificate chain")), muted(Tr::tr("No chain: the signer's certificate is not in the signature.")));
}

QString timestampsTable(const SignatureInfo &s)
{
    GridTable table({Tr::tr("Type"), Tr::tr("Time"), Tr::tr("Authority"), Tr::tr("Integrity"), Tr::tr("Trusted")}, {22, 24, 24, 15, 15});
    for (const TimestampInfo &t : s.timestamps) {
        QString type = t.type == TimestampInfo::Type::Document
                           ? text(t.revision > 0 ? Tr::tr("Document timestamp (revision %1)").arg(t.revision) : Tr::tr("Document timestamp"))
                           : text(Tr::tr("Signature timestamp"));
        if (!t.digestAlgorithm.isEmpty())
            type += kBreak + mutedText(t.digestAlgorithm);
        const QString authority = t.authority ? text(commonNameOrSubject(*t.authority)) : muted(Tr::tr("not given"));
        QString integrity = badge(integrityWord(t.integrity), integrityTone(t.integrity));
        if (t.integrity != Integrity::Intact && !t.detail.isEmpty())
            integrity += kBreak + mutedText(t.detail);
        table.addRow({type, text(utcDateTime(t.time)), authority, integrity,
                      badge(t.trusted ? Tr::tr("Trusted") : Tr::tr("Not trusted"), t.trusted ? Tone::Good : Tone::Caution)});
    }
    const QString none = s.kind == SignatureKind::DocumentTimestamp
                             ? Tr::tr("None.")
                             : Tr::tr("None: only the signer's own claim tells when the signature was made.");
    return table.html(text(Tr::tr("Timestamps")), muted(none));
}

QString revocationTable(const QList<RevocationInfo> &revocation)
{
    GridTable table({Tr::tr("Certificate"), Tr::tr("Type"), Tr::tr("Found in"), Tr::tr("Status"), Tr::tr("Issued"), Tr::tr("Next update")},
                    {20, 8, 18, 18, 18, 18});
    for (const RevocationInfo &r : revocation) {
        QString status = badge(revocationStatusWord(r.status), revocationStatusTone(r.status));
        if (r.revocationTime.isValid())
            status += kBreak + text(Tr::tr("revoked on %1").arg(utcDateTime(r.revocationTime)));
        // "Not revoked" says it all; for the other answers the detail says why.
        if (!r.detail.isEmpty() && r.status != QLatin1String("good"))
            status += kBreak + mutedText(r.detail);
        table.addRow({text(r.certificate), text(r.kind), text(r.source), status, text(utcDateTime(r.producedAt)),
                      r.nextUpdate.isValid() ? text(utcDateTime(r.nextUpdate)) : muted(Tr::tr("not given"))});
    }
    return table.html(text(Tr::tr("Revocation information")),
                      muted(Tr::tr("None found in the signature or the document.")));
}

QString modificationsTable(const QList<ModificationInfo> &modifications)
{
    GridTable table({Tr::tr("Revision"), Tr::tr("Change"), Tr::tr("What changed"), Tr::tr("Permitted")}, {12, 20, 55, 13});
    for (const ModificationInfo &m : modifications) {
        table.addRow({text(number(m.revision)), text(modificationKindWord(m.kind)), text(m.description),
                      badge(yesNo(m.permitted), m.permitted ? Tone::Good : Tone::Bad)});
    }
    return table.html(text(Tr::tr("Changes after signing")));
}

QString signatureBlock(const SignatureInfo &s, int ordinal, int revisionCount)
{
    const Conclusion conclusion = conclusionOf(s);
    QString html = subHeadingHtml(text(signatureName(s, ordinal)) + QStringLiteral("&nbsp;&nbsp;")
                                  + badge(conclusionWord(conclusion), conclusionTone(conclusion)));
    html += validationTable(s) + signedDataTable(s, revisionCount);
    if (validated(s) || !s.chain.isEmpty())
        html += chainTable(s);
    if (validated(s) || !s.timestamps.isEmpty())
        html += timestampsTable(s);
    if (validated(s) || !s.revocation.isEmpty())
        html += revocationTable(s.revocation);
    if (!s.modifications.isEmpty())
        html += modificationsTable(s.modifications);
    return html;
}

} // namespace

QString signaturesSection(const Assessment &a)
{
    QString html = sectionHeading(Tr::tr("Signatures"));
    if (a.signatures.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(text(Tr::tr("The document has no signatures or document timestamps.")));
    for (int i = 0; i < a.signatures.size(); ++i)
        html += signatureBlock(a.signatures[i], i + 1, int(a.revisions.size()));
    return html
           + QStringLiteral("<p class=\"note\">%1</p>")
                 .arg(text(Tr::tr("Each signature is validated as ETSI EN 319 102-1 describes. Passed (TOTAL-PASSED): the signature is "
                                  "intact, its certificate chain reaches a trusted certificate and no certificate was revoked. "
                                  "Indeterminate: the signature is not known to be broken, but the information needed to confirm it "
                                  "is missing, for example revocation information or a trusted chain. Failed (TOTAL-FAILED): the "
                                  "signature is not valid, for example because the signed bytes changed.")));
}

} // namespace granska::report
