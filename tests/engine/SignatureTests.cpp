// Signatures of fixture documents: intact when fresh, what later updates and changed bytes do,
// several signatures, the signer's certificate and the claimed signing time.
#include "EngineTest.h"
#include "FormUpdates.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTest>
#include <QTimeZone>
#include <cctype>

using namespace granska;
using namespace granska::fixtures;
using namespace enginetest;

void EngineTest::freshSignatureIsIntact_data()
{
    QTest::addColumn<QString>("signer");
    QTest::addColumn<int>("subFilter");
    QTest::addColumn<int>("digest");
    QTest::addColumn<bool>("signedAttributes");
    QTest::addColumn<bool>("visible");
    QTest::addColumn<QString>("expectedSubFilter");
    QTest::addColumn<QString>("expectedDigest");
    QTest::addColumn<QString>("expectedAlgorithm");

    const int cades = int(SubFilter::CadesDetached);
    const int pkcs7 = int(SubFilter::Pkcs7Detached);
    const int sha256 = int(DigestAlgorithm::Sha256);
    QTest::newRow("RSA, CAdES") << "rsa-signer" << cades << sha256 << true << false << "ETSI.CAdES.detached" << "SHA-256" << "RSA";
    QTest::newRow("RSA, PKCS#7") << "rsa-signer" << pkcs7 << sha256 << true << false << "adbe.pkcs7.detached" << "SHA-256" << "RSA";
    QTest::newRow("EC, CAdES") << "ec-signer" << cades << sha256 << true << false << "ETSI.CAdES.detached" << "SHA-256" << "ECDSA";
    QTest::newRow("EC, PKCS#7") << "ec-signer" << pkcs7 << sha256 << true << false << "adbe.pkcs7.detached" << "SHA-256" << "ECDSA";
    QTest::newRow("RSA, SHA-512") << "rsa-signer" << cades << int(DigestAlgorithm::Sha512) << true << false << "ETSI.CAdES.detached" << "SHA-512" << "RSA";
    QTest::newRow("EC, SHA-384") << "ec-signer" << cades << int(DigestAlgorithm::Sha384) << true << false << "ETSI.CAdES.detached" << "SHA-384" << "ECDSA";
    QTest::newRow("RSA, no signed attributes") << "rsa-signer" << pkcs7 << sha256 << false << false << "adbe.pkcs7.detached" << "SHA-256" << "RSA";
    QTest::newRow("EC, no signed attributes") << "ec-signer" << pkcs7 << sha256 << false << false << "adbe.pkcs7.detached" << "SHA-256" << "ECDSA";
    QTest::newRow("EC, visible widget") << "ec-signer" << cades << sha256 << true << true << "ETSI.CAdES.detached" << "SHA-256" << "ECDSA";
    // Integrity is about the bytes, not about the certificate's validity period.
    QTest::newRow("expired certificate") << "expired-signer" << cades << sha256 << true << false << "ETSI.CAdES.detached" << "SHA-256" << "ECDSA";
}

void EngineTest::freshSignatureIsIntact()
{
    QFETCH(QString, signer);
    QFETCH(int, subFilter);
    QFETCH(int, digest);
    QFETCH(bool, signedAttributes);
    QFETCH(bool, visible);
    QFETCH(QString, expectedSubFilter);
    QFETCH(QString, expectedDigest);
    QFETCH(QString, expectedAlgorithm);

    SignOptions options;
    options.subFilter = SubFilter(subFilter);
    options.digest = DigestAlgorithm(digest);
    options.signedAttributes = signedAttributes;
    options.reason = QStringLiteral("Justerat protokoll");
    options.location = QStringLiteral("Överkalix");
    if (visible)
        options.visibleRect = QRectF(72, 100, 200, 50);
    SignatureLayout layout;
    const QString file = rowPath(QStringLiteral("signed.pdf"));
    QVERIFY(makeSigned(file, credential(signer), options, &layout));

    const Assessment a = assess(file);
    QVERIFY2(a.status == AssessmentStatus::Ok, qPrintable(describe(a)));
    QCOMPARE(a.signatures.size(), 1);
    const SignatureInfo &s = a.signatures.first();
    QVERIFY2(s.integrity == Integrity::Intact, qPrintable(describe(a)));
    QCOMPARE(toString(s.kind), toString(SignatureKind::Signature));
    QCOMPARE(s.field, QStringLiteral("Signature1"));
    QCOMPARE(s.objectNumber, layout.signatureObject);
    QCOMPARE(s.filter, QStringLiteral("Adobe.PPKLite"));
    QCOMPARE(s.subFilter, expectedSubFilter);
    QCOMPARE(s.byteRange, layout.byteRange);
    QVERIFY(s.coversWholeDocument);
    QCOMPARE(a.revisions.size(), 2);
    QCOMPARE(s.revision, 2);
    QCOMPARE(s.digestAlgorithm, expectedDigest);
    QCOMPARE(s.signatureAlgorithm, expectedAlgorithm);
    QCOMPARE(s.reason, options.reason);
    QCOMPARE(s.location, options.location);
    QCOMPARE(s.page, 1);
    QCOMPARE(s.visible, visible);
    if (visible)
        QCOMPARE(s.rect, *options.visibleRect);
    QCOMPARE(s.cmsSigningTime.isValid(), signedAttributes);
    QVERIFY(s.signer.has_value());
    QCOMPARE(s.signer->commonName, credential(signer).request().subject.commonName);
    QVERIFY(!a.hasProblems());
    QVERIFY2(a.findings.isEmpty(), qPrintable(describe(a)));
}

