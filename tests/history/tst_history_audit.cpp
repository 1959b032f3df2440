// The archivist's side of the history: decisions kept as an audit trail, the filters of the
// history view, recognising re-assessments of one file, and the CSV export.
#include "history/HistoryCsv.h"
#include "history/HistoryStore.h"

#include <QBuffer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace granska;

namespace {

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

QString sha(char digit)
{
    return QString(64, QLatin1Char(digit));
}

Assessment listed(const QString &path, const QString &sha256, const QDateTime &at, bool problems = false)
{
    Assessment a;
    a.file = path;
    a.identity.fileName = QFileInfo(path).fileName();
    a.identity.sha256 = sha256;
    a.identity.size = 1000;
    a.assessedAt = at;
    a.engineVersion = QStringLiteral("0.1.0");
    if (problems) {
        a.pdfa.profile = QStringLiteral("2b");
        a.pdfa.compliant = false;
    }
    return a;
}

Assessment unreadable(const QDateTime &at)
{
    Assessment a = listed(QStringLiteral("/inkorg/trasig.pdf"), QString(), at);
    a.status = AssessmentStatus::Error;
    a.error = QStringLiteral("The file is not a PDF document.");
    return a;
}

Decision decision(qint64 assessmentId, DecisionKind kind, const QString &reviewer, const QString &comment, const QDateTime &at)
{
    Decision d;
    d.assessmentId = assessmentId;
    d.kind = kind;
    d.reviewer = reviewer;
    d.comment = comment;
    d.decidedAt = at;
    return d;
}

QStringList fileNames(const QList<HistoryEntry> &entries)
{
    QStringList names;
    for (const HistoryEntry &entry : entries)
        names << entry.fileName;
    return names;
}

// Runs one statement on the file through a connection of the test's own; true when it succeeded.
bool rawExec(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("tst_history_audit-raw");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestHistoryAudit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void decisionKindsRoundTrip();
    void decisionsAreAnAuditTrail();
    void decisionsAreNeverChangedOrDeleted();
    void decisionsFollowTheFile();
    void decisionRefused_data();
    void decisionRefused();

    void filters_data();
    void filters();
    void assessmentsOfFile();

    void csvField_data();
    void csvField();
    void csvFile();
    void csvRow();
};

void TestHistoryAudit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistoryAudit::decisionKindsRoundTrip()
{
    for (DecisionKind kind : {DecisionKind::Approve, DecisionKind::Reject, DecisionKind::FollowUp})
        QVERIFY(decisionKindFromString(toString(kind)) == std::optional<DecisionKind>(kind));
    QCOMPARE(toString(DecisionKind::FollowUp), QStringLiteral("follow-up"));
    QVERIFY(!decisionKindFromString(QStringLiteral("maybe")).has_value());
}

void TestHistoryAudit::decisionsAreAnAuditTrail()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(store.open());
    const qint64 id = store.add(listed(QStringLiteral("/arkiv/Beslut.pdf"), sha('a'), utc(2025, 11, 29, 9)));
    QVERIFY(id > 0);
    QVERIFY(store.decisions(sha('a')).isEmpty());
    QVERIFY(!store.latestDecision(sha('a')).has_value());

    QString error;
    const qint64 first = store.addDecision(decision(id, DecisionKind::FollowUp, QStringLiteral("Anna Svensson"),
                                                    QStringLiteral("missing LTV"), utc(2025, 11, 29, 10, 2)), &error);
    QVERIFY2(first > 0, qPrintable(error));
    const qint64 second = store.addDecision(decision(id, DecisionKind::Approve, QStringLiteral("Bo Ek"),
                                                     QStringLiteral("LTV added by the sender"), utc(2025, 11, 30, 8)), &error);
    QVERIFY2(second > 0, qPrintable(error));
    // Same second as the one before: the one recorded later is the newer.
    const qint64 third = store.addDecision(decision(id, DecisionKind::Reject, QStringLiteral("Bo Ek"), QString(),
                                                    utc(2025, 11, 30, 8)), &error);
    QVERIFY2(third > 0, qPrintable(error));

