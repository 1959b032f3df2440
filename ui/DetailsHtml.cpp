#include "DetailsHtml.h"

#include "Presentation.h"
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

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString imageUrl(Integrity integrity)
{
    return QStringLiteral("granska-icon:integrity-%1").arg(toString(integrity));
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("<span style='color:#808080'>—</span>") : esc(text);
}

// A label/value table that keeps the labels in one narrow grey column.
class Table {
public:
    void section(const QString &title)
    {
        m_html += QStringLiteral("<tr><td colspan='2' style='padding-top:10px'><b>%1</b></td></tr>").arg(esc(title));
    }
    // `valueHtml` is already escaped.
    void row(const QString &label, const QString &valueHtml)
    {
        m_html += QStringLiteral("<tr><td style='color:#5f6368; padding-right:12px; white-space:nowrap' valign='top'>%1</td>"
                                 "<td valign='top'>%2</td></tr>")
                      .arg(esc(label), valueHtml);
    }
    QString html() const
    {
        return QStringLiteral("<table cellspacing='0' cellpadding='2' width='100%'>") + m_html + QStringLiteral("</table>");
    }

private:
    QString m_html;
};

// Long hexadecimal strings grouped so that they can wrap and be read aloud.
QString groupedHex(const QString &hex)
{
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 8)
        groups << hex.mid(i, 8);
    return groups.join(QLatin1Char(' '));
}

QString dnHtml(const QString &dn)
{
    QStringList parts;
    for (const QString &part : distinguishedNameParts(dn))
        parts << esc(part);
    return parts.isEmpty() ? orDash(QString()) : parts.join(QStringLiteral("<br>"));
}

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
    return Tr::tr("%1 to %2").arg(esc(formatTimestamp(c.notBefore)), esc(formatTimestamp(c.notAfter)));
}

void addCertificate(Table &t, const CertificateInfo &c)
{
    t.row(Tr::tr("Common name"), orDash(c.commonName));
    t.row(Tr::tr("Subject"), dnHtml(c.subject));
    t.row(Tr::tr("Issuer"), dnHtml(c.issuer));
    t.row(Tr::tr("Serial number"), orDash(c.serialNumber));
    t.row(Tr::tr("Valid"), validityHtml(c));
    t.row(Tr::tr("Public key"), orDash(c.publicKey));
    t.row(Tr::tr("SHA-256 fingerprint"), QStringLiteral("<tt>%1</tt>").arg(esc(groupedHex(c.sha256Fingerprint))));
    if (!c.keyUsage.isEmpty())
        t.row(Tr::tr("Key usage"), esc(c.keyUsage.join(QStringLiteral(", "))));
    if (!c.qcStatements.isEmpty())
        t.row(Tr::tr("Qualified statements"), esc(c.qcStatements.join(QStringLiteral(", "))));
    if (!c.policies.isEmpty())
        t.row(Tr::tr("Policies"), esc(c.policies.join(QStringLiteral(", "))));
}

QString embeddedCertificatesHtml(const QList<CertificateInfo> &certificates)
{
    QString html = QStringLiteral("<ol style='margin-left:16px; -qt-list-indent:0'>");
    for (const CertificateInfo &c : certificates) {
        const QString name = c.commonName.isEmpty() ? c.subject : c.commonName;
        html += QStringLiteral("<li><b>%1</b><br><span style='color:#5f6368'>%2<br>%3</span></li>")
                    .arg(esc(name),
                         Tr::tr("issued by %1, serial %2").arg(esc(commonNameOf(c.issuer)), esc(c.serialNumber)),
                         Tr::tr("valid %1").arg(validityHtml(c)));
    }
    return html + QStringLiteral("</ol>");
}

QString widgetHtml(const SignatureInfo &s)
{
    if (s.page <= 0)
        return esc(Tr::tr("no widget on any page"));
    if (s.visible)
        return esc(Tr::tr("page %1, visible").arg(s.page));
    return esc(Tr::tr("page %1, not visible (no appearance on the page)").arg(s.page));
}

QString listHtml(const QStringList &items)
{
    QStringList escaped;
    for (const QString &item : items)
        escaped << esc(item);
    return escaped.isEmpty() ? orDash(QString()) : escaped.join(QStringLiteral("<br>"));
}

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

