#include "RevisionTableModel.h"

#include "Presentation.h"

#include <QLocale>

namespace granska {

RevisionTableModel::RevisionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RevisionTableModel::setAssessment(const Assessment &assessment)
{
    beginResetModel();
    m_revisions = assessment.revisions;
    m_signatures = assessment.signatures;
    endResetModel();
}

int RevisionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

int RevisionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_revisions.size())
        return {};
    const Revision &r = m_revisions.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == StartColumn || index.column() == EndColumn || index.column() == IndexColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case IndexColumn: return r.index;
    case StartColumn: return locale.toString(r.start);
    case EndColumn: return locale.toString(r.end);
    case XrefColumn: return xrefKindText(r.xrefKind);
    case SignedColumn: {
        QStringList names;
        for (const SignatureInfo &s : m_signatures) {
            if (s.revision == r.index)
                names << tr("%1 (%2)").arg(signerDisplayName(s), integrityText(s.integrity).toLower());
        }
        return names.join(QStringLiteral("; "));
    }
    }
    return {};
}

QVariant RevisionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn: return tr("Revision");
    case StartColumn: return tr("Start byte");
    case EndColumn: return tr("End byte");
    case XrefColumn: return tr("Cross-reference");
    case SignedColumn: return tr("Signed at its end by");
    }
    return {};
}

void RevisionTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_revisions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_revisions.size()) - 1, ColumnCount - 1));
}

} // namespace granska
