#include "ReportSections.h"

#include "Assessor.h"
#include "ReportHtml.h"
#include "ReportImages.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace granska::report {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::AssessmentReport)
};

// The share of the width for the first page beside the identity (38 mm of about 170, and a gap).
constexpr int kFigureColumnPercent = 25;
constexpr int kLabelPercent = 28; // FieldTable's default
constexpr int kLocationsShown = 3; // per violation; the count says how many there are in all

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString xrefWord(const QString &kind)
{
    if (kind == QLatin1String("table"))
        return Tr::tr("Table");
    if (kind == QLatin1String("stream"))
        return Tr::tr("Stream");
    return Tr::tr("Unknown");
}

QString validatedAgainst(const PdfaResult &pdfa)
{
    if (pdfa.profile.isEmpty())
        return Tr::tr("Not validated");
    const QString profile = flavourName(pdfa.profile);
    switch (pdfa.origin) {
    case ProfileOrigin::Claim: return Tr::tr("%1, as the document claims").arg(profile);
    case ProfileOrigin::Requested: return Tr::tr("%1, chosen by the user").arg(profile);
    case ProfileOrigin::None: break;
    }
    return profile;
}

QString verdictHtml(const PdfaResult &pdfa)
{
    if (pdfa.profile.isEmpty())
        return badge(Tr::tr("Not validated"), Tone::Neutral);
    if (!pdfa.compliant.has_value())
        return badge(Tr::tr("No verdict"), Tone::Caution);
    if (*pdfa.compliant)
        return badge(Tr::tr("Compliant"), Tone::Good) + QLatin1Char(' ') + text(Tr::tr("No checked rule failed."));
    return badge(Tr::tr("Not compliant"), Tone::Bad) + QLatin1Char(' ')
           + text(Tr::tr("%n rule(s) failed.", nullptr, int(pdfa.violations.size())));
}

QString locationsHtml(const RuleViolation &v)
{
    QStringList places;
    for (int i = 0; i < v.locations.size() && i < kLocationsShown; ++i)
        places << locationText(v.locations[i]);
    const int unnamed = v.count - int(places.size());
    if (places.isEmpty())
        return {};
    QString html = text(places.join(QStringLiteral("; ")));
    if (unnamed > 0)
        html += text(QStringLiteral("; ") + Tr::tr("and %n more", nullptr, unnamed));
    return QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(html);
}

QString violationsTable(QList<RuleViolation> violations)
{
    std::stable_sort(violations.begin(), violations.end(), clauseLessThan);
    GridTable table({Tr::tr("Specification"), Tr::tr("Clause"), Tr::tr("Test"), Tr::tr("Failed checks"), Tr::tr("What is wrong, and where")},
                    {15, 13, 6, 9, 57});
    for (const RuleViolation &v : violations)
        table.addRow({text(v.specification), text(v.clause), number(v.test), number(v.count), text(v.message) + locationsHtml(v)});
    return table.html();
}

} // namespace

QString titleBlock(const Assessment &a, bool startOnNewPage)
{
    const QString name = a.identity.fileName.isEmpty() ? a.file : a.identity.fileName;
    const QString heading = startOnNewPage ? QStringLiteral("<h1 style=\"page-break-before: always;\">") : QStringLiteral("<h1>");
    return heading + QStringLiteral("%1</h1><p class=\"subtitle\">%2</p>").arg(Tr::tr("Assessment report").toHtmlEscaped(), text(name));
}

QString identitySection(const Assessment &a, const DocumentPictures *pictures)
{
    const DocumentIdentity &id = a.identity;
    // With the first page beside it, the table is narrower; the path and the hash, long values
    // (and a hash is copied whole, so it must not wrap), then go in a full-width table under both,
    // its labels as wide as the ones above.
    const QString figure = pictures ? firstPageFigure(a, *pictures) : QString();
    const bool beside = !figure.isEmpty();
    FieldTable table;
    FieldTable under(kLabelPercent * (100 - kFigureColumnPercent) / 100);
    FieldTable &longValues = beside ? under : table;
    table.add(Tr::tr("File name"), text(id.fileName));
    longValues.add(Tr::tr("Path"), text(a.file));
    // A file that could not be read has no size or hash to show; zero would be a false value.
    const bool read = !id.sha256.isEmpty();
    table.add(Tr::tr("Size"), read ? text(byteCount(id.size)) : muted(Tr::tr("not read")));
    longValues.add(Tr::tr("SHA-256"), read ? code(id.sha256) : muted(Tr::tr("not read")));
    if (a.status == AssessmentStatus::Error) // nothing more was read from the file
        return sectionHeading(Tr::tr("Document identity")) + table.html();
    table.addOrNotGiven(Tr::tr("PDF version"), id.pdfVersion);
    table.add(Tr::tr("Pages"), text(number(id.pageCount)));
    table.addOrNotGiven(Tr::tr("Title"), id.title);
    table.addOrNotGiven(Tr::tr("Producer"), id.producer);
    table.addOrNotGiven(Tr::tr("Creator"), id.creator);
    table.add(Tr::tr("Encryption"), id.encrypted ? text(id.encryption.isEmpty() ? Tr::tr("Encrypted") : id.encryption) : text(Tr::tr("None")));
    table.add(Tr::tr("Linearized"), text(yesNo(id.linearized)));
    table.add(Tr::tr("Revisions"), text(number(a.revisions.size())));
    if (pictures && !pictures->unavailable.isEmpty())
        table.add(Tr::tr("Page pictures"), muted(Tr::tr("Unavailable: %1").arg(pictures->unavailable)));
    if (!beside)
        return sectionHeading(Tr::tr("Document identity")) + table.html();
    return sectionHeading(Tr::tr("Document identity"))
           + QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">%1</td>"
                            "<td width=\"%2%\" valign=\"top\" align=\"center\">%3</td></tr></table>")
                 .arg(table.html(), QString::number(kFigureColumnPercent), figure)
           + under.html();
}

