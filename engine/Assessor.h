// The engine's entry point: assesses one file and returns a complete Assessment. Thread-safe:
// every call works on its own document, so many files can be assessed in parallel.
#pragma once

#include "assessment/Assessment.h"
#include "pdf/Limits.h"
#include "signatures/SignatureAnalyzer.h"

#include <QString>
#include <QStringList>
#include <atomic>

namespace granska {

struct AssessOptions {
    QString profile = QStringLiteral("auto"); // "auto", "none" or a flavour such as "2b"
    Limits limits;
    SignatureOptions signatures;              // trust store and validation time
    // The process ends once this assessment is done (a command-line check of one file): the
    // document is then left for the operating system to reclaim, since freeing a large document's
    // parsed objects one by one takes as long as reading a large form.
    bool processEndsAfter = false;
};

class Assessor {
public:
    // Never throws and never modifies the file. A file that cannot be assessed gives an Assessment
    // with status Error and the reason. `cancel`, when set during the run, stops it early.
    static Assessment assess(const QString &path, const AssessOptions &options = {},
                             const std::atomic_bool *cancel = nullptr);

    static QString engineVersion();
};

// The files to assess for the given paths: files as they are, folders searched recursively for
// files ending in .pdf (any case), sorted by path. Unreadable paths are kept so that each is
// reported rather than silently skipped.
QStringList collectDocuments(const QStringList &paths);

} // namespace granska
