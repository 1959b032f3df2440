// granska-cli as a user or a script runs it: JSON Lines output and its keys, exit statuses, folder
// search and ordering, parallel runs that give the same answer, the plain-text form, and input
// files left exactly as they were.
#include "Fixtures.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace granska::fixtures;

namespace {

const QString kCli = QStringLiteral(GRANSKA_BINARY_DIR "/bin/granska-cli");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

// Each non-empty line of JSON Lines output as an object; fails the calling test on a bad line.
QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qWarning("not a JSON object: %s (%s)", line.constData(), qPrintable(error.errorString()));
            return {};
        }
        objects << document.object();
    }
    return objects;
}

QStringList filesOf(const QList<QJsonObject> &objects)
{
    QStringList files;
    for (const QJsonObject &o : objects)
        files << o.value(QStringLiteral("file")).toString();
    return files;
}

// The output without what legitimately differs between runs.
QList<QJsonObject> withoutRunDetails(QList<QJsonObject> objects)
{
    for (QJsonObject &o : objects) {
        o.remove(QStringLiteral("durationMs"));
        o.remove(QStringLiteral("assessedAt"));
    }
    return objects;
}

} // namespace

class CliTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonObjectHasTheDocumentedKeys();
    void errorLineForUnreadableFile();
    void exitStatus_data();
    void exitStatus();
    void badUsage_data();
    void badUsage();
    void oneLinePerFileInInputOrder();
    void foldersSearchedRecursivelyAndSorted();
    void jobsDoNotChangeTheResult();
    void plainTextNamesSignerAndIntegrity();
    void inputFilesAreLeftUntouched();
    void reportIsPdfA1b_data();
    void reportIsPdfA1b();
    void reportJsonHasTheDocumentedKeys();
    void reportBadUsage_data();
    void reportBadUsage();

private:
    Run run(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QTemporaryDir m_config; // HOME and XDG_CONFIG_HOME of the runs: no user settings leak in
    QTemporaryDir m_reports; // reports written by the runs, away from the inputs
    std::unique_ptr<TestPki> m_pki;
};

Run CliTest::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("HOME"), m_config.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir.path()); // relative paths name files in the fixture folder
    process.start(kCli, arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        result.err = "granska-cli did not finish within 30 s: " + process.errorString().toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void CliTest::initTestCase()
{
    QVERIFY2(QFileInfo(kCli).isExecutable(), qPrintable(kCli + QStringLiteral(" is missing; build the granska-cli target")));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_config.isValid());
    QVERIFY(m_reports.isValid());
    m_pki = std::make_unique<TestPki>();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));

    // signed.pdf: intact; broken.pdf: its page text changed after signing; plain.pdf: unsigned.
    QVERIFY_FIXTURE(makePdf(path(QStringLiteral("plain.pdf")), 2));
    SignatureLayout layout;
    QVERIFY_FIXTURE(signPdf(path(QStringLiteral("plain.pdf")), path(QStringLiteral("signed.pdf")), m_pki->rsaSigner(), {}, &layout));
    QFile signedFile(path(QStringLiteral("signed.pdf")));
    QVERIFY(signedFile.open(QIODevice::ReadOnly));
    const qint64 text = signedFile.readAll().indexOf("(Granska test document");
    QVERIFY(text > 0 && text < layout.contentsOffset);
    QVERIFY_FIXTURE(flipByte(path(QStringLiteral("signed.pdf")), path(QStringLiteral("broken.pdf")), text + 1));
    QVERIFY_FIXTURE(writeHostile(path(QStringLiteral("not-a-pdf.pdf")), Hostile::NotPdf));

    // A folder tree with PDFs under several spellings of the extension, and files that are not PDFs.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("docs/sub/deeper")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("empty-folder")));
    SignOptions ec;
    ec.subFilter = SubFilter::Pkcs7Detached;
    QVERIFY_FIXTURE(signPdf(path(QStringLiteral("plain.pdf")), path(QStringLiteral("docs/a.pdf")), m_pki->ecSigner(), ec));
    QVERIFY(QFile::copy(path(QStringLiteral("plain.pdf")), path(QStringLiteral("docs/b.PDF"))));
    QVERIFY_FIXTURE(appendIncrementalUpdate(path(QStringLiteral("signed.pdf")), path(QStringLiteral("docs/sub/c.Pdf"))));
    QVERIFY(QFile::copy(path(QStringLiteral("broken.pdf")), path(QStringLiteral("docs/sub/deeper/d.pdf"))));
    QVERIFY(QFile::copy(path(QStringLiteral("signed.pdf")), path(QStringLiteral("docs/sub/e.pdf"))));
    QVERIFY(QFile::copy(path(QStringLiteral("plain.pdf")), path(QStringLiteral("docs/notes.txt"))));
    QVERIFY(QFile::copy(path(QStringLiteral("plain.pdf")), path(QStringLiteral("docs/sub/pdf"))));
}

