#include "Assessment.h"

#include <algorithm>

namespace granska {

bool operator==(const CertificateInfo &a, const CertificateInfo &b)
{
    return a.subject == b.subject && a.issuer == b.issuer && a.commonName == b.commonName && a.serialNumber == b.serialNumber
           && a.notBefore == b.notBefore && a.notAfter == b.notAfter && a.publicKey == b.publicKey
           && a.sha256Fingerprint == b.sha256Fingerprint && a.isCa == b.isCa && a.keyUsage == b.keyUsage
           && a.qcStatements == b.qcStatements && a.policies == b.policies && a.der == b.der;
}

QString RuleViolation::ruleId() const
{
    return QStringLiteral("%1 %2 test %3").arg(specification, clause).arg(test);
}

QString PdfaClaim::flavour() const
{
    if (!isPresent())
        return {};
    return QString::number(part) + conformance.toLower();
}

bool Assessment::hasProblems() const
{
    if (status == AssessmentStatus::Error)
        return true;
    if (pdfa.compliant.has_value() && !*pdfa.compliant)
        return true;
    for (const SignatureInfo &signature : signatures) {
        if (signature.integrity != Integrity::Intact || signature.indication == Indication::TotalFailed
            || signature.modificationsAfter == QLatin1String("not-permitted"))
            return true;
    }
    return false;
}

bool Assessment::needsAttention() const
{
    if (hasProblems())
        return false;
    for (const SignatureInfo &signature : signatures) {
        if (signature.indication == Indication::Indeterminate)
            return true;
    }
    return false;
}

QString toString(Integrity integrity)
{
    switch (integrity) {
    case Integrity::Intact: return QStringLiteral("intact");
    case Integrity::Broken: return QStringLiteral("broken");
    case Integrity::Unverifiable: break;
    }
    return QStringLiteral("unverifiable");
}

std::optional<Integrity> integrityFromString(const QString &text)
{
    for (Integrity value : {Integrity::Intact, Integrity::Broken, Integrity::Unverifiable}) {
        if (toString(value) == text)
            return value;
    }
    return std::nullopt;
}

QString toString(SignatureKind kind)
{
    switch (kind) {
    case SignatureKind::DocumentTimestamp: return QStringLiteral("document-timestamp");
    case SignatureKind::Seal: return QStringLiteral("seal");
    case SignatureKind::Signature: break;
    }
    return QStringLiteral("signature");
}

QString toString(Indication indication)
{
    switch (indication) {
    case Indication::TotalPassed: return QStringLiteral("TOTAL-PASSED");
    case Indication::TotalFailed: return QStringLiteral("TOTAL-FAILED");
    case Indication::Indeterminate: break;
    }
    return QStringLiteral("INDETERMINATE");
}

QString toString(ProfileOrigin origin)
{
    switch (origin) {
    case ProfileOrigin::Claim: return QStringLiteral("claim");
    case ProfileOrigin::Requested: return QStringLiteral("requested");
    case ProfileOrigin::None: break;
    }
    return QStringLiteral("none");
}

QString toString(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: break;
    }
    return QStringLiteral("warning");
}

namespace {

constexpr ActiveContentKind kActiveContentKinds[] = {
    ActiveContentKind::JavaScript, ActiveContentKind::Launch, ActiveContentKind::RemoteGoTo,
    ActiveContentKind::EmbeddedGoTo, ActiveContentKind::ImportData, ActiveContentKind::SubmitForm,
    ActiveContentKind::Uri, ActiveContentKind::ExternalStream, ActiveContentKind::EmbeddedFile,
    ActiveContentKind::Multimedia, ActiveContentKind::Xfa, ActiveContentKind::PostScript,
};

} // namespace

QString toString(ActiveContentKind kind)
{
    switch (kind) {
    case ActiveContentKind::JavaScript: return QStringLiteral("javascript");
    case ActiveContentKind::Launch: return QStringLiteral("launch");
    case ActiveContentKind::RemoteGoTo: return QStringLiteral("goto-remote");
    case ActiveContentKind::EmbeddedGoTo: return QStringLiteral("goto-embedded");
    case ActiveContentKind::ImportData: return QStringLiteral("import-data");
    case ActiveContentKind::SubmitForm: return QStringLiteral("submit-form");
    case ActiveContentKind::Uri: return QStringLiteral("uri");
    case ActiveContentKind::ExternalStream: return QStringLiteral("external-stream");
    case ActiveContentKind::EmbeddedFile: return QStringLiteral("embedded-file");
    case ActiveContentKind::Multimedia: return QStringLiteral("multimedia");
    case ActiveContentKind::Xfa: return QStringLiteral("xfa");
    case ActiveContentKind::PostScript: return QStringLiteral("postscript");
    }
    return QStringLiteral("javascript");
}

std::optional<ActiveContentKind> activeContentKindFromString(const QString &text)
{
    for (ActiveContentKind kind : kActiveContentKinds) {
        if (toString(kind) == text)
            return kind;
    }
    return std::nullopt;
}

bool ActiveContent::contains(ActiveContentKind kind) const
{
    return std::any_of(items.begin(), items.end(), [kind](const ActiveContentItem &item) { return item.kind == kind; });
}

} // namespace granska
