// The batch summary: its counts, one row per document with the verdict its own report states and
// the reviewer's decision when given, the full reports after it when asked; its PDF is PDF/A-1b for
// Granska and for PDFBox preflight; and the machine-readable report carries the documented keys.
#include "Assessor.h"
#include "Fixtures.h"
#include "ReportChecks.h"
#include "ReportFixtures.h"
#include "report/BatchReport.h"
#include "report/ReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace granska;
using namespace granska::fixtures;
using namespace granska::testing;

namespace {

using Decisions = QHash<QString, QString>;

BatchReportOptions fixedOptions()
{
    BatchReportOptions options;
    options.report.generatedAt = QDateTime(QDate(2024, 3, 15), QTime(10, 20, 30), Qt::UTC);
    options.report.reviewer = QStringLiteral("Eva Ek");
    return options;
}

QString plainHtml(const QList<Assessment> &assessments, const BatchReportOptions &options)
{
    return BatchReport::html(assessments, options).replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
}

// The counts in the order of the expected lists below.
QList<int> countsOf(const BatchCounts &c)
{
    return {c.documents, c.assessed, c.notAssessed, c.pdfaCompliant, c.pdfaNotCompliant, c.pdfaNoVerdict,
            c.signaturesIndeterminate, c.signaturesFailed, c.changedAfterSigning, c.changesNotPermitted,
            c.problemsFound, c.needsAttention, c.noProblems};
}

} // namespace

class TestBatchReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void counts_data();
    void counts();
    void oneRowPerDocument();
    void decisionsShownWhenGiven_data();
    void decisionsShownWhenGiven();
    void fullReportsFollowTheSummary();
    void pdfIsPdfA1b_data();
    void pdfIsPdfA1b();
    void jsonHasTheDocumentedKeys();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QList<Assessment> m_files; // assessments of real files, for pictures
};

void TestBatchReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const TestPki pki;
    QVERIFY2(pki.isValid(), qPrintable(pki.errorString()));
    QVERIFY_FIXTURE(makePdf(path(QStringLiteral("plain.pdf")), 1));
    SignOptions visible;
    visible.visibleRect = QRectF(72, 600, 200, 60);
    QVERIFY_FIXTURE(signPdf(path(QStringLiteral("plain.pdf")), path(QStringLiteral("signed.pdf")), pki.rsaSigner(), visible));
    QVERIFY_FIXTURE(writeHostile(path(QStringLiteral("not-a-pdf.pdf")), Hostile::NotPdf));
    for (const QString &name : {QStringLiteral("plain.pdf"), QStringLiteral("signed.pdf"), QStringLiteral("not-a-pdf.pdf")})
        m_files << Assessor::assess(path(name));
}

void TestBatchReport::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestBatchReport::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestBatchReport::counts_data()
{
    QTest::addColumn<QList<Assessment>>("assessments");
    // documents, assessed, not assessed, PDF/A compliant, not compliant, no verdict, signatures
    // indeterminate, failed, documents changed after signing, with changes not permitted,
    // documents with problems, needing attention, without problems
    QTest::addColumn<QList<int>>("expected");

    QTest::newRow("none") << QList<Assessment>{} << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    QTest::newRow("indeterminate") << QList<Assessment>{indeterminateAssessment()} << QList<int>{1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0};
    QTest::newRow("clean twice") << QList<Assessment>{cleanAssessment(), cleanAssessment()} << QList<int>{2, 2, 0, 2, 0, 0, 0, 0, 2, 0, 0, 0, 2};
    QTest::newRow("mixed") << QList<Assessment>{indeterminateAssessment(), failedValidationAssessment(), notPermittedAssessment(), failedAssessment()}
                           << QList<int>{4, 3, 1, 3, 0, 0, 1, 2, 1, 1, 2, 1, 0};
    QTest::newRow("rich, not PDF/A") << QList<Assessment>{richAssessment()} << QList<int>{1, 1, 0, 0, 1, 0, 1, 1, 1, 0, 1, 0, 0};
}

void TestBatchReport::counts()
{
    QFETCH(QList<Assessment>, assessments);
    QFETCH(QList<int>, expected);
    const BatchCounts c = BatchCounts::of(assessments);
    QCOMPARE(countsOf(c), expected);
    QCOMPARE(c.signaturesPassed + c.signaturesIndeterminate + c.signaturesFailed + c.signaturesNotValidated, c.signatures);
    QCOMPARE(c.problemsFound + c.needsAttention + c.noProblems + c.notAssessed, c.documents);
}

