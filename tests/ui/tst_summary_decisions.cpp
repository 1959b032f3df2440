// The batch summary shows the reviewer's decisions: ReportActions takes each document's latest
// decision from the history (by SHA-256, so a decision made on an earlier assessment of the same
// file counts) and puts it in the summary's Decision column.
#include "ReportActions.h"
#include "Assessor.h"
#include "history/HistoryStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace granska;

class TestSummaryDecisions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void latestDecisionPerDocument();
    void exportedSummaryShowsDecisions();

private:
    QTemporaryDir m_temp;
    QList<Assessment> m_assessments; // three documents
};

void TestSummaryDecisions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_temp.isValid());
    QStringList files;
    QDirIterator it(QStringLiteral(GRANSKA_SHARED_DIR "/corpus/pdfa"), {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    if (files.size() < 3)
        QSKIP("The veraPDF corpus is not available");
    for (const QString &file : files.mid(0, 3))
        m_assessments << Assessor::assess(file);
}

void TestSummaryDecisions::latestDecisionPerDocument()
{
    HistoryStore history(m_temp.filePath(QStringLiteral("latest.sqlite")));
    QVERIFY(history.open());
    QList<qint64> ids;
    for (const Assessment &a : std::as_const(m_assessments))
        ids << history.add(a);
    // The first document: a changed mind, the newest decision counts.
    QVERIFY(history.addDecision(ids[0], DecisionKind::FollowUp, QStringLiteral("Eva Ek"), QStringLiteral("ask the sender")));
    QTest::qWait(5); // distinct timestamps
    QVERIFY(history.addDecision(ids[0], DecisionKind::Approve, QStringLiteral("Eva Ek"), QString()));
    // The second: decided on an earlier assessment of the same file; the summary is of a new one.
    QVERIFY(history.addDecision(ids[1], DecisionKind::Reject, QStringLiteral("Per Berg"), QString()));
    QList<Assessment> batch = m_assessments;
    batch[1].assessedAt = batch[1].assessedAt.addSecs(60);
    // The third: no decision.

    const QHash<QString, QString> decisions = ReportActions::decisionsFor(batch, &history);
    QCOMPARE(decisions.size(), 2);
    QVERIFY2(decisions.value(batch[0].file).startsWith(QStringLiteral("Approved for transfer (Eva Ek, ")), qPrintable(decisions.value(batch[0].file)));
    QVERIFY2(decisions.value(batch[1].file).startsWith(QStringLiteral("Rejected (Per Berg, ")), qPrintable(decisions.value(batch[1].file)));
    QVERIFY(!decisions.contains(batch[2].file));

    QVERIFY(ReportActions::decisionsFor(batch, nullptr).isEmpty());
}

void TestSummaryDecisions::exportedSummaryShowsDecisions()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    HistoryStore history(m_temp.filePath(QStringLiteral("export.sqlite")));
    QVERIFY(history.open());
    const qint64 id = history.add(m_assessments[0]);
    QVERIFY(history.addDecision(id, DecisionKind::Approve, QStringLiteral("Eva Ek"), QString()));

    const QString pdf = m_temp.filePath(QStringLiteral("summary.pdf"));
    QString error;
    QVERIFY2(ReportActions::writeSummaryPdf(m_assessments, QStringLiteral("Eva Ek"), pdf, &error, &history), qPrintable(error));
    QProcess extract;
    extract.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(extract.waitForFinished(30000));
    const QString text = QString::fromUtf8(extract.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(QStringLiteral("Decision")), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(QStringLiteral("Approved for")), qPrintable(text.left(2000)));
}

QTEST_MAIN(TestSummaryDecisions)
#include "tst_summary_decisions.moc"
