// The validation of one signature in the sense of ETSI EN 319 102-1, offline: identification of
// the signing certificate, cryptographic verification, the certificate chain to a trust anchor at
// the validation time, revocation from the material embedded in the document, proof of existence
// from trusted timestamps, and the conclusion TOTAL-PASSED / INDETERMINATE / TOTAL-FAILED with its
// sub-indication. Also the PAdES baseline level the signature reaches (ETSI EN 319 142-1).
#pragma once

#include "ByteRange.h"
#include "CmsVerifier.h"
#include "SecurityStore.h"
#include "TrustStore.h"
#include "assessment/Assessment.h"

#include <QDateTime>
#include <memory>

namespace granska {

class RevocationCache;

struct ValidationPolicy {
    enum class Time { Now, SigningTime, Given };
    Time time = Time::Now;
    QDateTime given; // for Time::Given
};

// What the validator needs to know about the document as a whole.
struct DocumentEvidence {
    SecurityStore store;
    // Document timestamps (RFC 3161 over a revision), in file order.
    struct DocumentTimestamp {
        TimestampInfo info;
        qint64 coveredEnd = 0;  // end of the bytes it covers
        bool typeDocTimeStamp = false; // its dictionary says /Type /DocTimeStamp
        QList<CertificateInfo> certificates;
    };
    QList<DocumentTimestamp> documentTimestamps;
    // The certification signature's DocMDP permissions (P), which bind every later change; 0 when
    // the document is not certified.
    int certificationLevel = 0;
    qint64 certifiedUpTo = 0; // the end of the certification signature's byte range
};

class SignatureValidator {
public:
    // The trust store must outlive the validator.
    SignatureValidator(const TrustStore &trust, const ValidationPolicy &policy);
    ~SignatureValidator();

    // Fills the validation fields of `signature` (indication, chain, timestamps' trust,
    // revocation, level, kind) from its integrity result and the embedded material.
    void validate(SignatureInfo &signature, const CmsCheck &cms, const ByteRangeCheck &range, const QByteArray &contents,
                  const DocumentEvidence &evidence) const;

private:
    const TrustStore &m_trust;
    struct Anchors;
    std::unique_ptr<Anchors> m_anchors;
    std::unique_ptr<RevocationCache> m_revocations; // shared by the document's signatures
    struct Certificates;
    std::unique_ptr<Certificates> m_certificates;   // parsed once for the document
    ValidationPolicy m_policy;
};

} // namespace granska
