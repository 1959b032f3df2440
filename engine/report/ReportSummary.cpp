// The summary at the top of the report: one conclusion in plain words, then one line per area
// with its status, so that the reader knows at a glance whether to read on.
#include "ReportHtml.h"
#include "ReportSections.h"
#include "ReportSignatureWords.h"

#include <QCoreApplication>
#include <algorithm>

namespace granska::report {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::AssessmentReport)
};

struct AreaLine {
    QString areaHtml;
    QString status;
    Tone tone = Tone::Neutral;
    QString explanationHtml;
};

AreaLine pdfaLine(const PdfaResult &pdfa)
{
    AreaLine line{text(Tr::tr("PDF/A")), {}, Tone::Neutral, {}};
    if (pdfa.profile.isEmpty()) {
        line.status = Tr::tr("Not validated");
        line.tone = pdfa.claim.isPresent() ? Tone::Caution : Tone::Neutral;
        line.explanationHtml = text(pdfa.note.isEmpty() ? Tr::tr("The document was not checked against a PDF/A profile.") : pdfa.note);
    } else if (!pdfa.compliant.has_value()) {
        line.status = Tr::tr("No verdict");
        line.tone = Tone::Caution;
        line.explanationHtml = text(pdfa.note.isEmpty() ? Tr::tr("The validation against %1 did not reach a verdict.").arg(flavourName(pdfa.profile))
                                                        : pdfa.note);
    } else if (*pdfa.compliant) {
        line.status = Tr::tr("Compliant");
        line.tone = Tone::Good;
        line.explanationHtml = text(Tr::tr("Conforms to %1; %n rule(s) checked.", nullptr, pdfa.rulesChecked).arg(flavourName(pdfa.profile)));
    } else {
        line.status = Tr::tr("Not compliant");
        line.tone = Tone::Bad;
        line.explanationHtml = text(Tr::tr("Does not conform to %1: %n rule(s) failed.", nullptr, int(pdfa.violations.size()))
                                        .arg(flavourName(pdfa.profile)));
    }
    return line;
}

struct ConclusionCounts {
    int passed = 0, indeterminate = 0, failed = 0, notValidated = 0;

    explicit ConclusionCounts(const QList<SignatureInfo> &signatures)
    {
        for (const SignatureInfo &s : signatures) {
            switch (conclusionOf(s)) {
            case Conclusion::Passed: ++passed; break;
            case Conclusion::Indeterminate: ++indeterminate; break;
            case Conclusion::Failed: ++failed; break;
            case Conclusion::NotValidated: ++notValidated; break;
            }
        }
    }
};

AreaLine signaturesLine(const Assessment &a)
{
    AreaLine line{text(Tr::tr("Signatures")), {}, Tone::Neutral, {}};
    const int total = int(a.signatures.size());
    if (total == 0) {
        line.status = Tr::tr("None");
        line.explanationHtml = text(Tr::tr("The document has no signatures or document timestamps."));
        return line;
    }
    const ConclusionCounts counts(a.signatures);
    if (counts.failed) {
        line.status = Tr::tr("Failed");
        line.tone = Tone::Bad;
    } else if (counts.indeterminate) {
        line.status = Tr::tr("Indeterminate");
        line.tone = Tone::Caution;
    } else if (counts.notValidated) {
        line.status = Tr::tr("Not validated");
    } else {
        line.status = Tr::tr("All passed");
        line.tone = Tone::Good;
    }
    QStringList parts;
    if (counts.passed)
        parts << Tr::tr("%n passed", nullptr, counts.passed);
    if (counts.indeterminate)
        parts << Tr::tr("%n indeterminate", nullptr, counts.indeterminate);
    if (counts.failed)
        parts << Tr::tr("%n failed", nullptr, counts.failed);
    if (counts.notValidated)
        parts << Tr::tr("%n intact but not validated", nullptr, counts.notValidated);
    line.explanationHtml = text(Tr::tr("%n signature(s) and timestamp(s): %1.", nullptr, total).arg(parts.join(QStringLiteral(", "))));
    return line;
}

QString signerOf(const SignatureInfo &s)
{
    if (s.signer && !s.signer->commonName.isEmpty())
        return s.signer->commonName;
    return s.signerName.isEmpty() ? Tr::tr("signer unknown") : s.signerName;
}

QString changesAfterText(const SignatureInfo &s)
{
    const int total = int(s.modifications.size());
    const int refused = int(std::count_if(s.modifications.begin(), s.modifications.end(), [](const ModificationInfo &m) { return !m.permitted; }));
    if (s.modificationsAfter == QLatin1String("none"))
        return Tr::tr("Not changed after signing.");
    if (s.modificationsAfter == QLatin1String("permitted"))
        return Tr::tr("Changed after signing: %n change(s), all permitted.", nullptr, total);
    if (s.modificationsAfter == QLatin1String("not-permitted"))
        return Tr::tr("Changed after signing: %1 of %n change(s) not permitted.", nullptr, total).arg(refused);
    return {};
}

