// The assessment history store: schema and migrations, round trip of whole assessments, queries,
// and survival of a process killed while writing.
#include "assessment/AssessmentJson.h"
#include "history/HistoryStore.h"
#include "history/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <cstdio>

using namespace granska;

namespace {

// The test binary runs itself with this argument to become the process that is killed.
const char killTestWriterArgument[] = "--kill-test-writer";

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

QString sha(char digit)
{
    return QString(64, QLatin1Char(digit));
}

CertificateInfo certificate(const QString &commonName, const QString &issuer, int serial)
{
    CertificateInfo c;
    c.commonName = commonName;
    c.subject = QStringLiteral("C=SE, O=Exempel kommun, CN=%1").arg(commonName);
    c.issuer = issuer;
    c.serialNumber = QString::number(serial, 16).toUpper();
    c.notBefore = utc(2023, 1, 1);
    c.notAfter = utc(2026, 1, 1, 23, 59, 59);
    c.publicKey = QStringLiteral("RSA 2048");
    c.sha256Fingerprint = sha('a' + serial % 6);
    return c;
}

RuleViolation violation(const QString &clause, int test, int locations)
{
    RuleViolation v;
    v.specification = QStringLiteral("ISO 19005-2");
    v.clause = clause;
    v.test = test;
    v.message = QStringLiteral("The font programme is not embedded (%1)").arg(clause);
    v.count = locations + 3;
    for (int i = 0; i < locations; ++i) {
        ObjectLocation l;
        l.objectNumber = 10 + i;
        l.generation = i % 2;
        l.page = i + 1;
        l.revision = 1;
        l.context = QStringLiteral("font Helvetica-%1").arg(i);
        v.locations.append(l);
    }
    ObjectLocation contextOnly;
    contextOnly.context = QStringLiteral("annotation /Link");
    v.locations.append(contextOnly);
    return v;
}

// A signed PDF/A document with everything an assessment can say about it filled in.
Assessment signedDocument(int violations = 2)
{
    Assessment a;
    a.file = QStringLiteral("/arkiv/inkommande/Beslut om åtgärd 2024.pdf");
    a.identity.fileName = QStringLiteral("Beslut om åtgärd 2024.pdf");
    a.identity.size = 123456;
    a.identity.sha256 = sha('7');
    a.identity.pdfVersion = QStringLiteral("1.7");
    a.identity.pageCount = 3;
    a.identity.title = QStringLiteral("Beslut");
    a.identity.producer = QStringLiteral("LibreOffice 7.5");
    a.identity.creator = QStringLiteral("Writer");
    a.identity.linearized = true;
    a.findings.append({Severity::Warning, QStringLiteral("xref-repaired"), QStringLiteral("The cross-reference table was repaired.")});
    a.findings.append({Severity::Info, QStringLiteral("limit-time"), QStringLiteral("Validation stopped after 60 s.")});
    a.revisions.append({1, 0, 100000, 99000, QStringLiteral("table")});
    a.revisions.append({2, 100000, 123456, 122000, QStringLiteral("stream")});
    a.pdfa.claim.part = 2;
    a.pdfa.claim.conformance = QStringLiteral("B");
    a.pdfa.claim.amendment = QStringLiteral("2005");
    a.pdfa.profile = QStringLiteral("2b");
    a.pdfa.origin = ProfileOrigin::Claim;
    a.pdfa.compliant = false;
    a.pdfa.note = QStringLiteral("Checked against the claimed flavour.");
    a.pdfa.rulesChecked = 137;
    for (int i = 0; i < violations; ++i)
        a.pdfa.violations.append(violation(QStringLiteral("6.2.11.4.%1").arg(i + 1), i + 1, 2 + i % 3));

    SignatureInfo approval;
    approval.field = QStringLiteral("Signatur1");
    approval.objectNumber = 42;
    approval.filter = QStringLiteral("Adobe.PPKLite");
    approval.subFilter = QStringLiteral("ETSI.CAdES.detached");
    approval.byteRange = {0, 90000, 98000, 2000};
    approval.revision = 1;
    approval.claimedSigningTimeRaw = QStringLiteral("D:20240301100000+01'00'");
    approval.claimedSigningTime = utc(2024, 3, 1, 9);
    approval.cmsSigningTime = utc(2024, 3, 1, 9, 0, 5);
    approval.signerName = QStringLiteral("Anna Andersson");
    approval.reason = QStringLiteral("Godkänd");
    approval.location = QStringLiteral("Kommunhuset");
    approval.contactInfo = QStringLiteral("anna@example.se");
    approval.integrity = Integrity::Intact;
    approval.integrityDetail = QStringLiteral("The signed bytes are unchanged.");
    approval.digestAlgorithm = QStringLiteral("SHA-256");
    approval.signatureAlgorithm = QStringLiteral("RSA");
    approval.signer = certificate(QStringLiteral("Anna Andersson"), QStringLiteral("CN=Exempel CA"), 1);
    approval.certificates = {*approval.signer, certificate(QStringLiteral("Exempel CA"), QStringLiteral("CN=Exempel Root"), 2)};
    approval.page = 3;
    approval.rect = QRectF(QPointF(72, 72), QPointF(272, 122));
    approval.visible = true;

    SignatureInfo timestamp;
    timestamp.field = QStringLiteral("Tidsstämpel");
    timestamp.kind = SignatureKind::DocumentTimestamp;
    timestamp.objectNumber = 77;
    timestamp.filter = QStringLiteral("Adobe.PPKLite");
    timestamp.subFilter = QStringLiteral("ETSI.RFC3161");
    timestamp.byteRange = {0, 110000, 118000, 5456};
    timestamp.coversWholeDocument = true;
    timestamp.revision = 2;
    timestamp.integrity = Integrity::Broken;
    timestamp.integrityDetail = QStringLiteral("The signed bytes were changed after signing.");
    timestamp.certificates = {certificate(QStringLiteral("TSA"), QStringLiteral("CN=TSA Root"), 3)};

    a.signatures = {approval, timestamp};
    a.assessedAt = utc(2024, 3, 2, 8, 30, 15);
    a.engineVersion = QStringLiteral("0.1.0");
    a.durationMs = 842;
    return a;
}

Assessment unreadableFile()
{
    Assessment a;
    a.file = QStringLiteral("/tmp/trasig.pdf");
    a.identity.fileName = QStringLiteral("trasig.pdf");
    a.identity.size = 17;
    a.status = AssessmentStatus::Error;
    a.error = QStringLiteral("The file is not a PDF document.");
    a.assessedAt = utc(2024, 4, 1, 12);
    a.engineVersion = QStringLiteral("0.1.0");
    return a;
}

Assessment notValidated()
{
    Assessment a = signedDocument(0);
    a.file = QStringLiteral("C:/Users/Örjan/Mötesprotokoll.pdf");
    a.identity.fileName = QStringLiteral("Mötesprotokoll.pdf");
    a.identity.sha256 = sha('c');
    a.pdfa = PdfaResult();
    a.pdfa.note = QStringLiteral("The document makes no PDF/A claim.");
    a.signatures.removeLast();
    a.findings.clear();
    return a;
}

// A small assessment for queries: only what the history list shows.
Assessment listed(const QString &path, const QString &sha256, const QDateTime &at)
{
    Assessment a;
    a.file = path;
    a.identity.fileName = QFileInfo(path).fileName();
    a.identity.sha256 = sha256;
    a.identity.size = 1000;
    a.assessedAt = at;
    a.engineVersion = QStringLiteral("0.1.0");
    return a;
}

// The kill test's n-th assessment, the same in the writer and in the test that checks it.
Assessment killTestAssessment(int n)
{
    Assessment a = signedDocument(8); // several kB of JSON, so that the WAL checkpoints now and then
    a.file = QStringLiteral("/kill-test/document-%1.pdf").arg(n);
    a.identity.fileName = QStringLiteral("document-%1.pdf").arg(n);
    a.identity.sha256 = QString::number(n).rightJustified(64, QLatin1Char('0'));
    a.assessedAt = utc(2024, 1, 1).addSecs(n);
    return a;
}

// Becomes the process that is killed: adds assessments as fast as it can and reports each one
// once add() has returned, i.e. once it is committed. Stops by itself after a while so that a
// test that failed to kill it leaves nothing running.
int runKillTestWriter(const QString &databasePath)
{
    HistoryStore store(databasePath);
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }
    QElapsedTimer running;
    running.start();
    for (int n = 1; running.elapsed() < 30000; ++n) {
        const qint64 id = store.add(killTestAssessment(n), &error);
        if (id == 0) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(error));
            return 1;
        }
        std::printf("%d %lld\n", n, id);
        std::fflush(stdout);
    }
    return 0;
}