void EngineTest::laterUpdateKeepsSignatureIntact()
{
    const QString signedFile = path(QStringLiteral("later-update-signed.pdf"));
    const QString updated = path(QStringLiteral("later-update-updated.pdf"));
    QVERIFY(makeSigned(signedFile, m_pki->rsaSigner()));
    QVERIFY_FIXTURE(appendIncrementalUpdate(signedFile, updated));

    const Assessment a = assess(updated);
    QVERIFY2(a.status == AssessmentStatus::Ok, qPrintable(describe(a)));
    QCOMPARE(a.revisions.size(), 3);
    QCOMPARE(a.signatures.size(), 1);
    const SignatureInfo &s = a.signatures.first();
    QVERIFY2(s.integrity == Integrity::Intact, qPrintable(describe(a)));
    QVERIFY(!s.coversWholeDocument);
    QCOMPARE(s.revision, 2);
    QCOMPARE(s.byteRange.last() + s.byteRange.at(2), QFileInfo(signedFile).size());
    QCOMPARE(a.identity.title, QStringLiteral("Changed after signing"));
}

void EngineTest::changedSignedByteBreaksSignature_data()
{
    QTest::addColumn<QString>("signer");
    QTest::addColumn<QByteArray>("target"); // bytes whose first byte is changed
    QTest::addColumn<bool>("beforeContents");

    // The page text lies in the original document, inside the first signed range.
    QTest::newRow("page text, RSA") << "rsa-signer" << QByteArray("(Granska test document") << true;
    QTest::newRow("page text, EC") << "ec-signer" << QByteArray("(Granska test document") << true;
    // /Reason is written after /Contents, inside the second signed range.
    QTest::newRow("reason, RSA") << "rsa-signer" << QByteArray("(Granska test signature") << false;
    QTest::newRow("reason, EC") << "ec-signer" << QByteArray("(Granska test signature") << false;
    // The catalog with /AcroForm, rewritten by the signing update before the signature dictionary.
    QTest::newRow("SigFlags in the signing update, EC") << "ec-signer" << QByteArray("/SigFlags 3") << true;
    // The field, written after the signature dictionary.
    QTest::newRow("field name, RSA") << "rsa-signer" << QByteArray("/T (Signature1") << false;
}

void EngineTest::changedSignedByteBreaksSignature()
{
    QFETCH(QString, signer);
    QFETCH(QByteArray, target);
    QFETCH(bool, beforeContents);

    SignatureLayout layout;
    const QString signedFile = rowPath(QStringLiteral("signed.pdf"));
    QVERIFY(makeSigned(signedFile, credential(signer), {}, &layout));
    const QByteArray bytes = fileBytes(signedFile);
    const qint64 at = beforeContents ? bytes.indexOf(target) : bytes.indexOf(target, layout.contentsEnd);
    QVERIFY2(at >= 0, target.constData());
    QVERIFY(beforeContents ? at < layout.contentsOffset : at >= layout.contentsEnd);
    const qint64 offset = at + target.size() - 1; // "(G" -> the last byte of the target
    const QString changed = rowPath(QStringLiteral("changed.pdf"));
    QVERIFY_FIXTURE(flipByte(signedFile, changed, offset, 0x01));

    const Assessment a = assess(changed);
    QVERIFY2(a.status == AssessmentStatus::Ok, qPrintable(describe(a)));
    QCOMPARE(a.signatures.size(), 1);
    QVERIFY2(a.signatures.first().integrity == Integrity::Broken, qPrintable(describe(a)));
    QVERIFY(!a.signatures.first().integrityDetail.isEmpty());
    QVERIFY(a.hasProblems());
}

void EngineTest::changedSignatureValueIsNotIntact_data()
{
    QTest::addColumn<QString>("signer");
    QTest::addColumn<bool>("lastByte"); // the signature value's last byte; otherwise the CMS's first

    QTest::newRow("RSA, signature value") << "rsa-signer" << true;
    QTest::newRow("EC, signature value") << "ec-signer" << true;
    QTest::newRow("RSA, CMS structure") << "rsa-signer" << false;
}