// One line per signature: who, what kind, how strong, its conclusion and whether the document
// changed after it; the first things an archivist looks for, before the details further on.
AreaLine signatureLine(const SignatureInfo &s, int ordinal)
{
    const Conclusion conclusion = conclusionOf(s);
    AreaLine line{text(signatureName(s, ordinal)), conclusionWord(conclusion), conclusionTone(conclusion), {}};
    // Short sentences, so that each translated phrase keeps its own capitals.
    QStringList what{s.kind == SignatureKind::DocumentTimestamp ? Tr::tr("%1 from %2.").arg(kindDescription(s.kind), signerOf(s))
                                                                : Tr::tr("%1 by %2.").arg(kindDescription(s.kind), signerOf(s))};
    if (!s.qualification.isEmpty())
        what << Tr::tr("%1 (%2).").arg(qualificationWords(s.qualification, s.kind), s.qualification);
    if (!s.level.isEmpty())
        what << Tr::tr("PAdES %1.").arg(s.level);
    QStringList lines{text(what.join(QLatin1Char(' ')))};
    lines << (conclusion == Conclusion::NotValidated ? text(Tr::tr("Intact; no validation result is recorded."))
                                                     : QStringLiteral("<b>%1</b>").arg(text(conclusionSentence(s) + QLatin1Char('.'))));
    if (const QString changes = changesAfterText(s); !changes.isEmpty())
        lines << text(changes);
    line.explanationHtml = lines.join(QStringLiteral("<br/>"));
    return line;
}

// Whether the file was extended after its last signature or timestamp: then what the reader sees
// now is not exactly what anyone vouched for, even when every signature is intact. Earlier
// signatures followed by later ones are the normal course of a document signed by several.
std::optional<AreaLine> changesLine(const Assessment &a)
{
    if (a.signatures.isEmpty())
        return std::nullopt;
    int last = -1;
    for (int i = 0; i < a.signatures.size(); ++i) {
        if (last < 0 || a.signatures[i].revision > a.signatures[last].revision)
            last = i;
    }
    const SignatureInfo &lastSignature = a.signatures[last];
    const QString lastName = signatureName(lastSignature, last + 1);
    AreaLine line{text(Tr::tr("After the last signature")), {}, Tone::Good, {}};
    if (lastSignature.revision <= 0) {
        line.status = Tr::tr("Unknown");
        line.tone = Tone::Caution;
        line.explanationHtml = text(Tr::tr("No signature ends where a revision of the file ends, so what was signed cannot be told apart from later changes."));
    } else if (lastSignature.coversWholeDocument) {
        line.status = Tr::tr("No changes");
        line.explanationHtml = text(Tr::tr("The last one, %1, covers the whole file.").arg(lastName));
    } else if (lastSignature.revision >= a.revisions.size()) {
        line.status = Tr::tr("Partly unsigned");
        line.tone = Tone::Caution;
        line.explanationHtml = text(Tr::tr("The last one, %1, reaches the end of the file but leaves more than its signature value unsigned.").arg(lastName));
    } else {
        const int added = int(a.revisions.size()) - lastSignature.revision;
        line.status = Tr::tr("Changed");
        line.tone = Tone::Caution;
        line.explanationHtml = text(Tr::tr("%n revision(s) were added after the last one, %1; see Revisions.", nullptr, added).arg(lastName));
    }
    return line;
}

AreaLine findingsLine(const QList<Finding> &findings)
{
    AreaLine line{text(Tr::tr("Other findings")), Tr::tr("None"), Tone::Good, text(Tr::tr("Nothing else to report."))};
    int errors = 0, warnings = 0, notes = 0;
    for (const Finding &f : findings)
        (f.severity == Severity::Error ? errors : f.severity == Severity::Warning ? warnings : notes)++;
    if (findings.isEmpty())
        return line;
    QStringList counts;
    if (errors)
        counts << Tr::tr("%n error(s)", nullptr, errors);
    if (warnings)
        counts << Tr::tr("%n warning(s)", nullptr, warnings);
    if (notes)
        counts << Tr::tr("%n note(s)", nullptr, notes);
    line.status = errors ? Tr::tr("Errors") : warnings ? Tr::tr("Warnings") : Tr::tr("Notes");
    line.tone = errors ? Tone::Bad : warnings ? Tone::Caution : Tone::Neutral;
    line.explanationHtml = text(counts.join(QStringLiteral(", ")) + QLatin1Char('.'));
    return line;
}

