#include "RevocationList.h"

#include "OpenSsl.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace granska {
namespace {

template <typename T, void (*Free)(T *)>
using Owned = std::unique_ptr<T, ossl::Deleter<T, Free>>;

constexpr unsigned char kInteger = 0x02;
constexpr unsigned char kBitString = 0x03;
constexpr unsigned char kOctetString = 0x04;
constexpr unsigned char kBoolean = 0x01;
constexpr unsigned char kObjectIdentifier = 0x06;
constexpr unsigned char kUtcTime = 0x17;
constexpr unsigned char kGeneralizedTime = 0x18;
constexpr unsigned char kSequence = 0x30;
constexpr unsigned char kExtensionsTag = 0xa0; // [0] EXPLICIT

// The padding rule OpenSSL's INTEGER decoder enforces (the first nine bits not all equal, except
// for the most negative number of a length), so that what passes here is what it accepts and
// equal values have equal bytes.
bool isInteger(QByteArrayView content)
{
    if (content.isEmpty())
        return false;
    if (content.size() == 1)
        return true;
    const auto first = static_cast<unsigned char>(content[0]);
    const auto second = static_cast<unsigned char>(content[1]);
    bool padded = first == 0x00;
    if (first == 0xff) {
        for (qsizetype i = 1; i < content.size() && !padded; ++i)
            padded = content[i] != 0;
    }
    return !(padded && bool(first & 0x80) == bool(second & 0x80));
}

// OpenSSL's rule for object identifiers: the last octet ends a subidentifier, and none starts
// with 0x80.
bool isObjectIdentifier(QByteArrayView content)
{
    if (content.isEmpty() || (static_cast<unsigned char>(content.back()) & 0x80))
        return false;
    for (qsizetype i = 0; i < content.size(); ++i) {
        if (static_cast<unsigned char>(content[i]) == 0x80 && (i == 0 || !(static_cast<unsigned char>(content[i - 1]) & 0x80)))
            return false;
    }
    return true;
}

// One element: its identifier octet, its content, and the whole of it (tag and length included).
struct Element {
    unsigned char tag = 0;
    QByteArrayView content;
    QByteArrayView whole;
};

// Walks the elements of some DER content one by one. Definite lengths and low tag numbers only:
// anything else ends the walk as malformed, and the list is then left to OpenSSL.
class Cursor {
public:
    explicit Cursor(QByteArrayView data)
        : m_p(reinterpret_cast<const unsigned char *>(data.data())), m_end(m_p + data.size())
    {
    }
    bool atEnd() const { return m_p == m_end; }
    // The next element; false at the end or when it is not plain DER.
    bool next(Element &element)
    {
        if (m_end - m_p < 2 || (m_p[0] & 0x1f) == 0x1f)
            return false;
        const unsigned char first = m_p[1];
        const unsigned char *q = m_p + 2;
        qsizetype length = first;
        if (first >= 0x80) {
            const int octets = first & 0x7f;
            if (octets == 0 || octets > 4 || m_end - q < octets)
                return false;
            length = 0;
            for (int i = 0; i < octets; ++i)
                length = (length << 8) | *q++;
        }
        if (m_end - q < length)
            return false;
        element = {m_p[0], QByteArrayView(q, length), QByteArrayView(m_p, q + length - m_p)};
        m_p = q + length;
        return true;
    }
    // The next element's content, when it has the wanted tag.
    bool expect(unsigned char wanted, QByteArrayView &content)
    {
        Element element;
        if (!next(element) || element.tag != wanted)
            return false;
        content = element.content;
        return true;
    }

private:
    const unsigned char *m_p;
    const unsigned char *m_end;
};

bool isTime(const Element &e)
{
    return e.tag == kUtcTime || e.tag == kGeneralizedTime;
}

// SEQUENCE OF Extension { extnID OBJECT IDENTIFIER, critical BOOLEAN OPTIONAL, extnValue OCTET STRING }
bool isExtensionList(QByteArrayView content)
{
    Cursor list(content);
    while (!list.atEnd()) {
        QByteArrayView extension;
        if (!list.expect(kSequence, extension))
            return false;
        Cursor fields(extension);
        QByteArrayView id;
        if (!fields.expect(kObjectIdentifier, id) || !isObjectIdentifier(id))
            return false;
        Element field;
        if (!fields.next(field))
            return false;
        if (field.tag == kBoolean && (field.content.size() != 1 || !fields.next(field)))
            return false;
        if (field.tag != kOctetString || !fields.atEnd())
            return false;
    }
    return true;
}

// revokedCertificate ::= SEQUENCE { userCertificate INTEGER, revocationDate Time, crlEntryExtensions OPTIONAL }
std::optional<QByteArrayView> entrySerial(Cursor &entries)
{
    QByteArrayView entry;
    if (!entries.expect(kSequence, entry))
        return std::nullopt;
    Cursor fields(entry);
    QByteArrayView serial;
    if (!fields.expect(kInteger, serial) || !isInteger(serial))
        return std::nullopt;
    Element date;
    if (!fields.next(date) || !isTime(date))
        return std::nullopt;
    if (!fields.atEnd()) {
        QByteArrayView extensions;
        if (!fields.expect(kSequence, extensions) || !isExtensionList(extensions) || !fields.atEnd())
            return std::nullopt;
    }
    return serial;
}

template <typename T>
T *decode(T *(*d2i)(T **, const unsigned char **, long), QByteArrayView whole)
{
    const auto *p = reinterpret_cast<const unsigned char *>(whole.data());
    return d2i(nullptr, &p, long(whole.size()));
}

} // namespace

