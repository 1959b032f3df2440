// The assessment report: its HTML carries every value the archivist files, escapes what comes from
// the document, and its PDF export is PDF/A-1b that Granska itself and PDFBox preflight accept.
#include "Assessor.h"
#include "ReportFixtures.h"
#include "report/AssessmentReport.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QLocale>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QtTest>
#include <poppler-qt6.h>

using namespace granska;
using namespace granska::testing;

namespace {

// The text of every page, as a reader copying from the PDF would get it.
QString pdfText(const QString &path)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked())
        return {};
    QString text;
    for (int i = 0; i < document->numPages(); ++i) {
        if (const std::unique_ptr<Poppler::Page> page = document->page(i))
            text += page->text(QRectF()) + QLatin1Char('\n');
    }
    return text;
}

// PDFBox 2 preflight as Debian installs it (libpdfbox2-java): the jars it needs, or empty.
QStringList preflightClassPath()
{
    const QStringList jars = {QStringLiteral("pdfbox2.jar"), QStringLiteral("preflight.jar"), QStringLiteral("fontbox2.jar"),
                              QStringLiteral("xmpbox.jar"), QStringLiteral("commons-logging.jar"),
                              QStringLiteral("javax.activation.jar"), QStringLiteral("jaxb-api.jar")};
    QStringList paths;
    for (const QString &jar : jars) {
        const QString path = QStringLiteral("/usr/share/java/") + jar;
        if (!QFile::exists(path))
            return {};
        paths << path;
    }
    return paths;
}

// The report's HTML with the non-breaking spaces that keep status words together made plain.
QString reportHtml(const Assessment &assessment, const ReportOptions &options)
{
    return AssessmentReport::html(assessment, options).replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
}

ReportOptions fixedOptions()
{
    ReportOptions options;
    options.generatedAt = QDateTime(QDate(2024, 3, 15), QTime(10, 20, 30), Qt::UTC);
    return options;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void htmlShowsValues_data();
    void htmlShowsValues();
    void htmlEscapesDocumentText_data();
    void htmlEscapesDocumentText();
    void summaryConclusion_data();
    void summaryConclusion();
    void violationsSortedByClause();
    void reviewerShownWhenSet_data();
    void reviewerShownWhenSet();
    void datesFollowLanguage_data();
    void datesFollowLanguage();
    void documentPageSize();
    void shortTablesStayOnOnePage_data();
    void shortTablesStayOnOnePage();
    void writePdf_data();
    void writePdf();
    void writePdfFailsOnUnwritablePath_data();
    void writePdfFailsOnUnwritablePath();
    void pdfPassesPreflight_data();
    void pdfPassesPreflight();

private:
    QTemporaryDir m_dir;
};

void TestReport::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // GRANSKA_KEEP_REPORTS=1 keeps the exported PDFs for a look with pdftoppm.
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("GRANSKA_KEEP_REPORTS"));
}

