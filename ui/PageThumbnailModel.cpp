#include "PageThumbnailModel.h"

#include <QPainter>

namespace granska {

PageThumbnailModel::PageThumbnailModel(QObject *parent) : QAbstractListModel(parent) {}

void PageThumbnailModel::setPages(const QList<PageInfo> &pages, int thumbnailWidth, qreal devicePixelRatio)
{
    beginResetModel();
    m_pages = pages;
    m_width = thumbnailWidth;
    m_devicePixelRatio = devicePixelRatio;
    m_thumbnails.clear();
    for (const PageInfo &page : pages)
        m_thumbnails.append(placeholder(page.size));
    endResetModel();
}

void PageThumbnailModel::clear()
{
    setPages({}, m_width, m_devicePixelRatio);
}

QIcon PageThumbnailModel::untinted(const QPixmap &pixmap)
{
    QIcon icon;
    icon.addPixmap(pixmap, QIcon::Normal);
    icon.addPixmap(pixmap, QIcon::Selected);
    return icon;
}

QIcon PageThumbnailModel::placeholder(const QSizeF &pageSize) const
{
    const qreal aspect = pageSize.width() > 0 ? pageSize.height() / pageSize.width() : 1.414;
    const QSize size(m_width, qMax(1, qRound(m_width * aspect)));
    QPixmap pixmap(size * m_devicePixelRatio);
    pixmap.setDevicePixelRatio(m_devicePixelRatio);
    pixmap.fill(QColor(245, 245, 245));
    QPainter painter(&pixmap);
    painter.setPen(QColor(200, 200, 200));
    painter.drawRect(QRectF(0, 0, size.width() - 1, size.height() - 1));
    painter.end();
    return untinted(pixmap);
}

void PageThumbnailModel::setThumbnail(int pageIndex, const QImage &image)
{
    if (pageIndex < 0 || pageIndex >= m_thumbnails.size() || image.isNull())
        return;
    QPixmap pixmap = QPixmap::fromImage(image);
    {
        // Pages are mostly white, like the list behind them: a thin frame shows where they end.
        QPainter painter(&pixmap);
        painter.setPen(QColor(190, 190, 190));
        painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    }
    pixmap.setDevicePixelRatio(m_devicePixelRatio);
    m_thumbnails[pageIndex] = untinted(pixmap);
    const QModelIndex changed = index(pageIndex);
    Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
}

int PageThumbnailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

QVariant PageThumbnailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_pages.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(index.row() + 1);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("Page %1").arg(index.row() + 1);
    case Qt::DecorationRole:
        return m_thumbnails.at(index.row());
    case PageNumberRole:
        return index.row() + 1;
    }
    return {};
}

} // namespace granska
