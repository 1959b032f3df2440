// The archivist's workflow in the window: filtering and sorting the document list, recording
// decisions with their audit trail, the preferences, the history view (filters, re-assessments of
// one file, Compare, CSV export), and that a result shown as done is already in the history.
#include "AppSettings.h"
#include "AssessmentComparison.h"
#include "AssessmentQueue.h"
#include "CompareDialog.h"
#include "DecisionPanel.h"
#include "DocumentFilterBar.h"
#include "DocumentFilterModel.h"
#include "DocumentListModel.h"
#include "HistoryDialog.h"
#include "HistoryModel.h"
#include "MainWindow.h"
#include "Presentation.h"
#include "SettingsDialog.h"
#include "history/HistoryStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QAbstractItemView>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace granska;

namespace {

const QString kSignedDir = QStringLiteral(GRANSKA_SHARED_DIR "/corpus/signed/files");
const QString kDss1983 = kSignedDir + QStringLiteral("/dss__DSS-1983.pdf");

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

SignatureInfo signature(Integrity integrity, Indication indication, int revision, const QString &after = QStringLiteral("none"))
{
    SignatureInfo s;
    s.field = QStringLiteral("Signature%1").arg(revision);
    s.integrity = integrity;
    s.indication = indication;
    s.revision = revision;
    s.modificationsAfter = after;
    return s;
}

// A finished assessment with just what the filters look at.
Assessment document(const QString &name, QChar shaDigit, const QDateTime &at)
{
    Assessment a;
    a.file = QStringLiteral("/arkiv/") + name;
    a.identity.fileName = name;
    a.identity.sha256 = QString(64, shaDigit);
    a.identity.size = 1000;
    a.assessedAt = at;
    a.engineVersion = QStringLiteral("0.1.0");
    a.pdfa.claim.part = 2;
    a.pdfa.claim.conformance = QStringLiteral("B");
    a.pdfa.profile = QStringLiteral("2b");
    a.pdfa.compliant = true;
    a.revisions = {Revision{1, 0, 500, 400, QStringLiteral("table")}};
    a.signatures = {signature(Integrity::Intact, Indication::TotalPassed, 1)};
    return a;
}

// The fixture list: one document for each reason to look closer, and one with none.
//   Ren.pdf        clean, signed, PDF/A
//   Ingen.pdf      no PDF/A claim
//   Ogiltig.pdf    PDF/A claimed but not compliant
//   Bruten.pdf     a broken signature
//   Obestämd.pdf   an INDETERMINATE signature
//   Ändrad.pdf     forbidden changes after signing
//   Tillägg.pdf    a revision after the last signature (permitted)
//   Väntar.pdf     not yet assessed
QList<Assessment> fixture()
{
    QList<Assessment> list;
    list << document(QStringLiteral("Ren.pdf"), QLatin1Char('1'), utc(2026, 1, 1));
    Assessment noClaim = document(QStringLiteral("Ingen.pdf"), QLatin1Char('2'), utc(2026, 1, 2));
    noClaim.pdfa = PdfaResult();
    list << noClaim;
    Assessment invalid = document(QStringLiteral("Ogiltig.pdf"), QLatin1Char('3'), utc(2026, 1, 3));
    invalid.pdfa.compliant = false;
    list << invalid;
    Assessment broken = document(QStringLiteral("Bruten.pdf"), QLatin1Char('4'), utc(2026, 1, 4));
    broken.signatures = {signature(Integrity::Broken, Indication::TotalFailed, 1)};
    list << broken;
    Assessment indeterminate = document(QStringLiteral("Obestämd.pdf"), QLatin1Char('5'), utc(2026, 1, 5));
    indeterminate.signatures = {signature(Integrity::Intact, Indication::Indeterminate, 1)};
    list << indeterminate;
    Assessment changed = document(QStringLiteral("Ändrad.pdf"), QLatin1Char('6'), utc(2026, 1, 6));
    changed.signatures = {signature(Integrity::Intact, Indication::TotalPassed, 1, QStringLiteral("not-permitted"))};
    list << changed;
    Assessment appended = document(QStringLiteral("Tillägg.pdf"), QLatin1Char('7'), utc(2026, 1, 7));
    appended.revisions << Revision{2, 500, 900, 800, QStringLiteral("stream")};
    appended.signatures = {signature(Integrity::Intact, Indication::TotalPassed, 1, QStringLiteral("permitted"))};
    list << appended;
    return list;
}

QStringList shownNames(const QAbstractItemModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << QFileInfo(model->index(row, 0).data(DocumentListModel::PathRole).toString()).fileName();
    return names;
}

} // namespace

