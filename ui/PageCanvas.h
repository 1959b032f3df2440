// One page, drawn at the current zoom: the last rendered image, scaled while a sharper one is on
// its way, with an optional highlighted rectangle (a signature's widget).
#pragma once

#include "PageRenderer.h"

#include <QImage>
#include <QRectF>
#include <QWidget>

namespace granska {

class PageCanvas : public QWidget {
    Q_OBJECT
public:
    explicit PageCanvas(QWidget *parent = nullptr);

    void setPage(const PageInfo &page);
    void setZoom(double zoom); // 1.0 = the page at its real size on this screen
    double zoom() const { return m_zoom; }
    void setImage(const QImage &image);
    void clearImage();
    // A rectangle in PDF user space (origin bottom left of the unrotated page); null clears it.
    void setHighlight(const QRectF &userSpaceRect);
    QRect highlightRect() const; // in widget coordinates; null when none

    double pixelsPerPoint() const; // at zoom 1.0
    QSize pageSizeInPixels() const;
    static constexpr int kMargin = 12;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF pageRect() const;

    PageInfo m_page;
    double m_zoom = 1.0;
    QImage m_image;
    QRectF m_highlight;
};

} // namespace granska
