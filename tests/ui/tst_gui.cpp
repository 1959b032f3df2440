// The main window driven as a user would: documents dropped onto it, results streaming into the
// models, the signature details, the history, cancelling a batch, and the window staying
// responsive while documents are assessed. Runs offscreen with its own settings and history.
#include "AssessmentQueue.h"
#include "Assessor.h"
#include "DocumentListModel.h"
#include "FindingsModel.h"
#include "DocumentInfoView.h"
#include "FindingsPane.h"
#include "HistoryDialog.h"
#include "HistoryModel.h"
#include "MainWindow.h"
#include "PagePreview.h"
#include "ReportActions.h"
#include "RevisionTableModel.h"
#include "SignatureModel.h"
#include "history/HistoryStore.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QtTest>
#include <memory>

using namespace granska;

namespace {

const QString kSignedDir = QStringLiteral(GRANSKA_SHARED_DIR "/corpus/signed/files");
const QString kDss1983 = kSignedDir + QStringLiteral("/dss__DSS-1983.pdf");
const QString kDss1983Sha256 = QStringLiteral("61bc17a9f09f79d05fc2e5aab951c927c2ad9daf3f2932ee96a82ff4d901e3bd");
const QString kSigner = QStringLiteral("CIUDADANO FICTICIO ACTIVO");

DocumentStatus statusAt(const DocumentListModel *model, int row)
{
    return DocumentStatus(model->index(row, 0).data(DocumentListModel::StatusRole).toInt());
}

// Every index of a tree model, depth first.
QModelIndexList allIndexes(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QModelIndexList out;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        out << index;
        out << allIndexes(model, index);
    }
    return out;
}

QModelIndex findSignature(const SignatureModel *model, SignatureKind kind)
{
    for (const QModelIndex &index : allIndexes(model)) {
        const int signature = index.data(SignatureModel::SignatureIndexRole).toInt();
        if (signature >= 0 && model->assessment().signatures.at(signature).kind == kind)
            return index;
    }
    return {};
}

// "ISO 19005-2 6.2.11.4.1 test 1" -> "ISO 19005-2" and "6.2.11.4.1"
QString violationSpecification(const QString &ruleId)
{
    return ruleId.section(QLatin1Char(' '), 0, 1);
}

QString violationClause(const QString &ruleId)
{
    return ruleId.section(QLatin1Char(' '), 2, 2);
}

QStringList firstSignedFiles(int count)
{
    QStringList files = collectDocuments({kSignedDir});
    return files.mid(0, count);
}

} // namespace

class TestGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dropSignedDocument();
    void signatureDetailsFollowSelection();
    void pdfaFindingsAreGroupedByClause();
    void dropFolderAddsAllItsPdfs();
    void unassessableFileGivesErrorRow_data();
    void unassessableFileGivesErrorRow();
    void droppingTheSamePathAgainReassessesInPlace();
    void cancelStopsTheBatch();
    void eventLoopStaysResponsiveDuringBatch();
    void historyReopensStoredAssessment();
    void languageChoiceIsStoredAndApplied();
    void batchSummaryCoversSelectionOrAll();

private:
    std::unique_ptr<MainWindow> makeWindow();
    bool drop(MainWindow *window, const QStringList &paths);
    bool dropAndWait(MainWindow *window, const QStringList &paths, int timeoutMs = 120000);
    void saveScreenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_temp;
    int m_windowCount = 0;
    QString m_historyPath;
};

void TestGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GranskaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("GranskaGuiTest"));
    QVERIFY(m_temp.isValid());
    QSettings().clear();
}

void TestGui::init()
{
    // A fresh history for each test: tests never see each other's results or the user's.
    m_historyPath = m_temp.filePath(QStringLiteral("history-%1.sqlite").arg(++m_windowCount));
}

void TestGui::cleanup()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestGui::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_historyPath);
    window->resize(1500, 900);
    window->show();
    return window;
}

