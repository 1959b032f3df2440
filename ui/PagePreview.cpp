#include "PagePreview.h"

#include "PageCanvas.h"
#include "PageThumbnailModel.h"
#include "StatusIcons.h"

#include <QAction>
#include <QDataStream>
#include <QEvent>
#include <QIODevice>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QListView>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <cmath>

namespace granska {
namespace {

constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 4.0;
constexpr double kZoomStep = 1.25;
constexpr int kThumbnailWidth = 84;
// Above this a page image would need hundreds of megabytes; the canvas scales instead.
constexpr double kMaxRenderDpi = 600.0;

} // namespace

PagePreview::PagePreview(QWidget *parent) : QWidget(parent)
{
    m_renderer = new PageRenderer(this);
    m_thumbnails = new PageThumbnailModel(this);

    m_previousPage = new QAction(toolIcon(ToolIcon::PreviousPage), QString(), this);
    m_nextPage = new QAction(toolIcon(ToolIcon::NextPage), QString(), this);
    m_zoomOut = new QAction(toolIcon(ToolIcon::ZoomOut), QString(), this);
    m_zoomIn = new QAction(toolIcon(ToolIcon::ZoomIn), QString(), this);
    m_fitWidth = new QAction(toolIcon(ToolIcon::FitWidth), QString(), this);
    m_fitWidth->setCheckable(true);
    m_zoomIn->setShortcuts(QKeySequence::ZoomIn);
    m_zoomOut->setShortcuts(QKeySequence::ZoomOut);
    m_fitWidth->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    m_toolBar = new QToolBar(this);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->addAction(m_previousPage);
    m_pageLabel = new QLabel(m_toolBar);
    m_pageLabel->setMinimumWidth(90);
    m_pageLabel->setAlignment(Qt::AlignCenter);
    m_toolBar->addWidget(m_pageLabel);
    m_toolBar->addAction(m_nextPage);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_zoomOut);
    m_zoomLabel = new QLabel(m_toolBar);
    m_zoomLabel->setMinimumWidth(48);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_toolBar->addWidget(m_zoomLabel);
    m_toolBar->addAction(m_zoomIn);
    m_toolBar->addAction(m_fitWidth);

    m_changedBanner = new QLabel(this);
    m_changedBanner->setWordWrap(true);
    m_changedBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; border: 1px solid #f0c36d; padding: 6px; color: #663c00; }"));
    m_changedBanner->hide();

