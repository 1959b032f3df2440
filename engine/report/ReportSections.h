// The sections of the assessment report, each as a piece of HTML, in reading order.
#pragma once

#include "AssessmentReport.h"

#include <QString>

namespace granska::report {

struct DocumentPictures;

QString titleBlock(const Assessment &assessment);
QString summarySection(const Assessment &assessment);
QString identitySection(const Assessment &assessment);
// The first page and the visible signatures as pictures, or why they cannot be shown.
QString appearanceSection(const Assessment &assessment, const DocumentPictures &pictures);
QString pdfaSection(const Assessment &assessment);
QString signaturesSection(const Assessment &assessment);
QString revisionsSection(const Assessment &assessment);
QString findingsSection(const Assessment &assessment);
QString aboutSection(const Assessment &assessment, const ReportOptions &options);

} // namespace granska::report