bool TestGui::drop(MainWindow *window, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint position = window->rect().center();
    QDragEnterEvent enter(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropEvent(QPointF(position), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &dropEvent);
    return dropEvent.isAccepted();
}

bool TestGui::dropAndWait(MainWindow *window, const QStringList &paths, int timeoutMs)
{
    QSignalSpy finished(window->queue(), &AssessmentQueue::finished);
    if (!drop(window, paths))
        return false;
    return finished.wait(timeoutMs) || finished.count() > 0;
}

void TestGui::saveScreenshot(QWidget *widget, const QString &name)
{
    // For looking at the window while developing: GRANSKA_UI_SCREENSHOTS=<folder>.
    const QString folder = qEnvironmentVariable("GRANSKA_UI_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QTest::qWait(300); // pending layouts and page renders
    widget->grab().save(QDir(folder).filePath(name));
}

void TestGui::dropSignedDocument()
{
    if (!QFile::exists(kDss1983))
        QSKIP("The signed corpus is not available");
    auto window = makeWindow();
    QVERIFY(!window->printAction()->isEnabled());
    QSignalSpy assessed(window->queue(), &AssessmentQueue::assessed);
    QVERIFY(dropAndWait(window.get(), {kDss1983}));
    QCOMPARE(assessed.count(), 1);

    // The document list: one row, its status and summaries, the full assessment behind it.
    const DocumentListModel *documents = window->documentModel();
    QCOMPARE(documents->rowCount(), 1);
    const QModelIndex row = documents->index(0, 0);
    const Assessment direct = Assessor::assess(kDss1983);
    QCOMPARE(statusAt(documents, 0), DocumentStatus::Clean);
    QCOMPARE(statusAt(documents, 0), statusOf(direct));
    QCOMPARE(row.data(Qt::DisplayRole).toString(), QStringLiteral("dss__DSS-1983.pdf"));
    QCOMPARE(row.data(DocumentListModel::PathRole).toString(), QDir::cleanPath(kDss1983));
    QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(row.data(DocumentListModel::PdfaSummaryRole).toString(), QStringLiteral("no PDF/A claim"));
    QCOMPARE(documents->index(0, DocumentListModel::PdfaColumn).data().toString(), QStringLiteral("no PDF/A claim"));
    // (The plural is the source text's "signature(s)" unless an English translation is installed.)
    QVERIFY2(QRegularExpression(QStringLiteral("^2 signature(s|\\(s\\)): 2 indeterminate$")).match(row.data(DocumentListModel::SignatureSummaryRole).toString()).hasMatch(),
             qPrintable(row.data(DocumentListModel::SignatureSummaryRole).toString()));
    QVERIFY(row.data(DocumentListModel::HasAssessmentRole).toBool());
    QVERIFY(!row.data(DocumentListModel::FromHistoryRole).toBool());
    QVERIFY(row.data(DocumentListModel::ErrorRole).toString().isEmpty());
    const Assessment a = row.data(DocumentListModel::AssessmentRole).value<Assessment>();
    QCOMPARE(a.identity.sha256, kDss1983Sha256);
    QCOMPARE(a.signatures.size(), direct.signatures.size());

    // The first document is selected and shown.
    QCOMPARE(window->currentDocumentRow(), 0);
    QVERIFY(window->findingsPane()->hasAssessment());
    QVERIFY(window->printAction()->isEnabled());
    QVERIFY(window->exportPdfAction()->isEnabled());

    // Signatures: four revisions, the signature under revision 2 and the timestamp under revision 4.
    const SignatureModel *signatures = window->signatureModel();
    QCOMPARE(signatures->rowCount(), 4);
    for (int r = 0; r < 4; ++r) {
        const QModelIndex revision = signatures->index(r, 0);
        QCOMPARE(revision.data(SignatureModel::NodeKindRole).toInt(), int(SignatureModel::RevisionNode));
        QCOMPARE(revision.data(SignatureModel::RevisionRole).toInt(), r + 1);
    }
    const QModelIndex signature = findSignature(signatures, SignatureKind::Signature);
    QVERIFY(signature.isValid());
    QCOMPARE(signature.data(SignatureModel::SignerNameRole).toString(), kSigner);
    QCOMPARE(signature.data(Qt::DisplayRole).toString(), kSigner);
    QCOMPARE(signature.data(SignatureModel::KindRole).toInt(), int(SignatureKind::Signature));
    QCOMPARE(signature.data(SignatureModel::IntegrityRole).toInt(), int(Integrity::Intact));
    QCOMPARE(signature.parent().data(SignatureModel::RevisionRole).toInt(), 2);
    QCOMPARE(signature.siblingAtColumn(SignatureModel::IntegrityColumn).data().toString(), QStringLiteral("Intact"));
    const QModelIndex timestamp = findSignature(signatures, SignatureKind::DocumentTimestamp);
    QVERIFY(timestamp.isValid());
    QCOMPARE(timestamp.data(SignatureModel::IntegrityRole).toInt(), int(Integrity::Intact));
    QCOMPARE(timestamp.parent().data(SignatureModel::RevisionRole).toInt(), 4);
    QCOMPARE(timestamp.data(SignatureModel::KindRole).toInt(), int(SignatureKind::DocumentTimestamp));
    QVERIFY(timestamp.data().toString().contains(QLatin1String("tsa.izenpe.com")));

    // PDF/A: no claim, so the note explains why there is no verdict.
    QVERIFY(!a.pdfa.note.isEmpty());
    bool noteShown = false;
    for (const QModelIndex &index : allIndexes(window->findingsModel())) {
        if (index.data(FindingsModel::NodeKindRole).toInt() == FindingsModel::NoteNode)
            noteShown = noteShown || index.data().toString() == a.pdfa.note;
        QVERIFY(index.data(FindingsModel::NodeKindRole).toInt() != FindingsModel::VerdictNode);
    }
    QVERIFY(noteShown);

    // The Document tab: identity and the revisions table.
    QCOMPARE(window->findingsPane()->documentInfo()->revisionModel()->rowCount(), 4);

    // The result went into the history.
    QCOMPARE(window->historyStore()->count(), 1);
    QCOMPARE(window->historyStore()->entries().first().sha256, kDss1983Sha256);

    // The report can be exported.
    const QString report = m_temp.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(window->exportReport(report, &error), qPrintable(error));
    QFile written(report);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5).startsWith("%PDF-"));
    window->findingsPane()->tabs()->setCurrentIndex(FindingsPane::DocumentTab);
    saveScreenshot(window.get(), QStringLiteral("document.png"));
}

