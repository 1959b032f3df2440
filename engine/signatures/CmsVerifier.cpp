#include "CmsVerifier.h"

#include "Der.h"
#include "OpenSsl.h"

#include <QCoreApplication>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/rsa.h>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::CmsVerifier)
};

struct DigestAlgorithm {
    int nid;
    const char *name;
    const EVP_MD *(*md)();
    bool broken; // collisions are practical: never accepted
};

// The digest algorithms a PDF signature may use. Anything else (including signature-algorithm OIDs
// that some producers put in the digest field) makes the signature unverifiable.
const DigestAlgorithm kDigests[] = {
    {NID_md5, "MD5", EVP_md5, true},
    {NID_sha1, "SHA-1", EVP_sha1, false},
    {NID_sha224, "SHA-224", EVP_sha224, false},
    {NID_sha256, "SHA-256", EVP_sha256, false},
    {NID_sha384, "SHA-384", EVP_sha384, false},
    {NID_sha512, "SHA-512", EVP_sha512, false},
    {NID_sha512_224, "SHA-512/224", EVP_sha512_224, false},
    {NID_sha512_256, "SHA-512/256", EVP_sha512_256, false},
    {NID_sha3_224, "SHA3-224", EVP_sha3_224, false},
    {NID_sha3_256, "SHA3-256", EVP_sha3_256, false},
    {NID_sha3_384, "SHA3-384", EVP_sha3_384, false},
    {NID_sha3_512, "SHA3-512", EVP_sha3_512, false},
    {NID_shake256, "SHAKE256", EVP_shake256, false},
};

const DigestAlgorithm *digestAlgorithm(const ASN1_OBJECT *oid)
{
    const int nid = OBJ_obj2nid(oid);
    for (const DigestAlgorithm &d : kDigests) {
        if (d.nid == nid)
            return &d;
    }
    return nullptr;
}

QString signatureAlgorithmName(const ASN1_OBJECT *oid)
{
    switch (OBJ_obj2nid(oid)) {
    case NID_rsaEncryption:
    case NID_sha1WithRSAEncryption:
    case NID_sha224WithRSAEncryption:
    case NID_sha256WithRSAEncryption:
    case NID_sha384WithRSAEncryption:
    case NID_sha512WithRSAEncryption:
        return QStringLiteral("RSA");
    case NID_rsassaPss: return QStringLiteral("RSA-PSS");
    case NID_X9_62_id_ecPublicKey:
    case NID_ecdsa_with_SHA1:
    case NID_ecdsa_with_SHA224:
    case NID_ecdsa_with_SHA256:
    case NID_ecdsa_with_SHA384:
    case NID_ecdsa_with_SHA512:
        return QStringLiteral("ECDSA");
    case NID_ED25519: return QStringLiteral("Ed25519");
    case NID_ED448: return QStringLiteral("Ed448");
    case NID_dsa:
    case NID_dsaWithSHA1:
        return QStringLiteral("DSA");
    default:
        break;
    }
    char text[64] = {};
    OBJ_obj2txt(text, sizeof text, oid, 1);
    if (QByteArray(text).startsWith("0.4.0.127.0.7.1.1.4.1."))
        return QStringLiteral("ECDSA (plain, BSI TR-03111)");
    return ossl::objectName(oid);
}

// Digest of the signed bytes; empty when the algorithm cannot be computed. With the file's
// digests, the part of the file they share with earlier digests is not hashed again.
QByteArray digestOf(const DigestAlgorithm &algorithm, const SignedBytes &signedBytes, const ossl::FileDigests *file = nullptr)
{
    return file ? file->digest(algorithm.md(), signedBytes) : ossl::digestOf(algorithm.md(), signedBytes);
}

QByteArray concatenated(const SignedBytes &signedBytes)
{
    QByteArray all;
    qsizetype total = 0;
    for (QByteArrayView piece : signedBytes)
        total += piece.size();
    all.reserve(total);
    for (QByteArrayView piece : signedBytes)
        all.append(piece);
    return all;
}

QByteArray octets(const ASN1_OCTET_STRING *string)
{
    return string ? QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(string)), ASN1_STRING_length(string))
                  : QByteArray();
}

QDateTime signingTimeAttribute(const CMS_SignerInfo *si)
{
    const int index = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (index < 0)
        return {};
    X509_ATTRIBUTE *attribute = CMS_signed_get_attr(si, index);
    const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(attribute, 0);
    if (!value)
        return {};
    if (value->type == V_ASN1_UTCTIME || value->type == V_ASN1_GENERALIZEDTIME)
        return ossl::toDateTime(reinterpret_cast<const ASN1_TIME *>(value->value.asn1_string));
    return {};
}

