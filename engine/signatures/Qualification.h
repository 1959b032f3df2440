// Whether a signature is qualified in the sense of eIDAS, as ETSI TS 119 615 describes it: the
// signer's certificate must come from a qualified CA service of a trusted list, granted at the
// signing time, and the list's qualifiers (or, where they defer to it, the certificate's QC
// statements) say whether it is a qualified certificate, for signatures or for seals, and whether
// the key was on a qualified signature creation device.
#pragma once

#include "TrustStore.h"
#include "assessment/Assessment.h"

namespace granska {

struct QualificationResult {
    QString qualification; // "QES", "QESeal", "AdES-QC", "AdES", or empty when the signature is not even AdES
    QString detail;        // the reasons, in plain words
    bool seal = false;     // the certificate is for electronic seals (a legal person)
};

// `issuer` is the signer certificate's issuer (from the chain), when known. `time` is the best
// signature time.
QualificationResult qualify(const SignatureInfo &signature, const CertificateInfo &signer, const CertificateInfo *issuer,
                            const QList<TrustedService> &services, const QDateTime &time);

} // namespace granska