void TestGui::signatureDetailsFollowSelection()
{
    if (!QFile::exists(kDss1983))
        QSKIP("The signed corpus is not available");
    auto window = makeWindow();
    QVERIFY(dropAndWait(window.get(), {kDss1983}));
    FindingsPane *pane = window->findingsPane();
    pane->tabs()->setCurrentIndex(FindingsPane::SignaturesTab);

    // The first signature is selected when the document is shown.
    QString details = pane->signatureDetails()->toPlainText();
    QVERIFY2(details.contains(kSigner), qPrintable(details));

    const QModelIndex signature = findSignature(window->signatureModel(), SignatureKind::Signature);
    const QModelIndex timestamp = findSignature(window->signatureModel(), SignatureKind::DocumentTimestamp);
    pane->signatureView()->setCurrentIndex(timestamp);
    details = pane->signatureDetails()->toPlainText();
    QVERIFY2(details.contains(QLatin1String("tsa.izenpe.com")), qPrintable(details));
    QVERIFY(details.contains(QLatin1String("Covers the whole document.")));

    pane->signatureView()->setCurrentIndex(signature);
    details = pane->signatureDetails()->toPlainText();
    const Assessment &a = window->signatureModel()->assessment();
    const SignatureInfo &s = a.signatures.at(signature.data(SignatureModel::SignatureIndexRole).toInt());
    QVERIFY(details.contains(kSigner));
    QVERIFY(details.contains(QLatin1String("Intact")));
    QVERIFY(details.contains(s.integrityDetail));
    QVERIFY(details.contains(QLatin1String("2 of 4")));
    QVERIFY2(details.contains(QStringLiteral("The document was changed after signing (revisions 3–4).")), qPrintable(details));
    QVERIFY(details.contains(s.subFilter));
    QVERIFY(details.contains(s.signer->serialNumber));
    QVERIFY(details.contains(QStringLiteral("Embedded certificates (%1)").arg(s.certificates.size())));

    // A signature with a visible widget brings its page into view, with the widget highlighted.
    if (s.visible && s.page > 0) {
        QTRY_COMPARE(window->preview()->currentPage(), s.page);
        QVERIFY(!window->preview()->highlightRect().isNull());
    }

    // A revision shows what it is and what came after it.
    pane->signatureView()->setCurrentIndex(window->signatureModel()->index(0, 0));
    details = pane->signatureDetails()->toPlainText();
    QVERIFY2(details.contains(QLatin1String("Revision 1 of 4")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("revisions 2–4 were added after this one")), qPrintable(details));

    pane->signatureView()->setCurrentIndex(signature);
    QTRY_VERIFY(window->preview()->pageCount() > 0);
    saveScreenshot(window.get(), QStringLiteral("signature.png"));
}

