#include "ReportSignatureWords.h"

#include <QCoreApplication>

namespace granska::report {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::AssessmentReport)
};

// The sub-indications of ETSI EN 319 102-1 (clause 5.1.3) in plain words, written to follow
// "Failed: " or "Indeterminate: ". The codes stay in the report as well: they are what a
// specialist, or another validator's report, speaks.
struct SubIndicationText {
    const char *code;
    const char *reason;
};

const SubIndicationText kSubIndications[] = {
    {"HASH_FAILURE", QT_TRANSLATE_NOOP("granska::AssessmentReport", "the signed bytes changed")},
    {"SIG_CRYPTO_FAILURE", QT_TRANSLATE_NOOP("granska::AssessmentReport", "the signature value does not match the signer's key")},
    {"FORMAT_FAILURE", QT_TRANSLATE_NOOP("granska::AssessmentReport", "the signature does not follow the rules of its format")},
    {"REVOKED", QT_TRANSLATE_NOOP("granska::AssessmentReport", "a certificate was revoked before the signature was proven to exist")},
    {"REVOKED_NO_POE", QT_TRANSLATE_NOOP("granska::AssessmentReport", "a certificate was revoked, and it cannot be shown that the signature was made before")},
    {"REVOKED_CA_NO_POE", QT_TRANSLATE_NOOP("granska::AssessmentReport", "an issuing certificate was revoked, and it cannot be shown that the signature was made before")},
    {"NOT_YET_VALID", QT_TRANSLATE_NOOP("granska::AssessmentReport", "the signer's certificate was not yet valid when the signature was made")},
    {"EXPIRED", QT_TRANSLATE_NOOP("granska::AssessmentReport", "the signer's certificate had expired when the signature was made")},
    {"OUT_OF_BOUNDS_NO_POE", QT_TRANSLATE_NOOP("granska::AssessmentReport", "the signer's certificate has expired and no timestamp proves the signature was made in time")},
    {"OUT_OF_BOUNDS_NOT_REVOKED", QT_TRANSLATE_NOOP("granska::AssessmentReport", "the signer's certificate has expired (it was not revoked), and no timestamp proves the signature was made in time")},
    {"NO_CERTIFICATE_CHAIN_FOUND", QT_TRANSLATE_NOOP("granska::AssessmentReport", "no chain to a trusted certificate was found")},
    {"CHAIN_CONSTRAINTS_FAILURE", QT_TRANSLATE_NOOP("granska::AssessmentReport", "the certificate chain breaks a rule of certificate paths")},
    {"CERTIFICATE_CHAIN_GENERAL_FAILURE", QT_TRANSLATE_NOOP("granska::AssessmentReport", "the certificate chain could not be validated")},
    {"NO_SIGNING_CERTIFICATE_FOUND", QT_TRANSLATE_NOOP("granska::AssessmentReport", "the signer's certificate could not be identified")},
    {"CRYPTO_CONSTRAINTS_FAILURE", QT_TRANSLATE_NOOP("granska::AssessmentReport", "an algorithm or key size is not acceptable")},
    {"CRYPTO_CONSTRAINTS_FAILURE_NO_POE", QT_TRANSLATE_NOOP("granska::AssessmentReport", "the signature's algorithms could not be checked or are no longer accepted")},
    {"SIG_CONSTRAINTS_FAILURE", QT_TRANSLATE_NOOP("granska::AssessmentReport", "the signature does not meet the validation constraints")},
    {"POLICY_PROCESSING_ERROR", QT_TRANSLATE_NOOP("granska::AssessmentReport", "the signature policy could not be processed")},
    {"SIGNATURE_POLICY_NOT_AVAILABLE", QT_TRANSLATE_NOOP("granska::AssessmentReport", "the signature policy is not available")},
    {"TIMESTAMP_ORDER_FAILURE", QT_TRANSLATE_NOOP("granska::AssessmentReport", "the timestamps are not in a possible order")},
    {"NO_POE", QT_TRANSLATE_NOOP("granska::AssessmentReport", "nothing proves the signature existed while it could still be validated")},
    {"TRY_LATER", QT_TRANSLATE_NOOP("granska::AssessmentReport", "no revocation information is embedded")},
    {"SIGNED_DATA_NOT_FOUND", QT_TRANSLATE_NOOP("granska::AssessmentReport", "the signed data could not be found")},
};

} // namespace

