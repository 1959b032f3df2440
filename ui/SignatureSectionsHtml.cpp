#include "SignatureSectionsHtml.h"

#include "DetailsHtml.h"
#include "Presentation.h"

#include <QCoreApplication>
#include <QSet>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::DetailsHtml)
};

QString dash()
{
    return greyHtml(QStringLiteral("—"));
}

QString timeOrDash(const QDateTime &time)
{
    return time.isValid() ? htmlEscaped(formatTimestamp(time)) : dash();
}

QString certificateName(const CertificateInfo &c)
{
    return c.commonName.isEmpty() ? c.subject : c.commonName;
}

QString img(Integrity integrity)
{
    return QStringLiteral("<img src='%1'>&nbsp;").arg(integrityImageUrl(integrity));
}

Integrity revocationIntegrity(const QString &status)
{
    if (status == QLatin1String("good"))
        return Integrity::Intact;
    if (status == QLatin1String("revoked"))
        return Integrity::Broken;
    return Integrity::Unverifiable;
}

QString revocationLine(const RevocationInfo &r)
{
    QStringList facts;
    facts << Tr::tr("from %1").arg(r.source);
    if (r.producedAt.isValid())
        facts << (r.kind == QLatin1String("CRL") ? Tr::tr("this update %1") : Tr::tr("produced %1")).arg(formatTimestamp(r.producedAt));
    if (r.nextUpdate.isValid())
        facts << Tr::tr("next update %1").arg(formatTimestamp(r.nextUpdate));
    if (r.revocationTime.isValid())
        facts << Tr::tr("revoked %1").arg(formatTimestamp(r.revocationTime));
    QString html = img(revocationIntegrity(r.status))
        + QStringLiteral("<b>%1</b>: %2<br>%3").arg(htmlEscaped(r.kind), htmlEscaped(revocationStatusText(r.status)),
                                                    greyHtml(htmlEscaped(facts.join(QStringLiteral(", ")))));
    if (!r.detail.isEmpty())
        html += QStringLiteral("<br>") + greyHtml(htmlEscaped(r.detail));
    return html;
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

} // namespace

void HtmlTable::section(const QString &title)
{
    m_html += QStringLiteral("<tr><td colspan='2' style='padding-top:10px'><b>%1</b></td></tr>").arg(htmlEscaped(title));
}

void HtmlTable::row(const QString &label, const QString &valueHtml)
{
    m_html += QStringLiteral("<tr><td style='color:#5f6368; padding-right:12px; white-space:nowrap' valign='top'>%1</td>"
                             "<td valign='top'>%2</td></tr>")
                  .arg(htmlEscaped(label), valueHtml);
}

QString HtmlTable::html() const
{
    return QStringLiteral("<table cellspacing='0' cellpadding='2' width='100%'>") + m_html + QStringLiteral("</table>");
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString greyHtml(const QString &html)
{
    return QStringLiteral("<span style='color:#5f6368'>%1</span>").arg(html);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? dash() : htmlEscaped(text);
}

QString distinguishedNameHtml(const QString &dn)
{
    QStringList parts;
    for (const QString &part : distinguishedNameParts(dn))
        parts << htmlEscaped(part);
    return parts.isEmpty() ? dash() : parts.join(QStringLiteral("<br>"));
}

QString groupedHex(const QString &hex)
{
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 8)
        groups << hex.mid(i, 8);
    return groups.join(QLatin1Char(' '));
}

QString revocationStatusText(const QString &status)
{
    if (status == QLatin1String("good"))
        return Tr::tr("good (not revoked)");
    if (status == QLatin1String("revoked"))
        return Tr::tr("revoked");
    if (status == QLatin1String("unknown"))
        return Tr::tr("unknown to the responder");
    if (status == QLatin1String("invalid"))
        return Tr::tr("could not be verified");
    return status;
}

QString integrityImageUrl(Integrity integrity)
{
    return QStringLiteral("granska-icon:integrity-%1").arg(toString(integrity));
}

QString qualificationText(const QString &q)
{
    if (q == QLatin1String("QES"))
        return Tr::tr("qualified electronic signature (QES)");
    if (q == QLatin1String("QESeal"))
        return Tr::tr("qualified electronic seal (QESeal)");
    if (q == QLatin1String("AdES-QC"))
        return Tr::tr("advanced, with a qualified certificate (AdES-QC)");
    if (q == QLatin1String("AdES"))
        return Tr::tr("advanced (AdES)");
    return q;
}

CertificateInfo withPersonalNumberMasked(CertificateInfo c, const PersonalIdentifier &id)
{
    if (!id.isPresent() || id.masked.isEmpty())
        return c;
    for (QString *text : {&c.subject, &c.issuer, &c.commonName})
        text->replace(id.value, id.masked);
    return c;
}

