// The engine against documents made at test time (tests/fixtures) and a few real signed files of
// the shared corpus. This file: identity, revisions and the PDF/A claim; the other subjects are in
// SignatureTests.cpp, RobustnessTests.cpp, ByteLevelTests.cpp and CorpusTests.cpp.
#include "EngineTest.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTest>

using namespace granska;
using namespace granska::fixtures;
using namespace enginetest;

void EngineTest::identity_data()
{
    QTest::addColumn<int>("pages");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("producer");
    QTest::addColumn<QString>("creator");
    QTest::addColumn<QString>("xmpTitle");
    QTest::addColumn<QString>("expectedTitle");

    QTest::newRow("one page, no info") << 1 << "1.7" << "" << "" << "" << "" << "";
    QTest::newRow("three pages, PDF 1.4, info") << 3 << "1.4" << "Protokoll 2024-03-15" << "Granska fixtures" << "Ordbehandlaren"
                                                << "" << "Protokoll 2024-03-15";
    QTest::newRow("non-ASCII title") << 2 << "1.7" << QStringLiteral("Årsredovisning för Överkalix") << "Granska fixtures" << ""
                                     << "" << QStringLiteral("Årsredovisning för Överkalix");
    QTest::newRow("title only in XMP") << 1 << "2.0" << "" << "" << "" << "Beslut om bygglov" << "Beslut om bygglov";
    QTest::newRow("Info title wins over XMP") << 1 << "1.7" << "Info-titel" << "" << "" << "XMP-titel" << "Info-titel";
}

