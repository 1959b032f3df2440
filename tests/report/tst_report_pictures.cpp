// The report's pictures: the first page and each visible signature's appearance are rendered from
// the file (opaque, so that the PDF stays PDF/A-1b), and a report whose file has moved, changed or
// is not to be opened says so instead of showing pictures.
#include "Assessor.h"
#include "Fixtures.h"
#include "ReportChecks.h"
#include "report/AssessmentReport.h"
#include "report/ReportImages.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

using namespace granska;
using namespace granska::fixtures;
using namespace granska::testing;

namespace {

ReportOptions fixedOptions()
{
    ReportOptions options;
    options.generatedAt = QDateTime(QDate(2024, 3, 15), QTime(10, 20, 30), Qt::UTC);
    return options;
}

QString plainHtml(const Assessment &assessment, const ReportOptions &options)
{
    return AssessmentReport::html(assessment, options).replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
}

} // namespace

class TestReportPictures : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void picturesRendered_data();
    void picturesRendered();
    void reportEmbedsPictures_data();
    void reportEmbedsPictures();
    void picturesUnavailable_data();
    void picturesUnavailable();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void TestReportPictures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const TestPki pki;
    QVERIFY2(pki.isValid(), qPrintable(pki.errorString()));
    QVERIFY_FIXTURE(makePdf(path(QStringLiteral("plain.pdf")), 2));
    QVERIFY_FIXTURE(signPdf(path(QStringLiteral("plain.pdf")), path(QStringLiteral("invisible.pdf")), pki.rsaSigner()));
    SignOptions visible;
    visible.visibleRect = QRectF(72, 600, 200, 60);
    QVERIFY_FIXTURE(signPdf(path(QStringLiteral("plain.pdf")), path(QStringLiteral("visible.pdf")), pki.rsaSigner(), visible));
    SignOptions onPageTwo;
    onPageTwo.page = 2;
    onPageTwo.visibleRect = QRectF(300, 80, 220, 70);
    QVERIFY_FIXTURE(signPdf(path(QStringLiteral("visible.pdf")), path(QStringLiteral("two-visible.pdf")), pki.ecSigner(), onPageTwo));
    // Next to a visible signature, a third one far off the page: nothing of the page to show.
    SignOptions offPage;
    offPage.visibleRect = QRectF(-10000, 10, 1, 1);
    QVERIFY_FIXTURE(signPdf(path(QStringLiteral("visible.pdf")), path(QStringLiteral("off-page.pdf")), pki.ecSigner(), offPage));
}

void TestReportPictures::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestReportPictures::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestReportPictures::picturesRendered_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<int>>("appearancePages"); // the page of each picture of a signature

    QTest::newRow("unsigned") << path(QStringLiteral("plain.pdf")) << QList<int>{};
    QTest::newRow("invisible signature") << path(QStringLiteral("invisible.pdf")) << QList<int>{};
    QTest::newRow("visible signature") << path(QStringLiteral("visible.pdf")) << QList<int>{1};
    QTest::newRow("visible on pages 1 and 2") << path(QStringLiteral("two-visible.pdf")) << QList<int>{1, 2};
    QTest::newRow("widget off the page") << path(QStringLiteral("off-page.pdf")) << QList<int>{1};
    const QString corpus = QStringLiteral(GRANSKA_SHARED_DIR "/corpus/signed/files/dss__muestra-firmado-firmado.pdf");
    if (QFile::exists(corpus))
        QTest::newRow("corpus, two of four visible") << corpus << QList<int>{1, 1};
}

void TestReportPictures::picturesRendered()
{
    QFETCH(QString, file);
    QFETCH(QList<int>, appearancePages);
    const Assessment assessment = Assessor::assess(file);
    QCOMPARE(assessment.status, AssessmentStatus::Ok);

    const report::DocumentPictures pictures = report::renderDocumentPictures(assessment);
    QVERIFY2(pictures.unavailable.isEmpty(), qPrintable(pictures.unavailable));
    QVERIFY(!pictures.firstPage.image.isNull());
    QList<int> pages;
    for (const report::SignatureAppearance &shown : pictures.appearances) {
        pages << shown.page;
        QVERIFY(shown.signatureIndex >= 0 && shown.signatureIndex < assessment.signatures.size());
        QVERIFY(assessment.signatures[shown.signatureIndex].visible);
    }
    QCOMPARE(pages, appearancePages);

    QList<report::ReportPicture> all{pictures.firstPage};
    for (const report::SignatureAppearance &shown : pictures.appearances)
        all << shown.picture;
    for (const report::ReportPicture &picture : all) {
        // PDF/A-1 allows no transparency, and a picture must print at a sensible size.
        QVERIFY(!picture.image.hasAlphaChannel());
        QVERIFY(picture.sizeMm.width() > 5 && picture.sizeMm.width() <= 80.5);
        QVERIFY(picture.sizeMm.height() > 2 && picture.sizeMm.height() <= 80.5);
        // About 150 dots per inch of the printed size.
        const double dpi = picture.image.width() / (picture.sizeMm.width() / 25.4);
        QVERIFY2(dpi > 140 && dpi < 160, qPrintable(QString::number(dpi)));
    }
}

