// The short decimal reader against std::from_chars, which content streams and object syntax used
// before: the same double, bit for bit, for every number of 15 digits or fewer, and no answer for
// anything else (which is then left to the full conversion).
#include "pdf/ShortDecimal.h"

#include <QRandomGenerator>
#include <QTest>
#include <charconv>
#include <cstring>

using namespace granska;

namespace {

double fullConversion(const QByteArray &text)
{
    const char *first = text.constData();
    if (*first == '+')
        ++first;
    double value = 0;
    std::from_chars(first, text.constData() + text.size(), value);
    return value;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

} // namespace

class ShortDecimalTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("point");
        for (const char *text : {"0", "612", "-12", "0.5", "-0.5", ".25", "-.25", "3.", "-0", "-0.0", "0.1", "0.3", "123456789012345",
                                 "1.23456789012345", "0.00000000000001", "999999999999999", "+4.5", "007.50"})
            QTest::newRow(text) << QByteArray(text) << (std::strchr(text, '.') != nullptr);
    }

    void reads()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, point);
        const std::optional<ShortDecimal> number = readShortDecimal(text, true);
        QVERIFY(number);
        QVERIFY2(sameBits(number->value, fullConversion(text)), text.constData());
        QCOMPARE(number->hasPoint, point);
    }

    void leavesTheRest_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("plusAllowed");
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("sign only") << QByteArray("-") << true;
        QTest::newRow("point only") << QByteArray(".") << true;
        QTest::newRow("two points") << QByteArray("1.2.3") << true;
        QTest::newRow("exponent") << QByteArray("1e5") << true;
        QTest::newRow("16 digits") << QByteArray("1234567890123456") << true;
        QTest::newRow("16 digits, leading zeros counted") << QByteArray("0.000000000000001") << true;
        QTest::newRow("two signs") << QByteArray("--5") << true;
        QTest::newRow("plus not allowed") << QByteArray("+5") << false;
        QTest::newRow("an operator") << QByteArray("Tf") << true;
    }

    void leavesTheRest()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, plusAllowed);
        QVERIFY(!readShortDecimal(text, plusAllowed));
    }

    // Random numbers of every length and point position up to 15 digits.
    void agreesWithFullConversion()
    {
        QRandomGenerator random(20261129);
        for (int n = 0; n < 200'000; ++n) {
            const int digits = 1 + int(random.bounded(15));
            QByteArray text;
            if (random.bounded(2))
                text += '-';
            const int pointAt = int(random.bounded(digits + 2)) - 1; // -1: no point
            for (int i = 0; i < digits; ++i) {
                if (i == pointAt)
                    text += '.';
                text += char('0' + random.bounded(10));
            }
            if (pointAt == digits)
                text += '.';
            const std::optional<ShortDecimal> number = readShortDecimal(text, false);
            QVERIFY2(number, text.constData());
            QVERIFY2(sameBits(number->value, fullConversion(text)), text.constData());
        }
    }
};

QTEST_APPLESS_MAIN(ShortDecimalTest)
#include "tst_short_decimal.moc"