// A connection of the test's own, to look at the file the way any SQLite client would.
class RawDatabase {
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("tst_history-raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql);
    }
    QStringList column(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        QStringList values;
        if (query.exec(sql)) {
            while (query.next())
                values << query.value(0).toString();
        }
        return values;
    }
    QString value(const QString &sql) { return column(sql).value(0); }

private:
    static inline int s_count = 0;
    QString m_name;
};

QStringList fileNames(const QList<HistoryEntry> &entries)
{
    QStringList names;
    for (const HistoryEntry &entry : entries)
        names << entry.fileName;
    return names;
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void defaultPathIsUnderAppData();
    void openCreatesSchema();
    void openTwiceIsHarmless();
    void reopeningKeepsRows();
    void emptyFileIsMigrated();
    void laterMigrationKeepsRows();
    void failingMigrationLeavesPreviousVersion();
    void openRefuses_data();
    void openRefuses();
    void closedStoreExplains();
    void connectionsAreRemoved();
    void walIsOn();

    void roundTrip_data();
    void roundTrip();
    void timeKeepsMilliseconds();
    void missingTimeIsStamped();
    void damagedRecordIsReported();

    void query_data();
    void query();
    void newestFirst();
    void reassessmentsOfOneFile();
    void twoStoresOnOneFile();

    void survivesKill_data();
    void survivesKill();
};

void TestHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
}

void TestHistory::defaultPathIsUnderAppData()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!folder.isEmpty());
    QCOMPARE(HistoryStore::defaultPath(), QDir(folder).filePath(QStringLiteral("history.sqlite")));
    QCOMPARE(HistoryStore().databasePath(), HistoryStore::defaultPath());
}

void TestHistory::openCreatesSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not/yet/there/history.sqlite"));
    HistoryStore store(path);
    QVERIFY(!store.isOpen());
    QCOMPARE(store.schemaVersion(), 0);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(store.isOpen());
    QVERIFY(QFile::exists(path));
    QVERIFY(HistoryStore::currentSchemaVersion() >= 1);
    QCOMPARE(store.schemaVersion(), HistoryStore::currentSchemaVersion());
    QCOMPARE(store.count(), 0);
    QVERIFY(store.entries().isEmpty());

    RawDatabase raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), HistoryStore::currentSchemaVersion());
    QCOMPARE(raw.value(QStringLiteral("PRAGMA application_id")).toInt(), history::applicationId);
    QStringList columns = raw.column(QStringLiteral("SELECT name FROM pragma_table_info('assessments')"));
    columns.sort();
    const QStringList required{QStringLiteral("assessed_at"), QStringLiteral("assessment_json"),
                               QStringLiteral("engine_version"), QStringLiteral("file_name"),
                               QStringLiteral("file_path"), QStringLiteral("has_problems"),
                               QStringLiteral("id"), QStringLiteral("pdfa_claim"),
                               QStringLiteral("pdfa_compliant"), QStringLiteral("pdfa_profile"),
                               QStringLiteral("sha256"), QStringLiteral("signature_count"),
                               QStringLiteral("signatures_intact"), QStringLiteral("size"),
                               QStringLiteral("status")};
    for (const QString &column : required)
        QVERIFY2(columns.contains(column), qPrintable(column));
    const QStringList indexed = raw.column(QStringLiteral(
        "SELECT DISTINCT ii.name FROM sqlite_master AS m, pragma_index_info(m.name) AS ii"
        " WHERE m.type = 'index' AND m.tbl_name = 'assessments'"));
    for (const QString &column : {QStringLiteral("sha256"), QStringLiteral("assessed_at"), QStringLiteral("file_name")})
        QVERIFY2(indexed.contains(column), qPrintable(column));
}

void TestHistory::openTwiceIsHarmless()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(store.open());
    QVERIFY(store.add(signedDocument()) > 0);
    QVERIFY(store.open());
    QCOMPARE(store.count(), 1);
}

