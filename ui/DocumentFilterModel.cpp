#include "DocumentFilterModel.h"

#include "DocumentListModel.h"
#include "Presentation.h"

#include <QFileInfo>

namespace granska {
namespace {

bool signatureProblem(const Assessment &a)
{
    for (const SignatureInfo &s : a.signatures) {
        if (s.integrity != Integrity::Intact || s.indication != Indication::TotalPassed)
            return true;
    }
    return false;
}

bool changedAfterSigning(const Assessment &a)
{
    int lastSigned = 0;
    for (const SignatureInfo &s : a.signatures) {
        if (s.modificationsAfter == QLatin1String("not-permitted"))
            return true;
        lastSigned = qMax(lastSigned, s.revision);
    }
    // Any later revision counts, permitted or not (validation data, timestamps, form filling):
    // the archivist wants to see every document whose bytes go beyond what was signed.
    return lastSigned > 0 && a.revisions.size() > lastSigned;
}

// Worst first, so that sorting by status brings what needs attention to the top.
int statusRank(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Problems: return 0;
    case DocumentStatus::Error: return 1;
    case DocumentStatus::Cancelled: return 2;
    case DocumentStatus::Clean: return 3;
    case DocumentStatus::Assessing: return 4;
    case DocumentStatus::Pending: return 5;
    }
    return 6;
}

} // namespace

DocumentFilterModel::DocumentFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DocumentListModel::SortRole);
    // Rows must not jump while results stream in; filters are re-applied in batches instead.
    setDynamicSortFilter(false);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (m_filter != Filter::All)
            invalidateFilter();
        Q_EMIT countsChanged();
    });
    connect(this, &QAbstractProxyModel::sourceModelChanged, this, [this] {
        if (!sourceModel())
            return;
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(sourceModel(), signal, this, &DocumentFilterModel::sourceChanged);
        connect(sourceModel(), &QAbstractItemModel::dataChanged, this, &DocumentFilterModel::sourceChanged);
        connect(sourceModel(), &QAbstractItemModel::modelReset, this, &DocumentFilterModel::sourceChanged);
        sourceChanged();
    });
}

QList<DocumentFilterModel::Filter> DocumentFilterModel::filters()
{
    return {Filter::All, Filter::NotPdfa, Filter::SignatureProblem, Filter::ChangedAfterSigning,
            Filter::NotAssessed, Filter::Decided, Filter::NotDecided};
}

QString DocumentFilterModel::filterText(Filter filter)
{
    switch (filter) {
    case Filter::All: return tr("All documents");
    case Filter::NotPdfa: return tr("Not PDF/A");
    case Filter::SignatureProblem: return tr("Signature problem");
    case Filter::ChangedAfterSigning: return tr("Changed after signing");
    case Filter::NotAssessed: return tr("Not yet assessed");
    case Filter::Decided: return tr("Decided");
    case Filter::NotDecided: return tr("Not decided");
    }
    return {};
}

void DocumentFilterModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

void DocumentFilterModel::setSortKey(SortKey key, Qt::SortOrder order)
{
    m_settingSortKey = true;
    m_sortKey = key;
    QSortFilterProxyModel::sort(key == SortKey::Added ? -1 : DocumentListModel::NameColumn, order);
    m_settingSortKey = false;
    Q_EMIT sortKeyChanged(key);
}

void DocumentFilterModel::sort(int column, Qt::SortOrder order)
{
    if (!m_settingSortKey) {
        SortKey key = SortKey::Column;
        if (column < 0)
            key = SortKey::Added;
        else if (column == DocumentListModel::NameColumn)
            key = SortKey::Name;
        else if (column == DocumentListModel::StatusColumn)
            key = SortKey::Status;
        if (key != m_sortKey) {
            m_sortKey = key;
            Q_EMIT sortKeyChanged(key);
        }
    }
    QSortFilterProxyModel::sort(column, order);
}

void DocumentFilterModel::setDecidedFiles(const QSet<QString> &sha256s)
{
    m_decided = sha256s;
    sourceChanged();
}

void DocumentFilterModel::markDecided(const QString &sha256)
{
    if (sha256.isEmpty() || m_decided.contains(sha256.toLower()))
        return;
    m_decided.insert(sha256.toLower());
    sourceChanged();
}

bool DocumentFilterModel::matches(Filter filter, const Assessment *a, bool decided)
{
    const bool assessed = a && a->status == AssessmentStatus::Ok && !wasCancelled(*a);
    switch (filter) {
    case Filter::All: return true;
    case Filter::NotPdfa: return assessed && (!a->pdfa.claim.isPresent() || a->pdfa.compliant == false);
    case Filter::SignatureProblem: return assessed && signatureProblem(*a);
    case Filter::ChangedAfterSigning: return assessed && changedAfterSigning(*a);
    case Filter::NotAssessed: return !a;
    case Filter::Decided: return a && decided;
    case Filter::NotDecided: return assessed && !decided;
    }
    return false;
}

bool DocumentFilterModel::rowMatches(Filter filter, int sourceRow) const
{
    const auto *documents = qobject_cast<const DocumentListModel *>(sourceModel());
    if (!documents)
        return true;
    const std::optional<Assessment> a = documents->assessmentAt(sourceRow);
    const bool decided = a && !a->identity.sha256.isEmpty() && m_decided.contains(a->identity.sha256.toLower());
    return matches(filter, a ? &*a : nullptr, decided);
}

int DocumentFilterModel::count(Filter filter) const
{
    if (!sourceModel())
        return 0;
    const int rows = sourceModel()->rowCount();
    if (filter == Filter::All)
        return rows;
    int n = 0;
    for (int row = 0; row < rows; ++row)
        n += rowMatches(filter, row) ? 1 : 0;
    return n;
}

bool DocumentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && (m_filter == Filter::All || rowMatches(m_filter, sourceRow));
}

bool DocumentFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QModelIndex l = left.siblingAtColumn(DocumentListModel::NameColumn);
    const QModelIndex r = right.siblingAtColumn(DocumentListModel::NameColumn);
    const QString lName = l.data(DocumentListModel::SortRole).toString();
    const QString rName = r.data(DocumentListModel::SortRole).toString();
    switch (m_sortKey) {
    case SortKey::Name:
        return lName.localeAwareCompare(rName) < 0;
    case SortKey::Status: {
        const int lRank = statusRank(DocumentStatus(l.data(DocumentListModel::StatusRole).toInt()));
        const int rRank = statusRank(DocumentStatus(r.data(DocumentListModel::StatusRole).toInt()));
        return lRank != rRank ? lRank < rRank : lName.localeAwareCompare(rName) < 0;
    }
    case SortKey::Time: {
        const auto *documents = qobject_cast<const DocumentListModel *>(sourceModel());
        const auto lA = documents ? documents->assessmentAt(l.row()) : std::nullopt;
        const auto rA = documents ? documents->assessmentAt(r.row()) : std::nullopt;
        // Newest first; documents still waiting come last.
        if (!lA || !rA)
            return lA.has_value() && !rA.has_value();
        return lA->assessedAt != rA->assessedAt ? lA->assessedAt > rA->assessedAt : lName.localeAwareCompare(rName) < 0;
    }
    case SortKey::Added:
    case SortKey::Column:
        break;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

void DocumentFilterModel::sourceChanged()
{
    m_refresh.start();
}

} // namespace granska