// True when OpenSSL failed because it does not know an algorithm rather than because a value is
// wrong: then the honest answer is "cannot verify", not "broken".
bool failedForUnsupportedAlgorithm()
{
    const unsigned long code = ERR_peek_last_error();
    const int reason = ERR_GET_REASON(code);
    return reason == CMS_R_UNKNOWN_DIGEST_ALGORITHM || reason == CMS_R_UNSUPPORTED_CONTENT_TYPE
        || reason == ERR_R_UNSUPPORTED || reason == EVP_R_UNSUPPORTED_ALGORITHM
        || reason == CMS_R_UNKNOWN_ID || reason == EVP_R_UNKNOWN_DIGEST;
}

struct Parsed {
    QByteArrayView der;
    const ossl::FileDigests *fileDigests = nullptr; // when the signed bytes are parts of a file
    ossl::Cms cms;
    ossl::X509Stack certificates;
    CMS_SignerInfo *signerInfo = nullptr;
    X509 *signer = nullptr;
    const DigestAlgorithm *digest = nullptr;
};

// A CMS ContentInfo with its SignedData's certificates taken out, so that OpenSSL does not parse
// them with it, and the certificates parsed through the shared cache instead: the signer's and
// the TSA's chains recur across a document's signatures and timestamps. Nullopt when the encoding
// is not the usual one (no certificates to take out, or certificate choices other than plain
// certificates); the CMS is then parsed as it is.
struct SplitCms {
    QByteArray withoutCertificates;
    ossl::X509Stack certificates{sk_X509_new_null()};
};

std::optional<SplitCms> splitCertificates(QByteArrayView der)
{
    const std::optional<der::Element> top = der::readElement(der);
    if (!top || top->tag != 0x30)
        return std::nullopt;
    der::Reader info(top->content);
    const std::optional<der::Element> type = info.next();
    const std::optional<der::Element> explicitContent = info.next();
    if (!type || type->tag != 0x06 || !explicitContent || explicitContent->tag != 0xa0 || !info.atEnd())
        return std::nullopt;
    const std::optional<der::Element> signedData = der::readElement(explicitContent->content);
    if (!signedData || signedData->tag != 0x30 || signedData->whole.size() != explicitContent->content.size())
        return std::nullopt;
    QByteArray kept;
    std::optional<der::Element> certificates;
    der::Reader fields(signedData->content);
    while (const std::optional<der::Element> field = fields.next()) {
        if (field->tag == 0xa0 && !certificates)
            certificates = field;
        else
            kept.append(field->whole);
    }
    if (!fields.atEnd() || !certificates)
        return std::nullopt;
    SplitCms split;
    der::Reader choices(certificates->content);
    while (const std::optional<der::Element> choice = choices.next()) {
        ossl::X509Ptr certificate = choice->tag == 0x30 ? ossl::sharedCertificate(choice->whole) : nullptr;
        if (!certificate)
            return std::nullopt;
        sk_X509_push(split.certificates.get(), certificate.release());
    }
    if (!choices.atEnd())
        return std::nullopt;
    split.withoutCertificates = der::encode(0x30, type->whole.toByteArray() + der::encode(0xa0, der::encode(0x30, kept)));
    return split;
}

// The ContentInfo and the certificates of its SignedData (in their order), or a null CMS.
ossl::Cms readCms(QByteArrayView der, ossl::X509Stack &certificates)
{
    std::optional<SplitCms> split = splitCertificates(der);
    const QByteArrayView bytes = split ? QByteArrayView(split->withoutCertificates) : der;
    const unsigned char *p = reinterpret_cast<const unsigned char *>(bytes.data());
    ossl::Cms cms(d2i_CMS_ContentInfo(nullptr, &p, long(bytes.size())));
    if (!cms)
        return cms;
    if (split)
        certificates = std::move(split->certificates);
    else if (OBJ_obj2nid(CMS_get0_type(cms.get())) == NID_pkcs7_signed)
        certificates.reset(CMS_get1_certs(cms.get()));
    if (!certificates)
        certificates.reset(sk_X509_new_null());
    return cms;
}

