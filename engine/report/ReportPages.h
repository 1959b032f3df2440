// Pagination of a laid-out report onto a paged device (QPdfWriter, QPrinter), with a footer on
// every page that names the document and the page ("Page 2 of 3"): a printed report whose pages
// get separated must still say what they belong to.
#pragma once

#include <QString>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QTextDocument;

namespace granska::report {

// Height kept free at the bottom of each page for the footer, in the device's pixels.
qreal footerHeight(QPaintDevice *device);

// Moves page breaks so that a page does not end with a heading, and so that a table that fits in
// well under a page (a signature's details, the identity), or a short paragraph, is not cut in two: the break goes before
// the table, or before the headings that introduce it. Longer tables are cut, with their header
// row repeated. Needs the document's page size set.
void keepTogether(QTextDocument &document);

// Draws every page of `document` (already laid out for `device`: its page size is the device's
// printable area less footerHeight()) through `painter`, which must be active on `device`.
void paintPages(QTextDocument &document, QPainter &painter, QPagedPaintDevice &device, const QString &footerText);

} // namespace granska::report
