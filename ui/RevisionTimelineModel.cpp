#include "RevisionTimelineModel.h"

#include "Presentation.h"

#include <QVariantMap>
#include <algorithm>
#include <optional>

namespace granska {

RevisionTimelineModel::RevisionTimelineModel(QObject *parent) : QAbstractListModel(parent) {}

void RevisionTimelineModel::setAssessment(const Assessment &assessment)
{
    beginResetModel();
    m_assessment = assessment;
    m_entries.clear();
    for (const Revision &revision : assessment.revisions) {
        Entry entry;
        entry.revision = revision;
        for (int i = 0; i < assessment.signatures.size(); ++i) {
            if (assessment.signatures.at(i).revision == revision.index)
                entry.signatures << i;
        }
        // Every signature judges the changes made after it. A change is forbidden when any
        // signature forbids it; changes of one kind judged alike are listed once, with a count.
        struct Found {
            QString kind;
            QString description;
            bool permitted;
        };
        QList<Found> found;
        for (const SignatureInfo &s : assessment.signatures) {
            for (const ModificationInfo &m : s.modifications) {
                if (m.revision != revision.index)
                    continue;
                auto same = std::find_if(found.begin(), found.end(), [&m](const Found &f) {
                    return f.kind == m.kind && f.description == m.description;
                });
                if (same == found.end())
                    found.append(Found{m.kind, m.description, m.permitted});
                else
                    same->permitted = same->permitted && m.permitted;
            }
        }
        for (const Found &f : found) {
            auto group = std::find_if(entry.changes.begin(), entry.changes.end(), [&f](const Change &c) {
                return c.kind == f.kind && c.permitted == f.permitted;
            });
            if (group == entry.changes.end())
                entry.changes.append(Change{f.kind, f.permitted, {f.description}});
            else
                group->descriptions.append(f.description);
        }
        m_entries.append(entry);
    }
    endResetModel();
}

void RevisionTimelineModel::clear()
{
    beginResetModel();
    m_assessment = Assessment();
    m_entries.clear();
    endResetModel();
}

QModelIndex RevisionTimelineModel::indexForRevision(int revision) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).revision.index == revision)
            return index(row, 0);
    }
    return {};
}

int RevisionTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString RevisionTimelineModel::changeKindText(const QString &kind)
{
    if (kind == QLatin1String("validation-data"))
        return tr("Validation data added");
    if (kind == QLatin1String("document-timestamp"))
        return tr("Document timestamp added");
    if (kind == QLatin1String("signature"))
        return tr("Signature added");
    if (kind == QLatin1String("form-fill"))
        return tr("Form filled in");
    if (kind == QLatin1String("annotation"))
        return tr("Annotation added or changed");
    if (kind == QLatin1String("metadata"))
        return tr("Metadata changed");
    if (kind == QLatin1String("page-added"))
        return tr("Page added");
    if (kind == QLatin1String("page-removed"))
        return tr("Page removed");
    return tr("Other change");
}

// The most trustworthy time the signatures of this revision give: a document timestamp over it,
// then a signature timestamp, then the signing time inside the signature, then the one claimed in
// the signature dictionary.
QDateTime RevisionTimelineModel::timeOf(const Entry &entry, QString *source) const
{
    struct Candidate {
        QDateTime time;
        int rank;
        QString source;
    };
    std::optional<Candidate> best;
    auto consider = [&best](const QDateTime &time, int rank, const QString &source) {
        if (time.isValid() && (!best || rank < best->rank || (rank == best->rank && time < best->time)))
            best = Candidate{time, rank, source};
    };
    for (int i : entry.signatures) {
        const SignatureInfo &s = m_assessment.signatures.at(i);
        // A document timestamp's own time is its token's genTime (the engine's CMS signing time);
        // document timestamps listed under a signature are later ones covering it, not its time.
        if (s.kind == SignatureKind::DocumentTimestamp)
            consider(s.cmsSigningTime, 0, tr("document timestamp"));
        for (const TimestampInfo &t : s.timestamps) {
            if (t.type == TimestampInfo::Type::Signature)
                consider(t.time, 1, tr("signature timestamp"));
        }
        consider(s.cmsSigningTime, 2, tr("signing time in the signature"));
        consider(s.claimedSigningTime, 3, tr("signing time claimed by the signer"));
    }
    if (!best)
        return {};
    if (source)
        *source = best->source;
    return best->time;
}

