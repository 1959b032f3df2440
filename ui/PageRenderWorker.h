// The thread-side half of PageRenderer: owns the Poppler document and does the rendering.
#pragma once

#include "PageRenderer.h"

#include <QObject>
#include <memory>

namespace Poppler {
class Document;
}

namespace granska {

class PageRenderWorker : public QObject {
    Q_OBJECT
public:
    PageRenderWorker(std::shared_ptr<std::atomic<quint64>> latestGeneration,
                     std::shared_ptr<std::atomic<quint64>> latestPageRequest);
    ~PageRenderWorker() override;

public Q_SLOTS:
    void open(quint64 generation, const QString &path, const QString &expectedSha256);
    void openData(quint64 generation, const QByteArray &data);
    void close(quint64 generation);
    void renderPage(quint64 generation, quint64 request, int page, double dpi);
    void renderThumbnails(quint64 generation, int width);

Q_SIGNALS:
    void opened(quint64 generation, const QList<granska::PageInfo> &pages, bool fileChanged);
    void failed(quint64 generation, const QString &message);
    void pageRendered(quint64 generation, int page, double dpi, const QImage &image);
    void thumbnailRendered(quint64 generation, int page, const QImage &image);

private Q_SLOTS:
    void renderNextThumbnail(quint64 generation);

private:
    bool isCurrent(quint64 generation) const;
    // Takes a freshly loaded document (null when Poppler could not read it) and announces it.
    void adopt(quint64 generation, std::unique_ptr<Poppler::Document> document, bool fileChanged);

    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    std::shared_ptr<std::atomic<quint64>> m_latestPageRequest;
    std::unique_ptr<Poppler::Document> m_document;
    QByteArray m_data; // the bytes of a document opened from memory; Poppler reads them in place
    quint64 m_documentGeneration = 0;
    int m_thumbnailWidth = 0;
    int m_nextThumbnail = 0;
};

} // namespace granska
