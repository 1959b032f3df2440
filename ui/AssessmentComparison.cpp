#include "AssessmentComparison.h"

#include "Presentation.h"

#include <QHash>

namespace granska {
namespace {

const QString missing = QStringLiteral("—");

QString orMissing(const QString &text)
{
    return text.isEmpty() ? missing : text;
}

} // namespace

QList<ComparisonRow> AssessmentComparison::compare(const Assessment &earlier, const Assessment &later)
{
    QList<ComparisonRow> rows;
    // `counts` false: shown for explanation, but a difference there is expected and not counted.
    auto add = [&rows](const QString &aspect, const QString &a, const QString &b, bool counts = true) {
        rows.append({aspect, orMissing(a), orMissing(b), counts && a != b});
    };
    auto pdfaResult = [](const PdfaResult &p) {
        if (!p.compliant)
            return p.note.isEmpty() ? tr("Not validated") : tr("Not validated: %1").arg(p.note);
        return *p.compliant ? tr("Compliant") : tr("Not compliant");
    };
    auto failedRules = [](const PdfaResult &p) {
        QStringList ids;
        for (const RuleViolation &v : p.violations)
            ids << v.ruleId();
        return ids.join(QLatin1Char('\n'));
    };
    auto changesAfter = [](const SignatureInfo *s) {
        if (!s || s->modificationsAfter.isEmpty())
            return QString();
        if (s->modificationsAfter == QLatin1String("none"))
            return tr("None");
        if (s->modificationsAfter == QLatin1String("permitted"))
            return tr("Only permitted changes");
        if (s->modificationsAfter == QLatin1String("not-permitted"))
            return tr("Changes that are not permitted");
        return s->modificationsAfter;
    };
    auto findingCodes = [](const Assessment &a) {
        QStringList codes;
        for (const Finding &f : a.findings)
            codes << f.code;
        return codes.join(QStringLiteral(", "));
    };

    add(tr("Assessed"), formatTimestamp(earlier.assessedAt), formatTimestamp(later.assessedAt), false);
    add(tr("Engine version"), earlier.engineVersion, later.engineVersion);
    add(tr("File"), earlier.file, later.file);
    add(tr("Result"), statusText(statusOf(earlier)), statusText(statusOf(later)));
    add(tr("Could not be assessed because"), earlier.error, later.error);
    add(tr("PDF/A claim"), flavourName(earlier.pdfa.claim.flavour()), flavourName(later.pdfa.claim.flavour()));
    add(tr("PDF/A profile validated"), flavourName(earlier.pdfa.profile), flavourName(later.pdfa.profile));
    add(tr("PDF/A result"), pdfaResult(earlier.pdfa), pdfaResult(later.pdfa));
    add(tr("PDF/A rules failed"), failedRules(earlier.pdfa), failedRules(later.pdfa));
    add(tr("Signatures"), QString::number(earlier.signatures.size()), QString::number(later.signatures.size()));

    QHash<QString, const SignatureInfo *> laterByField;
    for (const SignatureInfo &s : later.signatures)
        laterByField.insert(s.field, &s);
    QStringList fields;
    for (const SignatureInfo &s : earlier.signatures)
        fields << s.field;
    for (const SignatureInfo &s : later.signatures) {
        if (!fields.contains(s.field))
            fields << s.field;
    }
    auto conclusion = [](const SignatureInfo *s) {
        if (!s)
            return QString();
        return s->subIndication.isEmpty() ? indicationText(s->indication)
                                          : tr("%1 (%2)").arg(indicationText(s->indication), s->subIndication);
    };
    for (const QString &field : std::as_const(fields)) {
        const SignatureInfo *a = nullptr;
        for (const SignatureInfo &s : earlier.signatures) {
            if (s.field == field)
                a = &s;
        }
        const SignatureInfo *b = laterByField.value(field);
        //: Aspect of one signature in the comparison, e.g. Signature “Signature1”: conclusion
        const QString prefix = tr("Signature “%1”").arg(field);
        add(tr("%1: signed by").arg(prefix), a ? signerDisplayName(*a) : QString(), b ? signerDisplayName(*b) : QString());
        add(tr("%1: integrity").arg(prefix), a ? integrityText(a->integrity) : QString(), b ? integrityText(b->integrity) : QString());
        add(tr("%1: conclusion").arg(prefix), conclusion(a), conclusion(b));
        // Validating at the present time makes this differ on every re-assessment.
        add(tr("%1: validated at").arg(prefix), a ? formatTimestamp(a->validationTime) : QString(),
            b ? formatTimestamp(b->validationTime) : QString(), false);
        add(tr("%1: trust anchor").arg(prefix), a ? a->trustAnchor : QString(), b ? b->trustAnchor : QString());
        add(tr("%1: level").arg(prefix), a ? a->level : QString(), b ? b->level : QString());
        add(tr("%1: changes after signing").arg(prefix), changesAfter(a), changesAfter(b));
    }
    add(tr("Other findings"), findingCodes(earlier), findingCodes(later));
    return rows;
}

int AssessmentComparison::differenceCount(const QList<ComparisonRow> &rows)
{
    int n = 0;
    for (const ComparisonRow &row : rows)
        n += row.differs ? 1 : 0;
    return n;
}

} // namespace granska