// Parses the CMS and fills the parts of the result every SubFilter shares. Returns false with the
// result set when the signature cannot be checked at all.
bool parse(QByteArrayView der, CmsCheck &result, Parsed &parsed)
{
    parsed.der = der;
    parsed.cms = readCms(der, parsed.certificates);
    if (!parsed.cms) {
        result.detail = Tr::tr("The signature value (CMS) in /Contents cannot be read.");
        return false;
    }
    if (OBJ_obj2nid(CMS_get0_type(parsed.cms.get())) != NID_pkcs7_signed) {
        result.detail = Tr::tr("The signature value is not CMS signed data.");
        return false;
    }
    for (int i = 0; i < sk_X509_num(parsed.certificates.get()); ++i) {
        X509 *certificate = sk_X509_value(parsed.certificates.get(), i);
        result.certificates.append(ossl::certificateInfo(certificate));
        ossl::shareCertificate(certificate, result.certificates.last().der); // the validator looks them up by DER
    }

    STACK_OF(CMS_SignerInfo) *signerInfos = CMS_get0_SignerInfos(parsed.cms.get());
    if (sk_CMS_SignerInfo_num(signerInfos) < 1) {
        result.detail = Tr::tr("The signature value contains no signer.");
        return false;
    }
    parsed.signerInfo = sk_CMS_SignerInfo_value(signerInfos, 0);
    X509_ALGOR *digestAlgorithmId = nullptr;
    X509_ALGOR *signatureAlgorithmId = nullptr;
    CMS_SignerInfo_get0_algs(parsed.signerInfo, nullptr, nullptr, &digestAlgorithmId, &signatureAlgorithmId);
    const ASN1_OBJECT *digestOid = nullptr;
    const ASN1_OBJECT *signatureOid = nullptr;
    X509_ALGOR_get0(&digestOid, nullptr, nullptr, digestAlgorithmId);
    X509_ALGOR_get0(&signatureOid, nullptr, nullptr, signatureAlgorithmId);
    result.signatureAlgorithm = signatureAlgorithmName(signatureOid);
    result.signingTime = signingTimeAttribute(parsed.signerInfo);

    for (int i = 0; i < sk_X509_num(parsed.certificates.get()); ++i) {
        X509 *candidate = sk_X509_value(parsed.certificates.get(), i);
        if (CMS_SignerInfo_cert_cmp(parsed.signerInfo, candidate) == 0) {
            parsed.signer = candidate;
            result.signer = ossl::certificateInfo(candidate);
            break;
        }
    }

    parsed.digest = digestAlgorithm(digestOid);
    if (!parsed.digest) {
        result.digestAlgorithm = ossl::objectName(digestOid);
        result.detail = Tr::tr("The digest algorithm %1 is not a recognised digest algorithm.").arg(result.digestAlgorithm);
        return false;
    }
    result.digestAlgorithm = QString::fromLatin1(parsed.digest->name);
    if (parsed.digest->broken) {
        result.detail = Tr::tr("The signature uses the digest algorithm %1, which is broken and not accepted.").arg(result.digestAlgorithm);
        return false;
    }
    if (!parsed.signer) {
        result.detail = Tr::tr("The signer's certificate is not included in the signature, so the signature value cannot be checked.");
        return false;
    }
    return true;
}


// The first SignerInfo's signed attributes and signature value exactly as encoded.
struct RawSignerInfo {
    QByteArrayView signedAttributes; // the [0] IMPLICIT SET, tag included
    QByteArrayView signature;
};

std::optional<RawSignerInfo> rawSignerInfo(QByteArrayView cms)
{
    const auto contentInfo = der::readElement(cms);
    if (!contentInfo)
        return std::nullopt;
    der::Reader ci(contentInfo->content);
    ci.next(); // contentType
    const auto explicitContent = ci.next();
    if (!explicitContent)
        return std::nullopt;
    const auto signedData = der::readElement(explicitContent->content);
    if (!signedData)
        return std::nullopt;
    der::Reader sd(signedData->content);
    std::optional<der::Element> last;
    while (auto e = sd.next())
        last = e; // signerInfos is the last element
    if (!last || last->tag != 0x31)
        return std::nullopt;
    const auto signerInfo = der::readElement(last->content);
    if (!signerInfo)
        return std::nullopt;
    der::Reader si(signerInfo->content);
    RawSignerInfo raw;
    si.next(); // version
    si.next(); // sid
    si.next(); // digestAlgorithm
    auto e = si.next();
    if (e && e->tag == 0xa0) {
        raw.signedAttributes = e->whole;
        e = si.next();
    }
    // e is signatureAlgorithm
    e = si.next();
    if (!e || e->tag != 0x04)
        return std::nullopt;
    raw.signature = e->content;
    return raw;
}

// BSI TR-03111 plain ECDSA: the signature is r || s rather than a DER structure.
const EVP_MD *plainEcdsaDigest(const ASN1_OBJECT *oid)
{
    char text[64] = {};
    OBJ_obj2txt(text, sizeof text, oid, 1);
    const QByteArray dotted(text);
    if (dotted == "0.4.0.127.0.7.1.1.4.1.1") return EVP_sha1();
    if (dotted == "0.4.0.127.0.7.1.1.4.1.2") return EVP_sha224();
    if (dotted == "0.4.0.127.0.7.1.1.4.1.3") return EVP_sha256();
    if (dotted == "0.4.0.127.0.7.1.1.4.1.4") return EVP_sha384();
    if (dotted == "0.4.0.127.0.7.1.1.4.1.5") return EVP_sha512();
    return nullptr;
}

// r || s, each half the length, as a DER ECDSA-Sig-Value.
QByteArray plainToDerEcdsa(QByteArrayView plain)
{
    if (plain.isEmpty() || plain.size() % 2 != 0)
        return {};
    const int half = int(plain.size() / 2);
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(plain.data()), half, nullptr);
    BIGNUM *s = BN_bin2bn(reinterpret_cast<const unsigned char *>(plain.data()) + half, half, nullptr);
    ECDSA_SIG_set0(sig, r, s);
    unsigned char *out = nullptr;
    const int length = i2d_ECDSA_SIG(sig, &out);
    QByteArray encoded = length > 0 ? QByteArray(reinterpret_cast<const char *>(out), length) : QByteArray();
    OPENSSL_free(out);
    ECDSA_SIG_free(sig);
    return encoded;
}

