// The conclusion of ETSI EN 319 102-1 for one signature: TOTAL-PASSED, INDETERMINATE or
// TOTAL-FAILED with its sub-indication, from the chain, the revocation data, the proofs of
// existence and the validation time.
#include "ValidationTest.h"

#include <QTest>

using namespace granska;
using namespace granska::fixtures;
using namespace validationtest;

void ValidationTest::conclusion_data()
{
    QTest::addColumn<Recipe>("recipe");
    QTest::addColumn<int>("indication");
    QTest::addColumn<QString>("subIndication");

    const int passed = int(Indication::TotalPassed);
    const int indeterminate = int(Indication::Indeterminate);
    const int failed = int(Indication::TotalFailed);
    const auto ocspGood = Recipe::Revocation::OcspGood;
    const Recipe good = Recipe().revocationData(ocspGood);
    const Recipe revoked = Recipe().by(QStringLiteral("revoked-signer"));
    const QDateTime beforeSigning = utc(2024, 1, 10);

    QTest::newRow("good signer, OCSP good in the DSS") << good << passed << "";
    QTest::newRow("good signer, CRL in the DSS") << Recipe().revocationData(Recipe::Revocation::CrlGood) << passed << "";
    QTest::newRow("good signer, timestamped, B-LTA") << good.timestamped(kTimestampTime).archiveTimestamped() << passed << "";
    QTest::newRow("RSA signer") << good.by(QStringLiteral("rsa-signer")) << passed << "";
    QTest::newRow("no trust anchor") << good.anchoredIn(Recipe::Anchor::None) << indeterminate << "NO_CERTIFICATE_CHAIN_FOUND";
    QTest::newRow("unrelated trust anchor") << good.anchoredIn(Recipe::Anchor::Unrelated) << indeterminate << "NO_CERTIFICATE_CHAIN_FOUND";
    QTest::newRow("no revocation data") << Recipe() << indeterminate << "TRY_LATER";
    QTest::newRow("revoked before signing, OCSP")
        << revoked.revocationData(Recipe::Revocation::OcspRevoked, Recipe::Placement::Dss, beforeSigning) << failed << "REVOKED";
    QTest::newRow("revoked before signing, CRL")
        << revoked.revocationData(Recipe::Revocation::CrlRevoked, Recipe::Placement::Dss, beforeSigning) << failed << "REVOKED";
    QTest::newRow("revoked before a later signature timestamp")
        << revoked.timestamped(kTimestampTime).revocationData(Recipe::Revocation::OcspRevoked, Recipe::Placement::Dss, beforeSigning)
        << failed << "REVOKED";
    QTest::newRow("expired signer, validated now without timestamp")
        << Recipe().by(QStringLiteral("expired-signer")).signedAt(utc(2020, 6, 1, 10)).revocationData(ocspGood)
               .validatedAt(ValidationPolicy::Time::Now)
        << indeterminate << "OUT_OF_BOUNDS_NO_POE";
    QTest::newRow("tampered") << good.tampered() << failed << "HASH_FAILURE";
    QTest::newRow("signing-certificate-v2 names another certificate")
        << good.wrongSigningCertificateAttribute() << indeterminate << "NO_SIGNING_CERTIFICATE_FOUND";
}

void ValidationTest::conclusion()
{
    QFETCH(Recipe, recipe);
    QFETCH(int, indication);
    QFETCH(QString, subIndication);

    const Assessment a = build(recipe);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(a.status == AssessmentStatus::Ok, qPrintable(describe(a)));
    const SignatureInfo *s = mainSignature(a);
    QVERIFY2(s, qPrintable(describe(a)));
    QVERIFY2(s->indication == Indication(indication) && s->subIndication == subIndication, qPrintable(describe(*s)));
    QVERIFY2(!s->indicationDetail.isEmpty(), qPrintable(describe(*s)));
    if (indication == int(Indication::TotalPassed)) {
        QVERIFY2(!s->trustAnchor.isEmpty(), qPrintable(describe(*s)));
        QCOMPARE(s->chain.size(), 3); // signer, issuing CA, root
        QCOMPARE(s->chain.first().commonName, s->signer->commonName);
        QCOMPARE(s->chain.last().commonName, QStringLiteral("Granska Test Root CA"));
    }
    if (subIndication == QLatin1String("NO_CERTIFICATE_CHAIN_FOUND"))
        QVERIFY(s->trustAnchor.isEmpty());
}

