// Renders PDF pages with Poppler on a worker thread of its own, so that the window never waits for
// a page. The worker keeps its own Poppler::Document (Poppler documents must not be shared between
// threads). Every document switch starts a new generation: work and results of an older one are
// dropped, so a slow page of the previous document can never appear over the current one.
#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QSizeF>
#include <QThread>
#include <atomic>
#include <memory>

namespace granska {

class PageRenderWorker;

struct PageInfo {
    QSizeF size;     // in points, as displayed (rotation applied)
    int rotation = 0; // 0, 90, 180 or 270 degrees, clockwise
};

class PageRenderer : public QObject {
    Q_OBJECT
public:
    explicit PageRenderer(QObject *parent = nullptr);
    ~PageRenderer() override;

    // Opens `path` for rendering; when `expectedSha256` is given the worker also checks that the
    // file is still the one that was assessed. Answers with documentOpened or documentFailed.
    void openDocument(const QString &path, const QString &expectedSha256 = {});
    // Opens a document held in memory (an earlier revision of a file); answers the same way.
    void openDocumentData(const QByteArray &data);
    void closeDocument();
    // Renders one page at `dpi` (device pixels per inch). Older page requests still waiting are
    // skipped, so zooming quickly renders only the last zoom level.
    void requestPage(int page, double dpi);
    // Renders small images of every page, `width` pixels wide, one thumbnailReady each.
    void requestThumbnails(int width);

    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    void documentOpened(const QList<granska::PageInfo> &pages, bool fileChanged);
    void documentFailed(const QString &message);
    void pageReady(int page, double dpi, const QImage &image);
    void thumbnailReady(int page, const QImage &image);

private:
    QThread m_thread;
    PageRenderWorker *m_worker = nullptr;
    quint64 m_generation = 0;
    // Shared with the worker so it can skip outdated work without waiting for its queue.
    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    std::shared_ptr<std::atomic<quint64>> m_latestPageRequest;
    quint64 m_pageRequest = 0;
};

} // namespace granska

Q_DECLARE_METATYPE(granska::PageInfo)