void EngineTest::changedSignatureValueIsNotIntact()
{
    QFETCH(QString, signer);
    QFETCH(bool, lastByte);

    SignatureLayout layout;
    const QString signedFile = rowPath(QStringLiteral("signed.pdf"));
    QVERIFY(makeSigned(signedFile, credential(signer), {}, &layout));
    const QByteArray bytes = fileBytes(signedFile);
    // Hex digits of the DER sit right after '<'. The SignerInfo's signature is the CMS's last field.
    const qint64 hexStart = layout.contentsOffset + 1;
    qint64 offset = lastByte ? hexStart + 2 * layout.cmsLength - 1 : hexStart;
    while (offset > hexStart && !std::isdigit(static_cast<unsigned char>(bytes.at(offset))))
        --offset; // XOR 1 keeps a decimal digit a hexadecimal digit
    QVERIFY(std::isdigit(static_cast<unsigned char>(bytes.at(offset))));
    const QString changed = rowPath(QStringLiteral("changed.pdf"));
    QVERIFY_FIXTURE(flipByte(signedFile, changed, offset, 0x01));

    const Assessment a = assess(changed);
    QVERIFY2(a.status == AssessmentStatus::Ok, qPrintable(describe(a)));
    QCOMPARE(a.signatures.size(), 1);
    QVERIFY2(a.signatures.first().integrity != Integrity::Intact, qPrintable(describe(a)));
    QVERIFY(a.hasProblems());
}

void EngineTest::twoSignaturesInOrder()
{
    const QString first = path(QStringLiteral("two-first.pdf"));
    const QString second = path(QStringLiteral("two-second.pdf"));
    QVERIFY(makeSigned(first, m_pki->rsaSigner()));
    SignOptions options;
    options.subFilter = SubFilter::Pkcs7Detached;
    options.visibleRect = QRectF(300, 60, 180, 40);
    SignatureLayout layout;
    QVERIFY_FIXTURE(signPdf(first, second, m_pki->ecSigner(), options, &layout));
    QCOMPARE(layout.fieldName, QStringLiteral("Signature2"));

    const Assessment a = assess(second);
    QVERIFY2(a.status == AssessmentStatus::Ok, qPrintable(describe(a)));
    QCOMPARE(a.revisions.size(), 3);
    QCOMPARE(a.signatures.size(), 2);
    const SignatureInfo &one = a.signatures.at(0);
    const SignatureInfo &two = a.signatures.at(1);
    QCOMPARE(one.field, QStringLiteral("Signature1"));
    QCOMPARE(two.field, QStringLiteral("Signature2"));
    QCOMPARE(one.subFilter, QStringLiteral("ETSI.CAdES.detached"));
    QCOMPARE(two.subFilter, QStringLiteral("adbe.pkcs7.detached"));
    QVERIFY2(one.integrity == Integrity::Intact && two.integrity == Integrity::Intact, qPrintable(describe(a)));
    QCOMPARE(one.revision, 2);
    QCOMPARE(two.revision, 3);
    QVERIFY(!one.coversWholeDocument);
    QVERIFY(two.coversWholeDocument);
    QVERIFY(one.objectNumber != two.objectNumber);
    QCOMPARE(one.signer->commonName, QStringLiteral("Anna Andersson"));
    QCOMPARE(two.signer->commonName, QStringLiteral("Bertil Berg"));
    QVERIFY(!one.visible);
    QVERIFY(two.visible);
    QVERIFY(!a.hasProblems());
}

// A later update that drops a signed field from the form does not make its signature disappear:
// it is found in the revision that still has it (read, where it can be, through the final
// document) and reported with a warning.
void EngineTest::signatureDroppedFromFormIsStillFound()
{
    const QString first = path(QStringLiteral("dropped-first.pdf"));
    const QString second = path(QStringLiteral("dropped-second.pdf"));
    const QString dropped = path(QStringLiteral("dropped-final.pdf"));
    QVERIFY(makeSigned(first, m_pki->rsaSigner()));
    QVERIFY_FIXTURE(signPdf(first, second, m_pki->ecSigner(), SignOptions()));
    QVERIFY_FIXTURE(removeFieldFromForm(second, dropped, QStringLiteral("Signature1")));

    const Assessment a = assess(dropped);
    QVERIFY2(a.status == AssessmentStatus::Ok, qPrintable(describe(a)));
    QCOMPARE(a.revisions.size(), 4);
    QCOMPARE(a.signatures.size(), 2);
    const SignatureInfo &lost = a.signatures.at(0);
    const SignatureInfo &kept = a.signatures.at(1);
    QCOMPARE(lost.field, QStringLiteral("Signature1"));
    QCOMPARE(lost.revision, 2);
    QVERIFY2(lost.integrity == Integrity::Intact, qPrintable(describe(a)));
    QVERIFY2(lost.warnings.join(QLatin1Char(' ')).contains(QLatin1String("missing from the final document")), qPrintable(lost.warnings.join(QLatin1Char('|'))));
    QCOMPARE(kept.field, QStringLiteral("Signature2"));
    QCOMPARE(kept.revision, 3);
    QVERIFY(kept.warnings.join(QLatin1Char(' ')).indexOf(QLatin1String("missing from the final document")) < 0);
}

