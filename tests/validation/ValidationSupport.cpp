// What the validation tests share: the times of the standard story, making a recipe's document,
// the options it is validated with, and the trusted lists.
#include "ValidationTest.h"

#include "signatures/TrustStore.h"

#include <QFile>
#include <QTest>

using namespace granska;
using namespace granska::fixtures;

namespace validationtest {

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

const QDateTime kSigningTime = utc(2024, 3, 15, 9, 30);
const QDateTime kTimestampTime = utc(2024, 3, 15, 9, 31);
const QDateTime kRevocationCheck = utc(2024, 3, 15, 10, 30);
const QDateTime kDocumentTimestampTime = utc(2024, 3, 16, 8, 0);
const QDateTime kValidationTime = utc(2030, 1, 1);

const SignatureInfo *mainSignature(const Assessment &assessment)
{
    for (const SignatureInfo &s : assessment.signatures)
        if (s.kind != SignatureKind::DocumentTimestamp)
            return &s;
    return nullptr;
}

const SignatureInfo *documentTimestamp(const Assessment &assessment)
{
    for (const SignatureInfo &s : assessment.signatures)
        if (s.kind == SignatureKind::DocumentTimestamp)
            return &s;
    return nullptr;
}

QString describe(const SignatureInfo &s)
{
    QStringList revocation;
    for (const RevocationInfo &r : s.revocation)
        revocation << QStringLiteral("%1 %2 %3 from %4").arg(r.certificate, r.kind, r.status, r.source);
    QStringList timestamps;
    for (const TimestampInfo &t : s.timestamps)
        timestamps << QStringLiteral("%1 %2 %3%4").arg(t.type == TimestampInfo::Type::Document ? QStringLiteral("document") : QStringLiteral("signature"),
                                                         t.time.toString(Qt::ISODate), toString(t.integrity),
                                                         t.trusted ? QStringLiteral(" trusted") : QString());
    return QStringLiteral("%1 [%2] %3/%4 (%5) level=%6 missing=\"%7\" qualification=%8 kind=%9 anchor=\"%10\" "
                          "timestamps={%11} revocation={%12} embedded=%13 modifications=%14 certification=%15 warnings={%16}")
        .arg(s.field, toString(s.integrity), toString(s.indication), s.subIndication, s.indicationDetail, s.level, s.levelMissing,
             s.qualification, toString(s.kind))
        .arg(s.trustAnchor, timestamps.join(QStringLiteral("; ")), revocation.join(QStringLiteral("; ")))
        .arg(s.validationDataEmbedded)
        .arg(s.modificationsAfter)
        .arg(s.certificationLevel)
        .arg(s.warnings.join(QStringLiteral("; ")));
}

QString describe(const Assessment &assessment)
{
    QStringList parts{QStringLiteral("status %1 %2").arg(int(assessment.status)).arg(assessment.error)};
    for (const SignatureInfo &s : assessment.signatures)
        parts << describe(s);
    return parts.join(QStringLiteral(" | "));
}

} // namespace validationtest

using namespace validationtest;

