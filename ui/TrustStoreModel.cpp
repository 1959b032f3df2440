#include "TrustStoreModel.h"

#include "Presentation.h"
#include "StatusIcons.h"

#include <QDateTime>

namespace granska {

TrustStoreModel::TrustStoreModel(QObject *parent) : QAbstractItemModel(parent)
{
    setEntries({});
}

int TrustStoreModel::addNode(NodeKind kind, int entry, int item, int parent)
{
    const int id = int(m_nodes.size());
    const int row = parent < 0 ? id : int(m_nodes.at(parent).children.size());
    m_nodes.append(Node{kind, entry, item, parent, row, {}});
    if (parent >= 0)
        m_nodes[parent].children.append(id);
    return id;
}

void TrustStoreModel::setEntries(const QList<TrustStoreEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_nodes.clear();
    const int anchors = addNode(AnchorGroupNode, -1, -1, -1);
    const int lists = addNode(ListGroupNode, -1, -1, -1);
    for (int e = 0; e < m_entries.size(); ++e) {
        const TrustStoreEntry &entry = m_entries.at(e);
        const bool isList = entry.kind == TrustStoreEntry::Kind::TrustedList;
        if (!entry.error.isEmpty()) {
            addNode(BrokenFileNode, e, -1, isList ? lists : anchors);
        } else if (isList) {
            const int list = addNode(ListNode, e, -1, lists);
            for (int s = 0; s < entry.services.size(); ++s)
                addNode(ServiceNode, e, s, list);
        } else {
            for (int c = 0; c < entry.certificates.size(); ++c)
                addNode(CertificateNode, e, c, anchors);
        }
    }
    endResetModel();
}

QModelIndex TrustStoreModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < 2 ? createIndex(row, column, quintptr(row)) : QModelIndex();
    const Node &p = m_nodes.at(int(parent.internalId()));
    if (row >= p.children.size())
        return {};
    return createIndex(row, column, quintptr(p.children.at(row)));
}

QModelIndex TrustStoreModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentId = m_nodes.at(int(child.internalId())).parent;
    if (parentId < 0)
        return {};
    return createIndex(m_nodes.at(parentId).row, 0, quintptr(parentId));
}

int TrustStoreModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 2;
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int TrustStoreModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString serviceStatusLabel(const TrustedService &service)
{
    const TrustedService::Status *now = service.statusAt(QDateTime::currentDateTimeUtc());
    return now ? etsiUriLabel(now->status) : QString();
}

QStringList serviceQualifierLabels(const TrustedService &service)
{
    QStringList out;
    const TrustedService::Status *now = service.statusAt(QDateTime::currentDateTimeUtc());
    if (!now)
        return out;
    for (const TrustedService::QualificationRule &rule : now->qualifications) {
        for (const QString &q : rule.qualifiers)
            out << etsiUriLabel(q);
    }
    for (const QString &info : now->additionalInformation)
        out << etsiUriLabel(info);
    out.removeDuplicates();
    return out;
}

QVariant TrustStoreModel::displayData(const Node &node, int column) const
{
    const TrustStoreEntry *entry = node.entry >= 0 ? &m_entries.at(node.entry) : nullptr;
    switch (node.kind) {
    case AnchorGroupNode:
    case ListGroupNode: {
        if (column != NameColumn)
            return {};
        const int count = int(node.children.size());
        return node.kind == AnchorGroupNode ? tr("Trust anchors (%1)").arg(count) : tr("Trusted lists (%1)").arg(count);
    }
    case CertificateNode: {
        const CertificateInfo &c = entry->certificates.at(node.item);
        switch (column) {
        case NameColumn: return c.commonName.isEmpty() ? c.subject : c.commonName;
        case TypeColumn: return c.isCa ? tr("CA certificate") : tr("Certificate");
        case StatusColumn:
            if (c.notAfter.isValid() && c.notAfter < QDateTime::currentDateTimeUtc())
                return tr("expired");
            return tr("valid until %1").arg(c.notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
        case DetailsColumn: return entry->fileName;
        }
        return {};
    }
    case ListNode:
        switch (column) {
        case NameColumn:
            return entry->list.operatorName.isEmpty() ? entry->fileName
                                                      : tr("%1: %2").arg(entry->list.territory, entry->list.operatorName);
        case TypeColumn: return entry->list.isListOfLists ? tr("List of trusted lists") : tr("Trusted list");
        case StatusColumn:
            if (entry->list.nextUpdate.isValid() && entry->list.nextUpdate < QDateTime::currentDateTimeUtc())
                return tr("next update was due %1").arg(entry->list.nextUpdate.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
            return tr("issued %1").arg(entry->list.issued.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
        case DetailsColumn:
            return tr("%n service(s), sequence %1, %2", nullptr, int(entry->services.size())).arg(entry->list.sequenceNumber, entry->fileName);
        }
        return {};
    case ServiceNode: {
        const TrustedService &s = entry->services.at(node.item);
        switch (column) {
        case NameColumn: return s.serviceName;
        case TypeColumn: return etsiUriLabel(s.type);
        case StatusColumn: return serviceStatusLabel(s);
        case DetailsColumn: return serviceQualifierLabels(s).join(QStringLiteral(", "));
        }
        return {};
    }
    case BrokenFileNode:
        switch (column) {
        case NameColumn: return entry->fileName;
        case StatusColumn: return tr("not usable");
        case DetailsColumn: return entry->error;
        }
        return {};
    }
    return {};
}

QVariant TrustStoreModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        return displayData(node, index.column());
    case Qt::ToolTipRole: {
        const QString text = displayData(node, index.column()).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        if (node.kind == BrokenFileNode)
            return severityIcon(Severity::Error);
        if (node.kind == ServiceNode) {
            const QString status = serviceStatusLabel(m_entries.at(node.entry).services.at(node.item));
            const bool inForce = status == QLatin1String("granted") || status == QLatin1String("recognisedatnationallevel")
                || status == QLatin1String("accredited") || status == QLatin1String("undersupervision");
            return inForce ? indicationIcon(Indication::TotalPassed) : severityIcon(Severity::Warning);
        }
        return {};
    case NodeKindRole: return int(node.kind);
    case FileNameRole: return node.entry >= 0 ? m_entries.at(node.entry).fileName : QString();
    case EntryRole: return node.entry;
    case ItemRole: return node.item;
    }
    return {};
}

QVariant TrustStoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case StatusColumn: return tr("Status");
    case DetailsColumn: return tr("Details");
    }
    return {};
}

} // namespace granska
