#include "ReportOutput.h"

#include "Assessor.h"
#include "ReportPages.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QTextDocument>
#include <QTextFrame>

namespace granska::report {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::AssessmentReport)
};

// Ample for readable 8.5 pt text and hairlines; the PDF is vector text either way.
constexpr int kPdfResolution = 600;

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

} // namespace

QPageLayout reportPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> layOut(const QString &html, QPagedPaintDevice *device)
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
    document->setHtml(html);

    if (device) {
        // Laid out in the device's own pixels, inside the margins its page layout already has.
        document->documentLayout()->setPaintDevice(device);
        document->setDocumentMargin(0);
        document->setPageSize(QSizeF(device->width(), device->height() - footerHeight(device)));
    } else {
        const QPageLayout layout = reportPageLayout();
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
    keepTogether(*document);
    return document;
}

bool printLaidOut(QTextDocument &document, QPagedPaintDevice *device, const QString &footerText, QString *error)
{
    if (!device) {
        if (error)
            *error = Tr::tr("There is no printer or file to write the report to.");
        return false;
    }
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = Tr::tr("The report could not be started on the printer or file.");
        return false;
    }
    paintPages(document, painter, *device, footerText);
    if (!painter.end()) {
        if (error)
            *error = Tr::tr("The report could not be finished on the printer or file.");
        return false;
    }
    return true;
}

bool writePdfA(const QString &path, const QString &title, const std::function<bool(QPagedPaintDevice *, QString *)> &print,
               QString *error)
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
        writer.setPageLayout(reportPageLayout());
        writer.setTitle(title);
        writer.setCreator(Tr::tr("Granska %1").arg(Assessor::engineVersion()));
        QString printError;
        if (!print(&writer, &printError)) {
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

} // namespace granska::report
