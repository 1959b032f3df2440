#include "OpenSsl.h"

#include "Der.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QTimeZone>
#include <algorithm>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/sha.h>
#include <openssl/x509v3.h>
#include <unordered_map>

namespace granska::ossl {
namespace {

// OpenSSL is initialised without reading the system's openssl.cnf: verification then uses the
// default provider everywhere, so that a document gets the same answer on every machine, and
// every process is spared parsing the file (about 2 M instructions). Its error strings are not
// loaded either (no message shows them) nor is it cleaned up at exit, which the operating system
// does anyway: together another 1.7 M instructions of every process. Nor is the table of cipher
// names filled: nothing looks a cipher up by name (QPDF's AES comes from EVP_aes_*_ecb()), and
// OpenSSL 3.0 would otherwise copy every cipher's names and OID text into its name map on the first
// fetch of any algorithm (another 2.3 M). Done before any other use.
const bool initialised = OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG | OPENSSL_INIT_NO_LOAD_CRYPTO_STRINGS | OPENSSL_INIT_NO_ATEXIT
                                                 | OPENSSL_INIT_NO_ADD_ALL_CIPHERS,
                                             nullptr)
                         == 1;

} // namespace

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString objectName(const ASN1_OBJECT *object)
{
    if (!object)
        return {};
    const int nid = OBJ_obj2nid(object);
    if (nid != NID_undef)
        return QString::fromLatin1(OBJ_nid2ln(nid));
    char buffer[128];
    OBJ_obj2txt(buffer, sizeof buffer, object, 1);
    return QString::fromLatin1(buffer);
}

QByteArray sha256(QByteArrayView bytes)
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char *>(bytes.data()), size_t(bytes.size()), reinterpret_cast<unsigned char *>(digest.data()));
    return digest;
}

FileDigests::FileDigests(QByteArrayView file) : m_file(file)
{
    const EVP_MD *sha256 = fetched(EVP_sha256());
    MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestInit_ex(ctx.get(), sha256, nullptr) != 1)
        return;
    for (qsizetype at = 0; at <= file.size(); at += kCheckpointBytes) {
        MdCtx checkpoint(EVP_MD_CTX_new());
        if (!checkpoint || EVP_MD_CTX_copy_ex(checkpoint.get(), ctx.get()) != 1)
            return;
        m_checkpoints.push_back(std::move(checkpoint));
        const qsizetype length = std::min(kCheckpointBytes, file.size() - at);
        if (EVP_DigestUpdate(ctx.get(), file.data() + at, size_t(length)) != 1)
            return;
    }
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(digest.data()), &length) == 1)
        m_fileSha256 = digest;
}

FileDigests::~FileDigests() = default;

namespace {

// Hashes the pieces into a started context, the first `skip` bytes of the first piece excepted
// (a resumed state has them already), and finishes it.
QByteArray finishDigest(EVP_MD_CTX *ctx, const EVP_MD *md, const QList<QByteArrayView> &pieces, qsizetype skip)
{
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QByteArrayView piece = i == 0 ? pieces[i].sliced(skip) : pieces[i];
        if (EVP_DigestUpdate(ctx, piece.data(), size_t(piece.size())) != 1)
            return {};
    }
    QByteArray out;
    if (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) {
        out.resize(64);
        if (EVP_DigestFinalXOF(ctx, reinterpret_cast<unsigned char *>(out.data()), size_t(out.size())) != 1)
            return {};
        return out;
    }
    out.resize(EVP_MAX_MD_SIZE);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()), &length) != 1)
        return {};
    out.resize(int(length));
    return out;
}

} // namespace

QByteArray digestOf(const EVP_MD *md, const QList<QByteArrayView> &pieces)
{
    MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || !md || EVP_DigestInit_ex(ctx.get(), fetched(md), nullptr) != 1)
        return {};
    return finishDigest(ctx.get(), md, pieces, 0);
}

QByteArray FileDigests::digest(const EVP_MD *md, const QList<QByteArrayView> &pieces) const
{
    const bool resumable = md && EVP_MD_get_type(md) == NID_sha256 && !pieces.isEmpty() && !m_checkpoints.empty()
                           && pieces.first().data() == m_file.data();
    if (!resumable)
        return digestOf(md, pieces);
    const size_t index = std::min(size_t(pieces.first().size() / kCheckpointBytes), m_checkpoints.size() - 1);
    MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_MD_CTX_copy_ex(ctx.get(), m_checkpoints[index].get()) != 1)
        return {};
    return finishDigest(ctx.get(), md, pieces, qsizetype(index) * kCheckpointBytes);
}