void TestGui::pdfaFindingsAreGroupedByClause()
{
    // A signed document that claims PDF/A-1a and fails rules in more than one clause.
    const QString path = kSignedDir + QStringLiteral("/dss__Signature-P-DE_SCI-4.pdf");
    if (!QFile::exists(path))
        QSKIP("The signed corpus is not available");
    const Assessment expected = Assessor::assess(path);
    if (!expected.pdfa.compliant.has_value() || *expected.pdfa.compliant || expected.pdfa.violations.isEmpty())
        QSKIP("The engine gives this document no failed PDF/A rules");
    auto window = makeWindow();
    QVERIFY(dropAndWait(window.get(), {path}));
    QCOMPARE(statusAt(window->documentModel(), 0), DocumentStatus::Problems);
    const FindingsModel *model = window->findingsModel();

    QCOMPARE(model->index(0, 0).data(FindingsModel::NodeKindRole).toInt(), int(FindingsModel::ClaimNode));
    QVERIFY(model->index(0, 0).data().toString().contains(QStringLiteral("PDF/A-%1").arg(expected.pdfa.claim.flavour().toUpper())));
    const QModelIndex verdict = model->index(1, 0);
    QCOMPARE(verdict.data(FindingsModel::NodeKindRole).toInt(), int(FindingsModel::VerdictNode));
    QVERIFY(verdict.data().toString().startsWith(QLatin1String("Not compliant")));

    // One clause node per specification and clause, holding its rules and their total count.
    QMap<QString, int> expectedClauses;
    for (const RuleViolation &v : expected.pdfa.violations)
        expectedClauses[v.specification + QLatin1Char(' ') + v.clause] += v.count;
    QModelIndex section;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(FindingsModel::NodeKindRole).toInt() == FindingsModel::ViolationsNode)
            section = model->index(row, 0);
    }
    QVERIFY(section.isValid());
    QCOMPARE(model->rowCount(section), expectedClauses.size());
    int rules = 0;
    for (int c = 0; c < model->rowCount(section); ++c) {
        const QModelIndex clause = model->index(c, 0, section);
        QCOMPARE(clause.data(FindingsModel::NodeKindRole).toInt(), int(FindingsModel::ClauseNode));
        int total = 0;
        for (int r = 0; r < model->rowCount(clause); ++r) {
            const QModelIndex rule = model->index(r, 0, clause);
            const QString ruleId = rule.data(FindingsModel::RuleIdRole).toString();
            QVERIFY(rule.data().toString().startsWith(ruleId + QStringLiteral(" — ")));
            QVERIFY(rule.data().toString().endsWith(QStringLiteral("(×%1)").arg(rule.data(FindingsModel::CountRole).toInt())));
            QVERIFY(clause.data().toString().contains(violationSpecification(ruleId)));
            QVERIFY(clause.data().toString().contains(QLatin1Char(' ') + violationClause(ruleId) + QLatin1Char(' ')));
            total += rule.data(FindingsModel::CountRole).toInt();
            ++rules;
            // Its places are its children.
            const auto violation = std::find_if(expected.pdfa.violations.cbegin(), expected.pdfa.violations.cend(),
                                                [&](const RuleViolation &v) { return v.ruleId() == ruleId; });
            QVERIFY(violation != expected.pdfa.violations.cend());
            QCOMPARE(model->rowCount(rule), violation->locations.size());
            // Selecting a rule that points at a page shows that page.
            const int page = rule.data(FindingsModel::PageRole).toInt();
            if (page > 0) {
                window->findingsPane()->findingsView()->setCurrentIndex(rule);
                QTRY_COMPARE(window->preview()->currentPage(), page);
            }
        }
        QCOMPARE(clause.data(FindingsModel::CountRole).toInt(), total);
        QVERIFY(expectedClauses.values().contains(total));
    }
    QCOMPARE(rules, expected.pdfa.violations.size());

    window->findingsPane()->tabs()->setCurrentIndex(FindingsPane::PdfaTab);
    saveScreenshot(window.get(), QStringLiteral("pdfa.png"));
}