QString certificationText(int level)
{
    switch (level) {
    case 1: return Tr::tr("certification signature: no changes allowed (P=1)");
    case 2: return Tr::tr("certification signature: form filling and signing allowed (P=2)");
    case 3: return Tr::tr("certification signature: form filling, signing and annotations allowed (P=3)");
    default: break;
    }
    return Tr::tr("approval signature");
}

QString modificationsAfterText(const QString &value)
{
    if (value == QLatin1String("none"))
        return Tr::tr("none");
    if (value == QLatin1String("permitted"))
        return Tr::tr("only changes the signature permits");
    if (value == QLatin1String("not-permitted"))
        return Tr::tr("changes the signature does not permit");
    return value;
}

QString timestampHtml(const TimestampInfo &ts)
{
    const QString type = ts.type == TimestampInfo::Type::Document ? Tr::tr("Document timestamp") : Tr::tr("Signature timestamp");
    const QString authority = ts.authority ? (ts.authority->commonName.isEmpty() ? ts.authority->subject : ts.authority->commonName)
                                           : Tr::tr("unknown authority");
    QString line = QStringLiteral("<img src='%1'>&nbsp;<b>%2</b> %3").arg(imageUrl(ts.integrity), esc(type), esc(formatTimestamp(ts.time)));
    QStringList facts;
    facts << Tr::tr("by %1").arg(authority) << integrityText(ts.integrity).toLower()
          << (ts.trusted ? Tr::tr("trusted authority") : Tr::tr("authority not trusted"));
    if (ts.type == TimestampInfo::Type::Document && ts.revision > 0)
        facts << Tr::tr("covers revision %1").arg(ts.revision);
    line += QStringLiteral("<br><span style='color:#5f6368'>%1</span>").arg(esc(facts.join(QStringLiteral(", "))));
    if (!ts.detail.isEmpty())
        line += QStringLiteral("<br><span style='color:#5f6368'>%1</span>").arg(esc(ts.detail));
    return line;
}

QString revocationHtml(const RevocationInfo &r)
{
    QStringList facts;
    facts << Tr::tr("%1 from %2").arg(r.kind, r.source);
    if (r.producedAt.isValid())
        facts << Tr::tr("issued %1").arg(formatTimestamp(r.producedAt));
    if (r.revocationTime.isValid())
        facts << Tr::tr("revoked %1").arg(formatTimestamp(r.revocationTime));
    QString html = QStringLiteral("<b>%1</b>: %2<br><span style='color:#5f6368'>%3</span>")
                       .arg(esc(r.certificate), esc(r.status), esc(facts.join(QStringLiteral(", "))));
    if (!r.detail.isEmpty())
        html += QStringLiteral("<br><span style='color:#5f6368'>%1</span>").arg(esc(r.detail));
    return html;
}

void addValidation(Table &t, const SignatureInfo &s)
{
    t.section(Tr::tr("Validation"));
    t.row(Tr::tr("Validated at"), orDash(s.validationTime.isValid() ? formatTimestamp(s.validationTime) : QString()));
    t.row(Tr::tr("Proof of existence"), orDash(s.bestSignatureTime.isValid() ? formatTimestamp(s.bestSignatureTime) : QString()));
    QString level = orDash(s.level.isEmpty() ? QString() : QStringLiteral("PAdES-%1").arg(s.level));
    if (!s.levelMissing.isEmpty())
        level += QStringLiteral(" <span style='color:#5f6368'>(%1)</span>").arg(esc(Tr::tr("next level needs: %1").arg(s.levelMissing)));
    t.row(Tr::tr("Level"), level);
    QString qualification = orDash(s.qualification);
    if (!s.qualificationDetail.isEmpty())
        qualification += QStringLiteral(" <span style='color:#5f6368'>— %1</span>").arg(esc(s.qualificationDetail));
    t.row(Tr::tr("Qualification"), qualification);
    t.row(Tr::tr("Trust anchor"), orDash(s.trustAnchor));
    t.row(Tr::tr("Revocation data embedded"), esc(yesNo(s.validationDataEmbedded)));
    if (s.personalNumber.isPresent()) {
        // Personal data: only the masked form is shown.
        t.row(Tr::tr("Personal identifier"), esc(Tr::tr("%1 (%2, in %3)").arg(s.personalNumber.masked, s.personalNumber.type, s.personalNumber.field)));
    }
    if (!s.warnings.isEmpty())
        t.row(Tr::tr("Warnings"), listHtml(s.warnings));
    if (!s.chain.isEmpty()) {
        QStringList chain;
        for (const CertificateInfo &c : s.chain)
            chain << (c.commonName.isEmpty() ? c.subject : c.commonName);
        t.row(Tr::tr("Certificate chain"), listHtml(chain));
    }
    if (!s.timestamps.isEmpty()) {
        QStringList items;
        for (const TimestampInfo &ts : s.timestamps)
            items << timestampHtml(ts);
        t.row(Tr::tr("Timestamps"), items.join(QStringLiteral("<br>")));
    }
    if (!s.revocation.isEmpty()) {
        QStringList items;
        for (const RevocationInfo &r : s.revocation)
            items << revocationHtml(r);
        t.row(Tr::tr("Revocation"), items.join(QStringLiteral("<br>")));
    }
}

