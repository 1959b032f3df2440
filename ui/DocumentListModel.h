// The documents in the window, one row each, from the moment they are queued until their
// assessment is in; also assessments reopened from the history.
#pragma once

#include "Presentation.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace granska {

class DocumentListModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, PdfaColumn, SignaturesColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString
        StatusRole,                  // DocumentStatus as int
        StatusTextRole,              // QString
        PdfaSummaryRole,             // QString
        SignatureSummaryRole,        // QString
        ErrorRole,                   // QString; empty unless the document could not be assessed
        HasAssessmentRole,           // bool
        AssessmentRole,              // QVariant<granska::Assessment>
        FromHistoryRole,             // bool
        HistoryDateRole,             // QDateTime, when the reopened assessment was made
        SortRole,                    // a value that sorts each column sensibly
        SummaryRole,                 // one line under the name: the results, or where it stands
    };

    explicit DocumentListModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A queued file: a new Pending row, or its existing live row reset to Pending (re-assessment
    // in place). Returns the row.
    int addPending(const QString &path);
    // The same for a whole batch, with one insertion for all the new rows: a thousand single-row
    // insertions would each make the sorted proxy and the view update. Returns the row of the first.
    int addPending(const QStringList &paths);
    void markAssessing(const QString &path);
    void markNotStarted(const QString &path); // cancelled before it began
    // A finished assessment for a live row (added if it has none).
    int setAssessment(const Assessment &assessment);
    // An assessment reopened from the history: always its own row, marked with its date.
    int addFromHistory(const Assessment &assessment, qint64 historyId);

    int rowForPath(const QString &path) const; // the live row, -1 when none
    int rowForHistoryId(qint64 id) const;
    std::optional<Assessment> assessmentAt(int row) const;
    DocumentStatus statusAt(int row) const;
    void clear();

    // Texts are built when asked for, so a language change only needs the views to ask again.
    void retranslate();

private:
    struct Row {
        QString path;
        DocumentStatus status = DocumentStatus::Pending;
        std::optional<Assessment> assessment;
        qint64 historyId = 0; // 0 for documents assessed in this session
    };
    QString statusCellText(const Row &row) const;
    QString tooltip(const Row &row) const;
    QString summary(const Row &row) const;
    void emitRowChanged(int row);

    QList<Row> m_rows; // only ever appended to (or cleared), so row numbers stay valid
    QHash<QString, int> m_liveRows; // path -> row of documents assessed in this session
};

} // namespace granska
