#include "MainWindow.h"

#include "AppSettings.h"
#include "AssessmentQueue.h"
#include "Assessor.h"
#include "DecisionPanel.h"
#include "DocumentFilterBar.h"
#include "DocumentFilterModel.h"
#include "DocumentItemDelegate.h"
#include "DocumentListModel.h"
#include "FindingsModel.h"
#include "FindingsPane.h"
#include "HistoryDialog.h"
#include "KeyboardNavigation.h"
#include "PagePreview.h"
#include "Presentation.h"
#include "ReportActions.h"
#include "SettingsDialog.h"
#include "RevisionBrowser.h"
#include "SignatureModel.h"
#include "StatusIcons.h"
#include "Translations.h"
#include "TrustSettings.h"
#include "TrustStoreDialog.h"
#include "history/HistoryStore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace granska {
namespace {

const char kGeometryKey[] = "mainWindow/geometry";
const char kStateKey[] = "mainWindow/state";
const char kSplitterKey[] = "mainWindow/splitter";
const char kListHeaderKey[] = "mainWindow/documentListHeader";
const char kPreviewKey[] = "mainWindow/preview";
const char kFindingsKey[] = "mainWindow/findings";
const char kLastFolderKey[] = "files/lastFolder";
const char kLanguageKey[] = "ui/language"; // also read by granska::preferredLanguage()

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(const QString &historyDatabasePath, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("GranskaMainWindow"));
    setAcceptDrops(true);
    setWindowIcon(applicationIcon());

    m_queue = new AssessmentQueue(this);
    m_trust = new TrustSettings(this);
    m_queue->setOptions(m_trust->applyTo(m_queue->options()));
    m_documents = new DocumentListModel(this);
    m_queue->setOptions(AppSettings::applyTo(m_queue->options()));
    m_sortedDocuments = new DocumentFilterModel(this);
    m_sortedDocuments->setSourceModel(m_documents);

    openHistoryStore(historyDatabasePath.isEmpty() ? HistoryStore::defaultPath() : historyDatabasePath);

    createActions();
    createCentralWidgets();
    createMenus();
    createStatusBar();

    connect(m_queue, &AssessmentQueue::queued, this, &MainWindow::onQueued);
    connect(m_queue, &AssessmentQueue::started, m_documents, &DocumentListModel::markAssessing);
    connect(m_queue, &AssessmentQueue::assessed, this, &MainWindow::onAssessed);
    connect(m_queue, &AssessmentQueue::notStarted, this, [this](const QStringList &files) {
        for (const QString &file : files)
            m_documents->markNotStarted(file);
        m_batchCancelled += int(files.size());
        showCurrentDocument();
    });
    connect(m_queue, &AssessmentQueue::progress, this, &MainWindow::onProgress);
    connect(m_queue, &AssessmentQueue::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_documents, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const int row = currentDocumentRow();
        if (row >= topLeft.row() && row <= bottomRight.row())
            showCurrentDocument();
    });
    connect(m_findings, &FindingsPane::pageRequested, m_preview, &PagePreview::showPage);
    m_revisions = new RevisionBrowser(m_findings, m_preview, this);
    new KeyboardNavigation(this, m_findings->tabs(), {m_filterBar, m_documentView, m_preview, m_findings, m_decisionPanel});

    retranslateUi();
    readSettings();
    showCurrentDocument();
    if (!m_historyError.isEmpty())
        statusBar()->showMessage(m_historyError);
}

MainWindow::~MainWindow() = default;

void MainWindow::openHistoryStore(const QString &path)
{
    m_history = std::make_unique<HistoryStore>(path);
    QString error;
    if (!m_history->open(&error))
        m_historyError = tr("The assessment history could not be opened (%1); results are not being recorded.").arg(error);
}

SignatureModel *MainWindow::signatureModel() const
{
    return m_findings->signatureModel();
}

FindingsModel *MainWindow::findingsModel() const
{
    return m_findings->findingsModel();
}

