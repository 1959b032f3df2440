#include "HistoryModel.h"

#include "DecisionPanel.h"
#include "Presentation.h"
#include "StatusIcons.h"

#include <QDir>
#include <QFont>
#include <QLocale>

namespace granska {
namespace {

DocumentStatus statusOfEntry(const HistoryEntry &e)
{
    if (e.status == AssessmentStatus::Error)
        return DocumentStatus::Error;
    return e.hasProblems ? DocumentStatus::Problems : DocumentStatus::Clean;
}

} // namespace

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

HistoryEntry HistoryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : HistoryEntry{};
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::pdfaText(const HistoryEntry &e) const
{
    if (e.status == AssessmentStatus::Error)
        return tr("not assessed");
    if (!e.pdfaCompliant.has_value())
        return e.pdfaClaim.isEmpty() ? tr("no PDF/A claim") : tr("%1 claimed, not verified").arg(flavourName(e.pdfaClaim));
    const QString profile = flavourName(e.pdfaProfile);
    return *e.pdfaCompliant ? tr("%1, compliant").arg(profile) : tr("%1, not compliant").arg(profile);
}

QString HistoryModel::signaturesText(const HistoryEntry &e) const
{
    if (e.status == AssessmentStatus::Error)
        return tr("not assessed");
    if (e.signatureCount == 0)
        return tr("none");
    if (e.signaturesIntact == e.signatureCount)
        return tr("%n intact", nullptr, e.signatureCount);
    return tr("%1 of %2 intact").arg(e.signaturesIntact).arg(e.signatureCount);
}

QString HistoryModel::statusText(const HistoryEntry &e) const
{
    return granska::statusText(statusOfEntry(e));
}

QString HistoryModel::decisionText(const HistoryEntry &e) const
{
    return e.latestDecision ? DecisionPanel::decisionText(e.latestDecision->kind) : QString();
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return QLocale().toString(e.assessedAt.toLocalTime(), QLocale::ShortFormat);
        case FileColumn: return e.fileName;
        case Sha256Column: return e.sha256.left(12);
        case PdfaColumn: return pdfaText(e);
        case SignaturesColumn: return signaturesText(e);
        case StatusColumn: return statusText(e);
        case AssessmentsOfFileColumn: return e.assessmentsOfFile;
        case DecisionColumn: return decisionText(e);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == AssessmentsOfFileColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? statusIcon(statusOfEntry(e)) : QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn: return formatTimestamp(e.assessedAt);
        case FileColumn: return QDir::toNativeSeparators(e.filePath);
        case Sha256Column: return e.sha256;
        case AssessmentsOfFileColumn:
            return e.sha256.isEmpty() ? tr("The file could not be read")
                                      : tr("This file (same SHA-256) was assessed %n time(s)", nullptr, e.assessmentsOfFile);
        case DecisionColumn:
            return e.latestDecision ? DecisionPanel::trailText(*e.latestDecision) : tr("No decision recorded");
        default: return tr("Assessed with Granska %1").arg(e.engineVersion);
        }
    case Qt::FontRole:
        if (index.column() == Sha256Column) {
            QFont font(QStringLiteral("monospace"));
            font.setStyleHint(QFont::Monospace);
            return font;
        }
        return {};
    case IdRole: return e.id;
    case PathRole: return e.filePath;
    case Sha256Role: return e.sha256;
    case AssessedAtRole: return e.assessedAt;
    case AssessmentsOfFileRole: return e.assessmentsOfFile;
    case DecisionRole: return e.latestDecision ? toString(e.latestDecision->kind) : QString();
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Assessed");
    case FileColumn: return tr("File");
    case Sha256Column: return tr("SHA-256");
    case PdfaColumn: return tr("PDF/A");
    case SignaturesColumn: return tr("Signatures");
    case StatusColumn: return tr("Status");
    case AssessmentsOfFileColumn: return tr("Assessments of this file");
    case DecisionColumn: return tr("Decision");
    }
    return {};
}

void HistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

} // namespace granska