    const QList<Decision> trail = store.decisions(sha('a').toUpper());
    QCOMPARE(trail.size(), 3);
    QCOMPARE(trail[0].id, third);
    QCOMPARE(trail[1].id, second);
    QCOMPARE(trail[2].id, first);
    QCOMPARE(toString(trail[2].kind), toString(DecisionKind::FollowUp));
    QCOMPARE(trail[2].reviewer, QStringLiteral("Anna Svensson"));
    QCOMPARE(trail[2].comment, QStringLiteral("missing LTV"));
    QCOMPARE(trail[2].decidedAt, utc(2025, 11, 29, 10, 2));
    QCOMPARE(trail[2].assessmentId, id);
    QCOMPARE(trail[2].sha256, sha('a'));
    QCOMPARE(store.latestDecision(sha('a'))->id, third);
    QCOMPARE(store.decisionsForAssessment(id).size(), 3);
    QCOMPARE(store.decidedFiles(), QSet<QString>{sha('a')});

    const QList<HistoryEntry> entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries[0].latestDecision.has_value());
    QCOMPARE(entries[0].latestDecision->id, third);
    QCOMPARE(toString(entries[0].latestDecision->kind), toString(DecisionKind::Reject));

    // A decision without a time is stamped when it is recorded.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(store.addDecision(id, DecisionKind::Approve, QStringLiteral("  Anna Svensson "), QStringLiteral(" ok "), &error) > 0);
    const Decision newest = *store.latestDecision(sha('a'));
    QVERIFY(newest.decidedAt >= before);
    QCOMPARE(newest.reviewer, QStringLiteral("Anna Svensson"));
    QCOMPARE(newest.comment, QStringLiteral("ok"));
}

void TestHistoryAudit::decisionsAreNeverChangedOrDeleted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    qint64 id = 0;
    {
        HistoryStore store(path);
        QVERIFY(store.open());
        id = store.add(listed(QStringLiteral("/arkiv/Avtal.pdf"), sha('b'), utc(2026, 1, 1)));
        QVERIFY(store.addDecision(id, DecisionKind::Approve, QStringLiteral("Anna Svensson"), QStringLiteral("ok")) > 0);
    }
    // Not through the store's API, which has no way to do it, but as any SQLite client could.
    QVERIFY(!rawExec(path, QStringLiteral("UPDATE decisions SET decision = 'reject'")));
    QVERIFY(!rawExec(path, QStringLiteral("DELETE FROM decisions")));
    QVERIFY(!rawExec(path, QStringLiteral("INSERT INTO decisions (assessment_id, sha256, decided_at, reviewer, decision)"
                                          " VALUES (1, 'x', '2026-01-01', 'A', 'perhaps')")));
    HistoryStore store(path);
    QVERIFY(store.open());
    const QList<Decision> trail = store.decisions(sha('b'));
    QCOMPARE(trail.size(), 1);
    QCOMPARE(toString(trail[0].kind), toString(DecisionKind::Approve));
}

void TestHistoryAudit::decisionsFollowTheFile()
{
    // The same bytes assessed again, under another name: the decisions made on the first
    // assessment are the file's, and the new assessment sees them.
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(store.open());
    const qint64 first = store.add(listed(QStringLiteral("/inkorg/beslut.pdf"), sha('c'), utc(2026, 1, 1)));
    const qint64 other = store.add(listed(QStringLiteral("/inkorg/annat.pdf"), sha('d'), utc(2026, 1, 2)));
    QVERIFY(store.addDecision(first, DecisionKind::FollowUp, QStringLiteral("Anna Svensson"), QStringLiteral("ask for LTV")) > 0);
    const qint64 again = store.add(listed(QStringLiteral("/arkiv/beslut-slutlig.pdf"), sha('c'), utc(2026, 2, 1)));
    QVERIFY(store.addDecision(again, DecisionKind::Approve, QStringLiteral("Anna Svensson"), QString()) > 0);

    const QList<Decision> trail = store.decisions(sha('c'));
    QCOMPARE(trail.size(), 2);
    QCOMPARE(trail[0].assessmentId, again);
    QCOMPARE(trail[1].assessmentId, first);
    QCOMPARE(store.decisionsForAssessment(first).size(), 1);
    QVERIFY(store.decisions(sha('d')).isEmpty());
    for (const HistoryEntry &entry : store.entries()) {
        if (entry.id == other)
            QVERIFY(!entry.latestDecision.has_value());
        else
            QCOMPARE(toString(entry.latestDecision->kind), toString(DecisionKind::Approve)); // the file's newest, on both rows
    }
}

