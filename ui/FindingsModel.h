// The PDF/A result of one document as a tree, veraPDF-style: the claim, the verdict (or why there
// is none), the failed rules grouped by clause with where they failed, and then the document's
// other findings (repaired cross-references, limits, encryption).
#pragma once

#include "assessment/Assessment.h"

#include <QAbstractItemModel>
#include <QList>

namespace granska {

class FindingsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum NodeKind {
        ErrorNode,       // the document could not be assessed
        ClaimNode,
        VerdictNode,
        NoteNode,        // why there is no verdict, or what limited it
        ViolationsNode,  // section heading over the clauses
        ClauseNode,
        RuleNode,
        LocationNode,
        FindingsNode,    // section heading over the general findings
        FindingNode,
    };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // NodeKind
        PageRole,                        // 1-based page the item points at; 0 when none
        CountRole,                       // failed checks (clause and rule nodes)
        DetailTextRole,                  // the full text, for a details label
        RuleIdRole,                      // "ISO 19005-2 6.2.11.4.1 test 1" (rule nodes)
        SeverityRole,                    // Severity as int (finding nodes)
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setAssessment(const Assessment &assessment);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    struct Node {
        NodeKind kind;
        int a = -1; // violation / finding index, or first violation of a clause
        int b = -1; // location index
        int parent = -1;
        int row = 0;
        QList<int> children;
    };
    int addNode(NodeKind kind, int parent, int a = -1, int b = -1);
    QString text(const Node &node) const;
    QString detailText(const Node &node) const;
    int clauseCount(const Node &node) const;
    int page(const Node &node) const;

    Assessment m_assessment;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
};

} // namespace granska