QString modificationKindText(const QString &kind)
{
    if (kind == QLatin1String("validation-data"))
        return Tr::tr("validation data added");
    if (kind == QLatin1String("document-timestamp"))
        return Tr::tr("document timestamp added");
    if (kind == QLatin1String("signature"))
        return Tr::tr("signature added");
    if (kind == QLatin1String("form-fill"))
        return Tr::tr("form field filled in");
    if (kind == QLatin1String("annotation"))
        return Tr::tr("annotation changed");
    if (kind == QLatin1String("metadata"))
        return Tr::tr("metadata changed");
    if (kind == QLatin1String("page-added"))
        return Tr::tr("page added");
    if (kind == QLatin1String("page-removed"))
        return Tr::tr("page removed");
    if (kind == QLatin1String("other"))
        return Tr::tr("other change");
    return kind;
}

void addValidationRows(HtmlTable &t, const SignatureInfo &s, bool showPersonalNumber)
{
    t.row(Tr::tr("Validated at"), timeOrDash(s.validationTime));
    QString proof = timeOrDash(s.bestSignatureTime);
    if (s.bestSignatureTime.isValid() && s.bestSignatureTime != s.validationTime)
        proof += QStringLiteral(" ") + greyHtml(htmlEscaped(Tr::tr("(a trusted timestamp proves the signature existed then)")));
    t.row(Tr::tr("Proof of existence"), proof);
    t.row(Tr::tr("Trust anchor"), s.trustAnchor.isEmpty() ? htmlEscaped(Tr::tr("none: the chain reaches no trusted certificate"))
                                                          : htmlEscaped(s.trustAnchor));
    if (!s.chain.isEmpty()) {
        QStringList names;
        for (const CertificateInfo &c : s.chain)
            names << htmlEscaped(certificateName(showPersonalNumber ? c : withPersonalNumberMasked(c, s.personalNumber)));
        t.row(Tr::tr("Certificate chain"), names.join(QStringLiteral(" → ")) + QStringLiteral("<br>")
                                              + greyHtml(htmlEscaped(Tr::tr("(see the Certificates tab)"))));
    }

    QString level = s.level.isEmpty() ? htmlEscaped(Tr::tr("not a PAdES baseline signature")) : htmlEscaped(QStringLiteral("PAdES-%1").arg(s.level));
    if (!s.levelMissing.isEmpty())
        level += QStringLiteral("<br>") + greyHtml(htmlEscaped(Tr::tr("For the next level: %1").arg(s.levelMissing)));
    t.row(Tr::tr("Level"), level);

    if (s.kind != SignatureKind::DocumentTimestamp) {
        t.row(Tr::tr("Signed as"), htmlEscaped(s.kind == SignatureKind::Seal
                                                   ? Tr::tr("electronic seal (the certificate is issued to a legal person)")
                                                   : Tr::tr("electronic signature (the certificate is not issued to a legal person)")));
        QString qualification = s.qualification.isEmpty() ? htmlEscaped(Tr::tr("not determined")) : htmlEscaped(qualificationText(s.qualification));
        if (!s.qualificationDetail.isEmpty())
            qualification += QStringLiteral("<br>") + greyHtml(htmlEscaped(s.qualificationDetail));
        t.row(Tr::tr("Qualification"), qualification);
    }

    if (s.personalNumber.isPresent()) {
        // Personal data: masked unless the user asks to see it, and hidden again on request.
        const QString value = showPersonalNumber ? s.personalNumber.value : s.personalNumber.masked;
        const QString link = showPersonalNumber ? QStringLiteral("<a href='%1'>%2</a>").arg(QLatin1String(kHidePersonalNumberLink), htmlEscaped(Tr::tr("Hide")))
                                                : QStringLiteral("<a href='%1'>%2</a>").arg(QLatin1String(kShowPersonalNumberLink), htmlEscaped(Tr::tr("Show")));
        t.row(Tr::tr("Personal identifier"),
              QStringLiteral("<tt>%1</tt> %2<br>%3")
                  .arg(htmlEscaped(value), link, greyHtml(htmlEscaped(Tr::tr("%1, in %2").arg(s.personalNumber.type, s.personalNumber.field)))));
    }
    if (!s.warnings.isEmpty()) {
        QStringList items;
        for (const QString &w : s.warnings)
            items << htmlEscaped(w);
        t.row(Tr::tr("Warnings"), items.join(QStringLiteral("<br>")));
    }
}

