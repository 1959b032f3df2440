// Whether a document is ready for transfer to an e-archive, as a checklist an archivist reads:
// PDF/A claimed and verified, not encrypted, no active or external content, every signature intact,
// validation material embedded, no forbidden change after signing, personal data present or not.
// Computed from an Assessment alone, so a record from the history gives the same verdict.
#pragma once

#include "assessment/Assessment.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace granska {

enum class CheckState {
    Pass,         // the requirement is met
    Info,         // a fact the archivist should know, which does not stand in the way (personal data)
    Warning,      // could not be established, or needs a person to decide
    Fail,         // the requirement is not met
    NotApplicable // nothing to check (no signatures)
};

enum class Readiness {
    Ready,       // every check passed, or only informs
    NeedsReview, // no check failed, but at least one needs a person to look
    NotReady     // at least one check failed
};

struct PreservationCheck {
    QString id;     // stable: "pdfa", "encryption", "active-content", "signatures-intact",
                    // "validation-material", "changes-after-signing", "personal-data", "assessment"
    CheckState state = CheckState::NotApplicable;
    QString title;  // the requirement, in words: "PDF/A claimed and verified"
    QString reason; // why this state, specific to the document
};

struct PreservationVerdict {
    Readiness readiness = Readiness::NotReady;
    QList<PreservationCheck> checks; // in the order above; "assessment" first when present
};

PreservationVerdict preservationVerdict(const Assessment &assessment);

QString toString(CheckState state);    // "pass", "info", "warning", "fail", "not-applicable"
QString toString(Readiness readiness); // "ready", "needs-review", "not-ready"
QString checkStateText(CheckState state);    // "Met", "Note", "Needs review", "Not met", "Not applicable"
QString readinessText(Readiness readiness);  // "Ready for transfer", "Needs review", "Not ready"
// One sentence for a list or a status line: "Not ready: 2 of 7 requirements not met".
QString readinessSummary(const PreservationVerdict &verdict);

// {"verdict": "needs-review", "checks": [{"id", "state", "title", "reason"}]}, for the CLI's JSON.
QJsonObject toJson(const PreservationVerdict &verdict);

} // namespace granska
