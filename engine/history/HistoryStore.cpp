#include "HistoryStore.h"

#include "Migrations.h"
#include "SqliteSupport.h"
#include "assessment/AssessmentJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <atomic>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::HistoryStore)
};

const QString driverName = QStringLiteral("QSQLITE");

// How long a write waits for another program (the CLI beside the GUI) holding the database's
// write lock before it gives up. Writes are one short INSERT each, so waits are brief.
constexpr int busyTimeoutMs = 10000;

// The columns of a HistoryEntry, in the order entryFrom() reads them.
const QString entryColumns = QStringLiteral(
    "id, file_path, file_name, sha256, size, assessed_at, engine_version, status, pdfa_claim,"
    " pdfa_profile, pdfa_compliant, signature_count, signatures_intact, has_problems");

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("granska-history-%1").arg(++counter);
}

// assessed_at is stored as fixed-width ISO 8601 UTC with milliseconds, so text order is time order.
QString storedTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromStorage(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// The form in which both the search column and the search text are compared: composed and
// case-folded, so that "ÅTGÄRD", "åtgärd" and a decomposed "å" from another file system match.
QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

int intactSignatures(const Assessment &assessment)
{
    int intact = 0;
    for (const SignatureInfo &signature : assessment.signatures) {
        if (signature.integrity == Integrity::Intact)
            ++intact;
    }
    return intact;
}

HistoryEntry entryFrom(const QSqlQuery &query)
{
    HistoryEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.filePath = query.value(1).toString();
    entry.fileName = query.value(2).toString();
    entry.sha256 = query.value(3).toString();
    entry.size = query.value(4).toLongLong();
    entry.assessedAt = timeFromStorage(query.value(5).toString());
    entry.engineVersion = query.value(6).toString();
    entry.status = query.value(7).toString() == QLatin1String("error") ? AssessmentStatus::Error
                                                                        : AssessmentStatus::Ok;
    entry.pdfaClaim = query.value(8).toString();
    entry.pdfaProfile = query.value(9).toString();
    if (!query.value(10).isNull())
        entry.pdfaCompliant = query.value(10).toInt() != 0;
    entry.signatureCount = query.value(11).toInt();
    entry.signaturesIntact = query.value(12).toInt();
    entry.hasProblems = query.value(13).toInt() != 0;
    return entry;
}

// A file the store may take over: its own history, or an SQLite file with nothing in it yet (a new
// or empty file). Anything else is another program's database and is left exactly as it is.
bool isHistoryOrEmpty(const QSqlDatabase &db, QString *error)
{
    const QVariant id = history::pragma(db, QStringLiteral("application_id"), error);
    if (!id.isValid())
        return false;
    if (id.toInt() == history::applicationId)
        return true;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!history::execute(query, QStringLiteral("SELECT count(*) FROM sqlite_master"), error) || !query.next())
        return false;
    return id.toInt() == 0 && query.value(0).toInt() == 0;
}

// The settings that make the file survive a kill at any moment. Run outside any transaction.
//
// journal_mode=WAL: a commit appends the transaction to the -wal file; the database file itself is
// only changed by checkpoints that copy committed transactions over. A process killed in the
// middle of a transaction leaves an incomplete tail in the WAL whose checksums do not match, and
// the next connection ignores it: the database is the one of the last commit. WAL also lets the
// GUI read the history while the CLI writes to it.
//
// synchronous=FULL: NORMAL would already be enough against a process kill, because a commit's
// write() has reached the operating system, which writes it out even when the process dies.
// NORMAL does not fsync the WAL at each commit, though, so a power cut or a crash of the operating
// system could lose the last assessments (still without corrupting the file). FULL fsyncs at
// every commit, so a stored assessment - and, later, an archivist's recorded decision - survives
// those too. The cost is one fsync per add(), small next to assessing a PDF.
//
// foreign_keys=ON: off by default in SQLite for every connection; later tables (decisions) refer
// to assessments and the reference should be enforced. It is turned on only after the migrations,
// which SQLite recommends running with it off (a table rebuild would otherwise cascade).
bool applyConnectionSettings(const QSqlDatabase &db, QString *error)
{
    const QString mode = history::pragma(db, QStringLiteral("journal_mode = WAL"), error).toString();
    if (mode.isEmpty())
        return false;
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        // WAL needs shared memory beside the file, which some network file systems do not offer.
        // The rollback journal SQLite keeps instead is just as safe against a kill, only slower
        // and without concurrent reading, so keep working.
        qWarning("granska: the history at %s stays in journal mode %s; write-ahead logging is not available there",
                 qUtf8Printable(db.databaseName()), qUtf8Printable(mode));
    }
    QSqlQuery query(db);
    return history::execute(query, QStringLiteral("PRAGMA synchronous = FULL"), error)
        && history::execute(query, QStringLiteral("PRAGMA foreign_keys = ON"), error);
}

} // namespace