void TestHistoryAudit::decisionRefused_data()
{
    QTest::addColumn<int>("assessment"); // 0: the readable one, 1: the unreadable one, 2: none
    QTest::addColumn<QString>("reviewer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no reviewer") << 0 << QString() << QStringLiteral("name of the reviewer");
    QTest::newRow("blank reviewer") << 0 << QStringLiteral("   ") << QStringLiteral("name of the reviewer");
    QTest::newRow("unreadable file") << 1 << QStringLiteral("Anna") << QStringLiteral("could not be read");
    QTest::newRow("unknown assessment") << 2 << QStringLiteral("Anna") << QStringLiteral("no assessment number");
}

void TestHistoryAudit::decisionRefused()
{
    QFETCH(int, assessment);
    QFETCH(QString, reviewer);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(store.open());
    const qint64 readable = store.add(listed(QStringLiteral("/a.pdf"), sha('e'), utc(2026, 1, 1)));
    const qint64 broken = store.add(unreadable(utc(2026, 1, 2)));
    const qint64 id = assessment == 0 ? readable : assessment == 1 ? broken : 9999;
    QString error;
    QCOMPARE(store.addDecision(id, DecisionKind::Approve, reviewer, QString(), &error), qint64(0));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(store.lastError(), error);
    QVERIFY(store.decisionsForAssessment(id).isEmpty());
}

void TestHistoryAudit::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("decided");
    QTest::addColumn<QStringList>("expected");

    using V = HistoryQuery::Verdict;
    using D = HistoryQuery::Decided;
    const QDateTime none;
    // Newest first: Ej.pdf, trasig.pdf, Godkänd.pdf, Uppfölj.pdf, Ren.pdf
    QTest::newRow("everything") << QString() << none << none << int(V::Any) << int(D::Any)
                                << QStringList{"Ej.pdf", "trasig.pdf", "Godkänd.pdf", "Uppfölj.pdf", "Ren.pdf"};
    QTest::newRow("has problems, unreadable included")
        << QString() << none << none << int(V::Problems) << int(D::Any) << QStringList{"Ej.pdf", "trasig.pdf", "Uppfölj.pdf"};
    QTest::newRow("clean") << QString() << none << none << int(V::Clean) << int(D::Any)
                           << QStringList{"Godkänd.pdf", "Ren.pdf"};
    QTest::newRow("not decided") << QString() << none << none << int(V::Any) << int(D::Undecided)
                                 << QStringList{"trasig.pdf", "Ren.pdf"};
    QTest::newRow("decided") << QString() << none << none << int(V::Any) << int(D::Decided)
                             << QStringList{"Ej.pdf", "Godkänd.pdf", "Uppfölj.pdf"};
    QTest::newRow("approved") << QString() << none << none << int(V::Any) << int(D::Approved) << QStringList{"Godkänd.pdf"};
    QTest::newRow("rejected") << QString() << none << none << int(V::Any) << int(D::Rejected) << QStringList{"Ej.pdf"};
    QTest::newRow("needs follow-up, by the newest decision only")
        << QString() << none << none << int(V::Any) << int(D::FollowUp) << QStringList{"Uppfölj.pdf"};
    QTest::newRow("problems and decided") << QString() << none << none << int(V::Problems) << int(D::Decided)
                                          << QStringList{"Ej.pdf", "Uppfölj.pdf"};
    QTest::newRow("name and verdict") << QStringLiteral("UPPFÖLJ") << none << none << int(V::Problems) << int(D::Any)
                                      << QStringList{"Uppfölj.pdf"};
    QTest::newRow("SHA-256 and decision") << QStringLiteral("bbbbbb") << none << none << int(V::Any) << int(D::Approved)
                                          << QStringList{"Godkänd.pdf"};
    QTest::newRow("date range and verdict") << QString() << utc(2026, 3, 1) << utc(2026, 4, 30) << int(V::Clean)
                                            << int(D::Any) << QStringList{"Godkänd.pdf"};
    QTest::newRow("nothing matches") << QStringLiteral("Ren") << none << none << int(V::Problems) << int(D::Any)
                                     << QStringList();
}