// True when the elements of a SET OF are in DER order: ascending as octet strings, the shorter
// padded with zero octets (X.690, 11.6). CMS requires signed attributes in DER (RFC 5652, 5.3).
bool inDerSetOrder(QByteArrayView setOf)
{
    const auto set = der::readElement(setOf);
    if (!set)
        return false;
    der::Reader reader(set->content);
    QByteArrayView previous;
    while (const auto element = reader.next()) {
        if (!previous.isEmpty()) {
            const qsizetype n = std::max(previous.size(), element->whole.size());
            for (qsizetype i = 0; i < n; ++i) {
                const unsigned char a = i < previous.size() ? static_cast<unsigned char>(previous[i]) : 0;
                const unsigned char b = i < element->whole.size() ? static_cast<unsigned char>(element->whole[i]) : 0;
                if (a != b) {
                    if (a > b)
                        return false;
                    break;
                }
            }
        }
        previous = element->whole;
    }
    return reader.atEnd();
}

// RSA PKCS #1 v1.5 where the DigestInfo's AlgorithmIdentifier omits the NULL parameters. RFC 8017
// (note 2 to 9.2) asks verifiers to accept this form; OpenSSL insists on the NULL. Recovers the
// DigestInfo and compares it field by field.
bool verifyRsaDigestInfoWithoutNull(EVP_PKEY *key, const EVP_MD *md, QByteArrayView signature, QByteArrayView message)
{
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new(key, nullptr), EVP_PKEY_CTX_free);
    if (!ctx || !md || EVP_PKEY_verify_recover_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1)
        return false;
    QByteArray recovered(EVP_PKEY_get_size(key), Qt::Uninitialized);
    size_t length = size_t(recovered.size());
    if (EVP_PKEY_verify_recover(ctx.get(), reinterpret_cast<unsigned char *>(recovered.data()), &length,
                                reinterpret_cast<const unsigned char *>(signature.data()), size_t(signature.size())) != 1)
        return false;
    recovered.resize(qsizetype(length));
    const auto digestInfo = der::readElement(recovered);
    if (!digestInfo || digestInfo->tag != 0x30 || digestInfo->whole.size() != recovered.size())
        return false;
    der::Reader fields(digestInfo->content);
    const auto algorithm = fields.next();
    const auto digest = fields.next();
    if (!algorithm || algorithm->tag != 0x30 || !digest || digest->tag != 0x04 || !fields.atEnd())
        return false;
    der::Reader algorithmFields(algorithm->content);
    const auto oid = algorithmFields.next();
    if (!oid || oid->tag != 0x06 || !algorithmFields.atEnd())
        return false; // parameters present: OpenSSL already judged the standard form
    unsigned char expectedOid[32];
    unsigned char *out = expectedOid;
    ASN1_OBJECT *mdOid = OBJ_nid2obj(EVP_MD_get_type(md));
    if (i2d_ASN1_OBJECT(mdOid, nullptr) > int(sizeof expectedOid) || i2d_ASN1_OBJECT(mdOid, &out) <= 0)
        return false;
    if (oid->whole != QByteArrayView(expectedOid, out - expectedOid))
        return false;
    unsigned char computed[EVP_MAX_MD_SIZE];
    unsigned int computedLength = 0;
    if (EVP_Digest(message.data(), size_t(message.size()), computed, &computedLength, md, nullptr) != 1)
        return false;
    return digest->content == QByteArrayView(computed, computedLength);
}

// Verifies the signature over the signed attributes exactly as they are encoded in the file: that
// is what the signer signed. OpenSSL's CMS_SignerInfo_verify re-encodes them, which fails for
// attributes not in DER order, and in OpenSSL 3.0 it cannot do EdDSA or plain ECDSA at all.
// Returns nullopt for RSA-PSS, whose parameters are left to OpenSSL's CMS code.
std::optional<bool> verifySignedAttributesAsEncoded(Parsed &parsed, const ASN1_OBJECT *signatureOid)
{
    if (OBJ_obj2nid(signatureOid) == NID_rsassaPss)
        return std::nullopt;
    EVP_PKEY *key = X509_get0_pubkey(parsed.signer);
    if (!key)
        return false;
    const int keyType = EVP_PKEY_get_base_id(key);
    const EVP_MD *plainMd = plainEcdsaDigest(signatureOid);
    const bool eddsa = keyType == EVP_PKEY_ED25519 || keyType == EVP_PKEY_ED448;
    const EVP_MD *md = eddsa ? nullptr : (plainMd ? plainMd : parsed.digest->md());
    const std::optional<RawSignerInfo> raw = rawSignerInfo(parsed.der);
    if (!raw || raw->signedAttributes.isEmpty())
        return false;
    // The signature covers the attributes with their SET OF tag, not the [0] of the SignerInfo.
    QByteArray signedBytes = raw->signedAttributes.toByteArray();
    signedBytes[0] = char(0x31);
    const QByteArray signature = plainMd ? plainToDerEcdsa(raw->signature) : raw->signature.toByteArray();
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    bool ok = EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key) == 1
              && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
                                  reinterpret_cast<const unsigned char *>(signedBytes.constData()), size_t(signedBytes.size())) == 1;
    if (!ok && keyType == EVP_PKEY_RSA)
        ok = verifyRsaDigestInfoWithoutNull(key, md, signature, signedBytes);
    ossl::clearErrors();
    return ok;
}