void EngineTest::identity()
{
    QFETCH(int, pages);
    QFETCH(QString, version);
    QFETCH(QString, title);
    QFETCH(QString, producer);
    QFETCH(QString, creator);
    QFETCH(QString, xmpTitle);
    QFETCH(QString, expectedTitle);

    PdfOptions options;
    options.pdfVersion = version;
    options.title = title;
    options.producer = producer;
    options.creator = creator;
    options.xmpTitle = xmpTitle;
    options.xmp = xmpTitle.isEmpty() ? XmpForm::None : XmpForm::Elements;
    const QString file = rowPath(QStringLiteral("doc.pdf"));
    QVERIFY_FIXTURE(makePdf(file, pages, options));

    const Assessment a = assess(file);
    QVERIFY2(a.status == AssessmentStatus::Ok, qPrintable(describe(a)));
    const QByteArray bytes = fileBytes(file);
    QCOMPARE(a.file, file);
    QCOMPARE(a.identity.fileName, QFileInfo(file).fileName());
    QCOMPARE(a.identity.size, qint64(bytes.size()));
    QCOMPARE(a.identity.sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(a.identity.pdfVersion, version);
    QCOMPARE(a.identity.pageCount, pages);
    QCOMPARE(a.identity.title, expectedTitle);
    QCOMPARE(a.identity.producer, producer);
    QCOMPARE(a.identity.creator, creator);
    QVERIFY(!a.identity.encrypted);
    QVERIFY(!a.identity.linearized);
    QVERIFY(a.signatures.isEmpty());
    QVERIFY2(a.findings.isEmpty(), qPrintable(describe(a)));
    QVERIFY(!a.hasProblems());
}

void EngineTest::revisions_data()
{
    QTest::addColumn<int>("signatures");
    QTest::addColumn<int>("laterUpdates");
    QTest::addColumn<int>("expectedRevisions");

    QTest::newRow("unsigned") << 0 << 0 << 1;
    QTest::newRow("unsigned, one update") << 0 << 1 << 2;
    QTest::newRow("signed once") << 1 << 0 << 2;
    QTest::newRow("signed, then updated") << 1 << 1 << 3;
    QTest::newRow("signed twice") << 2 << 0 << 3;
    QTest::newRow("signed twice, updated twice") << 2 << 2 << 5;
}

void EngineTest::revisions()
{
    QFETCH(int, signatures);
    QFETCH(int, laterUpdates);
    QFETCH(int, expectedRevisions);

    QString current = m_plain;
    int step = 0;
    for (int i = 0; i < signatures; ++i) {
        const QString next = rowPath(QStringLiteral("%1.pdf").arg(++step));
        QVERIFY_FIXTURE(signPdf(current, next, i % 2 ? m_pki->ecSigner() : m_pki->rsaSigner()));
        current = next;
    }
    for (int i = 0; i < laterUpdates; ++i) {
        const QString next = rowPath(QStringLiteral("%1.pdf").arg(++step));
        QVERIFY_FIXTURE(appendIncrementalUpdate(current, next, QStringLiteral("Title %1").arg(i)));
        current = next;
    }

    const Assessment a = assess(current);
    QVERIFY2(a.status == AssessmentStatus::Ok, qPrintable(describe(a)));
    QCOMPARE(a.revisions.size(), expectedRevisions);
    qint64 expectedStart = 0;
    for (int i = 0; i < a.revisions.size(); ++i) {
        const Revision &r = a.revisions.at(i);
        QCOMPARE(r.index, i + 1);
        QCOMPARE(r.start, expectedStart);
        QVERIFY2(r.end > r.start, qPrintable(QStringLiteral("revision %1: %2..%3").arg(r.index).arg(r.start).arg(r.end)));
        QVERIFY(r.xrefOffset >= r.start && r.xrefOffset < r.end);
        QCOMPARE(r.xrefKind, QStringLiteral("table"));
        expectedStart = r.end;
    }
    QCOMPARE(a.revisions.last().end, a.identity.size);
    QCOMPARE(a.signatures.size(), signatures);
    for (int i = 0; i < a.signatures.size(); ++i) {
        QCOMPARE(a.signatures.at(i).revision, i + 2); // signature n closes revision n + 1
        QCOMPARE(toString(a.signatures.at(i).integrity), toString(Integrity::Intact));
    }
    if (laterUpdates > 0)
        QCOMPARE(a.identity.title, QStringLiteral("Title %1").arg(laterUpdates - 1));
    QVERIFY2(a.findings.isEmpty(), qPrintable(describe(a)));
}

void EngineTest::xmpClaim_data()
{
    QTest::addColumn<int>("form");
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("conformance");
    QTest::addColumn<QString>("expectedFlavour");

    QTest::newRow("attributes, 2B") << int(XmpForm::Attributes) << 2 << "B" << "2b";
    QTest::newRow("elements, 2B") << int(XmpForm::Elements) << 2 << "B" << "2b";
    QTest::newRow("attributes, 1A") << int(XmpForm::Attributes) << 1 << "A" << "1a";
    QTest::newRow("elements, 3U") << int(XmpForm::Elements) << 3 << "U" << "3u";
    QTest::newRow("elements, lower-case conformance") << int(XmpForm::Elements) << 2 << "u" << "2u";
    QTest::newRow("attributes, PDF/A-4 without conformance") << int(XmpForm::Attributes) << 4 << "" << "4";
    QTest::newRow("XMP without a claim") << int(XmpForm::Attributes) << 0 << "" << "";
    QTest::newRow("no XMP") << int(XmpForm::None) << 0 << "" << "";
}

void EngineTest::xmpClaim()
{
    QFETCH(int, form);
    QFETCH(int, part);
    QFETCH(QString, conformance);
    QFETCH(QString, expectedFlavour);

    PdfOptions options;
    options.xmp = XmpForm(form);
    options.pdfaPart = part;
    options.pdfaConformance = conformance;
    options.xmpProducer = QStringLiteral("Granska XMP producer");
    const QString file = rowPath(QStringLiteral("doc.pdf"));
    QVERIFY_FIXTURE(makePdf(file, 1, options));

    const Assessment a = assess(file);
    QVERIFY2(a.status == AssessmentStatus::Ok, qPrintable(describe(a)));
    QCOMPARE(a.pdfa.claim.part, part);
    QCOMPARE(a.pdfa.claim.conformance, conformance.toUpper());
    QCOMPARE(a.pdfa.claim.flavour(), expectedFlavour);
    QCOMPARE(a.pdfa.claim.isPresent(), part > 0);
    // --profile none: the claim is read, nothing is validated.
    QVERIFY(a.pdfa.profile.isEmpty());
    QCOMPARE(toString(a.pdfa.origin), toString(ProfileOrigin::None));
    QVERIFY(!a.pdfa.compliant.has_value());
    QCOMPARE(a.identity.producer, options.xmp == XmpForm::None ? QString() : options.xmpProducer);
    QVERIFY2(!hasFinding(a, QStringLiteral("xmp-malformed")), qPrintable(describe(a)));
}

QTEST_GUILESS_MAIN(EngineTest)
