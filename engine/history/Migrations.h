// The history database's schema as an ordered list of steps. A database records in
// PRAGMA user_version the last step applied to it; opening it applies the steps after that one,
// each in its own transaction, so a kill or a failing step leaves the database at the previous
// version, never half-way. To change the schema, append a step to schemaMigrations() in
// Migrations.cpp; never edit a step that has shipped, because databases already carry it.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace granska::history {

struct Migration {
    int version = 0;       // the schema version the database has once this step is applied
    QString description;   // what the step does, for error messages
    QStringList statements; // run in order inside the step's transaction
};

// PRAGMA application_id of a history database ("GRNS"), set by the first step. Lets the store
// recognise its own files and leave other SQLite databases alone.
constexpr int applicationId = 0x47524E53;

// Every step of the history schema, oldest first; versions run 1, 2, 3, ... without gaps.
const QList<Migration> &schemaMigrations();

// The version the last of steps migrates to; 0 for an empty list.
int latestVersion(const QList<Migration> &steps);

// The database's PRAGMA user_version, or -1 (with *error set) when it cannot be read.
int schemaVersionOf(const QSqlDatabase &db, QString *error = nullptr);

// Applies the steps the database does not have yet, oldest first, one transaction each. Returns
// false with *error in plain words when the database is newer than the steps or a step fails; the
// steps applied before the failing one stay applied.
bool migrate(const QSqlDatabase &db, const QList<Migration> &steps, QString *error = nullptr);

} // namespace granska::history
