#include "PdfDate.h"

#include <QTimeZone>

namespace granska {
namespace {

// Reads `width` digits at pos; returns -1 when they are not all there.
int digits(const QString &text, int &pos, int width)
{
    if (pos + width > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < width; ++i) {
        const QChar c = text.at(pos + i);
        if (!c.isDigit())
            return -1;
        value = value * 10 + c.digitValue();
    }
    pos += width;
    return value;
}

} // namespace

QDateTime parsePdfDate(const QString &raw)
{
    const QString text = raw.trimmed();
    int pos = text.startsWith(QLatin1String("D:")) ? 2 : 0;
    const int year = digits(text, pos, 4);
    if (year < 0)
        return {};
    int fields[5] = {1, 1, 0, 0, 0}; // month, day, hour, minute, second
    for (int &field : fields) {
        const int save = pos;
        const int value = digits(text, pos, 2);
        if (value < 0) {
            pos = save;
            break;
        }
        field = value;
    }
    const QDate date(year, fields[0], fields[1]);
    const QTime time(fields[2], fields[3], fields[4]);
    if (!date.isValid() || !time.isValid())
        return {};

    int offsetSeconds = 0;
    if (pos < text.size()) {
        const QChar sign = text.at(pos);
        if (sign == QLatin1Char('+') || sign == QLatin1Char('-')) {
            ++pos;
            const int hours = digits(text, pos, 2);
            int minutes = 0;
            if (hours >= 0) {
                if (pos < text.size() && text.at(pos) == QLatin1Char('\''))
                    ++pos;
                const int save = pos;
                minutes = digits(text, pos, 2);
                if (minutes < 0) {
                    pos = save;
                    minutes = 0;
                }
                offsetSeconds = (hours * 3600 + minutes * 60) * (sign == QLatin1Char('-') ? -1 : 1);
            }
        }
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

} // namespace granska