void TestReport::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestReport::htmlShowsValues_data()
{
    QTest::addColumn<Assessment>("assessment");
    QTest::addColumn<QStringList>("expected");

    const Assessment rich = richAssessment();
    QTest::newRow("identity") << rich
                              << QStringList{QStringLiteral("Document identity"), rich.identity.fileName, rich.file,
                                             rich.identity.sha256, QStringLiteral("150,000 bytes"), QStringLiteral("1.7"),
                                             QStringLiteral("Protokoll kommunstyrelsen 2024-03-12"),
                                             QStringLiteral("Exempel PDF Library 5.2"), QStringLiteral("Exempel Writer")};
    QTest::newRow("signatures") << rich
                                << QStringList{QStringLiteral("Anna Andersson"), QStringLiteral("Bertil Berg"), QStringLiteral("Test TSA"),
                                               QStringLiteral("Intact"), QStringLiteral("Broken"), QStringLiteral("Cannot be verified"),
                                               QStringLiteral("Document timestamp"), QStringLiteral("ETSI.RFC3161"),
                                               QStringLiteral("4A1F09D7"), QStringLiteral("Approval of the minutes"),
                                               QStringLiteral("their SHA-256 digest differs")};
    QTest::newRow("violations") << rich
                                << QStringList{QStringLiteral("ISO 19005-2"), QStringLiteral("6.2.11.4.1"), QStringLiteral("6.2.9"),
                                               QStringLiteral("6.6.2.1"),
                                               QStringLiteral("The font program is not embedded."),
                                               QStringLiteral("object 12, page 1, font Helvetica"), QStringLiteral("and 9 more"),
                                               QStringLiteral("Not compliant"), QStringLiteral("as the document claims")};
    QTest::newRow("revisions and findings") << rich
                                            << QStringList{QStringLiteral("Revisions"), QStringLiteral("4 (current)"),
                                                           QStringLiteral("77,810 to 91,502"), QStringLiteral("Changed after signing"),
                                                           QStringLiteral("rebuilt"), QStringLiteral("time limit"), QStringLiteral("Warning")};
    QTest::newRow("failed assessment") << failedAssessment()
                                       << QStringList{QStringLiteral("could not be assessed"),
                                                      QStringLiteral("does not start with %PDF-"), QStringLiteral("truncated.pdf")};

    if (const std::optional<Assessment> dss = corpusAssessment(QStringLiteral("dss__DSS-1983.pdf"))) {
        QStringList expected{dss->identity.sha256, QStringLiteral("dss__DSS-1983.pdf"), QStringLiteral("Document timestamp")};
        for (const SignatureInfo &s : dss->signatures)
            expected << s.signer.value_or(CertificateInfo{}).commonName;
        QTest::newRow("corpus DSS-1983") << *dss << expected;
    }
}

void TestReport::htmlShowsValues()
{
    QFETCH(Assessment, assessment);
    QFETCH(QStringList, expected);
    const QString html = reportHtml(assessment, fixedOptions());
    for (const QString &value : expected)
        QVERIFY2(html.contains(value.toHtmlEscaped()), qPrintable(QStringLiteral("missing: ") + value));
}

void TestReport::htmlEscapesDocumentText_data()
{
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("absent");
    QTest::newRow("script") << QStringLiteral("&lt;script&gt;alert(") << QStringLiteral("<script>");
    QTest::newRow("ampersand") << QStringLiteral("Smith &amp; Wesson") << QStringLiteral("Smith & Wesson");
    QTest::newRow("tag in title") << QStringLiteral("&lt;b&gt;Bold&lt;/b&gt;") << QStringLiteral("<b>Bold</b>");
    QTest::newRow("image") << QStringLiteral("&lt;img src=x&gt;") << QStringLiteral("<img");
    QTest::newRow("bidi override") << QStringLiteral("\uFFFDfdp.exe") << QStringLiteral("\u202E");
    QTest::newRow("control character") << QStringLiteral("line2\uFFFD") << QStringLiteral("\x01");
    QTest::newRow("file name") << QStringLiteral("hostile &lt;i&gt;&amp;amp;&lt;/i&gt; 'name'.pdf") << QStringLiteral("<i>&amp;</i>");
}

void TestReport::htmlEscapesDocumentText()
{
    QFETCH(QString, shown);
    QFETCH(QString, absent);
    const QString html = AssessmentReport::html(hostileAssessment(), fixedOptions());
    QVERIFY2(html.contains(shown), qPrintable(shown));
    QVERIFY2(!html.contains(absent), qPrintable(absent));

    // The laid-out text shows the hostile value literally instead of obeying it.
    const std::unique_ptr<QTextDocument> document = AssessmentReport::document(hostileAssessment(), fixedOptions());
    QVERIFY(document->toPlainText().contains(QStringLiteral("<script>alert('owned')</script> Smith & Wesson")));
}

