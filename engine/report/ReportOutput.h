// What every Granska report shares on its way to paper or PDF: the A4 page, the layout of its
// HTML for a device, printing page by page with the footer, and the PDF/A-1b file.
#pragma once

#include <QString>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPageLayout;
class QTextDocument;

namespace granska::report {

// A4 portrait with margins of about 2 cm.
QPageLayout reportPageLayout();

// The report's HTML laid out for the device's page size: in the device's pixels inside its own
// page margins, with room for the footer, or, without a device, A4 in screen pixels for showing
// or QTextDocument::print(). Short tables are kept on one page and headings with what follows.
std::unique_ptr<QTextDocument> layOut(const QString &html, QPagedPaintDevice *device);

// Prints a document laid out by layOut() for `device` on it, with the footer on every page.
bool printLaidOut(QTextDocument &document, QPagedPaintDevice *device, const QString &footerText, QString *error);

// Writes a PDF/A-1b file at `path` through `print`, which draws the report on the QPdfWriter it
// is given. Nothing is left at `path` when it fails (an earlier file there stays as it was).
bool writePdfA(const QString &path, const QString &title, const std::function<bool(QPagedPaintDevice *, QString *)> &print,
               QString *error);

} // namespace granska::report
