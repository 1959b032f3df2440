#include "SignatureModel.h"

#include "Presentation.h"
#include "StatusIcons.h"

#include <QLocale>

namespace granska {

SignatureModel::SignatureModel(QObject *parent) : QAbstractItemModel(parent) {}

void SignatureModel::clear()
{
    setAssessment(Assessment{});
}

void SignatureModel::setAssessment(const Assessment &assessment)
{
    beginResetModel();
    m_assessment = assessment;
    m_nodes.clear();
    m_topLevel.clear();

    auto addNode = [this](NodeKind kind, int ref, int parent) {
        const int id = int(m_nodes.size());
        QList<int> &siblings = parent < 0 ? m_topLevel : m_nodes[parent].children;
        m_nodes.append(Node{kind, ref, parent, int(siblings.size()), {}});
        // `siblings` may dangle after the append when it lives in m_nodes; look it up again.
        (parent < 0 ? m_topLevel : m_nodes[parent].children).append(id);
        return id;
    };

    QHash<int, int> nodeOfRevision; // 1-based revision index -> node id
    for (int i = 0; i < m_assessment.revisions.size(); ++i)
        nodeOfRevision.insert(m_assessment.revisions.at(i).index, addNode(RevisionNode, i, -1));

    int unmatchedGroup = -1;
    for (int i = 0; i < m_assessment.signatures.size(); ++i) {
        const int revisionNode = nodeOfRevision.value(m_assessment.signatures.at(i).revision, -1);
        if (revisionNode >= 0) {
            addNode(SignatureNode, i, revisionNode);
            continue;
        }
        if (unmatchedGroup < 0)
            unmatchedGroup = addNode(UnmatchedGroupNode, 0, -1);
        addNode(SignatureNode, i, unmatchedGroup);
    }
    endResetModel();
}

QModelIndex SignatureModel::indexForSignature(int signatureIndex) const
{
    for (int id = 0; id < m_nodes.size(); ++id) {
        const Node &node = m_nodes.at(id);
        if (node.kind == SignatureNode && node.ref == signatureIndex)
            return createIndex(node.row, 0, quintptr(id));
    }
    return {};
}

QModelIndex SignatureModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int> &siblings = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_topLevel;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex SignatureModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentId = m_nodes.at(int(child.internalId())).parent;
    if (parentId < 0)
        return {};
    return createIndex(m_nodes.at(parentId).row, 0, quintptr(parentId));
}

int SignatureModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int SignatureModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SignatureModel::revisionData(const Node &node, int column, int role) const
{
    const Revision &revision = m_assessment.revisions.at(node.ref);
    const int total = int(m_assessment.revisions.size());
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn) {
            return revision.index == 1 ? tr("Revision %1 of %2 (original document)").arg(revision.index).arg(total)
                                       : tr("Revision %1 of %2 (update)").arg(revision.index).arg(total);
        }
        return {};
    case Qt::DecorationRole:
        return column == NameColumn ? revisionIcon() : QVariant();
    case Qt::ToolTipRole:
        return tr("Bytes %1 to %2 of the file; cross-reference %3")
            .arg(QLocale().toString(revision.start), QLocale().toString(revision.end), xrefKindText(revision.xrefKind));
    case RevisionRole:
        return revision.index;
    }
    return {};
}

QVariant SignatureModel::signatureData(const Node &node, int column, int role) const
{
    const SignatureInfo &s = m_assessment.signatures.at(node.ref);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return s.kind == SignatureKind::DocumentTimestamp ? tr("Timestamp: %1").arg(signerDisplayName(s)) : signerDisplayName(s);
        case IntegrityColumn: return integrityText(s.integrity);
        case ValidationColumn: return isValidated(s) ? indicationText(s.indication) : tr("Not validated");
        case TimeColumn: // the header says UTC; the full form is in the details
            return s.claimedSigningTime.isValid() ? s.claimedSigningTime.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
        }
        return {};
    case Qt::DecorationRole:
        // The name carries the signature's one status (the validation conclusion when there is one),
        // each other column the icon of its own word.
        if (column == NameColumn)
            return signatureStatusIcon(s);
        if (column == IntegrityColumn)
            return integrityIcon(s.integrity);
        if (column == ValidationColumn && isValidated(s))
            return indicationIcon(s.indication);
        return {};
    case Qt::ToolTipRole:
        if (column == ValidationColumn)
            return s.indicationDetail;
        if (column == NameColumn && isValidated(s))
            return tr("%1 \"%2\": %3 — %4").arg(kindText(s.kind), s.field, signatureStatusText(s), s.indicationDetail);
        return tr("%1 \"%2\": %3 — %4").arg(kindText(s.kind), s.field, integrityText(s.integrity), s.integrityDetail);
    case Qt::AccessibleTextRole:
        return tr("%1 by %2, %3").arg(kindText(s.kind), signerDisplayName(s), signatureStatusText(s));
    case SignatureIndexRole: return node.ref;
    case RevisionRole: return s.revision;
    case IntegrityRole: return int(s.integrity);
    case SignerNameRole: return s.signer ? s.signer->commonName : QString();
    case PageRole: return s.page;
    case WidgetRectRole: return s.rect;
    case WidgetVisibleRole: return s.visible;
    case KindRole: return int(s.kind);
    case IndicationRole: return int(s.indication);
    case StatusTextRole: return signatureStatusText(s);
    }
    return {};
}

QVariant SignatureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    if (role == NodeKindRole)
        return int(node.kind);
    if (role == SignatureIndexRole && node.kind != SignatureNode)
        return -1;
    switch (node.kind) {
    case RevisionNode:
        return revisionData(node, index.column(), role);
    case SignatureNode:
        return signatureData(node, index.column(), role);
    case UnmatchedGroupNode:
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("Not ending at any revision");
        if (role == Qt::ToolTipRole)
            return tr("The signed bytes of these signatures do not end where a revision of the file ends.");
        if (role == RevisionRole)
            return 0;
        return {};
    }
    return {};
}

QVariant SignatureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Revision / signer");
    case IntegrityColumn: return tr("Integrity");
    case ValidationColumn: return tr("Validation");
    case TimeColumn: return tr("Claimed time (UTC)");
    }
    return {};
}

void SignatureModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged();
}

} // namespace granska
