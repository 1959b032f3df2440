#include "FindingsPane.h"

#include "DocumentInfoView.h"
#include "FindingsModel.h"
#include "Presentation.h"
#include "SignatureDetailsView.h"
#include "PreservationChecklist.h"
#include "SignatureModel.h"
#include "StatusIcons.h"

#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace granska {
namespace {

QTreeView *makeTree(QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    return view;
}

// Long findings wrap instead of being cut short. QTreeView asks its delegate for row heights
// without telling it the column width, so this delegate works the width out from the view.
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        const int width = qMax(80, m_view->viewport()->width() - depth * m_view->indentation());
        opt.features |= QStyleOptionViewItem::WrapText;
        opt.rect = QRect(0, 0, width, 1 << 16);
        const QStyle *style = m_view->style();
        QSize size = style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), m_view);
        size.setWidth(width);
        size.rheight() += 4; // a little air between wrapped findings
        return size;
    }

private:
    QTreeView *m_view;
};

// The icon of the worst signature, for the tab: the one most in need of the archivist's eye.
QIcon worstSignatureIcon(const Assessment &a)
{
    const SignatureInfo *worst = nullptr;
    auto rank = [](const SignatureInfo &s) {
        if (!isValidated(s))
            return s.integrity == Integrity::Broken ? 3 : s.integrity == Integrity::Unverifiable ? 2 : 0;
        return s.indication == Indication::TotalFailed ? 3 : s.indication == Indication::Indeterminate ? 2 : 1;
    };
    for (const SignatureInfo &s : a.signatures) {
        if (!worst || rank(s) > rank(*worst))
            worst = &s;
    }
    return worst ? signatureStatusIcon(*worst) : QIcon();
}

} // namespace

FindingsPane::FindingsPane(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); font-size: 11pt; }"));
    m_stack->addWidget(m_message);

    m_tabs = new QTabWidget(m_stack);
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_tabs);

    // First: whether the document can go to the e-archive, requirement by requirement.
    m_checklist = new PreservationChecklistView(m_tabs);
    m_tabs->addTab(m_checklist, QString());

    m_documentInfo = new DocumentInfoView(m_tabs);
    m_tabs->addTab(m_documentInfo, QString());

    // PDF/A: the rule tree, and the full text of the selected item below it.
    m_pdfaSplitter = new QSplitter(Qt::Vertical, m_tabs);
    m_findingsModel = new FindingsModel(this);
    m_findingsView = makeTree(m_pdfaSplitter);
    m_findingsView->setModel(m_findingsModel);
    m_findingsView->setHeaderHidden(true);
    m_findingsView->setUniformRowHeights(false);
    m_findingsView->setWordWrap(true);
    m_findingsView->setTextElideMode(Qt::ElideNone);
    m_findingsView->setItemDelegate(new WrappingDelegate(m_findingsView));
    m_findingsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findingDetails = new QLabel;
    m_findingDetails->setWordWrap(true);
    m_findingDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_findingDetails->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_findingDetails->setMargin(8);
    m_findingDetailsScroll = new QScrollArea(m_pdfaSplitter);
    m_findingDetailsScroll->setWidget(m_findingDetails);
    m_findingDetailsScroll->setWidgetResizable(true);
    m_pdfaSplitter->addWidget(m_findingsView);
    m_pdfaSplitter->addWidget(m_findingDetailsScroll);
    m_pdfaSplitter->setStretchFactor(0, 3);
    m_pdfaSplitter->setStretchFactor(1, 1);
    m_pdfaSplitter->setSizes({500, 180});
    // Tree views lay out wrapped rows once; when the pane changes width they must do it again.
    m_findingsRelayout = new QTimer(this);
    m_findingsRelayout->setSingleShot(true);
    m_findingsRelayout->setInterval(0);
    connect(m_findingsRelayout, &QTimer::timeout, m_findingsView, &QTreeView::doItemsLayout);
    m_findingsView->viewport()->installEventFilter(this);
    m_tabs->addTab(m_pdfaSplitter, QString());

    // Signatures: revisions with their signatures, and the details of the selected one below.
    m_signatureSplitter = new QSplitter(Qt::Vertical, m_tabs);
    m_signatureModel = new SignatureModel(this);
    m_signatureView = makeTree(m_signatureSplitter);
    m_signatureView->setModel(m_signatureModel);
    // Names are never cut short: the name column fits its content (scrolling sideways in a narrow
    // pane) and the time column takes what is left.
    m_signatureView->header()->setStretchLastSection(true);
    m_signatureView->header()->setSectionResizeMode(SignatureModel::NameColumn, QHeaderView::ResizeToContents);
    m_signatureView->header()->setSectionResizeMode(SignatureModel::IntegrityColumn, QHeaderView::ResizeToContents);
    m_signatureView->header()->setSectionResizeMode(SignatureModel::ValidationColumn, QHeaderView::ResizeToContents);
    m_signatureDetails = new SignatureDetailsView(m_signatureSplitter);
    m_signatureSplitter->addWidget(m_signatureView);
    m_signatureSplitter->addWidget(m_signatureDetails);
    m_signatureSplitter->setStretchFactor(0, 1);
    m_signatureSplitter->setStretchFactor(1, 3);
    m_signatureSplitter->setSizes({180, 520});
    m_tabs->addTab(m_signatureSplitter, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_signatureView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showSignatureDetails();
    });
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showFindingDetails();
    });

    // The verdict first: it says whether to read on, and where.
    m_tabs->setCurrentIndex(VerdictTab);
    retranslateUi();
    showMessage(QString());
}