QString RevisionTimelineModel::signatureText(const SignatureInfo &s) const
{
    return tr("%1: %2 — %3").arg(kindText(s.kind), signerDisplayName(s), indicationText(s.indication));
}

QString RevisionTimelineModel::changeText(const Change &change) const
{
    const QString what = change.descriptions.size() > 1
                             ? tr("%1 (%2 changes)").arg(changeKindText(change.kind)).arg(change.descriptions.size())
                             : changeKindText(change.kind);
    return tr("%1 — %2").arg(what, change.permitted ? tr("permitted") : tr("not permitted"));
}

// The entry line by line, with each change as the engine described it.
QString RevisionTimelineModel::toolTip(const Entry &entry) const
{
    QStringList lines;
    lines << tr("Revision %1 of %2").arg(entry.revision.index).arg(m_entries.size());
    QString source;
    const QDateTime time = timeOf(entry, &source);
    lines << (time.isValid() ? tr("%1 (%2)").arg(formatTimestamp(time), source) : tr("Time not recorded"));
    lines << tr("Document size at its end: %1").arg(formatByteCount(entry.revision.end));
    for (int i : entry.signatures)
        lines << signatureText(m_assessment.signatures.at(i));
    for (const Change &change : entry.changes) {
        lines << changeText(change);
        for (const QString &description : change.descriptions) {
            if (!description.isEmpty())
                lines << QStringLiteral("    • ") + description;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString RevisionTimelineModel::summary(const Entry &entry) const
{
    QStringList parts;
    parts << tr("Revision %1 of %2").arg(entry.revision.index).arg(m_entries.size());
    if (entry.revision.index == 1)
        parts << tr("the original document");
    if (entry.revision.index == m_entries.size())
        parts << tr("the final version");
    QString source;
    const QDateTime time = timeOf(entry, &source);
    parts << (time.isValid() ? tr("%1 (%2)").arg(formatTimestamp(time), source) : tr("time not recorded"));
    if (entry.signatures.isEmpty())
        parts << tr("not signed");
    for (int i : entry.signatures)
        parts << tr("signed by %1").arg(signatureText(m_assessment.signatures.at(i)));
    for (const Change &change : entry.changes)
        parts << changeText(change);
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

QVariant RevisionTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    const bool isFinal = index.row() == m_entries.size() - 1;
    switch (role) {
    case Qt::DisplayRole:
        return isFinal ? tr("Revision %1 of %2 (final version)").arg(entry.revision.index).arg(m_entries.size())
                       : tr("Revision %1 of %2").arg(entry.revision.index).arg(m_entries.size());
    case Qt::ToolTipRole:
        return toolTip(entry);
    case Qt::AccessibleTextRole:
    case SummaryRole:
        return summary(entry);
    case RevisionRole:
        return entry.revision.index;
    case IsFinalRole:
        return isFinal;
    case TimeRole: {
        return timeOf(entry, nullptr);
    }
    case TimeTextRole: {
        QString source;
        const QDateTime time = timeOf(entry, &source);
        return time.isValid() ? tr("%1 (%2)").arg(formatTimestamp(time), source) : tr("Time not recorded");
    }
    case SignaturesRole: {
        QVariantList list;
        for (int i : entry.signatures) {
            const SignatureInfo &s = m_assessment.signatures.at(i);
            list << QVariantMap{{QStringLiteral("index"), i},
                                {QStringLiteral("name"), signerDisplayName(s)},
                                {QStringLiteral("text"), signatureText(s)},
                                {QStringLiteral("indication"), int(s.indication)},
                                {QStringLiteral("kind"), int(s.kind)}};
        }
        return list;
    }
    case ChangesRole: {
        QVariantList list;
        for (const Change &c : entry.changes) {
            list << QVariantMap{{QStringLiteral("kind"), c.kind},
                                {QStringLiteral("text"), changeText(c)},
                                {QStringLiteral("descriptions"), c.descriptions},
                                {QStringLiteral("count"), int(c.descriptions.size())},
                                {QStringLiteral("permitted"), c.permitted}};
        }
        return list;
    }
    case ForbiddenChangesRole:
        return std::any_of(entry.changes.cbegin(), entry.changes.cend(), [](const Change &c) { return !c.permitted; });
    case SignedRole:
        return !entry.signatures.isEmpty();
    case SizeRole:
        return entry.revision.end;
    }
    return {};
}

void RevisionTimelineModel::retranslate()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, 0));
}

} // namespace granska
