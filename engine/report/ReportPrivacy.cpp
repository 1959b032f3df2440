#include "ReportPrivacy.h"

#include <QRegularExpression>
#include <algorithm>

namespace granska::report {
namespace {

struct Replacement {
    QString found;
    QString masked;
};

// Keeps the first `keep` characters and stars the letters and digits after them, as the engine
// masks an identifier it does not know the structure of.
QString maskKeeping(const QString &value, int keep)
{
    QString masked = value.left(keep);
    for (int i = keep; i < value.size(); ++i)
        masked += value.at(i).isLetterOrNumber() ? QLatin1Char('*') : value.at(i);
    return masked;
}

// The forms in which one number may be written elsewhere in the same certificate: as the engine
// found it, without the ETSI EN 319 412-1 prefix ("PNOSE-"), and for a Swedish number with and
// without the hyphen, and in the short form with the century left out.
QList<Replacement> formsOf(const PersonalIdentifier &person)
{
    QList<Replacement> forms{{person.value, person.masked.isEmpty() ? maskKeeping(person.value, 2) : person.masked}};
    static const QRegularExpression etsiPrefix(QStringLiteral("^[A-Z]{3}[A-Z]{2}[-:]"));
    const QRegularExpressionMatch prefix = etsiPrefix.match(person.value);
    const QString core = prefix.hasMatch() ? person.value.mid(prefix.capturedLength()) : person.value;
    static const QRegularExpression swedish(QStringLiteral("^(\\d{2})(\\d{6})-?(\\d{4})$"));
    const QRegularExpressionMatch digits = swedish.match(core);
    if (digits.hasMatch()) {
        const QString century = digits.captured(1), date = digits.captured(2), last = digits.captured(3);
        forms << Replacement{century + date + QLatin1Char('-') + last, century + date + QStringLiteral("-****")}
              << Replacement{century + date + last, century + date + QStringLiteral("****")}
              << Replacement{date + QLatin1Char('-') + last, date + QStringLiteral("-****")};
    } else if (core != person.value) {
        forms << Replacement{core, maskKeeping(core, 2)};
    }
    // Too short a form could match unrelated text; the whole value is always masked.
    forms.erase(std::remove_if(forms.begin() + 1, forms.end(), [](const Replacement &r) { return r.found.size() < 8; }), forms.end());
    return forms;
}

class Masker {
public:
    explicit Masker(const Assessment &assessment)
    {
        for (const SignatureInfo &s : assessment.signatures) {
            if (s.personalNumber.isPresent() && s.personalNumber.value != s.personalNumber.masked)
                m_replacements += formsOf(s.personalNumber);
        }
        // Longest first, so that a short form does not cut a longer one in two.
        std::stable_sort(m_replacements.begin(), m_replacements.end(),
                         [](const Replacement &a, const Replacement &b) { return a.found.size() > b.found.size(); });
    }

    bool isEmpty() const { return m_replacements.isEmpty(); }

    void mask(QString &text) const
    {
        for (const Replacement &r : m_replacements)
            text.replace(r.found, r.masked, Qt::CaseInsensitive);
    }
    void mask(QStringList &texts) const
    {
        for (QString &text : texts)
            mask(text);
    }
    void mask(CertificateInfo &c) const
    {
        mask(c.subject);
        mask(c.issuer);
        mask(c.commonName);
    }
    void mask(QList<CertificateInfo> &certificates) const
    {
        for (CertificateInfo &c : certificates)
            mask(c);
    }
    void mask(SignatureInfo &s) const
    {
        for (QString *text : {&s.field, &s.signerName, &s.reason, &s.location, &s.contactInfo, &s.integrityDetail, &s.indicationDetail,
                              &s.trustAnchor, &s.qualificationDetail, &s.levelMissing})
            mask(*text);
        mask(s.warnings);
        if (s.signer)
            mask(*s.signer);
        mask(s.certificates);
        mask(s.chain);
        for (TimestampInfo &t : s.timestamps) {
            mask(t.detail);
            if (t.authority)
                mask(*t.authority);
            mask(t.certificates);
        }
        for (RevocationInfo &r : s.revocation) {
            mask(r.certificate);
            mask(r.detail);
        }
        for (ModificationInfo &m : s.modifications)
            mask(m.description);
        if (s.personalNumber.isPresent()) {
            if (s.personalNumber.masked.isEmpty())
                s.personalNumber.masked = maskKeeping(s.personalNumber.value, 2);
            s.personalNumber.value = s.personalNumber.masked;
        }
    }

private:
    QList<Replacement> m_replacements;
};

} // namespace

Assessment withPersonalNumbersMasked(const Assessment &assessment)
{
    const Masker masker(assessment);
    if (masker.isEmpty())
        return assessment;
    Assessment masked = assessment;
    for (SignatureInfo &s : masked.signatures)
        masker.mask(s);
    for (Finding &f : masked.findings)
        masker.mask(f.message);
    return masked;
}

} // namespace granska::report