bool hasValidationResult(const SignatureInfo &s)
{
    // Indeterminate is the default value: without a validation time or a sub-indication, no
    // validation ran.
    return s.indication != Indication::Indeterminate || s.validationTime.isValid() || !s.subIndication.isEmpty();
}

Conclusion conclusionOf(const SignatureInfo &s)
{
    if (s.integrity == Integrity::Broken || s.indication == Indication::TotalFailed)
        return Conclusion::Failed;
    if (s.indication == Indication::TotalPassed)
        return Conclusion::Passed;
    if (!hasValidationResult(s) && s.integrity == Integrity::Intact)
        return Conclusion::NotValidated;
    return Conclusion::Indeterminate;
}

QString conclusionWord(Conclusion conclusion)
{
    switch (conclusion) {
    case Conclusion::Passed: return Tr::tr("Passed");
    case Conclusion::Indeterminate: return Tr::tr("Indeterminate");
    case Conclusion::Failed: return Tr::tr("Failed");
    case Conclusion::NotValidated: break;
    }
    return Tr::tr("Not validated");
}

Tone conclusionTone(Conclusion conclusion)
{
    switch (conclusion) {
    case Conclusion::Passed: return Tone::Good;
    case Conclusion::Indeterminate: return Tone::Caution;
    case Conclusion::Failed: return Tone::Bad;
    case Conclusion::NotValidated: break;
    }
    return Tone::Neutral;
}

QString etsiIndication(const SignatureInfo &s)
{
    if (!hasValidationResult(s))
        return {};
    const QString indication = toString(s.indication);
    return s.subIndication.isEmpty() ? indication : QStringLiteral("%1 / %2").arg(indication, s.subIndication);
}

QString conclusionReason(const SignatureInfo &s)
{
    const Conclusion conclusion = conclusionOf(s);
    if (conclusion == Conclusion::Passed || conclusion == Conclusion::NotValidated)
        return {};
    // The engine reports a change the certification does not allow as a format failure; the
    // archivist needs to read what happened, not which rule caught it.
    if (s.subIndication == QLatin1String("FORMAT_FAILURE") && s.modificationsAfter == QLatin1String("not-permitted"))
        return Tr::tr("the document was changed after signing in a way the signature does not permit");
    if (s.subIndication.isEmpty() && s.integrity == Integrity::Broken)
        return Tr::tr("the signature is broken");
    if (s.subIndication.isEmpty() && s.integrity == Integrity::Unverifiable)
        return Tr::tr("the signature could not be checked");
    for (const SubIndicationText &known : kSubIndications) {
        if (s.subIndication == QLatin1String(known.code))
            return Tr::tr(known.reason);
    }
    return conclusion == Conclusion::Failed ? Tr::tr("the signature is not valid") : Tr::tr("the signature could not be confirmed valid");
}

QString conclusionSentence(const SignatureInfo &s)
{
    const Conclusion conclusion = conclusionOf(s);
    const QString reason = conclusionReason(s);
    if (reason.isEmpty())
        return conclusionWord(conclusion);
    if (s.subIndication.isEmpty())
        return Tr::tr("%1: %2").arg(conclusionWord(conclusion), reason);
    return Tr::tr("%1: %2 (%3)").arg(conclusionWord(conclusion), reason, s.subIndication);
}

QString kindDescription(SignatureKind kind)
{
    switch (kind) {
    case SignatureKind::Seal: return Tr::tr("Electronic seal");
    case SignatureKind::DocumentTimestamp: return Tr::tr("Document timestamp");
    case SignatureKind::Signature: break;
    }
    return Tr::tr("Electronic signature");
}

