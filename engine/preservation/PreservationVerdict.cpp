#include "PreservationVerdict.h"

#include "report/ReportPrivacy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <algorithm>
#include <map>
#include <optional>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::PreservationVerdict)
};

constexpr int kRulesNamed = 3; // failed PDF/A rules named in the reason; the PDF/A tab lists all

QString flavourText(const QString &flavour)
{
    return QStringLiteral("PDF/A-%1").arg(flavour.toUpper());
}

// "Signature 2 (Anna Svensson)", "Document timestamp 3 (Freja TSA)": numbered as in the signature
// list, named by the signer's certificate, else /Name, else the field.
QString signatureLabel(const SignatureInfo &s, int index)
{
    QString name = s.signer && !s.signer->commonName.isEmpty() ? s.signer->commonName : s.signerName;
    if (name.isEmpty())
        name = s.field;
    const QString kind = s.kind == SignatureKind::DocumentTimestamp ? Tr::tr("Document timestamp %1").arg(index + 1)
                       : s.kind == SignatureKind::Seal              ? Tr::tr("Seal %1").arg(index + 1)
                                                                     : Tr::tr("Signature %1").arg(index + 1);
    return name.isEmpty() ? kind : QStringLiteral("%1 (%2)").arg(kind, name);
}

bool validated(const SignatureInfo &s)
{
    // Indeterminate is the default value: without a validation time or sub-indication none ran.
    return s.indication != Indication::Indeterminate || s.validationTime.isValid() || !s.subIndication.isEmpty();
}

// A text from the assessment as a sentence of its own: trimmed, ending in a full stop.
QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QChar(0x2026)))
        text += QLatin1Char('.');
    return text;
}

// Reasons of several items, one sentence each, the first few only.
QString joined(const QStringList &sentences, int shown = 3)
{
    QStringList out = sentences.mid(0, shown);
    if (sentences.size() > shown)
        out << Tr::tr("%n more.", nullptr, int(sentences.size()) - shown);
    return out.join(QLatin1Char(' '));
}

PreservationCheck pdfaCheck(const PdfaResult &pdfa)
{
    PreservationCheck c{QStringLiteral("pdfa"), CheckState::Pass, Tr::tr("PDF/A claimed and verified"), {}};
    const QString claimed = pdfa.claim.isPresent() ? flavourText(pdfa.claim.flavour()) : QString();
    if (pdfa.profile.isEmpty()) {
        c.state = claimed.isEmpty() ? CheckState::Fail : CheckState::Warning;
        c.reason = claimed.isEmpty() ? Tr::tr("The document does not claim to be PDF/A; the e-archive needs PDF/A.")
                                     : Tr::tr("%1 claimed, but not verified: %2").arg(claimed, pdfa.note.isEmpty() ? Tr::tr("no validation was requested.") : pdfa.note);
        return c;
    }
    const QString checked = flavourText(pdfa.profile);
    if (!pdfa.compliant.has_value()) {
        c.state = CheckState::Warning;
        c.reason = Tr::tr("Validation against %1 reached no verdict: %2").arg(checked, pdfa.note);
        return c;
    }
    if (!*pdfa.compliant) {
        // Clauses, as the PDF/A tab groups them; a clause with several failed tests is named once.
        QStringList rules;
        for (const RuleViolation &v : pdfa.violations) {
            if (!rules.contains(v.clause))
                rules << v.clause;
        }
        if (rules.size() > kRulesNamed) {
            rules = rules.mid(0, kRulesNamed);
            rules << QStringLiteral("…");
        }
        const QString what = claimed.isEmpty() ? Tr::tr("No PDF/A claim; checked as %1").arg(checked)
                                                : (claimed == checked ? Tr::tr("%1 claimed").arg(claimed)
                                                                      : Tr::tr("%1 claimed, checked as %2").arg(claimed, checked));
        c.state = CheckState::Fail;
        c.reason = Tr::tr("%1; %n rule(s) failed: %2.", nullptr, int(pdfa.violations.size())).arg(what, rules.join(QStringLiteral(", ")));
        return c;
    }
    if (claimed.isEmpty()) {
        // Archives and their tools recognise PDF/A by the identification in the metadata.
        c.state = CheckState::Fail;
        c.reason = Tr::tr("Meets the rules of %1, but the document does not claim PDF/A in its XMP metadata.").arg(checked);
    } else if (claimed != checked) {
        c.state = CheckState::Warning;
        c.reason = Tr::tr("%1 claimed, but verified as %2 only (%n rule(s) checked).", nullptr, pdfa.rulesChecked).arg(claimed, checked);
    } else {
        c.reason = Tr::tr("%1 claimed and verified: %n rule(s) checked, none failed.", nullptr, pdfa.rulesChecked).arg(claimed);
    }
    return c;
}

