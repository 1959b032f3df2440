#include "ReportActions.h"

#include "AppSettings.h"
#include "DecisionPanel.h"
#include "DocumentListModel.h"
#include "history/HistoryStore.h"
#include "report/AssessmentReport.h"
#include "report/BatchReport.h"

#include <QAbstractItemView>
#include <QDir>
#include <QItemSelectionModel>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <algorithm>

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

BatchReportOptions summaryOptionsFor(const QString &reviewer, const QList<Assessment> &assessments, const HistoryStore *history)
{
    BatchReportOptions options;
    options.report = optionsFor(reviewer);
    options.decisions = ReportActions::decisionsFor(assessments, history);
    return options;
}

bool describesInput(const QString &path, const QList<Assessment> &assessments)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    return std::any_of(assessments.begin(), assessments.end(),
                       [&target](const Assessment &a) { return QFileInfo(a.file).absoluteFilePath() == target; });
}

bool warnWhenEmpty(QWidget *parent, const QList<Assessment> &assessments)
{
    if (!assessments.isEmpty())
        return false;
    QMessageBox::information(parent, ReportActions::tr("Assessment Summary"),
                             ReportActions::tr("There is no finished assessment to summarise. Open documents and wait until they are assessed."));
    return true;
}

// With the same footer on every page ("Page 2 of 5") as the exported PDF.
bool printOn(QPrinter *printer, const Assessment &assessment, const QString &reviewer, QString *error)
{
    return AssessmentReport::print(assessment, printer, optionsFor(reviewer), error);
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
    QString error;
    if (!printOn(&printer, assessment, reviewer, &error))
        QMessageBox::warning(parent, tr("Print Assessment Report"), tr("The report could not be printed:\n%1").arg(error));
    return true;
}

void ReportActions::printPreview(QWidget *parent, const Assessment &assessment, const QString &reviewer)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Assessment of %1").arg(assessment.identity.fileName));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Assessment Report Preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&assessment, &reviewer, parent](QPrinter *p) {
        QString error;
        if (!printOn(p, assessment, reviewer, &error))
            QMessageBox::warning(parent, tr("Assessment Report Preview"), tr("The report could not be printed:\n%1").arg(error));
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

void ReportActions::printSummaryPreview(QWidget *parent, const QList<Assessment> &assessments, const QString &reviewer,
                                        const HistoryStore *history)
{
    if (warnWhenEmpty(parent, assessments))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Assessment summary"));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Assessment Summary Preview"));
    // The same options for every repaint, so that the date does not change while the preview is open.
    const BatchReportOptions options = summaryOptionsFor(reviewer, assessments, history);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&assessments, &options, parent](QPrinter *p) {
        QString error;
        if (!BatchReport::print(assessments, p, options, &error))
            QMessageBox::warning(parent, tr("Assessment Summary"), tr("The summary could not be printed:\n%1").arg(error));
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

QString ReportActions::suggestedSummaryFileName()
{
    return tr("Assessment summary %1.pdf").arg(QDate::currentDate().toString(Qt::ISODate));
}

bool ReportActions::writeSummaryPdf(const QList<Assessment> &assessments, const QString &reviewer, const QString &path,
                                    QString *error, const HistoryStore *history)
{
    return BatchReport::writePdf(assessments, path, summaryOptionsFor(reviewer, assessments, history), error);
}

QString ReportActions::exportSummaryPdf(QWidget *parent, const QList<Assessment> &assessments, const QString &reviewer,
                                        const QString &folder, const HistoryStore *history)
{
    if (warnWhenEmpty(parent, assessments))
        return {};
    const QString suggested = QDir(folder).filePath(suggestedSummaryFileName());
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Assessment Summary as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    if (describesInput(path, assessments)) {
        QMessageBox::warning(parent, tr("Export Assessment Summary"), tr("The summary cannot replace a document it describes. Choose another file name."));
        return {};
    }
    QString error;
    if (!writeSummaryPdf(assessments, reviewer, path, &error, history)) {
        QMessageBox::warning(parent, tr("Export Assessment Summary"),
                             tr("The summary could not be written to %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    return path;
}

QHash<QString, QString> ReportActions::decisionsFor(const QList<Assessment> &assessments, const HistoryStore *history)
{
    QHash<QString, QString> decisions;
    if (!history || !history->isOpen())
        return decisions;
    QHash<QString, std::optional<Decision>> bySha256; // a batch may hold the same file twice
    for (const Assessment &a : assessments) {
        const QString sha256 = a.identity.sha256.toLower();
        if (sha256.isEmpty())
            continue;
        auto found = bySha256.find(sha256);
        if (found == bySha256.end())
            found = bySha256.insert(sha256, history->latestDecision(sha256));
        if (const std::optional<Decision> &d = found.value())
            decisions.insert(a.file, tr("%1 (%2, %3)").arg(DecisionPanel::decisionText(d->kind), d->reviewer,
                                                            d->decidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))));
    }
    return decisions;
}

QList<Assessment> ReportActions::assessmentsForSummary(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view ? view->model() : nullptr;
    if (!model)
        return {};
    QModelIndexList rows = view->selectionModel() ? view->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.size() < 2) {
        rows.clear();
        for (int row = 0; row < model->rowCount(); ++row)
            rows << model->index(row, 0);
    }
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Assessment> assessments;
    for (const QModelIndex &index : rows) {
        if (index.data(DocumentListModel::HasAssessmentRole).toBool())
            assessments << index.data(DocumentListModel::AssessmentRole).value<Assessment>();
    }
    return assessments;
}

} // namespace granska
