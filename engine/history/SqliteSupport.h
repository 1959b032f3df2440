// Small helpers shared by the history store and its migrations: running a statement with a plain
// error, reading a PRAGMA, and a transaction that rolls back unless it is committed.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class QSqlError;
class QSqlQuery;

namespace granska::history {

// SQLite's own words for what went wrong, without Qt's generic "Unable to execute statement".
QString describe(const QSqlError &error);

// Runs one statement; on failure puts SQLite's words into *error and returns false.
bool execute(QSqlQuery &query, const QString &sql, QString *error);

// The value of a PRAGMA that returns one row, e.g. pragma(db, "user_version"); invalid on failure.
QVariant pragma(const QSqlDatabase &db, const QString &name, QString *error = nullptr);

// One write transaction. BEGIN IMMEDIATE takes SQLite's write lock at once, so a second writer on
// the same file (the CLI while the GUI is open) waits in the busy timeout at the start instead of
// failing halfway through with a lock it cannot upgrade. Rolls back when destroyed uncommitted.
class WriteTransaction {
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace granska::history