QString hex(const unsigned char *data, size_t length)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(data), qsizetype(length)).toHex());
}

namespace {

QString nameText(const X509_NAME *name)
{
    Bio bio(BIO_new(BIO_s_mem()));
    // RFC 2253 order and escaping, but UTF-8 left as it is rather than escaped byte by byte.
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, length);
}

QString commonName(const X509_NAME *name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QString publicKeyText(X509 *certificate)
{
    EVP_PKEY *key = X509_get0_pubkey(certificate);
    if (!key)
        return {};
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(key));
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) == 1) {
            // The NIST names people know rather than OpenSSL's.
            static const QHash<QString, QString> nist = {{QStringLiteral("prime256v1"), QStringLiteral("P-256")},
                                                         {QStringLiteral("secp384r1"), QStringLiteral("P-384")},
                                                         {QStringLiteral("secp521r1"), QStringLiteral("P-521")},
                                                         {QStringLiteral("secp224r1"), QStringLiteral("P-224")}};
            const QString name = QString::fromLatin1(group, qsizetype(length));
            return QStringLiteral("EC %1").arg(nist.value(name, name));
        }
        return QStringLiteral("EC %1").arg(EVP_PKEY_get_bits(key));
    }
    case EVP_PKEY_ED25519: return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448: return QStringLiteral("Ed448");
    case EVP_PKEY_DSA: return QStringLiteral("DSA %1").arg(EVP_PKEY_get_bits(key));
    default: return QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(key)));
    }
}

QString oidText(QByteArrayView der)
{
    // An OBJECT IDENTIFIER element's content, as dotted text.
    ASN1_OBJECT *object = nullptr;
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.data());
    if (!d2i_ASN1_OBJECT(&object, &p, long(der.size())))
        return {};
    char text[128] = {};
    OBJ_obj2txt(text, sizeof text, object, 1);
    ASN1_OBJECT_free(object);
    return QString::fromLatin1(text);
}

// The QC statements of ETSI EN 319 412-5 (and the semantics identifiers of EN 319 412-1) that a
// certificate claims, named for people.
QStringList qcStatements(X509 *certificate)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("0.4.0.1862.1.1"), QStringLiteral("QcCompliance")},
        {QStringLiteral("0.4.0.1862.1.2"), QStringLiteral("QcLimitValue")},
        {QStringLiteral("0.4.0.1862.1.3"), QStringLiteral("QcRetentionPeriod")},
        {QStringLiteral("0.4.0.1862.1.4"), QStringLiteral("QcSSCD")},
        {QStringLiteral("0.4.0.1862.1.5"), QStringLiteral("QcPDS")},
        {QStringLiteral("0.4.0.1862.1.6"), QStringLiteral("QcType")},
        {QStringLiteral("0.4.0.1862.1.7"), QStringLiteral("QcCClegislation")},
        {QStringLiteral("0.4.0.19495.2"), QStringLiteral("PSD2")},
        {QStringLiteral("1.3.6.1.5.5.7.11.2"), QStringLiteral("SemanticsId")},
    };
    static const QHash<QString, QString> types = {
        {QStringLiteral("0.4.0.1862.1.6.1"), QStringLiteral("esign")},
        {QStringLiteral("0.4.0.1862.1.6.2"), QStringLiteral("eseal")},
        {QStringLiteral("0.4.0.1862.1.6.3"), QStringLiteral("web")},
        {QStringLiteral("0.4.0.194121.1.1"), QStringLiteral("natural")},
        {QStringLiteral("0.4.0.194121.1.2"), QStringLiteral("legal")},
        {QStringLiteral("0.4.0.194121.1.3"), QStringLiteral("eidas-natural")},
        {QStringLiteral("0.4.0.194121.1.4"), QStringLiteral("eidas-legal")},
    };
    QStringList out;
    const int index = X509_get_ext_by_NID(certificate, NID_qcStatements, -1);
    if (index < 0)
        return out;
    const ASN1_OCTET_STRING *data = X509_EXTENSION_get_data(X509_get_ext(certificate, index));
    const auto sequence = der::readElement(QByteArrayView(reinterpret_cast<const char *>(ASN1_STRING_get0_data(data)), ASN1_STRING_length(data)));
    if (!sequence)
        return out;
    der::Reader statements(sequence->content);
    while (const auto statement = statements.next()) {
        der::Reader fields(statement->content);
        const auto id = fields.next();
        if (!id || id->tag != 0x06)
            continue;
        const QString oid = oidText(id->whole);
        QString name = names.value(oid, oid);
        // QcType lists OIDs; the semantics identifier is the first element of its info.
        if (const auto info = fields.next(); info && info->tag == 0x30) {
            der::Reader items(info->content);
            QStringList details;
            while (const auto item = items.next()) {
                if (item->tag == 0x06)
                    details << types.value(oidText(item->whole), oidText(item->whole));
            }
            if (!details.isEmpty())
                name += QLatin1Char(' ') + details.join(QLatin1Char(','));
        }
        out << name;
    }
    return out;
}

