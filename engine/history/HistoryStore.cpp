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

// The history rows with what is known about their file: how often it was assessed and the newest
// decision on it. Wrapped as a subquery so that filters can name the computed columns.
const QString entrySource = QStringLiteral(
    "(SELECT a.id AS id, a.file_path AS file_path, a.file_name AS file_name, a.sha256 AS sha256,"
    " a.size AS size, a.assessed_at AS assessed_at, a.engine_version AS engine_version,"
    " a.status AS status, a.pdfa_claim AS pdfa_claim, a.pdfa_profile AS pdfa_profile,"
    " a.pdfa_compliant AS pdfa_compliant, a.signature_count AS signature_count,"
    " a.signatures_intact AS signatures_intact, a.has_problems AS has_problems,"
    " a.search_key AS search_key,"
    " CASE WHEN a.sha256 IS NULL THEN 1"
    "  ELSE (SELECT count(*) FROM assessments same WHERE same.sha256 = a.sha256) END AS same_file,"
    " d.id AS decision_id, d.assessment_id AS decision_assessment, d.decided_at AS decided_at,"
    " d.reviewer AS reviewer, d.decision AS decision, d.comment AS comment"
    " FROM assessments a LEFT JOIN decisions d ON d.id = (SELECT newest.id FROM decisions newest"
    "  WHERE newest.sha256 = a.sha256 ORDER BY newest.decided_at DESC, newest.id DESC LIMIT 1))");

// The columns of a HistoryEntry, in the order entryFrom() reads them.
const QString entryColumns = QStringLiteral(
    "id, file_path, file_name, sha256, size, assessed_at, engine_version, status, pdfa_claim,"
    " pdfa_profile, pdfa_compliant, signature_count, signatures_intact, has_problems, same_file,"
    " decision_id, decision_assessment, decided_at, reviewer, decision, comment");

const QString decisionColumns = QStringLiteral(
    "id, assessment_id, sha256, decided_at, reviewer, decision, comment");

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
    entry.assessmentsOfFile = query.value(14).toInt();
    if (!query.value(15).isNull()) {
        Decision decision;
        decision.id = query.value(15).toLongLong();
        decision.assessmentId = query.value(16).toLongLong();
        decision.sha256 = entry.sha256;
        decision.decidedAt = timeFromStorage(query.value(17).toString());
        decision.reviewer = query.value(18).toString();
        decision.kind = decisionKindFromString(query.value(19).toString()).value_or(DecisionKind::FollowUp);
        decision.comment = query.value(20).toString();
        entry.latestDecision = decision;
    }
    return entry;
}

Decision decisionFrom(const QSqlQuery &query)
{
    Decision decision;
    decision.id = query.value(0).toLongLong();
    decision.assessmentId = query.value(1).toLongLong();
    decision.sha256 = query.value(2).toString();
    decision.decidedAt = timeFromStorage(query.value(3).toString());
    decision.reviewer = query.value(4).toString();
    decision.kind = decisionKindFromString(query.value(5).toString()).value_or(DecisionKind::FollowUp);
    decision.comment = query.value(6).toString();
    return decision;
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

QString toString(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Approve: return QStringLiteral("approve");
    case DecisionKind::Reject: return QStringLiteral("reject");
    case DecisionKind::FollowUp: return QStringLiteral("follow-up");
    }
    return {};
}