void addChangesRows(HtmlTable &t, const SignatureInfo &s)
{
    t.row(Tr::tr("Signature type"), htmlEscaped(certificationText(s.certificationLevel)));
    t.row(Tr::tr("Changes found"), orDash(modificationsAfterText(s.modificationsAfter)));
    if (s.modifications.isEmpty())
        return;
    QString rows;
    for (const ModificationInfo &m : s.modifications) {
        rows += QStringLiteral("<tr><td valign='top'>%1</td><td valign='top'>%2%3</td><td valign='top'>%4</td><td valign='top'>%5</td></tr>")
                    .arg(htmlEscaped(QString::number(m.revision)), img(m.permitted ? Integrity::Intact : Integrity::Broken),
                         htmlEscaped(m.permitted ? Tr::tr("permitted") : Tr::tr("not permitted")), htmlEscaped(modificationKindText(m.kind)),
                         htmlEscaped(m.description));
    }
    const QString header = QStringLiteral("<tr style='color:#5f6368'><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                               .arg(htmlEscaped(Tr::tr("Revision")), htmlEscaped(Tr::tr("Allowed")), htmlEscaped(Tr::tr("Change")),
                                    htmlEscaped(Tr::tr("Explanation")));
    t.row(Tr::tr("Changes"), QStringLiteral("<table cellspacing='0' cellpadding='2'>%1%2</table>").arg(header, rows));
}

QString timestampsHtml(const SignatureInfo &s)
{
    if (s.timestamps.isEmpty()) {
        return QStringLiteral("<p>%1</p>")
            .arg(htmlEscaped(Tr::tr("No timestamp covers this signature. Without one, nothing but the signer's own claim says when it was made.")));
    }
    HtmlTable t;
    for (const TimestampInfo &ts : s.timestamps) {
        t.section(ts.type == TimestampInfo::Type::Document ? Tr::tr("Document timestamp") : Tr::tr("Signature timestamp"));
        t.row(Tr::tr("Time"), timeOrDash(ts.time));
        t.row(Tr::tr("Authority"), ts.authority ? htmlEscaped(certificateName(*ts.authority)) : htmlEscaped(Tr::tr("unknown")));
        QString imprint = img(ts.integrity) + htmlEscaped(integrityText(ts.integrity));
        if (!ts.detail.isEmpty())
            imprint += QStringLiteral("<br>") + greyHtml(htmlEscaped(ts.detail));
        t.row(Tr::tr("Imprint and signature"), imprint);
        t.row(Tr::tr("Digest algorithm"), orDash(ts.digestAlgorithm));
        t.row(Tr::tr("Trusted"), img(ts.trusted ? Integrity::Intact : Integrity::Unverifiable)
                                    + htmlEscaped(ts.trusted ? Tr::tr("yes: the authority's chain reaches a trust anchor")
                                                             : Tr::tr("no: the authority's chain reaches no trust anchor")));
        if (ts.type == TimestampInfo::Type::Document && ts.revision > 0)
            t.row(Tr::tr("Covers"), htmlEscaped(Tr::tr("revision %1").arg(ts.revision)));
    }
    return t.html();
}

QString validationDataHtml(const SignatureInfo &s)
{
    HtmlTable t;
    t.row(Tr::tr("Embedded for the whole chain"),
          img(s.validationDataEmbedded ? Integrity::Intact : Integrity::Unverifiable)
              + htmlEscaped(s.validationDataEmbedded ? Tr::tr("yes: the document holds revocation data for every certificate that needs it")
                                                     : Tr::tr("no: some certificate has no revocation data in the document")));
    QSet<int> shown;
    // Per certificate of the chain, from the signer up; the trust anchor needs none.
    for (int i = 0; i < s.chain.size(); ++i) {
        const CertificateInfo &c = s.chain.at(i);
        const bool anchor = !s.trustAnchor.isEmpty() && i == s.chain.size() - 1;
        QStringList lines;
        for (int r = 0; r < s.revocation.size(); ++r) {
            if (isAbout(s.revocation.at(r), c)) {
                lines << revocationLine(s.revocation.at(r));
                shown.insert(r);
            }
        }
        if (lines.isEmpty())
            lines << htmlEscaped(anchor ? Tr::tr("none needed: trust anchor") : Tr::tr("no OCSP response or CRL found"));
        t.section(i == 0 ? Tr::tr("Signer: %1").arg(certificateName(c)) : Tr::tr("Issuer: %1").arg(certificateName(c)));
        t.row(Tr::tr("Revocation data"), lines.join(QStringLiteral("<br>")));
    }
    QStringList others;
    for (int r = 0; r < s.revocation.size(); ++r) {
        if (!shown.contains(r))
            others << QStringLiteral("%1: %2").arg(htmlEscaped(s.revocation.at(r).certificate), revocationLine(s.revocation.at(r)));
    }
    if (!others.isEmpty()) {
        t.section(Tr::tr("Other certificates"));
        t.row(Tr::tr("Revocation data"), others.join(QStringLiteral("<br>")));
    }
    return t.html();
}

} // namespace granska
