// The assessment history: every assessment ever made, kept in an SQLite database through QtSql so
// that an archivist can return to it, compare re-assessments of the same file (same SHA-256) and
// show what was concluded when. Survives a kill at any moment: WAL journal, one transaction per
// write, schema versioned with migrations.
#pragma once

#include "assessment/Assessment.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace granska {

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
};

struct HistoryQuery {
    QString text;          // matched against file name, path and SHA-256 (substring, case-insensitive)
    QDateTime from, to;    // assessedAt range, either end optional; both ends included
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

    // Why the last call failed, in plain words; empty after a call that succeeded. Lets the
    // read-only calls above, which have no error parameter, still explain an empty answer.
    QString lastError() const;

private:
    bool fail(const QString &message, QString *error) const;

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    mutable QString m_lastError;
};

} // namespace granska