    // An earlier revision must never be mistaken for the document as it is now.
    m_revisionBanner = new QWidget(this);
    m_revisionBanner->setObjectName(QStringLiteral("revisionBanner"));
    m_revisionBanner->setAttribute(Qt::WA_StyledBackground);
    m_revisionBanner->setStyleSheet(QStringLiteral("#revisionBanner { background: #e8f0fe; border: 1px solid #8ab4f8; }"
                                                   "#revisionBanner QLabel { color: #174ea6; }"));
    m_revisionLabel = new QLabel(m_revisionBanner);
    m_revisionLabel->setWordWrap(true);
    m_revisionLabel->setTextFormat(Qt::RichText);
    m_backToFinal = new QPushButton(m_revisionBanner);
    auto *bannerLayout = new QHBoxLayout(m_revisionBanner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(m_revisionLabel, 1);
    bannerLayout->addWidget(m_backToFinal);
    m_revisionBanner->hide();
    connect(m_backToFinal, &QPushButton::clicked, this, &PagePreview::showFinalVersion);

    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); font-size: 11pt; }"));
    m_stack->addWidget(m_message);

    m_pagesArea = new QWidget(m_stack);
    m_thumbnailView = new QListView(m_pagesArea);
    m_thumbnailView->setModel(m_thumbnails);
    m_thumbnailView->setViewMode(QListView::IconMode);
    m_thumbnailView->setFlow(QListView::TopToBottom);
    m_thumbnailView->setWrapping(false);
    m_thumbnailView->setMovement(QListView::Static);
    m_thumbnailView->setResizeMode(QListView::Adjust);
    m_thumbnailView->setUniformItemSizes(false);
    m_thumbnailView->setSpacing(6);
    m_thumbnailView->setIconSize(QSize(kThumbnailWidth, kThumbnailWidth * 3 / 2));
    m_thumbnailView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_thumbnailView->setFixedWidth(kThumbnailWidth + 34);
    m_scroll = new QScrollArea(m_pagesArea);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->viewport()->setBackgroundRole(QPalette::Dark);
    m_scroll->viewport()->setAutoFillBackground(true);
    m_scroll->setWidgetResizable(false);
    m_canvas = new PageCanvas;
    m_scroll->setWidget(m_canvas);
    m_scroll->viewport()->installEventFilter(this);
    m_scroll->installEventFilter(this); // Page Up/Down at the page's edge turn the page
    auto *pagesLayout = new QHBoxLayout(m_pagesArea);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->setSpacing(0);
    pagesLayout->addWidget(m_thumbnailView);
    pagesLayout->addWidget(m_scroll, 1);
    m_stack->addWidget(m_pagesArea);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_changedBanner);
    layout->addWidget(m_revisionBanner);
    layout->addWidget(m_stack, 1);

    m_renderTimer = new QTimer(this);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(40);
    connect(m_renderTimer, &QTimer::timeout, this, &PagePreview::render);
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(80);
    connect(m_fitTimer, &QTimer::timeout, this, [this] {
        if (m_fitting && !m_pages.isEmpty())
            setZoom(fitWidthZoom(), true);
    });

    connect(m_zoomIn, &QAction::triggered, this, &PagePreview::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &PagePreview::zoomOut);
    connect(m_fitWidth, &QAction::triggered, this, &PagePreview::fitWidth);
    connect(m_previousPage, &QAction::triggered, this, [this] { showPage(m_currentPage - 1); });
    connect(m_nextPage, &QAction::triggered, this, [this] { showPage(m_currentPage + 1); });
    connect(m_thumbnailView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && current.row() + 1 != m_currentPage)
            showPage(current.row() + 1);
    });

    connect(m_renderer, &PageRenderer::documentOpened, this, &PagePreview::onDocumentOpened);
    connect(m_renderer, &PageRenderer::documentFailed, this, &PagePreview::onDocumentFailed);
    connect(m_renderer, &PageRenderer::pageReady, this, &PagePreview::onPageReady);
    connect(m_renderer, &PageRenderer::thumbnailReady, m_thumbnails, &PageThumbnailModel::setThumbnail);

    retranslateUi();
    clearDocument();
}

void PagePreview::resetPages(const QString &loadingMessage)
{
    m_pages.clear();
    m_currentPage = 0;
    m_pendingHighlight = QRectF();
    m_thumbnails->clear();
    m_canvas->setPage(PageInfo{});
    m_changedBanner->hide();
    m_messageText = loadingMessage;
    m_message->setText(m_messageText);
    m_stack->setCurrentWidget(m_message);
}

void PagePreview::setDocument(const QString &path, const QString &expectedSha256)
{
    const bool wasRevision = m_revision != 0;
    m_path = path;
    m_expectedSha256 = expectedSha256;
    m_revision = 0;
    m_revisionCount = 0;
    updateRevisionBanner();
    m_pendingPage = 0;
    resetPages(tr("Loading pages…"));
    m_renderer->openDocument(path, expectedSha256);
    updateControls();
    if (wasRevision)
        Q_EMIT revisionShown(0);
}

void PagePreview::showRevision(int revision, int revisionCount, const QByteArray &bytes)
{
    m_revision = revision;
    m_revisionCount = revisionCount;
    updateRevisionBanner();
    // The same page, so that switching back and forth compares the two states of it.
    m_pendingPage = m_currentPage > 0 ? m_currentPage : qMax(1, m_pendingPage);
    resetPages(tr("Loading revision %1…").arg(revision));
    m_renderer->openDocumentData(bytes);
    updateControls();
    Q_EMIT revisionShown(revision);
}

void PagePreview::showFinalVersion()
{
    if (m_revision == 0 || m_path.isEmpty())
        return;
    m_revision = 0;
    m_revisionCount = 0;
    updateRevisionBanner();
    m_pendingPage = m_currentPage > 0 ? m_currentPage : qMax(1, m_pendingPage);
    resetPages(tr("Loading pages…"));
    m_renderer->openDocument(m_path, m_expectedSha256);
    updateControls();
    Q_EMIT revisionShown(0);
}

bool PagePreview::isShowingRevisionBanner() const
{
    return !m_revisionBanner->isHidden();
}

QString PagePreview::revisionBannerText() const
{
    return m_revisionLabel->text();
}