class TestArchivist : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void filterShowsMatchingDocuments_data();
    void filterShowsMatchingDocuments();
    void filterFollowsResultsAndDecisions();
    void filterBarShowsCounts();
    void sortKeys_data();
    void sortKeys();

    void decisionPanelRecordsDecision();
    void decisionPanelNeedsReviewerAndDocument();

    void settingsAreStoredAndApplied();
    void preferencesReplaceReviewerAction();

    void historyDialogFiltersAndCounts();
    void historyDialogComparesAndExports();

    void resultIsStoredBeforeItIsShown();
    void decisionInTheWindow();

private:
    void fillDocuments(DocumentListModel *model);
    void saveScreenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_temp;
    int m_count = 0;
    QString m_historyPath;
};

void TestArchivist::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GranskaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("GranskaArchivistTest"));
    QVERIFY(m_temp.isValid());
    QSettings().clear();
}

void TestArchivist::init()
{
    m_historyPath = m_temp.filePath(QStringLiteral("history-%1.sqlite").arg(++m_count));
}

void TestArchivist::cleanup()
{
    QSettings().clear();
}

void TestArchivist::saveScreenshot(QWidget *widget, const QString &name)
{
    // For looking at the widgets while developing: GRANSKA_UI_SCREENSHOTS=<folder>.
    const QString folder = qEnvironmentVariable("GRANSKA_UI_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QTest::qWait(200);
    widget->grab().save(QDir(folder).filePath(name));
}

void TestArchivist::fillDocuments(DocumentListModel *model)
{
    for (const Assessment &a : fixture())
        model->setAssessment(a);
    model->addPending(QStringLiteral("/arkiv/Väntar.pdf"));
}

void TestArchivist::filterShowsMatchingDocuments_data()
{
    using F = DocumentFilterModel::Filter;
    QTest::addColumn<int>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << int(F::All)
                         << QStringList{"Ren.pdf", "Ingen.pdf", "Ogiltig.pdf", "Bruten.pdf", "Obestämd.pdf",
                                        "Ändrad.pdf", "Tillägg.pdf", "Väntar.pdf"};
    QTest::newRow("not PDF/A") << int(F::NotPdfa) << QStringList{"Ingen.pdf", "Ogiltig.pdf"};
    QTest::newRow("signature problem") << int(F::SignatureProblem) << QStringList{"Bruten.pdf", "Obestämd.pdf"};
    QTest::newRow("changed after signing") << int(F::ChangedAfterSigning) << QStringList{"Ändrad.pdf", "Tillägg.pdf"};
    QTest::newRow("not yet assessed") << int(F::NotAssessed) << QStringList{"Väntar.pdf"};
    QTest::newRow("decided") << int(F::Decided) << QStringList{"Ren.pdf", "Bruten.pdf"};
    QTest::newRow("not decided") << int(F::NotDecided)
                                 << QStringList{"Ingen.pdf", "Ogiltig.pdf", "Obestämd.pdf", "Ändrad.pdf", "Tillägg.pdf"};
}

void TestArchivist::filterShowsMatchingDocuments()
{
    QFETCH(int, filter);
    QFETCH(QStringList, expected);
    DocumentListModel documents;
    fillDocuments(&documents);
    DocumentFilterModel proxy;
    proxy.setSourceModel(&documents);
    proxy.setDecidedFiles({QString(64, QLatin1Char('1')), QString(64, QLatin1Char('4'))});
    proxy.setFilter(DocumentFilterModel::Filter(filter));
    QCOMPARE(shownNames(&proxy), expected);
    QCOMPARE(proxy.count(DocumentFilterModel::Filter(filter)), int(expected.size()));
}

void TestArchivist::filterFollowsResultsAndDecisions()
{
    DocumentListModel documents;
    DocumentFilterModel proxy;
    proxy.setSourceModel(&documents);
    QSignalSpy counts(&proxy, &DocumentFilterModel::countsChanged);
    proxy.setFilter(DocumentFilterModel::Filter::NotAssessed);
    documents.addPending(QStringLiteral("/arkiv/Ren.pdf"));
    QCOMPARE(proxy.rowCount(), 1);
    QVERIFY(counts.wait(2000));

    // The result comes in: the document leaves "Not yet assessed" once the list settles.
    documents.setAssessment(fixture().first());
    QCOMPARE(proxy.count(DocumentFilterModel::Filter::NotAssessed), 0);
    QTRY_COMPARE(proxy.rowCount(), 0);

    proxy.setFilter(DocumentFilterModel::Filter::NotDecided);
    QCOMPARE(proxy.rowCount(), 1);
    counts.clear();
    proxy.markDecided(QString(64, QLatin1Char('1')).toUpper());
    QCOMPARE(proxy.count(DocumentFilterModel::Filter::Decided), 1);
    QVERIFY(counts.wait(2000));
    QCOMPARE(proxy.rowCount(), 0);
}

void TestArchivist::filterBarShowsCounts()
{
    DocumentListModel documents;
    DocumentFilterModel proxy;
    proxy.setSourceModel(&documents);
    DocumentFilterBar bar(&proxy);
    fillDocuments(&documents);
    QSignalSpy counts(&proxy, &DocumentFilterModel::countsChanged);
    QVERIFY(counts.wait(2000));
    QComboBox *combo = bar.filterCombo();
    QCOMPARE(combo->count(), int(DocumentFilterModel::filters().size()));
    QCOMPARE(combo->itemText(0), QStringLiteral("All documents (8)"));
    QCOMPARE(combo->itemText(combo->findData(int(DocumentFilterModel::Filter::SignatureProblem))),
             QStringLiteral("Signature problem (2)"));
    QCOMPARE(combo->itemText(combo->findData(int(DocumentFilterModel::Filter::NotAssessed))),
             QStringLiteral("Not yet assessed (1)"));
    QVERIFY(!combo->accessibleName().isEmpty());
    QVERIFY(combo->focusPolicy() & Qt::TabFocus);

    if (!qEnvironmentVariableIsEmpty("GRANSKA_UI_SCREENSHOTS")) {
        bar.resize(420, bar.sizeHint().height());
        bar.show();
        combo->showPopup();
        saveScreenshot(combo->view()->window(), QStringLiteral("filter-popup.png"));
        combo->hidePopup();
    }
    combo->setCurrentIndex(combo->findData(int(DocumentFilterModel::Filter::NotPdfa)));
    QCOMPARE(proxy.filter(), DocumentFilterModel::Filter::NotPdfa);
    QCOMPARE(proxy.rowCount(), 2);
}

void TestArchivist::sortKeys_data()
{
    using S = DocumentFilterModel::SortKey;
    QTest::addColumn<int>("key");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("order added") << int(S::Added)
                                 << QStringList{"Ren.pdf", "Ingen.pdf", "Ogiltig.pdf", "Bruten.pdf", "Obestämd.pdf",
                                                "Ändrad.pdf", "Tillägg.pdf", "Väntar.pdf"};
    QTest::newRow("newest assessment first, waiting last")
        << int(S::Time)
        << QStringList{"Tillägg.pdf", "Ändrad.pdf", "Obestämd.pdf", "Bruten.pdf", "Ogiltig.pdf", "Ingen.pdf",
                       "Ren.pdf", "Väntar.pdf"};
}

void TestArchivist::sortKeys()
{
    QFETCH(int, key);
    QFETCH(QStringList, expected);
    DocumentListModel documents;
    fillDocuments(&documents);
    DocumentFilterModel proxy;
    proxy.setSourceModel(&documents);
    QSignalSpy changed(&proxy, &DocumentFilterModel::sortKeyChanged);
    proxy.setSortKey(DocumentFilterModel::SortKey::Name);
    const QStringList byName = shownNames(&proxy);
    QCOMPARE(byName.first(), QStringLiteral("Bruten.pdf"));
    QCOMPARE(byName.size(), 8);
    proxy.setSortKey(DocumentFilterModel::SortKey::Status);
    QCOMPARE(DocumentStatus(proxy.index(0, 0).data(DocumentListModel::StatusRole).toInt()), DocumentStatus::Problems);
    QCOMPARE(DocumentStatus(proxy.index(7, 0).data(DocumentListModel::StatusRole).toInt()), DocumentStatus::Pending);

    proxy.setSortKey(DocumentFilterModel::SortKey(key));
    QCOMPARE(shownNames(&proxy), expected);
    QCOMPARE(changed.count(), 3);
    // A header click sorts by the column; the key follows.
    proxy.sort(DocumentListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.sortKey(), DocumentFilterModel::SortKey::Name);
    QCOMPARE(shownNames(&proxy).first(), QStringLiteral("Ändrad.pdf"));
}

void TestArchivist::decisionPanelRecordsDecision()
{
    HistoryStore store(m_historyPath);
    QVERIFY(store.open());
    Assessment a = fixture().at(3);
    a.assessedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(store.add(a) > 0);

    DecisionPanel panel(&store);
    panel.setReviewer(QStringLiteral("Anna Svensson"));
    panel.setAssessment(a);
    panel.resize(420, 300);
    panel.show();
    QVERIFY(panel.assessmentId() > 0);
    QCOMPARE(panel.currentLabel()->text(), QStringLiteral("No decision recorded yet."));
    QVERIFY(!panel.recordButton()->isEnabled()); // nothing chosen yet
    QVERIFY(panel.trailView()->isHidden());

    QSignalSpy recorded(&panel, &DecisionPanel::decisionRecorded);
    QTest::mouseClick(panel.decisionButton(DecisionKind::FollowUp), Qt::LeftButton);
    QVERIFY(panel.recordButton()->isEnabled());
    QTest::keyClicks(panel.commentEdit(), QStringLiteral("missing LTV"));
    QTest::mouseClick(panel.recordButton(), Qt::LeftButton);
    QCOMPARE(recorded.count(), 1);
    const Decision first = recorded.at(0).at(0).value<Decision>();
    QCOMPARE(first.reviewer, QStringLiteral("Anna Svensson"));
    QCOMPARE(first.comment, QStringLiteral("missing LTV"));
    QCOMPARE(first.sha256, a.identity.sha256);
    QVERIFY(panel.commentEdit()->text().isEmpty());
    QVERIFY(!panel.decisionButton(DecisionKind::FollowUp)->isChecked());
    QVERIFY(!panel.recordButton()->isEnabled());
    QCOMPARE(panel.trailView()->count(), 1);
    const QString line = panel.trailView()->item(0)->text();
    QVERIFY2(line.endsWith(QStringLiteral(" Anna Svensson: Needs follow-up — missing LTV")), qPrintable(line));
    QVERIFY(line.startsWith(first.decidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    QVERIFY(panel.currentLabel()->text().contains(QLatin1String("Needs follow-up")));

    // A changed mind is a new entry; the earlier one stays below it.
    panel.setReviewer(QStringLiteral("Bo Ek"));
    QTest::mouseClick(panel.decisionButton(DecisionKind::Approve), Qt::LeftButton);
    QTest::keyClicks(panel.commentEdit(), QStringLiteral("LTV added"));
    QTest::keyClick(panel.commentEdit(), Qt::Key_Return);
    QCOMPARE(recorded.count(), 2);
    QCOMPARE(panel.trailView()->count(), 2);
    QVERIFY(panel.trailView()->item(0)->text().endsWith(QStringLiteral("Bo Ek: Approved for transfer — LTV added")));
    QVERIFY(panel.trailView()->item(1)->text().endsWith(QStringLiteral("Anna Svensson: Needs follow-up — missing LTV")));
    QVERIFY(panel.currentLabel()->text().contains(QLatin1String("Approved for transfer")));
    QCOMPARE(store.decisions(a.identity.sha256).size(), 2);
    saveScreenshot(&panel, QStringLiteral("decision-panel.png"));

    // Another document: its own (empty) trail, and no half-made choice carried over.
    Assessment other = fixture().at(0);
    QVERIFY(store.add(other) > 0);
    panel.setAssessment(other);
    QCOMPARE(panel.trailView()->count(), 0);
    QVERIFY(!panel.recordButton()->isEnabled());
    // Back to the first: the trail is read from the history again.
    panel.setAssessment(a);
    QCOMPARE(panel.trailView()->count(), 2);
}

void TestArchivist::decisionPanelNeedsReviewerAndDocument()
{
    HistoryStore store(m_historyPath);
    QVERIFY(store.open());
    const Assessment a = fixture().at(0);
    QVERIFY(store.add(a) > 0);
    DecisionPanel panel(&store);
    panel.show();
    panel.setReviewer(QString());
    panel.setAssessment(a);
    panel.decisionButton(DecisionKind::Approve)->click();
    QVERIFY(!panel.recordButton()->isEnabled());
    QVERIFY(!panel.recordDecision());
    const QLabel *hint = panel.findChildren<QLabel *>().last();
    Q_UNUSED(hint);
    QSignalSpy preferences(&panel, &DecisionPanel::preferencesRequested);
    bool hintShown = false;
    for (QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QLatin1String("href=\"preferences\""))) {
            hintShown = true;
            Q_EMIT label->linkActivated(QStringLiteral("preferences"));
        }
    }
    QVERIFY(hintShown);
    QCOMPARE(preferences.count(), 1);

    panel.setReviewer(QStringLiteral("Anna Svensson"));
    QVERIFY(panel.recordButton()->isEnabled());

    // A result that is not in the history (a cancelled or unsaved one) cannot be decided on.
    Assessment unsaved = a;
    unsaved.assessedAt = a.assessedAt.addDays(1);
    panel.setAssessment(unsaved);
    QCOMPARE(panel.assessmentId(), qint64(0));
    QVERIFY(!panel.recordButton()->isEnabled());
    QVERIFY(!panel.decisionButton(DecisionKind::Approve)->isEnabled());
    // Nothing selected.
    panel.setAssessment(std::nullopt);
    QCOMPARE(panel.currentLabel()->text(), QStringLiteral("No document selected."));
}

void TestArchivist::settingsAreStoredAndApplied()
{
    QCOMPARE(AppSettings::pdfaProfile(), QStringLiteral("auto"));
    QCOMPARE(AppSettings::validationTime(), ValidationPolicy::Time::Now);
    QVERIFY(!AppSettings::showPersonalData());

    SettingsDialog dialog;
    QSignalSpy trust(&dialog, &SettingsDialog::trustStoreRequested);
    dialog.trustStoreButton()->click();
    QCOMPARE(trust.count(), 1);

    dialog.setReviewerName(QStringLiteral("  Anna Svensson "));
    dialog.setPdfaProfile(QStringLiteral("2B"));
    ValidationPolicy fixed;
    fixed.time = ValidationPolicy::Time::Given;
    fixed.given = utc(2025, 6, 1, 12);
    dialog.setValidationPolicy(fixed);
    dialog.setShowPersonalData(true);
    dialog.setLanguage(QStringLiteral("sv"));
    QCOMPARE(dialog.language(), QStringLiteral("sv"));
    dialog.save();

    QCOMPARE(AppSettings::reviewerName(), QStringLiteral("Anna Svensson"));
    QCOMPARE(AppSettings::pdfaProfile(), QStringLiteral("2b"));
    QCOMPARE(AppSettings::validationTime(), ValidationPolicy::Time::Given);
    QCOMPARE(AppSettings::fixedValidationTime(), utc(2025, 6, 1, 12));
    QVERIFY(AppSettings::showPersonalData());
    QVERIFY(AppSettings::languageChoice().isEmpty()); // applied by the window, not by save()

    AssessOptions options;
    options.limits.timeLimitMs = 7000;
    const AssessOptions applied = AppSettings::applyTo(options);
    QCOMPARE(applied.profile, QStringLiteral("2b"));
    QCOMPARE(applied.signatures.policy.time, ValidationPolicy::Time::Given);
    QCOMPARE(applied.signatures.policy.given, utc(2025, 6, 1, 12));
    QCOMPARE(applied.limits.timeLimitMs, qint64(7000));

    // A fresh dialog shows what was stored.
    SettingsDialog again;
    QCOMPARE(again.reviewerName(), QStringLiteral("Anna Svensson"));
    QCOMPARE(again.pdfaProfile(), QStringLiteral("2b"));
    QCOMPARE(again.validationPolicy().time, ValidationPolicy::Time::Given);
    QCOMPARE(again.validationPolicy().given, utc(2025, 6, 1, 12));
    QVERIFY(again.showPersonalData());
    again.show();
    saveScreenshot(&again, QStringLiteral("preferences.png"));

    // Damaged values fall back to the defaults.
    QSettings().setValue(QStringLiteral("assessment/pdfaProfile"), QStringLiteral("9z"));
    QSettings().setValue(QStringLiteral("signatures/fixedValidationTime"), QStringLiteral("yesterday"));
    QCOMPARE(AppSettings::pdfaProfile(), QStringLiteral("auto"));
    QCOMPARE(AppSettings::validationTime(), ValidationPolicy::Time::Now);
}

void TestArchivist::preferencesReplaceReviewerAction()
{
    MainWindow window(m_historyPath);
    QMenu *settings = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() == QLatin1String("&Settings"))
            settings = action->menu();
    }
    QVERIFY(settings);
    QStringList texts;
    for (QAction *action : settings->actions())
        texts << action->text();
    QVERIFY(texts.contains(QStringLiteral("&Preferences…")));
    QVERIFY(texts.contains(QStringLiteral("&Language")));
    QVERIFY(!texts.contains(QStringLiteral("&Reviewer Name…")));
    QVERIFY(window.preferencesAction());
    QVERIFY(window.documentFilterBar());
    QVERIFY(window.decisionPanel());
    QCOMPARE(window.documentView()->model(), window.documentFilter());
}

