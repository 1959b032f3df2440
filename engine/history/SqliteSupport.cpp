#include "SqliteSupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace granska::history {

QString describe(const QSqlError &error)
{
    const QString database = error.databaseText().trimmed();
    return database.isEmpty() ? error.text().trimmed() : database;
}

bool execute(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    if (error)
        *error = describe(query.lastError());
    return false;
}

QVariant pragma(const QSqlDatabase &db, const QString &name, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!execute(query, QStringLiteral("PRAGMA ") + name, error))
        return {};
    if (!query.next()) {
        if (error)
            *error = describe(query.lastError());
        return {};
    }
    return query.value(0);
}

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::begin(QString *error)
{
    QSqlQuery query(m_db);
    m_active = execute(query, QStringLiteral("BEGIN IMMEDIATE"), error);
    return m_active;
}

bool WriteTransaction::commit(QString *error)
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!execute(query, QStringLiteral("COMMIT"), error))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace granska::history
