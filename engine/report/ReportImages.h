// Pictures of the assessed document for its report: the first page, and each visible signature's
// appearance with a little of the page around it, so that a reader of the printed report sees
// what was signed and how the signature looked. Rendered with Poppler from the file itself, which
// is opened read-only and only when it is still the file that was assessed (same SHA-256): a
// report made from the history of a file that has since moved or changed says so instead of
// showing the wrong pages.
#pragma once

#include "assessment/Assessment.h"

#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>

namespace granska::report {

struct ReportPicture {
    QImage image;  // opaque RGB on white (PDF/A-1 allows no transparency)
    QSizeF sizeMm; // the size to print it at
};

struct SignatureAppearance {
    int signatureIndex = -1; // into Assessment::signatures
    int page = 0;            // 1-based
    ReportPicture picture;
};

struct DocumentPictures {
    ReportPicture firstPage;                 // null image when not rendered
    QList<SignatureAppearance> appearances;  // visible signatures only, in the assessment's order
    QString unavailable;                     // why there are no pictures; empty when rendered
};

// Renders the pictures, at about 150 dots per inch of their printed size. Never throws; a file
// that cannot be rendered gives `unavailable`.
DocumentPictures renderDocumentPictures(const Assessment &assessment);

} // namespace granska::report
