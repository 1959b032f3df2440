#include "HistoryDialog.h"

#include "HistoryModel.h"
#include "history/HistoryStore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace granska {

HistoryDialog::HistoryDialog(const HistoryStore *store, QWidget *parent) : QDialog(parent), m_store(store)
{
    m_model = new HistoryModel(this);

    m_filterLabel = new QLabel(this);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_count = new QLabel(this);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(HistoryModel::FileColumn, QHeaderView::Stretch);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_open->setDefault(true);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filterTimer, &QTimer::timeout, this, &HistoryDialog::refresh);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &HistoryDialog::openSelected);
    connect(m_view, &QTableView::doubleClicked, this, &HistoryDialog::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDialog::updateButtons);

    retranslateUi();
    resize(900, 520);
    restoreGeometry(QSettings().value(QStringLiteral("historyDialog/geometry")).toByteArray());
    refresh();
}

HistoryDialog::~HistoryDialog()
{
    QSettings().setValue(QStringLiteral("historyDialog/geometry"), saveGeometry());
}

void HistoryDialog::refresh()
{
    HistoryQuery query;
    query.text = m_filter->text().trimmed();
    m_model->setEntries(m_store && m_store->isOpen() ? m_store->entries(query) : QList<HistoryEntry>{});
    m_count->setText(tr("%n assessment(s)", nullptr, m_model->rowCount()));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void HistoryDialog::openSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids << row.data(HistoryModel::IdRole).toLongLong();
    if (ids.isEmpty())
        return;
    Q_EMIT openRequested(ids);
    accept();
}

void HistoryDialog::updateButtons()
{
    m_open->setEnabled(m_view->selectionModel()->hasSelection());
}

void HistoryDialog::retranslateUi()
{
    setWindowTitle(tr("Assessment History"));
    m_filterLabel->setText(tr("&Filter:"));
    m_filter->setPlaceholderText(tr("File name, path or SHA-256"));
    m_filter->setAccessibleName(tr("Filter the history"));
    m_view->setAccessibleName(tr("Past assessments"));
    m_open->setText(tr("&Open"));
    m_open->setToolTip(tr("Show the stored result in the main window, without assessing the file again"));
    m_count->setText(tr("%n assessment(s)", nullptr, m_model->rowCount()));
    m_model->retranslate();
}

void HistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace granska