PreservationCheck encryptionCheck(const DocumentIdentity &identity)
{
    PreservationCheck c{QStringLiteral("encryption"), CheckState::Pass, Tr::tr("Not encrypted"), Tr::tr("The document is not encrypted.")};
    if (identity.encrypted) {
        c.state = CheckState::Fail;
        c.reason = identity.encryption.isEmpty()
                       ? Tr::tr("The document is encrypted; an archive must be able to open it without keys or passwords.")
                       : Tr::tr("The document is encrypted (%1); an archive must be able to open it without keys or passwords.").arg(identity.encryption);
    }
    return c;
}

// How much each kind of active content stands in the way of preservation. Scripts, programs,
// imported data, content from other files, players and PostScript make what the reader sees depend
// on something outside the archived file: PDF/A-1 to -3 forbid them all. Links to other files or web
// addresses and form submission only act when clicked and do not change the document, so they
// need a look rather than a refusal; embedded files are allowed by PDF/A-3 and only noted.
CheckState weight(ActiveContentKind kind)
{
    switch (kind) {
    case ActiveContentKind::JavaScript:
    case ActiveContentKind::Launch:
    case ActiveContentKind::ImportData:
    case ActiveContentKind::ExternalStream:
    case ActiveContentKind::Multimedia:
    case ActiveContentKind::Xfa:
    case ActiveContentKind::PostScript:
        return CheckState::Fail;
    case ActiveContentKind::RemoteGoTo:
    case ActiveContentKind::EmbeddedGoTo:
    case ActiveContentKind::SubmitForm:
        return CheckState::Warning;
    case ActiveContentKind::Uri:
    case ActiveContentKind::EmbeddedFile:
        break;
    }
    return CheckState::Info;
}

QString kindPhrase(ActiveContentKind kind, int n)
{
    switch (kind) {
    case ActiveContentKind::JavaScript: return Tr::tr("%n JavaScript action(s)", nullptr, n);
    case ActiveContentKind::Launch: return Tr::tr("%n Launch action(s) that start a program or open a file", nullptr, n);
    case ActiveContentKind::RemoteGoTo: return Tr::tr("%n link(s) to another PDF file", nullptr, n);
    case ActiveContentKind::EmbeddedGoTo: return Tr::tr("%n link(s) into an embedded PDF file", nullptr, n);
    case ActiveContentKind::ImportData: return Tr::tr("%n action(s) importing form data from another file", nullptr, n);
    case ActiveContentKind::SubmitForm: return Tr::tr("%n form submission(s) to an outside address", nullptr, n);
    case ActiveContentKind::Uri: return Tr::tr("%n web link(s)", nullptr, n);
    case ActiveContentKind::ExternalStream: return Tr::tr("%n stream(s) whose data lies in another file", nullptr, n);
    case ActiveContentKind::EmbeddedFile: return Tr::tr("%n embedded file(s)", nullptr, n);
    case ActiveContentKind::Multimedia: return Tr::tr("%n sound, video or 3D element(s)", nullptr, n);
    case ActiveContentKind::Xfa: return Tr::tr("an XFA form");
    case ActiveContentKind::PostScript: return Tr::tr("%n PostScript or OPI element(s)", nullptr, n);
    }
    return {};
}

