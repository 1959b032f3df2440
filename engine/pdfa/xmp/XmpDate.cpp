#include "XmpDate.h"


namespace granska::pdfa::xmp {
namespace {

struct DateFields {
    int year = 0;
    int month = 0; // 1-based; 0 when left out
    int day = 0;   // 0 when left out
    int hour = 0;
    int minute = 0;
    int second = 0;
    qint64 nanosecond = 0;
    bool hasZone = false;
    int offsetSeconds = 0;
};

class Cursor {
public:
    explicit Cursor(QStringView text) : m_text(text) {}
    bool more() const { return m_pos < m_text.size(); }
    QChar current() const { return more() ? m_text.at(m_pos) : QChar(); }
    QChar first() const { return m_text.isEmpty() ? QChar() : m_text.front(); }
    qsizetype position() const { return m_pos; }
    void skip() { ++m_pos; }
    bool at(const char *any) const
    {
        for (; *any; ++any) {
            if (current() == QLatin1Char(*any))
                return true;
        }
        return false;
    }

    // ASCII digits; a value above max counts as max, as XMP readers are lenient about ranges.
    std::optional<int> number(int max)
    {
        qint64 value = 0;
        bool any = false;
        while (more() && current() >= QLatin1Char('0') && current() <= QLatin1Char('9')) {
            value = std::min<qint64>(value * 10 + (current().unicode() - u'0'), qint64(1) << 40);
            any = true;
            skip();
        }
        if (!any)
            return std::nullopt;
        return int(std::min<qint64>(value, max));
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

std::optional<DateFields> readXmpDate(QStringView text)
{
    DateFields f;
    if (text.isEmpty())
        return f;
    Cursor c(text);
    if (c.first() == QLatin1Char('-'))
        c.skip();
    std::optional<int> v = c.number(9999);
    if (!v || (c.more() && !c.at("-")))
        return std::nullopt;
    f.year = c.first() == QLatin1Char('-') ? -*v : *v;
    if (!c.more())
        return f;
    c.skip();
    if (!(v = c.number(12)) || (c.more() && !c.at("-")))
        return std::nullopt;
    f.month = *v;
    if (!c.more())
        return f;
    c.skip();
    if (!(v = c.number(31)) || (c.more() && !c.at("T")))
        return std::nullopt;
    f.day = *v;
    if (!c.more())
        return f;
    c.skip();
    if (!(v = c.number(23)))
        return std::nullopt;
    f.hour = *v;
    if (!c.more())
        return f;
    if (c.at(":")) {
        c.skip();
        if (!(v = c.number(59)) || (c.more() && !c.at(":Z+-")))
            return std::nullopt;
        f.minute = *v;
    }
    if (!c.more())
        return f;
    if (c.at(":")) {
        c.skip();
        if (!(v = c.number(59)) || (c.more() && !c.at(".Z+-")))
            return std::nullopt;
        f.second = *v;
        if (c.at(".")) {
            c.skip();
            const qsizetype start = c.position();
            if (!(v = c.number(999999999)) || (c.more() && !c.at("Z+-")))
                return std::nullopt;
            qint64 fraction = *v;
            for (qsizetype digits = c.position() - start; digits != 9; digits += digits > 9 ? -1 : 1)
                fraction = digits > 9 ? fraction / 10 : fraction * 10;
            f.nanosecond = fraction;
        }
    } else if (!c.at("Z+-")) {
        return std::nullopt;
    }
    if (!c.more())
        return f;
    f.hasZone = true;
    if (c.at("Z")) {
        c.skip();
    } else {
        const int sign = c.at("+") ? 1 : -1;
        c.skip();
        if (!(v = c.number(23)))
            return std::nullopt;
        int minutes = 0;
        if (c.more()) {
            if (!c.at(":"))
                return std::nullopt;
            c.skip();
            const std::optional<int> m = c.number(59);
            if (!m)
                return std::nullopt;
            minutes = *m;
        }
        f.offsetSeconds = sign * (*v * 3600 + minutes * 60);
    }
    if (c.more())
        return std::nullopt;
    return f;
}

// Calendar arithmetic that lets out-of-range fields roll over (month 0 is the December before).
QDateTime instant(int year, int monthIndex, int day, qint64 secondsOfDay, qint64 milliseconds, int offsetSeconds)
{
    const int calendarYear = year <= 0 ? year - 1 : year; // there is no year 0 in QDate
    const QDate date = QDate(calendarYear, 1, 1).addMonths(monthIndex).addDays(day - 1);
    return QDateTime(date, QTime(0, 0), Qt::UTC).addSecs(secondsOfDay - offsetSeconds).addMSecs(milliseconds);
}

bool digitsAt(QStringView text, qsizetype offset, qsizetype count)
{
    if (offset + count > text.size())
        return false;
    for (qsizetype i = offset; i < offset + count; ++i) {
        if (!text.at(i).isDigit())
            return false;
    }
    return true;
}

int numberAt(QStringView text, qsizetype offset, qsizetype count)
{
    int value = 0;
    for (qsizetype i = offset; i < offset + count; ++i)
        value = value * 10 + text.at(i).digitValue();
    return value;
}

} // namespace

std::optional<QDateTime> parseXmpDate(QStringView text)
{
    const std::optional<DateFields> f = readXmpDate(text);
    if (!f)
        return std::nullopt;
    return instant(f->year, f->month - 1, f->day, f->hour * 3600 + f->minute * 60 + f->second, f->nanosecond / 1000000,
                   f->hasZone ? f->offsetSeconds : 0);
}

bool isXmpDate(QStringView text)
{
    return readXmpDate(text).has_value();
}

std::optional<QDateTime> parsePdfDate(QStringView text)
{
    if (!text.startsWith(QLatin1String("D:")))
        return std::nullopt;
    if (text.endsWith(QLatin1Char('\''))) {
        if (text.endsWith(QLatin1String("''")))
            return std::nullopt;
        text.chop(1);
    }
    const qsizetype length = text.size();
    if (!digitsAt(text, 2, 4))
        return std::nullopt;
    const int year = numberAt(text, 2, 4);
    // Month, day, hour, minute, second: two digits each at fixed places, each optional.
    int fields[5] = {1, 1, 0, 0, 0};
    for (int i = 0; i < 5; ++i) {
        const qsizetype offset = 6 + 2 * i;
        if (length <= offset)
            break;
        if (!digitsAt(text, offset, 2))
            return std::nullopt;
        fields[i] = numberAt(text, offset, 2);
    }
    QChar sign = QLatin1Char('Z');
    int zoneHours = 0, zoneMinutes = 0;
    if (length > 16) {
        sign = text.at(16);
        if (sign != QLatin1Char('Z') && sign != QLatin1Char('+') && sign != QLatin1Char('-'))
            return std::nullopt;
    }
    if (length > 17) {
        if (!digitsAt(text, 17, 2))
            return std::nullopt;
        zoneHours = numberAt(text, 17, 2);
    }
    if (length > 19 && text.at(19) != QLatin1Char('\''))
        return std::nullopt;
    if (length > 20) {
        if (!digitsAt(text, 20, 2))
            return std::nullopt;
        zoneMinutes = numberAt(text, 20, 2);
    }
    if (length > 22)
        return std::nullopt;
    int offset = 0;
    if (sign == QLatin1Char('Z')) {
        if (zoneHours != 0 || zoneMinutes != 0)
            return std::nullopt;
    } else if (zoneHours <= 23 && zoneMinutes <= 59) { // an impossible offset falls back to UTC
        offset = (zoneHours * 3600 + zoneMinutes * 60) * (sign == QLatin1Char('-') ? -1 : 1);
    }
    return instant(year, fields[0] - 1, fields[1], fields[2] * 3600 + fields[3] * 60 + fields[4], 0, offset);
}

} // namespace granska::pdfa::xmp
