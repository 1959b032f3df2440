// Killing the application during a batch loses no assessment that it had shown as done (issue 5).
// Starts the real executable on a folder with its own history database, waits until it reports
// some documents done (GRANSKA_TRACE_DONE=1: one "done <path>" line per result shown, written after
// the result is committed), kills it with SIGKILL and then checks that the database is intact and
// holds every one of them.
#include "history/HistoryStore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace granska;

namespace {

const QString kGranska = QStringLiteral(GRANSKA_BINARY_DIR "/bin/granska");

// The first `count` files of the veraPDF corpus, copied into `folder` (names made unique).
int copyCorpusFiles(const QString &folder, int count)
{
    QStringList files;
    QDirIterator it(QStringLiteral(GRANSKA_SHARED_DIR "/corpus/pdfa"), {QStringLiteral("*.pdf")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    int copied = 0;
    for (const QString &file : files.mid(0, count)) {
        if (QFile::copy(file, QDir(folder).filePath(QStringLiteral("%1-%2").arg(copied, 3, 10, QLatin1Char('0')).arg(QFileInfo(file).fileName()))))
            ++copied;
    }
    return copied;
}

QStringList donePaths(const QByteArray &output)
{
    QStringList paths;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("done "))
            paths << QString::fromLocal8Bit(line.mid(5));
    }
    return paths;
}

QString integrityCheck(const QString &databasePath)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(databasePath);
        if (!db.open())
            return QStringLiteral("cannot open: ") + db.lastError().text();
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
            result = QStringLiteral("cannot check: ") + query.lastError().text();
        while (query.next())
            result += query.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

} // namespace

class TestKillSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killDuringBatch_data();
    void killDuringBatch();
};

void TestKillSafety::killDuringBatch_data()
{
    QTest::addColumn<int>("killAfter");
    QTest::newRow("at the first result") << 1;
    QTest::newRow("mid-batch") << 12;
    QTest::newRow("late in the batch") << 80;
}

void TestKillSafety::killDuringBatch()
{
    QFETCH(int, killAfter);
    if (!QFileInfo(kGranska).isExecutable())
        QSKIP("bin/granska has not been built");
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString folder = temp.filePath(QStringLiteral("documents"));
    QVERIFY(QDir().mkpath(folder));
    const int files = 200;
    if (copyCorpusFiles(folder, files) < files)
        QSKIP("The veraPDF corpus is not available");
    const QString database = temp.filePath(QStringLiteral("history.sqlite"));

    QProcess granska;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GRANSKA_TRACE_DONE"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), temp.path()); // its own settings, never the user's
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), temp.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), temp.filePath(QStringLiteral("data")));
    granska.setProcessEnvironment(env);
    granska.setProcessChannelMode(QProcess::SeparateChannels);
    granska.start(kGranska, {QStringLiteral("--history"), database, folder});
    QVERIFY2(granska.waitForStarted(), qPrintable(granska.errorString()));

    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    while (donePaths(output).size() < killAfter && clock.elapsed() < 120000 && granska.state() == QProcess::Running) {
        granska.waitForReadyRead(200);
        output += granska.readAllStandardOutput();
    }
    QVERIFY2(granska.state() == QProcess::Running,
             qPrintable(QStringLiteral("granska stopped by itself: %1").arg(QString::fromLocal8Bit(granska.readAllStandardError()))));
    granska.kill(); // SIGKILL: no clean-up of any kind
    QVERIFY(granska.waitForFinished(10000));
    QCOMPARE(granska.exitStatus(), QProcess::CrashExit);
    output += granska.readAllStandardOutput(); // lines written before the kill, still in the pipe

    const QStringList done = donePaths(output);
    QVERIFY(done.size() >= killAfter);
    QVERIFY2(done.size() < files, "the batch finished before the kill; nothing was tested");
    qInfo("killed after %d of %d documents were shown as done", int(done.size()), files);

    QCOMPARE(integrityCheck(database), QStringLiteral("ok"));
    HistoryStore history(database);
    QString error;
    QVERIFY2(history.open(&error), qPrintable(error));
    QHash<QString, qint64> stored;
    for (const HistoryEntry &entry : history.entries())
        stored.insert(entry.filePath, entry.id);
    for (const QString &path : done) {
        QVERIFY2(stored.contains(path), qPrintable(QStringLiteral("shown as done but not in the history: %1").arg(path)));
        // Whole, not just listed: the stored assessment reads back.
        const std::optional<Assessment> a = history.assessment(stored.value(path));
        QVERIFY2(a && a->file == path, qPrintable(QStringLiteral("stored assessment unreadable: %1").arg(path)));
    }
    QVERIFY(history.count() >= done.size());
}

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_kill_safety.moc"