// Verifies a SignerInfo over detached content: the message digest attribute against the signed
// bytes, then the signature over the signed attributes.
void verifyDetached(Parsed &parsed, const SignedBytes &signedBytes, CmsCheck &result)
{
    const QByteArray digest = digestOf(*parsed.digest, signedBytes, parsed.fileDigests);
    if (digest.isEmpty()) {
        result.detail = Tr::tr("The digest %1 could not be computed.").arg(result.digestAlgorithm);
        return;
    }
    CMS_SignerInfo *si = parsed.signerInfo;
    if (CMS_signed_get_attr_count(si) > 0) {
        const auto *messageDigest = static_cast<const ASN1_OCTET_STRING *>(
            CMS_signed_get0_data_by_OBJ(si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
        if (!messageDigest) {
            result.integrity = Integrity::Broken;
            result.detail = Tr::tr("The signature has signed attributes but no message digest, so it does not bind the document.");
            return;
        }
        if (octets(messageDigest) != digest) {
            result.integrity = Integrity::Broken;
            result.detail = Tr::tr("The signed bytes have changed since signing: their %1 digest differs from the one in the signature.")
                                .arg(result.digestAlgorithm);
            return;
        }
        CMS_SignerInfo_set1_signer_cert(si, parsed.signer);
        ERR_clear_error();
        X509_ALGOR *signatureAlgorithmId = nullptr;
        CMS_SignerInfo_get0_algs(si, nullptr, nullptr, nullptr, &signatureAlgorithmId);
        const ASN1_OBJECT *signatureOid = nullptr;
        X509_ALGOR_get0(&signatureOid, nullptr, nullptr, signatureAlgorithmId);
        const std::optional<RawSignerInfo> raw = rawSignerInfo(parsed.der);
        if (raw && !raw->signedAttributes.isEmpty() && !inDerSetOrder(raw->signedAttributes)) {
            result.integrity = Integrity::Broken;
            result.detail = Tr::tr("The signed attributes are not in the DER order CMS requires, so the signed data is ambiguous and the signature cannot be relied on.");
            return;
        }
        const std::optional<bool> direct = verifySignedAttributesAsEncoded(parsed, signatureOid);
        if (direct ? *direct : CMS_SignerInfo_verify(si) == 1) {
            result.integrity = Integrity::Intact;
            result.detail = Tr::tr("The signed bytes are unchanged (%1) and the %2 signature value is valid for the signer's key.")
                                .arg(result.digestAlgorithm, result.signatureAlgorithm);
        } else if (failedForUnsupportedAlgorithm()) {
            result.detail = Tr::tr("The digest matches, but the signature algorithm %1 is not supported, so the signature value cannot be checked.")
                                .arg(result.signatureAlgorithm);
        } else {
            result.integrity = Integrity::Broken;
            result.detail = Tr::tr("The digest matches, but the signature value does not verify with the signer's public key.");
        }
        ossl::clearErrors();
        return;
    }

    // No signed attributes: the signature is computed over the content itself.
    const QByteArray content = concatenated(signedBytes);
    ossl::Bio data(BIO_new_mem_buf(content.constData(), int(content.size())));
    ERR_clear_error();
    const int ok = CMS_verify(parsed.cms.get(), parsed.certificates.get(), nullptr, data.get(), nullptr,
                              CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY);
    if (ok == 1) {
        result.integrity = Integrity::Intact;
        result.detail = Tr::tr("The signature value over the signed bytes is valid for the signer's key (%1, %2, no signed attributes).")
                            .arg(result.digestAlgorithm, result.signatureAlgorithm);
    } else if (failedForUnsupportedAlgorithm()) {
        result.detail = Tr::tr("The signature algorithm %1 is not supported, so the signature value cannot be checked.").arg(result.signatureAlgorithm);
    } else {
        result.integrity = Integrity::Broken;
        result.detail = Tr::tr("The signature value does not match the signed bytes: they changed since signing, or the signature is damaged.");
    }
    ossl::clearErrors();
}

// Verifies the signature over the encapsulated content and returns that content; nullopt when the
// signature does not verify (result then says why).
// Verifies the signature over the encapsulated content (timestamp tokens, adbe.pkcs7.sha1) exactly
// as over detached content, and returns that content; nullopt when it does not verify (result
// then says why).
std::optional<QByteArray> verifyEncapsulated(Parsed &parsed, CmsCheck &result)
{
    ASN1_OCTET_STRING **content = CMS_get0_content(parsed.cms.get());
    if (!content || !*content) {
        result.integrity = Integrity::Unverifiable;
        result.detail = Tr::tr("The signature value encapsulates no content.");
        return std::nullopt;
    }
    const QByteArray data = octets(*content);
    const QString digest = result.digestAlgorithm;
    verifyDetached(parsed, SignedBytes{QByteArrayView(data)}, result);
    if (result.integrity != Integrity::Intact)
        return std::nullopt;
    return data;
}

void verifyTimestampToken(Parsed &parsed, const SignedBytes &signedBytes, CmsCheck &result)
{
    const std::optional<QByteArray> content = verifyEncapsulated(parsed, result);
    if (!content)
        return;
    const unsigned char *p = reinterpret_cast<const unsigned char *>(content->constData());
    ossl::TstInfo info(d2i_TS_TST_INFO(nullptr, &p, long(content->size())));
    if (!info) {
        result.integrity = Integrity::Unverifiable;
        result.detail = Tr::tr("The timestamp token's content is not a readable TSTInfo.");
        return;
    }
    result.signingTime = ossl::toDateTime(TS_TST_INFO_get_time(info.get()));
    TS_MSG_IMPRINT *imprint = TS_TST_INFO_get_msg_imprint(info.get());
    const ASN1_OBJECT *oid = nullptr;
    X509_ALGOR_get0(&oid, nullptr, nullptr, TS_MSG_IMPRINT_get_algo(imprint));
    const DigestAlgorithm *algorithm = digestAlgorithm(oid);
    if (!algorithm || algorithm->broken) {
        result.integrity = Integrity::Unverifiable;
        result.detail = Tr::tr("The timestamp's message imprint uses %1, which is not accepted.").arg(ossl::objectName(oid));
        return;
    }
    result.digestAlgorithm = QString::fromLatin1(algorithm->name);
    if (octets(TS_MSG_IMPRINT_get_msg(imprint)) != digestOf(*algorithm, signedBytes, parsed.fileDigests)) {
        result.integrity = Integrity::Broken;
        result.detail = Tr::tr("The timestamped bytes have changed: their %1 digest differs from the timestamp's message imprint.")
                            .arg(result.digestAlgorithm);
        return;
    }
    result.integrity = Integrity::Intact;
    result.detail = Tr::tr("The timestamped bytes are unchanged (%1) and the timestamp authority's signature is valid.")
                        .arg(result.digestAlgorithm);
}

void verifySha1Encapsulated(Parsed &parsed, const SignedBytes &signedBytes, CmsCheck &result)
{
    const std::optional<QByteArray> content = verifyEncapsulated(parsed, result);
    if (!content)
        return;
    const DigestAlgorithm sha1{NID_sha1, "SHA-1", EVP_sha1, false};
    if (*content != digestOf(sha1, signedBytes, parsed.fileDigests)) {
        result.integrity = Integrity::Broken;
        result.detail = Tr::tr("The signed bytes have changed since signing: their SHA-1 digest differs from the one inside the signature.");
        return;
    }
    result.integrity = Integrity::Intact;
    result.detail = Tr::tr("The signed bytes are unchanged (SHA-1, as adbe.pkcs7.sha1 prescribes) and the signature value is valid for the signer's key.");
}

// The signature-time-stamp tokens (RFC 3161 over the signature value) among the unsigned
// attributes, each verified.
QList<TimestampInfo> signatureTimestamps(Parsed &parsed)
{
    QList<TimestampInfo> out;
    if (!parsed.signerInfo)
        return out;
    ASN1_OCTET_STRING *value = CMS_SignerInfo_get0_signature(parsed.signerInfo);
    const QByteArray signatureValue = octets(value);
    ASN1_OBJECT *tokenOid = OBJ_txt2obj("1.2.840.113549.1.9.16.2.14", 1);
    for (int index = -1;;) {
        index = CMS_unsigned_get_attr_by_OBJ(parsed.signerInfo, tokenOid, index);
        if (index < 0)
            break;
        X509_ATTRIBUTE *attribute = CMS_unsigned_get_attr(parsed.signerInfo, index);
        for (int i = 0; i < X509_ATTRIBUTE_count(attribute) && out.size() < 16; ++i) {
            ASN1_TYPE *type = X509_ATTRIBUTE_get0_type(attribute, i);
            if (!type || type->type != V_ASN1_SEQUENCE)
                continue;
            const QByteArray token(reinterpret_cast<const char *>(ASN1_STRING_get0_data(type->value.sequence)),
                                   ASN1_STRING_length(type->value.sequence));
            const CmsCheck check = verifyCmsSignature(token, SignedBytes{QByteArrayView(signatureValue)}, QStringLiteral("ETSI.RFC3161"));
            TimestampInfo t;
            t.type = TimestampInfo::Type::Signature;
            t.time = check.signingTime;
            t.integrity = check.integrity;
            t.detail = check.detail;
            t.digestAlgorithm = check.digestAlgorithm;
            t.authority = check.signer;
            t.certificates = check.certificates;
            out.append(t);
        }
    }
    ASN1_OBJECT_free(tokenOid);
    return out;
}

QByteArray attributeValue(CMS_SignerInfo *si, const char *oid)
{
    ASN1_OBJECT *object = OBJ_txt2obj(oid, 1);
    const int index = CMS_signed_get_attr_by_OBJ(si, object, -1);
    ASN1_OBJECT_free(object);
    if (index < 0)
        return {};
    ASN1_TYPE *type = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, index), 0);
    if (!type || type->type != V_ASN1_SEQUENCE)
        return {};
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(type->value.sequence)), ASN1_STRING_length(type->value.sequence));
}

