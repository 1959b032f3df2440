#include "DocumentItemDelegate.h"

#include "DocumentListModel.h"

#include <QApplication>
#include <QPainter>

namespace granska {
namespace {

constexpr int kPadding = 5;
constexpr int kIconSize = 22;

} // namespace

QFont DocumentItemDelegate::summaryFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

QSize DocumentItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int height = option.fontMetrics.height() + QFontMetrics(summaryFont(option.font)).height() + 3 * kPadding;
    size.setHeight(qMax(height, kIconSize + 2 * kPadding));
    return size;
}

void DocumentItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The background and selection as the style draws them, without the default text and icon.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor ink = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor faint = ink;
    if (!selected)
        faint = opt.palette.color(group, QPalette::PlaceholderText);

    const QRect area = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QRect iconRect(area.left(), area.top() + (area.height() - kIconSize) / 2, kIconSize, kIconSize);
    icon.paint(painter, iconRect);

    const int textLeft = iconRect.right() + 1 + 2 * kPadding;
    const int textWidth = qMax(0, area.right() - textLeft);
    const QFont nameFont = opt.font;
    const QFont smallFont = summaryFont(opt.font);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics smallMetrics(smallFont);

    painter->save();
    painter->setFont(nameFont);
    painter->setPen(ink);
    const QRect nameRect(textLeft, area.top(), textWidth, nameMetrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle, textWidth));
    painter->setFont(smallFont);
    painter->setPen(faint);
    const QRect summaryRect(textLeft, nameRect.bottom() + 1 + kPadding / 2, textWidth, smallMetrics.height());
    painter->drawText(summaryRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(index.data(DocumentListModel::SummaryRole).toString(), Qt::ElideRight, textWidth));
    painter->restore();
}

} // namespace granska
