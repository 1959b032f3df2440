// Helpers shared by the engine test's files, and the fixtures every test function starts from.
#include "EngineTest.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace granska;
using namespace granska::fixtures;

namespace enginetest {

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Assessment assess(const QString &path, const QString &profile, const Limits &limits)
{
    AssessOptions options;
    options.profile = profile;
    options.limits = limits;
    return Assessor::assess(path, options);
}

QString describe(const Assessment &a)
{
    QStringList parts;
    parts << QStringLiteral("status=%1 error=%2").arg(a.status == AssessmentStatus::Ok ? "ok" : "error", a.error);
    for (const Finding &f : a.findings)
        parts << QStringLiteral("finding %1: %2").arg(f.code, f.message);
    for (const SignatureInfo &s : a.signatures)
        parts << QStringLiteral("signature %1: %2 (%3)").arg(s.field, toString(s.integrity), s.integrityDetail);
    return parts.join(QLatin1String("; "));
}

bool hasFinding(const Assessment &a, const QString &code)
{
    for (const Finding &f : a.findings) {
        if (f.code == code)
            return true;
    }
    return false;
}

} // namespace enginetest

using namespace enginetest;

void EngineTest::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    m_pki = std::make_unique<TestPki>();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    QVERIFY_FIXTURE(m_pki->writePem(m_dir.path()));
    for (const Credential &c : m_pki->all()) {
        QVERIFY(fileBytes(path(c.label() + QStringLiteral(".crt.pem"))).startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(fileBytes(path(c.label() + QStringLiteral(".key.pem"))).startsWith("-----BEGIN PRIVATE KEY-----"));
    }
    m_plain = path(QStringLiteral("plain.pdf"));
    QVERIFY_FIXTURE(makePdf(m_plain, 1));
}

QString EngineTest::rowPath(const QString &suffix) const
{
    QString tag = QString::fromUtf8(QTest::currentTestFunction());
    if (QTest::currentDataTag())
        tag += QLatin1Char('-') + QString::fromUtf8(QTest::currentDataTag());
    tag.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return path(tag + QLatin1Char('-') + suffix);
}

const Credential &EngineTest::credential(const QString &label) const
{
    static const Credential none;
    for (const Credential *c : {&m_pki->rsaSigner(), &m_pki->ecSigner(), &m_pki->expiredSigner(), &m_pki->intermediate(), &m_pki->root()}) {
        if (c->label() == label)
            return *c;
    }
    return none;
}

bool EngineTest::makeSigned(const QString &output, const Credential &signer, const SignOptions &options, SignatureLayout *layout)
{
    const FixtureStatus status = signPdf(m_plain, output, signer, options, layout);
    if (!status)
        qWarning("%s", qPrintable(status.message));
    return status.ok;
}

