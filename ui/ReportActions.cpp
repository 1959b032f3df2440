#include "ReportActions.h"

#include "AppSettings.h"
#include "report/AssessmentReport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace granska {
namespace {

ReportOptions optionsFor(const QString &reviewer)
{
    ReportOptions options;
    options.generatedAt = QDateTime::currentDateTimeUtc();
    options.reviewer = reviewer;
    options.showPersonalData = AppSettings::showPersonalData(); // Settings → Preferences…
    return options;
}

void printOn(QPrinter *printer, const Assessment &assessment, const QString &reviewer)
{
    std::unique_ptr<QTextDocument> document = AssessmentReport::document(assessment, optionsFor(reviewer), printer);
    document->print(printer);
}

} // namespace

bool ReportActions::print(QWidget *parent, const Assessment &assessment, const QString &reviewer)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Assessment of %1").arg(assessment.identity.fileName));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Assessment Report"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    printOn(&printer, assessment, reviewer);
    return true;
}

void ReportActions::printPreview(QWidget *parent, const Assessment &assessment, const QString &reviewer)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Assessment of %1").arg(assessment.identity.fileName));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Assessment Report Preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&assessment, &reviewer](QPrinter *p) {
        printOn(p, assessment, reviewer);
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

QString ReportActions::suggestedFileName(const Assessment &assessment)
{
    const QString base = QFileInfo(assessment.identity.fileName.isEmpty() ? assessment.file : assessment.identity.fileName).completeBaseName();
    return tr("%1 - assessment report.pdf").arg(base);
}

bool ReportActions::writePdf(const Assessment &assessment, const QString &reviewer, const QString &path, QString *error)
{
    return AssessmentReport::writePdf(assessment, path, optionsFor(reviewer), error);
}

QString ReportActions::exportPdf(QWidget *parent, const Assessment &assessment, const QString &reviewer, const QString &folder)
{
    const QString suggested = QDir(folder).filePath(suggestedFileName(assessment));
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Assessment Report as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(assessment.file).absoluteFilePath()) {
        // Documents under review are never overwritten.
        QMessageBox::warning(parent, tr("Export Assessment Report"), tr("The report cannot replace the document it describes. Choose another file name."));
        return {};
    }
    QString error;
    if (!writePdf(assessment, reviewer, path, &error)) {
        QMessageBox::warning(parent, tr("Export Assessment Report"),
                             tr("The report could not be written to %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    return path;
}

} // namespace granska