QString whereText(const ObjectLocation &l)
{
    QStringList parts;
    if (l.page > 0)
        parts << Tr::tr("page %1").arg(l.page);
    if (!l.context.isEmpty())
        parts << l.context;
    if (l.objectNumber > 0)
        parts << Tr::tr("object %1").arg(l.objectNumber);
    return parts.join(QStringLiteral(", "));
}

PreservationCheck activeContentCheck(const ActiveContent &content)
{
    PreservationCheck c{QStringLiteral("active-content"), CheckState::Pass,
                        Tr::tr("No JavaScript, launch actions or external content"), {}};
    if (!content.scanned) {
        c.state = CheckState::Warning;
        c.reason = Tr::tr("Not checked completely: the assessment was stopped early or was made by an earlier version of Granska. Assess the document again.");
        return c;
    }
    if (content.items.isEmpty()) {
        c.reason = Tr::tr("None found: no scripts, actions that start programs or fetch data, external streams, multimedia or attachments.");
        return c;
    }
    // Counted per kind, the worst kinds first; the first item of the worst kind is shown in full.
    std::map<ActiveContentKind, int> counts;
    for (const ActiveContentItem &item : content.items)
        ++counts[item.kind];
    CheckState worst = CheckState::Info;
    for (const auto &[kind, n] : counts) {
        if (weight(kind) == CheckState::Fail || (weight(kind) == CheckState::Warning && worst == CheckState::Info))
            worst = weight(kind);
    }
    QStringList found, noted;
    for (CheckState tier : {CheckState::Fail, CheckState::Warning, CheckState::Info}) {
        for (const auto &[kind, n] : counts) {
            if (weight(kind) != tier)
                continue;
            QString phrase = kindPhrase(kind, n);
            if (n >= ActiveContent::kMaxItemsPerKind)
                phrase = Tr::tr("at least %1").arg(phrase);
            (tier == CheckState::Info ? noted : found) << phrase;
        }
    }
    const auto first = std::find_if(content.items.begin(), content.items.end(),
                                    [worst](const ActiveContentItem &item) { return weight(item.kind) == worst; });
    const QString example = first->detail.isEmpty() ? whereText(first->location)
                                                    : Tr::tr("%1 (%2)").arg(first->detail, whereText(first->location));
    QStringList sentences;
    if (!found.isEmpty())
        sentences << Tr::tr("Found %1.").arg(found.join(QStringLiteral(", ")));
    if (!noted.isEmpty())
        sentences << (found.isEmpty() ? Tr::tr("Only %1, which do not change what the document shows.").arg(noted.join(QStringLiteral(", ")))
                                      : Tr::tr("Also %1.").arg(noted.join(QStringLiteral(", "))));
    if (worst == CheckState::Fail)
        sentences << Tr::tr("These make what the reader sees depend on a program or on something outside the file; PDF/A-1 to PDF/A-3 forbid them. First: %1.").arg(example);
    else if (worst == CheckState::Warning)
        sentences << Tr::tr("They act only when clicked, but lead outside the archived file. First: %1.").arg(example);
    else if (counts.count(ActiveContentKind::EmbeddedFile))
        sentences << Tr::tr("PDF/A-1 forbids embedded files, PDF/A-2 allows only PDF/A documents and PDF/A-3 any file; make sure the archive accepts them and that they are described.");
    // Web links alone meet the requirement: they change nothing in the document and are explained
    // in the reason. An embedded file is a document of its own that the archive has to know about.
    if (worst == CheckState::Info)
        c.state = counts.count(ActiveContentKind::EmbeddedFile) ? CheckState::Info : CheckState::Pass;
    else
        c.state = worst;
    c.reason = sentences.join(QLatin1Char(' '));
    return c;
}

