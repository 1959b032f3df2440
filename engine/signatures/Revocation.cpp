#include "Revocation.h"

#include "Der.h"
#include "RevocationList.h"

#include <QCoreApplication>
#include <openssl/ocsp.h>
#include <openssl/sha.h>
#include <openssl/x509v3.h>
#include <unordered_map>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::Revocation)
};

using OcspResponse = std::unique_ptr<OCSP_RESPONSE, ossl::Deleter<OCSP_RESPONSE, OCSP_RESPONSE_free>>;
using OcspCertId = std::unique_ptr<OCSP_CERTID, ossl::Deleter<OCSP_CERTID, OCSP_CERTID_free>>;

// Names the certificate an entry is about: by its common name for people, by its fingerprint for
// matching it to a certificate of the chain.
void identify(RevocationInfo &info, X509 *certificate)
{
    info.certificate = ossl::commonNameOf(certificate);
    info.certificateSha256 = ossl::sha256FingerprintOf(certificate);
}

// The responder must be the issuer itself, or a certificate with the OCSPSigning purpose issued
// by the issuer (RFC 6960, 4.2.2.2) or by a CA above it in the same chain, which PKIs commonly
// use as their trusted responder.
bool responderAuthorised(X509 *responder, X509 *issuer, const std::vector<X509 *> &ancestors)
{
    if (X509_cmp(responder, issuer) == 0)
        return true;
    if (!(X509_get_extension_flags(responder) & EXFLAG_XKUSAGE) || !(X509_get_extended_key_usage(responder) & XKU_OCSP_SIGN))
        return false;
    std::vector<X509 *> authorities{issuer};
    authorities.insert(authorities.end(), ancestors.begin(), ancestors.end());
    for (X509 *authority : authorities) {
        if (X509_check_issued(authority, responder) != X509_V_OK)
            continue;
        EVP_PKEY *key = X509_get0_pubkey(authority);
        if (key && X509_verify(responder, key) == 1)
            return true;
    }
    return false;
}

// The subject name and the SHA-1 of the public key of a certificate, read from its encoding
// without parsing it: what an OCSP responder ID names its certificate by (RFC 6960, 4.2.1).
struct CertificateNames {
    QByteArrayView subject;
    QByteArray keySha1;
};

std::optional<CertificateNames> namesOf(QByteArrayView certificate)
{
    const std::optional<der::Element> outer = der::readElement(certificate);
    const std::optional<der::Element> tbs = outer && outer->tag == 0x30 ? der::readElement(outer->content) : std::nullopt;
    if (!tbs || tbs->tag != 0x30)
        return std::nullopt;
    der::Reader fields(tbs->content);
    std::optional<der::Element> field = fields.next();
    if (field && field->tag == 0xa0) // version
        field = fields.next();
    for (int skip = 0; skip < 3 && field; ++skip) // serial number, signature algorithm, issuer
        field = fields.next();
    if (!field) // validity
        return std::nullopt;
    const std::optional<der::Element> subject = fields.next();
    const std::optional<der::Element> keyInfo = fields.next();
    if (!subject || subject->tag != 0x30 || !keyInfo || keyInfo->tag != 0x30)
        return std::nullopt;
    der::Reader keyFields(keyInfo->content);
    keyFields.next(); // algorithm
    const std::optional<der::Element> key = keyFields.next();
    if (!key || key->tag != 0x03 || key->content.isEmpty())
        return std::nullopt;
    const QByteArrayView bits = key->content.sliced(1); // after the count of unused bits
    QByteArray digest(SHA_DIGEST_LENGTH, Qt::Uninitialized);
    SHA1(reinterpret_cast<const unsigned char *>(bits.data()), size_t(bits.size()), reinterpret_cast<unsigned char *>(digest.data()));
    return CertificateNames{subject->whole, digest};
}

