// The document list as the archivist wants to see it: only the documents that need a closer look
// ("Signature problem", "Not yet decided" ...) and in a chosen order. A proxy over
// DocumentListModel; it reads Assessment values only.
#pragma once

#include "assessment/Assessment.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace granska {

class DocumentFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Filter {
        All,
        NotPdfa,             // no PDF/A claim, or the PDF/A validation failed
        SignatureProblem,    // a signature not intact or not TOTAL-PASSED
        ChangedAfterSigning, // forbidden changes, or any revision after the last signature
        NotAssessed,         // waiting or being assessed
        Decided,             // the file has a recorded decision
        NotDecided,          // assessed, no decision recorded yet
    };
    Q_ENUM(Filter)
    enum class SortKey { Added, Name, Status, Time, Column };
    Q_ENUM(SortKey)

    explicit DocumentFilterModel(QObject *parent = nullptr);

    static QList<Filter> filters();
    static QString filterText(Filter filter); // "Signature problem"

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

    // Added: the order documents came in. Name and Status ascending put A and the worst status
    // first; Time ascending puts the newest assessment first.
    void setSortKey(SortKey key, Qt::SortOrder order = Qt::AscendingOrder);
    SortKey sortKey() const { return m_sortKey; }
    // A header click sorts by that column; the sort key follows it.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The SHA-256 of the files with a recorded decision (from the history).
    void setDecidedFiles(const QSet<QString> &sha256s);
    void markDecided(const QString &sha256);

    // How many documents of the whole list (not just the shown ones) match the filter.
    int count(Filter filter) const;

    // Whether one document matches; `assessment` is null while it waits to be assessed.
    static bool matches(Filter filter, const Assessment *assessment, bool decided);

Q_SIGNALS:
    void countsChanged();
    void sortKeyChanged(granska::DocumentFilterModel::SortKey key);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool rowMatches(Filter filter, int sourceRow) const;
    void sourceChanged();

    Filter m_filter = Filter::All;
    SortKey m_sortKey = SortKey::Added;
    bool m_settingSortKey = false;
    QSet<QString> m_decided;
    QTimer m_refresh; // coalesces re-filtering while results stream in
};

} // namespace granska