PreservationCheck integrityCheck(const QList<SignatureInfo> &signatures)
{
    PreservationCheck c{QStringLiteral("signatures-intact"), CheckState::Pass, Tr::tr("Every signature intact"), {}};
    if (signatures.isEmpty()) {
        c.state = CheckState::NotApplicable;
        c.reason = Tr::tr("The document has no signatures or document timestamps.");
        return c;
    }
    QStringList failed, doubtful;
    QMap<QString, QStringList> indeterminate; // reason -> signatures
    for (int i = 0; i < signatures.size(); ++i) {
        const SignatureInfo &s = signatures[i];
        const QString label = signatureLabel(s, i);
        if (s.integrity == Integrity::Broken)
            failed << Tr::tr("%1 is broken: %2").arg(label, s.integrityDetail);
        else if (s.integrity == Integrity::Unverifiable)
            doubtful << Tr::tr("%1 cannot be verified: %2").arg(label, s.integrityDetail);
        else if (s.indication == Indication::TotalFailed)
            failed << Tr::tr("%1 is intact but failed validation: %2").arg(label, s.indicationDetail);
        else if (validated(s) && s.indication == Indication::Indeterminate)
            indeterminate[s.indicationDetail] << label;
    }
    // Signatures that are indeterminate for the same reason (no trust anchors, say) share one sentence.
    for (auto it = indeterminate.cbegin(); it != indeterminate.cend(); ++it) {
        doubtful << (it.value().size() == 1 ? Tr::tr("%1 is intact, but its validation is indeterminate: %2").arg(it.value().first(), it.key())
                                            : Tr::tr("%1 are intact, but their validation is indeterminate: %2")
                                                  .arg(it.value().join(QStringLiteral(", ")), it.key()));
    }
    auto sentences = [](QStringList list) {
        for (QString &s : list)
            s = sentence(s);
        return list;
    };
    if (!failed.isEmpty()) {
        c.state = CheckState::Fail;
        c.reason = joined(sentences(failed + doubtful));
    } else if (!doubtful.isEmpty()) {
        c.state = CheckState::Warning;
        c.reason = joined(sentences(doubtful));
    } else {
        c.reason = Tr::tr("All %n signature(s) and timestamp(s) are intact and passed validation.", nullptr, int(signatures.size()));
        if (std::any_of(signatures.begin(), signatures.end(), [](const SignatureInfo &s) { return !validated(s); }))
            c.reason = Tr::tr("All %n signature(s) and timestamp(s) are intact.", nullptr, int(signatures.size()));
    }
    return c;
}

// The chain certificates (below the anchor) for which the document carries no revocation data.
QStringList certificatesWithoutRevocation(const SignatureInfo &s)
{
    QStringList missing;
    for (int i = 0; i + 1 < s.chain.size(); ++i) {
        const QString name = s.chain[i].commonName.isEmpty() ? s.chain[i].subject : s.chain[i].commonName;
        const bool covered = std::any_of(s.revocation.begin(), s.revocation.end(), [&](const RevocationInfo &r) {
            return r.certificate == name && (r.status == QLatin1String("good") || r.status == QLatin1String("revoked"));
        });
        if (!covered)
            missing << name;
    }
    return missing;
}

PreservationCheck validationMaterialCheck(const QList<SignatureInfo> &signatures)
{
    PreservationCheck c{QStringLiteral("validation-material"), CheckState::Pass,
                        Tr::tr("Validation material embedded for each signature"), {}};
    if (signatures.isEmpty()) {
        c.state = CheckState::NotApplicable;
        c.reason = Tr::tr("The document has no signatures.");
        return c;
    }
    QStringList lacking;
    for (int i = 0; i < signatures.size(); ++i) {
        const SignatureInfo &s = signatures[i];
        if (s.validationDataEmbedded)
            continue;
        const QString label = signatureLabel(s, i);
        const QStringList missing = certificatesWithoutRevocation(s);
        if (s.chain.size() < 2)
            lacking << Tr::tr("%1: the certificate chain cannot be completed from what the document holds.").arg(label);
        else if (missing.size() == 1 && missing.first() == (s.chain.first().commonName.isEmpty() ? s.chain.first().subject : s.chain.first().commonName))
            lacking << Tr::tr("%1 has no revocation data embedded for its signer certificate.").arg(label);
        else if (!missing.isEmpty())
            lacking << Tr::tr("%1 has no revocation data embedded for these certificates: %2.").arg(label, missing.join(QStringLiteral(", ")));
        else
            lacking << Tr::tr("%1 lacks some of the revocation data needed to validate it later.").arg(label);
    }
    if (lacking.isEmpty()) {
        c.reason = Tr::tr("Certificates and revocation data for all %n signature(s) are in the document, so they can be validated after the certificates expire.",
                          nullptr, int(signatures.size()));
        return c;
    }
    c.state = CheckState::Warning;
    c.reason = joined(lacking) + QLatin1Char(' ')
             + Tr::tr("Without it the signature cannot be validated once its certificates expire or the issuer's services close.");
    return c;
}