void TestBatchReport::oneRowPerDocument()
{
    const QList<Assessment> batch{cleanAssessment(), failedValidationAssessment(), indeterminateAssessment(), failedAssessment()};
    const QString html = plainHtml(batch, fixedOptions());
    for (const Assessment &a : batch) {
        QVERIFY2(html.contains(a.identity.fileName), qPrintable(a.identity.fileName));
        QVERIFY(html.contains(a.identity.sha256.left(16)));
        QVERIFY(!html.contains(a.identity.sha256)); // the whole hash is in the document's own report
    }
    for (const char *words : {"Assessment summary", "4 in all: 3 assessed, 1 could not be assessed", "No problems found", "Problems found",
                              "Needs attention", "Not assessed", "Eva Ek", "15 March 2024", "does not start with %PDF-"})
        QVERIFY2(html.contains(QString::fromUtf8(words).toHtmlEscaped()), words);
    QVERIFY(!html.contains(QStringLiteral("Decision")));
    QVERIFY(!html.contains(QStringLiteral("Assessment report"))); // no full reports unless asked
}

void TestBatchReport::decisionsShownWhenGiven_data()
{
    QTest::addColumn<Decisions>("decisions");
    QTest::addColumn<bool>("column");
    const Assessment clean = cleanAssessment();
    QTest::newRow("none") << Decisions{} << false;
    QTest::newRow("empty text") << Decisions{{clean.file, QString()}} << false;
    QTest::newRow("one document") << Decisions{{clean.file, QStringLiteral("Accepted for transfer <ok>")}} << true;
}

void TestBatchReport::decisionsShownWhenGiven()
{
    QFETCH(Decisions, decisions);
    QFETCH(bool, column);
    BatchReportOptions options = fixedOptions();
    options.decisions = decisions;
    const QString html = plainHtml({cleanAssessment(), indeterminateAssessment()}, options);
    QCOMPARE(html.contains(QStringLiteral(">Decision<")), column);
    if (column)
        QVERIFY(html.contains(QStringLiteral("Accepted for transfer &lt;ok&gt;"))); // the reviewer's words, escaped

    const QJsonArray documents = reportToJson({cleanAssessment(), indeterminateAssessment()}, options).value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents.at(0).toObject().value(QStringLiteral("decision")).isString(), column);
    QVERIFY(documents.at(1).toObject().value(QStringLiteral("decision")).isNull());
}

void TestBatchReport::fullReportsFollowTheSummary()
{
    BatchReportOptions options = fixedOptions();
    options.includeDocumentReports = true;
    const QList<Assessment> batch{cleanAssessment(), notPermittedAssessment(), failedAssessment()};
    const QString html = plainHtml(batch, options);
    QCOMPARE(html.count(QStringLiteral("page-break-before")), 3); // each report starts on a new page
    QCOMPARE(html.count(QStringLiteral(">Assessment report<")), 3);
    QVERIFY(html.indexOf(QStringLiteral(">Documents<")) < html.indexOf(QStringLiteral(">Assessment report<")));
    // Personal data stays masked in the full reports too.
    QVERIFY(!html.contains(QLatin1String(kPersonalNumber)));
    QVERIFY(html.contains(QLatin1String(kPersonalNumberMasked)));
    options.report.showPersonalData = true;
    QVERIFY(plainHtml(batch, options).contains(QLatin1String(kPersonalNumber)));
}

void TestBatchReport::pdfIsPdfA1b_data()
{
    QTest::addColumn<QList<Assessment>>("assessments");
    QTest::addColumn<bool>("full");
    QTest::addColumn<Decisions>("decisions");
    QTest::addColumn<int>("images");

    const QList<Assessment> fixtures{richAssessment(), cleanAssessment(), hostileAssessment(), failedAssessment(),
                                     notPermittedAssessment(), indeterminateAssessment()};
    QTest::newRow("summary") << fixtures << false << Decisions{} << 0;
    QTest::newRow("with decisions") << fixtures << false
                                    << Decisions{{fixtures.first().file, QStringLiteral("Returned to the sender")}} << 0;
    QTest::newRow("with full reports") << fixtures << true << Decisions{} << 0;
    QTest::newRow("no documents") << QList<Assessment>{} << false << Decisions{} << 0;
    // Real files: the first page of each readable one, and the visible signature.
    QTest::newRow("files with pictures") << m_files << true << Decisions{} << 3;
    QList<Assessment> many;
    for (int i = 0; i < 40; ++i)
        many << fixtures.at(i % fixtures.size());
    QTest::newRow("forty documents") << many << false << Decisions{} << 0;
}

