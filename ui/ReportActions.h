// Printing and exporting the assessment report of one document (the report itself is built by
// AssessmentReport in the engine; this is only the dialogs around it).
#pragma once

#include "assessment/Assessment.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace granska {

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
};

} // namespace granska
