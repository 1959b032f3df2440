#include "DocumentListModel.h"

#include "StatusIcons.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QSet>

namespace granska {

DocumentListModel::DocumentListModel(QObject *parent) : QAbstractItemModel(parent) {}

QModelIndex DocumentListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex DocumentListModel::parent(const QModelIndex &) const
{
    return {};
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentListModel::statusCellText(const Row &row) const
{
    // The icon's amber question mark needs its words too.
    const bool attention = row.status == DocumentStatus::Clean && row.assessment && row.assessment->needsAttention();
    const QString status = attention ? tr("No problems found; some signatures could not be validated") : statusText(row.status);
    if (!row.historyId || !row.assessment)
        return status;
    return tr("%1 (history, %2)").arg(status, QLocale().toString(row.assessment->assessedAt.toLocalTime(), QLocale::ShortFormat));
}

QString DocumentListModel::tooltip(const Row &row) const
{
    QStringList lines;
    lines << QDir::toNativeSeparators(row.path);
    lines << statusCellText(row);
    if (row.assessment) {
        const Assessment &a = *row.assessment;
        if (!a.error.isEmpty())
            lines << a.error;
        if (a.status == AssessmentStatus::Ok) {
            lines << tr("PDF/A: %1").arg(pdfaSummary(a));
            lines << tr("Signatures: %1").arg(signatureSummary(a));
        }
        if (row.historyId)
            lines << tr("Reopened from the history; assessed %1.").arg(formatTimestamp(a.assessedAt));
    }
    return lines.join(QLatin1Char('\n'));
}

QString DocumentListModel::summary(const Row &row) const
{
    const bool finished = row.assessment && row.status != DocumentStatus::Pending && row.status != DocumentStatus::Assessing;
    if (!finished || row.status == DocumentStatus::Cancelled)
        return statusText(row.status);
    const Assessment &a = *row.assessment;
    QString text = a.status == AssessmentStatus::Error
        ? tr("Not assessable: %1").arg(a.error)
        : tr("%1 · %2").arg(pdfaSummary(a), signatureSummary(a));
    if (row.historyId)
        text = tr("From the history (%1) · %2").arg(QLocale().toString(a.assessedAt.toLocalTime(), QLocale::ShortFormat), text);
    return text;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Assessment *a = row.assessment ? &*row.assessment : nullptr;
    const bool finished = a && row.status != DocumentStatus::Pending && row.status != DocumentStatus::Assessing;

    switch (role) {
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn)
            return tr("%1, %2").arg(QFileInfo(row.path).fileName(), summary(row));
        Q_FALLTHROUGH();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return QFileInfo(row.path).fileName();
        case StatusColumn: return statusCellText(row);
        case PdfaColumn: return finished ? pdfaSummary(*a) : QString();
        case SignaturesColumn: return finished ? signatureSummary(*a) : QString();
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return documentIcon(row.status, a);
        return {};
    case Qt::ToolTipRole:
        return tooltip(row);
    case Qt::FontRole:
        if (row.historyId) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case NameColumn: return QFileInfo(row.path).fileName().toLower();
        case StatusColumn: return int(row.status);
        case PdfaColumn: return finished ? pdfaSummary(*a) : QString();
        case SignaturesColumn: return finished ? signatureSummary(*a) : QString();
        }
        return {};
    case SummaryRole: return summary(row);
    case PathRole: return row.path;
    case StatusRole: return int(row.status);
    case StatusTextRole: return statusText(row.status);
    case PdfaSummaryRole: return finished ? pdfaSummary(*a) : QString();
    case SignatureSummaryRole: return finished ? signatureSummary(*a) : QString();
    case ErrorRole: return a ? a->error : QString();
    case HasAssessmentRole: return finished;
    case AssessmentRole: return finished ? QVariant::fromValue(*a) : QVariant();
    case FromHistoryRole: return row.historyId != 0;
    case HistoryDateRole: return row.historyId && a ? a->assessedAt : QDateTime();
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Document");
    case StatusColumn: return tr("Status");
    case PdfaColumn: return tr("PDF/A");
    case SignaturesColumn: return tr("Signatures");
    }
    return {};
}