// An OCSP response's signed part, and the certificates it carries for checking its signature.
// These are parsed when the signer is looked for, and then only up to the one the responder ID
// names, byte for byte: most responses carry CA certificates besides the responder's, and a
// certificate's parse is costly in OpenSSL 3.0.
struct ParsedOcsp {
    std::shared_ptr<OCSP_BASICRESP> basic;
    QList<QByteArrayView> certificateDers; // into the response's bytes, which outlive this
    mutable std::vector<ossl::X509Ptr> certificates;
    mutable bool candidatesParsed = false;

    // The carried certificates OpenSSL could take as the signer, in order: those up to the first
    // that matches the responder ID exactly, or all of them when none does (a name may match in
    // OpenSSL's comparison without matching byte for byte).
    const std::vector<ossl::X509Ptr> &signerCandidates() const
    {
        if (candidatesParsed || !basic)
            return certificates;
        candidatesParsed = true;
        const ASN1_OCTET_STRING *keyHash = nullptr;
        const X509_NAME *name = nullptr;
        OCSP_resp_get0_id(basic.get(), &keyHash, &name);
        QByteArray nameDer;
        if (name) {
            unsigned char *out = nullptr;
            const int length = i2d_X509_NAME(name, &out);
            nameDer = length > 0 ? QByteArray(reinterpret_cast<const char *>(out), length) : QByteArray();
            OPENSSL_free(out);
        }
        const QByteArray keyHashBytes = keyHash ? QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(keyHash)), ASN1_STRING_length(keyHash))
                                                : QByteArray();
        qsizetype count = certificateDers.size();
        for (qsizetype i = 0; i < certificateDers.size(); ++i) {
            const std::optional<CertificateNames> names = namesOf(certificateDers[i]);
            if (names && ((!nameDer.isEmpty() && names->subject == nameDer) || (!keyHashBytes.isEmpty() && names->keySha1 == keyHashBytes))) {
                count = i + 1;
                break;
            }
        }
        for (qsizetype i = 0; i < count; ++i) {
            if (ossl::X509Ptr certificate = ossl::sharedCertificate(certificateDers[i]))
                certificates.push_back(std::move(certificate));
        }
        return certificates;
    }
};

// A BasicOCSPResponse (RFC 6960, 4.2.1) split into its encoding without the certificates and the
// certificates' encodings. The certificates are parsed through the shared cache instead of by
// OpenSSL with the response: the responder's certificate recurs in every response a document
// embeds. Nullopt when the encoding is not the expected one; it is then parsed as it is.
struct SplitResponse {
    QByteArray withoutCertificates;
    QList<QByteArrayView> certificates;
};

std::optional<SplitResponse> splitBasicResponse(QByteArrayView der, bool unwrapped = false)
{
    const std::optional<der::Element> top = der::readElement(der);
    if (!top || top->tag != 0x30)
        return std::nullopt;
    der::Reader fields(top->content);
    std::optional<der::Element> first = fields.next();
    if (first && first->tag == 0x0a) {
        // An OCSPResponse: a successful status, then [0] ResponseBytes { OID, OCTET STRING }.
        if (first->content.size() != 1 || first->content[0] != 0)
            return std::nullopt;
        const std::optional<der::Element> wrapped = fields.next();
        const std::optional<der::Element> bytes = wrapped && wrapped->tag == 0xa0 ? der::readElement(wrapped->content) : std::nullopt;
        if (!bytes || bytes->tag != 0x30)
            return std::nullopt;
        der::Reader parts(bytes->content);
        const std::optional<der::Element> type = parts.next();
        const std::optional<der::Element> response = parts.next();
        if (!type || type->tag != 0x06 || !response || response->tag != 0x04)
            return std::nullopt;
        // One wrapper only: a response wrapped again and again must not recurse without end.
        return unwrapped ? std::nullopt : splitBasicResponse(response->content, true);
    }
    // A BasicOCSPResponse: tbsResponseData, signatureAlgorithm, signature, [0] certs.
    const std::optional<der::Element> algorithm = fields.next();
    const std::optional<der::Element> signature = fields.next();
    if (!first || first->tag != 0x30 || !algorithm || algorithm->tag != 0x30 || !signature || signature->tag != 0x03)
        return std::nullopt;
    SplitResponse split;
    const std::optional<der::Element> certs = fields.next();
    if (certs) {
        const std::optional<der::Element> list = certs->tag == 0xa0 ? der::readElement(certs->content) : std::nullopt;
        if (!list || list->tag != 0x30 || !fields.atEnd())
            return std::nullopt;
        der::Reader reader(list->content);
        while (const std::optional<der::Element> certificate = reader.next())
            split.certificates.append(certificate->whole);
        if (!reader.atEnd())
            return std::nullopt;
    }
    split.withoutCertificates = der::encode(0x30, first->whole.toByteArray() + algorithm->whole.toByteArray() + signature->whole.toByteArray());
    return split;
}

