// The preservation checklist near the top of the report: whether the document is ready for
// transfer to the e-archive, and each requirement with its state and reason, as the window shows it.
#include "ReportHtml.h"
#include "ReportSections.h"
#include "preservation/PreservationVerdict.h"

#include <QCoreApplication>

namespace granska::report {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::AssessmentReport)
};

Tone toneOf(CheckState state)
{
    switch (state) {
    case CheckState::Pass: return Tone::Good;
    case CheckState::Fail: return Tone::Bad;
    case CheckState::Warning: return Tone::Caution;
    case CheckState::Info:
    case CheckState::NotApplicable: break;
    }
    return Tone::Neutral;
}

Tone toneOf(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready: return Tone::Good;
    case Readiness::NeedsReview: return Tone::Caution;
    case Readiness::NotReady: break;
    }
    return Tone::Bad;
}

// A mark before each requirement, so that a black-and-white copy still shows the state at a glance.
QString mark(CheckState state)
{
    switch (state) {
    case CheckState::Pass: return QStringLiteral("\u2714");    // heavy check mark
    case CheckState::Fail: return QStringLiteral("\u2718");    // heavy ballot X
    case CheckState::Warning: return QStringLiteral("!");
    case CheckState::Info: return QStringLiteral("i");
    case CheckState::NotApplicable: break;
    }
    return QStringLiteral("\u2013"); // en dash
}

} // namespace

QString preservationSection(const Assessment &assessment)
{
    const PreservationVerdict verdict = preservationVerdict(assessment);
    QString rows;
    for (const PreservationCheck &c : verdict.checks) {
        rows += QStringLiteral("<tr><td class=\"label\" width=\"28%\"><b>%1</b>&nbsp;&nbsp;%2</td><td width=\"18%\">%3</td><td>%4</td></tr>")
                    .arg(text(mark(c.state)), text(c.title), badge(checkStateText(c.state), toneOf(c.state)), text(c.reason));
    }
    return sectionHeading(Tr::tr("Preservation checklist"))
           + verdictBox(readinessText(verdict.readiness), text(readinessSummary(verdict) + QLatin1Char('.')), toneOf(verdict.readiness))
           + QStringLiteral("<table class=\"fields\" width=\"100%\" cellspacing=\"0\">") + rows + QStringLiteral("</table>");
}

} // namespace granska::report
