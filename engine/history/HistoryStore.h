// The assessment history: every assessment ever made, kept in an SQLite database through QtSql so
// that an archivist can return to it, compare re-assessments of the same file (same SHA-256) and
// show what was concluded when, and record the archivist's decisions on each file as an audit trail
// that is only ever added to. Survives a kill at any moment: WAL journal, one transaction per
// write, schema versioned with migrations.
#pragma once

#include "assessment/Assessment.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace granska {

// What an archivist decided about a document.
enum class DecisionKind { Approve, Reject, FollowUp };

QString toString(DecisionKind kind);                             // "approve", "reject", "follow-up"
std::optional<DecisionKind> decisionKindFromString(const QString &text);

// One recorded decision. Never changed once stored: a changed mind is a new decision, and the
// earlier ones stay as the audit trail.
struct Decision {
    qint64 id = 0;
    qint64 assessmentId = 0; // the assessment the archivist was looking at
    QString sha256;          // of the file decided on; filled in from the assessment when stored
    QDateTime decidedAt;     // UTC; stamped when stored if invalid
    QString reviewer;
    DecisionKind kind = DecisionKind::FollowUp;
    QString comment;
};

// One row of the history: enough to list and filter without loading the whole assessment.
struct HistoryEntry {
    qint64 id = 0;
    QString filePath;     // as it was given when assessed
    QString fileName;
    QString sha256;
    qint64 size = 0;
    QDateTime assessedAt; // UTC
    QString engineVersion;
    AssessmentStatus status = AssessmentStatus::Ok;
    QString pdfaClaim;    // flavour claimed, e.g. "2b"; empty when none
    QString pdfaProfile;  // flavour validated against; empty when not validated
    std::optional<bool> pdfaCompliant;
    int signatureCount = 0;
    int signaturesIntact = 0;
    bool hasProblems = false;
    int assessmentsOfFile = 0;            // stored assessments with this SHA-256, this one included
    std::optional<Decision> latestDecision; // the newest decision on this file (by SHA-256)
};

struct HistoryQuery {
    enum class Verdict { Any, Problems, Clean }; // Problems includes files that could not be assessed
    enum class Decided { Any, Undecided, Decided, Approved, Rejected, FollowUp }; // by the latest decision

    QString text;          // matched against file name, path and SHA-256 (substring, case-insensitive)
    QDateTime from, to;    // assessedAt range, either end optional; both ends included
    Verdict verdict = Verdict::Any;
    Decided decided = Decided::Any;
    int limit = 10000;     // 0 or less: no limit
};

class HistoryStore {
public:
    // The default database: history.sqlite under QStandardPaths::AppDataLocation.
    static QString defaultPath();

    explicit HistoryStore(const QString &databasePath = defaultPath());
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Opens (creating the file and folder if needed), applies pending migrations and turns on WAL.
    // Use the store from the thread that opened it.
    bool open(QString *error = nullptr);
    bool isOpen() const;
    QString databasePath() const;
    int schemaVersion() const;       // of the open database
    static int currentSchemaVersion(); // the version this build migrates to

    // Stores one assessment in a single transaction; returns its id, or 0 on failure. An assessment
    // without assessedAt is stamped with the time it is stored.
    qint64 add(const Assessment &assessment, QString *error = nullptr);

    // Newest first.
    QList<HistoryEntry> entries(const HistoryQuery &query = {}) const;
    QList<HistoryEntry> entriesForSha256(const QString &sha256) const;
    std::optional<Assessment> assessment(qint64 id) const;
    int count() const;

    // Records a decision on the assessment decision.assessmentId in one transaction and returns
    // its id, or 0 on failure (unknown assessment, an assessment without SHA-256, no reviewer).
    qint64 addDecision(const Decision &decision, QString *error = nullptr);
    qint64 addDecision(qint64 assessmentId, DecisionKind kind, const QString &reviewer,
                       const QString &comment, QString *error = nullptr);
    // Every decision on the file with this SHA-256, newest first: the audit trail.
    QList<Decision> decisions(const QString &sha256) const;
    // The decisions made while looking at one assessment, newest first.
    QList<Decision> decisionsForAssessment(qint64 assessmentId) const;
    std::optional<Decision> latestDecision(const QString &sha256) const;
    // The SHA-256 of every file with at least one recorded decision.
    QSet<QString> decidedFiles() const;

    // Why the last call failed, in plain words; empty after a call that succeeded. Lets the
    // read-only calls above, which have no error parameter, still explain an empty answer.
    QString lastError() const;

private:
    QList<HistoryEntry> selectEntries(const QStringList &conditions, const QVariantList &values, int limit) const;
    QList<Decision> selectDecisions(const QString &condition, const QVariant &value, int limit) const;
    bool fail(const QString &message, QString *error) const;

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    mutable QString m_lastError;
};

} // namespace granska
