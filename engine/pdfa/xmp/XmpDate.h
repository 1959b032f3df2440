// Dates as XMP writes them (ISO 8601: "YYYY", "YYYY-MM-DD", "YYYY-MM-DDThh:mm:ss.sTZD" ...) and as
// the document information dictionary writes them (ISO 32000-1, 7.9.4: "D:YYYYMMDDHHmmSSOHH'mm"),
// so that the two can be compared as instants.
#pragma once

#include <QDateTime>
#include <QStringView>
#include <optional>

namespace granska::pdfa::xmp {

// The instant an XMP date stands for, or nothing when the text is not an XMP date. Parts left
// out count as their lowest value; a date without a time zone is taken as UTC.
std::optional<QDateTime> parseXmpDate(QStringView text);

// Whether the text is an XMP date (the empty text counts as one, as for XMP readers).
bool isXmpDate(QStringView text);

// The instant of a PDF date string, read strictly: "D:" and the year are required, each later part
// is optional but must be complete, nothing may follow. Without a time zone the time is UTC.
std::optional<QDateTime> parsePdfDate(QStringView text);

} // namespace granska::pdfa::xmp
