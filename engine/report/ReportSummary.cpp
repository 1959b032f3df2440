// The summary at the top of the report: one conclusion in plain words, then one line per area
// with its status, so that the reader knows at a glance whether to read on.
#include "ReportHtml.h"
#include "ReportSections.h"

#include <QCoreApplication>
#include <algorithm>

namespace granska::report {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::AssessmentReport)
};

struct AreaLine {
    QString area;
    QString status;
    Tone tone = Tone::Neutral;
    QString explanationHtml;
};

AreaLine pdfaLine(const PdfaResult &pdfa)
{
    AreaLine line{Tr::tr("PDF/A"), {}, Tone::Neutral, {}};
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

AreaLine signaturesLine(const Assessment &a)
{
    AreaLine line{Tr::tr("Signatures"), {}, Tone::Neutral, {}};
    if (a.signatures.isEmpty()) {
        line.status = Tr::tr("None");
        line.explanationHtml = text(Tr::tr("The document has no signatures or document timestamps."));
        return line;
    }
    // One line per signature with who signed and its integrity: the first thing an archivist
    // looks for, before the details further on.
    QStringList each;
    int notIntact = 0;
    bool anyBroken = false;
    for (int i = 0; i < a.signatures.size(); ++i) {
        const SignatureInfo &s = a.signatures[i];
        notIntact += s.integrity != Integrity::Intact;
        anyBroken = anyBroken || s.integrity == Integrity::Broken;
        const QString who = s.signer && !s.signer->commonName.isEmpty() ? s.signer->commonName
                            : !s.signerName.isEmpty()                   ? s.signerName
                                                                        : Tr::tr("signer unknown");
        each << text(Tr::tr("%1: %2, %3.").arg(signatureName(s, i + 1), who, integrityWord(s.integrity).toLower()));
    }
    const int total = int(a.signatures.size());
    if (notIntact == 0) {
        line.status = Tr::tr("All intact");
        line.tone = Tone::Good;
    } else {
        line.status = anyBroken ? Tr::tr("Broken") : Tr::tr("Not verified");
        line.tone = anyBroken ? Tone::Bad : Tone::Caution;
    }
    const QString count = notIntact == 0 ? Tr::tr("%n signature(s) and timestamp(s), all intact.", nullptr, total)
                                         : Tr::tr("%1 of %n signature(s) and timestamp(s) not intact.", nullptr, total).arg(notIntact);
    line.explanationHtml = text(count) + QStringLiteral("<br/>") + each.join(QStringLiteral("<br/>"));
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
    AreaLine line{Tr::tr("After the last signature"), {}, Tone::Good, {}};
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
    AreaLine line{Tr::tr("Other findings"), Tr::tr("None"), Tone::Good, text(Tr::tr("Nothing else to report."))};
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

// The problems that decide the headline: the same as Assessment::hasProblems(), plus errors
// among the other findings, which the reader must not miss either.
QStringList problems(const Assessment &a)
{
    QStringList list;
    if (a.status == AssessmentStatus::Error)
        return {Tr::tr("the document could not be assessed")};
    if (a.pdfa.compliant.has_value() && !*a.pdfa.compliant)
        list << Tr::tr("not %1 compliant").arg(flavourName(a.pdfa.profile));
    int broken = 0, unverifiable = 0;
    for (const SignatureInfo &s : a.signatures) {
        broken += s.integrity == Integrity::Broken;
        unverifiable += s.integrity == Integrity::Unverifiable;
    }
    if (broken)
        list << Tr::tr("%n signature(s) broken", nullptr, broken);
    if (unverifiable)
        list << Tr::tr("%n signature(s) cannot be verified", nullptr, unverifiable);
    const int errors = int(std::count_if(a.findings.begin(), a.findings.end(),
                                         [](const Finding &f) { return f.severity == Severity::Error; }));
    if (errors)
        list << Tr::tr("%n error(s)", nullptr, errors);
    return list;
}

} // namespace

QString summarySection(const Assessment &a)
{
    QList<AreaLine> lines;
    if (a.status == AssessmentStatus::Error) {
        lines << AreaLine{Tr::tr("Assessment"), Tr::tr("Failed"), Tone::Bad, text(a.error)};
    } else {
        lines << pdfaLine(a.pdfa) << signaturesLine(a);
        if (const auto changes = changesLine(a))
            lines << *changes;
    }
    lines << findingsLine(a.findings);

    const QStringList found = problems(a);
    QStringList sentences;
    for (const QString &problem : found)
        sentences << text(problem.left(1).toUpper() + problem.mid(1) + QLatin1Char('.'));
    const bool toNote = std::any_of(lines.begin(), lines.end(), [](const AreaLine &line) { return line.tone == Tone::Caution; });
    QString cleanDetail = Tr::tr("No failed PDF/A rule, no signature that is not intact and no error.");
    if (toNote)
        cleanDetail += QLatin1Char(' ') + Tr::tr("Some points below are worth a look.");
    const QString verdict = found.isEmpty() ? verdictBox(Tr::tr("No problems found"), text(cleanDetail), Tone::Good)
                                            : verdictBox(Tr::tr("Problems found"), sentences.join(QStringLiteral("<br/>")), Tone::Bad);

    QString rows;
    for (const AreaLine &line : lines) {
        rows += QStringLiteral("<tr><td class=\"label\" width=\"21%\">%1</td><td width=\"21%\">%2</td><td>%3</td></tr>")
                    .arg(line.area.toHtmlEscaped(), badge(line.status, line.tone), line.explanationHtml);
    }
    return sectionHeading(Tr::tr("Summary")) + verdict
           + QStringLiteral("<table class=\"fields\" width=\"100%\" cellspacing=\"0\">") + rows + QStringLiteral("</table>");
}

} // namespace granska::report