// The problems that decide the headline: a document that could not be assessed, a failed PDF/A
// check, a signature that failed validation, and errors among the other findings, which the reader
// must not miss either. A signature that could not be confirmed (indeterminate) is not counted
// here but as needing attention: it is not known to be broken.
QStringList problems(const Assessment &a)
{
    QStringList list;
    if (a.status == AssessmentStatus::Error)
        return {Tr::tr("the document could not be assessed")};
    if (a.pdfa.compliant.has_value() && !*a.pdfa.compliant)
        list << Tr::tr("not %1 compliant").arg(flavourName(a.pdfa.profile));
    const ConclusionCounts counts(a.signatures);
    if (counts.failed)
        list << Tr::tr("%n signature(s) or timestamp(s) failed validation", nullptr, counts.failed);
    // The same problems as Assessment::hasProblems(), which sets the command line's exit status.
    int unverifiable = 0, forbidden = 0;
    for (const SignatureInfo &s : a.signatures) {
        unverifiable += s.integrity != Integrity::Intact && conclusionOf(s) != Conclusion::Failed;
        forbidden += s.modificationsAfter == QLatin1String("not-permitted");
    }
    if (unverifiable)
        list << Tr::tr("the integrity of %n signature(s) or timestamp(s) cannot be verified", nullptr, unverifiable);
    if (forbidden)
        list << Tr::tr("changes after %n signature(s) that the signature does not permit", nullptr, forbidden);
    const int errors = int(std::count_if(a.findings.begin(), a.findings.end(),
                                         [](const Finding &f) { return f.severity == Severity::Error; }));
    if (errors)
        list << Tr::tr("%n error(s)", nullptr, errors);
    return list;
}

QStringList needingAttention(const Assessment &a)
{
    if (a.status == AssessmentStatus::Error)
        return {};
    const ConclusionCounts counts(a.signatures);
    if (!counts.indeterminate)
        return {};
    return {Tr::tr("%n signature(s) or timestamp(s) could not be confirmed valid (indeterminate): not known to be broken, "
                   "but the information needed to confirm them is missing; see Signatures",
                   nullptr, counts.indeterminate)};
}

} // namespace

Verdict verdictOf(const Assessment &a)
{
    if (a.status == AssessmentStatus::Error)
        return Verdict::NotAssessed;
    if (!problems(a).isEmpty())
        return Verdict::ProblemsFound;
    return needingAttention(a).isEmpty() ? Verdict::NoProblems : Verdict::NeedsAttention;
}

QString verdictWord(Verdict verdict)
{
    switch (verdict) {
    case Verdict::ProblemsFound: return Tr::tr("Problems found");
    case Verdict::NeedsAttention: return Tr::tr("Needs attention");
    case Verdict::NoProblems: return Tr::tr("No problems found");
    case Verdict::NotAssessed: break;
    }
    return Tr::tr("Not assessed");
}

Tone verdictTone(Verdict verdict)
{
    switch (verdict) {
    case Verdict::ProblemsFound: return Tone::Bad;
    case Verdict::NeedsAttention: return Tone::Caution;
    case Verdict::NoProblems: return Tone::Good;
    case Verdict::NotAssessed: break;
    }
    return Tone::Bad;
}

QString summarySection(const Assessment &a)
{
    QList<AreaLine> lines;
    if (a.status == AssessmentStatus::Error) {
        lines << AreaLine{text(Tr::tr("Assessment")), Tr::tr("Failed"), Tone::Bad, text(a.error)};
    } else {
        lines << pdfaLine(a.pdfa) << signaturesLine(a);
        for (int i = 0; i < a.signatures.size(); ++i)
            lines << signatureLine(a.signatures[i], i + 1);
        if (const auto changes = changesLine(a))
            lines << *changes;
    }
    lines << findingsLine(a.findings);

    const QStringList found = problems(a);
    const QStringList attention = needingAttention(a);
    QStringList sentences;
    for (const QString &item : found + attention)
        sentences << text(item.left(1).toUpper() + item.mid(1) + QLatin1Char('.'));
    const bool toNote = std::any_of(lines.begin(), lines.end(), [](const AreaLine &line) { return line.tone == Tone::Caution; });
    QString cleanDetail = Tr::tr("No failed PDF/A rule, no failed or indeterminate signature and no error.");
    if (toNote)
        cleanDetail += QLatin1Char(' ') + Tr::tr("Some points below are worth a look.");
    QString verdict;
    if (!found.isEmpty())
        verdict = verdictBox(Tr::tr("Problems found"), sentences.join(QStringLiteral("<br/>")), Tone::Bad);
    else if (!attention.isEmpty())
        verdict = verdictBox(Tr::tr("Needs attention"), sentences.join(QStringLiteral("<br/>")), Tone::Caution);
    else
        verdict = verdictBox(Tr::tr("No problems found"), text(cleanDetail), Tone::Good);

    QString rows;
    for (const AreaLine &line : lines) {
        rows += QStringLiteral("<tr><td class=\"label\" width=\"21%\">%1</td><td width=\"21%\">%2</td><td>%3</td></tr>")
                    .arg(line.areaHtml, badge(line.status, line.tone), line.explanationHtml);
    }
    return sectionHeading(Tr::tr("Summary")) + verdict
           + QStringLiteral("<table class=\"fields\" width=\"100%\" cellspacing=\"0\">") + rows + QStringLiteral("</table>");
}

} // namespace granska::report
