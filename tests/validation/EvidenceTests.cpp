// The evidence a signature's validation rests on: its timestamps (genTime, integrity, trust) and
// the revocation data found for its chain, with where in the document each came from.
#include "ValidationTest.h"

#include <QTest>

using namespace granska;
using namespace granska::fixtures;
using namespace validationtest;

void ValidationTest::signatureTimestamp_data()
{
    QTest::addColumn<Recipe>("recipe");
    QTest::addColumn<bool>("intact");
    QTest::addColumn<bool>("trusted");

    const Recipe stamped = Recipe().timestamped(kTimestampTime).revocationData(Recipe::Revocation::OcspGood);
    QTest::newRow("trusted timestamp") << stamped << true << true;
    QTest::newRow("timestamp authority not trusted") << stamped.anchoredIn(Recipe::Anchor::Unrelated) << true << false;
    QTest::newRow("timestamp over other data") << stamped.timestampOverOtherBytes() << false << true;
}

void ValidationTest::signatureTimestamp()
{
    QFETCH(Recipe, recipe);
    QFETCH(bool, intact);
    QFETCH(bool, trusted);

    const Assessment a = build(recipe);
    if (QTest::currentTestFailed())
        return;
    const SignatureInfo *s = mainSignature(a);
    QVERIFY2(s, qPrintable(describe(a)));
    QVERIFY2(s->integrity == Integrity::Intact, qPrintable(describe(*s)));
    QCOMPARE(s->timestamps.size(), 1);
    const TimestampInfo &t = s->timestamps.first();
    QCOMPARE(t.type, TimestampInfo::Type::Signature);
    QCOMPARE(t.time, kTimestampTime);
    QVERIFY(t.authority.has_value());
    QCOMPARE(t.authority->commonName, QStringLiteral("Granska Test TSA"));
    QVERIFY(!t.certificates.isEmpty());
    QVERIFY2((t.integrity == Integrity::Intact) == intact, qPrintable(t.detail));
    QVERIFY(!t.detail.isEmpty());
    QCOMPARE(t.trusted, trusted);
    const bool warned = std::any_of(s->warnings.cbegin(), s->warnings.cend(),
                                    [](const QString &w) { return w.contains(QLatin1String("timestamp"), Qt::CaseInsensitive); });
    QCOMPARE(warned, !intact);
    // Only an intact and trusted timestamp is a proof of existence.
    QCOMPARE(s->bestSignatureTime, intact && trusted ? kTimestampTime : kValidationTime);
    if (intact) {
        QCOMPARE(t.digestAlgorithm, QStringLiteral("SHA-256"));
    } else {
        QCOMPARE(toString(t.integrity), toString(Integrity::Broken));
        QVERIFY2(t.detail.contains(QLatin1String("imprint")), qPrintable(t.detail));
    }
}

void ValidationTest::revocationSources_data()
{
    QTest::addColumn<Recipe>("recipe");
    QTest::addColumn<QString>("kind");   // of the signer's entry
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("inStore");   // the chain's data is in the DSS or a VRI entry

    const Recipe base = Recipe().timestamped(kTimestampTime);
    const auto ocsp = Recipe::Revocation::OcspGood;
    const auto crl = Recipe::Revocation::CrlGood;
    QTest::newRow("OCSP in the DSS") << base.revocationData(ocsp, Recipe::Placement::Dss) << "OCSP" << "DSS" << true;
    QTest::newRow("CRL in the DSS") << base.revocationData(crl, Recipe::Placement::Dss) << "CRL" << "DSS" << true;
    QTest::newRow("OCSP in the VRI") << base.revocationData(ocsp, Recipe::Placement::Vri) << "OCSP" << "VRI" << true;
    QTest::newRow("CRL in the VRI") << base.revocationData(crl, Recipe::Placement::Vri) << "CRL" << "VRI" << true;
    QTest::newRow("OCSP in adbe-revocationInfoArchival") << base.revocationData(ocsp, Recipe::Placement::SignatureArchival) << "OCSP"
                                                         << "signature (adbe-revocationInfoArchival)" << false;
    QTest::newRow("CRL in the CMS") << base.revocationData(crl, Recipe::Placement::CmsCrls) << "CRL" << "signature (CMS)" << false;
}

void ValidationTest::revocationSources()
{
    QFETCH(Recipe, recipe);
    QFETCH(QString, kind);
    QFETCH(QString, source);
    QFETCH(bool, inStore);

    const Assessment a = build(recipe);
    if (QTest::currentTestFailed())
        return;
    const SignatureInfo *s = mainSignature(a);
    QVERIFY2(s, qPrintable(describe(a)));
    QVERIFY2(s->indication == Indication::TotalPassed, qPrintable(describe(*s)));

    const QString signer = s->signer->commonName;
    const auto signerEntry = std::find_if(s->revocation.cbegin(), s->revocation.cend(),
                                          [&](const RevocationInfo &r) { return r.certificate == signer; });
    QVERIFY2(signerEntry != s->revocation.cend(), qPrintable(describe(*s)));
    QCOMPARE(signerEntry->kind, kind);
    QCOMPARE(signerEntry->source, source);
    QCOMPARE(signerEntry->status, QStringLiteral("good"));
    QCOMPARE(signerEntry->producedAt, kRevocationCheck);
    QCOMPARE(signerEntry->nextUpdate, kRevocationCheck.addDays(kind == QLatin1String("OCSP") ? 7 : 30));
    QVERIFY(!signerEntry->detail.isEmpty());

    // The issuing CA's status comes from the root's CRL, found in the same place.
    const auto caEntry = std::find_if(s->revocation.cbegin(), s->revocation.cend(),
                                      [](const RevocationInfo &r) { return r.certificate == QLatin1String("Granska Test Issuing CA"); });
    QVERIFY2(caEntry != s->revocation.cend(), qPrintable(describe(*s)));
    QCOMPARE(caEntry->kind, QStringLiteral("CRL"));
    QCOMPARE(caEntry->source, source);
    QCOMPARE(caEntry->status, QStringLiteral("good"));

    // Nothing about the trust anchor itself.
    QVERIFY(std::none_of(s->revocation.cbegin(), s->revocation.cend(),
                         [](const RevocationInfo &r) { return r.certificate == QLatin1String("Granska Test Root CA"); }));
    // Inside the signature the data is in the document too, but whether that counts as embedded
    // validation data (it does not for B-LT) is the engine's definition; only the store is asserted.
    if (inStore)
        QVERIFY2(s->validationDataEmbedded, qPrintable(describe(*s)));
}
