#pragma once

#include <QString>
#include <QStringList>

namespace granska::cli {

QString reportUsage();

// `granska-cli report [options] PATH... -o OUT`: one document gives its assessment report, several
// (or a folder) a batch summary; PDF/A-1b, or with --json the machine-readable report. Returns the
// exit status as `check` does (0 clean, 1 findings, 2 a document could not be assessed, the report
// could not be written, or bad usage). Needs a QGuiApplication (fonts).
int runReport(const QStringList &arguments);

} // namespace granska::cli