ParsedOcsp parseOcsp(const QByteArray &der)
{
    ParsedOcsp parsed;
    if (const std::optional<SplitResponse> split = splitBasicResponse(der)) {
        parsed.certificateDers = split->certificates;
        const unsigned char *p = reinterpret_cast<const unsigned char *>(split->withoutCertificates.constData());
        if (OCSP_BASICRESP *basic = d2i_OCSP_BASICRESP(nullptr, &p, long(split->withoutCertificates.size())))
            parsed.basic.reset(basic, OCSP_BASICRESP_free);
        ossl::clearErrors();
        return parsed;
    }
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    OcspResponse response(d2i_OCSP_RESPONSE(nullptr, &p, long(der.size())));
    OCSP_BASICRESP *basic = nullptr;
    if (response) {
        if (OCSP_response_status(response.get()) == OCSP_RESPONSE_STATUS_SUCCESSFUL)
            basic = OCSP_response_get1_basic(response.get());
    } else {
        // Some documents embed the BasicOCSPResponse without its OCSPResponse wrapper.
        p = reinterpret_cast<const unsigned char *>(der.constData());
        basic = d2i_OCSP_BASICRESP(nullptr, &p, long(der.size()));
    }
    ossl::clearErrors();
    if (basic)
        parsed.basic.reset(basic, OCSP_BASICRESP_free);
    parsed.candidatesParsed = true; // OpenSSL holds its certificates itself
    return parsed;
}

// Whether one of the response's entries may be about the certificate: the serial numbers match.
// Computing a CertID costs two digests per hash algorithm, and most pairs of a certificate and a
// response have nothing to do with each other.
bool mayCover(OCSP_BASICRESP *basic, X509 *certificate)
{
    const ASN1_INTEGER *serial = X509_get0_serialNumber(certificate);
    for (int i = 0; i < OCSP_resp_count(basic); ++i) {
        ASN1_INTEGER *entrySerial = nullptr;
        if (OCSP_id_get0_info(nullptr, nullptr, nullptr, &entrySerial, const_cast<OCSP_CERTID *>(OCSP_SINGLERESP_get0_id(OCSP_resp_get0(basic, i))))
            && entrySerial && ASN1_INTEGER_cmp(entrySerial, serial) == 0)
            return true;
    }
    return false;
}