QTextBrowser *FindingsPane::signatureDetails() const
{
    return m_signatureDetails->summary();
}

void FindingsPane::showMessage(const QString &message)
{
    m_hasAssessment = false;
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

void FindingsPane::setAssessment(const Assessment &assessment, bool fromHistory)
{
    m_assessment = assessment;
    m_hasAssessment = true;
    m_selectingProgrammatically = true;
    m_checklist->setAssessment(assessment);
    m_documentInfo->setAssessment(assessment, fromHistory);
    m_findingsModel->setAssessment(assessment);
    m_findingsView->expandAll();
    m_signatureModel->setAssessment(assessment);
    m_signatureDetails->setAssessment(assessment);
    m_signatureView->expandAll();
    // Open on the first signature: that is what the archivist came for (and its page, when it has
    // a visible widget).
    const QModelIndex first = m_signatureModel->indexForSignature(0);
    if (first.isValid())
        m_signatureView->setCurrentIndex(first);
    showSignatureDetails();
    showFindingDetails();
    m_selectingProgrammatically = false;
    updateTabTitles();
    m_stack->setCurrentWidget(m_tabs);
}

void FindingsPane::showSignatureDetails()
{
    const QModelIndex current = m_signatureView->currentIndex();
    const int signature = current.isValid() ? current.data(SignatureModel::SignatureIndexRole).toInt() : -1;
    if (signature >= 0)
        m_signatureDetails->showSignature(signature);
    else if (current.isValid() && current.data(SignatureModel::NodeKindRole).toInt() == SignatureModel::RevisionNode)
        m_signatureDetails->showRevision(current.data(SignatureModel::RevisionRole).toInt());
    else
        m_signatureDetails->showNothing();
    // Also when the first signature is selected automatically: its widget is worth seeing at once.
    if (!current.isValid())
        return;
    const int page = current.data(SignatureModel::PageRole).toInt();
    if (page > 0 && current.data(SignatureModel::WidgetVisibleRole).toBool())
        Q_EMIT pageRequested(page, current.data(SignatureModel::WidgetRectRole).toRectF());
}

void FindingsPane::showFindingDetails()
{
    const QModelIndex current = m_findingsView->currentIndex();
    m_findingDetails->setText(current.isValid() ? current.data(FindingsModel::DetailTextRole).toString()
                                                : tr("Select an item to see it in full."));
    if (m_selectingProgrammatically || !current.isValid())
        return;
    const int page = current.data(FindingsModel::PageRole).toInt();
    if (page > 0)
        Q_EMIT pageRequested(page, QRectF());
}

void FindingsPane::updateTabTitles()
{
    m_tabs->setTabText(VerdictTab, tr("Verdict"));
    m_tabs->setTabText(DocumentTab, tr("Document"));
    m_tabs->setTabText(PdfaTab, tr("PDF/A"));
    m_tabs->setTabText(SignaturesTab, m_hasAssessment && !m_assessment.signatures.isEmpty()
                                          ? tr("Signatures (%1)").arg(m_assessment.signatures.size())
                                          : tr("Signatures"));
    const bool assessed = m_hasAssessment && m_assessment.status == AssessmentStatus::Ok;
    m_tabs->setTabIcon(VerdictTab, m_hasAssessment ? readinessIcon(m_checklist->model()->verdict().readiness) : QIcon());
    m_tabs->setTabIcon(DocumentTab, m_hasAssessment ? documentIcon(statusOf(m_assessment), &m_assessment) : QIcon());
    m_tabs->setTabIcon(PdfaTab, assessed ? verdictIcon(m_assessment.pdfa.compliant) : QIcon());
    m_tabs->setTabIcon(SignaturesTab, assessed ? worstSignatureIcon(m_assessment) : QIcon());
}

void FindingsPane::retranslateUi()
{
    m_tabs->setAccessibleName(tr("Findings"));
    m_findingsView->setAccessibleName(tr("PDF/A findings"));
    m_findingDetails->setAccessibleName(tr("Finding details"));
    m_findingDetailsScroll->setAccessibleName(tr("Finding details"));
    m_signatureView->setAccessibleName(tr("Revisions and signatures"));
    m_findingsModel->retranslate();
    m_signatureModel->retranslate();
    updateTabTitles();
    if (m_hasAssessment) {
        const bool quiet = m_selectingProgrammatically;
        m_selectingProgrammatically = true;
        showSignatureDetails();
        showFindingDetails();
        m_selectingProgrammatically = quiet;
    }
}

bool FindingsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findingsView->viewport() && event->type() == QEvent::Resize)
        m_findingsRelayout->start();
    return QWidget::eventFilter(watched, event);
}

void FindingsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QByteArray FindingsPane::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_pdfaSplitter->saveState() << m_signatureSplitter->saveState() << m_tabs->currentIndex();
    return state;
}

void FindingsPane::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    QByteArray pdfa, signatures;
    int tab = VerdictTab;
    in >> pdfa >> signatures >> tab;
    if (in.status() != QDataStream::Ok)
        return;
    m_pdfaSplitter->restoreState(pdfa);
    m_signatureSplitter->restoreState(signatures);
    m_tabs->setCurrentIndex(qBound(0, tab, m_tabs->count() - 1));
}

} // namespace granska
