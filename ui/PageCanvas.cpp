#include "PageCanvas.h"

#include <QPainter>
#include <QPaintEvent>

namespace granska {

PageCanvas::PageCanvas(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void PageCanvas::setPage(const PageInfo &page)
{
    m_page = page;
    m_image = QImage();
    m_highlight = QRectF();
    resize(sizeHint());
    update();
}

void PageCanvas::setZoom(double zoom)
{
    m_zoom = zoom;
    resize(sizeHint());
    update();
}

void PageCanvas::setImage(const QImage &image)
{
    m_image = image;
    update();
}

void PageCanvas::clearImage()
{
    m_image = QImage();
    update();
}

void PageCanvas::setHighlight(const QRectF &userSpaceRect)
{
    m_highlight = userSpaceRect;
    update();
}

double PageCanvas::pixelsPerPoint() const
{
    return logicalDpiX() / 72.0;
}

QSize PageCanvas::pageSizeInPixels() const
{
    return (m_page.size * pixelsPerPoint() * m_zoom).toSize();
}

QSize PageCanvas::sizeHint() const
{
    return pageSizeInPixels() + QSize(2 * kMargin, 2 * kMargin);
}

QRectF PageCanvas::pageRect() const
{
    return QRectF(QPointF(kMargin, kMargin), QSizeF(pageSizeInPixels()));
}

QRect PageCanvas::highlightRect() const
{
    if (m_highlight.isNull() || m_page.size.isEmpty())
        return {};
    // From PDF user space (y up, unrotated) to the displayed page (y down, rotated clockwise).
    const bool sideways = m_page.rotation == 90 || m_page.rotation == 270;
    const double w = sideways ? m_page.size.height() : m_page.size.width();
    const double h = sideways ? m_page.size.width() : m_page.size.height();
    auto map = [&](double x, double y) -> QPointF {
        switch (m_page.rotation) {
        case 90: return {y, x};
        case 180: return {w - x, y};
        case 270: return {h - y, w - x};
        default: return {x, h - y};
        }
    };
    const QRectF r = m_highlight.normalized();
    const QRectF points = QRectF(map(r.left(), r.top()), map(r.right(), r.bottom())).normalized();
    const double scale = pixelsPerPoint() * m_zoom;
    return QRectF(points.topLeft() * scale, points.size() * scale).translated(kMargin, kMargin).toAlignedRect();
}

void PageCanvas::paintEvent(QPaintEvent *)
{
    if (m_page.size.isEmpty())
        return;
    QPainter painter(this);
    const QRectF page = pageRect();
    painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 60)); // a small shadow lifts the page
    painter.fillRect(page, Qt::white);
    if (!m_image.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(page, m_image);
    }
    const QRect highlight = highlightRect();
    if (!highlight.isNull()) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(21, 101, 192), 2.5));
        painter.setBrush(QColor(21, 101, 192, 40));
        painter.drawRect(highlight.adjusted(-2, -2, 2, 2));
    }
}

} // namespace granska
