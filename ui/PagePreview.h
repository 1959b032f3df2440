// The centre of the window: the pages of the selected document, thumbnails on the left and the
// current page at the chosen zoom. All rendering happens on PageRenderer's thread.
#pragma once

#include "PageRenderer.h"

#include <QRectF>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QListView;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QToolBar;

namespace granska {

class PageCanvas;
class PageThumbnailModel;

class PagePreview : public QWidget {
    Q_OBJECT
public:
    explicit PagePreview(QWidget *parent = nullptr);

    // `expectedSha256`, when given, is compared with the file on disk; a mismatch shows a warning
    // (an assessment reopened from the history may describe an earlier version of the file).
    void setDocument(const QString &path, const QString &expectedSha256 = {});
    void clearDocument(const QString &message = {});
    // Shows an earlier state of the document instead of the file: `bytes` are the file's first
    // bytes up to the end of `revision` (see engine/pdf/RevisionExtractor.h). A banner says so and
    // offers the way back; the page shown stays the same where the revision has it.
    void showRevision(int revision, int revisionCount, const QByteArray &bytes);
    // Back to the file itself, as set by setDocument().
    void showFinalVersion();
    // The earlier revision shown (1-based); 0 while the file itself is shown.
    int shownRevision() const { return m_revision; }
    bool isShowingRevisionBanner() const;
    QString revisionBannerText() const;
    QPushButton *backToFinalButton() const { return m_backToFinal; }
    // 1-based; the highlight is in PDF user space (null for none).
    void showPage(int page, const QRectF &highlight = {});

    int currentPage() const { return m_currentPage; } // 1-based; 0 when no page is shown
    int pageCount() const { return int(m_pages.size()); }
    bool isShowingMessage() const;
    QString message() const;
    double zoom() const;
    QRect highlightRect() const;
    PageCanvas *canvas() const { return m_canvas; }
    PageRenderer *renderer() const { return m_renderer; }

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitWidthAction() const { return m_fitWidth; }
    QAction *previousPageAction() const { return m_previousPage; }
    QAction *nextPageAction() const { return m_nextPage; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitWidth();

Q_SIGNALS:
    void pageShown(int page);
    void documentReady(int pageCount);
    // An earlier revision is shown (1-based), or 0: the final version (the file) is shown again.
    void revisionShown(int revision);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onDocumentOpened(const QList<PageInfo> &pages, bool fileChanged);
    void onDocumentFailed(const QString &message);
    void onPageReady(int page, double dpi, const QImage &image);
    void setZoom(double zoom, bool fitting);
    double fitWidthZoom() const;
    void scheduleRender();
    void render();
    void updateControls();
    void retranslateUi();
    void scrollToHighlight();
    void resetPages(const QString &loadingMessage);
    void updateRevisionBanner();

    PageRenderer *m_renderer = nullptr;
    PageThumbnailModel *m_thumbnails = nullptr;
    QList<PageInfo> m_pages;
    int m_currentPage = 0;
    QRectF m_pendingHighlight;
    int m_pendingPage = 0;
    bool m_fitting = true;
    double m_zoom = 1.0;
    QString m_messageText;
    QString m_path;           // the file set by setDocument()
    QString m_expectedSha256;
    int m_revision = 0;       // the earlier revision shown; 0 for the file itself
    int m_revisionCount = 0;

    QToolBar *m_toolBar = nullptr;
    QLabel *m_pageLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_changedBanner = nullptr;
    QWidget *m_revisionBanner = nullptr;
    QLabel *m_revisionLabel = nullptr;
    QPushButton *m_backToFinal = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_pagesArea = nullptr;
    QListView *m_thumbnailView = nullptr;
    QScrollArea *m_scroll = nullptr;
    PageCanvas *m_canvas = nullptr;
    QTimer *m_renderTimer = nullptr;
    QTimer *m_fitTimer = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fitWidth = nullptr;
    QAction *m_previousPage = nullptr;
    QAction *m_nextPage = nullptr;
};

} // namespace granska
