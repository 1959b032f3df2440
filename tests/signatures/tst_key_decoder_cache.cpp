// Certificate keys read with OpenSSL's decoder contexts kept per thread and key type
// (signatures/KeyDecoderCache.cpp): every key read again, cold or with a kept context, on one
// thread or several at once, is the key the certificate was made with; a key type OpenSSL does not
// know still gives no key; and other key readings (a PEM private key) are left to OpenSSL.
#include "signatures/KeyDecoderCache.h"

#include <QTest>
#include <QtConcurrent>
#include <memory>
#include <vector>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

using namespace granska;

namespace {

struct KeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct CertificateFree {
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;
using Certificate = std::unique_ptr<X509, CertificateFree>;

Key generate(const QByteArray &algorithm, const QByteArray &curve)
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, algorithm.constData(), nullptr);
    EVP_PKEY *key = nullptr;
    bool ok = ctx && EVP_PKEY_keygen_init(ctx) == 1;
    if (ok && !curve.isEmpty())
        ok = EVP_PKEY_CTX_set_group_name(ctx, curve.constData()) == 1;
    if (ok && algorithm.startsWith("RSA"))
        ok = EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 2048) == 1;
    if (ok)
        ok = EVP_PKEY_keygen(ctx, &key) == 1;
    EVP_PKEY_CTX_free(ctx);
    return Key(ok ? key : nullptr);
}

// A self-signed certificate for the key, as DER.
QByteArray selfSigned(EVP_PKEY *key)
{
    Certificate certificate(X509_new());
    X509_set_version(certificate.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 3600);
    X509_NAME *name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Key decoder test"), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    X509_set_pubkey(certificate.get(), key);
    const int type = EVP_PKEY_get_base_id(key);
    const EVP_MD *md = type == EVP_PKEY_ED25519 || type == EVP_PKEY_ED448 ? nullptr : EVP_sha256();
    if (X509_sign(certificate.get(), key, md) <= 0)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_X509(certificate.get(), &der);
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

Certificate parse(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return Certificate(d2i_X509(nullptr, &p, long(der.size())));
}

// Whether the certificate read from `der` carries `key` (its public half).
bool carries(const QByteArray &der, EVP_PKEY *key)
{
    Certificate certificate = parse(der);
    EVP_PKEY *read = certificate ? X509_get0_pubkey(certificate.get()) : nullptr;
    return read && EVP_PKEY_eq(read, key) == 1;
}

} // namespace

class KeyDecoderCacheTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keysReadAgain_data()
    {
        QTest::addColumn<QByteArray>("algorithm");
        QTest::addColumn<QByteArray>("curve");

        QTest::newRow("RSA") << QByteArray("RSA") << QByteArray();
        QTest::newRow("RSA-PSS") << QByteArray("RSA-PSS") << QByteArray();
        QTest::newRow("EC P-256") << QByteArray("EC") << QByteArray("P-256");
        QTest::newRow("EC P-384") << QByteArray("EC") << QByteArray("P-384");
        QTest::newRow("EC brainpool") << QByteArray("EC") << QByteArray("brainpoolP256r1");
        QTest::newRow("Ed25519") << QByteArray("ED25519") << QByteArray();
        QTest::newRow("Ed448") << QByteArray("ED448") << QByteArray();
    }

    void keysReadAgain()
    {
        QFETCH(QByteArray, algorithm);
        QFETCH(QByteArray, curve);
        // Two keys of the type: the kept context must deliver each reading's own key.
        const Key first = generate(algorithm, curve);
        const Key second = generate(algorithm, curve);
        QVERIFY(first && second);
        const QByteArray firstDer = selfSigned(first.get());
        const QByteArray secondDer = selfSigned(second.get());
        QVERIFY(!firstDer.isEmpty() && !secondDer.isEmpty());

        const quint64 lentBefore = ossl::keyDecodersLentOnThisThread();
        for (int round = 0; round < 3; ++round) {
            QVERIFY(carries(firstDer, first.get()));
            QVERIFY(carries(secondDer, second.get()));
            QVERIFY(!carries(firstDer, second.get()));
        }
        // Each of the nine readings borrowed a kept context.
        QCOMPARE(ossl::keyDecodersLentOnThisThread() - lentBefore, quint64(9));
    }

    // Certificates read one after another and kept, as a chain's are: each holds its own key, not
    // the last one read.
    void keysKeptApart()
    {
        const Key outer = generate("RSA", {});
        const Key inner = generate("RSA", {});
        const QByteArray outerDer = selfSigned(outer.get());
        const QByteArray innerDer = selfSigned(inner.get());
        Certificate a = parse(outerDer);
        Certificate b = parse(innerDer);
        Certificate c = parse(outerDer);
        QVERIFY(a && b && c);
        QVERIFY(EVP_PKEY_eq(X509_get0_pubkey(a.get()), outer.get()) == 1);
        QVERIFY(EVP_PKEY_eq(X509_get0_pubkey(b.get()), inner.get()) == 1);
        QVERIFY(EVP_PKEY_eq(X509_get0_pubkey(c.get()), outer.get()) == 1);
    }

    void severalThreads()
    {
        std::vector<Key> keys;
        QList<QByteArray> certificates;
        for (const auto &[algorithm, curve] : {std::pair<QByteArray, QByteArray>{"RSA", {}}, {"EC", "P-256"}, {"ED25519", {}}}) {
            keys.push_back(generate(algorithm, curve));
            certificates.append(selfSigned(keys.back().get()));
        }
        QList<int> work;
        for (int i = 0; i < 64; ++i)
            work.append(i);
        const QList<bool> results = QtConcurrent::blockingMapped(work, [&](int i) {
            const int which = i % int(certificates.size());
            bool all = true;
            for (int round = 0; round < 20; ++round)
                all = all && carries(certificates[which], keys[which].get());
            return all;
        });
        QVERIFY(!results.contains(false));
    }

    // A key algorithm OpenSSL does not know: the certificate still reads, without a key, as before.
    void unknownKeyType()
    {
        const Key key = generate("RSA", {});
        QByteArray der = selfSigned(key.get());
        // rsaEncryption (1.2.840.113549.1.1.1) appears once, in the key's algorithm; 1.1.127 is unassigned.
        const QByteArray rsaEncryption = QByteArray::fromHex("06092a864886f70d010101");
        QCOMPARE(der.count(rsaEncryption), 1);
        der.replace(rsaEncryption, QByteArray::fromHex("06092a864886f70d01017f"));
        for (int round = 0; round < 2; ++round) {
            Certificate certificate = parse(der);
            QVERIFY(certificate);
            QVERIFY(!X509_get0_pubkey(certificate.get()));
        }
        QVERIFY(carries(selfSigned(key.get()), key.get())); // and known types still read
    }

    // Reading a private key asks OpenSSL for another kind of decoder, which is not kept.
    void privateKeysAreLeftAlone()
    {
        const Key key = generate("EC", "P-256");
        BIO *pem = BIO_new(BIO_s_mem());
        QVERIFY(PEM_write_bio_PrivateKey(pem, key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1);
        const quint64 lentBefore = ossl::keyDecodersLentOnThisThread();
        Key read(PEM_read_bio_PrivateKey(pem, nullptr, nullptr, nullptr));
        BIO_free(pem);
        QVERIFY(read);
        QVERIFY(EVP_PKEY_eq(read.get(), key.get()) == 1);
        QCOMPARE(ossl::keyDecodersLentOnThisThread(), lentBefore);
    }
};

QTEST_GUILESS_MAIN(KeyDecoderCacheTest)
#include "tst_key_decoder_cache.moc"
