// The assessment history as CSV, for spreadsheets and the records: one line per assessment with the
// newest decision on its file. Written by the GUI's History → Export and reusable by the CLI.
//
// The format is RFC 4180: fields separated by commas, a field quoted when it holds the separator,
// a quote, a line break or surrounding spaces, quotes inside doubled, lines ended by CRLF. The file
// starts with a UTF-8 byte order mark: without it Excel reads the file as the local 8-bit code page
// and "Åtgärdsplan.pdf" comes out garbled. Values are stable and unlocalised (ISO 8601 UTC times,
// "yes"/"no", decision codes) so that a script can read them too.
#pragma once

#include "HistoryStore.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace granska::history {

// The header line's column names, in order.
QStringList csvColumns();

// One field as it must appear in the file: quoted when needed.
QString csvField(const QString &value, QChar separator = QLatin1Char(','));

// The values of one history row, in the order of csvColumns().
QStringList csvValues(const HistoryEntry &entry);

// The whole file: byte order mark, header line and one line per entry.
QByteArray historyCsv(const QList<HistoryEntry> &entries, QChar separator = QLatin1Char(','));

// Writes historyCsv() to an open device; false with *error when writing failed.
bool writeHistoryCsv(QIODevice *device, const QList<HistoryEntry> &entries, QString *error = nullptr,
                     QChar separator = QLatin1Char(','));

} // namespace granska::history