QStringList keyUsage(X509 *certificate)
{
    static const std::pair<uint32_t, const char *> bits[] = {
        {KU_DIGITAL_SIGNATURE, "digitalSignature"}, {KU_NON_REPUDIATION, "nonRepudiation"},
        {KU_KEY_ENCIPHERMENT, "keyEncipherment"},   {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
        {KU_KEY_AGREEMENT, "keyAgreement"},         {KU_KEY_CERT_SIGN, "keyCertSign"},
        {KU_CRL_SIGN, "cRLSign"}};
    QStringList out;
    const uint32_t usage = X509_get_key_usage(certificate);
    if (usage == UINT32_MAX)
        return out; // no keyUsage extension: any use
    for (const auto &[bit, name] : bits)
        if (usage & bit)
            out << QString::fromLatin1(name);
    return out;
}

QStringList policies(X509 *certificate)
{
    QStringList out;
    auto *list = static_cast<CERTIFICATEPOLICIES *>(X509_get_ext_d2i(certificate, NID_certificate_policies, nullptr, nullptr));
    if (!list)
        return out;
    for (int i = 0; i < sk_POLICYINFO_num(list); ++i) {
        char text[128] = {};
        OBJ_obj2txt(text, sizeof text, sk_POLICYINFO_value(list, i)->policyid, 1);
        out << QString::fromLatin1(text);
    }
    CERTIFICATEPOLICIES_free(list);
    return out;
}

} // namespace

QByteArray derOf(X509 *certificate)
{
    unsigned char *out = nullptr;
    const int length = i2d_X509(certificate, &out);
    QByteArray der = length > 0 ? QByteArray(reinterpret_cast<const char *>(out), length) : QByteArray();
    OPENSSL_free(out);
    return der;
}

namespace {

CertificateInfo describe(X509 *certificate)
{
    CertificateInfo info;
    info.subject = nameText(X509_get_subject_name(certificate));
    info.issuer = nameText(X509_get_issuer_name(certificate));
    info.commonName = commonName(X509_get_subject_name(certificate));
    if (BIGNUM *serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr)) {
        char *text = BN_bn2hex(serial);
        info.serialNumber = QString::fromLatin1(text);
        OPENSSL_free(text);
        BN_free(serial);
    }
    info.notBefore = toDateTime(X509_get0_notBefore(certificate));
    info.notAfter = toDateTime(X509_get0_notAfter(certificate));
    info.publicKey = publicKeyText(certificate);
    info.sha256Fingerprint = sha256FingerprintOf(certificate);
    info.isCa = X509_check_ca(certificate) > 0;
    info.keyUsage = keyUsage(certificate);
    info.qcStatements = qcStatements(certificate);
    info.policies = policies(certificate);
    info.der = derOf(certificate);
    ossl::clearErrors();
    return info;
}

// Each certificate's description is kept with it (in its ex_data) once made: a document's
// signatures, timestamps and chains describe the same certificates again and again, and so do the
// documents of a batch, which share parsed certificates (sharedCertificate()).
QMutex &descriptionMutex()
{
    static QMutex mutex;
    return mutex;
}

int descriptionIndex()
{
    static const int index = X509_get_ex_new_index(0, nullptr, nullptr, nullptr,
                                                   [](void *, void *description, CRYPTO_EX_DATA *, int, long, void *) {
                                                       delete static_cast<CertificateInfo *>(description);
                                                   });
    return index;
}

} // namespace

CertificateInfo certificateInfo(X509 *certificate)
{
    const int index = descriptionIndex();
    {
        QMutexLocker lock(&descriptionMutex());
        if (const auto *known = static_cast<const CertificateInfo *>(X509_get_ex_data(certificate, index)))
            return *known;
    }
    CertificateInfo info = describe(certificate);
    QMutexLocker lock(&descriptionMutex());
    if (!X509_get_ex_data(certificate, index))
        X509_set_ex_data(certificate, index, new CertificateInfo(info));
    return info;
}