QString qualificationWords(const QString &q, SignatureKind kind)
{
    const bool seal = kind == SignatureKind::Seal;
    if (q == QLatin1String("QES"))
        return Tr::tr("Qualified electronic signature");
    if (q == QLatin1String("QESeal"))
        return Tr::tr("Qualified electronic seal");
    if (q == QLatin1String("AdES-QC"))
        return seal ? Tr::tr("Advanced electronic seal with a qualified certificate")
                    : Tr::tr("Advanced electronic signature with a qualified certificate");
    if (q == QLatin1String("AdES"))
        return seal ? Tr::tr("Advanced electronic seal") : Tr::tr("Advanced electronic signature");
    return q;
}

Tone qualificationTone(const QString &q)
{
    // Qualification is not a verdict: an advanced signature is valid, just not qualified.
    return q == QLatin1String("QES") || q == QLatin1String("QESeal") ? Tone::Good : Tone::Neutral;
}

QString levelWords(const QString &level)
{
    if (level == QLatin1String("B-B"))
        return Tr::tr("Basic signature");
    if (level == QLatin1String("B-T"))
        return Tr::tr("Basic signature with a trusted time (timestamp)");
    if (level == QLatin1String("B-LT"))
        return Tr::tr("Timestamped, with long-term validation data");
    if (level == QLatin1String("B-LTA"))
        return Tr::tr("Long-term validation data protected by a document timestamp, for archiving");
    return {};
}

QString modificationsAfterWord(const QString &verdict)
{
    if (verdict == QLatin1String("none"))
        return Tr::tr("None");
    if (verdict == QLatin1String("permitted"))
        return Tr::tr("Permitted changes");
    if (verdict == QLatin1String("not-permitted"))
        return Tr::tr("Not permitted");
    return {};
}

Tone modificationsAfterTone(const QString &verdict)
{
    if (verdict == QLatin1String("none"))
        return Tone::Good;
    if (verdict == QLatin1String("not-permitted"))
        return Tone::Bad;
    return Tone::Neutral;
}

QString modificationKindWord(const QString &kind)
{
    if (kind == QLatin1String("validation-data"))
        return Tr::tr("Validation data added");
    if (kind == QLatin1String("document-timestamp"))
        return Tr::tr("Document timestamp added");
    if (kind == QLatin1String("signature"))
        return Tr::tr("Signature added");
    if (kind == QLatin1String("form-fill"))
        return Tr::tr("Form filled in");
    if (kind == QLatin1String("annotation"))
        return Tr::tr("Annotation");
    if (kind == QLatin1String("page-added"))
        return Tr::tr("Page added");
    if (kind == QLatin1String("page-removed"))
        return Tr::tr("Page removed");
    return Tr::tr("Other change");
}

QString certificationWords(int level)
{
    switch (level) {
    case 1: return Tr::tr("Certification signature (P=1): no changes are permitted.");
    case 2: return Tr::tr("Certification signature (P=2): filling in forms and signing are permitted.");
    case 3: return Tr::tr("Certification signature (P=3): filling in forms, signing and annotating are permitted.");
    default: break;
    }
    return Tr::tr("Approval signature: no certification.");
}

QString revocationStatusWord(const QString &status)
{
    if (status == QLatin1String("good"))
        return Tr::tr("Not revoked");
    if (status == QLatin1String("revoked"))
        return Tr::tr("Revoked");
    if (status == QLatin1String("invalid"))
        return Tr::tr("Not usable");
    return Tr::tr("Unknown");
}

Tone revocationStatusTone(const QString &status)
{
    if (status == QLatin1String("good"))
        return Tone::Good;
    if (status == QLatin1String("revoked"))
        return Tone::Bad;
    return Tone::Caution;
}

} // namespace granska::report