// ESS signing-certificate (RFC 2634, SHA-1) or -v2 (RFC 5035): the first ESSCertID must be the
// hash of the signer's certificate, binding it to the signature.
void checkSigningCertificate(Parsed &parsed, CmsCheck &result)
{
    bool v2 = true;
    QByteArray value = attributeValue(parsed.signerInfo, "1.2.840.113549.1.9.16.2.47");
    if (value.isEmpty()) {
        v2 = false;
        value = attributeValue(parsed.signerInfo, "1.2.840.113549.1.9.16.2.12");
    }
    if (value.isEmpty())
        return;
    result.signingCertificateAttribute = v2 ? QStringLiteral("signing-certificate-v2") : QStringLiteral("signing-certificate");
    result.signingCertificateBound = false;
    if (!parsed.signer)
        return;
    const auto signingCertificate = der::readElement(value);
    if (!signingCertificate)
        return;
    der::Reader outer(signingCertificate->content);
    const auto certs = outer.next();
    if (!certs || certs->tag != 0x30)
        return;
    der::Reader ids(certs->content);
    const auto first = ids.next();
    if (!first)
        return;
    der::Reader fields(first->content);
    const EVP_MD *md = v2 ? EVP_sha256() : EVP_sha1();
    auto field = fields.next();
    if (v2 && field && field->tag == 0x30) {
        // hashAlgorithm, present when not SHA-256
        der::Reader algorithm(field->content);
        if (const auto oid = algorithm.next(); oid && oid->tag == 0x06) {
            const unsigned char *p = reinterpret_cast<const unsigned char *>(oid->whole.data());
            ASN1_OBJECT *object = d2i_ASN1_OBJECT(nullptr, &p, long(oid->whole.size()));
            const DigestAlgorithm *known = object ? digestAlgorithm(object) : nullptr;
            ASN1_OBJECT_free(object);
            md = known && !(EVP_MD_get_flags(known->md()) & EVP_MD_FLAG_XOF) ? known->md() : nullptr;
        }
        field = fields.next();
    }
    if (!md || !field || field->tag != 0x04)
        return;
    unsigned char hash[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(parsed.signer, md, hash, &length) != 1)
        return;
    result.signingCertificateBound = field->content == QByteArrayView(reinterpret_cast<const char *>(hash), length);
}

