#include "ReportJson.h"

#include "Assessor.h"
#include "ReportSections.h"
#include "preservation/PreservationVerdict.h"

#include <QJsonArray>

namespace granska {

QString verdictKey(const Assessment &assessment)
{
    switch (report::verdictOf(assessment)) {
    case report::Verdict::ProblemsFound: return QStringLiteral("problems-found");
    case report::Verdict::NeedsAttention: return QStringLiteral("needs-attention");
    case report::Verdict::NoProblems: return QStringLiteral("no-problems");
    case report::Verdict::NotAssessed: break;
    }
    return QStringLiteral("not-assessed");
}

QJsonObject reportToJson(const QList<Assessment> &assessments, const BatchReportOptions &options, const JsonOptions &documentOptions)
{
    const BatchCounts c = BatchCounts::of(assessments);
    const QJsonObject metadata{
        {QStringLiteral("format"), QStringLiteral("granska-report")},
        {QStringLiteral("formatVersion"), kReportJsonFormatVersion},
        {QStringLiteral("generatedAt"), options.report.generatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("granskaVersion"), Assessor::engineVersion()},
        {QStringLiteral("reviewer"), options.report.reviewer.isEmpty() ? QJsonValue() : QJsonValue(options.report.reviewer)},
        {QStringLiteral("personalDataMasked"), documentOptions.maskPersonalData},
    };
    const QJsonObject summary{
        {QStringLiteral("documents"), c.documents},
        {QStringLiteral("assessed"), c.assessed},
        {QStringLiteral("notAssessed"), c.notAssessed},
        {QStringLiteral("pdfa"), QJsonObject{{QStringLiteral("compliant"), c.pdfaCompliant},
                                             {QStringLiteral("notCompliant"), c.pdfaNotCompliant},
                                             {QStringLiteral("noVerdict"), c.pdfaNoVerdict}}},
        {QStringLiteral("signatures"), QJsonObject{{QStringLiteral("total"), c.signatures},
                                                   {QStringLiteral("passed"), c.signaturesPassed},
                                                   {QStringLiteral("indeterminate"), c.signaturesIndeterminate},
                                                   {QStringLiteral("failed"), c.signaturesFailed},
                                                   {QStringLiteral("notValidated"), c.signaturesNotValidated}}},
        {QStringLiteral("changedAfterSigning"), c.changedAfterSigning},
        {QStringLiteral("changesNotPermitted"), c.changesNotPermitted},
        {QStringLiteral("verdicts"), QJsonObject{{QStringLiteral("problemsFound"), c.problemsFound},
                                                 {QStringLiteral("needsAttention"), c.needsAttention},
                                                 {QStringLiteral("noProblems"), c.noProblems},
                                                 {QStringLiteral("notAssessed"), c.notAssessed}}},
    };
    QJsonArray documents;
    for (const Assessment &a : assessments) {
        QJsonObject record = toJson(a, documentOptions);
        record.insert(QStringLiteral("preservation"), toJson(preservationVerdict(a))); // as in `check --json`
        record.insert(QStringLiteral("verdict"), verdictKey(a));
        const QString decision = options.decisions.value(a.file);
        record.insert(QStringLiteral("decision"), decision.isEmpty() ? QJsonValue() : QJsonValue(decision));
        documents.append(record);
    }
    return QJsonObject{{QStringLiteral("report"), metadata}, {QStringLiteral("summary"), summary}, {QStringLiteral("documents"), documents}};
}

} // namespace granska