QString commonNameOf(X509 *certificate)
{
    return commonName(X509_get_subject_name(certificate));
}

QString sha256FingerprintOf(X509 *certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    return X509_digest(certificate, fetched(EVP_sha256()), digest, &length) == 1 ? hex(digest, length) : QString();
}

namespace {

// Parsed objects shared by the whole process, keyed by their DER encoding: parsed once, however
// many documents and threads use them. Bounded by the DER kept; past the bound it starts afresh
// (the objects stay alive while someone holds them).
template <typename T>
class ParsedOnce {
public:
    explicit ParsedOnce(qint64 maxBytes) : m_maxBytes(maxBytes) {}

    // The object for `der`, parsed with `parse` (null when the bytes do not parse) the first time.
    template <typename Parse>
    std::shared_ptr<T> get(QByteArrayView der, Parse parse)
    {
        const QByteArray key = der.toByteArray();
        {
            QMutexLocker lock(&m_mutex);
            if (const auto it = m_byDer.find(key); it != m_byDer.end())
                return it->second;
        }
        std::shared_ptr<T> parsed = parse(der); // outside the lock: parsing is the slow part
        return put(key, std::move(parsed));
    }

    // Keeps an object parsed elsewhere, unless one is kept already; returns the one kept.
    std::shared_ptr<T> put(const QByteArray &der, std::shared_ptr<T> object)
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_byDer.find(der); it != m_byDer.end())
            return it->second; // parsed meanwhile by another thread
        if (m_bytes + der.size() > m_maxBytes) {
            m_byDer.clear();
            m_bytes = 0;
        }
        m_byDer.emplace(der, object);
        m_bytes += der.size();
        return object;
    }

private:
    QMutex m_mutex;
    std::unordered_map<QByteArray, std::shared_ptr<T>> m_byDer;
    qint64 m_bytes = 0;
    const qint64 m_maxBytes;
};

// Never destroyed: the operating system reclaims it at exit.
ParsedOnce<X509> &certificates()
{
    static auto *shared = new ParsedOnce<X509>(16 * 1024 * 1024); // a batch's CAs many times over
    return *shared;
}

ParsedOnce<X509_CRL> &crls()
{
    static auto *shared = new ParsedOnce<X509_CRL>(64 * 1024 * 1024);
    return *shared;
}

X509Ptr newReference(const std::shared_ptr<X509> &certificate)
{
    if (certificate)
        X509_up_ref(certificate.get());
    return X509Ptr(certificate.get());
}

} // namespace

X509Ptr sharedCertificate(QByteArrayView der)
{
    if (der.isEmpty())
        return nullptr;
    return newReference(certificates().get(der, [](QByteArrayView bytes) {
        const unsigned char *p = reinterpret_cast<const unsigned char *>(bytes.data());
        X509 *parsed = d2i_X509(nullptr, &p, long(bytes.size()));
        clearErrors();
        return std::shared_ptr<X509>(parsed, X509_free);
    }));
}

void shareCertificate(X509 *certificate, const QByteArray &der)
{
    if (!certificate || der.isEmpty())
        return;
    X509_up_ref(certificate); // the cache's own reference
    certificates().put(der, std::shared_ptr<X509>(certificate, X509_free));
}

std::shared_ptr<X509_CRL> sharedCrl(QByteArrayView der)
{
    if (der.isEmpty())
        return nullptr;
    return crls().get(der, [](QByteArrayView bytes) {
        const unsigned char *p = reinterpret_cast<const unsigned char *>(bytes.data());
        X509_CRL *parsed = d2i_X509_CRL(nullptr, &p, long(bytes.size()));
        clearErrors();
        return std::shared_ptr<X509_CRL>(parsed, X509_CRL_free);
    });
}

const EVP_MD *fetched(const EVP_MD *digest)
{
    if (!digest)
        return nullptr;
    static QMutex mutex;
    static QHash<const EVP_MD *, EVP_MD *> implementations; // kept for the life of the process
    QMutexLocker lock(&mutex);
    auto it = implementations.find(digest);
    if (it == implementations.end())
        it = implementations.insert(digest, EVP_MD_fetch(nullptr, EVP_MD_get0_name(digest), nullptr));
    return *it ? *it : digest;
}

void clearErrors()
{
    ERR_clear_error();
}

} // namespace granska::ossl
