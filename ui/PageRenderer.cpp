#include "PageRenderer.h"

#include "PageRenderWorker.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <poppler-qt6.h>

namespace granska {

// ---- UI side -------------------------------------------------------------------------------

PageRenderer::PageRenderer(QObject *parent)
    : QObject(parent),
      m_latestGeneration(std::make_shared<std::atomic<quint64>>(0)),
      m_latestPageRequest(std::make_shared<std::atomic<quint64>>(0))
{
    // Poppler reports damage in a file on stderr; the assessment already explains it in words.
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    qRegisterMetaType<granska::PageInfo>();
    qRegisterMetaType<QList<granska::PageInfo>>();
    m_thread.setObjectName(QStringLiteral("Granska page renderer"));
    m_worker = new PageRenderWorker(m_latestGeneration, m_latestPageRequest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    // Results arrive queued on this (UI) thread; anything from an older generation is dropped.
    connect(m_worker, &PageRenderWorker::opened, this, [this](quint64 generation, const QList<PageInfo> &pages, bool changed) {
        if (generation == m_generation)
            Q_EMIT documentOpened(pages, changed);
    });
    connect(m_worker, &PageRenderWorker::failed, this, [this](quint64 generation, const QString &message) {
        if (generation == m_generation)
            Q_EMIT documentFailed(message);
    });
    connect(m_worker, &PageRenderWorker::pageRendered, this, [this](quint64 generation, int page, double dpi, const QImage &image) {
        if (generation == m_generation)
            Q_EMIT pageReady(page, dpi, image);
    });
    connect(m_worker, &PageRenderWorker::thumbnailRendered, this, [this](quint64 generation, int page, const QImage &image) {
        if (generation == m_generation)
            Q_EMIT thumbnailReady(page, image);
    });
    m_thread.start(QThread::LowPriority);
}

PageRenderer::~PageRenderer()
{
    m_latestGeneration->store(~quint64(0)); // makes every waiting request stale
    m_thread.quit();
    m_thread.wait();
}

void PageRenderer::openDocument(const QString &path, const QString &expectedSha256)
{
    m_latestGeneration->store(++m_generation);
    QMetaObject::invokeMethod(m_worker, "open", Qt::QueuedConnection, Q_ARG(quint64, m_generation),
                              Q_ARG(QString, path), Q_ARG(QString, expectedSha256));
}

void PageRenderer::openDocumentData(const QByteArray &data)
{
    m_latestGeneration->store(++m_generation);
    QMetaObject::invokeMethod(m_worker, "openData", Qt::QueuedConnection, Q_ARG(quint64, m_generation),
                              Q_ARG(QByteArray, data));
}

void PageRenderer::closeDocument()
{
    m_latestGeneration->store(++m_generation);
    QMetaObject::invokeMethod(m_worker, "close", Qt::QueuedConnection, Q_ARG(quint64, m_generation));
}

void PageRenderer::requestPage(int page, double dpi)
{
    m_latestPageRequest->store(++m_pageRequest);
    QMetaObject::invokeMethod(m_worker, "renderPage", Qt::QueuedConnection, Q_ARG(quint64, m_generation),
                              Q_ARG(quint64, m_pageRequest), Q_ARG(int, page), Q_ARG(double, dpi));
}

void PageRenderer::requestThumbnails(int width)
{
    QMetaObject::invokeMethod(m_worker, "renderThumbnails", Qt::QueuedConnection, Q_ARG(quint64, m_generation),
                              Q_ARG(int, width));
}

// ---- worker thread -------------------------------------------------------------------------

PageRenderWorker::PageRenderWorker(std::shared_ptr<std::atomic<quint64>> latestGeneration,
                                   std::shared_ptr<std::atomic<quint64>> latestPageRequest)
    : m_latestGeneration(std::move(latestGeneration)), m_latestPageRequest(std::move(latestPageRequest))
{
}

PageRenderWorker::~PageRenderWorker() = default;

bool PageRenderWorker::isCurrent(quint64 generation) const
{
    return generation == m_latestGeneration->load() && generation == m_documentGeneration && m_document;
}

namespace {

int rotationOf(Poppler::Page::Orientation orientation)
{
    switch (orientation) {
    case Poppler::Page::Landscape: return 90;
    case Poppler::Page::UpsideDown: return 180;
    case Poppler::Page::Seascape: return 270;
    case Poppler::Page::Portrait: break;
    }
    return 0;
}

bool fileMatches(const QString &path, const QString &sha256)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex()).compare(sha256, Qt::CaseInsensitive) == 0;
}

} // namespace

