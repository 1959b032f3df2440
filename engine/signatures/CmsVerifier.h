// The cryptographic integrity check of one PDF signature: the digest of the signed bytes against
// the one the signature carries, and the signature value against the signer's public key. No
// trust decisions are made here: a valid signature by an unknown key is still "intact".
#pragma once

#include "assessment/Assessment.h"

#include <QByteArrayView>
#include <QList>

namespace granska {

namespace ossl {
class FileDigests;
}


struct CmsCheck {
    Integrity integrity = Integrity::Unverifiable;
    QString detail; // plain words: what was checked and, when not intact, what failed
    QString digestAlgorithm;
    QString signatureAlgorithm;
    std::optional<CertificateInfo> signer;
    QList<CertificateInfo> certificates;
    QDateTime signingTime; // CMS signingTime attribute, or genTime of a timestamp token
    QList<TimestampInfo> signatureTimestamps; // RFC 3161 tokens over the signature value

    // Material for validation beyond integrity.
    QByteArray signatureValue;             // the SignerInfo's signature octets
    QList<QByteArray> crls;                // CRLs in SignedData.crls (DER)
    QList<QByteArray> archivedCrls;        // adbe-revocationInfoArchival CRLs (DER)
    QList<QByteArray> archivedOcsps;       // adbe-revocationInfoArchival OCSP responses (DER)
    // Whether the ESS signing-certificate(-v2) attribute names the signer's certificate; empty
    // when the signature has no such attribute.
    std::optional<bool> signingCertificateBound;
    QString signingCertificateAttribute;   // "signing-certificate-v2", "signing-certificate" or empty
    bool hasSignedAttributes = false;
    bool hasSignaturePolicy = false;       // signature-policy-identifier attribute (EPES)
    bool encapsulatesContent = false;      // eContent present (wrong under detached SubFilters)
    bool signedAttributesDer = true;
};

// The signed bytes: the pieces of the file named by /ByteRange, in order.
using SignedBytes = QList<QByteArrayView>;

// The shape of a CMS signature value, without verifying anything: for rules about its structure.
struct CmsStructure {
    bool readable = false;
    int signerInfoCount = 0;
    bool signerCertificatePresent = false; // the first signer's certificate is among the certificates
};
CmsStructure inspectCms(QByteArrayView cms);

// For the CMS-based SubFilters: adbe.pkcs7.detached, ETSI.CAdES.detached, adbe.pkcs7.sha1 and
// ETSI.RFC3161. `cms` is the DER from /Contents (trailing zero padding is ignored). `file`, when
// the signed bytes are parts of that file, spares hashing what it has hashed already.
CmsCheck verifyCmsSignature(QByteArrayView cms, const SignedBytes &signedBytes, const QString &subFilter,
                            const ossl::FileDigests *file = nullptr);

// For the legacy adbe.x509.rsa_sha1: a bare PKCS #1 signature in /Contents and the signer's
// certificate chain in /Cert (DER, signer first).
CmsCheck verifyX509RsaSha1(QByteArrayView contents, const QList<QByteArray> &certificates, const SignedBytes &signedBytes);

} // namespace granska
