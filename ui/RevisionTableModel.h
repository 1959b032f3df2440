// The revisions of one document as a table: where each starts and ends, its cross-reference form
// and which signatures end with it.
#pragma once

#include "assessment/Assessment.h"

#include <QAbstractTableModel>

namespace granska {

class RevisionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IndexColumn, StartColumn, EndColumn, XrefColumn, SignedColumn, ColumnCount };

    explicit RevisionTableModel(QObject *parent = nullptr);

    void setAssessment(const Assessment &assessment);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QList<Revision> m_revisions;
    QList<SignatureInfo> m_signatures;
};

} // namespace granska