void TestHistory::reopeningKeepsRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    qint64 first = 0, second = 0;
    {
        HistoryStore store(path);
        QVERIFY(store.open());
        first = store.add(signedDocument());
        second = store.add(unreadableFile());
        QVERIFY(first > 0 && second > first);
    }
    HistoryStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), HistoryStore::currentSchemaVersion());
    QCOMPARE(store.count(), 2);
    QVERIFY(store.assessment(first).has_value());
    QCOMPARE(store.assessment(second)->status, AssessmentStatus::Error);
    QVERIFY(store.add(notValidated()) > second);
}

void TestHistory::emptyFileIsMigrated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QFile empty(path);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QCOMPARE(QFileInfo(path).size(), 0);

    HistoryStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), HistoryStore::currentSchemaVersion());
    QVERIFY(store.add(signedDocument()) > 0);
}

// The production schema has one step so far; a made-up second step stands in for the decisions
// table of a later version and shows that appending a step upgrades a version-1 database in place.
void TestHistory::laterMigrationKeepsRows()
{
    // A history written by the version before decisions existed (schema 1) is opened by this
    // build: its assessments stay exactly as they were and decisions can be recorded on them.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QList<history::Migration> steps = history::schemaMigrations();
    QVERIFY(steps.size() >= 2);
    QCOMPARE(steps.at(1).version, 2);
    const Assessment stored = signedDocument();
    const QString json = QString::fromUtf8(QJsonDocument(toJson(stored)).toJson(QJsonDocument::Compact));
    {
        const QString name = QStringLiteral("tst_history-version-1");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(history::migrate(db, {steps.at(0)}, &error), qPrintable(error));
            QCOMPARE(history::schemaVersionOf(db), 1);
            QSqlQuery insert(db);
            // The row exactly as the version-1 store wrote it.
            insert.prepare(QStringLiteral(
                "INSERT INTO assessments (id, file_path, file_name, sha256, size, assessed_at, engine_version,"
                " status, pdfa_claim, pdfa_profile, pdfa_compliant, signature_count, signatures_intact,"
                " has_problems, search_key, assessment_json) VALUES (7, ?, ?, ?, ?, ?, ?, 'ok', '2b', '2b', 0, 2, 1, 1, ?, ?)"));
            insert.addBindValue(stored.file);
            insert.addBindValue(stored.identity.fileName);
            insert.addBindValue(stored.identity.sha256);
            insert.addBindValue(stored.identity.size);
            insert.addBindValue(stored.assessedAt.toString(Qt::ISODateWithMs));
            insert.addBindValue(stored.engineVersion);
            insert.addBindValue(stored.identity.fileName.toCaseFolded());
            insert.addBindValue(json);
            QVERIFY(insert.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    HistoryStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), HistoryStore::currentSchemaVersion());
    QVERIFY(store.schemaVersion() >= 2);
    QCOMPARE(store.count(), 1);
    const QList<HistoryEntry> entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].id, qint64(7));
    QCOMPARE(entries[0].fileName, stored.identity.fileName);
    QCOMPARE(entries[0].assessedAt, stored.assessedAt);
    QCOMPARE(entries[0].assessmentsOfFile, 1);
    QVERIFY(!entries[0].latestDecision.has_value());
    const std::optional<Assessment> reread = store.assessment(7);
    QVERIFY(reread.has_value());
    QCOMPARE(QJsonDocument(toJson(*reread)).toJson(QJsonDocument::Compact), json.toUtf8());

    QVERIFY2(store.addDecision(7, DecisionKind::FollowUp, QStringLiteral("Anna Svensson"), QStringLiteral("missing LTV"), &error) > 0,
             qPrintable(error));
    QCOMPARE(store.decisions(stored.identity.sha256).size(), 1);

    // The version-2 database is newer than a build that only knows version 1.
    RawDatabase raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), HistoryStore::currentSchemaVersion());
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'decisions'")).toInt(), 1);
}

