// findBytes against a plain search, on PDF-like text, binary data, and haystacks made of the
// needle's rarest byte (where it gives up memchr for memmem): the same offset for every start.
#include "pdf/ByteSearch.h"

#include <QRandomGenerator>
#include <QTest>

using namespace granska;

namespace {

qsizetype plainSearch(const QByteArray &haystack, const QByteArray &needle, qsizetype from)
{
    if (from < 0)
        from = 0;
    if (needle.isEmpty())
        return from <= haystack.size() ? from : -1;
    for (qsizetype i = from; i + needle.size() <= haystack.size(); ++i) {
        if (std::memcmp(haystack.constData() + i, needle.constData(), size_t(needle.size())) == 0)
            return i;
    }
    return -1;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = char(random.bounded(256));
    return out;
}

} // namespace

class ByteSearchTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameAsPlainSearch_data()
    {
        QTest::addColumn<QByteArray>("haystack");
        QTest::addColumn<QByteArray>("needle");

        const QByteArray pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Sig /ByteRange [0 10 20 30] >>\nendobj\nstartxref\n9\n%%EOF\n"
                               "2 0 obj << /DSS 3 0 R /Type /Catalog >> endobj\nxref\nstartxref\n99\n%%EOF";
        for (const char *needle : {"/ByteRange", "%%EOF", "startxref", "/DSS", "/Type", "obj", "x", "%%EOF\n2", "not there"})
            QTest::newRow(qPrintable(QStringLiteral("text, %1").arg(QString::fromLatin1(needle).replace(QLatin1Char('\n'), QLatin1String("\\n")))))
                << pdf << QByteArray(needle);
        QByteArray binary = randomBytes(200000, 3);
        binary.insert(150000, "/ByteRange");
        binary.insert(70000, "%%EOF");
        for (const char *needle : {"/ByteRange", "%%EOF", "/DSS"})
            QTest::newRow(qPrintable(QStringLiteral("binary, %1").arg(QLatin1String(needle)))) << binary << QByteArray(needle);
        // Its rarest byte everywhere: memmem takes over.
        QTest::newRow("all S, then /DSS") << QByteArray(100000, 'S') + "/DSS" << QByteArray("/DSS");
        QTest::newRow("all S, no /DSS") << QByteArray(100000, 'S') << QByteArray("/DSS");
        QTest::newRow("%% everywhere") << QByteArray(50000, '%') + "%%EOF" + QByteArray(10, '%') << QByteArray("%%EOF");
        QTest::newRow("needle longer than haystack") << QByteArray("%%E") << QByteArray("%%EOF");
        QTest::newRow("needle is the haystack") << QByteArray("%%EOF") << QByteArray("%%EOF");
        QTest::newRow("empty needle") << pdf << QByteArray();
    }

    void sameAsPlainSearch()
    {
        QFETCH(QByteArray, haystack);
        QFETCH(QByteArray, needle);
        const qsizetype step = std::max<qsizetype>(1, haystack.size() / 97);
        for (qsizetype from = -1; from <= haystack.size() + 1; from += (from < 8 || haystack.size() - from < 8) ? 1 : step)
            QCOMPARE(findBytes(haystack, needle, from), plainSearch(haystack, needle, from));
    }
};

QTEST_GUILESS_MAIN(ByteSearchTest)
#include "tst_byte_search.moc"