std::optional<DecisionKind> decisionKindFromString(const QString &text)
{
    for (DecisionKind kind : {DecisionKind::Approve, DecisionKind::Reject, DecisionKind::FollowUp}) {
        if (text == toString(kind))
            return kind;
    }
    return std::nullopt;
}

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
    switch (query.verdict) {
    case HistoryQuery::Verdict::Any: break;
    // A file that could not be assessed is a problem for the archivist too.
    case HistoryQuery::Verdict::Problems: conditions << QStringLiteral("(has_problems = 1 OR status = 'error')"); break;
    case HistoryQuery::Verdict::Clean: conditions << QStringLiteral("(has_problems = 0 AND status = 'ok')"); break;
    }
    switch (query.decided) {
    case HistoryQuery::Decided::Any: break;
    case HistoryQuery::Decided::Undecided: conditions << QStringLiteral("decision IS NULL"); break;
    case HistoryQuery::Decided::Decided: conditions << QStringLiteral("decision IS NOT NULL"); break;
    case HistoryQuery::Decided::Approved:
    case HistoryQuery::Decided::Rejected:
    case HistoryQuery::Decided::FollowUp: {
        const DecisionKind kind = query.decided == HistoryQuery::Decided::Approved ? DecisionKind::Approve
                                  : query.decided == HistoryQuery::Decided::Rejected ? DecisionKind::Reject
                                                                                     : DecisionKind::FollowUp;
        conditions << QStringLiteral("decision = ?");
        values << toString(kind);
        break;
    }
    }
    return selectEntries(conditions, values, query.limit);
}

QList<HistoryEntry> HistoryStore::entriesForSha256(const QString &sha256) const
{
    const QString key = sha256.trimmed().toLower();
    // Assessments of unreadable files have no checksum and are not one file: an empty key matches
    // nothing (sha256 = '' never holds, the column is NULL for them).
    return selectEntries({QStringLiteral("sha256 = ?")}, {key}, 0);
}

