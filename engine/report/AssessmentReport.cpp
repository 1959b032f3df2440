#include "AssessmentReport.h"

#include "Assessor.h"
#include "ReportHtml.h"
#include "ReportImages.h"
#include "ReportPages.h"
#include "ReportPrivacy.h"
#include "ReportSections.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QTextDocument>
#include <QTextFrame>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::AssessmentReport)
};

// Ample for readable 8.5 pt text and hairlines; the PDF is vector text either way.
constexpr int kPdfResolution = 600;

QPageLayout a4Layout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter);
}

// The resolution QTextDocument lays out in when it has no paint device: the screen's logical DPI,
// as Qt's own text layout takes it.
qreal layoutDpiWithoutDevice()
{
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96;
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 96;
}

QString displayName(const Assessment &assessment)
{
    return assessment.identity.fileName.isEmpty() ? QFileInfo(assessment.file).fileName() : assessment.identity.fileName;
}

QString footerText(const Assessment &assessment)
{
    return Tr::tr("Granska assessment report: %1").arg(displayName(assessment));
}

} // namespace

QString AssessmentReport::html(const Assessment &original, const ReportOptions &options)
{
    using namespace report;
    const Assessment assessment = options.showPersonalData ? original : withPersonalNumbersMasked(original);
    QString body = titleBlock(assessment) + summarySection(assessment) + identitySection(assessment);
    if (assessment.status == AssessmentStatus::Ok && options.includePictures)
        body += appearanceSection(assessment, renderDocumentPictures(original));
    if (assessment.status == AssessmentStatus::Ok)
        body += pdfaSection(assessment) + signaturesSection(assessment) + revisionsSection(assessment);
    body += findingsSection(assessment) + aboutSection(assessment, options);
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>%1</title><style>%2</style></head><body>%3</body></html>")
        .arg(Tr::tr("Assessment report: %1").arg(displayName(assessment)).toHtmlEscaped(), styleSheet(), body);
}

std::unique_ptr<QTextDocument> AssessmentReport::document(const Assessment &assessment, const ReportOptions &options,
                                                          QPagedPaintDevice *device)
{
    auto document = std::make_unique<QTextDocument>();
    // Hashes and distinguished names have no spaces; they must break anywhere rather than run
    // off the page.
    QTextOption wrapping = document->defaultTextOption();
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(wrapping);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    document->setDefaultFont(font);
    document->setHtml(html(assessment, options));

    if (device) {
        // Laid out in the device's own pixels, inside the margins its page layout already has.
        document->documentLayout()->setPaintDevice(device);
        document->setDocumentMargin(0);
        document->setPageSize(QSizeF(device->width(), device->height() - report::footerHeight(device)));
    } else {
        const QPageLayout layout = a4Layout();
        const qreal dpi = layoutDpiWithoutDevice();
        const QMarginsF margins = layout.margins(QPageLayout::Inch) * dpi;
        QTextFrameFormat frame = document->rootFrame()->frameFormat();
        frame.setLeftMargin(margins.left());
        frame.setRightMargin(margins.right());
        frame.setTopMargin(margins.top());
        frame.setBottomMargin(margins.bottom());
        document->rootFrame()->setFrameFormat(frame);
        document->setPageSize(layout.fullRect(QPageLayout::Inch).size() * dpi);
    }
    report::keepTogether(*document);
    return document;
}

bool AssessmentReport::print(const Assessment &assessment, QPagedPaintDevice *device, const ReportOptions &options, QString *error)
{
    if (!device) {
        if (error)
            *error = Tr::tr("There is no printer or file to write the report to.");
        return false;
    }
    const std::unique_ptr<QTextDocument> document = AssessmentReport::document(assessment, options, device);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = Tr::tr("The report could not be started on the printer or file.");
        return false;
    }
    report::paintPages(*document, painter, *device, footerText(assessment));
    if (!painter.end()) {
        if (error)
            *error = Tr::tr("The report could not be finished on the printer or file.");
        return false;
    }
    return true;
}

bool AssessmentReport::writePdf(const Assessment &assessment, const QString &path, const ReportOptions &options, QString *error)
{
    // QSaveFile: a failed export leaves no half-written report behind, nor destroys an earlier one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Cannot write the report to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        // PDF/A-1b: Qt embeds the fonts, writes the XMP identification and an sRGB output intent,
        // and leaves out transparency, as the e-archive requires.
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(a4Layout());
        writer.setTitle(Tr::tr("Assessment report: %1").arg(displayName(assessment)));
        writer.setCreator(Tr::tr("Granska %1").arg(Assessor::engineVersion()));
        QString printError;
        if (!print(assessment, &writer, options, &printError)) {
            file.cancelWriting();
            if (error)
                *error = Tr::tr("Cannot write the report to %1: %2").arg(QDir::toNativeSeparators(path), printError);
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write the report to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace granska
