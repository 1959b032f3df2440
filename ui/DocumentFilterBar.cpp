#include "DocumentFilterBar.h"

#include "DocumentFilterModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace granska {

DocumentFilterBar::DocumentFilterBar(DocumentFilterModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_filterLabel = new QLabel(this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("documentFilter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterLabel->setBuddy(m_filter);
    for (DocumentFilterModel::Filter filter : DocumentFilterModel::filters())
        m_filter->addItem(QString(), int(filter));

    m_sortLabel = new QLabel(this);
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("documentSort"));
    m_sortLabel->setBuddy(m_sort);
    for (DocumentFilterModel::SortKey key : {DocumentFilterModel::SortKey::Added, DocumentFilterModel::SortKey::Name,
                                             DocumentFilterModel::SortKey::Status, DocumentFilterModel::SortKey::Time})
        m_sort->addItem(QString(), int(key));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterLabel);
    layout->addWidget(m_filter, 1);
    layout->addWidget(m_sortLabel);
    layout->addWidget(m_sort);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(DocumentFilterModel::Filter(m_filter->currentData().toInt()));
    });
    connect(m_sort, &QComboBox::activated, this, [this] {
        m_model->setSortKey(DocumentFilterModel::SortKey(m_sort->currentData().toInt()));
    });
    connect(m_model, &DocumentFilterModel::sortKeyChanged, this, [this](DocumentFilterModel::SortKey key) {
        // A header click sorts by a column that has no entry here: show no entry rather than a wrong one.
        m_sort->setCurrentIndex(m_sort->findData(int(key)));
    });
    connect(m_model, &DocumentFilterModel::countsChanged, this, &DocumentFilterBar::updateCounts);
    retranslateUi();
}

void DocumentFilterBar::updateCounts()
{
    for (int i = 0; i < m_filter->count(); ++i) {
        const auto filter = DocumentFilterModel::Filter(m_filter->itemData(i).toInt());
        //: A filter of the document list and how many documents it shows, e.g. "Signature problem (12)"
        m_filter->setItemText(i, tr("%1 (%2)").arg(DocumentFilterModel::filterText(filter)).arg(m_model->count(filter)));
    }
}

void DocumentFilterBar::retranslateUi()
{
    m_filterLabel->setText(tr("Sho&w:"));
    m_filter->setAccessibleName(tr("Show documents"));
    m_filter->setToolTip(tr("Show only the documents that need a closer look"));
    m_sortLabel->setText(tr("So&rt:"));
    m_sort->setAccessibleName(tr("Sort documents"));
    const QStringList sortTexts{tr("Order added"), tr("Name"), tr("Status, problems first"), tr("Newest assessment first")};
    for (int i = 0; i < m_sort->count() && i < sortTexts.size(); ++i)
        m_sort->setItemText(i, sortTexts.at(i));
    updateCounts();
}

void DocumentFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace granska