void CliTest::jsonObjectHasTheDocumentedKeys()
{
    const Run r = run({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--profile"), QStringLiteral("none"),
                       QStringLiteral("signed.pdf")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.count('\n'), 1);
    const QList<QJsonObject> objects = jsonLines(r.out);
    QCOMPARE(objects.size(), 1);
    const QJsonObject o = objects.first();

    QCOMPARE(o.value(QStringLiteral("file")).toString(), QStringLiteral("signed.pdf")); // as given
    QCOMPARE(o.value(QStringLiteral("sha256")).toString(), sha256Of(path(QStringLiteral("signed.pdf"))));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(o.contains(QStringLiteral("error")));
    QVERIFY(o.value(QStringLiteral("error")).isNull());

    const QJsonObject pdfa = o.value(QStringLiteral("pdfa")).toObject();
    for (const char *key : {"claimed", "profile", "compliant", "failedRules"})
        QVERIFY2(pdfa.contains(QLatin1String(key)), key);
    QVERIFY(pdfa.value(QStringLiteral("claimed")).isNull());
    QVERIFY(pdfa.value(QStringLiteral("profile")).isNull()); // --profile none
    QVERIFY(pdfa.value(QStringLiteral("compliant")).isNull());
    QVERIFY(pdfa.value(QStringLiteral("failedRules")).isArray());
    QVERIFY(pdfa.value(QStringLiteral("failedRules")).toArray().isEmpty());

    const QJsonArray signatures = o.value(QStringLiteral("signatures")).toArray();
    QCOMPARE(signatures.size(), 1);
    const QJsonObject s = signatures.first().toObject();
    for (const char *key : {"field", "subFilter", "revision", "coversWholeDocument", "integrity", "signer", "signingTime"})
        QVERIFY2(s.contains(QLatin1String(key)), key);
    QCOMPARE(s.value(QStringLiteral("field")).toString(), QStringLiteral("Signature1"));
    QCOMPARE(s.value(QStringLiteral("subFilter")).toString(), QStringLiteral("ETSI.CAdES.detached"));
    QCOMPARE(s.value(QStringLiteral("revision")).toInt(), 2);
    QCOMPARE(s.value(QStringLiteral("coversWholeDocument")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("integrity")).toString(), QStringLiteral("intact"));
    QCOMPARE(s.value(QStringLiteral("signingTime")).toString(), QStringLiteral("2024-03-15T09:30:00Z")); // /M, in UTC
    const QJsonObject signer = s.value(QStringLiteral("signer")).toObject();
    QCOMPARE(signer.value(QStringLiteral("commonName")).toString(), QStringLiteral("Anna Andersson"));
    QCOMPARE(signer.value(QStringLiteral("serialNumber")).toString(), QStringLiteral("2A0001"));
}

void CliTest::errorLineForUnreadableFile()
{
    const Run r = run({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("not-a-pdf.pdf")});
    QCOMPARE(r.exitCode, 2);
    const QList<QJsonObject> objects = jsonLines(r.out);
    QCOMPARE(objects.size(), 1);
    const QJsonObject o = objects.first();
    QCOMPARE(o.value(QStringLiteral("file")).toString(), QStringLiteral("not-a-pdf.pdf"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QVERIFY(!o.value(QStringLiteral("error")).toString().isEmpty());
    QCOMPARE(o.value(QStringLiteral("sha256")).toString(), sha256Of(path(QStringLiteral("not-a-pdf.pdf"))));
    QVERIFY(o.value(QStringLiteral("signatures")).toArray().isEmpty());
}

void CliTest::exitStatus_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<int>("expected");

    QTest::newRow("clean signed file") << QStringList{"signed.pdf"} << 0;
    QTest::newRow("unsigned file") << QStringList{"plain.pdf"} << 0;
    QTest::newRow("signed, later updated") << QStringList{"docs/sub/c.Pdf"} << 0;
    QTest::newRow("broken signature") << QStringList{"broken.pdf"} << 1;
    QTest::newRow("clean and broken") << QStringList{"signed.pdf", "broken.pdf"} << 1;
    QTest::newRow("not a PDF") << QStringList{"not-a-pdf.pdf"} << 2;
    QTest::newRow("missing file") << QStringList{"no-such-file.pdf"} << 2;
    QTest::newRow("broken and unreadable") << QStringList{"broken.pdf", "not-a-pdf.pdf"} << 2;
    QTest::newRow("unreadable first") << QStringList{"not-a-pdf.pdf", "signed.pdf"} << 2;
    QTest::newRow("folder without PDFs") << QStringList{"empty-folder"} << 2;
}

void CliTest::exitStatus()
{
    QFETCH(QStringList, paths);
    QFETCH(int, expected);
    for (const bool json : {true, false}) {
        QStringList arguments{QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("none")};
        if (json)
            arguments << QStringLiteral("--json");
        const Run r = run(arguments + paths);
        QVERIFY2(r.exitCode == expected, qPrintable(QStringLiteral("json=%1 exit %2\n%3%4").arg(json).arg(r.exitCode)
                                                        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err))));
    }
}

