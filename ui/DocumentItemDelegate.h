// Draws a document in the list on two lines: its status icon and file name, and under them what
// the assessment concluded. Long archive file names stay readable in a narrow pane.
#pragma once

#include <QStyledItemDelegate>

namespace granska {

class DocumentItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QFont summaryFont(const QFont &base);
};

} // namespace granska
