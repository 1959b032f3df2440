// The signature value read from the unsigned gap between a signature's two signed ranges: the same
// bytes QByteArray::fromHex() gives for the hex digits (white space between them allowed, an odd
// count read as fromHex reads it), and none when the gap holds anything but the hex string.
#include "pdf/QpdfCrypto.h"
#include "signatures/ByteRange.h"

#include <QTest>

using namespace granska;

class ByteRangeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useOpenSslForQpdf(); } // QPDF as the engine links it, without GnuTLS

    void gapContents_data()
    {
        QTest::addColumn<QByteArray>("gap");
        QTest::addColumn<bool>("isString");

        QTest::newRow("even") << QByteArray("<3082010a0282>") << true;
        QTest::newRow("upper case") << QByteArray("<3082ABCDEF00>") << true;
        QTest::newRow("odd count") << QByteArray("<abc>") << true;
        QTest::newRow("one digit") << QByteArray("<7>") << true;
        QTest::newRow("white space") << QByteArray("<30 82\r\n01\t0a>") << true;
        QTest::newRow("odd, with white space") << QByteArray("< a bc 1>") << true;
        QTest::newRow("empty string") << QByteArray("<>") << true;
        QTest::newRow("zero padding") << QByteArray("<3082" + QByteArray(64, '0') + ">") << true;
        QTest::newRow("a letter beyond f") << QByteArray("<30g2>") << false;
        QTest::newRow("a nested string") << QByteArray("<30<82>") << false;
        QTest::newRow("no closing bracket") << QByteArray("<3082 ") << false;
        QTest::newRow("a literal string") << QByteArray("(3082)") << false;
        QTest::newRow("form feed is not allowed here") << QByteArray("<30\f82>") << false;
    }

    void gapContents()
    {
        QFETCH(QByteArray, gap);
        QFETCH(bool, isString);
        const QByteArray file = "%PDF-1.7\n/Contents " + gap + " ...signed after the gap";
        const qint64 start = file.indexOf(gap);
        const qint64 end = start + gap.size();
        const ByteRangeCheck check = checkByteRange({0, start, end, file.size() - end}, file);
        QVERIFY(check.usable);
        QCOMPARE(check.gapContents.has_value(), isString);
        if (isString) {
            QByteArray digits;
            for (char c : gap.mid(1, gap.size() - 2))
                if (c != ' ' && c != '\r' && c != '\n' && c != '\t')
                    digits += c;
            QCOMPARE(*check.gapContents, QByteArray::fromHex(digits));
        }
    }
};

QTEST_GUILESS_MAIN(ByteRangeTest)
#include "tst_byte_range.moc"
