// Personal identifiers in certificates: a Swedish personal identity number (personnummer) or
// co-ordination number (samordningsnummer), 12 digits with a valid check digit, or another
// national identifier in the ETSI EN 319 412-1 form ("PNOSE-...", "IDCEE-", "TINIT-" ...).
// These are personal data: shown masked unless the user asks otherwise.
#pragma once

#include "assessment/Assessment.h"

#include <openssl/x509.h>

namespace granska {

PersonalIdentifier findPersonalIdentifier(X509 *certificate);

// For tests and reuse: a 12-digit Swedish number (YYYYMMDDNNNC) with a valid Luhn check digit;
// returns "personnummer", "samordningsnummer" or empty.
QString swedishIdentityKind(const QString &digits);

// True when the certificate names a legal person (an electronic seal): QcType eseal, a legal-person
// semantics identifier, or an organisation identifier without any natural-person name attribute.
bool isLegalPersonCertificate(X509 *certificate, const CertificateInfo &info);

} // namespace granska
