// A certificate revocation list (RFC 5280, 5.1) read from its encoding for the three questions
// revocation checking asks of it: who issued it and when, whether the issuer's key signed it, and
// whether it lists a given certificate. A CA's list runs to megabytes and tens of thousands of
// entries, and building OpenSSL's structure for every entry cost more than the rest of a
// signature's validation; the list is read in place instead, and the signature verified over the
// bytes as signed. OpenSSL's parser still decides whenever the encoding is not plain DER as
// expected, and whenever an entry names the certificate (so reason codes, indirect CRLs and
// delta CRLs are read exactly as OpenSSL reads them).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <memory>
#include <optional>
#include <utility>
#include <vector>
#include <openssl/x509.h>

namespace granska {

class RevocationList {
public:
    explicit RevocationList(const QByteArray &der);
    ~RevocationList();
    RevocationList(const RevocationList &) = delete;
    RevocationList &operator=(const RevocationList &) = delete;

    // False when the bytes are not a CRL at all: then it says nothing about any certificate.
    bool readable() const;
    const X509_NAME *issuer() const; // null when unreadable
    QDateTime thisUpdate() const;
    QDateTime nextUpdate() const;    // invalid when absent
    // Whether `key` verifies the signature, over the signed part as encoded, with the algorithm
    // named both inside and outside the signed part (they must agree).
    bool signedBy(EVP_PKEY *key) const;

    enum class Listing { NotListed, Revoked, Unreadable };
    // Whether the list names `certificate` as revoked (an entry of its issuer with its serial
    // number that does not remove it again); `when` receives the revocation date. Unreadable when
    // OpenSSL, asked because an entry has the serial number, cannot parse the list.
    Listing listing(X509 *certificate, QDateTime *when) const;

private:
    struct Layout;
    X509_CRL *parsed() const; // OpenSSL's parse, made the first time it is needed
    std::optional<bool> verifyDirectly(EVP_PKEY *key) const;
    QByteArray m_der;
    std::unique_ptr<Layout> m_layout; // null when the encoding is left to OpenSSL
    mutable std::shared_ptr<X509_CRL> m_parsed;
    mutable bool m_parseTried = false;
    // Keys the signature was checked with, and the answers: a list of hundreds of kilobytes is
    // hashed once, however many certificates of the same issuer are looked up in it.
    mutable std::vector<std::pair<std::shared_ptr<EVP_PKEY>, bool>> m_verified;
};

} // namespace granska