void TestHistoryAudit::filters()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(int, verdict);
    QFETCH(int, decided);
    QFETCH(QStringList, expected);

    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(store.open());
    const qint64 clean = store.add(listed(QStringLiteral("/arkiv/Ren.pdf"), sha('a'), utc(2026, 1, 10)));
    const qint64 followUp = store.add(listed(QStringLiteral("/arkiv/Uppfölj.pdf"), sha('f'), utc(2026, 2, 10), true));
    const qint64 approved = store.add(listed(QStringLiteral("/arkiv/Godkänd.pdf"), sha('b'), utc(2026, 3, 10)));
    const qint64 broken = store.add(unreadable(utc(2026, 4, 10)));
    const qint64 rejected = store.add(listed(QStringLiteral("/arkiv/Ej.pdf"), sha('9'), utc(2026, 5, 10), true));
    QVERIFY(clean && followUp && approved && broken && rejected);
    const QString anna = QStringLiteral("Anna Svensson");
    // Uppfölj.pdf was first approved, then sent back: its newest decision counts.
    QVERIFY(store.addDecision(decision(followUp, DecisionKind::Approve, anna, {}, utc(2026, 6, 1))) > 0);
    QVERIFY(store.addDecision(decision(followUp, DecisionKind::FollowUp, anna, {}, utc(2026, 6, 2))) > 0);
    QVERIFY(store.addDecision(decision(approved, DecisionKind::Approve, anna, {}, utc(2026, 6, 1))) > 0);
    QVERIFY(store.addDecision(decision(rejected, DecisionKind::Reject, anna, {}, utc(2026, 6, 1))) > 0);

    HistoryQuery query;
    query.text = text;
    query.from = from;
    query.to = to;
    query.verdict = HistoryQuery::Verdict(verdict);
    query.decided = HistoryQuery::Decided(decided);
    QCOMPARE(fileNames(store.entries(query)), expected);
    QVERIFY(store.lastError().isEmpty());
}

void TestHistoryAudit::assessmentsOfFile()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(store.open());
    for (int i = 0; i < 3; ++i)
        QVERIFY(store.add(listed(QStringLiteral("/arkiv/%1/Beslut.pdf").arg(i), sha('7'), utc(2026, 1, 1 + i))) > 0);
    QVERIFY(store.add(listed(QStringLiteral("/arkiv/Annat.pdf"), sha('8'), utc(2026, 2, 1))) > 0);
    QVERIFY(store.add(unreadable(utc(2026, 3, 1))) > 0);
    QVERIFY(store.add(unreadable(utc(2026, 3, 2))) > 0);
    QMap<QString, QList<int>> counts;
    for (const HistoryEntry &entry : store.entries())
        counts[entry.fileName] << entry.assessmentsOfFile;
    QCOMPARE(counts.value(QStringLiteral("Beslut.pdf")), (QList<int>{3, 3, 3}));
    QCOMPARE(counts.value(QStringLiteral("Annat.pdf")), (QList<int>{1}));
    // Unreadable files have no checksum: each is an assessment of its own, never grouped.
    QCOMPARE(counts.value(QStringLiteral("trasig.pdf")), (QList<int>{1, 1}));
    for (const HistoryEntry &entry : store.entriesForSha256(sha('7')))
        QCOMPARE(entry.assessmentsOfFile, 3);
}

