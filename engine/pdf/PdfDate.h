// PDF date strings (ISO 32000-1, 7.9.4): "D:YYYYMMDDHHmmSSOHH'mm'", every part after the year optional.
#pragma once

#include <QDateTime>
#include <QString>

namespace granska {

// The date as a UTC time; invalid when the text is not a PDF date. Lenient about the apostrophes
// and a missing "D:", as real producers are.
QDateTime parsePdfDate(const QString &text);

} // namespace granska