void TestGui::dropFolderAddsAllItsPdfs()
{
    const QStringList sources = firstSignedFiles(4);
    if (sources.size() < 4)
        QSKIP("The signed corpus is not available");
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("inner/deeper")));
    QVERIFY(QFile::copy(sources.at(0), folder.filePath(QStringLiteral("a.pdf"))));
    QVERIFY(QFile::copy(sources.at(1), folder.filePath(QStringLiteral("b.PDF"))));
    QVERIFY(QFile::copy(sources.at(2), folder.filePath(QStringLiteral("inner/c.pdf"))));
    QVERIFY(QFile::copy(sources.at(3), folder.filePath(QStringLiteral("inner/deeper/d.pdf"))));
    QFile notes(folder.filePath(QStringLiteral("inner/notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a document\n");
    notes.close();

    auto window = makeWindow();
    QVERIFY(dropAndWait(window.get(), {folder.path()}));
    const DocumentListModel *documents = window->documentModel();
    QCOMPARE(documents->rowCount(), 4);
    QStringList names;
    for (int row = 0; row < documents->rowCount(); ++row) {
        names << documents->index(row, 0).data().toString();
        QVERIFY(documents->index(row, 0).data(DocumentListModel::HasAssessmentRole).toBool());
    }
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("a.pdf"), QStringLiteral("b.PDF"), QStringLiteral("c.pdf"), QStringLiteral("d.pdf")}));
    QCOMPARE(window->historyStore()->count(), 4);
}

void TestGui::unassessableFileGivesErrorRow_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("create");

    QTest::newRow("text file") << QStringLiteral("notes.txt") << QByteArray("These are notes, not a PDF.\n") << true;
    QTest::newRow("empty file named .pdf") << QStringLiteral("empty.pdf") << QByteArray() << true;
    QTest::newRow("garbage named .pdf") << QStringLiteral("garbage.pdf") << QByteArray(4096, '\x9c') << true;
    QTest::newRow("missing file") << QStringLiteral("gone.pdf") << QByteArray() << false;
}

void TestGui::unassessableFileGivesErrorRow()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(bool, create);

    QTemporaryDir folder;
    const QString path = folder.filePath(fileName);
    if (create) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    auto window = makeWindow();
    QVERIFY(dropAndWait(window.get(), {path}));
    const DocumentListModel *documents = window->documentModel();
    QCOMPARE(documents->rowCount(), 1);
    QCOMPARE(statusAt(documents, 0), DocumentStatus::Error);
    const QString error = documents->index(0, 0).data(DocumentListModel::ErrorRole).toString();
    QVERIFY(!error.isEmpty());
    QVERIFY(documents->index(0, 0).data(Qt::ToolTipRole).toString().contains(error));
    QCOMPARE(documents->index(0, DocumentListModel::PdfaColumn).data().toString(), QStringLiteral("not assessed"));

    // The panes say so in words, and the preview explains why there are no pages.
    QCOMPARE(window->findingsModel()->index(0, 0).data(FindingsModel::NodeKindRole).toInt(), int(FindingsModel::ErrorNode));
    QVERIFY(window->findingsModel()->index(0, 0).data().toString().contains(error));
    QTRY_VERIFY(window->preview()->isShowingMessage() && !window->preview()->message().isEmpty()
                && window->preview()->message() != QObject::tr("Loading pages…"));
    QCOMPARE(window->signatureModel()->rowCount(), 0);
}

void TestGui::droppingTheSamePathAgainReassessesInPlace()
{
    if (!QFile::exists(kDss1983))
        QSKIP("The signed corpus is not available");
    auto window = makeWindow();
    QVERIFY(dropAndWait(window.get(), {kDss1983}));
    const QDateTime first = window->documentModel()->assessmentAt(0)->assessedAt;
    QTest::qWait(5);
    QVERIFY(dropAndWait(window.get(), {kDss1983}));
    QCOMPARE(window->documentModel()->rowCount(), 1);
    QVERIFY(window->documentModel()->assessmentAt(0)->assessedAt > first);
    QCOMPARE(statusAt(window->documentModel(), 0), DocumentStatus::Clean);
    QCOMPARE(window->historyStore()->count(), 2);
}

