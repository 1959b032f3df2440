#include "ReportImages.h"

#include "pdf/RevisionExtractor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QPainter>
#include <poppler-form.h>
#include <poppler-qt6.h>

#include <memory>

namespace granska::report {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::AssessmentReport)
};

constexpr double kDotsPerInch = 150; // of the printed size: sharp on paper, small in the PDF
constexpr double kPointsPerInch = 72;
constexpr double kMmPerInch = 25.4;
// The first page fits this box; a signature's appearance this one (and is never enlarged).
const QSizeF kFirstPageBoxMm(38, 54);
const QSizeF kAppearanceBoxMm(80, 40);
// How much of the page around a signature's widget is shown with it, in points on each side:
// enough to see where on the page it sits and what it is next to.
constexpr double kContextPoints = 14;
// One picture may take this long; an endless page must not hold up the report.
constexpr qint64 kRenderTimeLimitMs = 15'000;

bool deadlinePassed(const QVariant &deadline)
{
    return QDateTime::currentMSecsSinceEpoch() > deadline.toLongLong();
}

// PDF/A-1 forbids transparency; Poppler renders with an alpha channel, so flatten onto paper white.
QImage onWhite(const QImage &rendered)
{
    QImage flat(rendered.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, rendered);
    return flat;
}

// The region (in points of the page as displayed) rendered at `printScale` of its size, at
// kDotsPerInch of the printed picture. Null when rendering failed or took too long.
ReportPicture render(const Poppler::Page &page, const QRectF &regionPoints, double printScale)
{
    if (regionPoints.isEmpty() || printScale <= 0) // a page without size has nothing to show
        return {};
    const double dpi = kDotsPerInch * printScale;
    const double pixelsPerPoint = dpi / kPointsPerInch;
    const QRect pixels = QRectF(regionPoints.topLeft() * pixelsPerPoint, regionPoints.size() * pixelsPerPoint).toAlignedRect();
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + kRenderTimeLimitMs;
    const QImage image = page.renderToImage(dpi, dpi, pixels.x(), pixels.y(), pixels.width(), pixels.height(), Poppler::Page::Rotate0,
                                            nullptr, nullptr, deadlinePassed, QVariant(deadline));
    if (image.isNull() || deadlinePassed(deadline))
        return {};
    return {onWhite(image), regionPoints.size() * printScale / kPointsPerInch * kMmPerInch};
}

// The scale at which `points` fits in `boxMm`; at most 1, so that a small widget is shown at its
// real size rather than blown up.
double fitScale(const QSizeF &points, const QSizeF &boxMm)
{
    if (points.isEmpty())
        return 1;
    const QSizeF mm = points / kPointsPerInch * kMmPerInch;
    return std::min({1.0, boxMm.width() / mm.width(), boxMm.height() / mm.height()});
}

// The widget's rectangle on the page as displayed, as fractions of the page (y down). Poppler's
// own form field, found by its fully qualified name, accounts for the crop box and the page's
// rotation; when Poppler does not list it, the rectangle recorded in the assessment is mapped
// assuming the page starts at the origin.
QRectF widgetOnPage(const Poppler::Page &page, const SignatureInfo &signature)
{
    for (const std::unique_ptr<Poppler::FormField> &field : page.formFields()) {
        if (field && field->type() == Poppler::FormField::FormSignature && field->fullyQualifiedName() == signature.field)
            return field->rect();
    }
    const QSizeF size = page.pageSizeF();
    const bool sideways = page.orientation() == Poppler::Page::Landscape || page.orientation() == Poppler::Page::Seascape;
    const double w = sideways ? size.height() : size.width(); // unrotated page
    const double h = sideways ? size.width() : size.height();
    if (w <= 0 || h <= 0)
        return {};
    const QRectF r = signature.rect.normalized();
    auto map = [&](double x, double y) -> QPointF {
        switch (page.orientation()) {
        case Poppler::Page::Landscape: return {y / h, x / w};                   // 90° clockwise
        case Poppler::Page::UpsideDown: return {(w - x) / w, y / h};            // 180°
        case Poppler::Page::Seascape: return {(h - y) / h, (w - x) / w};        // 270°
        case Poppler::Page::Portrait: break;
        }
        return {x / w, (h - y) / h};
    };
    return QRectF(map(r.left(), r.top()), map(r.right(), r.bottom())).normalized();
}

bool hasAppearance(const SignatureInfo &signature)
{
    return signature.visible && signature.page > 0 && signature.rect.width() > 0 && signature.rect.height() > 0;
}

} // namespace

DocumentPictures renderDocumentPictures(const Assessment &assessment)
{
    DocumentPictures pictures;
    const QString shownPath = QDir::toNativeSeparators(assessment.file);
    // A report must never show pages of a different file than the one it assessed: the pages are
    // drawn from the very bytes that were checked.
    const AssessedFile file = readAssessedFile(assessment);
    if (file.problem == AssessedFile::Problem::Missing) {
        pictures.unavailable = Tr::tr("The document is no longer at %1, so its pages cannot be shown.").arg(shownPath);
        return pictures;
    }
    if (file.problem != AssessedFile::Problem::None) {
        pictures.unavailable = Tr::tr("The file at %1 is no longer the one that was assessed (its SHA-256 differs), so its pages are not shown.")
                                   .arg(shownPath);
        return pictures;
    }
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(file.bytes);
    if (!document || document->isLocked() || document->numPages() < 1) {
        pictures.unavailable = Tr::tr("The pages of the document could not be rendered.");
        return pictures;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);

    if (const std::unique_ptr<Poppler::Page> first = document->page(0)) {
        const QSizeF size = first->pageSizeF();
        pictures.firstPage = render(*first, QRectF(QPointF(0, 0), size), fitScale(size, kFirstPageBoxMm));
    }
    for (int i = 0; i < assessment.signatures.size(); ++i) {
        const SignatureInfo &signature = assessment.signatures[i];
        if (!hasAppearance(signature) || signature.page > document->numPages())
            continue;
        const std::unique_ptr<Poppler::Page> page = document->page(signature.page - 1);
        if (!page)
            continue;
        const QSizeF size = page->pageSizeF();
        const QRectF fraction = widgetOnPage(*page, signature);
        const QRectF widget(fraction.x() * size.width(), fraction.y() * size.height(), fraction.width() * size.width(),
                            fraction.height() * size.height());
        const QRectF region = widget.adjusted(-kContextPoints, -kContextPoints, kContextPoints, kContextPoints)
                                  .intersected(QRectF(QPointF(0, 0), size));
        if (region.isEmpty())
            continue;
        const ReportPicture picture = render(*page, region, fitScale(region.size(), kAppearanceBoxMm));
        if (!picture.image.isNull())
            pictures.appearances << SignatureAppearance{i, signature.page, picture};
    }
    if (pictures.firstPage.image.isNull() && pictures.appearances.isEmpty())
        pictures.unavailable = Tr::tr("The pages of the document could not be rendered.");
    return pictures;
}

} // namespace granska::report