struct RevocationList::Layout {
    QByteArrayView signedPart;  // the TBSCertList element, as signed
    std::vector<QByteArrayView> serials; // the entries' serial numbers (content octets), sorted
    Owned<X509_ALGOR, X509_ALGOR_free> algorithm;       // outside the signed part
    Owned<X509_ALGOR, X509_ALGOR_free> signedAlgorithm; // inside it
    Owned<ASN1_BIT_STRING, ASN1_BIT_STRING_free> signature;
    Owned<X509_NAME, X509_NAME_free> issuer;
    Owned<ASN1_TIME, ASN1_TIME_free> thisUpdate;
    Owned<ASN1_TIME, ASN1_TIME_free> nextUpdate;

    // CertificateList ::= SEQUENCE { tbsCertList, signatureAlgorithm, signatureValue }
    // TBSCertList ::= SEQUENCE { version OPTIONAL, signature, issuer, thisUpdate, nextUpdate OPTIONAL,
    //                            revokedCertificates OPTIONAL, [0] crlExtensions OPTIONAL }
    bool read(QByteArrayView der)
    {
        Cursor whole(der); // what follows the list is ignored, as OpenSSL ignores it
        QByteArrayView list;
        if (!whole.expect(kSequence, list))
            return false;
        Cursor parts(list);
        Element tbs, outerAlgorithm, signatureValue;
        if (!parts.next(tbs) || tbs.tag != kSequence || !parts.next(outerAlgorithm) || outerAlgorithm.tag != kSequence
            || !parts.next(signatureValue) || signatureValue.tag != kBitString || !parts.atEnd())
            return false;
        signedPart = tbs.whole;
        algorithm.reset(decode(d2i_X509_ALGOR, outerAlgorithm.whole));
        signature.reset(decode(d2i_ASN1_BIT_STRING, signatureValue.whole));

        Cursor fields(tbs.content);
        QByteArrayView entries; // content of revokedCertificates; empty when there are none
        Element field;
        bool more = fields.next(field);
        if (more && field.tag == kInteger) { // version
            if (!isInteger(field.content))
                return false;
            more = fields.next(field);
        }
        if (!more || field.tag != kSequence)
            return false;
        signedAlgorithm.reset(decode(d2i_X509_ALGOR, field.whole));
        if (!fields.next(field) || field.tag != kSequence)
            return false;
        issuer.reset(decode(d2i_X509_NAME, field.whole));
        if (!fields.next(field) || !isTime(field))
            return false;
        thisUpdate.reset(decode(d2i_ASN1_TIME, field.whole));
        more = fields.next(field);
        if (more && isTime(field)) {
            nextUpdate.reset(decode(d2i_ASN1_TIME, field.whole));
            if (!nextUpdate)
                return false;
            more = fields.next(field);
        }
        if (more && field.tag == kSequence) {
            entries = field.content;
            more = fields.next(field);
        }
        if (more && field.tag == kExtensionsTag) {
            Cursor inside(field.content);
            QByteArrayView extensions;
            if (!inside.expect(kSequence, extensions) || !inside.atEnd() || !isExtensionList(extensions))
                return false;
            more = fields.next(field);
        }
        if (more || !fields.atEnd())
            return false; // something else, or an encoding the reader could not follow
        if (!algorithm || !signature || !signedAlgorithm || !issuer || !thisUpdate)
            return false;
        // Every entry is checked now, so that a list OpenSSL would reject is rejected whatever
        // certificate is asked about.
        Cursor revoked(entries);
        while (!revoked.atEnd()) {
            const std::optional<QByteArrayView> serial = entrySerial(revoked);
            if (!serial)
                return false;
            serials.push_back(*serial);
        }
        std::sort(serials.begin(), serials.end());
        return true;
    }
};

