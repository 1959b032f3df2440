// The assessment report for the records: one document's identity (with SHA-256), PDF/A claim and
// result, signatures, revisions and findings, with the date and Granska's version. Built as a
// QTextDocument so the same report can be shown, printed (QPrinter, in ui/) or written as a
// PDF/A-1b file (QPdfWriter, here). Needs a QGuiApplication (fonts); no widgets.
#pragma once

#include "assessment/Assessment.h"

#include <QDateTime>
#include <QString>
#include <memory>

class QTextDocument;
class QPagedPaintDevice;

namespace granska {

struct ReportOptions {
    QDateTime generatedAt = QDateTime::currentDateTimeUtc();
    QString reviewer; // optional: who produced the report
};

class AssessmentReport {
public:
    // The report as HTML (Qt rich-text subset), in the current UI language.
    static QString html(const Assessment &assessment, const ReportOptions &options = {});

    // The report laid out for the device's page size (A4 by default when device is null).
    static std::unique_ptr<QTextDocument> document(const Assessment &assessment, const ReportOptions &options = {},
                                                   QPagedPaintDevice *device = nullptr);

    // Writes the report as a PDF/A-1b file. Returns false with *error set on failure.
    static bool writePdf(const Assessment &assessment, const QString &path, const ReportOptions &options = {},
                         QString *error = nullptr);
};

} // namespace granska
