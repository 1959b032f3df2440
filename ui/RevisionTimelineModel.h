// The revisions of one document in order, oldest first, as a timeline reads them: when each came
// about (as far as the signatures tell), which signatures and document timestamps sign it, and what
// it changed compared with the revision before, with whether the signatures allow that change.
#pragma once

#include "assessment/Assessment.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace granska {

class RevisionTimelineModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        RevisionRole = Qt::UserRole + 1, // 1-based revision index
        IsFinalRole,        // bool: the last revision, the document as it is now
        TimeRole,           // QDateTime: the best known time of the revision; invalid when unknown
        TimeTextRole,       // the time in words with where it comes from, or "Time not recorded"
        SignaturesRole,     // QVariantList of QVariantMap {index, name, text, indication (int), kind (int)}
        // QVariantList of QVariantMap {kind, text, descriptions (QStringList), count, permitted (bool)}:
        // changes of one kind judged alike are one entry
        ChangesRole,
        ForbiddenChangesRole, // bool: a change of this revision is not permitted by a signature
        SignedRole,         // bool: at least one signature or document timestamp ends with this revision
        SizeRole,           // qint64: bytes of the document up to the end of this revision
        SummaryRole,        // the whole entry in one sentence (accessible text, tooltip)
    };

    explicit RevisionTimelineModel(QObject *parent = nullptr);

    void setAssessment(const Assessment &assessment);
    void clear();
    const Assessment &assessment() const { return m_assessment; }
    int revisionCount() const { return int(m_entries.size()); }
    QModelIndex indexForRevision(int revision) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void retranslate();

    // The kind of a change (ModificationInfo::kind) in words, e.g. "Form filled in".
    static QString changeKindText(const QString &kind);

private:
    struct Change {
        QString kind;
        bool permitted = true;
        QStringList descriptions; // one per change found, as the engine words them
    };
    struct Entry {
        Revision revision;
        QList<int> signatures; // indexes into Assessment::signatures, in file order
        QList<Change> changes;
    };
    QDateTime timeOf(const Entry &entry, QString *source) const;
    QString summary(const Entry &entry) const;
    QString toolTip(const Entry &entry) const;
    QString signatureText(const SignatureInfo &signature) const;
    QString changeText(const Change &change) const;

    Assessment m_assessment;
    QList<Entry> m_entries;
};

} // namespace granska
