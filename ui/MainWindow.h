// Granska's one window: the documents on the left, the selected document's pages in the centre and
// what the assessment found on the right. Documents come in by drag and drop, the File menu or the
// command line; every result is assessed in the background and kept in the history.
#pragma once

#include "assessment/Assessment.h"

#include <QMainWindow>
#include <QRectF>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTreeView;

namespace granska {

class AssessmentQueue;
class DecisionPanel;
class DocumentFilterBar;
class DocumentFilterModel;
class DocumentListModel;
class FindingsModel;
class FindingsPane;
class HistoryStore;
class PagePreview;
class RevisionBrowser;
class SignatureModel;
class TrustSettings;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `historyDatabasePath` empty: the user's history at HistoryStore::defaultPath(). Tests pass a
    // temporary file so that they never touch real user data.
    explicit MainWindow(const QString &historyDatabasePath = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    AssessmentQueue *queue() const { return m_queue; }
    DocumentListModel *documentModel() const { return m_documents; }
    QTreeView *documentView() const { return m_documentView; }
    DocumentFilterModel *documentFilter() const { return m_sortedDocuments; }
    DocumentFilterBar *documentFilterBar() const { return m_filterBar; }
    DecisionPanel *decisionPanel() const { return m_decisionPanel; }
    QAction *preferencesAction() const { return m_preferencesAction; }
    FindingsPane *findingsPane() const { return m_findings; }
    SignatureModel *signatureModel() const;
    FindingsModel *findingsModel() const;
    PagePreview *preview() const { return m_preview; }
    RevisionBrowser *revisionBrowser() const { return m_revisions; }
    HistoryStore *historyStore() const { return m_history.get(); }
    TrustSettings *trustSettings() const { return m_trust; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QAction *printAction() const { return m_printAction; }
    QAction *exportPdfAction() const { return m_exportPdfAction; }
    QAction *exportSummaryAction() const { return m_exportSummaryAction; }
    QList<QAction *> languageActions() const;

    // The document row (in DocumentListModel) shown in the panes, -1 when none.
    int currentDocumentRow() const;
    void selectDocumentRow(int row);
    std::optional<Assessment> currentAssessment() const;
    // Writes the current document's report without asking; used by File → Export PDF… and tests.
    bool exportReport(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    // Files and folders to assess (folders are searched recursively for PDF files).
    void openPaths(const QStringList &paths);
    // Shows a stored assessment from the history; returns false when it cannot be loaded.
    bool openFromHistory(qint64 historyId);
    void openFiles();
    void openFolder();
    void showHistory();
    void showPreferences();
    void print();
    void printPreview();
    void exportPdf();
    void reassessCurrent();
    void about();
    // Settings → Trust Store…; afterwards the new trust applies and the documents may be re-assessed.
    void editTrustStore();

Q_SIGNALS:
    // Settings → Preferences… → Trust Store… was pressed.
    void trustStoreRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void createCentralWidgets();
    void retranslateUi();
    void readSettings();
    void writeSettings() const;
    void openHistoryStore(const QString &path);

    void onQueued(const QStringList &files);
    void onAssessed(const Assessment &assessment);
    void onProgress(int done, int total);
    void onBusyChanged(bool busy);
    void showCurrentDocument();
    void updateActions();
    void updateTitle();
    void setLanguage(const QString &language);
    QString lastFolder() const;
    void rememberFolder(const QString &folder);
    QString reviewer() const;

    AssessmentQueue *m_queue = nullptr;
    DocumentListModel *m_documents = nullptr;
    DocumentFilterModel *m_sortedDocuments = nullptr;
    DocumentFilterBar *m_filterBar = nullptr;
    DecisionPanel *m_decisionPanel = nullptr;
    std::unique_ptr<HistoryStore> m_history;
    QString m_historyError;

    QSplitter *m_splitter = nullptr;
    QTreeView *m_documentView = nullptr;
    PagePreview *m_preview = nullptr;
    FindingsPane *m_findings = nullptr;
    RevisionBrowser *m_revisions = nullptr;
    QString m_previewKey; // what the preview shows, so a new result does not reload the pages

    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    int m_batchProblems = 0;
    int m_batchErrors = 0;
    int m_batchCancelled = 0;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_historyMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_reassessAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_exportSummaryAction = nullptr;
    QAction *m_summaryPreviewAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_showHistoryAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_followSystemAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_swedishAction = nullptr;
    QAction *m_trustStoreAction = nullptr;
    TrustSettings *m_trust = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace granska
