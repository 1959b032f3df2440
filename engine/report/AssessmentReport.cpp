#include "AssessmentReport.h"

#include "ReportHtml.h"
#include "ReportImages.h"
#include "ReportOutput.h"
#include "ReportPrivacy.h"
#include "ReportSections.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextDocument>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::AssessmentReport)
};

QString displayName(const Assessment &assessment)
{
    return assessment.identity.fileName.isEmpty() ? QFileInfo(assessment.file).fileName() : assessment.identity.fileName;
}

QString footerText(const Assessment &assessment)
{
    return Tr::tr("Granska assessment report: %1").arg(displayName(assessment));
}

} // namespace

namespace report {

QString assessmentBody(const Assessment &original, const ReportOptions &options, bool startOnNewPage)
{
    const Assessment assessment = options.showPersonalData ? original : withPersonalNumbersMasked(original);
    QString body = titleBlock(assessment, startOnNewPage) + summarySection(assessment) + preservationSection(assessment);
    if (assessment.status == AssessmentStatus::Ok && options.includePictures) {
        const DocumentPictures pictures = renderDocumentPictures(original);
        body += identitySection(assessment, &pictures) + appearanceSection(assessment, pictures);
    } else {
        body += identitySection(assessment);
    }
    if (assessment.status == AssessmentStatus::Ok)
        body += pdfaSection(assessment) + signaturesSection(assessment) + revisionsSection(assessment);
    return body + findingsSection(assessment) + aboutSection(assessment, options);
}

QString htmlDocument(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>%1</title><style>%2</style></head><body>%3</body></html>")
        .arg(title.toHtmlEscaped(), styleSheet(), body);
}

} // namespace report

QString AssessmentReport::html(const Assessment &assessment, const ReportOptions &options)
{
    return report::htmlDocument(Tr::tr("Assessment report: %1").arg(displayName(assessment)), report::assessmentBody(assessment, options, false));
}

std::unique_ptr<QTextDocument> AssessmentReport::document(const Assessment &assessment, const ReportOptions &options,
                                                          QPagedPaintDevice *device)
{
    return report::layOut(html(assessment, options), device);
}

bool AssessmentReport::print(const Assessment &assessment, QPagedPaintDevice *device, const ReportOptions &options, QString *error)
{
    if (!device) {
        if (error)
            *error = Tr::tr("There is no printer or file to write the report to.");
        return false;
    }
    const std::unique_ptr<QTextDocument> document = AssessmentReport::document(assessment, options, device);
    return report::printLaidOut(*document, device, footerText(assessment), error);
}

bool AssessmentReport::writePdf(const Assessment &assessment, const QString &path, const ReportOptions &options, QString *error)
{
    return report::writePdfA(path, Tr::tr("Assessment report: %1").arg(displayName(assessment)),
                             [&](QPagedPaintDevice *device, QString *printError) { return print(assessment, device, options, printError); },
                             error);
}

} // namespace granska
