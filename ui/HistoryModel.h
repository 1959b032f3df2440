// The assessment history as a table, newest first: when, which file, its checksum, and what was
// concluded about PDF/A and the signatures, how often the same file (same SHA-256) was assessed and
// the newest decision on it.
#pragma once

#include "history/HistoryStore.h"

#include <QAbstractTableModel>

namespace granska {

class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn, FileColumn, Sha256Column, PdfaColumn, SignaturesColumn, StatusColumn,
        AssessmentsOfFileColumn, // "3": how often these very bytes were assessed
        DecisionColumn,          // the newest decision on the file
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 history id
        PathRole,
        Sha256Role,                // full checksum
        AssessedAtRole,            // QDateTime
        AssessmentsOfFileRole,     // int
        DecisionRole,              // QString decision code ("approve"), empty when none
    };

    explicit HistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<HistoryEntry> &entries);
    HistoryEntry entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QString pdfaText(const HistoryEntry &entry) const;
    QString signaturesText(const HistoryEntry &entry) const;
    QString statusText(const HistoryEntry &entry) const;
    QString decisionText(const HistoryEntry &entry) const;

    QList<HistoryEntry> m_entries;
};

} // namespace granska
