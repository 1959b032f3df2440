// The PDF/A corpus test: every file of ../shared/corpus/pdfa (veraPDF's test corpus, CC BY 4.0) of
// the flavours Granska validates, against its folder's flavour. Green when every file outside
// known-misses.txt gets the expected verdict and every file on that list is still missed — the list
// may only shrink. Also guards the time limit: no file may take more than two seconds.
#include "Assessor.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

using namespace granska;

namespace {

struct CorpusFile {
    QString path; // relative to the corpus folder
    QString flavour;
    QString clause;
    bool expectPass = false;
};

QString corpusDir()
{
    return QStringLiteral(GRANSKA_SHARED_DIR "/corpus/pdfa");
}

QList<CorpusFile> readManifest()
{
    QList<CorpusFile> files;
    QFile file(corpusDir() + QStringLiteral("/manifest.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return files;
    QTextStream in(&file);
    in.readLine(); // header: path,flavour,clause,test,expected
    while (!in.atEnd()) {
        const QString line = in.readLine();
        // Paths hold no commas in this corpus; the last four fields are simple.
        const QStringList fields = line.split(QLatin1Char(','));
        if (fields.size() < 5)
            continue;
        const int n = int(fields.size());
        files.append({fields.mid(0, n - 4).join(QLatin1Char(',')), fields[n - 4], fields[n - 3], fields[n - 1] == QLatin1String("pass")});
    }
    return files;
}

QSet<QString> readKnownMisses()
{
    QSet<QString> misses;
    QFile file(QStringLiteral(GRANSKA_SOURCE_DIR "/tests/pdfa/known-misses.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return misses;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            misses.insert(line);
    }
    return misses;
}

} // namespace

class PdfaCorpusTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void flavour_data();
    void flavour();
};

void PdfaCorpusTest::flavour_data()
{
    QTest::addColumn<QString>("flavour");
    for (const char *f : {"1a", "1b", "2a", "2b", "2u", "3a", "3b", "3u"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void PdfaCorpusTest::flavour()
{
    QFETCH(QString, flavour);
    const QList<CorpusFile> all = readManifest();
    if (all.isEmpty())
        QSKIP("The PDF/A corpus (../shared/corpus/pdfa) is not available.");
    QList<CorpusFile> files;
    for (const CorpusFile &f : all)
        if (f.flavour == flavour)
            files.append(f);
    if (files.isEmpty())
        QSKIP("The corpus has no files of this flavour.");
    const QSet<QString> knownMisses = readKnownMisses();

    AssessOptions options;
    options.profile = flavour;
    const QList<Assessment> results = QtConcurrent::blockingMapped(files, [options](const CorpusFile &f) {
        return Assessor::assess(corpusDir() + QLatin1Char('/') + f.path, options);
    });

    QStringList unexpectedMisses, fixedMisses, slow;
    QHash<QString, QPair<int, int>> perClause; // clause -> right, total
    int right = 0;
    for (int i = 0; i < files.size(); ++i) {
        const CorpusFile &f = files[i];
        const Assessment &a = results[i];
        const bool ok = a.pdfa.compliant.has_value() && *a.pdfa.compliant == f.expectPass;
        right += ok;
        auto &clause = perClause[f.clause.isEmpty() ? QStringLiteral("(TWG)") : f.clause];
        clause.first += ok;
        ++clause.second;
        if (!ok && !knownMisses.contains(f.path))
            unexpectedMisses << QStringLiteral("%1 (expected %2)").arg(f.path, f.expectPass ? QStringLiteral("pass") : QStringLiteral("fail"));
        if (ok && knownMisses.contains(f.path))
            fixedMisses << f.path;
        if (a.durationMs > 2000)
            slow << QStringLiteral("%1: %2 ms").arg(f.path).arg(a.durationMs);
    }
    double clauseSum = 0;
    for (const auto &[r, n] : std::as_const(perClause))
        clauseSum += double(r) / n;
    qInfo("PDF/A-%s: %d of %d files right (%.1f %%), %.1f %% averaged over %d clauses", qPrintable(flavour), right,
          int(files.size()), 100.0 * right / files.size(), 100.0 * clauseSum / perClause.size(), int(perClause.size()));

    if (!unexpectedMisses.isEmpty())
        qWarning().noquote() << "Wrong verdicts not on known-misses.txt:\n  " + unexpectedMisses.join(QStringLiteral("\n  "));
    if (!fixedMisses.isEmpty())
        qWarning().noquote() << "Now right, remove from known-misses.txt:\n  " + fixedMisses.join(QStringLiteral("\n  "));
    if (!slow.isEmpty())
        qWarning().noquote() << "Slower than 2 s:\n  " + slow.join(QStringLiteral("\n  "));
    QVERIFY2(unexpectedMisses.isEmpty(), "files with a wrong verdict that are not known misses");
    QVERIFY2(fixedMisses.isEmpty(), "known misses that are now right: the list must shrink");
    QVERIFY2(slow.isEmpty(), "files that took more than two seconds");
}

QTEST_GUILESS_MAIN(PdfaCorpusTest)
#include "tst_pdfa_corpus.moc"
