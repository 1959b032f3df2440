#include "RevocationList.h"

#include "Der.h"
#include "OpenSsl.h"

#include <optional>

namespace granska {
namespace {

using der::Element;

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

// The next element of `reader` when it has the tag and a definite length; the fast path reads
// nothing else (BER's indefinite lengths are left to OpenSSL).
std::optional<Element> nextWithTag(der::Reader &reader, unsigned char tag)
{
    std::optional<Element> e = reader.next();
    if (!e || e->tag != tag || static_cast<unsigned char>(e->whole[1]) == 0x80)
        return std::nullopt;
    return e;
}

bool isTime(const Element &e)
{
    return (e.tag == kUtcTime || e.tag == kGeneralizedTime) && static_cast<unsigned char>(e.whole[1]) != 0x80;
}

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

// SEQUENCE OF Extension { extnID OBJECT IDENTIFIER, critical BOOLEAN OPTIONAL, extnValue OCTET STRING }
bool isExtensionList(QByteArrayView content)
{
    der::Reader list(content);
    while (!list.atEnd()) {
        const std::optional<Element> extension = nextWithTag(list, kSequence);
        if (!extension)
            return false;
        der::Reader fields(extension->content);
        const std::optional<Element> id = nextWithTag(fields, kObjectIdentifier);
        if (!id || !isObjectIdentifier(id->content))
            return false;
        std::optional<Element> field = fields.next();
        if (field && field->tag == kBoolean) {
            if (field->content.size() != 1)
                return false;
            field = fields.next();
        }
        if (!field || field->tag != kOctetString || static_cast<unsigned char>(field->whole[1]) == 0x80 || !fields.atEnd())
            return false;
    }
    return true;
}

// revokedCertificate ::= SEQUENCE { userCertificate INTEGER, revocationDate Time, crlEntryExtensions OPTIONAL }
std::optional<QByteArrayView> entrySerial(const Element &entry)
{
    if (entry.tag != kSequence || static_cast<unsigned char>(entry.whole[1]) == 0x80)
        return std::nullopt;
    der::Reader fields(entry.content);
    const std::optional<Element> serial = nextWithTag(fields, kInteger);
    if (!serial || !isInteger(serial->content))
        return std::nullopt;
    const std::optional<Element> date = fields.next();
    if (!date || !isTime(*date))
        return std::nullopt;
    if (!fields.atEnd()) {
        const std::optional<Element> extensions = nextWithTag(fields, kSequence);
        if (!extensions || !isExtensionList(extensions->content) || !fields.atEnd())
            return std::nullopt;
    }
    return serial->content;
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
    QByteArrayView entries;     // content of revokedCertificates; empty when there are none
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
        der::Reader whole(der);
        const std::optional<Element> list = nextWithTag(whole, kSequence);
        if (!list)
            return false;
        der::Reader parts(list->content);
        const std::optional<Element> tbs = nextWithTag(parts, kSequence);
        const std::optional<Element> outerAlgorithm = nextWithTag(parts, kSequence);
        const std::optional<Element> signatureValue = nextWithTag(parts, kBitString);
        if (!tbs || !outerAlgorithm || !signatureValue || !parts.atEnd())
            return false;
        signedPart = tbs->whole;
        algorithm.reset(decode(d2i_X509_ALGOR, outerAlgorithm->whole));
        signature.reset(decode(d2i_ASN1_BIT_STRING, signatureValue->whole));

        der::Reader fields(tbs->content);
        std::optional<Element> field = fields.next();
        if (field && field->tag == kInteger) {
            if (!isInteger(field->content))
                return false;
            field = fields.next();
        }
        if (!field || field->tag != kSequence)
            return false;
        signedAlgorithm.reset(decode(d2i_X509_ALGOR, field->whole));
        field = fields.next();
        if (!field || field->tag != kSequence)
            return false;
        issuer.reset(decode(d2i_X509_NAME, field->whole));
        field = fields.next();
        if (!field || !isTime(*field))
            return false;
        thisUpdate.reset(decode(d2i_ASN1_TIME, field->whole));
        field = fields.next();
        if (field && isTime(*field)) {
            nextUpdate.reset(decode(d2i_ASN1_TIME, field->whole));
            if (!nextUpdate)
                return false;
            field = fields.next();
        }
        if (field && field->tag == kSequence) {
            if (static_cast<unsigned char>(field->whole[1]) == 0x80)
                return false;
            entries = field->content;
            field = fields.next();
        }
        if (field && field->tag == kExtensionsTag) {
            der::Reader inside(field->content);
            const std::optional<Element> extensions = nextWithTag(inside, kSequence);
            if (static_cast<unsigned char>(field->whole[1]) == 0x80 || !extensions || !inside.atEnd()
                || !isExtensionList(extensions->content))
                return false;
            field = fields.next();
        }
        if (field || !fields.atEnd())
            return false; // something else, or an encoding the reader could not follow
        if (!algorithm || !signature || !signedAlgorithm || !issuer || !thisUpdate)
            return false;
        // Every entry is checked now, so that a list OpenSSL would reject is rejected whatever
        // certificate is asked about.
        der::Reader revoked(entries);
        while (!revoked.atEnd()) {
            const std::optional<Element> entry = revoked.next();
            if (!entry || !entrySerial(*entry))
                return false;
        }
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

bool RevocationList::signedBy(EVP_PKEY *key) const
{
    if (!key)
        return false;
    bool verified = false;
    if (!m_layout) {
        X509_CRL *crl = parsed();
        verified = crl && X509_CRL_verify(crl, key) == 1;
    } else if (X509_ALGOR_cmp(m_layout->algorithm.get(), m_layout->signedAlgorithm.get()) == 0) {
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
    return verified;
}

RevocationList::Listing RevocationList::listing(X509 *certificate, QDateTime *when) const
{
    const ASN1_INTEGER *serial = certificate ? X509_get0_serialNumber(certificate) : nullptr;
    if (m_layout && serial) {
        unsigned char *encoded = nullptr;
        const int length = i2d_ASN1_INTEGER(serial, &encoded);
        const std::optional<Element> wanted = length > 0 ? der::readElement(QByteArrayView(encoded, length)) : std::nullopt;
        bool named = !wanted;
        der::Reader entries(m_layout->entries);
        while (!named && !entries.atEnd()) {
            const std::optional<Element> entry = entries.next();
            const std::optional<QByteArrayView> entrySerialNumber = entry ? entrySerial(*entry) : std::nullopt;
            named = !entrySerialNumber || *entrySerialNumber == wanted->content;
        }
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