RevocationList::RevocationList(const QByteArray &der) : m_der(der)
{
    auto layout = std::make_unique<Layout>();
    if (layout->read(m_der))
        m_layout = std::move(layout);
    ossl::clearErrors();
}

RevocationList::~RevocationList() = default;

X509_CRL *RevocationList::parsed() const
{
    if (!m_parseTried) {
        m_parseTried = true;
        m_parsed = ossl::sharedCrl(m_der);
    }
    return m_parsed.get();
}

bool RevocationList::readable() const
{
    return m_layout || parsed();
}

const X509_NAME *RevocationList::issuer() const
{
    if (m_layout)
        return m_layout->issuer.get();
    X509_CRL *crl = parsed();
    return crl ? X509_CRL_get_issuer(crl) : nullptr;
}

QDateTime RevocationList::thisUpdate() const
{
    if (m_layout)
        return ossl::toDateTime(m_layout->thisUpdate.get());
    X509_CRL *crl = parsed();
    return crl ? ossl::toDateTime(X509_CRL_get0_lastUpdate(crl)) : QDateTime();
}

QDateTime RevocationList::nextUpdate() const
{
    if (m_layout)
        return ossl::toDateTime(m_layout->nextUpdate.get());
    X509_CRL *crl = parsed();
    return crl ? ossl::toDateTime(X509_CRL_get0_nextUpdate(crl)) : QDateTime();
}

// What ASN1_item_verify does for an algorithm that names its digest (RSA with PKCS #1 v1.5,
// ECDSA, DSA) or needs none (EdDSA), done over the signed bytes where they are: ASN1_item_verify
// would first copy them twice, and a large list's pages cost more to touch than to hash.
// nullopt for the others (RSA-PSS), which are left to it.
std::optional<bool> RevocationList::verifyDirectly(EVP_PKEY *key) const
{
    const ASN1_BIT_STRING *signature = m_layout->signature.get();
    if (signature->flags & 0x7)
        return false; // unused bits in a signature value
    int digestNid = NID_undef;
    int keyNid = NID_undef;
    const ASN1_OBJECT *algorithm = nullptr;
    X509_ALGOR_get0(&algorithm, nullptr, nullptr, m_layout->algorithm.get());
    if (!OBJ_find_sigid_algs(OBJ_obj2nid(algorithm), &digestNid, &keyNid))
        return false; // an unknown signature algorithm
    if (digestNid == NID_undef && keyNid != NID_ED25519 && keyNid != NID_ED448)
        return std::nullopt;
    const EVP_MD *digest = digestNid == NID_undef ? nullptr : EVP_get_digestbynid(digestNid);
    if ((digestNid != NID_undef && !digest) || !EVP_PKEY_is_a(key, OBJ_nid2sn(keyNid)))
        return false;
    ossl::MdCtx context(EVP_MD_CTX_new());
    return context && EVP_DigestVerifyInit(context.get(), nullptr, digest, nullptr, key) == 1
           && EVP_DigestVerify(context.get(), signature->data, size_t(signature->length),
                               reinterpret_cast<const unsigned char *>(m_layout->signedPart.data()), size_t(m_layout->signedPart.size()))
                  == 1;
}

