// Small RAII wrappers and conversions for the OpenSSL types the signature code uses.
#pragma once

#include "assessment/Assessment.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>
#include <vector>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

namespace granska::ossl {

template <typename T, void (*Free)(T *)>
struct Deleter {
    void operator()(T *p) const { Free(p); }
};

using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Cms = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using TstInfo = std::unique_ptr<TS_TST_INFO, Deleter<TS_TST_INFO, TS_TST_INFO_free>>;

struct X509StackDeleter {
    void operator()(STACK_OF(X509) *stack) const { sk_X509_pop_free(stack, X509_free); }
};
using X509Stack = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;

QDateTime toDateTime(const ASN1_TIME *time);
QString objectName(const ASN1_OBJECT *object); // short readable name, or the dotted OID
QString hex(const unsigned char *data, size_t length);
// SHA-256 of the bytes with OpenSSL, whose SHA-NI/AVX code hashes several times faster than
// QCryptographicHash: the file's identity is hashed in full for every document assessed.
QByteArray sha256(QByteArrayView bytes);
// The digest of the pieces, in order; SHAKE256 gives 64 bytes (its use with Ed448, RFC 8419).
// Empty when it cannot be computed.
QByteArray digestOf(const EVP_MD *md, const QList<QByteArrayView> &pieces);
CertificateInfo certificateInfo(X509 *certificate);
QByteArray derOf(X509 *certificate);
// Two parts of certificateInfo, for callers that need no more: the subject's common name (or the
// whole subject when it has none) and the SHA-256 fingerprint in hex.
QString commonNameOf(X509 *certificate);
QString sha256FingerprintOf(X509 *certificate);

// The certificate with this DER encoding, parsed once per process and shared: a new reference, or
// null when the bytes are not a certificate. OpenSSL 3.0 spends most of a certificate's parse on
// decoding its public key through the provider framework (about a third of a millisecond), and a
// document repeats the same certificates in its signatures, timestamps, OCSP responses and
// security store, as a batch repeats the same CAs in every document. Thread-safe.
X509Ptr sharedCertificate(QByteArrayView der);
// Makes a certificate parsed elsewhere (inside a CMS structure, say) known to sharedCertificate.
void shareCertificate(X509 *certificate, const QByteArray &der);
// The CRL with this DER encoding, parsed once per process and shared; null when the bytes are not
// a CRL. CRLs run to megabytes, and the documents of one issuer embed the same ones. Thread-safe.
std::shared_ptr<X509_CRL> sharedCrl(QByteArrayView der);

// The SHA-256 of a file, computed once, with the hashing state kept every kCheckpointBytes so that
// the digest of a signature's byte range, which starts at the file's first byte and runs to its
// /Contents, resumes from the last state before the /Contents. A document with several signatures
// and timestamps otherwise hashes nearly all of itself again for each of them.
class FileDigests {
public:
    explicit FileDigests(QByteArrayView file);
    ~FileDigests();
    FileDigests(const FileDigests &) = delete;
    FileDigests &operator=(const FileDigests &) = delete;

    QByteArray fileSha256() const { return m_fileSha256; }
    // The digest of the pieces, in order; pieces starting at the file's first byte share the work
    // already done for SHA-256. Empty when the digest cannot be computed.
    QByteArray digest(const EVP_MD *md, const QList<QByteArrayView> &pieces) const;

private:
    // Keeping a state costs about what hashing a few hundred bytes does.
    static constexpr qsizetype kCheckpointBytes = 32 * 1024;
    QByteArrayView m_file;
    QByteArray m_fileSha256;
    std::vector<MdCtx> m_checkpoints; // [i]: the state after the first i * kCheckpointBytes bytes
};

// The provider's implementation of a digest such as EVP_sha256(), fetched once per process.
// OpenSSL 3 looks the implementation up again on every use of the legacy handle.
const EVP_MD *fetched(const EVP_MD *digest);

// Empties OpenSSL's error queue after a failure that has been handled, so that a later check does
// not read it. (Its text is never shown: findings say what failed in their own words.)
void clearErrors();

} // namespace granska::ossl