void TestHistory::failingMigrationLeavesPreviousVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const history::Migration broken{
        2,
        QStringLiteral("half-finished step"),
        {QStringLiteral("CREATE TABLE half_done (x INTEGER)"), QStringLiteral("THIS IS NOT SQL")}};
    const QString name = QStringLiteral("tst_history-failing-migration");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY(!history::migrate(db, {history::schemaMigrations().constFirst(), broken}, &error));
        QVERIFY(error.contains(QLatin1String("half-finished step")));
        // Step 1 committed in its own transaction; step 2 rolled back as a whole.
        QCOMPARE(history::schemaVersionOf(db), 1);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestHistory::openRefuses_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<bool>("fileKept"); // the file must come out byte for byte as it went in

    QTest::newRow("folder cannot be made") << QStringLiteral("parent-is-file") << false;
    QTest::newRow("not a database") << QStringLiteral("text-file") << true;
    QTest::newRow("another program's database") << QStringLiteral("foreign-database") << true;
    QTest::newRow("newer history format") << QStringLiteral("newer-format") << true;
}

void TestHistory::openRefuses()
{
    QFETCH(QString, setup);
    QFETCH(bool, fileKept);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("history.sqlite"));
    if (setup == QLatin1String("parent-is-file")) {
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("a file where a folder should be");
        blocker.close();
        path = dir.filePath(QStringLiteral("blocker/history.sqlite"));
    } else if (setup == QLatin1String("text-file")) {
        QFile text(path);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray("These are the minutes of the meeting, not a database.\n").repeated(200));
    } else if (setup == QLatin1String("foreign-database")) {
        RawDatabase raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO contacts VALUES ('Anna')")));
    } else if (setup == QLatin1String("newer-format")) {
        {
            HistoryStore store(path);
            QVERIFY(store.open());
            QVERIFY(store.add(signedDocument()) > 0);
        }
        RawDatabase raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(HistoryStore::currentSchemaVersion() + 1)));
    }
    const QByteArray before = contentOf(path);

    HistoryStore store(path);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.lastError(), error);
    QVERIFY(!store.isOpen());
    QCOMPARE(store.schemaVersion(), 0);
    QCOMPARE(store.add(signedDocument()), 0);
    if (fileKept)
        QCOMPARE(contentOf(path), before);
    qDebug("%s", qPrintable(error));
}

void TestHistory::closedStoreExplains()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QString error;
    QCOMPARE(store.add(signedDocument(), &error), 0);
    QVERIFY(!error.isEmpty());
    QVERIFY(store.entries().isEmpty());
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(!store.assessment(1).has_value());
    QCOMPARE(store.count(), 0);
    QVERIFY(!QFile::exists(store.databasePath())); // nothing is created until open()
}