PreservationCheck changesCheck(const QList<SignatureInfo> &signatures)
{
    PreservationCheck c{QStringLiteral("changes-after-signing"), CheckState::Pass,
                        Tr::tr("No change after signing that was not permitted"), {}};
    if (signatures.isEmpty()) {
        c.state = CheckState::NotApplicable;
        c.reason = Tr::tr("The document has no signatures.");
        return c;
    }
    QStringList refused, unknown;
    int permitted = 0;
    for (int i = 0; i < signatures.size(); ++i) {
        const SignatureInfo &s = signatures[i];
        const QString label = signatureLabel(s, i);
        if (s.modificationsAfter == QLatin1String("not-permitted")) {
            QStringList what;
            for (const ModificationInfo &m : s.modifications) {
                if (!m.permitted)
                    what << sentence(m.revision > 0 ? Tr::tr("Revision %1: %2").arg(m.revision).arg(m.description) : m.description);
            }
            refused << Tr::tr("After %1, changes were made that it does not permit.").arg(label)
                           + (what.isEmpty() ? QString() : QLatin1Char(' ') + joined(what, 2));
        } else if (s.modificationsAfter == QLatin1String("permitted")) {
            ++permitted;
        } else if (s.modificationsAfter != QLatin1String("none")) {
            unknown << label;
        }
    }
    if (!refused.isEmpty()) {
        c.state = CheckState::Fail;
        c.reason = joined(refused);
    } else if (!unknown.isEmpty()) {
        c.state = CheckState::Warning;
        c.reason = Tr::tr("Changes after signing were not examined for %1.").arg(unknown.join(QStringLiteral(", ")));
    } else if (permitted > 0) {
        c.reason = Tr::tr("The document changed after %n signature(s), only in permitted ways (validation data, timestamps, form filling, further signatures).", nullptr, permitted);
    } else {
        c.reason = Tr::tr("Nothing was changed after any signature.");
    }
    return c;
}

PreservationCheck personalDataCheck(const QList<SignatureInfo> &signatures)
{
    PreservationCheck c{QStringLiteral("personal-data"), CheckState::Pass, Tr::tr("Personal data"), {}};
    QStringList found;
    for (int i = 0; i < signatures.size(); ++i) {
        const SignatureInfo &s = signatures[i];
        if (!s.personalNumber.isPresent())
            continue;
        // The assessment was masked before the checks (see preservationVerdict).
        found << Tr::tr("%1: the certificate's %2 holds a personal identifier (%3, %4).")
                     .arg(signatureLabel(s, i), s.personalNumber.field, s.personalNumber.type, s.personalNumber.value);
    }
    if (found.isEmpty()) {
        c.reason = Tr::tr("No personal identity numbers in the signers' certificates (the page text is not searched).");
        return c;
    }
    // Personal identity numbers are normal in Swedish e-signatures: the archive must know, not refuse.
    c.state = CheckState::Info;
    c.reason = joined(found) + QLatin1Char(' ') + Tr::tr("Handle the document as containing personal data.");
    return c;
}

// A limit or a cancellation leaves the other checks on partial results; say so first.
std::optional<PreservationCheck> assessmentCheck(const Assessment &a)
{
    if (a.status == AssessmentStatus::Error) {
        return PreservationCheck{QStringLiteral("assessment"), CheckState::Fail, Tr::tr("Document could be assessed"),
                                 Tr::tr("The document could not be assessed: %1").arg(a.error)};
    }
    for (const Finding &f : a.findings) {
        if (f.code == QLatin1String("limit"))
            return PreservationCheck{QStringLiteral("assessment"), CheckState::Warning, Tr::tr("Document could be assessed"), f.message};
    }
    return std::nullopt;
}

} // namespace