// adbe-revocationInfoArchival (a signed attribute Adobe defined): CRLs and OCSP responses the
// signer embedded at signing time.
void readRevocationArchival(Parsed &parsed, CmsCheck &result)
{
    const QByteArray value = attributeValue(parsed.signerInfo, "1.2.840.113583.1.1.8");
    const auto archival = der::readElement(value);
    if (!archival)
        return;
    der::Reader parts(archival->content);
    while (const auto part = parts.next()) {
        // [0] EXPLICIT SEQUENCE OF CRL, [1] EXPLICIT SEQUENCE OF OCSPResponse
        const auto list = der::readElement(part->content);
        if (!list)
            continue;
        der::Reader items(list->content);
        while (const auto item = items.next()) {
            if (part->tag == 0xa0)
                result.archivedCrls.append(item->whole.toByteArray());
            else if (part->tag == 0xa1)
                result.archivedOcsps.append(item->whole.toByteArray());
        }
    }
}

void collectValidationMaterial(Parsed &parsed, CmsCheck &result)
{
    if (!parsed.cms || !parsed.signerInfo)
        return;
    result.signatureValue = octets(CMS_SignerInfo_get0_signature(parsed.signerInfo));
    if (STACK_OF(X509_CRL) *crls = CMS_get1_crls(parsed.cms.get())) {
        for (int i = 0; i < sk_X509_CRL_num(crls); ++i) {
            unsigned char *out = nullptr;
            const int length = i2d_X509_CRL(sk_X509_CRL_value(crls, i), &out);
            if (length > 0)
                result.crls.append(QByteArray(reinterpret_cast<const char *>(out), length));
            OPENSSL_free(out);
        }
        sk_X509_CRL_pop_free(crls, X509_CRL_free);
    }
    result.hasSignedAttributes = CMS_signed_get_attr_count(parsed.signerInfo) > 0;
    ASN1_OBJECT *policy = OBJ_txt2obj("1.2.840.113549.1.9.16.2.15", 1);
    result.hasSignaturePolicy = CMS_signed_get_attr_by_OBJ(parsed.signerInfo, policy, -1) >= 0;
    ASN1_OBJECT_free(policy);
    ASN1_OCTET_STRING **content = CMS_get0_content(parsed.cms.get());
    result.encapsulatesContent = content && *content;
    if (const std::optional<RawSignerInfo> raw = rawSignerInfo(parsed.der); raw && !raw->signedAttributes.isEmpty())
        result.signedAttributesDer = inDerSetOrder(raw->signedAttributes);
    checkSigningCertificate(parsed, result);
    readRevocationArchival(parsed, result);
    ossl::clearErrors();
}

} // namespace

