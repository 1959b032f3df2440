// The assessment report for the records: one document's identity (with SHA-256), PDF/A claim and
// result, signatures with their validation (ETSI EN 319 102-1 conclusion, chain, timestamps,
// revocation, PAdES level, qualification, changes after signing), revisions and findings, with
// the date and Granska's version, and pictures of the first page and of each visible signature
// (ReportImages.h). Built as a
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
    // Personal identity numbers found in signers' certificates are personal data: masked
    // ("19520730-****") wherever the report shows them, unless this is set.
    bool showPersonalData = false;
    // Pictures of the first page and of each visible signature, rendered from the file when it is
    // still the one assessed. Off for reports that must not open the file. The pictures show the
    // pages as they are: what a signature's appearance prints is not masked.
    bool includePictures = true;
};

class AssessmentReport {
public:
    // The report as HTML (Qt rich-text subset), in the current UI language. Values from the
    // document are escaped. A view showing it should wrap with QTextOption::WrapAtWordBoundaryOrAnywhere
    // (as document() does) so that hashes and names without spaces cannot widen the page.
    static QString html(const Assessment &assessment, const ReportOptions &options = {});

    // The report laid out for the device's page size (A4 by default when device is null).
    // With a device, the layout is in the device's pixels inside its own page margins, with room
    // kept at the bottom of each page for the footer that print() draws; without one, it is A4
    // with margins of about 2 cm, in screen pixels, for showing or QTextDocument::print(). Short
    // tables are kept on one page and headings with what follows them.
    static std::unique_ptr<QTextDocument> document(const Assessment &assessment, const ReportOptions &options = {},
                                                   QPagedPaintDevice *device = nullptr);

    // Prints the report on a paged device (a QPrinter set up by the user, a QPdfWriter), each page
    // with a footer naming the document and "Page N of M". Returns false with *error set on failure.
    static bool print(const Assessment &assessment, QPagedPaintDevice *device, const ReportOptions &options = {},
                      QString *error = nullptr);

    // Writes the report as a PDF/A-1b file. Returns false with *error set on failure.
    static bool writePdf(const Assessment &assessment, const QString &path, const ReportOptions &options = {},
                         QString *error = nullptr);
};

} // namespace granska