void TestHistory::connectionsAreRemoved()
{
    const QStringList before = QSqlDatabase::connectionNames();
    QTemporaryDir dir;
    {
        HistoryStore first(dir.filePath(QStringLiteral("history.sqlite")));
        HistoryStore second(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(first.open());
        QVERIFY(second.open());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TestHistory::walIsOn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore store(path);
    QVERIFY(store.open());
    QVERIFY(store.add(signedDocument()) > 0);
    // The journal mode is a property of the file: any other connection sees it.
    RawDatabase raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

void TestHistory::roundTrip_data()
{
    QTest::addColumn<Assessment>("assessment");
    QTest::addColumn<int>("signaturesIntact");
    QTest::addColumn<bool>("hasProblems");

    QTest::newRow("signed, PDF/A violations, broken timestamp") << signedDocument() << 1 << true;
    QTest::newRow("file that could not be read") << unreadableFile() << 0 << true;
    QTest::newRow("no PDF/A verdict, intact signature") << notValidated() << 1 << false;
    Assessment compliant = signedDocument(0);
    compliant.pdfa.compliant = true;
    compliant.signatures.removeLast();
    QTest::newRow("compliant and intact") << compliant << 1 << false;
}

void TestHistory::roundTrip()
{
    QFETCH(Assessment, assessment);
    QFETCH(int, signaturesIntact);
    QFETCH(bool, hasProblems);
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(store.open());
    QString error;
    const qint64 id = store.add(assessment, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QVERIFY(store.lastError().isEmpty());

    const std::optional<Assessment> stored = store.assessment(id);
    QVERIFY(stored.has_value());
    QCOMPARE(toJson(*stored), toJson(assessment));

    const QList<HistoryEntry> entries = store.entries();
    QCOMPARE(entries.size(), 1);
    const HistoryEntry &entry = entries.constFirst();
    QCOMPARE(entry.id, id);
    QCOMPARE(entry.filePath, assessment.file);
    QCOMPARE(entry.fileName, assessment.identity.fileName);
    QCOMPARE(entry.sha256, assessment.identity.sha256);
    QCOMPARE(entry.size, assessment.identity.size);
    QCOMPARE(entry.assessedAt, assessment.assessedAt);
    QCOMPARE(entry.assessedAt.timeSpec(), Qt::UTC);
    QCOMPARE(entry.engineVersion, assessment.engineVersion);
    QCOMPARE(entry.status, assessment.status);
    QCOMPARE(entry.pdfaClaim, assessment.pdfa.claim.flavour());
    QCOMPARE(entry.pdfaProfile, assessment.pdfa.profile);
    QCOMPARE(entry.pdfaCompliant, assessment.pdfa.compliant);
    QCOMPARE(entry.signatureCount, int(assessment.signatures.size()));
    QCOMPARE(entry.signaturesIntact, signaturesIntact);
    QCOMPARE(entry.hasProblems, hasProblems);
}

void TestHistory::timeKeepsMilliseconds()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(store.open());
    Assessment a = signedDocument();
    // Given in Stockholm summer time; the history keeps UTC.
    a.assessedAt = QDateTime(QDate(2024, 6, 1), QTime(14, 5, 6, 789), QTimeZone(7200));
    QVERIFY(store.add(a) > 0);
    QCOMPARE(store.entries().constFirst().assessedAt, utc(2024, 6, 1, 12, 5, 6, 789));
}

void TestHistory::missingTimeIsStamped()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(store.open());
    Assessment a = unreadableFile();
    a.assessedAt = QDateTime();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 id = store.add(a);
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    QVERIFY(id > 0);
    const QDateTime stamped = store.entries().constFirst().assessedAt;
    QVERIFY(stamped >= before && stamped <= after);
    QVERIFY(store.assessment(id)->assessedAt.isValid());
}

void TestHistory::damagedRecordIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore store(path);
    QVERIFY(store.open());
    const qint64 id = store.add(signedDocument());
    {
        RawDatabase raw(path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE assessments SET assessment_json = '{\"file\": ' WHERE id = %1").arg(id)));
    }
    QVERIFY(!store.assessment(id).has_value());
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(!store.assessment(id + 1000).has_value());
    QVERIFY(!store.lastError().isEmpty());
    QCOMPARE(store.entries().size(), 1); // the list still shows it
}

// Five files, added out of time order; the two at 12:00 on 1 February share a time, and the one
// added later counts as newer.
static void addQueryFixture(HistoryStore &store)
{
    const QList<Assessment> fixture{
        listed(QStringLiteral("/home/anna/protokoll_100%.pdf"), sha('3'), utc(2024, 2, 1, 12)),
        listed(QStringLiteral("/arkiv/kommun/Beslut 2023.pdf"), QStringLiteral("a1").repeated(32), utc(2023, 5, 1, 8)),
        listed(QStringLiteral("/arkiv/kommun/Beslut 2024.pdf"), QStringLiteral("e5").repeated(32), utc(2024, 3, 10, 15)),
        listed(QStringLiteral("/arkiv/Miljö/Åtgärdsplan.pdf"), QStringLiteral("b2").repeated(32), utc(2024, 1, 15, 9)),
        listed(QStringLiteral("/arkiv/kommun/avtal/Avtal.pdf"), QStringLiteral("0123456789abcdef").repeated(4), utc(2024, 2, 1, 12)),
    };
    for (const Assessment &a : fixture)
        QVERIFY(store.add(a) > 0);
}

void TestHistory::query_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");

    const QStringList all{QStringLiteral("Beslut 2024.pdf"), QStringLiteral("Avtal.pdf"),
                          QStringLiteral("protokoll_100%.pdf"), QStringLiteral("Åtgärdsplan.pdf"),
                          QStringLiteral("Beslut 2023.pdf")};
    const QDateTime none;
    QTest::newRow("everything, newest first") << QString() << none << none << 10000 << all;
    QTest::newRow("name, other case") << QStringLiteral("BESLUT") << none << none << 10000
                                      << QStringList{all[0], all[4]};
    QTest::newRow("folder") << QStringLiteral("/arkiv/kommun/") << none << none << 10000
                            << QStringList{all[0], all[1], all[4]};
    QTest::newRow("Swedish letters, other case") << QStringLiteral("ÅTGÄRD") << none << none << 10000
                                                 << QStringList{all[3]};
    QTest::newRow("Swedish letters in the folder") << QStringLiteral("miljö") << none << none << 10000
                                                   << QStringList{all[3]};
    QTest::newRow("decomposed å matches composed")
        << QStringLiteral("a\u030Atgärd") << none << none << 10000 << QStringList{all[3]};
    QTest::newRow("start of SHA-256") << QStringLiteral("0123456789ab") << none << none << 10000
                                      << QStringList{all[1]};
    QTest::newRow("middle of SHA-256, upper case") << QStringLiteral("CDEF0123") << none << none << 10000
                                                   << QStringList{all[1]};
    QTest::newRow("percent sign taken literally") << QStringLiteral("%") << none << none << 10000
                                                  << QStringList{all[2]};
    QTest::newRow("underscore taken literally") << QStringLiteral("l_1") << none << none << 10000
                                                << QStringList{all[2]};
    QTest::newRow("surrounding spaces ignored") << QStringLiteral("  avtal.pdf ") << none << none << 10000
                                                << QStringList{all[1]};
    QTest::newRow("no match") << QStringLiteral("budget") << none << none << 10000 << QStringList();
    QTest::newRow("from, inclusive") << QString() << utc(2024, 2, 1, 12) << none << 10000
                                     << QStringList{all[0], all[1], all[2]};
    QTest::newRow("to, inclusive") << QString() << none << utc(2024, 1, 15, 9) << 10000
                                   << QStringList{all[3], all[4]};
    QTest::newRow("range") << QString() << utc(2024, 1, 1) << utc(2024, 2, 29) << 10000
                           << QStringList{all[1], all[2], all[3]};
    QTest::newRow("range given in local time")
        << QString() << QDateTime(QDate(2024, 2, 1), QTime(13, 0), QTimeZone(3600)) << none << 10000
        << QStringList{all[0], all[1], all[2]};
    QTest::newRow("empty range") << QString() << utc(2025, 1, 1) << utc(2025, 12, 31) << 10000 << QStringList();
    QTest::newRow("limit") << QString() << none << none << 2 << QStringList{all[0], all[1]};
    QTest::newRow("no limit") << QString() << none << none << 0 << all;
    QTest::newRow("text, range and limit") << QStringLiteral("kommun") << utc(2024, 1, 1) << none << 1
                                           << QStringList{all[0]};
}

void TestHistory::query()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(store.open());
    addQueryFixture(store);
    if (QTest::currentTestFailed())
        return;

    HistoryQuery query;
    query.text = text;
    query.from = from;
    query.to = to;
    query.limit = limit;
    QCOMPARE(fileNames(store.entries(query)), expected);
    QVERIFY(store.lastError().isEmpty());
}