void CliTest::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("unknown option") << QStringList{"check", "--bogus", "signed.pdf"};
    QTest::newRow("unknown profile") << QStringList{"check", "--profile", "9z", "signed.pdf"};
    QTest::newRow("no paths") << QStringList{"check"};
    QTest::newRow("no paths, JSON") << QStringList{"check", "--json"};
    QTest::newRow("--jobs 0") << QStringList{"check", "--jobs", "0", "signed.pdf"};
    QTest::newRow("--jobs not a number") << QStringList{"check", "--jobs", "many", "signed.pdf"};
    QTest::newRow("--profile without value") << QStringList{"check", "signed.pdf", "--profile"};
    QTest::newRow("unknown command") << QStringList{"inspect", "signed.pdf"};
    QTest::newRow("no command") << QStringList{};
}

void CliTest::badUsage()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData()); // nothing a script could mistake for results
    QVERIFY(!r.err.trimmed().isEmpty());
}

void CliTest::oneLinePerFileInInputOrder()
{
    const QStringList paths{QStringLiteral("broken.pdf"), QStringLiteral("signed.pdf"), path(QStringLiteral("plain.pdf")),
                            QStringLiteral("not-a-pdf.pdf"), QStringLiteral("./signed.pdf")};
    const Run r = run(QStringList{QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--profile"), QStringLiteral("none")} + paths);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out.count('\n'), paths.size());
    const QList<QJsonObject> objects = jsonLines(r.out);
    QCOMPARE(filesOf(objects), paths); // each as given, absolute or relative
    QCOMPARE(objects.at(0).value(QStringLiteral("signatures")).toArray().first().toObject().value(QStringLiteral("integrity")).toString(),
             QStringLiteral("broken"));
    QCOMPARE(objects.at(1).value(QStringLiteral("sha256")), objects.at(4).value(QStringLiteral("sha256")));
}

void CliTest::foldersSearchedRecursivelyAndSorted()
{
    const Run r = run({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--profile"), QStringLiteral("none"),
                       QStringLiteral("signed.pdf"), QStringLiteral("docs")});
    QCOMPARE(r.exitCode, 1); // docs/sub/deeper/d.pdf is broken
    const QStringList expected{QStringLiteral("signed.pdf"), QStringLiteral("docs/a.pdf"), QStringLiteral("docs/b.PDF"),
                               QStringLiteral("docs/sub/c.Pdf"), QStringLiteral("docs/sub/deeper/d.pdf"), QStringLiteral("docs/sub/e.pdf")};
    const QList<QJsonObject> objects = jsonLines(r.out);
    QCOMPARE(filesOf(objects), expected);
    QStringList integrity;
    for (const QJsonObject &o : objects) {
        const QJsonArray signatures = o.value(QStringLiteral("signatures")).toArray();
        integrity << (signatures.isEmpty() ? QStringLiteral("-") : signatures.first().toObject().value(QStringLiteral("integrity")).toString());
    }
    QCOMPARE(integrity, QStringList({"intact", "intact", "-", "intact", "broken", "intact"}));
}

void CliTest::jobsDoNotChangeTheResult()
{
    const QStringList paths{QStringLiteral("docs"), QStringLiteral("broken.pdf"), QStringLiteral("not-a-pdf.pdf"), QStringLiteral("signed.pdf")};
    // A fixed validation time: "now" would differ between the two runs when they straddle a second.
    const QStringList common{QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--profile"), QStringLiteral("none"),
                             QStringLiteral("--validation-time"), QStringLiteral("2025-01-01T00:00:00Z")};
    const Run one = run(common + QStringList{QStringLiteral("--jobs"), QStringLiteral("1")} + paths);
    const Run four = run(common + QStringList{QStringLiteral("--jobs"), QStringLiteral("4")} + paths);
    QCOMPARE(one.exitCode, 2);
    QCOMPARE(four.exitCode, one.exitCode);
    const QList<QJsonObject> serial = withoutRunDetails(jsonLines(one.out));
    const QList<QJsonObject> parallel = withoutRunDetails(jsonLines(four.out));
    QCOMPARE(serial.size(), 8);
    QCOMPARE(parallel.size(), serial.size());
    for (qsizetype i = 0; i < serial.size(); ++i) {
        QVERIFY2(serial.at(i) == parallel.at(i),
                 qPrintable(QStringLiteral("line %1 differs:\n%2\n%3").arg(i + 1)
                                .arg(QString::fromUtf8(QJsonDocument(serial.at(i)).toJson(QJsonDocument::Compact)),
                                     QString::fromUtf8(QJsonDocument(parallel.at(i)).toJson(QJsonDocument::Compact)))));
    }
}

void CliTest::plainTextNamesSignerAndIntegrity()
{
    const Run good = run({QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("none"), QStringLiteral("signed.pdf")});
    QCOMPARE(good.exitCode, 0);
    const QString text = QString::fromUtf8(good.out);
    QVERIFY2(text.startsWith(QLatin1String("signed.pdf")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Anna Andersson")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("intact")), qPrintable(text));
    QVERIFY2(text.contains(sha256Of(path(QStringLiteral("signed.pdf")))), qPrintable(text));
    QVERIFY(!text.trimmed().startsWith(QLatin1Char('{')));

    const Run bad = run({QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("none"), QStringLiteral("broken.pdf")});
    QCOMPARE(bad.exitCode, 1);
    const QString badText = QString::fromUtf8(bad.out);
    QVERIFY2(badText.contains(QLatin1String("broken"), Qt::CaseInsensitive), qPrintable(badText));
    QVERIFY2(!badText.contains(QLatin1String("intact")), qPrintable(badText));
}

void CliTest::inputFilesAreLeftUntouched()
{
    // A read-only copy, so that even an attempt to open it for writing would fail.
    const QString file = path(QStringLiteral("read-only.pdf"));
    QVERIFY(QFile::copy(path(QStringLiteral("signed.pdf")), file));
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QString hashBefore = sha256Of(file);
    const QDateTime modifiedBefore = QFileInfo(file).lastModified();
    auto listing = [this] {
        QStringList entries;
        QDirIterator it(m_dir.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            entries << it.next();
        entries.sort();
        return entries;
    };
    const QStringList entriesBefore = listing();

    for (const QStringList &extra : {QStringList{QStringLiteral("--json")}, QStringList{}}) {
        const Run r = run(QStringList{QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("none")} + extra
                          + QStringList{QStringLiteral("read-only.pdf"), QStringLiteral("docs")});
        QCOMPARE(r.exitCode, 1);
    }
    QCOMPARE(sha256Of(file), hashBefore);
    QCOMPARE(QFileInfo(file).lastModified(), modifiedBefore);
    QCOMPARE(listing(), entriesBefore); // no lock, temporary or output files beside the inputs
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void CliTest::reportIsPdfA1b_data()
{
    QTest::addColumn<QStringList>("arguments"); // before -o OUT
    QTest::addColumn<int>("expected");          // exit status, as `check` would give
    QTest::addColumn<QString>("title");         // the report's title, which says what kind it is

    QTest::newRow("one file") << QStringList{"signed.pdf"} << 0 << QStringLiteral("Assessment report: signed.pdf");
    QTest::newRow("one broken file") << QStringList{"broken.pdf"} << 1 << QStringLiteral("Assessment report: broken.pdf");
    QTest::newRow("one unreadable file") << QStringList{"not-a-pdf.pdf"} << 2 << QStringLiteral("Assessment report: not-a-pdf.pdf");
    QTest::newRow("folder") << QStringList{"docs"} << 1 << QStringLiteral("Assessment summary");
    QTest::newRow("two files") << QStringList{"signed.pdf", "plain.pdf"} << 0 << QStringLiteral("Assessment summary");
    QTest::newRow("one file as a summary") << QStringList{"--summary", "signed.pdf"} << 0 << QStringLiteral("Assessment summary");
    QTest::newRow("summary with full reports, options")
        << QStringList{"--full", "--title", "Inleverans 2024", "--reviewer", "Eva Ek", "--profile", "none", "--jobs", "1",
                       "--validation-time", "signing", "signed.pdf", "broken.pdf", "not-a-pdf.pdf"}
        << 2 << QStringLiteral("Inleverans 2024");
    QTest::newRow("without pictures") << QStringList{"--no-pictures", "signed.pdf"} << 0 << QStringLiteral("Assessment report: signed.pdf");
}

void CliTest::reportIsPdfA1b()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, expected);
    QFETCH(QString, title);
    const QString output = m_reports.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".pdf"));
    const Run r = run(QStringList{QStringLiteral("report")} + arguments + QStringList{QStringLiteral("-o"), output});
    QVERIFY2(r.exitCode == expected, qPrintable(QStringLiteral("exit %1\n%2%3").arg(r.exitCode).arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err))));
    QVERIFY2(QFileInfo(output).size() > 0, qPrintable(output));
    QVERIFY(r.out.contains("Report written to"));

    // PDF/A-1b by granska-cli check itself, which reads the title too.
    const Run check = run({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--profile"), QStringLiteral("1b"), output});
    QVERIFY2(check.exitCode == 0, check.out.constData());
    const QList<QJsonObject> objects = jsonLines(check.out);
    QCOMPARE(objects.size(), 1);
    const QJsonObject pdfa = objects.first().value(QStringLiteral("pdfa")).toObject();
    QCOMPARE(pdfa.value(QStringLiteral("compliant")).toBool(), true);
    QCOMPARE(pdfa.value(QStringLiteral("profile")).toString(), QStringLiteral("1b"));
    const QJsonObject claim = pdfa.value(QStringLiteral("claim")).toObject();
    QCOMPARE(claim.value(QStringLiteral("part")).toInt(), 1);
    QCOMPARE(claim.value(QStringLiteral("conformance")).toString(), QStringLiteral("B"));
    QCOMPARE(objects.first().value(QStringLiteral("title")).toString(), title);
}

void CliTest::reportJsonHasTheDocumentedKeys()
{
    const QString output = m_reports.filePath(QStringLiteral("report.json"));
    // A fixed validation time, so that the two runs compared below validate alike.
    const QStringList validationTime{QStringLiteral("--validation-time"), QStringLiteral("2025-01-01T00:00:00Z")};
    const Run r = run(QStringList{QStringLiteral("report"), QStringLiteral("--json"), QStringLiteral("--profile"), QStringLiteral("none"),
                                  QStringLiteral("--reviewer"), QStringLiteral("Eva Ek"), QStringLiteral("signed.pdf"), QStringLiteral("docs"),
                                  QStringLiteral("-o"), output}
                      + validationTime);
    QCOMPARE(r.exitCode, 1); // docs/sub/deeper/d.pdf is broken
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(file.readAll(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

    const QJsonObject metadata = report.value(QStringLiteral("report")).toObject();
    QCOMPARE(metadata.value(QStringLiteral("format")).toString(), QStringLiteral("granska-report"));
    QCOMPARE(metadata.value(QStringLiteral("formatVersion")).toInt(), 1);
    QVERIFY(QDateTime::fromString(metadata.value(QStringLiteral("generatedAt")).toString(), Qt::ISODate).isValid());
    QVERIFY(!metadata.value(QStringLiteral("granskaVersion")).toString().isEmpty());
    QCOMPARE(metadata.value(QStringLiteral("reviewer")).toString(), QStringLiteral("Eva Ek"));
    QCOMPARE(metadata.value(QStringLiteral("personalDataMasked")).toBool(), true);

    const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("documents")).toInt(), 6);
    QCOMPARE(summary.value(QStringLiteral("assessed")).toInt(), 6);
    QCOMPARE(summary.value(QStringLiteral("notAssessed")).toInt(), 0);
    const QJsonObject signatures = summary.value(QStringLiteral("signatures")).toObject();
    QCOMPARE(signatures.value(QStringLiteral("total")).toInt(), 5);
    QCOMPARE(signatures.value(QStringLiteral("failed")).toInt(), 1);
    for (const char *key : {"pdfa", "verdicts"})
        QVERIFY2(summary.value(QLatin1String(key)).isObject(), key);
    for (const char *key : {"changedAfterSigning", "changesNotPermitted"})
        QVERIFY2(summary.value(QLatin1String(key)).isDouble(), key);

    // Each document: the record of `check --json`, in the same order, with the verdict.
    const Run check = run(QStringList{QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--profile"), QStringLiteral("none"),
                                      QStringLiteral("signed.pdf"), QStringLiteral("docs")}
                          + validationTime);
    const QList<QJsonObject> records = withoutRunDetails(jsonLines(check.out));
    const QJsonArray documents = report.value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), records.size());
    QStringList verdicts;
    for (int i = 0; i < documents.size(); ++i) {
        QJsonObject document = documents.at(i).toObject();
        verdicts << document.take(QStringLiteral("verdict")).toString();
        QVERIFY(document.take(QStringLiteral("decision")).isNull());
        QCOMPARE(withoutRunDetails({document}).first(), records.at(i));
    }
    QCOMPARE(verdicts.count(QStringLiteral("problems-found")), 1);
    QCOMPARE(verdicts.size(), 6);
}

