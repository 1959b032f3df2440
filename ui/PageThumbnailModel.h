// The pages of the previewed document as a list of small images, filled in as the renderer
// delivers them; a plain placeholder of the right shape stands in until then.
#pragma once

#include "PageRenderer.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QPixmap>

namespace granska {

class PageThumbnailModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { PageNumberRole = Qt::UserRole + 1 /* 1-based */ };

    explicit PageThumbnailModel(QObject *parent = nullptr);

    void setPages(const QList<PageInfo> &pages, int thumbnailWidth, qreal devicePixelRatio);
    void setThumbnail(int pageIndex, const QImage &image);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QIcon placeholder(const QSizeF &pageSize) const;
    // The same image whether selected or not: the view's selection tint would hide the page.
    static QIcon untinted(const QPixmap &pixmap);

    QList<PageInfo> m_pages;
    QList<QIcon> m_thumbnails;
    int m_width = 96;
    qreal m_devicePixelRatio = 1.0;
};

} // namespace granska