void TestHistory::newestFirst()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(store.open());
    addQueryFixture(store);
    const QList<HistoryEntry> entries = store.entries();
    QCOMPARE(entries.size(), 5);
    QCOMPARE(store.count(), 5);
    for (int i = 1; i < entries.size(); ++i) {
        QVERIFY(entries[i - 1].assessedAt >= entries[i].assessedAt);
        if (entries[i - 1].assessedAt == entries[i].assessedAt)
            QVERIFY(entries[i - 1].id > entries[i].id);
    }
}

void TestHistory::reassessmentsOfOneFile()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(store.open());
    const QString same = QStringLiteral("5f").repeated(32);
    // The same bytes assessed three times, once after being moved and renamed.
    const qint64 first = store.add(listed(QStringLiteral("/inkorg/beslut.pdf"), same, utc(2024, 1, 1)));
    const qint64 other = store.add(listed(QStringLiteral("/inkorg/annat.pdf"), sha('9'), utc(2024, 1, 2)));
    const qint64 third = store.add(listed(QStringLiteral("/arkiv/2024/beslut-slutlig.pdf"), same, utc(2024, 3, 1)));
    const qint64 second = store.add(listed(QStringLiteral("/inkorg/beslut.pdf"), same, utc(2024, 2, 1)));
    const qint64 unreadable = store.add(unreadableFile()); // no SHA-256: belongs to no group
    QVERIFY(first > 0 && other > 0 && third > 0 && second > 0 && unreadable > 0);

    QList<qint64> ids;
    for (const HistoryEntry &entry : store.entriesForSha256(same))
        ids << entry.id;
    QCOMPARE(ids, (QList<qint64>{third, second, first}));
    QCOMPARE(store.entriesForSha256(same.toUpper()).size(), 3);
    QCOMPARE(store.entriesForSha256(sha('9')).size(), 1);
    QVERIFY(store.entriesForSha256(sha('4')).isEmpty());
    QVERIFY(store.entriesForSha256(QString()).isEmpty());
}