void TestGui::cancelStopsTheBatch()
{
    // A batch large enough that it is still running when Cancel is pressed.
    const QString corpus = QStringLiteral(GRANSKA_SHARED_DIR "/corpus/pdfa");
    if (collectDocuments({corpus}).size() < 200)
        QSKIP("The PDF/A corpus is not available");
    auto window = makeWindow();
    AssessmentQueue *queue = window->queue();
    QSignalSpy assessed(queue, &AssessmentQueue::assessed);
    QSignalSpy notStarted(queue, &AssessmentQueue::notStarted);
    QSignalSpy finished(queue, &AssessmentQueue::finished);
    QVERIFY(drop(window.get(), {corpus}));
    QVERIFY(assessed.wait(60000));
    QVERIFY(window->cancelButton()->isVisible());
    const int queued = window->documentModel()->rowCount();
    window->cancelButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(!queue->isBusy());
    QVERIFY(!window->cancelButton()->isVisible());
    QCOMPARE(notStarted.count(), 1);

    // Most documents never started; they are marked, not silently dropped.
    QVERIFY2(assessed.count() < queued / 2, qPrintable(QStringLiteral("%1 of %2 assessed").arg(assessed.count()).arg(queued)));
    int cancelled = 0;
    int finishedRows = 0;
    for (int row = 0; row < queued; ++row) {
        const DocumentStatus status = statusAt(window->documentModel(), row);
        QVERIFY(status != DocumentStatus::Pending && status != DocumentStatus::Assessing);
        cancelled += status == DocumentStatus::Cancelled ? 1 : 0;
        finishedRows += window->documentModel()->index(row, 0).data(DocumentListModel::HasAssessmentRole).toBool() ? 1 : 0;
    }
    QVERIFY(cancelled >= queued - assessed.count());
    QCOMPARE(finishedRows, assessed.count());
    // Nothing more arrives after the batch finished.
    const int count = assessed.count();
    QTest::qWait(200);
    QCOMPARE(assessed.count(), count);
}

void TestGui::eventLoopStaysResponsiveDuringBatch()
{
    const QStringList files = firstSignedFiles(20);
    if (files.size() < 20)
        QSKIP("The signed corpus is not available");
    auto window = makeWindow();
    // Measure the batch, not the window's first appearance.
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTest::qWait(100);
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 maxGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        maxGap = qMax(maxGap, now - last);
        last = now;
    });
    QSignalSpy assessed(window->queue(), &AssessmentQueue::assessed);
    clock.start();
    ticker.start();
    QVERIFY(dropAndWait(window.get(), files));
    ticker.stop();
    QCOMPARE(assessed.count(), 20);
    QCOMPARE(window->documentModel()->rowCount(), 20);
    qInfo("20 documents assessed in %lld ms; longest event-loop gap %lld ms", clock.elapsed(), maxGap);
    QVERIFY2(maxGap < 200, qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(maxGap)));
}