void addChanges(Table &t, const SignatureInfo &s)
{
    t.section(Tr::tr("Changes after signing"));
    t.row(Tr::tr("Signature type"), esc(certificationText(s.certificationLevel)));
    t.row(Tr::tr("Changes found"), orDash(modificationsAfterText(s.modificationsAfter)));
    if (!s.modifications.isEmpty()) {
        QStringList items;
        for (const ModificationInfo &m : s.modifications) {
            items << QStringLiteral("<img src='%1'>&nbsp;%2")
                         .arg(imageUrl(m.permitted ? Integrity::Intact : Integrity::Broken),
                              esc(Tr::tr("revision %1: %2 (%3)").arg(m.revision).arg(m.description,
                                                                           m.permitted ? Tr::tr("permitted") : Tr::tr("not permitted"))));
        }
        t.row(Tr::tr("Changes"), items.join(QStringLiteral("<br>")));
    }
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
        document->addResource(QTextDocument::ImageResource, QUrl(imageUrl(integrity)),
                              integrityIcon(integrity).pixmap(iconSize, iconSize).toImage());
    }
}

QString signatureDetailsHtml(const Assessment &a, int signatureIndex)
{
    if (signatureIndex < 0 || signatureIndex >= a.signatures.size())
        return {};
    const SignatureInfo &s = a.signatures.at(signatureIndex);
    const int revisions = int(a.revisions.size());

    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(esc(signerDisplayName(s)));
    html += QStringLiteral("<p style='margin-top:0; color:#5f6368'>%1</p>")
                .arg(esc(Tr::tr("%1 in field \"%2\"").arg(kindText(s.kind), s.field)));
    html += QStringLiteral("<p><img src='%1' style='vertical-align:middle'>&nbsp;<b>%2</b> — %3</p>")
                .arg(imageUrl(s.integrity), esc(integrityText(s.integrity)), esc(s.integrityDetail));
    // The ETSI EN 319 102-1 conclusion: integrity is necessary, trust and time decide the rest.
    QString indication = esc(s.indicationDetail);
    if (!s.subIndication.isEmpty())
        indication = QStringLiteral("<tt>%1</tt>: %2").arg(esc(s.subIndication), indication);
    html += QStringLiteral("<p><img src='%1' style='vertical-align:middle'>&nbsp;<b>%2</b> — %3</p>")
                .arg(imageUrl(integrityLike(s.indication)), esc(Tr::tr("Validation: %1").arg(indicationText(s.indication))), indication);

    Table t;
    t.section(Tr::tr("What it covers"));
    t.row(Tr::tr("Revision"), s.revision > 0 ? esc(Tr::tr("%1 of %2").arg(s.revision).arg(revisions))
                                             : esc(Tr::tr("none matches")));
    t.row(Tr::tr("Coverage"), esc(coverageText(s, revisions)));
    t.row(Tr::tr("Byte range"), QStringLiteral("<tt>%1</tt>").arg(esc(byteRangeText(s.byteRange))));
    t.row(Tr::tr("Widget"), widgetHtml(s));

    t.section(Tr::tr("Signature"));
    t.row(Tr::tr("Field"), orDash(s.field));
    t.row(Tr::tr("Kind"), esc(kindText(s.kind)));
    t.row(Tr::tr("Filter"), orDash(s.filter));
    t.row(Tr::tr("SubFilter"), orDash(s.subFilter));
    t.row(Tr::tr("Digest algorithm"), orDash(s.digestAlgorithm));
    t.row(Tr::tr("Signature algorithm"), orDash(s.signatureAlgorithm));
    QString claimed = orDash(s.claimedSigningTime.isValid() ? formatTimestamp(s.claimedSigningTime) : QString());
    if (!s.claimedSigningTimeRaw.isEmpty())
        claimed += QStringLiteral(" <span style='color:#5f6368'>(%1)</span>").arg(esc(Tr::tr("as written: %1").arg(s.claimedSigningTimeRaw)));
    t.row(Tr::tr("Claimed signing time (/M)"), claimed);
    t.row(Tr::tr("CMS signing time"), orDash(s.cmsSigningTime.isValid() ? formatTimestamp(s.cmsSigningTime) : QString()));
    t.row(Tr::tr("Signer name (/Name)"), orDash(s.signerName));
    t.row(Tr::tr("Reason"), orDash(s.reason));
    t.row(Tr::tr("Location"), orDash(s.location));
    t.row(Tr::tr("Contact"), orDash(s.contactInfo));

    addValidation(t, s);
    if (s.kind != SignatureKind::DocumentTimestamp)
        addChanges(t, s);

    t.section(s.kind == SignatureKind::DocumentTimestamp ? Tr::tr("Timestamp authority certificate")
                                                         : Tr::tr("Signer certificate"));
    if (s.signer)
        addCertificate(t, *s.signer);
    else
        t.row(Tr::tr("Certificate"), esc(Tr::tr("The signer's certificate could not be identified.")));
    html += t.html();

    html += QStringLiteral("<p style='margin-top:12px'><b>%1</b></p>")
                .arg(esc(Tr::tr("Embedded certificates (%1)").arg(s.certificates.size())));
    if (s.certificates.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("The signature contains no certificates.")));
    else
        html += embeddedCertificatesHtml(s.certificates);
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
                       .arg(esc(Tr::tr("Revision %1 of %2").arg(revision->index).arg(total)));
    html += QStringLiteral("<p style='margin-top:0; color:#5f6368'>%1</p>")
                .arg(esc(revision->index == 1 ? Tr::tr("The original document") : Tr::tr("An incremental update")));
    Table t;
    const QLocale locale;
    t.row(Tr::tr("Bytes"), esc(Tr::tr("%1 to %2 (%3)")
                                    .arg(locale.toString(revision->start), locale.toString(revision->end),
                                         formatByteCount(revision->end - revision->start))));
    t.row(Tr::tr("Cross-reference"), esc(Tr::tr("%1 at byte %2").arg(xrefKindText(revision->xrefKind), locale.toString(revision->xrefOffset))));
    QStringList signedHere;
    for (const SignatureInfo &s : a.signatures) {
        if (s.revision == revision->index) {
            signedHere << QStringLiteral("<img src='%1'>&nbsp;%2")
                              .arg(imageUrl(s.integrity), esc(Tr::tr("%1 by %2 (%3)").arg(kindText(s.kind), signerDisplayName(s), integrityText(s.integrity).toLower())));
        }
    }
    t.row(Tr::tr("Signed at its end"), signedHere.isEmpty() ? esc(Tr::tr("no signature ends here")) : signedHere.join(QStringLiteral("<br>")));
    t.row(Tr::tr("Later changes"),
          revision->index >= total ? esc(Tr::tr("none: this is the final revision"))
          : revision->index + 1 == total ? esc(Tr::tr("revision %1 was added after this one").arg(total))
                                         : esc(Tr::tr("revisions %1–%2 were added after this one").arg(revision->index + 1).arg(total)));
    return html + t.html();
}

} // namespace granska
