// The sections of the assessment report, each as a piece of HTML, in reading order.
#pragma once

#include "AssessmentReport.h"

#include <QString>

namespace granska::report {

QString titleBlock(const Assessment &assessment);
QString summarySection(const Assessment &assessment);
// Ready for transfer to the e-archive or not, requirement by requirement (ReportPreservation.cpp).
QString preservationSection(const Assessment &assessment);
QString identitySection(const Assessment &assessment);
QString pdfaSection(const Assessment &assessment);
QString signaturesSection(const Assessment &assessment);
QString revisionsSection(const Assessment &assessment);
QString findingsSection(const Assessment &assessment);
QString aboutSection(const Assessment &assessment, const ReportOptions &options);

} // namespace granska::report
