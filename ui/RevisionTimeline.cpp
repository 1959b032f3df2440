#include "RevisionTimeline.h"

#include "Presentation.h"
#include "RevisionTimelineModel.h"
#include "StatusIcons.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace granska {
namespace {

// Draws one revision as a node on a vertical line: the title and time, then one line per
// signature and one per change, each with its icon.
class TimelineDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int kGutter = 30;  // room for the line and the node
    static constexpr int kPadding = 6;
    static constexpr int kIcon = 16;

    static int lineHeight(const QFontMetrics &fm) { return qMax(fm.height(), kIcon) + 4; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics fm(option.font);
        const int lines = 2 + int(index.data(RevisionTimelineModel::SignaturesRole).toList().size())
                        + int(index.data(RevisionTimelineModel::ChangesRole).toList().size());
        return QSize(260, lines * lineHeight(fm) + 2 * kPadding + 6);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect r = option.rect;
        const QFontMetrics fm(option.font);
        const int lh = lineHeight(fm);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted = selected ? text : option.palette.color(group, QPalette::PlaceholderText);

        // The line runs through every entry; the first starts and the last ends at its node.
        const int lineX = r.left() + kGutter / 2;
        const int nodeY = r.top() + kPadding + lh / 2;
        const int rows = index.model()->rowCount();
        const QColor lineColour(140, 140, 140);
        painter->setPen(QPen(lineColour, 2));
        painter->drawLine(QPoint(lineX, index.row() == 0 ? nodeY : r.top()),
                          QPoint(lineX, index.row() == rows - 1 ? nodeY : r.bottom() + 1));
        const bool forbidden = index.data(RevisionTimelineModel::ForbiddenChangesRole).toBool();
        const bool isFinal = index.data(RevisionTimelineModel::IsFinalRole).toBool();
        const bool signedHere = index.data(RevisionTimelineModel::SignedRole).toBool();
        // Signed revisions are solid nodes, unsigned ones hollow; a forbidden change rings it red.
        painter->setPen(QPen(forbidden ? QColor(198, 40, 40) : QColor(21, 101, 192), forbidden ? 3 : 2));
        painter->setBrush(signedHere ? QColor(21, 101, 192) : option.palette.color(QPalette::Base));
        const int radius = isFinal ? 7 : 6;
        painter->drawEllipse(QPoint(lineX, nodeY), radius, radius);

        int x = r.left() + kGutter;
        const int width = r.right() - x - kPadding;
        int y = r.top() + kPadding;
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(QRect(x, y, width, lh), Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, width));
        y += lh;
        painter->setFont(option.font);
        painter->setPen(muted);
        painter->drawText(QRect(x, y, width, lh), Qt::AlignVCenter | Qt::AlignLeft,
                          fm.elidedText(index.data(RevisionTimelineModel::TimeTextRole).toString(), Qt::ElideRight, width));
        y += lh;

        auto iconLine = [&](const QIcon &icon, const QString &line) {
            icon.paint(painter, QRect(x, y + (lh - kIcon) / 2, kIcon, kIcon));
            painter->setPen(text);
            const int textX = x + kIcon + 6;
            painter->drawText(QRect(textX, y, width - kIcon - 6, lh), Qt::AlignVCenter | Qt::AlignLeft,
                              fm.elidedText(line, Qt::ElideRight, width - kIcon - 6));
            y += lh;
        };
        for (const QVariant &v : index.data(RevisionTimelineModel::SignaturesRole).toList()) {
            const QVariantMap s = v.toMap();
            iconLine(integrityIcon(integrityLike(Indication(s.value(QStringLiteral("indication")).toInt()))),
                     s.value(QStringLiteral("text")).toString());
        }
        for (const QVariant &v : index.data(RevisionTimelineModel::ChangesRole).toList()) {
            const QVariantMap c = v.toMap();
            iconLine(c.value(QStringLiteral("permitted")).toBool() ? integrityIcon(Integrity::Intact) : integrityIcon(Integrity::Broken),
                     c.value(QStringLiteral("text")).toString());
        }
        painter->restore();
    }
};

} // namespace

RevisionTimeline::RevisionTimeline(QWidget *parent) : QWidget(parent)
{
    m_model = new RevisionTimelineModel(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setMargin(6);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("revisionTimeline"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setMouseTracking(true);
    m_compare = new QPushButton(this);
    m_save = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 0, 6, 6);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    // Every revision shown is read from disk and checked against the assessment: wait until the
    // user stops on one. Enter or a double click shows it at once.
    m_viewDelay = new QTimer(this);
    m_viewDelay->setSingleShot(true);
    m_viewDelay->setInterval(250);
    connect(m_viewDelay, &QTimer::timeout, this, [this] {
        if (currentRevision() > 0)
            Q_EMIT viewRequested(currentRevision());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        updateButtons();
        if (!m_following && current.isValid())
            m_viewDelay->start();
    });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        m_viewDelay->stop();
        Q_EMIT viewRequested(index.data(RevisionTimelineModel::RevisionRole).toInt());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        retranslateUi();
        updateButtons();
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (currentRevision() > 0)
            Q_EMIT compareRequested(currentRevision());
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (currentRevision() > 0)
            Q_EMIT saveRequested(currentRevision());
    });
    retranslateUi();
    updateButtons();
}

int RevisionTimeline::currentRevision() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(RevisionTimelineModel::RevisionRole).toInt() : 0;
}

void RevisionTimeline::setCurrentRevision(int revision)
{
    m_viewDelay->stop();
    m_following = true;
    const QModelIndex index = m_model->indexForRevision(revision);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    else
        m_view->clearSelection();
    m_following = false;
    updateButtons();
}

void RevisionTimeline::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool earlier = current.isValid() && !current.data(RevisionTimelineModel::IsFinalRole).toBool();
    m_compare->setEnabled(earlier);
    m_save->setEnabled(current.isValid());
}

void RevisionTimeline::retranslateUi()
{
    const int count = m_model->revisionCount();
    m_heading->setText(count <= 1 ? tr("The document has a single revision: it was not changed after it was first saved.")
                                  : tr("The document was saved in %1 revisions. Each later revision only adds to the "
                                       "earlier ones; select one to see its pages as they were then.")
                                        .arg(count));
    m_view->setAccessibleName(tr("Revision timeline"));
    m_view->setAccessibleDescription(tr("The document's revisions, oldest first, with their signatures and changes"));
    m_compare->setText(tr("&Compare with Final Version…"));
    m_compare->setToolTip(tr("Show the selected revision and the final version side by side, with what changed highlighted"));
    m_save->setText(tr("Sav&e Revision As…"));
    m_save->setToolTip(tr("Save the selected revision as a PDF file of its own"));
    m_model->retranslate();
}

void RevisionTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace granska