void TestBatchReport::pdfIsPdfA1b()
{
    QFETCH(QList<Assessment>, assessments);
    QFETCH(bool, full);
    QFETCH(Decisions, decisions);
    QFETCH(int, images);
    BatchReportOptions options = fixedOptions();
    options.includeDocumentReports = full;
    options.decisions = decisions;
    const QString report = path(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')) + QStringLiteral(".pdf"));
    QString error;
    QVERIFY2(BatchReport::writePdf(assessments, report, options, &error), qPrintable(error));

    const Assessment written = Assessor::assess(report);
    QCOMPARE(written.pdfa.claim.part, 1);
    QCOMPARE(written.pdfa.claim.conformance, QStringLiteral("B"));
    const QStringList failures = granskaPdfA1bFailures(report);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    if (preflightAvailable()) {
        QString output;
        QVERIFY2(passesPreflight(report, &output), qPrintable(output));
    }
    QCOMPARE(imageCount(report), images);

    const QString text = pdfText(report);
    QVERIFY(text.contains(QStringLiteral("Assessment summary")));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Page 1 of \\d+"))));
    // Each document's row: the start of its name (the rest may wrap in the narrow column, and text
    // extraction reads a table's cells line by line across the row).
    for (const Assessment &a : assessments) {
        const QString start = a.identity.fileName.section(QRegularExpression(QStringLiteral("[-. ]")), 0, 0);
        QVERIFY2(text.contains(start), qPrintable(a.identity.fileName));
    }
    if (!decisions.isEmpty()) // the first word: the column is narrow enough to wrap the rest
        QVERIFY(text.contains(decisions.cbegin().value().section(QLatin1Char(' '), 0, 0)));
    if (qEnvironmentVariableIsSet("GRANSKA_KEEP_REPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo("Report kept: %s", qPrintable(report));
    }
}

void TestBatchReport::jsonHasTheDocumentedKeys()
{
    BatchReportOptions options = fixedOptions();
    const QList<Assessment> batch{cleanAssessment(), notPermittedAssessment(), failedAssessment()};
    const QJsonObject json = reportToJson(batch, options, JsonOptions{false, true});
    // Survives a round trip through text, as the e-archive package reads it.
    const QJsonObject read = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QCOMPARE(read, json);

    const QJsonObject metadata = read.value(QStringLiteral("report")).toObject();
    QCOMPARE(metadata.value(QStringLiteral("format")).toString(), QStringLiteral("granska-report"));
    QCOMPARE(metadata.value(QStringLiteral("formatVersion")).toInt(), kReportJsonFormatVersion);
    QCOMPARE(metadata.value(QStringLiteral("generatedAt")).toString(), QStringLiteral("2024-03-15T10:20:30Z"));
    QCOMPARE(metadata.value(QStringLiteral("granskaVersion")).toString(), Assessor::engineVersion());
    QCOMPARE(metadata.value(QStringLiteral("reviewer")).toString(), QStringLiteral("Eva Ek"));
    QCOMPARE(metadata.value(QStringLiteral("personalDataMasked")).toBool(), true);

    const QJsonObject summary = read.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("documents")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("assessed")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("notAssessed")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("changesNotPermitted")).toInt(), 1);
    for (const char *key : {"pdfa", "signatures", "verdicts"})
        QVERIFY2(summary.value(QLatin1String(key)).isObject(), key);
    QCOMPARE(summary.value(QStringLiteral("pdfa")).toObject().value(QStringLiteral("compliant")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("signatures")).toObject().value(QStringLiteral("failed")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("verdicts")).toObject().value(QStringLiteral("problemsFound")).toInt(), 1);

    const QJsonArray documents = read.value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 3);
    QStringList verdicts;
    for (int i = 0; i < documents.size(); ++i) {
        const QJsonObject document = documents.at(i).toObject();
        // The same record as `granska-cli check --json`, with the verdict and the decision.
        QCOMPARE(document.value(QStringLiteral("sha256")).toString(), batch[i].identity.sha256);
        QCOMPARE(document.value(QStringLiteral("file")).toString(), batch[i].file);
        for (const char *key : {"fileName", "status", "pdfa", "signatures", "findings", "revisions", "decision"})
            QVERIFY2(document.contains(QLatin1String(key)), key);
        verdicts << document.value(QStringLiteral("verdict")).toString();
    }
    QCOMPARE(verdicts, QStringList({"no-problems", "problems-found", "not-assessed"}));
    // Personal data masked, as asked.
    QVERIFY(!QJsonDocument(json).toJson().contains(kPersonalNumber));
}

QTEST_MAIN(TestBatchReport)
#include "tst_report_batch.moc"
