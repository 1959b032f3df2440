// The sections of the assessment report, each as a piece of HTML, in reading order.
#pragma once

#include "AssessmentReport.h"
#include "ReportFormat.h"

#include <QString>

namespace granska::report {

struct DocumentPictures;

// The whole of one document's report, without the HTML head: what AssessmentReport::html() wraps,
// and what a batch summary appends for each document (then starting on a new page).
QString assessmentBody(const Assessment &assessment, const ReportOptions &options, bool startOnNewPage);
// A complete HTML document with the report's style sheet.
QString htmlDocument(const QString &title, const QString &body);

// The report's headline for a document, as its summary states it; a batch summary gives each
// document the same word.
enum class Verdict { ProblemsFound, NeedsAttention, NoProblems, NotAssessed };
Verdict verdictOf(const Assessment &assessment);
QString verdictWord(Verdict verdict); // "Problems found", "Needs attention", "No problems found", "Not assessed"
Tone verdictTone(Verdict verdict);

QString titleBlock(const Assessment &assessment, bool startOnNewPage = false);
QString summarySection(const Assessment &assessment);
// Ready for transfer to the e-archive or not, requirement by requirement (ReportPreservation.cpp).
QString preservationSection(const Assessment &assessment);
// With pictures, the first page is shown beside the identity, or the reason it cannot be.
QString identitySection(const Assessment &assessment, const DocumentPictures *pictures = nullptr);
// Each visible signature as it appears on its page; empty when there are no signatures or no pictures.
QString appearanceSection(const Assessment &assessment, const DocumentPictures &pictures);
// The first page's picture with its caption; empty when it was not rendered.
QString firstPageFigure(const Assessment &assessment, const DocumentPictures &pictures);
QString pdfaSection(const Assessment &assessment);
QString signaturesSection(const Assessment &assessment);
QString revisionsSection(const Assessment &assessment);
QString findingsSection(const Assessment &assessment);
QString aboutSection(const Assessment &assessment, const ReportOptions &options);

} // namespace granska::report
