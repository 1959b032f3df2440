#include "DetailsHtml.h"

#include "Presentation.h"
#include "SignatureSectionsHtml.h"
#include "StatusIcons.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>
#include <QUrl>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::DetailsHtml)
};

QString commonNameOf(const QString &dn)
{
    for (const QString &part : distinguishedNameParts(dn)) {
        if (part.startsWith(QLatin1String("CN="), Qt::CaseInsensitive))
            return part.mid(3);
    }
    return dn;
}

QString validityHtml(const CertificateInfo &c)
{
    return Tr::tr("%1 to %2").arg(htmlEscaped(formatTimestamp(c.notBefore)), htmlEscaped(formatTimestamp(c.notAfter)));
}

void addCertificate(HtmlTable &t, const CertificateInfo &c)
{
    t.row(Tr::tr("Common name"), orDash(c.commonName));
    t.row(Tr::tr("Subject"), distinguishedNameHtml(c.subject));
    t.row(Tr::tr("Issuer"), distinguishedNameHtml(c.issuer));
    t.row(Tr::tr("Serial number"), orDash(c.serialNumber));
    t.row(Tr::tr("Valid"), validityHtml(c));
    t.row(Tr::tr("Public key"), orDash(c.publicKey));
    t.row(Tr::tr("SHA-256 fingerprint"), QStringLiteral("<tt>%1</tt>").arg(htmlEscaped(groupedHex(c.sha256Fingerprint))));
    if (!c.keyUsage.isEmpty())
        t.row(Tr::tr("Key usage"), htmlEscaped(c.keyUsage.join(QStringLiteral(", "))));
    if (!c.qcStatements.isEmpty())
        t.row(Tr::tr("Qualified statements"), htmlEscaped(c.qcStatements.join(QStringLiteral(", "))));
    if (!c.policies.isEmpty())
        t.row(Tr::tr("Policies"), htmlEscaped(c.policies.join(QStringLiteral(", "))));
}

QString embeddedCertificatesHtml(const QList<CertificateInfo> &certificates)
{
    QString html = QStringLiteral("<ol style='margin-left:16px; -qt-list-indent:0'>");
    for (const CertificateInfo &c : certificates) {
        const QString name = c.commonName.isEmpty() ? c.subject : c.commonName;
        html += QStringLiteral("<li><b>%1</b><br><span style='color:#5f6368'>%2<br>%3</span></li>")
                    .arg(htmlEscaped(name),
                         Tr::tr("issued by %1, serial %2").arg(htmlEscaped(commonNameOf(c.issuer)), htmlEscaped(c.serialNumber)),
                         Tr::tr("valid %1").arg(validityHtml(c)));
    }
    return html + QStringLiteral("</ol>");
}

QString widgetHtml(const SignatureInfo &s)
{
    if (s.page <= 0)
        return htmlEscaped(Tr::tr("no widget on any page"));
    if (s.visible)
        return htmlEscaped(Tr::tr("page %1, visible").arg(s.page));
    return htmlEscaped(Tr::tr("page %1, not visible (no appearance on the page)").arg(s.page));
}

QString byteRangeText(const QList<qint64> &range)
{
    QStringList numbers;
    for (qint64 n : range)
        numbers << QString::number(n);
    return QStringLiteral("[%1]").arg(numbers.join(QLatin1Char(' ')));
}

} // namespace

