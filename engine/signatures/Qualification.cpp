#include "Qualification.h"

#include "OpenSsl.h"

#include <QCoreApplication>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::Qualification)
};

const QString kCaQc = QStringLiteral("http://uri.etsi.org/TrstSvc/Svctype/CA/QC");
const QString kStatusPrefix = QStringLiteral("http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/");
const QString kQualifierPrefix = QStringLiteral("http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/");

bool statusGranted(const QString &status)
{
    // "granted" under eIDAS; before it (July 2016) "undersupervision", "accredited" and
    // "supervisionincessation" meant the same for qualified certificates.
    const QString s = status.mid(kStatusPrefix.size());
    return s == QLatin1String("granted") || s == QLatin1String("undersupervision") || s == QLatin1String("accredited")
           || s == QLatin1String("supervisionincessation");
}

// Same CA: the service certificate has the issuer's subject name and public key.
bool sameAuthority(const QByteArray &serviceDer, const CertificateInfo &issuer)
{
    if (serviceDer == issuer.der)
        return true;
    ossl::X509Ptr service = ossl::sharedCertificate(serviceDer);
    ossl::X509Ptr ca = ossl::sharedCertificate(issuer.der);
    if (!service || !ca)
        return false;
    const bool same = X509_NAME_cmp(X509_get_subject_name(service.get()), X509_get_subject_name(ca.get())) == 0
                      && EVP_PKEY_eq(X509_get0_pubkey(service.get()), X509_get0_pubkey(ca.get())) == 1;
    ossl::clearErrors();
    return same;
}

bool ruleApplies(const TrustedService::QualificationRule &rule, const CertificateInfo &signer)
{
    if (rule.policies.isEmpty())
        return true;
    int matched = 0;
    for (const QString &policy : rule.policies)
        if (signer.policies.contains(policy))
            ++matched;
    if (rule.assertion == QLatin1String("all"))
        return matched == rule.policies.size();
    if (rule.assertion == QLatin1String("none"))
        return matched == 0;
    return matched > 0; // atLeastOne, the default
}

bool claims(const CertificateInfo &c, const QString &statement)
{
    for (const QString &s : c.qcStatements)
        if (s == statement || s.startsWith(statement + QLatin1Char(' ')))
            return true;
    return false;
}

bool claimsType(const CertificateInfo &c, const QString &type)
{
    for (const QString &s : c.qcStatements)
        if (s.startsWith(QLatin1String("QcType")) && s.contains(type))
            return true;
    return false;
}

} // namespace

QualificationResult qualify(const SignatureInfo &signature, const CertificateInfo &signer, const CertificateInfo *issuer,
                            const QList<TrustedService> &services, const QDateTime &time)
{
    QualificationResult result;
    if (signature.indication == Indication::TotalFailed) {
        result.detail = Tr::tr("The signature failed validation, so it is not an advanced electronic signature or seal.");
        return result;
    }
    // The certificate's own claims (ETSI EN 319 412-5).
    bool qualified = claims(signer, QStringLiteral("QcCompliance"));
    bool qscd = claims(signer, QStringLiteral("QcSSCD"));
    bool seal = claimsType(signer, QStringLiteral("eseal"));
    bool esig = claimsType(signer, QStringLiteral("esign")) || (qualified && !seal);

    const TrustedService *service = nullptr;
    const TrustedService::Status *status = nullptr;
    if (issuer) {
        for (const TrustedService &s : services) {
            if (s.type != kCaQc)
                continue;
            const bool match = std::any_of(s.certificates.cbegin(), s.certificates.cend(),
                                           [&](const QByteArray &der) { return sameAuthority(der, *issuer); });
            if (!match)
                continue;
            const TrustedService::Status *at = s.statusAt(time);
            service = &s;
            status = at;
            if (at && statusGranted(at->status))
                break;
        }
    }
    if (!service) {
        result.qualification = QStringLiteral("AdES");
        result.seal = seal;
        result.detail = qualified ? Tr::tr("The certificate claims to be qualified%1, but no imported trusted list lists its issuer as a qualified certificate service, so this is not confirmed.")
                                        .arg(qscd ? Tr::tr(" and its key to be on a qualified device") : QString())
                                  : Tr::tr("The certificate is not a qualified certificate.");
        return result;
    }
    if (!status || !statusGranted(status->status)) {
        result.qualification = QStringLiteral("AdES");
        result.seal = seal;
        result.detail = Tr::tr("The trusted list (%1) lists the issuer as \"%2\", but the service was not in a granted status at %3.")
                            .arg(service->territory, service->serviceName, time.toString(Qt::ISODate));
        return result;
    }
    // The trusted list's qualifiers override the certificate's claims where they apply.
    QStringList applied;
    for (const TrustedService::QualificationRule &rule : status->qualifications) {
        if (!ruleApplies(rule, signer))
            continue;
        for (const QString &qualifier : rule.qualifiers) {
            const QString q = qualifier.mid(kQualifierPrefix.size());
            applied << q;
            if (q == QLatin1String("QCStatement")) qualified = true;
            else if (q == QLatin1String("NotQualified") || q == QLatin1String("QCNoQCStatement")) qualified = false;
            else if (q == QLatin1String("QCForESig")) { esig = true; seal = false; }
            else if (q == QLatin1String("QCForESeal")) { seal = true; esig = false; }
            else if (q == QLatin1String("QCForWSA")) { seal = false; esig = false; }
            else if (q == QLatin1String("QCWithSSCD") || q == QLatin1String("QCWithQSCD")) qscd = true;
            else if (q == QLatin1String("QCNoSSCD") || q == QLatin1String("QCNoQSCD")) qscd = false;
            // QCQSCDStatusAsInCert / QCSSCDStatusAsInCert keep the certificate's own statement.
        }
    }
    if (!esig && !seal && qualified) {
        // No type anywhere: the service's additional information decides.
        esig = status->additionalInformation.contains(kQualifierPrefix + QStringLiteral("ForeSignatures"));
        seal = status->additionalInformation.contains(kQualifierPrefix + QStringLiteral("ForeSeals"));
    }
    result.seal = seal;
    const QString source = Tr::tr("trusted list %1, service \"%2\"").arg(service->territory, service->serviceName);
    if (!qualified) {
        result.qualification = QStringLiteral("AdES");
        result.detail = Tr::tr("According to the %1, the certificate is not qualified.").arg(source);
    } else if (qscd && seal) {
        result.qualification = QStringLiteral("QESeal");
        result.detail = Tr::tr("A qualified certificate for electronic seals with the key on a qualified device (%1).").arg(source);
    } else if (qscd && esig) {
        result.qualification = QStringLiteral("QES");
        result.detail = Tr::tr("A qualified certificate for electronic signatures with the key on a qualified device (%1).").arg(source);
    } else {
        result.qualification = QStringLiteral("AdES-QC");
        result.detail = qscd ? Tr::tr("A qualified certificate of unstated purpose (%1).").arg(source)
                             : Tr::tr("A qualified certificate, but the key is not known to be on a qualified device (%1).").arg(source);
    }
    if (!applied.isEmpty())
        result.detail += QLatin1Char(' ') + Tr::tr("Qualifiers applied: %1.").arg(applied.join(QStringLiteral(", ")));
    return result;
}

} // namespace granska