void PagePreview::updateRevisionBanner()
{
    m_revisionBanner->setVisible(m_revision > 0);
    m_backToFinal->setText(tr("Back to Final Version"));
    m_backToFinal->setToolTip(tr("Show the document as it is now, with all its revisions"));
    m_revisionBanner->setAccessibleName(tr("Earlier revision shown"));
    if (m_revision <= 0) {
        m_revisionLabel->clear();
        return;
    }
    m_revisionLabel->setText(tr("<b>Revision %1 of %2</b> — an earlier state of the document, before the changes "
                                "made by the later revisions. It is not the document as it is now.")
                                 .arg(m_revision)
                                 .arg(m_revisionCount));
}

void PagePreview::clearDocument(const QString &message)
{
    const bool wasRevision = m_revision != 0;
    m_path.clear();
    m_expectedSha256.clear();
    m_revision = 0;
    m_revisionCount = 0;
    updateRevisionBanner();
    m_renderer->closeDocument();
    m_pages.clear();
    m_currentPage = 0;
    m_pendingPage = 0;
    m_thumbnails->clear();
    m_canvas->setPage(PageInfo{});
    m_changedBanner->hide();
    m_messageText = message;
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    updateControls();
    if (wasRevision)
        Q_EMIT revisionShown(0);
}

bool PagePreview::isShowingMessage() const
{
    return m_stack->currentWidget() == m_message;
}

QString PagePreview::message() const
{
    return m_messageText;
}

double PagePreview::zoom() const
{
    return m_zoom;
}

QRect PagePreview::highlightRect() const
{
    return m_canvas->highlightRect();
}

void PagePreview::onDocumentOpened(const QList<PageInfo> &pages, bool fileChanged)
{
    m_pages = pages;
    m_stack->setCurrentWidget(m_pagesArea);
    m_messageText.clear();
    m_changedBanner->setVisible(fileChanged);
    const qreal dpr = devicePixelRatioF();
    m_thumbnails->setPages(pages, kThumbnailWidth, dpr);
    m_renderer->requestThumbnails(qRound(kThumbnailWidth * dpr));
    const int page = m_pendingPage > 0 ? m_pendingPage : 1;
    const QRectF highlight = m_pendingHighlight;
    m_pendingPage = 0;
    m_pendingHighlight = QRectF();
    m_currentPage = 0;
    showPage(page, highlight);
    if (m_fitting)
        m_fitTimer->start(); // the viewport has its final size only after the stack switched
    Q_EMIT documentReady(int(pages.size()));
}

void PagePreview::onDocumentFailed(const QString &message)
{
    m_pages.clear();
    m_currentPage = 0;
    m_messageText = message;
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    updateControls();
}

void PagePreview::showPage(int page, const QRectF &highlight)
{
    if (m_pages.isEmpty()) {
        // Still loading: remember what was asked for and show it once the pages are known.
        m_pendingPage = page;
        m_pendingHighlight = highlight;
        return;
    }
    page = qBound(1, page, int(m_pages.size()));
    if (page != m_currentPage) {
        m_currentPage = page;
        m_canvas->setPage(m_pages.at(page - 1));
        if (m_fitting)
            m_zoom = fitWidthZoom();
        m_canvas->setZoom(m_zoom);
        m_thumbnailView->setCurrentIndex(m_thumbnails->index(page - 1));
        m_scroll->verticalScrollBar()->setValue(0);
        render();
        Q_EMIT pageShown(page);
    }
    m_canvas->setHighlight(highlight);
    scrollToHighlight();
    updateControls();
}

void PagePreview::scrollToHighlight()
{
    const QRect r = m_canvas->highlightRect();
    if (!r.isNull())
        m_scroll->ensureVisible(r.center().x(), r.center().y(), r.width() / 2 + 40, r.height() / 2 + 40);
}

void PagePreview::onPageReady(int page, double, const QImage &image)
{
    if (page + 1 != m_currentPage)
        return;
    QImage sharp = image;
    sharp.setDevicePixelRatio(1.0); // the canvas scales it into the page rectangle itself
    m_canvas->setImage(sharp);
}

double PagePreview::fitWidthZoom() const
{
    if (m_pages.isEmpty())
        return 1.0;
    const PageInfo &page = m_pages.at(qMax(0, m_currentPage - 1));
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    const double available = m_scroll->viewport()->width() - 2 * PageCanvas::kMargin - (m_scroll->verticalScrollBar()->isVisible() ? 0 : scrollBar);
    const double natural = page.size.width() * m_canvas->pixelsPerPoint();
    if (natural <= 0 || available <= 50)
        return 1.0;
    return qBound(kMinZoom, available / natural, kMaxZoom);
}