void TestGui::historyReopensStoredAssessment()
{
    if (!QFile::exists(kDss1983))
        QSKIP("The signed corpus is not available");
    auto window = makeWindow();
    QVERIFY(dropAndWait(window.get(), {kDss1983}));
    const Assessment live = *window->documentModel()->assessmentAt(0);

    HistoryDialog dialog(window->historyStore(), window.get());
    QCOMPARE(dialog.model()->rowCount(), 1);
    const QModelIndex entry = dialog.model()->index(0, 0);
    QCOMPARE(dialog.model()->index(0, HistoryModel::FileColumn).data().toString(), QStringLiteral("dss__DSS-1983.pdf"));
    QCOMPARE(dialog.model()->index(0, HistoryModel::Sha256Column).data().toString(), kDss1983Sha256.left(12));
    QCOMPARE(entry.data(HistoryModel::Sha256Role).toString(), kDss1983Sha256);
    QVERIFY(dialog.model()->index(0, HistoryModel::SignaturesColumn).data().toString().contains(QLatin1String("intact")));

    dialog.filterEdit()->setText(QStringLiteral("no such file"));
    dialog.refresh();
    QCOMPARE(dialog.model()->rowCount(), 0);
    dialog.filterEdit()->setText(kDss1983Sha256.mid(10, 16));
    dialog.refresh();
    QCOMPARE(dialog.model()->rowCount(), 1);

    // Opening reuses the stored result: no new assessment, a separate row marked with its date.
    QSignalSpy assessed(window->queue(), &AssessmentQueue::assessed);
    connect(&dialog, &HistoryDialog::openRequested, window.get(), [&](const QList<qint64> &ids) {
        for (qint64 id : ids)
            window->openFromHistory(id);
    });
    dialog.filterEdit()->clear();
    dialog.refresh();
    dialog.show();
    saveScreenshot(&dialog, QStringLiteral("history.png"));
    dialog.view()->selectRow(0);
    dialog.openSelected();
    QCOMPARE(window->documentModel()->rowCount(), 2);
    const QModelIndex reopened = window->documentModel()->index(1, 0);
    QVERIFY(reopened.data(DocumentListModel::FromHistoryRole).toBool());
    QCOMPARE(reopened.data(DocumentListModel::HistoryDateRole).toDateTime().toSecsSinceEpoch(), live.assessedAt.toSecsSinceEpoch());
    QCOMPARE(statusAt(window->documentModel(), 1), DocumentStatus::Clean);
    QCOMPARE(window->currentDocumentRow(), 1);
    QCOMPARE(window->signatureModel()->rowCount(), 4);
    QVERIFY(!window->queue()->isBusy());
    QTest::qWait(100);
    QCOMPARE(assessed.count(), 0);
    QCOMPARE(window->historyStore()->count(), 1);
}

void TestGui::languageChoiceIsStoredAndApplied()
{
    auto window = makeWindow();
    QAction *swedish = nullptr;
    QAction *english = nullptr;
    QAction *system = nullptr;
    for (QAction *action : window->languageActions()) {
        const QString code = action->data().toString();
        (code == QLatin1String("sv") ? swedish : code == QLatin1String("en") ? english : system) = action;
    }
    QVERIFY(swedish && english && system);
    QVERIFY(system->isChecked());

    swedish->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("sv"));
    QVERIFY(swedish->isChecked());
    QCoreApplication::processEvents(); // delivers QEvent::LanguageChange

    english->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&File"));

    system->trigger();
    QCoreApplication::processEvents();
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

void TestGui::batchSummaryCoversSelectionOrAll()
{
    const QStringList sources = firstSignedFiles(3);
    if (sources.size() < 3)
        QSKIP("The signed corpus is not available");
    auto window = makeWindow();
    QVERIFY(dropAndWait(window.get(), sources));
    QTreeView *view = window->documentView();
    QCOMPARE(view->model()->rowCount(), 3);
    QVERIFY(window->exportSummaryAction()->isEnabled());

    // One row selected (the current document): the summary covers the whole list.
    view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(ReportActions::assessmentsForSummary(view).size(), 3);
    // Two selected: only those, in the list's order.
    view->selectionModel()->select(view->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<Assessment> selected = ReportActions::assessmentsForSummary(view);
    QCOMPARE(selected.size(), 2);
    QCOMPARE(selected.at(0).file, view->model()->index(0, 0).data(DocumentListModel::PathRole).toString());
    QCOMPARE(selected.at(1).file, view->model()->index(2, 0).data(DocumentListModel::PathRole).toString());

    // The exported summary is PDF/A-1b, as Granska itself judges it.
    const QString summary = m_temp.filePath(QStringLiteral("summary.pdf"));
    QString error;
    QVERIFY2(ReportActions::writeSummaryPdf(selected, QStringLiteral("Eva Ek"), summary, &error), qPrintable(error));
    AssessOptions asPdfa1b;
    asPdfa1b.profile = QStringLiteral("1b");
    const Assessment written = Assessor::assess(summary, asPdfa1b);
    QCOMPARE(written.pdfa.claim.part, 1);
    QVERIFY(written.pdfa.compliant.value_or(false));
    QCOMPARE(written.identity.title, QStringLiteral("Assessment summary"));
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
