// Revocation checking from embedded material only (no network): OCSP responses (RFC 6960) and
// CRLs (RFC 5280) are verified against the certificate's issuer and applied to the certificate.
#pragma once

#include "OpenSsl.h"
#include "SecurityStore.h"
#include "assessment/Assessment.h"

#include <QHash>
#include <memory>
#include <vector>

namespace granska {

// What one validation run learnt from the CRLs and OCSP responses it read, so that each is parsed
// once and each (certificate, CRL) pair judged once. Documents carry CRLs of several hundred
// kilobytes and dozens of OCSP responses, and every certificate of every signature's chain is
// checked against each of them, twice (all the material, and the document's own): parsing them
// again took most of the validation time. Not thread-safe: one per document.
class RevocationCache {
public:
    RevocationCache();
    ~RevocationCache();
    RevocationCache(const RevocationCache &) = delete;
    RevocationCache &operator=(const RevocationCache &) = delete;

private:
    friend QList<RevocationInfo> revocationFor(X509 *, X509 *, const ValidationMaterial &, const std::vector<X509 *> &,
                                               const std::vector<X509 *> &, RevocationCache *);
    struct Data;
    std::unique_ptr<Data> d;
};

// What the material says about `certificate` (issued by `issuer`): one entry per OCSP response or
// CRL that covers it. `helpers` are further certificates that may have signed an OCSP response;
// `ancestors` are the CAs above the issuer, which may have designated a responder. `cache`, when
// given, spares parsing a CRL or OCSP response again, and checking a CRL again.
QList<RevocationInfo> revocationFor(X509 *certificate, X509 *issuer, const ValidationMaterial &material,
                                    const std::vector<X509 *> &helpers, const std::vector<X509 *> &ancestors = {},
                                    RevocationCache *cache = nullptr);

} // namespace granska