QStringList distinguishedNameParts(const QString &dn)
{
    QStringList parts;
    QString current;
    bool escaped = false;
    for (const QChar c : dn) {
        if (escaped) {
            current += c;
            escaped = false;
        } else if (c == QLatin1Char('\\')) {
            current += c;
            escaped = true;
        } else if (c == QLatin1Char(',')) {
            parts << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        parts << current.trimmed();
    parts.removeAll(QString());
    return parts;
}

void addDetailsResources(QTextDocument *document, int iconSize)
{
    for (Integrity integrity : {Integrity::Intact, Integrity::Broken, Integrity::Unverifiable}) {
        document->addResource(QTextDocument::ImageResource, QUrl(integrityImageUrl(integrity)),
                              integrityIcon(integrity).pixmap(iconSize, iconSize).toImage());
    }
}

QString signatureDetailsHtml(const Assessment &a, int signatureIndex, bool showPersonalNumber)
{
    if (signatureIndex < 0 || signatureIndex >= a.signatures.size())
        return {};
    const SignatureInfo &s = a.signatures.at(signatureIndex);
    const int revisions = int(a.revisions.size());

    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(htmlEscaped(signerDisplayName(s)));
    html += QStringLiteral("<p style='margin-top:0; color:#5f6368'>%1</p>")
                .arg(htmlEscaped(Tr::tr("%1 in field \"%2\"").arg(kindText(s.kind), s.field)));
    // The ETSI EN 319 102-1 conclusion comes first: integrity is necessary, trust and time decide
    // the rest. Old assessments without validation show integrity alone.
    if (isValidated(s)) {
        QString indication = htmlEscaped(s.indicationDetail);
        if (!s.subIndication.isEmpty())
            indication = QStringLiteral("<tt>%1</tt>: %2").arg(htmlEscaped(s.subIndication), indication);
        html += QStringLiteral("<p><img src='%1' style='vertical-align:middle'>&nbsp;<b>%2</b> — %3</p>")
                    .arg(integrityImageUrl(integrityLike(s.indication)), htmlEscaped(Tr::tr("Validation: %1").arg(indicationText(s.indication))), indication);
    } else {
        html += QStringLiteral("<p>%1</p>").arg(greyHtml(htmlEscaped(Tr::tr("This assessment has no validation result (trust, time, revocation); only the integrity was checked."))));
    }
    html += QStringLiteral("<p><img src='%1' style='vertical-align:middle'>&nbsp;<b>%2</b> — %3</p>")
                .arg(integrityImageUrl(s.integrity), htmlEscaped(Tr::tr("Integrity: %1").arg(integrityText(s.integrity))), htmlEscaped(s.integrityDetail));

    // What decides the archivist's view first: trust, time, level and qualification.
    HtmlTable t;
    t.section(Tr::tr("Validation"));
    addValidationRows(t, s, showPersonalNumber);
    t.section(Tr::tr("What it covers"));
    t.row(Tr::tr("Revision"), s.revision > 0 ? htmlEscaped(Tr::tr("%1 of %2").arg(s.revision).arg(revisions))
                                             : htmlEscaped(Tr::tr("none matches")));
    t.row(Tr::tr("Coverage"), htmlEscaped(coverageText(s, revisions)));
    t.row(Tr::tr("Byte range"), QStringLiteral("<tt>%1</tt>").arg(htmlEscaped(byteRangeText(s.byteRange))));
    t.row(Tr::tr("Widget"), widgetHtml(s));

    t.section(Tr::tr("Signature"));
    t.row(Tr::tr("Field"), orDash(s.field));
    t.row(Tr::tr("Kind"), htmlEscaped(kindText(s.kind)));
    t.row(Tr::tr("Filter"), orDash(s.filter));
    t.row(Tr::tr("SubFilter"), orDash(s.subFilter));
    t.row(Tr::tr("Digest algorithm"), orDash(s.digestAlgorithm));
    t.row(Tr::tr("Signature algorithm"), orDash(s.signatureAlgorithm));
    QString claimed = orDash(s.claimedSigningTime.isValid() ? formatTimestamp(s.claimedSigningTime) : QString());
    if (!s.claimedSigningTimeRaw.isEmpty())
        claimed += QStringLiteral(" <span style='color:#5f6368'>(%1)</span>").arg(htmlEscaped(Tr::tr("as written: %1").arg(s.claimedSigningTimeRaw)));
    t.row(Tr::tr("Claimed signing time (/M)"), claimed);
    t.row(Tr::tr("CMS signing time"), orDash(s.cmsSigningTime.isValid() ? formatTimestamp(s.cmsSigningTime) : QString()));
    t.row(Tr::tr("Signer name (/Name)"), orDash(s.signerName));
    t.row(Tr::tr("Reason"), orDash(s.reason));
    t.row(Tr::tr("Location"), orDash(s.location));
    t.row(Tr::tr("Contact"), orDash(s.contactInfo));

    if (s.kind != SignatureKind::DocumentTimestamp) {
        t.section(Tr::tr("Changes after signing"));
        addChangesRows(t, s);
    }

    t.section(s.kind == SignatureKind::DocumentTimestamp ? Tr::tr("Timestamp authority certificate")
                                                         : Tr::tr("Signer certificate"));
    if (s.signer)
        addCertificate(t, showPersonalNumber ? *s.signer : withPersonalNumberMasked(*s.signer, s.personalNumber));
    else
        t.row(Tr::tr("Certificate"), htmlEscaped(Tr::tr("The signer's certificate could not be identified.")));
    html += t.html();

    html += QStringLiteral("<p style='margin-top:12px'><b>%1</b></p>")
                .arg(htmlEscaped(Tr::tr("Embedded certificates (%1)").arg(s.certificates.size())));
    if (s.certificates.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(htmlEscaped(Tr::tr("The signature contains no certificates.")));
    else
    {
        QList<CertificateInfo> certificates = s.certificates;
        if (!showPersonalNumber) {
            for (CertificateInfo &c : certificates)
                c = withPersonalNumberMasked(c, s.personalNumber);
        }
        html += embeddedCertificatesHtml(certificates);
    }
    return html;
}

QString revisionDetailsHtml(const Assessment &a, int revisionIndex)
{
    const Revision *revision = nullptr;
    for (const Revision &r : a.revisions) {
        if (r.index == revisionIndex)
            revision = &r;
    }
    if (!revision)
        return {};
    const int total = int(a.revisions.size());
    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>")
                       .arg(htmlEscaped(Tr::tr("Revision %1 of %2").arg(revision->index).arg(total)));
    html += QStringLiteral("<p style='margin-top:0; color:#5f6368'>%1</p>")
                .arg(htmlEscaped(revision->index == 1 ? Tr::tr("The original document") : Tr::tr("An incremental update")));
    HtmlTable t;
    const QLocale locale;
    t.row(Tr::tr("Bytes"), htmlEscaped(Tr::tr("%1 to %2 (%3)")
                                    .arg(locale.toString(revision->start), locale.toString(revision->end),
                                         formatByteCount(revision->end - revision->start))));
    t.row(Tr::tr("Cross-reference"), htmlEscaped(Tr::tr("%1 at byte %2").arg(xrefKindText(revision->xrefKind), locale.toString(revision->xrefOffset))));
    QStringList signedHere;
    for (const SignatureInfo &s : a.signatures) {
        if (s.revision == revision->index) {
            signedHere << QStringLiteral("<img src='%1'>&nbsp;%2")
                              .arg(integrityImageUrl(s.integrity), htmlEscaped(Tr::tr("%1 by %2 (%3)").arg(kindText(s.kind), signerDisplayName(s), integrityText(s.integrity).toLower())));
        }
    }
    t.row(Tr::tr("Signed at its end"), signedHere.isEmpty() ? htmlEscaped(Tr::tr("no signature ends here")) : signedHere.join(QStringLiteral("<br>")));
    t.row(Tr::tr("Later changes"),
          revision->index >= total ? htmlEscaped(Tr::tr("none: this is the final revision"))
          : revision->index + 1 == total ? htmlEscaped(Tr::tr("revision %1 was added after this one").arg(total))
                                         : htmlEscaped(Tr::tr("revisions %1–%2 were added after this one").arg(revision->index + 1).arg(total)));
    return html + t.html();
}

} // namespace granska