QHash<int, QByteArray> DocumentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    names.insert(PdfaSummaryRole, "pdfaSummary");
    names.insert(SignatureSummaryRole, "signatureSummary");
    names.insert(ErrorRole, "error");
    names.insert(HasAssessmentRole, "hasAssessment");
    names.insert(AssessmentRole, "assessment");
    names.insert(FromHistoryRole, "fromHistory");
    names.insert(HistoryDateRole, "historyDate");
    return names;
}

int DocumentListModel::rowForPath(const QString &path) const
{
    return m_liveRows.value(path, -1);
}

int DocumentListModel::rowForHistoryId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).historyId == id)
            return i;
    }
    return -1;
}

void DocumentListModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int DocumentListModel::addPending(const QString &path)
{
    const int existing = rowForPath(path);
    if (existing >= 0) {
        // The row keeps its earlier result, so that a cancelled re-assessment can fall back to it.
        m_rows[existing].status = DocumentStatus::Pending;
        emitRowChanged(existing);
        return existing;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{path, DocumentStatus::Pending, std::nullopt, 0});
    m_liveRows.insert(path, row);
    endInsertRows();
    return row;
}

int DocumentListModel::addPending(const QStringList &paths)
{
    QStringList fresh;
    QSet<QString> seen;
    for (const QString &path : paths) {
        if (rowForPath(path) >= 0)
            addPending(path); // keeps its earlier result, as above
        else if (!seen.contains(path)) {
            seen.insert(path);
            fresh << path;
        }
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const QString &path : std::as_const(fresh)) {
            m_liveRows.insert(path, int(m_rows.size()));
            m_rows.append(Row{path, DocumentStatus::Pending, std::nullopt, 0});
        }
        endInsertRows();
    }
    return paths.isEmpty() ? -1 : rowForPath(paths.first());
}

void DocumentListModel::markAssessing(const QString &path)
{
    const int row = rowForPath(path);
    if (row < 0)
        return;
    m_rows[row].status = DocumentStatus::Assessing;
    emitRowChanged(row);
}

void DocumentListModel::markNotStarted(const QString &path)
{
    const int row = rowForPath(path);
    if (row < 0)
        return;
    // A re-assessment that never started leaves the earlier result standing.
    m_rows[row].status = m_rows[row].assessment ? statusOf(*m_rows[row].assessment) : DocumentStatus::Cancelled;
    emitRowChanged(row);
}

int DocumentListModel::setAssessment(const Assessment &assessment)
{
    int row = rowForPath(assessment.file);
    if (row < 0)
        row = addPending(assessment.file);
    Row &r = m_rows[row];
    // A cancelled re-assessment must not replace a complete earlier result.
    if (wasCancelled(assessment) && r.assessment && !wasCancelled(*r.assessment)) {
        r.status = statusOf(*r.assessment);
    } else {
        r.assessment = assessment;
        r.status = statusOf(assessment);
    }
    emitRowChanged(row);
    return row;
}

int DocumentListModel::addFromHistory(const Assessment &assessment, qint64 historyId)
{
    const int existing = rowForHistoryId(historyId);
    if (existing >= 0)
        return existing;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{assessment.file, statusOf(assessment), assessment, historyId});
    endInsertRows();
    return row;
}

std::optional<Assessment> DocumentListModel::assessmentAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    const Row &r = m_rows.at(row);
    if (r.status == DocumentStatus::Pending || r.status == DocumentStatus::Assessing)
        return std::nullopt;
    return r.assessment;
}

DocumentStatus DocumentListModel::statusAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return DocumentStatus::Pending;
    return m_rows.at(row).status;
}

void DocumentListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_liveRows.clear();
    endResetModel();
}

void DocumentListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace granska