QString HistoryStore::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder.isEmpty() ? QString() : QDir(folder).filePath(QStringLiteral("history.sqlite"));
}

HistoryStore::HistoryStore(const QString &databasePath)
    : m_path(databasePath)
    , m_connectionName(newConnectionName())
{
}

HistoryStore::~HistoryStore()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    } // removeDatabase() wants no QSqlDatabase handle left alive
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool HistoryStore::fail(const QString &message, QString *error) const
{
    m_lastError = message;
    if (error)
        *error = message;
    return false;
}

bool HistoryStore::open(QString *error)
{
    if (isOpen()) {
        m_lastError.clear();
        return true;
    }
    if (m_path.isEmpty())
        return fail(Tr::tr("There is no folder for application data on this system, so the history "
                           "of assessments cannot be kept."),
                    error);
    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.absolutePath()))
        return fail(Tr::tr("Could not create the folder %1 for the history of assessments.")
                        .arg(QDir::toNativeSeparators(file.absolutePath())),
                    error);
    if (!QSqlDatabase::isDriverAvailable(driverName))
        return fail(Tr::tr("The SQLite database driver for Qt is not installed, so the history of "
                           "assessments cannot be kept (on Debian: package libqt6sql6-sqlite)."),
                    error);

    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(driverName, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    const QString where = QDir::toNativeSeparators(file.absoluteFilePath());
    if (!db.open())
        return fail(Tr::tr("Could not open the history of assessments %1: %2")
                        .arg(where, history::describe(db.lastError())),
                    error);

    QString detail;
    auto closeAndFail = [&](const QString &message) {
        db.close();
        return fail(message, error);
    };
    // Looked at before anything is written: a file that is not ours is never changed, not even
    // switched to WAL.
    if (!isHistoryOrEmpty(db, &detail)) {
        return closeAndFail(detail.isEmpty()
                                ? Tr::tr("%1 is a database of another program, not a history of "
                                         "assessments; it was left untouched.").arg(where)
                                : Tr::tr("%1 is not a history of assessments, or it is damaged: %2")
                                      .arg(where, detail));
    }
    // Migrations run before the settings below so that a history from a newer Granska, which
    // migrate() refuses, is not written to at all. They are safe in either journal mode: each step
    // is one transaction.
    if (!history::migrate(db, history::schemaMigrations(), &detail))
        return closeAndFail(Tr::tr("Could not open the history of assessments %1. %2").arg(where, detail));
    if (!applyConnectionSettings(db, &detail))
        return closeAndFail(Tr::tr("Could not prepare the history of assessments %1: %2").arg(where, detail));
    m_schemaVersion = history::schemaVersionOf(db);
    m_lastError.clear();
    return true;
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QString HistoryStore::databasePath() const
{
    return m_path;
}

int HistoryStore::schemaVersion() const
{
    return isOpen() ? m_schemaVersion : 0;
}

int HistoryStore::currentSchemaVersion()
{
    return history::latestVersion(history::schemaMigrations());
}

qint64 HistoryStore::add(const Assessment &assessment, QString *error)
{
    if (!isOpen()) {
        fail(Tr::tr("The history of assessments is not open."), error);
        return 0;
    }
    Assessment stored = assessment;
    if (!stored.assessedAt.isValid())
        stored.assessedAt = QDateTime::currentDateTimeUtc();
    const QString fileName = stored.identity.fileName.isEmpty() ? QFileInfo(stored.file).fileName()
                                                                : stored.identity.fileName;
    const QString sha256 = stored.identity.sha256.toLower();
    const QByteArray json = QJsonDocument(toJson(stored)).toJson(QJsonDocument::Compact);

    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString what = fileName.isEmpty() ? stored.file : fileName;
    QString detail;
    history::WriteTransaction transaction(db);
    if (!transaction.begin(&detail)) {
        fail(Tr::tr("Could not save the assessment of %1 in the history: %2").arg(what, detail), error);
        return 0;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO assessments (file_path, file_name, sha256, size, assessed_at, engine_version,"
        " status, pdfa_claim, pdfa_profile, pdfa_compliant, signature_count, signatures_intact,"
        " has_problems, search_key, assessment_json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(stored.file);
    insert.addBindValue(fileName);
    insert.addBindValue(textOrNull(sha256));
    insert.addBindValue(stored.identity.size);
    insert.addBindValue(storedTime(stored.assessedAt));
    insert.addBindValue(stored.engineVersion);
    insert.addBindValue(stored.status == AssessmentStatus::Error ? QStringLiteral("error") : QStringLiteral("ok"));
    insert.addBindValue(textOrNull(stored.pdfa.claim.flavour()));
    insert.addBindValue(textOrNull(stored.pdfa.profile));
    insert.addBindValue(stored.pdfa.compliant ? QVariant(int(*stored.pdfa.compliant))
                                              : QVariant(QMetaType::fromType<int>()));
    insert.addBindValue(int(stored.signatures.size()));
    insert.addBindValue(intactSignatures(stored));
    insert.addBindValue(int(stored.hasProblems()));
    insert.addBindValue(folded(fileName + QLatin1Char('\n') + stored.file + QLatin1Char('\n') + sha256));
    insert.addBindValue(QString::fromUtf8(json));
    if (!insert.exec()) {
        fail(Tr::tr("Could not save the assessment of %1 in the history: %2")
                 .arg(what, history::describe(insert.lastError())),
             error);
        return 0;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    insert.finish();
    if (!transaction.commit(&detail)) {
        fail(Tr::tr("Could not save the assessment of %1 in the history: %2").arg(what, detail), error);
        return 0;
    }
    m_lastError.clear();
    return id;
}

QList<HistoryEntry> HistoryStore::entries(const HistoryQuery &query) const
{
    if (!isOpen()) {
        fail(Tr::tr("The history of assessments is not open."), nullptr);
        return {};
    }
    QStringList conditions;
    QVariantList values;
    const QString text = folded(query.text.trimmed());
    if (!text.isEmpty()) {
        // instr() rather than LIKE: the search text is taken literally, '%' and '_' included.
        conditions << QStringLiteral("instr(search_key, ?) > 0");
        values << text;
    }
    if (query.from.isValid()) {
        conditions << QStringLiteral("assessed_at >= ?");
        values << storedTime(query.from);
    }
    if (query.to.isValid()) {
        conditions << QStringLiteral("assessed_at <= ?");
        values << storedTime(query.to);
    }
    QString sql = QStringLiteral("SELECT ") + entryColumns + QStringLiteral(" FROM assessments");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    // Same time: the one stored later is the newer assessment.
    sql += QStringLiteral(" ORDER BY assessed_at DESC, id DESC LIMIT ?");
    values << (query.limit > 0 ? query.limit : -1);

    QSqlQuery select(QSqlDatabase::database(m_connectionName, false));
    select.setForwardOnly(true);
    select.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        select.addBindValue(value);
    QList<HistoryEntry> result;
    if (!select.exec()) {
        fail(Tr::tr("Could not read the history of assessments: %1").arg(history::describe(select.lastError())),
             nullptr);
        return result;
    }
    while (select.next())
        result.append(entryFrom(select));
    m_lastError.clear();
    return result;
}

QList<HistoryEntry> HistoryStore::entriesForSha256(const QString &sha256) const
{
    QList<HistoryEntry> result;
    if (!isOpen()) {
        fail(Tr::tr("The history of assessments is not open."), nullptr);
        return result;
    }
    m_lastError.clear();
    const QString key = sha256.trimmed().toLower();
    if (key.isEmpty())
        return result; // assessments of unreadable files have no checksum and are not one file
    QSqlQuery select(QSqlDatabase::database(m_connectionName, false));
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT ") + entryColumns
                   + QStringLiteral(" FROM assessments WHERE sha256 = ? ORDER BY assessed_at DESC, id DESC"));
    select.addBindValue(key);
    if (!select.exec()) {
        fail(Tr::tr("Could not read the history of assessments: %1").arg(history::describe(select.lastError())),
             nullptr);
        return result;
    }
    while (select.next())
        result.append(entryFrom(select));
    return result;
}

std::optional<Assessment> HistoryStore::assessment(qint64 id) const
{
    if (!isOpen()) {
        fail(Tr::tr("The history of assessments is not open."), nullptr);
        return std::nullopt;
    }
    QSqlQuery select(QSqlDatabase::database(m_connectionName, false));
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT assessment_json FROM assessments WHERE id = ?"));
    select.addBindValue(id);
    if (!select.exec()) {
        fail(Tr::tr("Could not read the history of assessments: %1").arg(history::describe(select.lastError())),
             nullptr);
        return std::nullopt;
    }
    if (!select.next()) {
        fail(Tr::tr("The history has no assessment number %1.").arg(id), nullptr);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(select.value(0).toString().toUtf8(), &parseError);
    if (!document.isObject()) {
        fail(Tr::tr("Assessment number %1 in the history is damaged and cannot be read: %2")
                 .arg(QString::number(id), parseError.errorString()),
             nullptr);
        return std::nullopt;
    }
    m_lastError.clear();
    return assessmentFromJson(document.object());
}

int HistoryStore::count() const
{
    if (!isOpen()) {
        fail(Tr::tr("The history of assessments is not open."), nullptr);
        return 0;
    }
    QSqlQuery select(QSqlDatabase::database(m_connectionName, false));
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT count(*) FROM assessments")) || !select.next()) {
        fail(Tr::tr("Could not read the history of assessments: %1").arg(history::describe(select.lastError())),
             nullptr);
        return 0;
    }
    m_lastError.clear();
    return select.value(0).toInt();
}

QString HistoryStore::lastError() const
{
    return m_lastError;
}

} // namespace granska