void TestHistory::twoStoresOnOneFile()
{
    // The GUI and the CLI may write to the same history at the same time.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore gui(path);
    HistoryStore cli(path);
    QVERIFY(gui.open());
    QVERIFY(cli.open());
    for (int i = 0; i < 10; ++i) {
        QVERIFY(gui.add(signedDocument()) > 0);
        QVERIFY(cli.add(unreadableFile()) > 0);
    }
    QCOMPARE(gui.count(), 20);
    QCOMPARE(cli.count(), 20);
}

void TestHistory::survivesKill_data()
{
    QTest::addColumn<int>("reportsBeforeKill");
    QTest::addColumn<int>("rounds"); // kills of writers on the same file, one after the other

    QTest::newRow("after the first commit") << 1 << 1;
    QTest::newRow("after a few commits") << 25 << 1;
    QTest::newRow("after a checkpoint or two") << 400 << 1;
    QTest::newRow("killed again and again") << 60 << 4;
}

void TestHistory::survivesKill()
{
    QFETCH(int, reportsBeforeKill);
    QFETCH(int, rounds);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QMap<qint64, int> reported; // id -> the writer's number for it, over all rounds

    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.setProgram(QCoreApplication::applicationFilePath());
        writer.setArguments({QString::fromLatin1(killTestWriterArgument), path});
        writer.start();
        QVERIFY(writer.waitForStarted());

        QByteArray output;
        int reportedThisRound = 0;
        auto takeCompleteLines = [&] {
            output += writer.readAllStandardOutput();
            int end;
            while ((end = output.indexOf('\n')) >= 0) {
                const QList<QByteArray> fields = output.left(end).split(' ');
                output.remove(0, end + 1);
                if (fields.size() == 2) {
                    reported.insert(fields[1].toLongLong(), fields[0].toInt());
                    ++reportedThisRound;
                }
            }
        };
        QElapsedTimer waiting;
        waiting.start();
        while (reportedThisRound < reportsBeforeKill && writer.state() == QProcess::Running
               && waiting.elapsed() < 15000) {
            writer.waitForReadyRead(50);
            takeCompleteLines();
        }
        writer.kill(); // SIGKILL: no destructor, no flush, no rollback
        QVERIFY(writer.waitForFinished(5000));
        takeCompleteLines(); // a half-written last line was never reported and is ignored
        QVERIFY2(reportedThisRound >= reportsBeforeKill, writer.readAllStandardError().constData());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    }

    {
        RawDatabase raw(path);
        QCOMPARE(raw.column(QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    }
    HistoryStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    // Every reported id is there in full; at most one commit per writer went unreported.
    for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
        const std::optional<Assessment> stored = store.assessment(it.key());
        QVERIFY2(stored.has_value(), qPrintable(QStringLiteral("id %1: %2").arg(it.key()).arg(store.lastError())));
        QCOMPARE(toJson(*stored), toJson(killTestAssessment(it.value())));
    }
    QVERIFY(store.count() >= reported.size());
    QVERIFY(store.count() <= reported.size() + rounds);
    QVERIFY(store.add(signedDocument()) > 0); // and it takes new ones
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], killTestWriterArgument) == 0) {
        QCoreApplication app(argc, argv);
        return runKillTestWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestHistory test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_history.moc"
