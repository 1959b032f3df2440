// The signed-PDF corpus test: the 109 signed PDFs of ../shared/corpus/signed (public projects' test
// data with the outcome each project documents). For every file that documents an integrity
// outcome, Granska's verdict must match — every signature intact and none TOTAL-FAILED with
// HASH_FAILURE, SIG_CRYPTO_FAILURE or FORMAT_FAILURE, or not — unless the file is listed in
// known-misses.txt (which may only shrink). The PAdES level must match on every file whose
// documented level is a PAdES baseline level. The pyHanko files are validated as pyHanko's tests
// do: with its test CA as trust anchor, at 2020-11-01.
#include "Assessor.h"
#include "signatures/TrustStore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace granska;

namespace {

QString corpusDir()
{
    return QStringLiteral(GRANSKA_SHARED_DIR "/corpus/signed");
}

// RFC 4180: fields may be quoted, with "" for a quote and commas or line breaks inside.
QList<QStringList> readCsv(const QString &path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QString text = QString::fromUtf8(file.readAll());
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

struct CorpusFile {
    QString name;
    QString integrity; // exp_integrity
    QString level;     // exp_level
    bool pyhanko = false;
};

QList<CorpusFile> readManifest()
{
    QList<CorpusFile> files;
    const QList<QStringList> rows = readCsv(corpusDir() + QStringLiteral("/manifest.csv"));
    if (rows.isEmpty())
        return files;
    const QStringList header = rows.first();
    const int name = int(header.indexOf(QStringLiteral("file")));
    const int integrity = int(header.indexOf(QStringLiteral("exp_integrity")));
    const int level = int(header.indexOf(QStringLiteral("exp_level")));
    const int repo = int(header.indexOf(QStringLiteral("source_repo")));
    for (const QStringList &row : rows.mid(1)) {
        if (row.size() <= std::max({name, integrity, level, repo}))
            continue;
        files.append({row[name], row[integrity], row[level], row[repo].contains(QLatin1String("pyHanko"), Qt::CaseInsensitive)});
    }
    return files;
}

// The documented outcome as intact (true) or not (false); nullopt when none is documented.
std::optional<bool> expectedIntact(const QString &text)
{
    const QString t = text.toLower();
    if (t.trimmed().isEmpty())
        return std::nullopt;
    for (const char *negative : {"not intact", "not technically valid", "not parseable", "placeholder", "total_failed", "not valid"})
        if (t.contains(QLatin1String(negative)))
            return false;
    return true;
}

bool verdictIntact(const Assessment &a)
{
    if (a.status != AssessmentStatus::Ok)
        return false;
    static const QSet<QString> failures = {QStringLiteral("HASH_FAILURE"), QStringLiteral("SIG_CRYPTO_FAILURE"), QStringLiteral("FORMAT_FAILURE")};
    for (const SignatureInfo &s : a.signatures) {
        if (s.kind == SignatureKind::DocumentTimestamp)
            continue;
        if (s.integrity != Integrity::Intact || failures.contains(s.subIndication))
            return false;
    }
    return true;
}

// "PAdES-BASELINE-LTA (both)", "one signature PAdES-BASELINE-LT, one PAdES-BASELINE-T" ->
// the sorted levels expected of the signatures.
QStringList expectedLevels(const QString &text, int signatureCount)
{
    static const QRegularExpression level(QStringLiteral("PAdES-BASELINE-(LTA|LT|T|B)"));
    QStringList levels;
    for (QRegularExpressionMatchIterator it = level.globalMatch(text); it.hasNext();)
        levels << QStringLiteral("B-") + it.next().captured(1);
    levels.replaceInStrings(QStringLiteral("B-B"), QStringLiteral("B-B"));
    if (levels.size() == 1 && (text.contains(QLatin1String("both")) || signatureCount > 1))
        while (levels.size() < signatureCount)
            levels << levels.first();
    levels.sort();
    return levels;
}

QSet<QString> readKnownMisses()
{
    QSet<QString> misses;
    QFile file(QStringLiteral(GRANSKA_SOURCE_DIR "/tests/signatures/known-misses.txt"));
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                misses.insert(line);
        }
    }
    return misses;
}

} // namespace

class SignedCorpusTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void integrity();
    void padesLevel();

private:
    QList<CorpusFile> m_files;
    QList<Assessment> m_results;
};

void SignedCorpusTest::initTestCase()
{
    m_files = readManifest();
    if (m_files.isEmpty())
        QSKIP("The signed corpus (../shared/corpus/signed) is not available.");
    auto pyhankoTrust = std::make_shared<TrustStore>();
    pyhankoTrust->addCertificates(corpusDir() + QStringLiteral("/trust-anchors/pyhanko-testing-ca-root.cert.pem"));
    m_results = QtConcurrent::blockingMapped(m_files, [pyhankoTrust](const CorpusFile &f) {
        AssessOptions options;
        options.profile = QStringLiteral("none");
        if (f.pyhanko) {
            options.signatures.trust = pyhankoTrust;
            options.signatures.policy.time = ValidationPolicy::Time::Given;
            options.signatures.policy.given = QDateTime(QDate(2020, 11, 1), QTime(0, 0), Qt::UTC);
        }
        return Assessor::assess(corpusDir() + QStringLiteral("/files/") + f.name, options);
    });
    qint64 total = 0;
    for (const Assessment &a : m_results)
        total += a.durationMs;
    qInfo("%d files assessed, %.1f ms per file on average (engine time)", int(m_results.size()), double(total) / m_results.size());
}

void SignedCorpusTest::integrity()
{
    const QSet<QString> knownMisses = readKnownMisses();
    QStringList unexpected, fixed;
    int documented = 0, right = 0;
    for (int i = 0; i < m_files.size(); ++i) {
        const std::optional<bool> expected = expectedIntact(m_files[i].integrity);
        if (!expected)
            continue;
        ++documented;
        const bool ok = verdictIntact(m_results[i]) == *expected;
        right += ok;
        if (!ok && !knownMisses.contains(m_files[i].name))
            unexpected << m_files[i].name;
        if (ok && knownMisses.contains(m_files[i].name))
            fixed << m_files[i].name;
    }
    qInfo("Integrity verdict matches the documented outcome for %d of %d files (%.1f %%)", right, documented, 100.0 * right / documented);
    if (!unexpected.isEmpty())
        qWarning().noquote() << "Wrong verdicts not on known-misses.txt:\n  " + unexpected.join(QStringLiteral("\n  "));
    if (!fixed.isEmpty())
        qWarning().noquote() << "Now right, remove from known-misses.txt:\n  " + fixed.join(QStringLiteral("\n  "));
    QVERIFY(unexpected.isEmpty());
    QVERIFY(fixed.isEmpty());
    QVERIFY2(right * 100 >= documented * 97, "integrity verdicts must match for at least 97 % of the documented files");
}

void SignedCorpusTest::padesLevel()
{
    int checked = 0;
    for (int i = 0; i < m_files.size(); ++i) {
        if (!m_files[i].level.contains(QLatin1String("PAdES-BASELINE")))
            continue;
        QStringList actual;
        for (const SignatureInfo &s : m_results[i].signatures)
            if (s.kind != SignatureKind::DocumentTimestamp)
                actual << s.level;
        actual.sort();
        const QStringList expected = expectedLevels(m_files[i].level, int(actual.size()));
        ++checked;
        QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1: expected %2, got %3").arg(m_files[i].name, expected.join(QLatin1Char(',')), actual.join(QLatin1Char(',')))));
    }
    qInfo("PAdES level right on all %d files with a documented baseline level", checked);
    QVERIFY(checked > 0);
}

QTEST_GUILESS_MAIN(SignedCorpusTest)
#include "tst_signed_corpus.moc"
