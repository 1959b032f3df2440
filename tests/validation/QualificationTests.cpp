// Qualification in the sense of eIDAS (ETSI TS 119 615) against our synthetic trusted list, the
// kind of signature (signature or seal), and the personal identity numbers certificates carry,
// masked in the JSON when asked.
#include "ValidationTest.h"

#include "assessment/AssessmentJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace granska;
using namespace granska::fixtures;
using namespace validationtest;

void ValidationTest::qualification_data()
{
    QTest::addColumn<Recipe>("recipe");
    QTest::addColumn<QString>("qualification");
    QTest::addColumn<int>("kind");

    // Timestamped on 2024-03-15 with the chain's revocation data: the qualification is judged at
    // that proof of existence.
    const Recipe base = Recipe().timestamped(kTimestampTime).revocationData(Recipe::Revocation::OcspGood);
    const Recipe person = base.by(QStringLiteral("qualified-person"));
    const int signature = int(SignatureKind::Signature);
    const int seal = int(SignatureKind::Seal);
    QTest::newRow("QES: QcCompliance, QcSSCD, QcType esign, granted")
        << person.withTrustedList(QStringLiteral("granted")) << "QES" << signature;
    QTest::newRow("QESeal: legal person, QcType eseal, granted")
        << base.by(QStringLiteral("seal")).withTrustedList(QStringLiteral("granted")) << "QESeal" << seal;
    QTest::newRow("AdES-QC: no QSCD") << base.by(QStringLiteral("qualified-without-device")).withTrustedList(QStringLiteral("granted"))
                                      << "AdES-QC" << signature;
    QTest::newRow("QES: the list's policy criterion adds QCWithQSCD")
        << base.by(QStringLiteral("qualified-with-policy")).withTrustedList(QStringLiteral("policy")) << "QES" << signature;
    QTest::newRow("AdES-QC: the policy criterion does not match")
        << base.by(QStringLiteral("qualified-without-device")).withTrustedList(QStringLiteral("policy")) << "AdES-QC" << signature;
    QTest::newRow("QES: the list's qualifiers make a plain certificate qualified")
        << base.withTrustedList(QStringLiteral("overriding")) << "QES" << signature;
    QTest::newRow("QESeal: the list's QCForESeal and QCWithSSCD") << base.withTrustedList(QStringLiteral("for-seals")) << "QESeal" << seal;
    QTest::newRow("AdES: withdrawn during 2024, when it was timestamped")
        << person.withTrustedList(QStringLiteral("withdrawn-during-2024")) << "AdES" << signature;
    QTest::newRow("QES: withdrawn during 2024, granted again by the validation time")
        << Recipe().by(QStringLiteral("qualified-person")).revocationData(Recipe::Revocation::OcspGood).withTrustedList(QStringLiteral("withdrawn-during-2024"))
        << "QES" << signature;
    QTest::newRow("AdES-QC: the list says QCNoQSCD") << person.withTrustedList(QStringLiteral("no-qscd")) << "AdES-QC" << signature;
    QTest::newRow("AdES: withdrawn before the signing time")
        << person.withTrustedList(QStringLiteral("withdrawn-2024")) << "AdES" << signature;
    QTest::newRow("QES: withdrawn only after the proof of existence")
        << person.withTrustedList(QStringLiteral("withdrawn-2025")) << "QES" << signature;
    // Without the timestamp the best signature time is the validation time (2030), when the
    // service was withdrawn.
    QTest::newRow("AdES: withdrawn by the validation time, no timestamp")
        << Recipe().by(QStringLiteral("qualified-person")).revocationData(Recipe::Revocation::OcspGood).withTrustedList(QStringLiteral("withdrawn-2025"))
        << "AdES" << signature;
    QTest::newRow("AdES: no trusted list") << person << "AdES" << signature;
    QTest::newRow("AdES: not a qualified certificate") << base.withTrustedList(QStringLiteral("granted")) << "AdES" << signature;
    QTest::newRow("seal without a trusted list") << base.by(QStringLiteral("seal")) << "AdES" << seal;
    QTest::newRow("failed signature is not qualified")
        << person.withTrustedList(QStringLiteral("granted")).tampered() << "" << signature;
}

void ValidationTest::qualification()
{
    QFETCH(Recipe, recipe);
    QFETCH(QString, qualification);
    QFETCH(int, kind);

    const Assessment a = build(recipe);
    if (QTest::currentTestFailed())
        return;
    const SignatureInfo *s = mainSignature(a);
    QVERIFY2(s, qPrintable(describe(a)));
    QCOMPARE(s->qualification, qualification);
    QVERIFY(!s->qualificationDetail.isEmpty());
    QCOMPARE(toString(s->kind), toString(SignatureKind(kind)));
    if (!recipe.tamper)
        QVERIFY2(s->indication == Indication::TotalPassed, qPrintable(describe(*s)));
}

