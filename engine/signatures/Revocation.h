// Revocation checking from embedded material only (no network): OCSP responses (RFC 6960) and
// CRLs (RFC 5280) are verified against the certificate's issuer and applied to the certificate.
#pragma once

#include "OpenSsl.h"
#include "SecurityStore.h"
#include "assessment/Assessment.h"

#include <vector>

namespace granska {

// What the material says about `certificate` (issued by `issuer`): one entry per OCSP response or
// CRL that covers it. `helpers` are further certificates that may have signed an OCSP response;
// `ancestors` are the CAs above the issuer, which may have designated a responder.
QList<RevocationInfo> revocationFor(X509 *certificate, X509 *issuer, const ValidationMaterial &material,
                                    const std::vector<X509 *> &helpers, const std::vector<X509 *> &ancestors = {});

} // namespace granska