// In a function that returns a value: fails the test with the fixture's reason and returns.
#define CHECK_FIXTURE(expression, onFailure)                                                              \
    do {                                                                                                  \
        const FixtureStatus status_ = (expression);                                                       \
        if (!status_.ok) {                                                                                \
            QTest::qFail(qPrintable(QStringLiteral(#expression ": ") + status_.message), __FILE__, __LINE__); \
            return onFailure;                                                                             \
        }                                                                                                 \
    } while (false)

QString ValidationTest::rowPath(const QString &suffix)
{
    QString row = QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "");
    QString name = QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-') + row;
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    ++m_counter;
    return m_dir.filePath(QStringLiteral("%1-%2-%3").arg(name).arg(m_counter).arg(suffix));
}

const Credential &ValidationTest::credential(const QString &label) const
{
    static const Credential none;
    const auto it = m_credentials.constFind(label);
    return it == m_credentials.constEnd() ? none : *it;
}

ValidationData ValidationTest::revocationMaterial(const Recipe &recipe)
{
    ValidationData data;
    if (recipe.revocation == Recipe::Revocation::None)
        return data;
    const Credential &signer = credential(recipe.signer);
    const QDateTime signing = recipe.signingTime.isValid() ? recipe.signingTime : kSigningTime;
    // Checked an hour after signing, or the day after a revocation that came later.
    QDateTime checked = signing.addSecs(3600);
    if (recipe.revokedAt.isValid() && recipe.revokedAt >= checked)
        checked = recipe.revokedAt.addDays(1);
    const bool revoked = recipe.revocation == Recipe::Revocation::OcspRevoked || recipe.revocation == Recipe::Revocation::CrlRevoked;

    // The issuing CA below the root needs its own status: the root's CRL, which lists nothing.
    QByteArray rootCrl;
    CHECK_FIXTURE(crl(m_pki->root(), {}, checked, checked.addDays(30), &rootCrl), data);
    data.crls << rootCrl;
    data.certificates << m_pki->intermediate().certificateDer();
    if (recipe.revocation == Recipe::Revocation::OcspGood || recipe.revocation == Recipe::Revocation::OcspRevoked) {
        OcspOptions ocsp;
        ocsp.status = revoked ? CertificateStatus::Revoked : CertificateStatus::Good;
        ocsp.revocationTime = recipe.revokedAt;
        ocsp.thisUpdate = checked;
        ocsp.nextUpdate = checked.addDays(7);
        QByteArray response;
        CHECK_FIXTURE(ocspResponse(signer, m_pki->ocspResponder(), ocsp, &response), data);
        data.ocsps << response;
        data.certificates << m_pki->ocspResponder().certificateDer();
    } else {
        QList<RevokedCertificate> listed;
        if (revoked)
            listed.append({signer, recipe.revokedAt});
        QByteArray issuerCrl;
        CHECK_FIXTURE(crl(m_pki->intermediate(), listed, checked, checked.addDays(30), &issuerCrl), data);
        data.crls.prepend(issuerCrl);
    }
    return data;
}

QString ValidationTest::makeDocument(const Recipe &recipe)
{
    const Credential &signer = credential(recipe.signer);
    if (signer.isNull()) {
        QTest::qFail(qPrintable(QStringLiteral("no credential ") + recipe.signer), __FILE__, __LINE__);
        return {};
    }
    const ValidationData material = revocationMaterial(recipe);
    if (QTest::currentTestFailed())
        return {};

    SignOptions options;
    options.signingTime = recipe.signingTime.isValid() ? recipe.signingTime : kSigningTime;
    if (recipe.signatureTimestamp.isValid())
        options.signatureTimestamp = SignatureTimestamp{m_pki->timestampAuthority(), recipe.signatureTimestamp, recipe.timestampOverOtherData};
    if (recipe.wrongSigningCertificate)
        options.signingCertificate = SigningCertificateReference::OtherCertificate;
    if (recipe.placement == Recipe::Placement::SignatureArchival)
        options.revocationArchival = RevocationArchival{material.crls, material.ocsps};
    if (recipe.placement == Recipe::Placement::CmsCrls)
        options.cmsCrls = material.crls;
    options.contentsCapacity = 16384;

    QString current = rowPath(QStringLiteral("signed.pdf"));
    SignatureLayout layout;
    CHECK_FIXTURE(signPdf(m_plain, current, signer, options, &layout), QString());
    auto next = [&](const QString &step) { return rowPath(step + QStringLiteral(".pdf")); };
    if (recipe.tamper) {
        const QString changed = next(QStringLiteral("tampered"));
        QFile file(current);
        if (!file.open(QIODevice::ReadOnly)) {
            QTest::qFail("the signed file cannot be read", __FILE__, __LINE__);
            return {};
        }
        const QByteArray target("(Granska test document");
        const qint64 at = file.readAll().indexOf(target);
        CHECK_FIXTURE(flipByte(current, changed, at + target.size() - 1), QString());
        current = changed;
    }
    if (recipe.documentTimestampBeforeDss) {
        const QString stamped = next(QStringLiteral("doc-timestamp"));
        CHECK_FIXTURE(addDocumentTimestamp(current, stamped, m_pki->timestampAuthority(), kDocumentTimestampTime), QString());
        current = stamped;
    }
    const bool inStore = recipe.placement == Recipe::Placement::Dss || recipe.placement == Recipe::Placement::Vri;
    if (!material.isEmpty() && inStore) {
        SecurityStoreContent content;
        if (recipe.placement == Recipe::Placement::Dss)
            content.store = material;
        else
            content.vri.insert(layout.fieldName, material);
        const QString withStore = next(QStringLiteral("dss"));
        CHECK_FIXTURE(addDss(current, withStore, content), QString());
        current = withStore;
    }
    if (recipe.documentTimestampAfterDss) {
        const QString stamped = next(QStringLiteral("archive-timestamp"));
        CHECK_FIXTURE(addDocumentTimestamp(current, stamped, m_pki->timestampAuthority(), kDocumentTimestampTime.addDays(1)), QString());
        current = stamped;
    }
    return current;
}

AssessOptions ValidationTest::optionsFor(const Recipe &recipe) const
{
    auto trust = std::make_shared<TrustStore>();
    if (recipe.anchor == Recipe::Anchor::Root)
        trust->addCertificateData(m_pki->root().certificateDer(), QStringLiteral("test root"));
    else if (recipe.anchor == Recipe::Anchor::Unrelated)
        trust->addCertificateData(m_pki->unrelatedRoot().certificateDer(), QStringLiteral("unrelated root"));
    if (!recipe.trustedList.isEmpty()) {
        QString error;
        if (!trust->addTrustedList(trustedListPath(recipe.trustedList), &error))
            qWarning("trusted list %s: %s", qPrintable(recipe.trustedList), qPrintable(error));
    }
    AssessOptions options;
    options.profile = QStringLiteral("none");
    options.signatures.trust = trust;
    options.signatures.policy.time = recipe.time;
    options.signatures.policy.given = recipe.validationTime.isValid() ? recipe.validationTime : kValidationTime;
    return options;
}

Assessment ValidationTest::build(const Recipe &recipe, QString *path)
{
    const QString file = makeDocument(recipe);
    if (path)
        *path = file;
    if (file.isEmpty())
        return {};
    return Assessor::assess(file, optionsFor(recipe));
}

QString ValidationTest::trustedListPath(const QString &name) const
{
    return m_dir.filePath(QStringLiteral("trusted-list-%1.xml").arg(name));
}

// The issuing CA of our signers as a qualified CA service (CA/QC) in the lists the rows use.
void ValidationTest::writeTrustedLists()
{
    const QDateTime eidas = utc(2016, 7, 1);
    auto list = [&](const QList<TrustedListStatus> &history) {
        TrustedListSpec spec;
        TrustedListService service;
        service.name = QStringLiteral("Granska Test Issuing CA (qualified certificates)");
        service.certificate = m_pki->intermediate().certificateDer();
        service.history = history;
        spec.services << service;
        return spec;
    };
    auto granted = [&](const QList<TrustedListQualification> &qualifications, const QDateTime &from = {}) {
        TrustedListStatus status;
        status.status = QStringLiteral("granted");
        status.from = from.isValid() ? from : eidas;
        status.qualifications = qualifications;
        status.additionalInformation = {QStringLiteral("ForeSignatures"), QStringLiteral("ForeSeals")};
        return status;
    };
    auto withdrawn = [&](const QDateTime &from) {
        TrustedListStatus status;
        status.status = QStringLiteral("withdrawn");
        status.from = from;
        return status;
    };
    const QList<std::pair<QString, TrustedListSpec>> lists = {
        {QStringLiteral("granted"), list({granted({})})},
        // Certificates with our policy have their key on a qualified device, whatever they say.
        {QStringLiteral("policy"), list({granted({{{QStringLiteral("QCWithQSCD")}, {QLatin1String(kQualifiedPolicy)}, QStringLiteral("atLeastOne")}})})},
        // Every certificate is a qualified one for e-signatures with the key on a device.
        {QStringLiteral("overriding"),
         list({granted({{{QStringLiteral("QCStatement"), QStringLiteral("QCForESig"), QStringLiteral("QCWithQSCD")}, {}, QString()}})})},
        {QStringLiteral("no-qscd"), list({granted({{{QStringLiteral("QCNoQSCD")}, {}, QString()}})})},
        // Every certificate is a qualified one for e-seals with the key on a device (pre-eIDAS names).
        {QStringLiteral("for-seals"),
         list({granted({{{QStringLiteral("QCStatement"), QStringLiteral("QCForESeal"), QStringLiteral("QCWithSSCD")}, {}, QString()}})})},
        {QStringLiteral("withdrawn-2024"), list({withdrawn(utc(2024, 1, 1)), granted({})})},
        {QStringLiteral("withdrawn-2025"), list({withdrawn(utc(2025, 1, 1)), granted({})})},
        // Withdrawn during 2024 only: granted again since 2025.
        {QStringLiteral("withdrawn-during-2024"), list({granted({}, utc(2025, 1, 1)), withdrawn(utc(2024, 1, 1)), granted({})})},
    };
    for (const auto &[name, spec] : lists)
        QVERIFY_FIXTURE(writeTrustedList(trustedListPath(name), spec));
}
