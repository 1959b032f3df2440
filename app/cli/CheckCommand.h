#pragma once

#include <QString>
#include <QStringList>

namespace granska::cli {

QString usage();

// `granska-cli check [--profile P] [--json] [--jobs N] PATH...`. Returns the process exit status:
// 0 all documents clean, 1 at least one has findings, 2 a document could not be assessed or the
// command line is wrong.
int runCheck(const QStringList &arguments);

} // namespace granska::cli
