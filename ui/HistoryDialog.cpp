#include "HistoryDialog.h"

#include "CompareDialog.h"
#include "HistoryModel.h"
#include "history/HistoryCsv.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace granska {
namespace {

// A date edit at its minimum means "no limit"; it shows the special text instead of a date.
const QDate noDate(2000, 1, 1);

QDateEdit *newDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    edit->setDate(noDate);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

HistoryDialog::HistoryDialog(const HistoryStore *store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("historyDialog"));
    m_model = new HistoryModel(this);

    m_filterLabel = new QLabel(this);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_fromLabel = new QLabel(this);
    m_from = newDateEdit(this);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_to = newDateEdit(this);
    m_toLabel->setBuddy(m_to);
    m_verdictLabel = new QLabel(this);
    m_verdict = new QComboBox(this);
    m_verdictLabel->setBuddy(m_verdict);
    for (auto verdict : {HistoryQuery::Verdict::Any, HistoryQuery::Verdict::Problems, HistoryQuery::Verdict::Clean})
        m_verdict->addItem(QString(), int(verdict));
    m_decisionLabel = new QLabel(this);
    m_decision = new QComboBox(this);
    m_decisionLabel->setBuddy(m_decision);
    for (auto decided : {HistoryQuery::Decided::Any, HistoryQuery::Decided::Undecided, HistoryQuery::Decided::Decided,
                         HistoryQuery::Decided::Approved, HistoryQuery::Decided::Rejected, HistoryQuery::Decided::FollowUp})
        m_decision->addItem(QString(), int(decided));
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
    m_compare = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_export = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    auto *exportMenu = new QMenu(m_export);
    m_exportShown = exportMenu->addAction(QString(), this, &HistoryDialog::exportShown);
    m_exportSelected = exportMenu->addAction(QString(), this, &HistoryDialog::exportSelected);
    m_export->setMenu(exportMenu);
    m_open = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_open->setDefault(true);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_filterLabel);
    searchRow->addWidget(m_filter, 1);
    searchRow->addWidget(m_count);
    auto *filterRow = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_fromLabel, m_from, m_toLabel, m_to, m_verdictLabel,
                                                            m_verdict, m_decisionLabel, m_decision})
        filterRow->addWidget(widget);
    filterRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filterTimer, &QTimer::timeout, this, &HistoryDialog::refresh);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryDialog::refresh);
    connect(m_verdict, &QComboBox::currentIndexChanged, this, &HistoryDialog::refresh);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &HistoryDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &HistoryDialog::openSelected);
    connect(m_compare, &QPushButton::clicked, this, &HistoryDialog::compareSelected);
    connect(m_view, &QTableView::doubleClicked, this, &HistoryDialog::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDialog::updateButtons);

    retranslateUi();
    resize(1100, 560);
    restoreGeometry(QSettings().value(QStringLiteral("historyDialog/geometry")).toByteArray());
    refresh();
}

HistoryDialog::~HistoryDialog()
{
    QSettings().setValue(QStringLiteral("historyDialog/geometry"), saveGeometry());
}

HistoryQuery HistoryDialog::query() const
{
    HistoryQuery query;
    query.text = m_filter->text().trimmed();
    // Whole local days, both included.
    if (m_from->date() != noDate)
        query.from = QDateTime(m_from->date(), QTime(0, 0));
    if (m_to->date() != noDate)
        query.to = QDateTime(m_to->date(), QTime(23, 59, 59, 999));
    query.verdict = HistoryQuery::Verdict(m_verdict->currentData().toInt());
    query.decided = HistoryQuery::Decided(m_decision->currentData().toInt());
    return query;
}

void HistoryDialog::refresh()
{
    m_model->setEntries(m_store && m_store->isOpen() ? m_store->entries(query()) : QList<HistoryEntry>{});
    m_count->setText(tr("%n assessment(s)", nullptr, m_model->rowCount()));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

QList<HistoryEntry> HistoryDialog::selectedEntries() const
{
    QList<HistoryEntry> entries;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows))
        entries << m_model->entry(row.row());
    return entries;
}

void HistoryDialog::openSelected()
{
    QList<qint64> ids;
    for (const HistoryEntry &entry : selectedEntries())
        ids << entry.id;
    if (ids.isEmpty())
        return;
    Q_EMIT openRequested(ids);
    accept();
}