std::optional<RevocationInfo> fromOcsp(X509 *certificate, X509 *issuer, const ParsedOcsp &parsed, const EmbeddedObject &object,
                                       const std::vector<X509 *> &helpers, const std::vector<X509 *> &ancestors)
{
    OCSP_BASICRESP *basic = parsed.basic.get();
    if (!basic || !mayCover(basic, certificate))
        return std::nullopt;

    // Is this response about our certificate? Try the usual hash algorithms for the CertID.
    int status = -1, reason = -1;
    ASN1_GENERALIZEDTIME *revoked = nullptr, *thisUpdate = nullptr, *nextUpdate = nullptr;
    bool found = false;
    for (const EVP_MD *md : {EVP_sha1(), EVP_sha256(), EVP_sha384(), EVP_sha512()}) {
        OcspCertId id(OCSP_cert_to_id(ossl::fetched(md), certificate, issuer));
        if (id && OCSP_resp_find_status(basic, id.get(), &status, &reason, &revoked, &thisUpdate, &nextUpdate) == 1) {
            found = true;
            break;
        }
    }
    if (!found)
        return std::nullopt;

    RevocationInfo info;
    identify(info, certificate);
    info.kind = QStringLiteral("OCSP");
    info.source = object.source;
    info.producedAt = ossl::toDateTime(OCSP_resp_get0_produced_at(basic));
    info.nextUpdate = ossl::toDateTime(nextUpdate);

    // The response's signature, by an authorised responder.
    // The response's own certificates first, where OpenSSL would have looked first.
    STACK_OF(X509) *extra = sk_X509_new_null();
    for (const ossl::X509Ptr &own : parsed.signerCandidates())
        sk_X509_push(extra, own.get());
    sk_X509_push(extra, issuer);
    for (X509 *helper : helpers)
        sk_X509_push(extra, helper);
    X509 *signer = nullptr;
    const bool signerFound = OCSP_resp_get0_signer(basic, &signer, extra) == 1 && signer;
    bool signatureValid = false;
    if (signerFound) {
        // The responder's own authority is checked below; OpenSSL checks only the signature here.
        X509_STORE *store = X509_STORE_new();
        STACK_OF(X509) *signerOnly = sk_X509_new_null();
        sk_X509_push(signerOnly, signer);
        signatureValid = OCSP_basic_verify(basic, signerOnly, store, OCSP_NOVERIFY | OCSP_NOEXPLICIT) == 1
                         && responderAuthorised(signer, issuer, ancestors);
        sk_X509_free(signerOnly);
        X509_STORE_free(store);
    }
    sk_X509_free(extra);
    ossl::clearErrors();
    if (!signatureValid) {
        info.status = QStringLiteral("invalid");
        info.detail = signerFound ? Tr::tr("The OCSP response's signature is not valid or its responder is not authorised by the issuer.")
                                  : Tr::tr("The OCSP response's signer certificate is not available.");
        return info;
    }
    switch (status) {
    case V_OCSP_CERTSTATUS_GOOD:
        info.status = QStringLiteral("good");
        info.detail = Tr::tr("The OCSP responder said the certificate was not revoked.");
        break;
    case V_OCSP_CERTSTATUS_REVOKED:
        info.status = QStringLiteral("revoked");
        info.revocationTime = ossl::toDateTime(revoked);
        info.detail = Tr::tr("The OCSP responder said the certificate was revoked.");
        break;
    default:
        info.status = QStringLiteral("unknown");
        info.detail = Tr::tr("The OCSP responder did not know the certificate.");
    }
    return info;
}

std::optional<RevocationInfo> fromCrl(X509 *certificate, X509 *issuer, const RevocationList &list, const QString &source)
{
    if (!list.readable())
        return std::nullopt;
    // Only a CRL issued by the certificate's issuer says anything about it.
    if (X509_NAME_cmp(list.issuer(), X509_get_issuer_name(certificate)) != 0)
        return std::nullopt;
    RevocationInfo info;
    identify(info, certificate);
    info.kind = QStringLiteral("CRL");
    info.source = source;
    info.producedAt = list.thisUpdate();
    info.nextUpdate = list.nextUpdate();
    if (!list.signedBy(X509_get0_pubkey(issuer))) {
        ossl::clearErrors();
        info.status = QStringLiteral("invalid");
        info.detail = Tr::tr("The CRL's signature does not verify with the issuer's key.");
        return info;
    }
    QDateTime revoked;
    switch (list.listing(certificate, &revoked)) {
    case RevocationList::Listing::Unreadable:
        return std::nullopt;
    case RevocationList::Listing::Revoked:
        info.status = QStringLiteral("revoked");
        info.revocationTime = revoked;
        info.detail = Tr::tr("The certificate is listed in the issuer's CRL as revoked.");
        break;
    case RevocationList::Listing::NotListed:
        info.status = QStringLiteral("good");
        info.detail = Tr::tr("The certificate is not listed in the issuer's CRL.");
        break;
    }
    ossl::clearErrors();
    return info;
}

} // namespace