void TestArchivist::historyDialogFiltersAndCounts()
{
    HistoryStore store(m_historyPath);
    QVERIFY(store.open());
    for (const Assessment &a : fixture())
        QVERIFY(store.add(a) > 0);
    Assessment again = fixture().at(0);
    again.assessedAt = utc(2026, 2, 1);
    const qint64 againId = store.add(again);
    QVERIFY(store.addDecision(againId, DecisionKind::Approve, QStringLiteral("Anna Svensson"), QString()) > 0);

    HistoryDialog dialog(&store);
    QCOMPARE(dialog.model()->rowCount(), 8);
    // Newest first: the re-assessment of Ren.pdf, recognised by its SHA-256.
    QCOMPARE(dialog.model()->index(0, HistoryModel::FileColumn).data().toString(), QStringLiteral("Ren.pdf"));
    QCOMPARE(dialog.model()->index(0, HistoryModel::AssessmentsOfFileColumn).data().toInt(), 2);
    QCOMPARE(dialog.model()->index(1, HistoryModel::AssessmentsOfFileColumn).data().toInt(), 1);
    QCOMPARE(dialog.model()->index(0, HistoryModel::DecisionColumn).data().toString(), QStringLiteral("Approved for transfer"));
    QCOMPARE(dialog.model()->headerData(HistoryModel::AssessmentsOfFileColumn, Qt::Horizontal).toString(),
             QStringLiteral("Assessments of this file"));

    dialog.verdictCombo()->setCurrentIndex(dialog.verdictCombo()->findData(int(HistoryQuery::Verdict::Problems)));
    QCOMPARE(dialog.model()->rowCount(), 3); // Ogiltig, Bruten, Ändrad: an INDETERMINATE signature or a missing claim is not a problem
    dialog.verdictCombo()->setCurrentIndex(0);
    dialog.decisionCombo()->setCurrentIndex(dialog.decisionCombo()->findData(int(HistoryQuery::Decided::Approved)));
    QCOMPARE(dialog.model()->rowCount(), 2); // both assessments of the approved file
    dialog.decisionCombo()->setCurrentIndex(0);
    dialog.fromEdit()->setDate(QDate(2026, 1, 5));
    dialog.toEdit()->setDate(QDate(2026, 1, 6));
    QCOMPARE(dialog.model()->rowCount(), 2);
    dialog.fromEdit()->setDate(dialog.fromEdit()->minimumDate());
    dialog.toEdit()->setDate(dialog.toEdit()->minimumDate());
    QCOMPARE(dialog.model()->rowCount(), 8);
    QVERIFY(!dialog.query().from.isValid());
}