void CliTest::reportBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no output") << QStringList{"report", "signed.pdf"};
    QTest::newRow("no paths") << QStringList{"report", "-o", "@REPORTS@/x.pdf"};
    QTest::newRow("output is an input") << QStringList{"report", "-o", "signed.pdf", "signed.pdf"};
    QTest::newRow("output is an input in a folder") << QStringList{"report", "-o", "docs/a.pdf", "docs"};
    QTest::newRow("unknown option") << QStringList{"report", "--bogus", "-o", "@REPORTS@/x.pdf", "signed.pdf"};
    QTest::newRow("unknown profile") << QStringList{"report", "--profile", "9z", "-o", "@REPORTS@/x.pdf", "signed.pdf"};
    QTest::newRow("missing trust anchor") << QStringList{"report", "--trust-anchor", "none.pem", "-o", "@REPORTS@/x.pdf", "signed.pdf"};
    QTest::newRow("folder without PDFs") << QStringList{"report", "-o", "@REPORTS@/x.pdf", "empty-folder"};
    QTest::newRow("unwritable output") << QStringList{"report", "-o", "@REPORTS@/no/such/folder/x.pdf", "signed.pdf"};
}

void CliTest::reportBadUsage()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(QStringLiteral("@REPORTS@"), m_reports.path());
    const QString hashBefore = sha256Of(path(QStringLiteral("signed.pdf")));
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(!QFile::exists(m_reports.filePath(QStringLiteral("x.pdf"))));
    QCOMPARE(sha256Of(path(QStringLiteral("signed.pdf"))), hashBefore);
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