void PagePreview::setZoom(double zoom, bool fitting)
{
    zoom = qBound(kMinZoom, zoom, kMaxZoom);
    m_fitting = fitting;
    if (std::abs(zoom - m_zoom) > 1e-3) {
        m_zoom = zoom;
        m_canvas->setZoom(zoom);
        scrollToHighlight();
        scheduleRender();
    }
    updateControls();
}

void PagePreview::zoomIn()
{
    setZoom(m_zoom * kZoomStep, false);
}

void PagePreview::zoomOut()
{
    setZoom(m_zoom / kZoomStep, false);
}

void PagePreview::fitWidth()
{
    m_fitting = true;
    setZoom(fitWidthZoom(), true);
}

void PagePreview::scheduleRender()
{
    m_renderTimer->start();
}

void PagePreview::render()
{
    if (m_currentPage <= 0)
        return;
    const double dpi = qMin(kMaxRenderDpi, m_canvas->logicalDpiX() * m_zoom * devicePixelRatioF());
    m_renderer->requestPage(m_currentPage - 1, dpi);
}

void PagePreview::updateControls()
{
    const bool hasPages = !m_pages.isEmpty() && !isShowingMessage();
    m_previousPage->setEnabled(hasPages && m_currentPage > 1);
    m_nextPage->setEnabled(hasPages && m_currentPage < m_pages.size());
    m_zoomIn->setEnabled(hasPages && m_zoom < kMaxZoom - 1e-3);
    m_zoomOut->setEnabled(hasPages && m_zoom > kMinZoom + 1e-3);
    m_fitWidth->setEnabled(hasPages);
    m_fitWidth->setChecked(m_fitting);
    m_pageLabel->setText(hasPages ? tr("Page %1 of %2").arg(m_currentPage).arg(m_pages.size()) : QString());
    m_zoomLabel->setText(hasPages ? tr("%1 %").arg(qRound(m_zoom * 100)) : QString());
}

void PagePreview::retranslateUi()
{
    m_previousPage->setText(tr("Previous Page"));
    m_previousPage->setToolTip(tr("Previous page"));
    m_nextPage->setText(tr("Next Page"));
    m_nextPage->setToolTip(tr("Next page"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomIn->setToolTip(tr("Zoom in (%1)").arg(m_zoomIn->shortcut().toString(QKeySequence::NativeText)));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_zoomOut->setToolTip(tr("Zoom out (%1)").arg(m_zoomOut->shortcut().toString(QKeySequence::NativeText)));
    m_fitWidth->setText(tr("&Fit Width"));
    m_fitWidth->setToolTip(tr("Fit the page to the width of the view (%1)").arg(m_fitWidth->shortcut().toString(QKeySequence::NativeText)));
    m_changedBanner->setText(tr("The file on disk is not the one that was assessed: its SHA-256 checksum differs. "
                                "The pages shown may not match the findings."));
    m_thumbnailView->setAccessibleName(tr("Page thumbnails"));
    m_scroll->setAccessibleName(tr("Page view"));
    m_pageLabel->setAccessibleName(tr("Current page"));
    m_zoomLabel->setAccessibleName(tr("Zoom level"));
    updateRevisionBanner();
    if (m_messageText.isEmpty() && m_pages.isEmpty())
        m_message->setText(QString());
    updateControls();
}

void PagePreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool PagePreview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fitting)
        m_fitTimer->start();
    if (watched == m_scroll && event->type() == QEvent::KeyPress) {
        // Like a document viewer: Page Down scrolls through the page, then on to the next one.
        const auto *key = static_cast<QKeyEvent *>(event);
        const QScrollBar *bar = m_scroll->verticalScrollBar();
        if (key->key() == Qt::Key_PageDown && bar->value() >= bar->maximum() && m_currentPage < m_pages.size()) {
            showPage(m_currentPage + 1);
            return true;
        }
        if (key->key() == Qt::Key_PageUp && bar->value() <= bar->minimum() && m_currentPage > 1) {
            showPage(m_currentPage - 1);
            m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QByteArray PagePreview::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_fitting << m_zoom;
    return state;
}

void PagePreview::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    bool fitting = true;
    double zoom = 1.0;
    in >> fitting >> zoom;
    if (in.status() != QDataStream::Ok)
        return;
    m_fitting = fitting;
    m_zoom = qBound(kMinZoom, zoom, kMaxZoom);
    updateControls();
}

} // namespace granska