CmsStructure inspectCms(QByteArrayView der)
{
    CmsStructure structure;
    ossl::X509Stack certificates;
    ossl::Cms cms = readCms(der, certificates);
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        ossl::clearErrors();
        return structure;
    }
    structure.readable = true;
    STACK_OF(CMS_SignerInfo) *signerInfos = CMS_get0_SignerInfos(cms.get());
    structure.signerInfoCount = sk_CMS_SignerInfo_num(signerInfos);
    if (structure.signerInfoCount > 0) {
        CMS_SignerInfo *signer = sk_CMS_SignerInfo_value(signerInfos, 0);
        for (int i = 0; certificates && i < sk_X509_num(certificates.get()); ++i) {
            if (CMS_SignerInfo_cert_cmp(signer, sk_X509_value(certificates.get(), i)) == 0)
                structure.signerCertificatePresent = true;
        }
    }
    ossl::clearErrors();
    return structure;
}

CmsCheck verifyCmsSignature(QByteArrayView cms, const SignedBytes &signedBytes, const QString &subFilter, const ossl::FileDigests *file)
{
    CmsCheck result;
    Parsed parsed;
    parsed.fileDigests = file;
    if (!parse(cms, result, parsed)) {
        ossl::clearErrors();
        return result;
    }
    if (subFilter == QLatin1String("ETSI.RFC3161"))
        verifyTimestampToken(parsed, signedBytes, result);
    else if (subFilter == QLatin1String("adbe.pkcs7.sha1"))
        verifySha1Encapsulated(parsed, signedBytes, result);
    else
        verifyDetached(parsed, signedBytes, result);
    result.signatureTimestamps = signatureTimestamps(parsed);
    collectValidationMaterial(parsed, result);
    return result;
}

CmsCheck verifyX509RsaSha1(QByteArrayView contents, const QList<QByteArray> &certificates, const SignedBytes &signedBytes)
{
    CmsCheck result;
    result.digestAlgorithm = QStringLiteral("SHA-1");
    result.signatureAlgorithm = QStringLiteral("RSA");
    std::vector<ossl::X509Ptr> chain;
    for (const QByteArray &der : certificates) {
        if (ossl::X509Ptr certificate = ossl::sharedCertificate(der)) {
            result.certificates.append(ossl::certificateInfo(certificate.get()));
            chain.push_back(std::move(certificate));
        }
    }
    if (chain.empty()) {
        result.detail = Tr::tr("The signer's certificate (/Cert) is missing or unreadable.");
        return result;
    }
    result.signer = result.certificates.first();

    // /Contents holds the signature value wrapped in a DER OCTET STRING.
    const unsigned char *p = reinterpret_cast<const unsigned char *>(contents.data());
    ASN1_OCTET_STRING *wrapped = d2i_ASN1_OCTET_STRING(nullptr, &p, long(contents.size()));
    if (!wrapped) {
        result.detail = Tr::tr("The signature value in /Contents cannot be read.");
        ossl::clearErrors();
        return result;
    }
    const QByteArray signature = octets(wrapped);
    ASN1_OCTET_STRING_free(wrapped);

    ossl::MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY *key = X509_get0_pubkey(chain.front().get());
    bool ok = key && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha1(), nullptr, key) == 1;
    for (QByteArrayView piece : signedBytes)
        ok = ok && EVP_DigestVerifyUpdate(ctx.get(), piece.data(), size_t(piece.size())) == 1;
    ok = ok && EVP_DigestVerifyFinal(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size())) == 1;
    ossl::clearErrors();
    if (ok) {
        result.integrity = Integrity::Intact;
        result.detail = Tr::tr("The signed bytes are unchanged and the legacy RSA/SHA-1 signature value is valid for the signer's key.");
    } else {
        result.integrity = Integrity::Broken;
        result.detail = Tr::tr("The legacy RSA/SHA-1 signature value does not match the signed bytes.");
    }
    return result;
}

} // namespace granska
