#include "FindingsModel.h"

#include "Presentation.h"
#include "StatusIcons.h"

#include <QFont>

namespace granska {

FindingsModel::FindingsModel(QObject *parent) : QAbstractItemModel(parent) {}

void FindingsModel::clear()
{
    beginResetModel();
    m_assessment = Assessment{};
    m_nodes.clear();
    m_topLevel.clear();
    endResetModel();
}

int FindingsModel::addNode(NodeKind kind, int parent, int a, int b)
{
    const int id = int(m_nodes.size());
    const int row = int((parent < 0 ? m_topLevel : m_nodes[parent].children).size());
    m_nodes.append(Node{kind, a, b, parent, row, {}});
    (parent < 0 ? m_topLevel : m_nodes[parent].children).append(id);
    return id;
}

void FindingsModel::setAssessment(const Assessment &assessment)
{
    beginResetModel();
    m_assessment = assessment;
    m_nodes.clear();
    m_topLevel.clear();

    if (assessment.status == AssessmentStatus::Error) {
        addNode(ErrorNode, -1);
    } else {
        const PdfaResult &pdfa = assessment.pdfa;
        addNode(ClaimNode, -1);
        if (pdfa.compliant.has_value()) {
            const int verdict = addNode(VerdictNode, -1);
            if (!pdfa.note.isEmpty())
                addNode(NoteNode, verdict);
        } else {
            addNode(NoteNode, -1);
        }
        if (!pdfa.violations.isEmpty()) {
            const int section = addNode(ViolationsNode, -1);
            // Group by specification and clause, keeping the engine's order of first appearance.
            QHash<QString, int> clauseNodes;
            for (int i = 0; i < pdfa.violations.size(); ++i) {
                const RuleViolation &v = pdfa.violations.at(i);
                const QString key = v.specification + QLatin1Char(' ') + v.clause;
                int clause = clauseNodes.value(key, -1);
                if (clause < 0) {
                    clause = addNode(ClauseNode, section, i);
                    clauseNodes.insert(key, clause);
                }
                const int rule = addNode(RuleNode, clause, i);
                for (int l = 0; l < v.locations.size(); ++l)
                    addNode(LocationNode, rule, i, l);
            }
        }
    }
    if (!assessment.findings.isEmpty()) {
        const int section = addNode(FindingsNode, -1);
        for (int i = 0; i < assessment.findings.size(); ++i)
            addNode(FindingNode, section, i);
    }
    endResetModel();
}

int FindingsModel::clauseCount(const Node &node) const
{
    int total = 0;
    for (int child : node.children)
        total += m_assessment.pdfa.violations.at(m_nodes.at(child).a).count;
    return total;
}

int FindingsModel::page(const Node &node) const
{
    const QList<RuleViolation> &violations = m_assessment.pdfa.violations;
    switch (node.kind) {
    case RuleNode:
        for (const ObjectLocation &l : violations.at(node.a).locations) {
            if (l.page > 0)
                return l.page;
        }
        return 0;
    case LocationNode:
        return violations.at(node.a).locations.at(node.b).page;
    default:
        return 0;
    }
}

QString FindingsModel::text(const Node &node) const
{
    const Assessment &a = m_assessment;
    const PdfaResult &pdfa = a.pdfa;
    switch (node.kind) {
    case ErrorNode:
        return tr("The document could not be assessed: %1").arg(a.error);
    case ClaimNode: {
        if (!pdfa.claim.isPresent())
            return tr("Claim: none — the XMP metadata has no PDF/A identification");
        QString claim = tr("Claim: %1").arg(flavourName(pdfa.claim.flavour()));
        if (!pdfa.claim.amendment.isEmpty())
            claim += tr(", amendment %1").arg(pdfa.claim.amendment);
        if (!pdfa.claim.revision.isEmpty())
            claim += tr(", revision %1").arg(pdfa.claim.revision);
        return claim;
    }
    case VerdictNode: {
        // The claim is on the line above; only a profile the user chose instead is worth saying.
        QString profile = flavourName(pdfa.profile);
        if (pdfa.origin == ProfileOrigin::Requested)
            profile = tr("%1 (as requested)").arg(profile);
        if (*pdfa.compliant)
            return tr("Compliant with %1: all %n rule(s) passed", nullptr, pdfa.rulesChecked).arg(profile);
        return tr("Not compliant with %1: %2 of %n rule(s) failed", nullptr, pdfa.rulesChecked)
            .arg(profile)
            .arg(pdfa.violations.size());
    }
    case NoteNode:
        return pdfa.note.isEmpty() ? tr("Not validated as PDF/A.") : pdfa.note;
    case ViolationsNode:
        return tr("Failed rules (%1)").arg(pdfa.violations.size());
    case ClauseNode: {
        const RuleViolation &v = pdfa.violations.at(node.a);
        return tr("%1 clause %2 — %n failed check(s)", nullptr, clauseCount(node)).arg(v.specification, v.clause);
    }
    case RuleNode: {
        const RuleViolation &v = pdfa.violations.at(node.a);
        return tr("%1 — %2 (×%3)").arg(v.ruleId(), v.message).arg(v.count);
    }
    case LocationNode:
        return locationText(pdfa.violations.at(node.a).locations.at(node.b));
    case FindingsNode:
        return tr("Other findings (%1)").arg(a.findings.size());
    case FindingNode: {
        const Finding &f = a.findings.at(node.a);
        return tr("%1: %2").arg(severityText(f.severity), f.message);
    }
    }
    return {};
}

QString FindingsModel::detailText(const Node &node) const
{
    if (node.kind == RuleNode) {
        const RuleViolation &v = m_assessment.pdfa.violations.at(node.a);
        QStringList lines;
        lines << v.ruleId() << v.message
              << tr("Failed %n time(s).", nullptr, v.count);
        if (!v.locations.isEmpty()) {
            QStringList places;
            for (const ObjectLocation &l : v.locations)
                places << locationText(l);
            lines << tr("First places: %1").arg(places.join(QStringLiteral("; ")));
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (node.kind == FindingNode) {
        const Finding &f = m_assessment.findings.at(node.a);
        return tr("%1 (%2): %3").arg(severityText(f.severity), f.code, f.message);
    }
    return text(node);
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QList<int> &siblings = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_topLevel;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentId = m_nodes.at(int(child.internalId())).parent;
    if (parentId < 0)
        return {};
    return createIndex(m_nodes.at(parentId).row, 0, quintptr(parentId));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(node);
    case Qt::ToolTipRole:
    case DetailTextRole:
        return detailText(node);
    case Qt::DecorationRole:
        switch (node.kind) {
        case ErrorNode: return statusIcon(DocumentStatus::Error);
        case VerdictNode: return verdictIcon(m_assessment.pdfa.compliant);
        case NoteNode: return severityIcon(Severity::Info);
        case ClauseNode:
        case RuleNode: return severityIcon(Severity::Warning);
        case FindingNode: return severityIcon(m_assessment.findings.at(node.a).severity);
        default: return {};
        }
    case Qt::FontRole:
        if (node.kind == VerdictNode || node.kind == ViolationsNode || node.kind == FindingsNode || node.kind == ErrorNode) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case NodeKindRole:
        return int(node.kind);
    case PageRole:
        return page(node);
    case CountRole:
        if (node.kind == ClauseNode)
            return clauseCount(node);
        if (node.kind == RuleNode)
            return m_assessment.pdfa.violations.at(node.a).count;
        return 0;
    case RuleIdRole:
        return node.kind == RuleNode ? m_assessment.pdfa.violations.at(node.a).ruleId() : QString();
    case SeverityRole:
        return node.kind == FindingNode ? int(m_assessment.findings.at(node.a).severity) : -1;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("PDF/A and other findings");
    return {};
}

void FindingsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 0);
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged();
}

} // namespace granska
