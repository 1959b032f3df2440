// granska-cli's JSON for validated signatures: the keys of the validation, the trust options and
// the validation time, and what a bad validation time does.
#include "ValidationTest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace granska;
using namespace granska::fixtures;
using namespace validationtest;

namespace {

const QString kCli = QStringLiteral(GRANSKA_BINARY_DIR "/bin/granska-cli");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(kCli, arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = "granska-cli did not finish within 60 s";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

void ValidationTest::cliJson()
{
    QVERIFY2(QFileInfo(kCli).isExecutable(), qPrintable(kCli + QStringLiteral(" is missing; build the granska-cli target")));
    QString file;
    const Recipe recipe = Recipe().by(QStringLiteral("qualified-person")).timestamped(kTimestampTime).revocationData(Recipe::Revocation::OcspGood);
    file = makeDocument(recipe);
    if (QTest::currentTestFailed())
        return;

    const Run run = runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--trust-anchor"), m_rootPem,
                            QStringLiteral("--trusted-list"), trustedListPath(QStringLiteral("granted")), QStringLiteral("--validation-time"),
                            QStringLiteral("2030-01-01T00:00:00Z"), file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.trimmed(), &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    const QJsonArray signatures = document.object().value(QStringLiteral("signatures")).toArray();
    QCOMPARE(signatures.size(), 1);
    const QJsonObject s = signatures.first().toObject();

    for (const char *key : {"indication", "subIndication", "indicationDetail", "validationTime", "bestSignatureTime", "level", "levelMissing",
                            "qualification", "kind", "timestampTime", "modificationsAfter", "chain", "trustAnchor", "timestamps", "revocation",
                            "validationDataEmbedded", "personalNumber", "certificationLevel"})
        QVERIFY2(s.contains(QLatin1String(key)), key);
    QCOMPARE(s.value(QStringLiteral("indication")).toString(), QStringLiteral("TOTAL-PASSED"));
    QVERIFY(s.value(QStringLiteral("subIndication")).isNull() || s.value(QStringLiteral("subIndication")).toString().isEmpty());
    QCOMPARE(s.value(QStringLiteral("level")).toString(), QStringLiteral("B-LT"));
    QCOMPARE(s.value(QStringLiteral("qualification")).toString(), QStringLiteral("QES"));
    QCOMPARE(s.value(QStringLiteral("kind")).toString(), QStringLiteral("signature"));
    QCOMPARE(QDateTime::fromString(s.value(QStringLiteral("timestampTime")).toString(), Qt::ISODate), kTimestampTime);
    QCOMPARE(QDateTime::fromString(s.value(QStringLiteral("validationTime")).toString(), Qt::ISODate), kValidationTime);
    // The chain ends at the first trusted certificate: the issuing CA, a service of the trusted list.
    const QJsonArray chain = s.value(QStringLiteral("chain")).toArray();
    QVERIFY(chain.size() >= 2);
    QCOMPARE(chain.first().toObject().value(QStringLiteral("commonName")).toString(), QStringLiteral("Petra Persson"));
    QCOMPARE(chain.at(1).toObject().value(QStringLiteral("commonName")).toString(), QStringLiteral("Granska Test Issuing CA"));
    QVERIFY(!s.value(QStringLiteral("trustAnchor")).toString().isEmpty());
    QVERIFY(s.value(QStringLiteral("validationDataEmbedded")).toBool());
    // The CLI masks personal data unless --show-personal-data is given.
    const QJsonObject person = s.value(QStringLiteral("personalNumber")).toObject();
    QCOMPARE(person.value(QStringLiteral("masked")).toString(), QStringLiteral("19800214-****"));
    QVERIFY(!person.contains(QStringLiteral("value")));

    const Run shown = runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--show-personal-data"), file});
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    const QJsonObject unmasked = QJsonDocument::fromJson(shown.out.trimmed()).object().value(QStringLiteral("signatures")).toArray().first().toObject();
    QCOMPARE(unmasked.value(QStringLiteral("personalNumber")).toObject().value(QStringLiteral("value")).toString(), m_pki->personalNumber());
    // Without trust the same signature has no chain to an anchor.
    QCOMPARE(unmasked.value(QStringLiteral("indication")).toString(), QStringLiteral("INDETERMINATE"));
    QCOMPARE(unmasked.value(QStringLiteral("subIndication")).toString(), QStringLiteral("NO_CERTIFICATE_CHAIN_FOUND"));
}

void ValidationTest::cliBadValidationTime_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("words") << "yesterday";
    QTest::newRow("impossible date") << "2030-13-45";
    QTest::newRow("empty") << "";
}

void ValidationTest::cliBadValidationTime()
{
    QFETCH(QString, value);
    QVERIFY2(QFileInfo(kCli).isExecutable(), qPrintable(kCli + QStringLiteral(" is missing; build the granska-cli target")));
    const Run run = runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--validation-time"), value, m_plain});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}