struct RevocationCache::Data {
    // Keyed by the bytes' address: the cache holds a copy of each QByteArray, so an address is
    // never reused for other bytes while the cache lives. Copies of the material share the bytes.
    std::unordered_map<const char *, std::unique_ptr<RevocationList>> crls;
    const RevocationList &crl(const QByteArray &der)
    {
        auto it = crls.find(der.constData());
        if (it == crls.end())
            it = crls.emplace(der.constData(), std::make_unique<RevocationList>(der)).first;
        return *it->second;
    }
    struct KeptOcsp {
        QByteArray der;
        ParsedOcsp parsed;
    };
    std::unordered_map<const char *, KeptOcsp> ocsps;
    const ParsedOcsp &ocsp(const QByteArray &der)
    {
        auto it = ocsps.find(der.constData());
        if (it == ocsps.end())
            it = ocsps.emplace(der.constData(), KeptOcsp{der, parseOcsp(der)}).first;
        return it->second.parsed;
    }
    // Certificates are held (X509_up_ref) for the same reason.
    struct Judged {
        X509 *certificate, *issuer;
        const char *crl;
        std::optional<RevocationInfo> info;
    };
    std::vector<Judged> judged;

    std::optional<RevocationInfo> judge(X509 *certificate, X509 *issuer, const EmbeddedObject &object)
    {
        const RevocationList &list = crl(object.der);
        // The same test fromCrl makes first, made before looking for an earlier judgement.
        if (list.readable() && X509_NAME_cmp(list.issuer(), X509_get_issuer_name(certificate)) != 0)
            return std::nullopt;
        for (const Judged &j : judged)
            if (j.certificate == certificate && j.issuer == issuer && j.crl == object.der.constData()) {
                std::optional<RevocationInfo> info = j.info;
                if (info)
                    info->source = object.source;
                return info;
            }
        X509_up_ref(certificate);
        X509_up_ref(issuer);
        judged.push_back({certificate, issuer, object.der.constData(), fromCrl(certificate, issuer, list, object.source)});
        return judged.back().info;
    }
    ~Data()
    {
        for (const Judged &j : judged) {
            X509_free(j.certificate);
            X509_free(j.issuer);
        }
    }
};

RevocationCache::RevocationCache() : d(std::make_unique<Data>()) {}
RevocationCache::~RevocationCache() = default;

QList<RevocationInfo> revocationFor(X509 *certificate, X509 *issuer, const ValidationMaterial &material,
                                    const std::vector<X509 *> &helpers, const std::vector<X509 *> &ancestors, RevocationCache *cache)
{
    QList<RevocationInfo> out;
    if (!certificate || !issuer)
        return out;
    for (const EmbeddedObject &object : material.ocsps) {
        const ParsedOcsp uncached = cache ? ParsedOcsp() : parseOcsp(object.der);
        const ParsedOcsp &parsed = cache ? cache->d->ocsp(object.der) : uncached;
        if (std::optional<RevocationInfo> info = fromOcsp(certificate, issuer, parsed, object, helpers, ancestors))
            out.append(*info);
    }
    for (const EmbeddedObject &object : material.crls) {
        std::optional<RevocationInfo> info = cache ? cache->d->judge(certificate, issuer, object)
                                                   : fromCrl(certificate, issuer, RevocationList(object.der), object.source);
        if (info)
            out.append(*info);
    }
    return out;
}

} // namespace granska