// A signature timestamp made before the revocation proves the signature existed while the
// certificate was good: the revocation does not fail the signature.
void ValidationTest::revokedAfterProofOfExistence()
{
    const QDateTime revokedAt = utc(2024, 6, 1);
    const Recipe recipe = Recipe()
                              .by(QStringLiteral("revoked-signer"))
                              .timestamped(kTimestampTime)
                              .revocationData(Recipe::Revocation::OcspRevoked, Recipe::Placement::Dss, revokedAt);
    const Assessment a = build(recipe);
    if (QTest::currentTestFailed())
        return;
    const SignatureInfo *s = mainSignature(a);
    QVERIFY2(s, qPrintable(describe(a)));
    QCOMPARE(s->bestSignatureTime, kTimestampTime);
    QVERIFY2(s->indication != Indication::TotalFailed, qPrintable(describe(*s)));
    QVERIFY2(s->subIndication != QLatin1String("REVOKED"), qPrintable(describe(*s)));
    const auto entry = std::find_if(s->revocation.cbegin(), s->revocation.cend(),
                                    [](const RevocationInfo &r) { return r.status == QLatin1String("revoked"); });
    QVERIFY2(entry != s->revocation.cend(), qPrintable(describe(*s)));
    QCOMPARE(entry->revocationTime, revokedAt);
    // EN 319 102-1, 5.5 (validation of signatures with time): when the best-signature-time lies
    // before the revocation time, INDETERMINATE/REVOKED_NO_POE of the basic validation becomes a pass.
    QCOMPARE(toString(s->indication), toString(Indication::TotalPassed));
}

// The expired signer (certificate 2019-2021), signed on 2020-06-01, with OCSP good from then:
// whether it passes depends on the validation time and on a proof of existence before expiry.
void ValidationTest::expiredSignerAndValidationTime_data()
{
    QTest::addColumn<Recipe>("recipe");
    QTest::addColumn<int>("indication");
    QTest::addColumn<QString>("subIndication");

    const QDateTime signedAt = utc(2020, 6, 1, 10);
    const Recipe expired = Recipe().by(QStringLiteral("expired-signer")).signedAt(signedAt).revocationData(Recipe::Revocation::OcspGood);
    const int passed = int(Indication::TotalPassed);
    const int indeterminate = int(Indication::Indeterminate);
    QTest::newRow("now, no timestamp") << expired.validatedAt(ValidationPolicy::Time::Now) << indeterminate << "OUT_OF_BOUNDS_NO_POE";
    QTest::newRow("given 2030, no timestamp") << expired << indeterminate << "OUT_OF_BOUNDS_NO_POE";
    QTest::newRow("given 2020-12-01, within the validity") << expired.validatedAt(ValidationPolicy::Time::Given, utc(2020, 12, 1))
                                                           << passed << "";
    QTest::newRow("signing time") << expired.validatedAt(ValidationPolicy::Time::SigningTime) << passed << "";
    QTest::newRow("now, trusted timestamp before expiry")
        << expired.timestamped(signedAt.addSecs(60)).validatedAt(ValidationPolicy::Time::Now) << passed << "";
    QTest::newRow("now, timestamp before expiry but no trust anchor")
        << expired.timestamped(signedAt.addSecs(60)).validatedAt(ValidationPolicy::Time::Now).anchoredIn(Recipe::Anchor::None)
        << indeterminate << "NO_CERTIFICATE_CHAIN_FOUND";
    QTest::newRow("now, timestamp only after expiry")
        << expired.timestamped(utc(2021, 3, 1)).validatedAt(ValidationPolicy::Time::Now) << indeterminate << "OUT_OF_BOUNDS_NO_POE";
}

void ValidationTest::expiredSignerAndValidationTime()
{
    QFETCH(Recipe, recipe);
    QFETCH(int, indication);
    QFETCH(QString, subIndication);

    const Assessment a = build(recipe);
    if (QTest::currentTestFailed())
        return;
    const SignatureInfo *s = mainSignature(a);
    QVERIFY2(s, qPrintable(describe(a)));
    QVERIFY2(s->indication == Indication(indication) && s->subIndication == subIndication, qPrintable(describe(*s)));
    switch (recipe.time) {
    case ValidationPolicy::Time::Given:
        QCOMPARE(s->validationTime, recipe.validationTime.isValid() ? recipe.validationTime : kValidationTime);
        break;
    case ValidationPolicy::Time::SigningTime:
        QCOMPARE(s->validationTime, recipe.signingTime);
        break;
    case ValidationPolicy::Time::Now:
        QVERIFY(qAbs(s->validationTime.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        break;
    }
    if (recipe.signatureTimestamp.isValid() && recipe.anchor == Recipe::Anchor::Root)
        QCOMPARE(s->bestSignatureTime, recipe.signatureTimestamp);
}
