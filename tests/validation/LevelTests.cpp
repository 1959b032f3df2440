// PAdES baseline levels (ETSI EN 319 142-1, 6.3): B-B, B-T by a signature timestamp or a later
// document timestamp, B-LT with the chain's revocation data in the DSS, B-LTA with a document
// timestamp over that data.
#include "ValidationTest.h"

#include <QTest>

using namespace granska;
using namespace granska::fixtures;
using namespace validationtest;

void ValidationTest::padesLevel_data()
{
    QTest::addColumn<Recipe>("recipe");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("missingMentions"); // a word of levelMissing; empty when nothing is missing

    const Recipe plain;
    const Recipe stamped = plain.timestamped(kTimestampTime);
    const auto good = Recipe::Revocation::OcspGood;
    QTest::newRow("B-B") << plain << "B-B" << "B-T";
    QTest::newRow("B-T, signature timestamp") << stamped << "B-T" << "B-LT";
    QTest::newRow("B-T, later document timestamp") << plain.documentTimestamped() << "B-T" << "B-LT";
    QTest::newRow("B-LT, signature timestamp and DSS") << stamped.revocationData(good) << "B-LT" << "B-LTA";
    QTest::newRow("B-LT, document timestamp and DSS") << plain.documentTimestamped().revocationData(good) << "B-LT" << "B-LTA";
    QTest::newRow("B-LT, revocation data in the VRI") << stamped.revocationData(good, Recipe::Placement::Vri) << "B-LT" << "B-LTA";
    QTest::newRow("B-LT, CRLs only") << stamped.revocationData(Recipe::Revocation::CrlGood) << "B-LT" << "B-LTA";
    QTest::newRow("B-LTA") << stamped.revocationData(good).archiveTimestamped() << "B-LTA" << "";
    // A DSS does not make up for a missing timestamp.
    QTest::newRow("DSS without any timestamp") << plain.revocationData(good) << "B-B" << "B-T";
    // Revocation data inside the signature is not in the DSS: B-LT needs the DSS.
    QTest::newRow("revocation data only in the signature") << stamped.revocationData(good, Recipe::Placement::SignatureArchival) << "B-T" << "DSS";
    // The level says which elements the signature has (as DSS reports a copied, invalid timestamp
    // as "PAdES-BASELINE-T format"); a timestamp whose imprint does not fit still makes B-T, but
    // proves nothing and is reported in a warning.
    QTest::newRow("signature timestamp over other data") << stamped.timestampOverOtherBytes() << "B-T" << "B-LT";
}

void ValidationTest::padesLevel()
{
    QFETCH(Recipe, recipe);
    QFETCH(QString, level);
    QFETCH(QString, missingMentions);

    const Assessment a = build(recipe);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(a.status == AssessmentStatus::Ok, qPrintable(describe(a)));
    const SignatureInfo *s = mainSignature(a);
    QVERIFY2(s, qPrintable(describe(a)));
    QVERIFY2(s->integrity == Integrity::Intact, qPrintable(describe(*s)));
    const bool missingAsExpected = missingMentions.isEmpty() ? s->levelMissing.isEmpty() : s->levelMissing.contains(missingMentions);
    if (QByteArrayView(QTest::currentDataTag()) == "signature timestamp over other data")
        QVERIFY2(!s->warnings.isEmpty(), qPrintable(describe(*s)));
    QVERIFY2(s->level == level && missingAsExpected, qPrintable(describe(*s)));
}

// The document timestamp of B-LTA is reported as a signature field of its own kind, intact,
// trusted through our root, and as a proof of existence of the signature it covers.
void ValidationTest::documentTimestampIsItsOwnEntry()
{
    const Assessment a = build(Recipe().timestamped(kTimestampTime).revocationData(Recipe::Revocation::OcspGood).archiveTimestamped());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(a.signatures.size(), 2);
    const SignatureInfo *stamp = documentTimestamp(a);
    QVERIFY2(stamp, qPrintable(describe(a)));
    QCOMPARE(toString(stamp->kind), toString(SignatureKind::DocumentTimestamp));
    QCOMPARE(stamp->subFilter, QStringLiteral("ETSI.RFC3161"));
    QVERIFY2(stamp->integrity == Integrity::Intact, qPrintable(describe(*stamp)));
    QVERIFY(stamp->coversWholeDocument);
    QCOMPARE(stamp->revision, 4); // original, signature, DSS, document timestamp
    QVERIFY(stamp->level.isEmpty());
    QVERIFY(stamp->signer.has_value());
    QCOMPARE(stamp->signer->commonName, QStringLiteral("Granska Test TSA"));
    QCOMPARE(stamp->cmsSigningTime, kDocumentTimestampTime.addDays(1));

    const SignatureInfo *s = mainSignature(a);
    QVERIFY(s);
    QCOMPARE(s->revision, 2);
    QCOMPARE(s->timestamps.size(), 2);
    const auto document = std::find_if(s->timestamps.cbegin(), s->timestamps.cend(),
                                       [](const TimestampInfo &t) { return t.type == TimestampInfo::Type::Document; });
    QVERIFY(document != s->timestamps.cend());
    QCOMPARE(document->time, kDocumentTimestampTime.addDays(1));
    QCOMPARE(toString(document->integrity), toString(Integrity::Intact));
    QVERIFY(document->trusted);
    QCOMPARE(document->revision, 4);
    // The earliest trusted proof is the signature timestamp, not the later document timestamp.
    QCOMPARE(s->bestSignatureTime, kTimestampTime);
}