void TestReport::summaryConclusion_data()
{
    QTest::addColumn<Assessment>("assessment");
    QTest::addColumn<QStringList>("expected");

    // Patterns, matched without regard to case; "(s)" stays in plurals until a translation is loaded.
    QTest::newRow("clean") << cleanAssessment()
                           << QStringList{QStringLiteral("No problems found"), QStringLiteral("All intact"), QStringLiteral("Compliant"),
                                          QStringLiteral("No changes")};
    QTest::newRow("rich") << richAssessment()
                          << QStringList{QStringLiteral("Problems found"), QStringLiteral("not PDF/A-2B compliant"),
                                         QStringLiteral("1 signature(\\(s\\))? broken"), QStringLiteral("1 signature(\\(s\\))? cannot be verified"),
                                         QStringLiteral("1 error(\\(s\\))?\\."), QStringLiteral("No changes.*Document timestamp 3")};
    QTest::newRow("failed") << failedAssessment()
                            << QStringList{QStringLiteral("Problems found"), QStringLiteral("the document could not be assessed"),
                                           QStringLiteral("does not start with %PDF-")};
    Assessment unsigned_ = cleanAssessment();
    unsigned_.signatures.clear();
    unsigned_.pdfa = {};
    unsigned_.pdfa.note = QStringLiteral("The document does not claim PDF/A conformance.");
    QTest::newRow("unsigned, no claim") << unsigned_
                                        << QStringList{QStringLiteral("No problems found"), QStringLiteral("Not validated"),
                                                       QStringLiteral("no signatures")};
}

void TestReport::summaryConclusion()
{
    QFETCH(Assessment, assessment);
    QFETCH(QStringList, expected);
    const QString html = reportHtml(assessment, fixedOptions());
    // The summary comes before the document identity.
    const QString summary = html.left(html.indexOf(QStringLiteral("Document identity")));
    for (const QString &pattern : expected) {
        const QRegularExpression expression(pattern, QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(summary.contains(expression), qPrintable(QStringLiteral("missing from the summary: ") + pattern));
    }
}

void TestReport::violationsSortedByClause()
{
    const QString html = AssessmentReport::html(richAssessment(), fixedOptions());
    const qsizetype first = html.indexOf(QStringLiteral("<td>6.2.9</td>"));
    const qsizetype second = html.indexOf(QStringLiteral("<td>6.2.11.4.1</td>"));
    const qsizetype third = html.indexOf(QStringLiteral("<td>6.6.2.1</td>"));
    QVERIFY(first > 0);
    QVERIFY(first < second);
    QVERIFY(second < third);
    // Each row: clause, test number, failed checks.
    QVERIFY(html.contains(QStringLiteral("<td>6.2.11.4.1</td><td>1</td><td>12</td>")));
    QVERIFY(html.contains(QStringLiteral("<td>6.2.9</td><td>3</td><td>1</td>")));
}

void TestReport::reviewerShownWhenSet_data()
{
    QTest::addColumn<QString>("reviewer");
    QTest::newRow("none") << QString();
    QTest::newRow("named") << QStringLiteral("Eva Ek, arkivarie");
}

void TestReport::reviewerShownWhenSet()
{
    QFETCH(QString, reviewer);
    ReportOptions options = fixedOptions();
    options.reviewer = reviewer;
    const QString html = AssessmentReport::html(cleanAssessment(), options);
    QCOMPARE(html.contains(QStringLiteral("Reviewer")), !reviewer.isEmpty());
    if (!reviewer.isEmpty())
        QVERIFY(html.contains(reviewer));
    QVERIFY(html.contains(QStringLiteral("Granska ") + Assessor::engineVersion()));
}

void TestReport::datesFollowLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("date"); // a pattern: locales order and punctuate dates differently
    QTest::newRow("English (UK)") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("15 March 2024");
    QTest::newRow("English (US)") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("March 15, 2024");
    QTest::newRow("Swedish") << QLocale(QLocale::Swedish, QLocale::Sweden) << QStringLiteral("15 mars 2024");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("15\\. März 2024");
}