bool RevocationList::signedBy(EVP_PKEY *key) const
{
    if (!key)
        return false;
    for (const auto &[checked, answer] : m_verified) {
        if (EVP_PKEY_eq(checked.get(), key) == 1)
            return answer;
    }
    bool verified = false;
    if (!m_layout) {
        X509_CRL *crl = parsed();
        verified = crl && X509_CRL_verify(crl, key) == 1;
    } else if (X509_ALGOR_cmp(m_layout->algorithm.get(), m_layout->signedAlgorithm.get()) != 0) {
        verified = false;
    } else if (const std::optional<bool> direct = verifyDirectly(key)) {
        verified = *direct;
    } else {
        // The signed part as an opaque SEQUENCE: ASN1_ANY writes it back byte for byte, which is
        // what X509_CRL_verify hashes too (the encoding it kept when parsing).
        Owned<ASN1_TYPE, ASN1_TYPE_free> signedPart(ASN1_TYPE_new());
        ASN1_STRING *bytes = ASN1_STRING_type_new(V_ASN1_SEQUENCE);
        if (signedPart && bytes && ASN1_STRING_set(bytes, m_layout->signedPart.data(), int(m_layout->signedPart.size())) == 1) {
            ASN1_TYPE_set(signedPart.get(), V_ASN1_SEQUENCE, bytes);
            verified = ASN1_item_verify(ASN1_ITEM_rptr(ASN1_ANY), m_layout->algorithm.get(), m_layout->signature.get(),
                                        signedPart.get(), key)
                       == 1;
        } else {
            ASN1_STRING_free(bytes);
        }
    }
    ossl::clearErrors();
    if (EVP_PKEY_up_ref(key) == 1)
        m_verified.emplace_back(std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free), verified);
    return verified;
}

RevocationList::Listing RevocationList::listing(X509 *certificate, QDateTime *when) const
{
    const ASN1_INTEGER *serial = certificate ? X509_get0_serialNumber(certificate) : nullptr;
    if (m_layout && serial) {
        unsigned char *encoded = nullptr;
        const int length = i2d_ASN1_INTEGER(serial, &encoded);
        Cursor integer(QByteArrayView(encoded, std::max(length, 0)));
        QByteArrayView wanted;
        const bool read = integer.expect(kInteger, wanted);
        const bool named = !read || std::binary_search(m_layout->serials.cbegin(), m_layout->serials.cend(), wanted);
        OPENSSL_free(encoded);
        if (!named)
            return Listing::NotListed;
        // An entry has the serial number: whether it is the certificate's (its issuer may differ
        // in an indirect CRL) and what it says (a delta CRL may remove it) is OpenSSL's reading.
    }
    X509_CRL *crl = parsed();
    if (!crl)
        return Listing::Unreadable;
    X509_REVOKED *entry = nullptr;
    const bool revoked = X509_CRL_get0_by_cert(crl, &entry, certificate) == 1 && entry;
    if (revoked && when)
        *when = ossl::toDateTime(X509_REVOKED_get0_revocationDate(entry));
    ossl::clearErrors();
    return revoked ? Listing::Revoked : Listing::NotListed;
}

} // namespace granska