void EngineTest::signerCertificate_data()
{
    QTest::addColumn<QString>("signer");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<QString>("publicKey");

    // Distinguished names as RFC 4514 writes them: the most specific attribute first.
    QTest::newRow("RSA with serialNumber") << "rsa-signer" << "serialNumber=197001011234,CN=Anna Andersson,O=Testkommunen,C=SE"
                                           << "2A0001" << "RSA 2048";
    QTest::newRow("EC") << "ec-signer" << "CN=Bertil Berg,O=Testkommunen,C=SE" << "2A0002" << "EC P-256";
    QTest::newRow("expired") << "expired-signer" << "CN=Cecilia Carlsson,O=Testkommunen,C=SE" << "2A0003" << "EC P-256";
}

void EngineTest::signerCertificate()
{
    QFETCH(QString, signer);
    QFETCH(QString, subject);
    QFETCH(QString, serial);
    QFETCH(QString, publicKey);

    const Credential &c = credential(signer);
    const QString file = rowPath(QStringLiteral("signed.pdf"));
    QVERIFY(makeSigned(file, c));
    const Assessment a = assess(file);
    QCOMPARE(a.signatures.size(), 1);
    const SignatureInfo &s = a.signatures.first();
    QVERIFY(s.signer.has_value());
    QCOMPARE(s.signer->subject, subject);
    QCOMPARE(s.signer->issuer, QStringLiteral("CN=Granska Test Issuing CA,O=Granska Test PKI,C=SE"));
    QCOMPARE(s.signer->commonName, c.request().subject.commonName);
    QCOMPARE(s.signer->serialNumber, serial);
    QCOMPARE(s.signer->notBefore, c.request().notBefore);
    QCOMPARE(s.signer->notAfter, c.request().notAfter);
    QCOMPARE(s.signer->sha256Fingerprint.toLower(),
             QString::fromLatin1(QCryptographicHash::hash(c.certificateDer(), QCryptographicHash::Sha256).toHex()));
    // The CMS carries the signer and the issuing CA, not the self-signed root.
    QCOMPARE(s.certificates.size(), 2);
    QStringList embedded;
    for (const CertificateInfo &info : s.certificates)
        embedded << info.commonName;
    embedded.sort();
    QStringList expected{c.request().subject.commonName, QStringLiteral("Granska Test Issuing CA")};
    expected.sort();
    QCOMPARE(embedded, expected);

    QCOMPARE(s.signer->publicKey, publicKey);
}

void EngineTest::claimedSigningTime_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("raw");

    QTest::newRow("+01:00") << QDateTime(QDate(2024, 3, 15), QTime(10, 30, 0), QTimeZone(3600)) << "D:20240315103000+01'00'";
    QTest::newRow("UTC") << utc(2023, 12, 31, 23, 59, 59) << "D:20231231235959Z";
    QTest::newRow("-05:30") << QDateTime(QDate(2022, 6, 1), QTime(8, 0, 5), QTimeZone(-(5 * 3600 + 30 * 60))) << "D:20220601080005-05'30'";
    QTest::newRow("+14:00 crosses the date") << QDateTime(QDate(2024, 1, 1), QTime(5, 0, 0), QTimeZone(14 * 3600)) << "D:20240101050000+14'00'";
}

void EngineTest::claimedSigningTime()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, raw);

    QCOMPARE(pdfDateString(time), raw);
    SignOptions options;
    options.signingTime = time;
    const QString file = rowPath(QStringLiteral("signed.pdf"));
    QVERIFY(makeSigned(file, m_pki->ecSigner(), options));
    const Assessment a = assess(file);
    QCOMPARE(a.signatures.size(), 1);
    const SignatureInfo &s = a.signatures.first();
    QCOMPARE(s.claimedSigningTimeRaw, raw);
    QCOMPARE(s.claimedSigningTime, time.toUTC());
    QCOMPARE(s.claimedSigningTime.timeSpec(), Qt::UTC);
    QCOMPARE(s.cmsSigningTime, time.toUTC());
}