void TestReportPictures::reportEmbedsPictures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("images");
    QTest::newRow("unsigned") << path(QStringLiteral("plain.pdf")) << 1;
    QTest::newRow("invisible signature") << path(QStringLiteral("invisible.pdf")) << 1;
    QTest::newRow("visible signature") << path(QStringLiteral("visible.pdf")) << 2;
    QTest::newRow("visible on pages 1 and 2") << path(QStringLiteral("two-visible.pdf")) << 3;
}

void TestReportPictures::reportEmbedsPictures()
{
    QFETCH(QString, file);
    QFETCH(int, images);
    const Assessment assessment = Assessor::assess(file);
    const QString report = m_dir.filePath(QStringLiteral("report-%1").arg(QFileInfo(file).fileName()));
    QString error;
    QVERIFY2(AssessmentReport::writePdf(assessment, report, fixedOptions(), &error), qPrintable(error));
    QCOMPARE(imageCount(report), images);

    const QStringList failures = granskaPdfA1bFailures(report);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    if (preflightAvailable()) {
        QString output;
        QVERIFY2(passesPreflight(report, &output), qPrintable(output));
    }
    const QString text = pdfText(report);
    QVERIFY(text.contains(QStringLiteral("Page 1 of 2")));
    QCOMPARE(text.contains(QStringLiteral("Signature appearances")), !assessment.signatures.isEmpty());
}

void TestReportPictures::picturesUnavailable_data()
{
    QTest::addColumn<QString>("change"); // what happens to the file after its assessment
    QTest::addColumn<QString>("expected"); // in the report's HTML; empty: no mention of pictures at all
    QTest::newRow("file moved") << QStringLiteral("move") << QStringLiteral("is no longer at");
    QTest::newRow("file replaced") << QStringLiteral("replace") << QStringLiteral("is no longer the one that was assessed");
    QTest::newRow("pictures turned off") << QStringLiteral("off") << QString();
}

void TestReportPictures::picturesUnavailable()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    const QString file = path(QStringLiteral("changing-%1.pdf").arg(change));
    QFile::remove(file);
    QVERIFY(QFile::copy(path(QStringLiteral("visible.pdf")), file));
    const Assessment assessment = Assessor::assess(file);
    QCOMPARE(assessment.status, AssessmentStatus::Ok);
    ReportOptions options = fixedOptions();
    if (change == QLatin1String("move")) {
        QVERIFY(QFile::rename(file, file + QStringLiteral(".moved")));
    } else if (change == QLatin1String("replace")) {
        QVERIFY(QFile::remove(file));
        QVERIFY(QFile::copy(path(QStringLiteral("two-visible.pdf")), file));
    } else {
        options.includePictures = false;
    }

    const QString html = plainHtml(assessment, options);
    QVERIFY(!html.contains(QStringLiteral("data:image")));
    QVERIFY(!html.contains(QStringLiteral("Signature appearances")));
    if (expected.isEmpty()) {
        QVERIFY(!html.contains(QStringLiteral("Page pictures")));
    } else {
        QVERIFY(html.contains(QStringLiteral("Page pictures")));
        QVERIFY2(html.contains(expected), qPrintable(html.left(4000)));
    }

    const QString report = m_dir.filePath(QStringLiteral("unavailable-%1-report.pdf").arg(change));
    QString error;
    QVERIFY2(AssessmentReport::writePdf(assessment, report, options, &error), qPrintable(error));
    QCOMPARE(imageCount(report), 0);
    const QStringList failures = granskaPdfA1bFailures(report);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestReportPictures)
#include "tst_report_pictures.moc"
