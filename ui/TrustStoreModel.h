// The contents of the user's trust store as a tree for the trust store dialog: the imported
// certificates (trust anchors) under one heading, the imported trusted lists under another, each
// list with its trust services (name, type, current status, qualifiers).
#pragma once

#include "TrustSettings.h"

#include <QAbstractItemModel>

namespace granska {

class TrustStoreModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, StatusColumn, DetailsColumn, ColumnCount };
    enum NodeKind { AnchorGroupNode, ListGroupNode, CertificateNode, ListNode, ServiceNode, BrokenFileNode };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // NodeKind
        FileNameRole,                    // QString: the store file the node comes from; empty for groups
        EntryRole,                       // int: index into TrustSettings::entries(); -1 for groups
        ItemRole,                        // int: certificate or service index within the entry; -1 otherwise
    };

    explicit TrustStoreModel(QObject *parent = nullptr);

    void setEntries(const QList<TrustStoreEntry> &entries);
    const QList<TrustStoreEntry> &entries() const { return m_entries; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        NodeKind kind;
        int entry = -1;
        int item = -1;
        int parent = -1;
        int row = 0;
        QList<int> children;
    };
    int addNode(NodeKind kind, int entry, int item, int parent);
    QVariant displayData(const Node &node, int column) const;

    QList<TrustStoreEntry> m_entries;
    QList<Node> m_nodes; // 0 and 1 are the two groups
};

// The status of a service now, with its qualifiers: for the model and the dialog's details.
QString serviceStatusLabel(const TrustedService &service);
QStringList serviceQualifierLabels(const TrustedService &service);

} // namespace granska