void TestReport::datesFollowLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, date);
    QLocale::setDefault(locale);
    const QString html = AssessmentReport::html(cleanAssessment(), fixedOptions());
    QVERIFY2(html.contains(QRegularExpression(date)), qPrintable(date));
    QVERIFY(html.contains(QStringLiteral("10:20:30")));
    QVERIFY(!html.contains(QStringLiteral("Friday"))); // the weekday only lengthens the line
}

void TestReport::documentPageSize()
{
    const std::unique_ptr<QTextDocument> a4 = AssessmentReport::document(richAssessment(), fixedOptions());
    QVERIFY(a4->pageSize().isValid());
    QCOMPARE(qRound(a4->pageSize().height() / a4->pageSize().width() * 1000), qRound(297.0 / 210.0 * 1000));
    QVERIFY(a4->pageCount() >= 2);

    QPdfWriter writer(m_dir.filePath(QStringLiteral("letter.pdf")));
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    const std::unique_ptr<QTextDocument> letter = AssessmentReport::document(richAssessment(), fixedOptions(), &writer);
    QCOMPARE(letter->pageSize().width(), qreal(writer.width()));
    QVERIFY(letter->pageSize().height() < writer.height()); // room for the footer

    // print() paginates the same layout onto the device, one device page per document page.
    QString error;
    QVERIFY2(AssessmentReport::print(richAssessment(), &writer, fixedOptions(), &error), qPrintable(error));
    const std::unique_ptr<Poppler::Document> printed = Poppler::Document::load(m_dir.filePath(QStringLiteral("letter.pdf")));
    QVERIFY(printed);
    QCOMPARE(printed->numPages(), letter->pageCount());
    QCOMPARE(qRound(printed->page(0)->pageSizeF().width()), 612); // US Letter, in points
    QVERIFY(!AssessmentReport::print(richAssessment(), nullptr, fixedOptions(), &error));
    QVERIFY(!error.isEmpty());
}

void TestReport::shortTablesStayOnOnePage_data()
{
    QTest::addColumn<Assessment>("assessment");
    QTest::newRow("rich") << richAssessment();
    Assessment many = richAssessment();
    for (int i = 0; i < 3; ++i)
        many.signatures += richAssessment().signatures;
    QTest::newRow("twelve signatures") << many;
}

void TestReport::shortTablesStayOnOnePage()
{
    QFETCH(Assessment, assessment);
    QPdfWriter writer(m_dir.filePath(QStringLiteral("layout.pdf")));
    writer.setPageSize(QPageSize(QPageSize::A4));
    const std::unique_ptr<QTextDocument> document = AssessmentReport::document(assessment, fixedOptions(), &writer);
    const qreal page = document->pageSize().height();
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    int tables = 0;
    for (QTextFrame::iterator it = document->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            const QRectF rect = layout->frameBoundingRect(frame);
            if (rect.height() < page / 2) {
                ++tables;
                QCOMPARE(int(rect.top() / page), int((rect.bottom() - 1) / page));
            }
        } else if (it.currentBlock().blockFormat().headingLevel() > 0) {
            // A heading never ends a page: some of what it introduces follows on the same page.
            const QRectF heading = layout->blockBoundingRect(it.currentBlock());
            QVERIFY(int(heading.top() / page) == int((heading.bottom() + page / 20) / page));
        }
    }
    QVERIFY(tables >= 5);
}

void TestReport::writePdf_data()
{
    QTest::addColumn<Assessment>("assessment");
    QTest::newRow("rich") << richAssessment();
    QTest::newRow("clean") << cleanAssessment();
    QTest::newRow("hostile") << hostileAssessment();
    QTest::newRow("failed") << failedAssessment();
    for (const QString &file : {QStringLiteral("dss__DSS-1983.pdf"), QStringLiteral("dss__pdf-byterange-overlap.pdf")}) {
        if (const std::optional<Assessment> a = corpusAssessment(file))
            QTest::newRow(qPrintable(QStringLiteral("corpus ") + file)) << *a;
    }
}