void ValidationTest::personalNumber_data()
{
    QTest::addColumn<QString>("serialNumber"); // the subject serialNumber attribute
    QTest::addColumn<QString>("type");         // empty: no personal number found
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("masked");

    const QString number = swedishPersonalNumber(QDate(1980, 2, 14), 123);
    const QString coordination = swedishPersonalNumber(QDate(1980, 2, 14), 123, true);
    const QString personnummer = QStringLiteral("Swedish personal identity number");
    QTest::newRow("12 digits") << number << personnummer << number << "19800214-****";
    QTest::newRow("with a hyphen") << number.left(8) + QLatin1Char('-') + number.mid(8) << personnummer
                                   << number.left(8) + QLatin1Char('-') + number.mid(8) << "19800214-****";
    QTest::newRow("ETSI semantics PNOSE-") << QStringLiteral("PNOSE-") + number << personnummer << QStringLiteral("PNOSE-") + number
                                           << "PNOSE-19800214-****";
    QTest::newRow("co-ordination number") << coordination << "Swedish co-ordination number" << coordination << "19800274-****";
    QString wrongCheck = number;
    wrongCheck[11] = QChar(u'0' + (number.at(11).digitValue() + 1) % 10);
    QTest::newRow("wrong check digit") << wrongCheck << "" << "" << "";
    QTest::newRow("organisation number") << QStringLiteral("TINSE-2120001234") << "" << "" << "";
}

void ValidationTest::personalNumber()
{
    QFETCH(QString, serialNumber);
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, masked);

    const QString label = QStringLiteral("person-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    CertificateRequest request;
    request.label = label;
    request.subject = {QStringLiteral("Nils Nilsson"), QStringLiteral("Testkommunen"), QStringLiteral("SE"), serialNumber, {}, QStringLiteral("Nils"),
                       QStringLiteral("Nilsson")};
    request.notBefore = utc(2023, 1, 1);
    request.notAfter = utc(2033, 1, 1);
    Credential person;
    try {
        person = m_pki->issue(request, m_pki->intermediate());
    } catch (const FixtureError &e) {
        QFAIL(e.what());
    }
    m_credentials.insert(label, person);

    const Assessment a = build(Recipe().by(label));
    if (QTest::currentTestFailed())
        return;
    const SignatureInfo *s = mainSignature(a);
    QVERIFY2(s, qPrintable(describe(a)));
    QCOMPARE(s->personalNumber.type, type);
    QCOMPARE(s->personalNumber.value, value);
    QCOMPARE(s->personalNumber.masked, masked);
    QCOMPARE(s->personalNumber.isPresent(), !type.isEmpty());
    if (!type.isEmpty())
        QCOMPARE(s->personalNumber.field, QStringLiteral("subject serialNumber"));
}

// The JSON shows the number only when personal data are not masked; masked, the number appears
// nowhere in the output.
void ValidationTest::personalNumberMaskedInJson()
{
    const Assessment a = build(Recipe().by(QStringLiteral("qualified-person")));
    if (QTest::currentTestFailed())
        return;
    const QString number = m_pki->personalNumber();

    JsonOptions shown;
    shown.maskPersonalData = false;
    const QJsonObject open = toJson(a, shown).value(QStringLiteral("signatures")).toArray().first().toObject();
    const QJsonObject openNumber = open.value(QStringLiteral("personalNumber")).toObject();
    QCOMPARE(openNumber.value(QStringLiteral("type")).toString(), QStringLiteral("Swedish personal identity number"));
    QCOMPARE(openNumber.value(QStringLiteral("value")).toString(), number);
    QCOMPARE(openNumber.value(QStringLiteral("masked")).toString(), QStringLiteral("19800214-****"));

    JsonOptions masking;
    masking.maskPersonalData = true;
    masking.includeCertificateData = false;
    const QJsonObject maskedJson = toJson(a, masking);
    const QJsonObject signature = maskedJson.value(QStringLiteral("signatures")).toArray().first().toObject();
    const QJsonObject maskedNumber = signature.value(QStringLiteral("personalNumber")).toObject();
    QVERIFY(!maskedNumber.contains(QStringLiteral("value")));
    QCOMPARE(maskedNumber.value(QStringLiteral("masked")).toString(), QStringLiteral("19800214-****"));
    QCOMPARE(maskedNumber.value(QStringLiteral("type")).toString(), QStringLiteral("Swedish personal identity number"));
    QCOMPARE(maskedNumber.value(QStringLiteral("field")).toString(), QStringLiteral("subject serialNumber"));

    const QByteArray text = QJsonDocument(maskedJson).toJson(QJsonDocument::Compact);
    QVERIFY2(!text.contains(number.toLatin1()), "the masked JSON still contains the personal identity number");
}
