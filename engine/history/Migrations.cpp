#include "Migrations.h"

#include "SqliteSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace granska::history {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::HistoryStore)
};

// Version 1: one row per assessment. The columns the history list filters and shows are kept
// apart from the full assessment (JSON in the form toJson() writes) so that listing never has to
// parse JSON; the JSON is the record, the columns are an index into it.
//   assessed_at  ISO 8601 UTC with milliseconds ("2024-03-01T10:00:00.000Z"): fixed width, so
//                text order is time order, and readable for anyone inspecting the file by hand.
//   search_key   file name, path and SHA-256 in Unicode case-folded NFC form. SQLite's LIKE only
//                ignores case for ASCII; folding once in C++ makes "åtgärd" find "Åtgärd.pdf".
Migration assessmentsTable()
{
    return {1,
            QStringLiteral("assessments table"),
            {
                QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
                QStringLiteral("CREATE TABLE assessments ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " file_path TEXT NOT NULL,"
                               " file_name TEXT NOT NULL,"
                               " sha256 TEXT,"
                               " size INTEGER NOT NULL DEFAULT 0,"
                               " assessed_at TEXT NOT NULL,"
                               " engine_version TEXT NOT NULL DEFAULT '',"
                               " status TEXT NOT NULL CHECK (status IN ('ok', 'error')),"
                               " pdfa_claim TEXT,"
                               " pdfa_profile TEXT,"
                               " pdfa_compliant INTEGER CHECK (pdfa_compliant IN (0, 1)),"
                               " signature_count INTEGER NOT NULL DEFAULT 0,"
                               " signatures_intact INTEGER NOT NULL DEFAULT 0,"
                               " has_problems INTEGER NOT NULL CHECK (has_problems IN (0, 1)),"
                               " search_key TEXT NOT NULL,"
                               " assessment_json TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX assessments_sha256 ON assessments (sha256)"),
                QStringLiteral("CREATE INDEX assessments_assessed_at ON assessments (assessed_at)"),
                QStringLiteral("CREATE INDEX assessments_file_name ON assessments (file_name)"),
            }};
}

// Version 2: the archivist's decisions on documents (approve for transfer, reject, needs
// follow-up). A decision is about the bytes of a file, so it carries the SHA-256 as well as the
// assessment it was made on: a re-assessment of the same file finds the decisions made before.
// Rows are only ever inserted; the triggers refuse UPDATE and DELETE so that a changed decision
// is a new row and the earlier ones stay as the audit trail, whoever opens the file.
//   decided_at  same fixed-width ISO 8601 UTC form as assessed_at.
Migration decisionsTable()
{
    return {2,
            QStringLiteral("decisions table"),
            {
                QStringLiteral("CREATE TABLE decisions ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE RESTRICT,"
                               " sha256 TEXT NOT NULL,"
                               " decided_at TEXT NOT NULL,"
                               " reviewer TEXT NOT NULL,"
                               " decision TEXT NOT NULL CHECK (decision IN ('approve', 'reject', 'follow-up')),"
                               " comment TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX decisions_sha256 ON decisions (sha256, decided_at)"),
                QStringLiteral("CREATE INDEX decisions_assessment ON decisions (assessment_id)"),
                QStringLiteral("CREATE TRIGGER decisions_never_updated BEFORE UPDATE ON decisions"
                               " BEGIN SELECT RAISE(ABORT, 'recorded decisions are never changed;"
                               " record a new decision instead'); END"),
                QStringLiteral("CREATE TRIGGER decisions_never_deleted BEFORE DELETE ON decisions"
                               " BEGIN SELECT RAISE(ABORT, 'recorded decisions are never deleted'); END"),
            }};
}

bool applyStep(const QSqlDatabase &db, const Migration &step, QString *error)
{
    WriteTransaction transaction(db);
    QString detail;
    if (!transaction.begin(&detail)) {
        if (error)
            *error = Tr::tr("Could not start updating the history to format %1 (%2): %3")
                         .arg(step.version).arg(step.description, detail);
        return false;
    }
    // Read again under the write lock: another program may have migrated while we waited.
    const int version = schemaVersionOf(db, &detail);
    if (version < 0) {
        if (error)
            *error = Tr::tr("Could not read the format of the history: %1").arg(detail);
        return false;
    }
    if (version >= step.version)
        return transaction.commit(error);

    QSqlQuery query(db);
    for (const QString &statement : step.statements) {
        if (!execute(query, statement, &detail)) {
            if (error)
                *error = Tr::tr("Could not update the history to format %1 (%2): %3")
                             .arg(step.version).arg(step.description, detail);
            return false; // the transaction rolls back the statements already run
        }
    }
    // user_version lives in the database header, which SQLite writes as part of the transaction.
    if (!execute(query, QStringLiteral("PRAGMA user_version = %1").arg(step.version), &detail)
        || !transaction.commit(&detail)) {
        if (error)
            *error = Tr::tr("Could not update the history to format %1 (%2): %3")
                         .arg(step.version).arg(step.description, detail);
        return false;
    }
    return true;
}

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> steps{
        assessmentsTable(),
        decisionsTable(),
    };
    return steps;
}

int latestVersion(const QList<Migration> &steps)
{
    return steps.isEmpty() ? 0 : steps.constLast().version;
}

int schemaVersionOf(const QSqlDatabase &db, QString *error)
{
    const QVariant value = pragma(db, QStringLiteral("user_version"), error);
    return value.isValid() ? value.toInt() : -1;
}

bool migrate(const QSqlDatabase &db, const QList<Migration> &steps, QString *error)
{
    QString detail;
    const int version = schemaVersionOf(db, &detail);
    if (version < 0) {
        if (error)
            *error = Tr::tr("Could not read the format of the history: %1").arg(detail);
        return false;
    }
    const int latest = latestVersion(steps);
    if (version > latest) {
        if (error)
            *error = Tr::tr("The history was written by a newer version of Granska (format %1; this "
                            "version understands up to format %2). Update Granska to open it.")
                         .arg(version).arg(latest);
        return false;
    }
    for (const Migration &step : steps) {
        if (step.version > version && !applyStep(db, step, error))
            return false;
    }
    return true;
}

} // namespace granska::history
