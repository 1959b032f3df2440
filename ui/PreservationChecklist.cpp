#include "PreservationChecklist.h"

#include "StatusIcons.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QVBoxLayout>

namespace granska {
namespace {

constexpr int kMargin = 6;
constexpr int kIconSize = 20;
constexpr int kGap = 8;

// A mark for copied text, which has no colour or icon.
QString plainMark(CheckState state)
{
    switch (state) {
    case CheckState::Pass: return QStringLiteral("\u2714");
    case CheckState::Fail: return QStringLiteral("\u2718");
    case CheckState::Warning: return QStringLiteral("!");
    case CheckState::Info: return QStringLiteral("i");
    case CheckState::NotApplicable: break;
    }
    return QStringLiteral("\u2013");
}

QColor readinessColour(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready: return checkStateColour(CheckState::Pass);
    case Readiness::NeedsReview: return checkStateColour(CheckState::Warning);
    case Readiness::NotReady: break;
    }
    return checkStateColour(CheckState::Fail);
}

} // namespace

QColor checkStateColour(CheckState state)
{
    // Dark enough for text on a light background (contrast above 4.5:1 on white).
    switch (state) {
    case CheckState::Pass: return QColor(0x1b, 0x6e, 0x35);
    case CheckState::Fail: return QColor(0xb0, 0x1e, 0x1e);
    case CheckState::Warning: return QColor(0x9a, 0x52, 0x00);
    case CheckState::Info: return QColor(0x1f, 0x5a, 0xa0);
    case CheckState::NotApplicable: break;
    }
    return QColor(0x5f, 0x63, 0x68);
}

QIcon checkStateIcon(CheckState state)
{
    switch (state) {
    case CheckState::Pass: return statusIcon(DocumentStatus::Clean);
    case CheckState::Fail: return statusIcon(DocumentStatus::Error);
    case CheckState::Warning: return severityIcon(Severity::Warning);
    case CheckState::Info: return severityIcon(Severity::Info);
    case CheckState::NotApplicable: break;
    }
    return statusIcon(DocumentStatus::Cancelled);
}

QIcon readinessIcon(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready: return checkStateIcon(CheckState::Pass);
    case Readiness::NeedsReview: return checkStateIcon(CheckState::Warning);
    case Readiness::NotReady: break;
    }
    return checkStateIcon(CheckState::Fail);
}

// --- Model -----------------------------------------------------------------------------------------

PreservationChecklistModel::PreservationChecklistModel(QObject *parent) : QAbstractListModel(parent) {}

void PreservationChecklistModel::setAssessment(const Assessment &assessment)
{
    beginResetModel();
    m_assessment = assessment;
    m_hasAssessment = true;
    m_verdict = preservationVerdict(assessment);
    endResetModel();
}

void PreservationChecklistModel::clear()
{
    beginResetModel();
    m_assessment = {};
    m_hasAssessment = false;
    m_verdict = {};
    endResetModel();
}

void PreservationChecklistModel::retranslate()
{
    if (m_hasAssessment)
        setAssessment(m_assessment);
}

int PreservationChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_verdict.checks.size());
}

QVariant PreservationChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_verdict.checks.size())
        return {};
    const PreservationCheck &check = m_verdict.checks[index.row()];
    switch (role) {
    case Qt::DisplayRole: return check.title;
    case Qt::DecorationRole: return checkStateIcon(check.state);
    case Qt::ForegroundRole: return checkStateColour(check.state);
    case Qt::ToolTipRole: return check.reason;
    case Qt::AccessibleTextRole: return tr("%1: %2.").arg(check.title, checkStateText(check.state));
    case Qt::AccessibleDescriptionRole: return check.reason;
    case StateRole: return int(check.state);
    case StateTextRole: return checkStateText(check.state);
    case ReasonRole: return check.reason;
    case CheckIdRole: return check.id;
    default: break;
    }
    return {};
}

QHash<int, QByteArray> PreservationChecklistModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(ReasonRole, "reason");
    names.insert(CheckIdRole, "checkId");
    return names;
}

QString PreservationChecklistModel::plainText(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_verdict.checks.size())
        return {};
    const PreservationCheck &check = m_verdict.checks[index.row()];
    return tr("%1 %2 \u2014 %3: %4").arg(plainMark(check.state), check.title, checkStateText(check.state), check.reason);
}

// --- Delegate --------------------------------------------------------------------------------------

PreservationCheckDelegate::PreservationCheckDelegate(QListView *view) : QStyledItemDelegate(view), m_view(view) {}

namespace {

struct CheckLayout {
    QRect icon;
    QRect title;
    QRect reason;
    int height = 0;
};

CheckLayout layoutCheck(const QStyleOptionViewItem &option, int width, const QString &title, const QString &reason)
{
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics titleMetrics(bold);
    const QFontMetrics reasonMetrics(option.font);
    const int textLeft = kMargin + kIconSize + kGap;
    const int textWidth = qMax(60, width - textLeft - kMargin);
    CheckLayout l;
    const QRect titleBounds = titleMetrics.boundingRect(QRect(0, 0, textWidth, 1 << 16), Qt::TextWordWrap, title);
    const QRect reasonBounds = reasonMetrics.boundingRect(QRect(0, 0, textWidth, 1 << 16), Qt::TextWordWrap, reason);
    l.icon = QRect(kMargin, kMargin + qMax(0, (titleMetrics.height() - kIconSize) / 2), kIconSize, kIconSize);
    l.title = QRect(textLeft, kMargin, textWidth, titleBounds.height());
    l.reason = QRect(textLeft, l.title.bottom() + 3, textWidth, reasonBounds.height());
    l.height = qMax(l.icon.bottom(), l.reason.bottom()) + kMargin + 2;
    return l;
}

} // namespace

void PreservationCheckDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The background and the focus frame as the style draws them, without its text.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const auto state = CheckState(index.data(PreservationChecklistModel::StateRole).toInt());
    const QString title = tr("%1 \u2014 %2").arg(index.data(Qt::DisplayRole).toString(),
                                                 index.data(PreservationChecklistModel::StateTextRole).toString());
    const QString reason = index.data(PreservationChecklistModel::ReasonRole).toString();
    const CheckLayout l = layoutCheck(option, option.rect.width(), title, reason);
    const QPoint origin = option.rect.topLeft();
    const bool selected = option.state & QStyle::State_Selected;

    painter->save();
    checkStateIcon(state).paint(painter, l.icon.translated(origin));
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : checkStateColour(state));
    painter->drawText(l.title.translated(origin), Qt::TextWordWrap, title);
    painter->setFont(option.font);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(l.reason.translated(origin), Qt::TextWordWrap, reason);
    painter->restore();
}

QSize PreservationCheckDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The list does not pass its width to the delegate; the rows fill the viewport.
    const int width = qMax(200, m_view->viewport()->width());
    const QString title = tr("%1 \u2014 %2").arg(index.data(Qt::DisplayRole).toString(),
                                                 index.data(PreservationChecklistModel::StateTextRole).toString());
    const CheckLayout l = layoutCheck(option, width, title, index.data(PreservationChecklistModel::ReasonRole).toString());
    return QSize(width, l.height);
}

// --- View ------------------------------------------------------------------------------------------

PreservationChecklistView::PreservationChecklistView(QWidget *parent) : QWidget(parent)
{
    m_model = new PreservationChecklistModel(this);

    auto *banner = new QWidget(this);
    m_bannerIcon = new QLabel(banner);
    m_bannerIcon->setFixedSize(28, 28);
    m_bannerText = new QLabel(banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *bannerLayout = new QHBoxLayout(banner);
    bannerLayout->setContentsMargins(10, 8, 10, 4);
    bannerLayout->setSpacing(10);
    bannerLayout->addWidget(m_bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);

    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PreservationCheckDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust); // rows wrap again when the pane changes width
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->installEventFilter(this);

    auto *copyAction = new QAction(this);
    copyAction->setObjectName(QStringLiteral("copyChecklist"));
    connect(copyAction, &QAction::triggered, this, &PreservationChecklistView::copy);
    m_list->addAction(copyAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner);
    layout->addWidget(m_list, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &PreservationChecklistView::updateBanner);
    retranslateUi();
    updateBanner();
}

void PreservationChecklistView::setAssessment(const Assessment &assessment)
{
    m_model->setAssessment(assessment);
}

void PreservationChecklistView::updateBanner()
{
    const PreservationVerdict &verdict = m_model->verdict();
    if (verdict.checks.isEmpty()) {
        m_bannerIcon->clear();
        m_bannerText->clear();
        return;
    }
    m_bannerIcon->setPixmap(readinessIcon(verdict.readiness).pixmap(28, 28));
    m_bannerText->setText(QStringLiteral("<span style=\"font-size:13pt; font-weight:600; color:%1\">%2</span><br/>%3")
                              .arg(readinessColour(verdict.readiness).name(), readinessText(verdict.readiness).toHtmlEscaped(),
                                   readinessSummary(verdict).toHtmlEscaped()));
    m_bannerText->setAccessibleName(readinessSummary(verdict));
}

QString PreservationChecklistView::text(bool selectedOnly) const
{
    const PreservationVerdict &verdict = m_model->verdict();
    QStringList lines;
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    if (!selectedOnly || rows.isEmpty()) {
        lines << readinessSummary(verdict);
        rows.clear();
        for (int i = 0; i < m_model->rowCount(); ++i)
            rows << m_model->index(i);
    }
    for (const QModelIndex &index : rows)
        lines << m_model->plainText(index);
    return lines.join(QLatin1Char('\n'));
}

void PreservationChecklistView::copy() const
{
    QGuiApplication::clipboard()->setText(text(true));
}

bool PreservationChecklistView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copy();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PreservationChecklistView::retranslateUi()
{
    m_list->setAccessibleName(tr("Preservation checklist"));
    m_list->setAccessibleDescription(tr("Each requirement for transfer to the e-archive, with its state and the reason"));
    m_bannerIcon->setAccessibleName(tr("Preservation verdict"));
    if (QAction *copyAction = findChild<QAction *>(QStringLiteral("copyChecklist")))
        copyAction->setText(tr("&Copy"));
    m_model->retranslate();
}

void PreservationChecklistView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace granska