QList<HistoryEntry> HistoryStore::selectEntries(const QStringList &conditions, const QVariantList &values, int limit) const
{
    if (!isOpen()) {
        fail(Tr::tr("The history of assessments is not open."), nullptr);
        return {};
    }
    QString sql = QStringLiteral("SELECT ") + entryColumns + QStringLiteral(" FROM ") + entrySource;
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    // Same time: the one stored later is the newer assessment.
    sql += QStringLiteral(" ORDER BY assessed_at DESC, id DESC LIMIT ?");

    QSqlQuery select(QSqlDatabase::database(m_connectionName, false));
    select.setForwardOnly(true);
    select.prepare(sql);
    for (const QVariant &value : values)
        select.addBindValue(value);
    select.addBindValue(limit > 0 ? limit : -1);
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

qint64 HistoryStore::addDecision(qint64 assessmentId, DecisionKind kind, const QString &reviewer,
                                 const QString &comment, QString *error)
{
    Decision decision;
    decision.assessmentId = assessmentId;
    decision.kind = kind;
    decision.reviewer = reviewer;
    decision.comment = comment;
    return addDecision(decision, error);
}

qint64 HistoryStore::addDecision(const Decision &decision, QString *error)
{
    if (!isOpen()) {
        fail(Tr::tr("The history of assessments is not open."), error);
        return 0;
    }
    const QString reviewer = decision.reviewer.trimmed();
    if (reviewer.isEmpty()) {
        // An audit trail entry without a name says nothing about who is accountable.
        fail(Tr::tr("A decision needs the name of the reviewer who made it."), error);
        return 0;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString detail;
    history::WriteTransaction transaction(db);
    if (!transaction.begin(&detail)) {
        fail(Tr::tr("Could not record the decision: %1").arg(detail), error);
        return 0;
    }
    // The checksum comes from the stored assessment, never from the caller, so that a decision
    // cannot end up on another file than the one that was looked at.
    QSqlQuery lookup(db);
    lookup.setForwardOnly(true);
    lookup.prepare(QStringLiteral("SELECT sha256 FROM assessments WHERE id = ?"));
    lookup.addBindValue(decision.assessmentId);
    if (!lookup.exec()) {
        fail(Tr::tr("Could not record the decision: %1").arg(history::describe(lookup.lastError())), error);
        return 0;
    }
    if (!lookup.next()) {
        fail(Tr::tr("The history has no assessment number %1 to record a decision on.").arg(decision.assessmentId), error);
        return 0;
    }
    const QString sha256 = lookup.value(0).toString();
    lookup.finish();
    if (sha256.isEmpty()) {
        fail(Tr::tr("The file of assessment number %1 could not be read, so there is no document to decide on.")
                 .arg(decision.assessmentId),
             error);
        return 0;
    }
    const QDateTime decidedAt = decision.decidedAt.isValid() ? decision.decidedAt : QDateTime::currentDateTimeUtc();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO decisions (assessment_id, sha256, decided_at, reviewer, decision, comment)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(decision.assessmentId);
    insert.addBindValue(sha256);
    insert.addBindValue(storedTime(decidedAt));
    insert.addBindValue(reviewer);
    insert.addBindValue(toString(decision.kind));
    // An empty comment is stored as '' (a null QString would bind as SQL NULL).
    insert.addBindValue(decision.comment.trimmed().isEmpty() ? QStringLiteral("") : decision.comment.trimmed());
    if (!insert.exec()) {
        fail(Tr::tr("Could not record the decision: %1").arg(history::describe(insert.lastError())), error);
        return 0;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    insert.finish();
    if (!transaction.commit(&detail)) {
        fail(Tr::tr("Could not record the decision: %1").arg(detail), error);
        return 0;
    }
    m_lastError.clear();
    return id;
}

QList<Decision> HistoryStore::decisions(const QString &sha256) const
{
    const QString key = sha256.trimmed().toLower();
    if (key.isEmpty() && isOpen()) {
        m_lastError.clear();
        return {};
    }
    return selectDecisions(QStringLiteral("sha256 = ?"), key, 0);
}

QList<Decision> HistoryStore::decisionsForAssessment(qint64 assessmentId) const
{
    return selectDecisions(QStringLiteral("assessment_id = ?"), assessmentId, 0);
}

std::optional<Decision> HistoryStore::latestDecision(const QString &sha256) const
{
    const QString key = sha256.trimmed().toLower();
    if (key.isEmpty())
        return std::nullopt;
    const QList<Decision> newest = selectDecisions(QStringLiteral("sha256 = ?"), key, 1);
    return newest.isEmpty() ? std::nullopt : std::optional<Decision>(newest.constFirst());
}

QSet<QString> HistoryStore::decidedFiles() const
{
    QSet<QString> files;
    if (!isOpen()) {
        fail(Tr::tr("The history of assessments is not open."), nullptr);
        return files;
    }
    QSqlQuery select(QSqlDatabase::database(m_connectionName, false));
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT DISTINCT sha256 FROM decisions"))) {
        fail(Tr::tr("Could not read the decisions: %1").arg(history::describe(select.lastError())), nullptr);
        return files;
    }
    while (select.next())
        files.insert(select.value(0).toString());
    m_lastError.clear();
    return files;
}

QList<Decision> HistoryStore::selectDecisions(const QString &condition, const QVariant &value, int limit) const
{
    QList<Decision> result;
    if (!isOpen()) {
        fail(Tr::tr("The history of assessments is not open."), nullptr);
        return result;
    }
    QSqlQuery select(QSqlDatabase::database(m_connectionName, false));
    select.setForwardOnly(true);
    // Same time: the one stored later is the newer decision.
    select.prepare(QStringLiteral("SELECT ") + decisionColumns + QStringLiteral(" FROM decisions WHERE ") + condition
                   + QStringLiteral(" ORDER BY decided_at DESC, id DESC LIMIT ?"));
    select.addBindValue(value);
    select.addBindValue(limit > 0 ? limit : -1);
    if (!select.exec()) {
        fail(Tr::tr("Could not read the decisions: %1").arg(history::describe(select.lastError())), nullptr);
        return result;
    }
    while (select.next())
        result.append(decisionFrom(select));
    m_lastError.clear();
    return result;
}

QString HistoryStore::lastError() const
{
    return m_lastError;
}

} // namespace granska
