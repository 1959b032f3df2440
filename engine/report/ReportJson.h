// The machine-readable report for the e-archive package: who produced it and when, the counts of
// the batch summary, and for each document the same record as `granska-cli check --json` with
// the report's verdict (and the reviewer's decision when there is one). Documented in README.md.
#pragma once

#include "BatchReport.h"
#include "assessment/AssessmentJson.h"

#include <QJsonObject>

namespace granska {

// Identifies the format; raised when a key changes meaning or goes away (new keys do not).
inline constexpr int kReportJsonFormatVersion = 1;

QJsonObject reportToJson(const QList<Assessment> &assessments, const BatchReportOptions &options = {},
                         const JsonOptions &documentOptions = {});

// "problems-found", "needs-attention", "no-problems", "not-assessed"
QString verdictKey(const Assessment &assessment);

} // namespace granska