QList<QAction *> MainWindow::languageActions() const
{
    return m_languageGroup->actions();
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setShortcuts(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFiles);

    m_openFolderAction = new QAction(this);
    m_openFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::openFolder);

    m_reassessAction = new QAction(this);
    m_reassessAction->setShortcuts(QKeySequence::Refresh);
    connect(m_reassessAction, &QAction::triggered, this, &MainWindow::reassessCurrent);

    m_printAction = new QAction(this);
    m_printAction->setShortcuts(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::print);

    m_printPreviewAction = new QAction(this);
    connect(m_printPreviewAction, &QAction::triggered, this, &MainWindow::printPreview);

    m_exportPdfAction = new QAction(this);
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportPdfAction, &QAction::triggered, this, &MainWindow::exportPdf);

    m_exportSummaryAction = new QAction(this);
    connect(m_exportSummaryAction, &QAction::triggered, this, [this] {
        const QString written = ReportActions::exportSummaryPdf(this, ReportActions::assessmentsForSummary(m_documentView), reviewer(), lastFolder(),
                                                                m_history.get());
        if (!written.isEmpty()) {
            rememberFolder(QFileInfo(written).absolutePath());
            statusBar()->showMessage(tr("Summary saved as %1").arg(QDir::toNativeSeparators(written)), 10000);
        }
    });
    m_summaryPreviewAction = new QAction(this);
    connect(m_summaryPreviewAction, &QAction::triggered, this, [this] {
        ReportActions::printSummaryPreview(this, ReportActions::assessmentsForSummary(m_documentView), reviewer(), m_history.get());
    });

    m_quitAction = new QAction(this);
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_showHistoryAction = new QAction(this);
    m_showHistoryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_showHistoryAction, &QAction::triggered, this, &MainWindow::showHistory);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    m_followSystemAction = new QAction(m_languageGroup);
    m_followSystemAction->setData(QString());
    // Language names are written in their own language, as every language menu does.
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    m_englishAction->setData(QStringLiteral("en"));
    m_swedishAction = new QAction(QStringLiteral("Svenska"), m_languageGroup);
    m_swedishAction->setData(QStringLiteral("sv"));
    const QString chosen = QSettings().value(QLatin1String(kLanguageKey)).toString();
    for (QAction *action : m_languageGroup->actions()) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == chosen);
        connect(action, &QAction::triggered, this, [this, action] { setLanguage(action->data().toString()); });
    }
    if (!m_languageGroup->checkedAction())
        m_followSystemAction->setChecked(true);

    m_trustStoreAction = new QAction(this);
    m_trustStoreAction->setMenuRole(QAction::NoRole);
    connect(m_trustStoreAction, &QAction::triggered, this, &MainWindow::editTrustStore);
    m_preferencesAction = new QAction(this);
    m_preferencesAction->setShortcuts(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openFolderAction);
    m_fileMenu->addAction(m_reassessAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addAction(m_printPreviewAction);
    m_fileMenu->addAction(m_exportPdfAction);
    m_fileMenu->addAction(m_summaryPreviewAction);
    m_fileMenu->addAction(m_exportSummaryAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_preview->zoomInAction());
    m_viewMenu->addAction(m_preview->zoomOutAction());
    m_viewMenu->addAction(m_preview->fitWidthAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_preview->previousPageAction());
    m_viewMenu->addAction(m_preview->nextPageAction());

    m_historyMenu = menuBar()->addMenu(QString());
    m_historyMenu->addAction(m_showHistoryAction);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addAction(m_followSystemAction);
    m_languageMenu->addSeparator();
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addAction(m_swedishAction);
    m_settingsMenu->addAction(m_trustStoreAction);
    m_settingsMenu->addAction(m_preferencesAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createCentralWidgets()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    // The left column: which documents to show, the list, and the decision on the selected one.
    auto *documentColumn = new QWidget(m_splitter);
    documentColumn->setObjectName(QStringLiteral("documentColumn"));
    m_filterBar = new DocumentFilterBar(m_sortedDocuments, documentColumn);
    m_documentView = new QTreeView(documentColumn);
    m_documentView->setObjectName(QStringLiteral("documentList"));
    m_documentView->setModel(m_sortedDocuments);
    m_documentView->setRootIsDecorated(false);
    m_documentView->setUniformRowHeights(true);
    m_documentView->setAlternatingRowColors(true);
    m_documentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_documentView->setSortingEnabled(true);
    m_documentView->sortByColumn(-1, Qt::AscendingOrder); // the order they were added, until asked
    m_documentView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_documentView->addAction(m_reassessAction);
    m_documentView->addAction(m_exportPdfAction);
    m_documentView->setMinimumWidth(260);
    QHeaderView *header = m_documentView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DocumentListModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(DocumentListModel::StatusColumn, 110);
    header->resizeSection(DocumentListModel::PdfaColumn, 150);
    header->resizeSection(DocumentListModel::SignaturesColumn, 170);
    // The name column shows the status icon and, on a second line, the PDF/A and signature
    // summaries; the separate columns are there for sorting and can be shown from the header's menu.
    m_documentView->setItemDelegateForColumn(DocumentListModel::NameColumn, new DocumentItemDelegate(m_documentView));
    for (int column = DocumentListModel::StatusColumn; column < DocumentListModel::ColumnCount; ++column)
        header->setSectionHidden(column, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu;
        for (int column = DocumentListModel::StatusColumn; column < DocumentListModel::ColumnCount; ++column) {
            QAction *action = menu.addAction(m_documents->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            connect(action, &QAction::toggled, header, [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    connect(m_documentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentDocument);

    m_decisionPanel = new DecisionPanel(m_history.get(), documentColumn);
    connect(m_decisionPanel, &DecisionPanel::decisionRecorded, this, [this](const Decision &decision) {
        m_sortedDocuments->markDecided(decision.sha256);
        statusBar()->showMessage(tr("Decision recorded: %1").arg(DecisionPanel::trailText(decision)), 10000);
    });
    connect(m_decisionPanel, &DecisionPanel::preferencesRequested, this, &MainWindow::showPreferences);
    connect(this, &MainWindow::trustStoreRequested, this, &MainWindow::editTrustStore);
    if (m_history && m_history->isOpen())
        m_sortedDocuments->setDecidedFiles(m_history->decidedFiles());
    auto *documentLayout = new QVBoxLayout(documentColumn);
    documentLayout->setContentsMargins(0, 0, 0, 0);
    documentLayout->addWidget(m_filterBar);
    documentLayout->addWidget(m_documentView, 1);
    documentLayout->addWidget(m_decisionPanel);

    m_preview = new PagePreview(m_splitter);
    m_preview->setObjectName(QStringLiteral("pagePreview"));
    m_findings = new FindingsPane(m_splitter);
    m_findings->setObjectName(QStringLiteral("findingsPane"));
    m_findings->setMinimumWidth(360);

    m_splitter->addWidget(documentColumn);
    m_splitter->addWidget(m_preview);
    m_splitter->addWidget(m_findings);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    setCentralWidget(m_splitter);
}

void MainWindow::createStatusBar()
{
    m_progressLabel = new QLabel(this);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setMaximumWidth(260);
    m_progressBar->setTextVisible(false);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelAssessment"));
    connect(m_cancelButton, &QPushButton::clicked, m_queue, &AssessmentQueue::cancel);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_progressLabel->hide();
    m_progressBar->hide();
    m_cancelButton->hide();
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_historyMenu->setTitle(tr("H&istory"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));

    m_openAction->setText(tr("&Open…"));
    m_openAction->setStatusTip(tr("Choose PDF files to assess"));
    m_openFolderAction->setText(tr("Open &Folder…"));
    m_openFolderAction->setStatusTip(tr("Choose a folder; every PDF file in it and its subfolders is assessed"));
    m_reassessAction->setText(tr("&Assess Again"));
    m_reassessAction->setStatusTip(tr("Assess the selected document again"));
    m_printAction->setText(tr("&Print…"));
    m_printAction->setStatusTip(tr("Print the assessment report of the selected document"));
    m_printPreviewAction->setText(tr("Print Pre&view…"));
    m_exportPdfAction->setText(tr("&Export PDF…"));
    m_exportPdfAction->setStatusTip(tr("Save the assessment report of the selected document as a PDF/A file"));
    m_summaryPreviewAction->setText(tr("Batch Su&mmary Preview…"));
    m_summaryPreviewAction->setStatusTip(tr("Preview and print the summary of the selected documents, or of all when one or none is selected"));
    m_exportSummaryAction->setText(tr("Export &Batch Summary…"));
    m_exportSummaryAction->setStatusTip(tr("Save the summary of the selected documents, or of all when one or none is selected, as a PDF/A file"));
    m_quitAction->setText(tr("&Quit"));
    m_showHistoryAction->setText(tr("Show &History…"));
    m_showHistoryAction->setStatusTip(tr("Earlier assessments, kept on this computer"));
    m_followSystemAction->setText(tr("Follow &System"));
    m_trustStoreAction->setText(tr("&Trust Store…"));
    m_trustStoreAction->setStatusTip(tr("The certificates and trusted lists signatures are validated against"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_preferencesAction->setStatusTip(tr("Your name as reviewer, the language, how documents are assessed and what reports show"));
    m_aboutAction->setText(tr("&About Granska"));

    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop assessing; documents not yet started are left out"));
    m_progressBar->setAccessibleName(tr("Assessment progress"));
    m_documentView->setAccessibleName(tr("Documents"));
    m_documentView->setAccessibleDescription(tr("The documents being reviewed, with their status"));
    m_preview->setAccessibleName(tr("Page preview"));
    m_findings->setAccessibleName(tr("Findings"));

    m_documents->retranslate();
    onProgress(m_queue->doneCount(), m_queue->totalCount());
    showCurrentDocument();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &language)
{
    setPreferredLanguage(language);
    // Posts QEvent::LanguageChange to every widget, which retranslates itself.
    installTranslations(preferredLanguage());
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray())) {
        // First start: most of the screen, the panes in proportions that show a page and the
        // findings side by side.
        const QRect available = screen()->availableGeometry();
        const QSize size(qMin(available.width() * 94 / 100, 1900), qMin(available.height() * 92 / 100, 1200));
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    if (!m_splitter->restoreState(settings.value(QLatin1String(kSplitterKey)).toByteArray())) {
        const int width = this->width();
        m_splitter->setSizes({width * 28 / 100, width * 34 / 100, width * 38 / 100});
    }
    m_documentView->header()->restoreState(settings.value(QLatin1String(kListHeaderKey)).toByteArray());
    m_preview->restoreState(settings.value(QLatin1String(kPreviewKey)).toByteArray());
    m_findings->restoreState(settings.value(QLatin1String(kFindingsKey)).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    settings.setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    settings.setValue(QLatin1String(kListHeaderKey), m_documentView->header()->saveState());
    settings.setValue(QLatin1String(kPreviewKey), m_preview->saveState());
    settings.setValue(QLatin1String(kFindingsKey), m_findings->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_queue->cancel();
    writeSettings();
    event->accept();
}

QString MainWindow::lastFolder() const
{
    const QString folder = QSettings().value(QLatin1String(kLastFolderKey)).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::rememberFolder(const QString &folder)
{
    QSettings().setValue(QLatin1String(kLastFolderKey), folder);
}

QString MainWindow::reviewer() const
{
    return AppSettings::reviewerName();
}

// ---- bringing documents in -------------------------------------------------------------------

void MainWindow::openPaths(const QStringList &paths)
{
    QStringList absolute;
    for (const QString &path : paths) {
        if (!path.isEmpty())
            absolute << QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    }
    if (absolute.isEmpty())
        return;
    m_queue->add(absolute);
}

void MainWindow::openFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Documents"), lastFolder(),
                                                            tr("PDF documents (*.pdf *.PDF);;All files (*)"));
    if (files.isEmpty())
        return;
    rememberFolder(QFileInfo(files.first()).absolutePath());
    openPaths(files);
}

void MainWindow::openFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder"), lastFolder());
    if (folder.isEmpty())
        return;
    rememberFolder(folder);
    openPaths({folder});
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
}

void MainWindow::editTrustStore()
{
    TrustStoreDialog dialog(m_trust, this);
    dialog.exec();
    if (!dialog.trustChanged())
        return;
    m_queue->setOptions(m_trust->applyTo(m_queue->options()));
    QStringList paths;
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        const QModelIndex index = m_documents->index(row, 0);
        if (!index.data(DocumentListModel::FromHistoryRole).toBool())
            paths << index.data(DocumentListModel::PathRole).toString();
    }
    if (!paths.isEmpty() && TrustStoreDialog::askToReassess(this, int(paths.size())))
        openPaths(paths);
}

void MainWindow::reassessCurrent()
{
    const int row = currentDocumentRow();
    if (row < 0)
        return;
    openPaths({m_documents->index(row, 0).data(DocumentListModel::PathRole).toString()});
}

// ---- results streaming in --------------------------------------------------------------------

void MainWindow::onQueued(const QStringList &files)
{
    const int firstRow = m_documents->addPending(files);
    if (currentDocumentRow() < 0 && firstRow >= 0)
        selectDocumentRow(firstRow);
    updateActions();
}

void MainWindow::onAssessed(const Assessment &assessment)
{
    // Stored (and committed) before the list shows the result: a document shown as done must
    // survive the program being killed the moment after. An interrupted assessment is
    // incomplete; the history keeps only finished ones.
    if (!wasCancelled(assessment) && m_history && m_history->isOpen()) {
        QString error;
        if (m_history->add(assessment, &error) == 0)
            statusBar()->showMessage(tr("The result for %1 could not be saved in the history: %2").arg(assessment.identity.fileName, error), 10000);
    }
    m_documents->setAssessment(assessment);
    switch (statusOf(assessment)) {
    case DocumentStatus::Problems: ++m_batchProblems; break;
    case DocumentStatus::Error: ++m_batchErrors; break;
    case DocumentStatus::Cancelled: ++m_batchCancelled; break;
    default: break;
    }
}

void MainWindow::onProgress(int done, int total)
{
    m_progressBar->setRange(0, qMax(1, total));
    m_progressBar->setValue(done);
    m_progressLabel->setText(tr("Assessing: %1 of %2").arg(done).arg(total));
}

void MainWindow::onBusyChanged(bool busy)
{
    m_progressLabel->setVisible(busy);
    m_progressBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (busy) {
        m_batchProblems = m_batchErrors = m_batchCancelled = 0;
        statusBar()->clearMessage();
        return;
    }
    QStringList parts;
    parts << tr("%n document(s) assessed", nullptr, m_queue->doneCount() - m_batchCancelled);
    if (m_batchProblems)
        parts << tr("%n with problems", nullptr, m_batchProblems);
    if (m_batchErrors)
        parts << tr("%n not assessable", nullptr, m_batchErrors);
    if (m_batchCancelled)
        parts << tr("%n cancelled", nullptr, m_batchCancelled);
    statusBar()->showMessage(tr("Finished: %1.").arg(parts.join(QStringLiteral(", "))), 15000);
}

// ---- the selected document -------------------------------------------------------------------

int MainWindow::currentDocumentRow() const
{
    const QModelIndex current = m_documentView->currentIndex();
    if (!current.isValid())
        return -1;
    return m_sortedDocuments->mapToSource(current).row();
}

void MainWindow::selectDocumentRow(int row)
{
    const QModelIndex index = m_sortedDocuments->mapFromSource(m_documents->index(row, 0));
    m_documentView->setCurrentIndex(index);
    m_documentView->scrollTo(index);
}

std::optional<Assessment> MainWindow::currentAssessment() const
{
    return m_documents->assessmentAt(currentDocumentRow());
}

void MainWindow::showCurrentDocument()
{
    if (!m_findings || !m_preview || !m_revisions)
        return;
    const int row = currentDocumentRow();
    m_decisionPanel->setAssessment(m_documents->assessmentAt(row));
    if (row < 0) {
        const QString hint = tr("Drop PDF files or folders here, or use File → Open…, to assess them.");
        m_findings->showMessage(hint);
        m_revisions->clear();
        if (!m_previewKey.isEmpty() || m_preview->message() != hint) {
            m_previewKey.clear();
            m_preview->clearDocument(hint);
        }
        updateActions();
        updateTitle();
        return;
    }
    const QModelIndex index = m_documents->index(row, 0);
    const QString path = index.data(DocumentListModel::PathRole).toString();
    const bool fromHistory = index.data(DocumentListModel::FromHistoryRole).toBool();
    const std::optional<Assessment> assessment = m_documents->assessmentAt(row);

    // The pages do not depend on the assessment: load them at once, and only when the document changes.
    const QString key = QStringLiteral("%1|%2").arg(fromHistory ? index.data(DocumentListModel::HistoryDateRole).toDateTime().toString(Qt::ISODateWithMs) : QString(), path);
    if (key != m_previewKey) {
        m_previewKey = key;
        m_preview->setDocument(path, fromHistory && assessment ? assessment->identity.sha256 : QString());
    }

    if (assessment) {
        if (!m_findings->hasAssessment() || m_findings->signatureModel()->assessment().file != assessment->file
            || m_findings->signatureModel()->assessment().assessedAt != assessment->assessedAt) {
            m_findings->setAssessment(*assessment, fromHistory);
            m_revisions->setAssessment(*assessment);
        }
    } else {
        m_revisions->clear();
        const DocumentStatus status = m_documents->statusAt(row);
        m_findings->showMessage(status == DocumentStatus::Assessing ? tr("Assessing %1…").arg(QFileInfo(path).fileName())
                                                                    : tr("%1 is waiting to be assessed.").arg(QFileInfo(path).fileName()));
    }
    updateActions();
    updateTitle();
}

void MainWindow::updateActions()
{
    const bool finished = currentAssessment().has_value();
    m_printAction->setEnabled(finished);
    m_printPreviewAction->setEnabled(finished);
    m_exportPdfAction->setEnabled(finished);
    const int row = currentDocumentRow();
    m_reassessAction->setEnabled(row >= 0 && !m_documents->index(row, 0).data(DocumentListModel::FromHistoryRole).toBool());
    m_showHistoryAction->setEnabled(m_history && m_history->isOpen());
}

void MainWindow::updateTitle()
{
    const int row = currentDocumentRow();
    if (row < 0) {
        setWindowTitle(tr("Granska"));
        return;
    }
    const QString name = m_documents->index(row, DocumentListModel::NameColumn).data().toString();
    setWindowTitle(tr("%1 — Granska").arg(name));
}

// ---- history ---------------------------------------------------------------------------------

bool MainWindow::openFromHistory(qint64 historyId)
{
    if (!m_history || !m_history->isOpen())
        return false;
    const std::optional<Assessment> assessment = m_history->assessment(historyId);
    if (!assessment) {
        statusBar()->showMessage(tr("That assessment could not be read from the history."), 10000);
        return false;
    }
    const int row = m_documents->addFromHistory(*assessment, historyId);
    selectDocumentRow(row);
    return true;
}

void MainWindow::showHistory()
{
    HistoryDialog dialog(m_history.get(), this);
    connect(&dialog, &HistoryDialog::openRequested, this, [this](const QList<qint64> &ids) {
        for (qint64 id : ids)
            openFromHistory(id);
    });
    dialog.exec();
}

// ---- reports ---------------------------------------------------------------------------------

void MainWindow::print()
{
    if (const std::optional<Assessment> a = currentAssessment())
        ReportActions::print(this, *a, reviewer());
}

void MainWindow::printPreview()
{
    if (const std::optional<Assessment> a = currentAssessment())
        ReportActions::printPreview(this, *a, reviewer());
}

void MainWindow::exportPdf()
{
    const std::optional<Assessment> a = currentAssessment();
    if (!a)
        return;
    const QString written = ReportActions::exportPdf(this, *a, reviewer(), lastFolder());
    if (!written.isEmpty()) {
        rememberFolder(QFileInfo(written).absolutePath());
        statusBar()->showMessage(tr("Report saved as %1").arg(QDir::toNativeSeparators(written)), 10000);
    }
}

bool MainWindow::exportReport(const QString &path, QString *error) const
{
    const std::optional<Assessment> a = currentAssessment();
    if (!a) {
        if (error)
            *error = tr("No finished assessment is selected.");
        return false;
    }
    return ReportActions::writePdf(*a, reviewer(), path, error);
}

void MainWindow::showPreferences()
{
    SettingsDialog dialog(this);
    connect(&dialog, &SettingsDialog::trustStoreRequested, this, &MainWindow::trustStoreRequested);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.save();
    m_queue->setOptions(AppSettings::applyTo(m_queue->options()));
    m_decisionPanel->setReviewer(AppSettings::reviewerName());
    if (dialog.language() != AppSettings::languageChoice()) {
        for (QAction *action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == dialog.language());
        setLanguage(dialog.language());
    }
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Granska"),
                       tr("<h3>Granska %1</h3>"
                          "<p>Reviews signed PDF documents before they are transferred to the e-archive: "
                          "whether they really are PDF/A, whether their signatures are intact and by whom, "
                          "and what was changed after signing.</p>"
                          "<p>Files are only read, never changed. Every assessment is kept in the history on this computer.</p>"
                          "<p>Built with Qt %2, QPDF, OpenSSL and Poppler.</p>")
                           .arg(Assessor::engineVersion(), QString::fromLatin1(qVersion())));
}

} // namespace granska