void TestArchivist::historyDialogComparesAndExports()
{
    HistoryStore store(m_historyPath);
    QVERIFY(store.open());
    Assessment earlier = fixture().at(4); // INDETERMINATE
    earlier.assessedAt = utc(2026, 1, 1);
    Assessment later = earlier;
    later.assessedAt = utc(2026, 3, 1);
    later.engineVersion = QStringLiteral("0.2.0");
    later.signatures[0].indication = Indication::TotalPassed;
    later.file = QStringLiteral("/arkiv/Obestämd, \"kopia\".pdf");
    later.identity.fileName = QStringLiteral("Obestämd, \"kopia\".pdf");
    const qint64 earlierId = store.add(earlier);
    QVERIFY(store.add(fixture().at(0)) > 0);
    const qint64 laterId = store.add(later);
    QVERIFY(earlierId > 0 && laterId > 0);

    const QList<ComparisonRow> rows = AssessmentComparison::compare(earlier, later);
    QStringList differing;
    for (const ComparisonRow &row : rows) {
        if (row.differs)
            differing << row.aspect;
    }
    QCOMPARE(differing, (QStringList{QStringLiteral("Engine version"), QStringLiteral("File"),
                                     QStringLiteral("Signature “Signature1”: conclusion")}));

    HistoryDialog dialog(&store);
    dialog.show();
    QCOMPARE(dialog.model()->rowCount(), 3);
    // One row of a file assessed twice: compared with its previous assessment.
    dialog.view()->selectRow(0);
    QVERIFY(dialog.compareButton()->isEnabled());
    QCOMPARE(dialog.comparisonPair(), std::optional(std::make_pair(earlierId, laterId)));
    // Two rows of different files cannot be compared.
    dialog.view()->selectRow(1);
    QVERIFY(!dialog.compareButton()->isEnabled());
    dialog.view()->selectionModel()->select(dialog.model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(!dialog.compareButton()->isEnabled());
    // The two assessments of one file can.
    dialog.view()->clearSelection();
    for (int row : {0, 2})
        dialog.view()->selectionModel()->select(dialog.model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(dialog.compareButton()->isEnabled());
    QCOMPARE(dialog.comparisonPair(), std::optional(std::make_pair(earlierId, laterId)));
    saveScreenshot(&dialog, QStringLiteral("history-dialog.png"));
    {
        CompareDialog compare(earlier, later, &dialog);
        compare.show();
        QCOMPARE(compare.table()->rowCount(), int(rows.size()));
        saveScreenshot(&compare, QStringLiteral("compare.png"));
    }

    const QString all = m_temp.filePath(QStringLiteral("all.csv"));
    const QString selected = m_temp.filePath(QStringLiteral("selected.csv"));
    QString error;
    QVERIFY2(dialog.exportCsv(all, false, &error), qPrintable(error));
    QVERIFY2(dialog.exportCsv(selected, true, &error), qPrintable(error));
    QFile allFile(all);
    QVERIFY(allFile.open(QIODevice::ReadOnly));
    const QByteArray allBytes = allFile.readAll();
    QVERIFY(allBytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(allBytes.count("\r\n"), 4);
    QFile selectedFile(selected);
    QVERIFY(selectedFile.open(QIODevice::ReadOnly));
    const QString selectedText = QString::fromUtf8(selectedFile.readAll().mid(3));
    QCOMPARE(selectedText.count(QStringLiteral("\r\n")), 3);
    QVERIFY(selectedText.contains(QStringLiteral("\"Obestämd, \"\"kopia\"\".pdf\"")));
    QVERIFY(!selectedText.contains(QStringLiteral("Ren.pdf")));
}

void TestArchivist::resultIsStoredBeforeItIsShown()
{
    if (!QFile::exists(kDss1983))
        QSKIP("The signed corpus is not available");
    MainWindow window(m_historyPath);
    window.show();
    // A second connection, as a freshly started program after a kill would have: it sees only
    // what was committed.
    HistoryStore observer(m_historyPath);
    QVERIFY(observer.open());
    int storedWhenShown = -1;
    connect(window.documentModel(), &QAbstractItemModel::dataChanged, &window, [&] {
        const QModelIndex row = window.documentModel()->index(0, 0);
        if (storedWhenShown < 0 && row.data(DocumentListModel::HasAssessmentRole).toBool())
            storedWhenShown = observer.count();
    });
    QSignalSpy finished(window.queue(), &AssessmentQueue::finished);
    window.openPaths({kDss1983});
    QVERIFY(finished.wait(120000));
    QCOMPARE(storedWhenShown, 1);
}

void TestArchivist::decisionInTheWindow()
{
    if (!QFile::exists(kDss1983))
        QSKIP("The signed corpus is not available");
    AppSettings::setReviewerName(QStringLiteral("Anna Svensson"));
    MainWindow window(m_historyPath);
    window.resize(1400, 900);
    window.show();
    QSignalSpy finished(window.queue(), &AssessmentQueue::finished);
    window.openPaths({kDss1983});
    QVERIFY(finished.wait(120000));
    QCOMPARE(window.currentDocumentRow(), 0);
    DecisionPanel *panel = window.decisionPanel();
    QVERIFY(panel->assessmentId() > 0);
    QCOMPARE(panel->reviewer(), QStringLiteral("Anna Svensson"));
    QCOMPARE(window.documentFilter()->count(DocumentFilterModel::Filter::NotDecided), 1);
    panel->decisionButton(DecisionKind::FollowUp)->click();
    panel->commentEdit()->setText(QStringLiteral("missing LTV"));
    panel->recordButton()->click();
    QCOMPARE(window.documentFilter()->count(DocumentFilterModel::Filter::Decided), 1);
    QCOMPARE(window.historyStore()->decisions(window.currentAssessment()->identity.sha256).size(), 1);
    saveScreenshot(&window, QStringLiteral("window-decision.png"));
}

QTEST_MAIN(TestArchivist)
#include "tst_archivist.moc"