void TestHistoryAudit::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Beslut.pdf") << QStringLiteral("Beslut.pdf");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("Beslut, slutligt.pdf") << QStringLiteral("\"Beslut, slutligt.pdf\"");
    QTest::newRow("quote") << QStringLiteral("Avtal \"A\".pdf") << QStringLiteral("\"Avtal \"\"A\"\".pdf\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
    QTest::newRow("newline") << QStringLiteral("rad 1\nrad 2") << QStringLiteral("\"rad 1\nrad 2\"");
    QTest::newRow("carriage return") << QStringLiteral("rad 1\r\nrad 2") << QStringLiteral("\"rad 1\r\nrad 2\"");
    QTest::newRow("leading space kept") << QStringLiteral(" indraget") << QStringLiteral("\" indraget\"");
    QTest::newRow("semicolon needs no quotes") << QStringLiteral("a;b") << QStringLiteral("a;b");
    QTest::newRow("non-ASCII") << QStringLiteral("Åtgärdsplan för Örebro – 2026.pdf")
                               << QStringLiteral("Åtgärdsplan för Örebro – 2026.pdf");
    QTest::newRow("everything at once") << QStringLiteral("Ärende \"7\", del 2\nklar")
                                        << QStringLiteral("\"Ärende \"\"7\"\", del 2\nklar\"");
}

void TestHistoryAudit::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(history::csvField(value), expected);
}

void TestHistoryAudit::csvFile()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(store.open());
    const qint64 id = store.add(listed(QStringLiteral("/arkiv/Åtgärd, \"slutlig\".pdf"), sha('a'), utc(2026, 11, 29, 9), true));
    QVERIFY(store.addDecision(decision(id, DecisionKind::FollowUp, QStringLiteral("Örjan Åberg"),
                                       QStringLiteral("saknar LTV,\nse \"bilaga\""), utc(2026, 11, 29, 10, 2))) > 0);
    QVERIFY(store.add(unreadable(utc(2026, 11, 29, 11))) > 0);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(history::writeHistoryCsv(&buffer, store.entries(), &error), qPrintable(error));
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.endsWith(QLatin1String("\r\n")));
    const QString header = text.section(QStringLiteral("\r\n"), 0, 0);
    QCOMPARE(header, history::csvColumns().join(QLatin1Char(',')));
    for (const char *column : {"assessed at", "file", "sha256", "size", "pdfa claim", "pdfa profile", "pdfa compliant",
                               "signatures", "intact", "problems", "decision", "reviewer", "comment", "engine version"})
        QVERIFY2(history::csvColumns().contains(QLatin1String(column)), column);

    // Newest first: the unreadable file, then the one with the decision. The comment's line
    // break is inside quotes, so splitting at CRLF keeps it whole.
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last CRLF
    QVERIFY(lines[1].startsWith(QLatin1String("2026-11-29T11:00:00Z,trasig.pdf,/inkorg/trasig.pdf,,1000,")));
    QCOMPARE(lines[2],
             QStringLiteral("2026-11-29T09:00:00Z,\"Åtgärd, \"\"slutlig\"\".pdf\",\"/arkiv/Åtgärd, \"\"slutlig\"\".pdf\",")
                 + sha('a') + QStringLiteral(",1000,,2b,no,0,0,yes,follow-up,2026-11-29T10:02:00Z,Örjan Åberg,"
                                             "\"saknar LTV,\nse \"\"bilaga\"\"\",0.1.0"));
}

void TestHistoryAudit::csvRow()
{
    HistoryEntry entry;
    entry.fileName = QStringLiteral("a.pdf");
    entry.assessedAt = utc(2026, 1, 2, 3, 4);
    entry.pdfaClaim = QStringLiteral("2b");
    entry.pdfaProfile = QStringLiteral("2b");
    entry.pdfaCompliant = true;
    entry.signatureCount = 2;
    entry.signaturesIntact = 2;
    const QStringList values = history::csvValues(entry);
    QCOMPARE(values.size(), history::csvColumns().size());
    QCOMPARE(values.at(history::csvColumns().indexOf(QStringLiteral("pdfa compliant"))), QStringLiteral("yes"));
    QCOMPARE(values.at(history::csvColumns().indexOf(QStringLiteral("problems"))), QStringLiteral("no"));
    QCOMPARE(values.at(history::csvColumns().indexOf(QStringLiteral("decision"))), QString());
    QCOMPARE(values.at(0), QStringLiteral("2026-01-02T03:04:00Z"));
}

QTEST_GUILESS_MAIN(TestHistoryAudit)
#include "tst_history_audit.moc"