PreservationVerdict preservationVerdict(const Assessment &original)
{
    // Personal numbers masked always, wherever they occur (a common name often holds one): the
    // checklist is shown, printed and exported without asking.
    const Assessment a = report::withPersonalNumbersMasked(original);
    PreservationVerdict verdict;
    if (std::optional<PreservationCheck> assessed = assessmentCheck(a))
        verdict.checks << *assessed;
    if (a.status == AssessmentStatus::Ok) {
        verdict.checks << pdfaCheck(a.pdfa) << encryptionCheck(a.identity) << activeContentCheck(a.activeContent)
                       << integrityCheck(a.signatures) << validationMaterialCheck(a.signatures)
                       << changesCheck(a.signatures) << personalDataCheck(a.signatures);
    } else if (a.identity.encrypted) {
        verdict.checks << encryptionCheck(a.identity);
    }
    const auto has = [&](CheckState state) {
        return std::any_of(verdict.checks.begin(), verdict.checks.end(), [state](const PreservationCheck &c) { return c.state == state; });
    };
    verdict.readiness = has(CheckState::Fail) ? Readiness::NotReady : has(CheckState::Warning) ? Readiness::NeedsReview : Readiness::Ready;
    return verdict;
}

QString toString(CheckState state)
{
    switch (state) {
    case CheckState::Pass: return QStringLiteral("pass");
    case CheckState::Info: return QStringLiteral("info");
    case CheckState::Warning: return QStringLiteral("warning");
    case CheckState::Fail: return QStringLiteral("fail");
    case CheckState::NotApplicable: break;
    }
    return QStringLiteral("not-applicable");
}

QString toString(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready: return QStringLiteral("ready");
    case Readiness::NeedsReview: return QStringLiteral("needs-review");
    case Readiness::NotReady: break;
    }
    return QStringLiteral("not-ready");
}

QString checkStateText(CheckState state)
{
    switch (state) {
    // Words for a requirement: met or not, rather than the passed/failed of a signature's validation.
    case CheckState::Pass: return Tr::tr("Met");
    case CheckState::Info: return Tr::tr("Note");
    case CheckState::Warning: return Tr::tr("Needs review");
    case CheckState::Fail: return Tr::tr("Not met");
    case CheckState::NotApplicable: break;
    }
    return Tr::tr("Not applicable");
}

QString readinessText(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready: return Tr::tr("Ready for transfer");
    case Readiness::NeedsReview: return Tr::tr("Needs review");
    case Readiness::NotReady: break;
    }
    return Tr::tr("Not ready");
}

QString readinessSummary(const PreservationVerdict &verdict)
{
    const int total = int(verdict.checks.size());
    const auto count = [&](CheckState state) {
        return int(std::count_if(verdict.checks.begin(), verdict.checks.end(), [state](const PreservationCheck &c) { return c.state == state; }));
    };
    switch (verdict.readiness) {
    case Readiness::NotReady:
        return Tr::tr("Not ready: %1 of %n requirement(s) not met", nullptr, total).arg(count(CheckState::Fail));
    case Readiness::NeedsReview:
        return Tr::tr("Needs review: %1 of %n requirement(s) need a person to decide", nullptr, total).arg(count(CheckState::Warning));
    case Readiness::Ready:
        break;
    }
    return Tr::tr("Ready for transfer: all %n requirement(s) met or not applicable", nullptr, total);
}

QJsonObject toJson(const PreservationVerdict &verdict)
{
    QJsonArray checks;
    for (const PreservationCheck &c : verdict.checks) {
        checks.append(QJsonObject{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("state"), toString(c.state)},
                                  {QStringLiteral("title"), c.title},
                                  {QStringLiteral("reason"), c.reason}});
    }
    return {{QStringLiteral("verdict"), toString(verdict.readiness)}, {QStringLiteral("checks"), checks}};
}

} // namespace granska
