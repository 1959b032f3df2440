// Printing and exporting the assessment report of one document, and the summary of several (the
// reports themselves are built by AssessmentReport and BatchReport in the engine; this is only the
// dialogs around them).
#pragma once

#include "assessment/Assessment.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QAbstractItemView;
class QWidget;

namespace granska {

class HistoryStore;

class ReportActions {
    Q_DECLARE_TR_FUNCTIONS(granska::ReportActions)
public:
    // Asks for a printer and prints. Returns false when the user cancelled.
    static bool print(QWidget *parent, const Assessment &assessment, const QString &reviewer);
    static void printPreview(QWidget *parent, const Assessment &assessment, const QString &reviewer);
    // Asks where to save, starting in `folder`; returns the written path, empty when cancelled or
    // failed (the failure is shown to the user).
    static QString exportPdf(QWidget *parent, const Assessment &assessment, const QString &reviewer, const QString &folder);
    // Without dialogs.
    static bool writePdf(const Assessment &assessment, const QString &reviewer, const QString &path, QString *error);
    // "dss__DSS-1983 - assessment report.pdf"
    static QString suggestedFileName(const Assessment &assessment);

    // The batch summary. An empty list gets a message instead of an empty report. With `history`,
    // the summary shows each document's latest recorded decision (see decisionsFor()).
    static void printSummaryPreview(QWidget *parent, const QList<Assessment> &assessments, const QString &reviewer,
                                    const HistoryStore *history = nullptr);
    // As exportPdf(), for the summary.
    static QString exportSummaryPdf(QWidget *parent, const QList<Assessment> &assessments, const QString &reviewer,
                                    const QString &folder, const HistoryStore *history = nullptr);
    static bool writeSummaryPdf(const QList<Assessment> &assessments, const QString &reviewer, const QString &path,
                                QString *error, const HistoryStore *history = nullptr);
    // The latest decision on each document (by its SHA-256, so a decision made on an earlier
    // assessment of the same file counts), keyed by Assessment::file as BatchReportOptions wants:
    // "Approved for transfer (Anna Svensson, 2026-11-29)". Documents without a decision are absent.
    static QHash<QString, QString> decisionsFor(const QList<Assessment> &assessments, const HistoryStore *history);
    // "Assessment summary 2024-03-15.pdf"
    static QString suggestedSummaryFileName();
    // The finished assessments a summary covers, in the view's order: the selected rows when more
    // than one is selected, otherwise every row of the list (the view's model has
    // DocumentListModel's roles).
    static QList<Assessment> assessmentsForSummary(const QAbstractItemView *view);
};

} // namespace granska