QString pdfaSection(const Assessment &a)
{
    const PdfaResult &pdfa = a.pdfa;
    FieldTable table;
    table.add(Tr::tr("Claim in the document"), text(claimText(pdfa.claim)));
    table.add(Tr::tr("Validated against"), text(validatedAgainst(pdfa)));
    table.add(Tr::tr("Verdict"), verdictHtml(pdfa));
    if (!pdfa.note.isEmpty())
        table.add(Tr::tr("Note"), text(pdfa.note));
    if (!pdfa.profile.isEmpty())
        table.add(Tr::tr("Rules checked"), text(number(pdfa.rulesChecked)));
    QString html = sectionHeading(Tr::tr("PDF/A")) + table.html();
    if (!pdfa.violations.isEmpty())
        html += subHeading(Tr::tr("Failed rules")) + violationsTable(pdfa.violations);
    return html;
}

QString revisionsSection(const Assessment &a)
{
    QString html = sectionHeading(Tr::tr("Revisions"));
    if (a.revisions.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(muted(Tr::tr("No revision could be told apart in the file.")));
    GridTable table({Tr::tr("Revision"), Tr::tr("Bytes"), Tr::tr("Length"), Tr::tr("Cross-reference"), Tr::tr("Signatures that end here")},
                    {13, 25, 13, 14, 35});
    for (const Revision &r : a.revisions) {
        QStringList signatures;
        for (int i = 0; i < a.signatures.size(); ++i) {
            if (a.signatures[i].revision == r.index)
                signatures << text(signatureName(a.signatures[i], i + 1));
        }
        const QString index = r.index == a.revisions.size() ? Tr::tr("%1 (current)").arg(r.index) : number(r.index);
        table.addRow({text(index), text(Tr::tr("%1 to %2").arg(number(r.start), number(r.end))), text(number(r.end - r.start)),
                      text(xrefWord(r.xrefKind)), signatures.isEmpty() ? muted(Tr::tr("none")) : signatures.join(QStringLiteral("<br/>"))});
    }
    return html + table.html()
           + QStringLiteral("<p class=\"note\">%1</p>")
                 .arg(text(Tr::tr("Revision 1 is the original document; each later revision is an incremental update appended to the file. "
                                  "A signature vouches for the file up to the end of the revision it covers.")));
}

QString findingsSection(const Assessment &a)
{
    QString html = sectionHeading(Tr::tr("Other findings"));
    if (a.findings.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(text(Tr::tr("None.")));
    GridTable table({Tr::tr("Severity"), Tr::tr("Finding")}, {14, 86});
    // Errors first, so that the worst is read first; otherwise in the engine's order.
    QList<Finding> findings = a.findings;
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &l, const Finding &r) { return l.severity > r.severity; });
    for (const Finding &f : findings)
        table.addRow({badge(severityWord(f.severity), severityTone(f.severity)), text(f.message)});
    return html + table.html();
}

QString aboutSection(const Assessment &a, const ReportOptions &options)
{
    FieldTable table;
    table.add(Tr::tr("Report generated"), text(utcDateTime(options.generatedAt)) + QStringLiteral("<br/>")
                                              + text(Tr::tr("local time %1").arg(localDateTime(options.generatedAt))));
    table.add(Tr::tr("Generated by"), text(Tr::tr("Granska %1").arg(Assessor::engineVersion())));
    table.add(Tr::tr("Assessed"), text(Tr::tr("%1 by Granska %2, in %3")
                                           .arg(utcDateTime(a.assessedAt), a.engineVersion.isEmpty() ? Tr::tr("(version not recorded)") : a.engineVersion,
                                                duration(a.durationMs))));
    if (!options.reviewer.isEmpty())
        table.add(Tr::tr("Reviewer"), text(options.reviewer));
    return sectionHeading(Tr::tr("About this report")) + table.html();
}

} // namespace granska::report
