// Numbers as PDF writes them almost always ("612", "-0.5", "3.", ".25"): a sign, digits and at
// most one point, no more than 15 digits. Such a value is an integer below 2^53 divided by a power
// of ten up to 10^15, both exact in a double, so one division gives the correctly rounded value,
// the same as a full conversion (strtod, std::from_chars) would, without its cost. Content
// streams and object syntax hold hundreds of thousands of them.
#pragma once

#include <QByteArrayView>
#include <optional>

namespace granska {

struct ShortDecimal {
    double value = 0;
    bool hasPoint = false;
};

// The value of `text` when it is such a number; nullopt otherwise (left to a full conversion).
// A leading plus sign is taken only when `plusAllowed`.
inline std::optional<ShortDecimal> readShortDecimal(QByteArrayView text, bool plusAllowed)
{
    static constexpr double kPowersOfTen[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    qsizetype i = 0;
    const bool negative = !text.isEmpty() && text[0] == '-';
    if (negative || (plusAllowed && !text.isEmpty() && text[0] == '+'))
        ++i;
    qint64 mantissa = 0;
    int digits = 0;
    int fractionDigits = 0;
    bool point = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            if (++digits > 15)
                return std::nullopt;
            mantissa = mantissa * 10 + (c - '0');
            if (point)
                ++fractionDigits;
        } else if (c == '.' && !point) {
            point = true;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0)
        return std::nullopt;
    const double magnitude = double(mantissa) / kPowersOfTen[fractionDigits];
    return ShortDecimal{negative ? -magnitude : magnitude, point};
}

} // namespace granska
