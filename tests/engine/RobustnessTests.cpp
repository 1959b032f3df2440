// Encrypted, truncated, unreadable and hostile input: a clear status, quickly, never a crash.
#include "EngineTest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

using namespace granska;
using namespace granska::fixtures;
using namespace enginetest;

void EngineTest::encryptedWithoutUserPassword()
{
    const QString file = path(QStringLiteral("encrypted-open.pdf"));
    QVERIFY_FIXTURE(encrypt(m_plain, file, QString(), QStringLiteral("owner-secret")));
    const Assessment a = assess(file);
    QVERIFY2(a.status == AssessmentStatus::Ok, qPrintable(describe(a)));
    QVERIFY(a.identity.encrypted);
    QVERIFY2(a.identity.encryption.contains(QLatin1String("AES-256")), qPrintable(a.identity.encryption));
    QCOMPARE(a.identity.pageCount, 1);
    QVERIFY2(hasFinding(a, QStringLiteral("encrypted")), qPrintable(describe(a)));
}

void EngineTest::encryptedWithUserPassword()
{
    const QString file = path(QStringLiteral("encrypted-closed.pdf"));
    QVERIFY_FIXTURE(encrypt(m_plain, file, QStringLiteral("user-secret"), QStringLiteral("owner-secret")));
    const Assessment a = assess(file);
    QVERIFY2(a.status == AssessmentStatus::Error, qPrintable(describe(a)));
    QVERIFY2(a.error.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(a.error));
    QVERIFY(a.identity.encrypted);
    QCOMPARE(a.identity.size, QFileInfo(file).size());
    QCOMPARE(a.identity.sha256, QString::fromLatin1(QCryptographicHash::hash(fileBytes(file), QCryptographicHash::Sha256).toHex()));
    QVERIFY(a.hasProblems());
}

void EngineTest::truncated_data()
{
    QTest::addColumn<int>("keepPercent"); // of the signed file; negative: bytes cut from the end

    QTest::newRow("header only") << 0;
    QTest::newRow("a quarter") << 25;
    QTest::newRow("half") << 50;
    QTest::newRow("90 percent") << 90;
    QTest::newRow("without the last 3 bytes") << -3;
    QTest::newRow("without the last 40 bytes") << -40;
}

void EngineTest::truncated()
{
    QFETCH(int, keepPercent);
    const QString signedFile = path(QStringLiteral("truncated-source.pdf"));
    if (!QFileInfo::exists(signedFile))
        QVERIFY(makeSigned(signedFile, m_pki->rsaSigner()));
    const qint64 size = QFileInfo(signedFile).size();
    const qint64 keep = keepPercent == 0 ? 9 : keepPercent > 0 ? size * keepPercent / 100 : size + keepPercent;
    const QString file = rowPath(QStringLiteral("truncated.pdf"));
    QVERIFY_FIXTURE(truncate(signedFile, file, keep));

    QElapsedTimer timer;
    timer.start();
    const Assessment a = assess(file);
    QVERIFY(timer.elapsed() < 2000);
    QCOMPARE(a.identity.size, keep);
    bool noticed = a.status == AssessmentStatus::Error || !a.findings.isEmpty();
    for (const SignatureInfo &s : a.signatures)
        noticed = noticed || s.integrity != Integrity::Intact;
    QVERIFY2(noticed, qPrintable(describe(a)));
    if (a.status == AssessmentStatus::Error)
        QVERIFY(!a.error.isEmpty());
}

void EngineTest::unreadable_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("not a PDF") << "not-pdf";
    QTest::newRow("empty file") << "empty";
    QTest::newRow("missing file") << "missing";
    QTest::newRow("a folder") << "folder";
}

void EngineTest::unreadable()
{
    QFETCH(QString, kind);
    QString file = rowPath(QStringLiteral("input.pdf"));
    if (kind == QLatin1String("not-pdf"))
        QVERIFY_FIXTURE(writeHostile(file, Hostile::NotPdf));
    else if (kind == QLatin1String("empty"))
        QVERIFY_FIXTURE(writeHostile(file, Hostile::Empty));
    else if (kind == QLatin1String("folder"))
        QVERIFY(QDir().mkpath(file));

    const Assessment a = assess(file);
    QVERIFY2(a.status == AssessmentStatus::Error, qPrintable(describe(a)));
    QVERIFY(!a.error.isEmpty());
    QCOMPARE(a.file, file);
    QVERIFY(a.signatures.isEmpty());
    QVERIFY(a.hasProblems());
    if (kind == QLatin1String("not-pdf") || kind == QLatin1String("empty")) {
        QCOMPARE(a.identity.size, QFileInfo(file).size());
        QCOMPARE(a.identity.sha256, QString::fromLatin1(QCryptographicHash::hash(fileBytes(file), QCryptographicHash::Sha256).toHex()));
    }
}

void EngineTest::hostile_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("expectedFinding"); // a finding code; empty: any finding or an error
    QTest::addColumn<bool>("expectError");

    const QList<std::tuple<Hostile, QString, bool>> cases = {
        {Hostile::DecompressionBomb, QStringLiteral("limit"), false},
        {Hostile::DeepNesting, QString(), false},
        {Hostile::FieldKidsLoop, QString(), false},
        {Hostile::PageTreeLoop, QString(), false},
        {Hostile::XrefPrevLoop, QStringLiteral("revisions"), false},
        {Hostile::NotPdf, QString(), true},
        {Hostile::Empty, QString(), true},
    };
    for (const auto &[kind, finding, error] : cases) {
        for (const QString profile : {QStringLiteral("none"), QStringLiteral("2b")}) {
            QTest::newRow(qPrintable(hostileName(kind) + QLatin1Char('/') + profile)) << int(kind) << profile << finding << error;
        }
    }
}

void EngineTest::hostile()
{
    QFETCH(int, kind);
    QFETCH(QString, profile);
    QFETCH(QString, expectedFinding);
    QFETCH(bool, expectError);

    HostileOptions options;
    options.inflatedBytes = 64LL * 1024 * 1024;
    Limits limits; // small enough to keep the test fast, far below the bomb
    limits.maxDecodedStreamBytes = 1024 * 1024;
    limits.maxDecodedTotalBytes = 4 * 1024 * 1024;
    const QString file = rowPath(QStringLiteral("hostile.pdf"));
    QVERIFY_FIXTURE(writeHostile(file, Hostile(kind), options));

    QElapsedTimer timer;
    timer.start();
    const Assessment a = assess(file, profile, limits);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    if (expectError) {
        QVERIFY2(a.status == AssessmentStatus::Error, qPrintable(describe(a)));
        QVERIFY(!a.error.isEmpty());
        return;
    }
    if (!expectedFinding.isEmpty()) {
        QVERIFY2(hasFinding(a, expectedFinding), qPrintable(describe(a)));
        return;
    }
    QVERIFY2(a.status == AssessmentStatus::Error || !a.findings.isEmpty(), qPrintable(describe(a)));
}