std::optional<std::pair<qint64, qint64>> HistoryDialog::comparisonPair() const
{
    const QList<HistoryEntry> selected = selectedEntries();
    if (selected.size() == 2 && !selected[0].sha256.isEmpty() && selected[0].sha256 == selected[1].sha256) {
        // Rows are newest first.
        return std::make_pair(selected[1].id, selected[0].id);
    }
    if (selected.size() == 1 && selected[0].assessmentsOfFile > 1 && m_store) {
        // The assessment of the same file made just before this one.
        const QList<HistoryEntry> same = m_store->entriesForSha256(selected[0].sha256);
        for (int i = 0; i < same.size(); ++i) {
            if (same[i].id == selected[0].id && same.size() > 1)
                return i + 1 < same.size() ? std::optional(std::make_pair(same[i + 1].id, same[i].id))
                                           : std::optional(std::make_pair(same[i].id, same[i - 1].id));
        }
    }
    return std::nullopt;
}

void HistoryDialog::compareSelected()
{
    const auto pair = comparisonPair();
    if (!pair || !m_store)
        return;
    const std::optional<Assessment> earlier = m_store->assessment(pair->first);
    const std::optional<Assessment> later = m_store->assessment(pair->second);
    if (!earlier || !later) {
        QMessageBox::warning(this, tr("Compare Assessments"), m_store->lastError());
        return;
    }
    CompareDialog dialog(*earlier, *later, this);
    dialog.exec();
}

bool HistoryDialog::exportCsv(const QString &path, bool selectedOnly, QString *error) const
{
    QList<HistoryEntry> entries;
    if (selectedOnly) {
        entries = selectedEntries();
    } else if (m_store && m_store->isOpen()) {
        HistoryQuery all = query();
        all.limit = 0;
        entries = m_store->entries(all);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!history::writeHistoryCsv(&file, entries, error))
        return false;
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void HistoryDialog::exportShown()
{
    exportWithDialog(false);
}

void HistoryDialog::exportSelected()
{
    exportWithDialog(true);
}

void HistoryDialog::exportWithDialog(bool selectedOnly)
{
    QSettings settings;
    QString folder = settings.value(QStringLiteral("historyDialog/exportFolder")).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("granska-history-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export History"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("historyDialog/exportFolder"), QFileInfo(path).absolutePath());
    QString error;
    if (!exportCsv(path, selectedOnly, &error))
        QMessageBox::warning(this, tr("Export History"), error);
}

void HistoryDialog::updateButtons()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_open->setEnabled(selected > 0);
    m_compare->setEnabled(comparisonPair().has_value());
    m_exportSelected->setEnabled(selected > 0);
    m_exportShown->setEnabled(m_model->rowCount() > 0);
}

void HistoryDialog::retranslateUi()
{
    setWindowTitle(tr("Assessment History"));
    m_filterLabel->setText(tr("&Search:"));
    m_filter->setPlaceholderText(tr("File name, path or SHA-256"));
    m_filter->setAccessibleName(tr("Search the history"));
    m_fromLabel->setText(tr("F&rom:"));
    m_from->setSpecialValueText(tr("any date"));
    m_from->setAccessibleName(tr("Assessed on or after"));
    m_toLabel->setText(tr("&To:"));
    m_to->setSpecialValueText(tr("any date"));
    m_to->setAccessibleName(tr("Assessed on or before"));
    m_verdictLabel->setText(tr("&Verdict:"));
    m_verdict->setItemText(0, tr("Any"));
    m_verdict->setItemText(1, tr("Has problems"));
    m_verdict->setItemText(2, tr("Clean"));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_decisionLabel->setText(tr("&Decision:"));
    m_decision->setItemText(0, tr("Any"));
    m_decision->setItemText(1, tr("Not decided"));
    m_decision->setItemText(2, tr("Decided"));
    m_decision->setItemText(3, tr("Approved for transfer"));
    m_decision->setItemText(4, tr("Rejected"));
    m_decision->setItemText(5, tr("Needs follow-up"));
    m_decision->setAccessibleName(tr("Decision"));
    m_view->setAccessibleName(tr("Past assessments"));
    m_open->setText(tr("&Open"));
    m_open->setToolTip(tr("Show the stored result in the main window, without assessing the file again"));
    m_compare->setText(tr("&Compare"));
    m_compare->setToolTip(tr("Two assessments of the same file side by side: select two rows of one file, "
                             "or one row to compare it with the file's previous assessment"));
    m_export->setText(tr("&Export"));
    m_exportShown->setText(tr("All Shown Assessments as CSV…"));
    m_exportSelected->setText(tr("Selected Assessments as CSV…"));
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
