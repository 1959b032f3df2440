// Two assessments of the same file (same SHA-256) side by side: the bytes did not change, so any
// difference comes from Granska (a newer engine version), the settings (PDF/A profile, validation
// time, trust store) or the world (a certificate revoked or expired since). Lists each aspect with
// both values and whether they differ.
#pragma once

#include "assessment/Assessment.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace granska {

struct ComparisonRow {
    QString aspect;   // "PDF/A result", "Signature “Signature1”: conclusion"
    QString earlier;
    QString later;
    bool differs = false;
};

class AssessmentComparison {
    Q_DECLARE_TR_FUNCTIONS(granska::AssessmentComparison)
public:
    // Aspects in reading order; signatures are matched by field name, a signature found in only
    // one of the two shows "—" on the other side.
    static QList<ComparisonRow> compare(const Assessment &earlier, const Assessment &later);
    static int differenceCount(const QList<ComparisonRow> &rows);
};

} // namespace granska