void TestReport::writePdf()
{
    QFETCH(Assessment, assessment);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')) + QStringLiteral(".pdf"));
    QString error;
    QVERIFY2(AssessmentReport::writePdf(assessment, path, fixedOptions(), &error), qPrintable(error));
    QVERIFY(error.isEmpty());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    file.close();

    // Granska reads its own report's PDF/A identification.
    const Assessment report = Assessor::assess(path);
    QCOMPARE(report.status, AssessmentStatus::Ok);
    QCOMPARE(report.pdfa.claim.part, 1);
    QCOMPARE(report.pdfa.claim.conformance, QStringLiteral("B"));
    QVERIFY(report.identity.title.contains(assessment.identity.fileName));
    // Where Granska has PDF/A-1b rules, none of them may fail on its own report.
    AssessOptions asPdfa1b;
    asPdfa1b.profile = QStringLiteral("1b");
    const PdfaResult validation = Assessor::assess(path, asPdfa1b).pdfa;
    if (validation.compliant.has_value()) {
        QStringList failed;
        for (const RuleViolation &v : validation.violations)
            failed << v.ruleId() + QStringLiteral(": ") + v.message;
        QVERIFY2(*validation.compliant, qPrintable(failed.join(QLatin1Char('\n'))));
    }

    // The text a reader gets from the PDF: the hash whole on one line, the name, the page footer.
    const QString text = pdfText(path);
    QVERIFY2(text.contains(assessment.identity.sha256), qPrintable(text.left(2000)));
    QVERIFY(text.contains(assessment.identity.fileName));
    QVERIFY(text.contains(QStringLiteral("Assessment report")));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Page 1 of \\d+"))));
    if (assessment.identity.fileName.startsWith(QLatin1String("hostile")))
        QVERIFY(text.contains(QStringLiteral("<script>alert('owned')</script>")));

    if (qEnvironmentVariableIsSet("GRANSKA_KEEP_REPORTS"))
        qInfo("Report kept: %s", qPrintable(path));
}

void TestReport::writePdfFailsOnUnwritablePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("missing folder") << m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    QTest::newRow("folder as file") << m_dir.path();
    QTest::newRow("empty path") << QString();
}

void TestReport::writePdfFailsOnUnwritablePath()
{
    QFETCH(QString, path);
    QString error;
    QVERIFY(!AssessmentReport::writePdf(cleanAssessment(), path, fixedOptions(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("Cannot write the report")), qPrintable(error));
}

void TestReport::pdfPassesPreflight_data()
{
    QTest::addColumn<Assessment>("assessment");
    QTest::newRow("rich") << richAssessment();
    QTest::newRow("hostile") << hostileAssessment();
    if (const std::optional<Assessment> a = corpusAssessment(QStringLiteral("dss__DSS-1983.pdf")))
        QTest::newRow("corpus DSS-1983") << *a;
}

void TestReport::pdfPassesPreflight()
{
    QFETCH(Assessment, assessment);
    const QStringList classPath = preflightClassPath();
    const QString java = QStandardPaths::findExecutable(QStringLiteral("java"));
    if (classPath.isEmpty() || java.isEmpty())
        QSKIP("PDFBox preflight is not installed (apt-get install libpdfbox2-java libactivation-java libjaxb-api-java)");

    const QString path = m_dir.filePath(QStringLiteral("preflight-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
    QString error;
    QVERIFY2(AssessmentReport::writePdf(assessment, path, fixedOptions(), &error), qPrintable(error));

    QProcess preflight;
    preflight.setProcessChannelMode(QProcess::MergedChannels);
    preflight.start(java, {QStringLiteral("-cp"), classPath.join(QLatin1Char(':')), QStringLiteral("org.apache.pdfbox.preflight.Validator_A1b"), path});
    QVERIFY(preflight.waitForFinished(120'000));
    const QString output = QString::fromUtf8(preflight.readAll());
    QVERIFY2(preflight.exitCode() == 0 && output.contains(QStringLiteral("is a valid PDF/A-1b file")), qPrintable(output));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
