// The summary of a batch of assessments for the records: what was reviewed, by whom and when,
// how many documents passed each check, then one row per document with its SHA-256, PDF/A and
// signature results, its overall status and the reviewer's decision; optionally followed by each
// document's full assessment report. Printed and exported like AssessmentReport (PDF/A-1b).
#pragma once

#include "AssessmentReport.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace granska {

struct BatchReportOptions {
    ReportOptions report;          // date, reviewer, personal data, pictures (for the full reports)
    QString title;                 // empty: "Assessment summary"
    // The reviewer's decision on each document ("Accepted for transfer", "Returned to the sender"),
    // keyed by Assessment::file; documents without one show no decision. The column appears only
    // when some document has one.
    QHash<QString, QString> decisions;
    bool includeDocumentReports = false; // each document's full report after the summary
};

// Counts over a batch; the same numbers the summary prints and the machine-readable report holds.
struct BatchCounts {
    int documents = 0;
    int assessed = 0;     // status Ok
    int notAssessed = 0;  // could not be assessed (status Error)
    int pdfaCompliant = 0;
    int pdfaNotCompliant = 0;
    int pdfaNoVerdict = 0; // not validated, or validated without a verdict
    int signatures = 0;   // signatures and document timestamps, over all documents
    int signaturesPassed = 0;
    int signaturesIndeterminate = 0;
    int signaturesFailed = 0;
    int signaturesNotValidated = 0;
    int changedAfterSigning = 0;   // documents changed after one of their signatures
    int changesNotPermitted = 0;   // ... of which with changes the signature does not permit
    int problemsFound = 0;         // documents, by the verdict their report states
    int needsAttention = 0;
    int noProblems = 0;

    static BatchCounts of(const QList<Assessment> &assessments);
};

class BatchReport {
public:
    // Personal identity numbers are masked unless options.report.showPersonalData.
    static QString html(const QList<Assessment> &assessments, const BatchReportOptions &options = {});
    // As AssessmentReport::document(): laid out for the device (A4 in screen pixels without one).
    static std::unique_ptr<QTextDocument> document(const QList<Assessment> &assessments, const BatchReportOptions &options = {},
                                                   QPagedPaintDevice *device = nullptr);
    static bool print(const QList<Assessment> &assessments, QPagedPaintDevice *device, const BatchReportOptions &options = {},
                      QString *error = nullptr);
    // PDF/A-1b, as AssessmentReport::writePdf().
    static bool writePdf(const QList<Assessment> &assessments, const QString &path, const BatchReportOptions &options = {},
                         QString *error = nullptr);
};

} // namespace granska
