// The signatures of one document as a tree: the file's revisions in order, and under each the
// signatures and document timestamps whose signed bytes end with that revision. This is the shape
// an archivist reasons in: "what was signed, and what was added afterwards".
#pragma once

#include "assessment/Assessment.h"

#include <QAbstractItemModel>
#include <QList>

namespace granska {

class SignatureModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, IntegrityColumn, ValidationColumn, TimeColumn, ColumnCount };
    enum NodeKind { RevisionNode, SignatureNode, UnmatchedGroupNode };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // NodeKind
        SignatureIndexRole,              // index into Assessment::signatures; -1 for other nodes
        RevisionRole,                    // 1-based revision index; 0 for the unmatched group
        IntegrityRole,                   // Integrity as int (signature nodes)
        SignerNameRole,                  // the signer's common name (signature nodes)
        PageRole,                        // page of the signature widget; 0 when none
        WidgetRectRole,                  // QRectF in PDF user space
        WidgetVisibleRole,               // bool
        KindRole,                        // SignatureKind as int (signature nodes)
        IndicationRole,                  // Indication as int (signature nodes)
        StatusTextRole,                  // signatureStatusText(): the words for the name column's icon
    };

    explicit SignatureModel(QObject *parent = nullptr);

    void setAssessment(const Assessment &assessment);
    void clear();
    const Assessment &assessment() const { return m_assessment; }
    // The index of the given signature's row, for selecting it from outside.
    QModelIndex indexForSignature(int signatureIndex) const;

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
        int ref = 0;         // revision position in Assessment::revisions, or signature index
        int parent = -1;     // node id, -1 for top level
        int row = 0;         // row under its parent
        QList<int> children; // node ids
    };
    QVariant revisionData(const Node &node, int column, int role) const;
    QVariant signatureData(const Node &node, int column, int role) const;

    Assessment m_assessment;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
};

} // namespace granska