void PageRenderWorker::open(quint64 generation, const QString &path, const QString &expectedSha256)
{
    if (generation != m_latestGeneration->load())
        return;
    m_document.reset();
    m_documentGeneration = generation;
    m_nextThumbnail = 0;
    m_thumbnailWidth = 0;
    m_data.clear();
    const QFileInfo info(path);
    if (!info.exists()) {
        Q_EMIT failed(generation, tr("The file is no longer at %1.").arg(path));
        return;
    }
    const bool changed = !expectedSha256.isEmpty() && !fileMatches(path, expectedSha256);
    adopt(generation, Poppler::Document::load(path), changed);
}

void PageRenderWorker::openData(quint64 generation, const QByteArray &data)
{
    if (generation != m_latestGeneration->load())
        return;
    m_document.reset();
    m_documentGeneration = generation;
    m_nextThumbnail = 0;
    m_thumbnailWidth = 0;
    m_data = data; // must outlive the document made from it
    adopt(generation, Poppler::Document::loadFromData(m_data), false);
}

void PageRenderWorker::adopt(quint64 generation, std::unique_ptr<Poppler::Document> document, bool fileChanged)
{
    if (!document) {
        Q_EMIT failed(generation, tr("The pages cannot be shown: the file cannot be opened as a PDF."));
        return;
    }
    if (document->isLocked()) {
        Q_EMIT failed(generation, tr("The pages cannot be shown: the document is encrypted and needs a password to open."));
        return;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    document->setRenderHint(Poppler::Document::TextHinting);
    QList<PageInfo> pages;
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page) {
            pages.append(PageInfo{QSizeF(595, 842), 0}); // an unreadable page keeps its place as A4
            continue;
        }
        pages.append(PageInfo{page->pageSizeF(), rotationOf(page->orientation())});
    }
    if (pages.isEmpty()) {
        Q_EMIT failed(generation, tr("The document has no pages to show."));
        return;
    }
    m_document = std::move(document);
    Q_EMIT opened(generation, pages, fileChanged);
}

void PageRenderWorker::close(quint64 generation)
{
    m_document.reset();
    m_data.clear();
    m_documentGeneration = generation;
}

void PageRenderWorker::renderPage(quint64 generation, quint64 request, int page, double dpi)
{
    if (!isCurrent(generation) || request != m_latestPageRequest->load())
        return;
    std::unique_ptr<Poppler::Page> p = m_document->page(page);
    if (!p)
        return;
    const QImage image = p->renderToImage(dpi, dpi);
    Q_EMIT pageRendered(generation, page, dpi, image);
}

void PageRenderWorker::renderThumbnails(quint64 generation, int width)
{
    if (!isCurrent(generation))
        return;
    m_thumbnailWidth = width;
    m_nextThumbnail = 0;
    renderNextThumbnail(generation);
}

void PageRenderWorker::renderNextThumbnail(quint64 generation)
{
    if (!isCurrent(generation) || m_nextThumbnail >= m_document->numPages())
        return;
    const int index = m_nextThumbnail++;
    if (std::unique_ptr<Poppler::Page> p = m_document->page(index)) {
        const QSizeF size = p->pageSizeF();
        const double dpi = size.width() > 0 ? 72.0 * m_thumbnailWidth / size.width() : 72.0;
        Q_EMIT thumbnailRendered(generation, index, p->renderToImage(dpi, dpi));
    }
    // One page per event: a page request from the user gets in between two thumbnails.
    QMetaObject::invokeMethod(this, "renderNextThumbnail", Qt::QueuedConnection, Q_ARG(quint64, generation));
}

} // namespace granska
