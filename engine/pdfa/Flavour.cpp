#include "Flavour.h"

namespace granska::pdfa {

Flavour parseFlavour(const QString &text)
{
    Flavour f;
    if (text.isEmpty() || !text.at(0).isDigit())
        return f;
    const int part = text.at(0).digitValue();
    if (part < 1 || part > 4)
        return f;
    const QString level = text.mid(1).toLower();
    if (level == QLatin1String("a"))
        f.level = LA;
    else if (level == QLatin1String("b"))
        f.level = LB;
    else if (level == QLatin1String("u"))
        f.level = LU;
    else if (level.isEmpty() && part == 4)
        f.level = LNone;
    else if (part == 4 && (level == QLatin1String("e") || level == QLatin1String("f")))
        f.level = LNone;
    else
        return f;
    f.part = part;
    return f;
}

} // namespace granska::pdfa
