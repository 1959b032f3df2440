// The CRL reader against OpenSSL's: for lists written here by hand and signed by the test PKI's
// intermediate CA, RevocationList gives the same answer as X509_CRL for every question (readable,
// dates, signature, whether a certificate is listed), including lists whose encoding it leaves to
// OpenSSL (BER lengths) and lists OpenSSL rejects (a padded serial number, a broken extension).
#include "signatures/OpenSsl.h"
#include "signatures/RevocationList.h"

#include "DerWriter.h"
#include "TestPki.h"

#include <QTest>
#include <memory>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

using namespace granska;
using namespace granska::fixtures;

Q_DECLARE_METATYPE(RevocationList::Listing)

namespace {

const char *const kEcdsaSha256 = "1.2.840.10045.4.3.2";
const char *const kEcdsaSha384 = "1.2.840.10045.4.3.3";
const char *const kRsaSha256 = "1.2.840.113549.1.1.11";
const char *const kRsaPss = "1.2.840.113549.1.1.10";
const char *const kSha256 = "2.16.840.1.101.3.4.2.1";

QByteArray algorithm(const char *oid)
{
    const QByteArray null("\x05\x00", 2);
    if (qstrcmp(oid, kRsaSha256) == 0)
        return der::sequence({der::objectIdentifier(oid), null});
    if (qstrcmp(oid, kRsaPss) == 0) {
        // RSASSA-PSS-params: SHA-256, MGF1 with SHA-256, a salt of 32 bytes (RFC 4055)
        const QByteArray sha256 = der::sequence({der::objectIdentifier(kSha256), null});
        const QByteArray mgf1 = der::sequence({der::objectIdentifier("1.2.840.113549.1.1.8"), sha256});
        const QByteArray params = der::sequence({der::explicitTag(0, sha256), der::explicitTag(1, mgf1),
                                                 der::explicitTag(2, der::element(0x02, QByteArray(1, char(32))))});
        return der::sequence({der::objectIdentifier(oid), params});
    }
    return der::sequence({der::objectIdentifier(oid)});
}

QByteArray utcTime(const char *text)
{
    return der::element(0x17, QByteArray(text));
}

QByteArray serialContent(X509 *certificate)
{
    unsigned char *encoded = nullptr;
    const int length = i2d_ASN1_INTEGER(X509_get0_serialNumber(certificate), &encoded);
    const QByteArray whole(reinterpret_cast<const char *>(encoded), length);
    OPENSSL_free(encoded);
    return whole.mid(2); // serial numbers here are short: one length octet
}

QByteArray entry(const QByteArray &serial, const QList<QByteArray> &extensions = {})
{
    QList<QByteArray> fields{der::element(0x02, serial), utcTime("240110120000Z")};
    if (!extensions.isEmpty())
        fields.append(der::sequence(extensions));
    return der::sequence(fields);
}

QByteArray reasonCode(int reason)
{
    const QByteArray enumerated = der::element(0x0a, QByteArray(1, char(reason)));
    return der::sequence({der::objectIdentifier("2.5.29.21"), der::octetString(enumerated)});
}

QByteArray nameOf(X509 *certificate)
{
    unsigned char *encoded = nullptr;
    const int length = i2d_X509_NAME(X509_get_subject_name(certificate), &encoded);
    const QByteArray out(reinterpret_cast<const char *>(encoded), length);
    OPENSSL_free(encoded);
    return out;
}

QByteArray signatureOver(const QByteArray &data, EVP_PKEY *key, bool pss)
{
    ossl::MdCtx context(EVP_MD_CTX_new());
    size_t length = 0;
    EVP_PKEY_CTX *keyContext = nullptr;
    if (EVP_DigestSignInit(context.get(), &keyContext, EVP_sha256(), nullptr, key) != 1)
        return {};
    if (pss
        && (EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) != 1 || EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, 32) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, EVP_sha256()) != 1))
        return {};
    if (EVP_DigestSign(context.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) != 1)
        return {};
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) != 1)
        return {};
    signature.resize(qsizetype(length));
    return signature;
}

struct ListRecipe {
    QList<QByteArray> entries;
    bool entriesField = true;
    const char *outerAlgorithm = kEcdsaSha256;
    bool indefiniteLength = false; // the outer SEQUENCE in BER's indefinite form
    bool tamperAfterSigning = false;
    const char *innerAlgorithm = kEcdsaSha256; // the algorithm named in the signed part, and used
    QByteArray version = QByteArray(1, '\x01'); // content of the version INTEGER; empty: none (v1)
    QList<QByteArray> extensions;                // besides the CRL number
};

// A version 2 CRL of `issuer` with the given entries and a CRL number, signed with ECDSA/SHA-256.
QByteArray makeList(const Credential &issuer, const ListRecipe &recipe)
{
    QList<QByteArray> fields{algorithm(recipe.innerAlgorithm), nameOf(issuer.certificate()), utcTime("240301000000Z"),
                             utcTime("240331000000Z")};
    if (!recipe.version.isEmpty())
        fields.prepend(der::element(0x02, recipe.version));
    if (recipe.entriesField) {
        QByteArray content;
        for (const QByteArray &e : recipe.entries)
            content += e;
        fields.append(der::element(0x30, content));
    }
    const QByteArray crlNumber = der::sequence({der::objectIdentifier("2.5.29.20"), der::octetString(der::element(0x02, "\x05"))});
    fields.append(der::explicitTag(0, der::sequence(QList<QByteArray>{crlNumber} + recipe.extensions)));
    QByteArray tbs = der::sequence(fields);
    const QByteArray signature = signatureOver(tbs, issuer.privateKey(), qstrcmp(recipe.innerAlgorithm, kRsaPss) == 0);
    if (recipe.tamperAfterSigning)
        tbs.replace(tbs.indexOf("240301"), 6, "240302");
    const QByteArray content = tbs + algorithm(recipe.outerAlgorithm) + der::element(0x03, QByteArray(1, '\0') + signature);
    if (recipe.indefiniteLength)
        return QByteArray("\x30\x80", 2) + content + QByteArray(2, '\0');
    return der::element(0x30, content);
}

} // namespace

Q_DECLARE_METATYPE(ListRecipe)

namespace {

using CrlPtr = std::unique_ptr<X509_CRL, ossl::Deleter<X509_CRL, X509_CRL_free>>;

CrlPtr openSslParse(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    CrlPtr crl(d2i_X509_CRL(nullptr, &p, long(der.size())));
    ossl::clearErrors();
    return crl;
}

} // namespace

class RevocationListTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_pki = std::make_unique<TestPki>();
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        try {
            CertificateRequest request;
            request.label = QStringLiteral("rsa-ca");
            request.subject = {QStringLiteral("Granska Test RSA CA"), QStringLiteral("Granska Test PKI"), QStringLiteral("SE"), {}};
            request.keyType = KeyType::Rsa2048;
            request.role = CertificateRole::CertificateAuthority;
            request.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
            request.notAfter = QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC);
            m_rsaCa = m_pki->issue(request, m_pki->root());
        } catch (const FixtureError &e) {
            QFAIL(e.what());
        }
    }

    void listing_data()
    {
        QTest::addColumn<ListRecipe>("recipe");
        QTest::addColumn<RevocationList::Listing>("expected");
        const QByteArray signer = serialContent(m_pki->ecSigner().certificate());
        const QList<QByteArray> others{entry("\x01"), entry("\x7f"), entry(QByteArray("\x01\x00", 2)), entry("\xff")};
        using L = RevocationList::Listing;
        QTest::newRow("not listed among others") << ListRecipe{others} << L::NotListed;
        QTest::newRow("listed") << ListRecipe{others + QList<QByteArray>{entry(signer)}} << L::Revoked;
        QTest::newRow("listed with a reason") << ListRecipe{{entry(signer, {reasonCode(1)})}} << L::Revoked;
        QTest::newRow("listed to be removed (delta CRL)") << ListRecipe{{entry(signer, {reasonCode(8)})}} << L::NotListed;
        QTest::newRow("no entries") << ListRecipe{{}, false} << L::NotListed;
        QTest::newRow("empty entries") << ListRecipe{{}, true} << L::NotListed;
        ListRecipe ber{others + QList<QByteArray>{entry(signer)}};
        ber.indefiniteLength = true;
        QTest::newRow("BER length, listed") << ber << L::Revoked;
        ListRecipe version1{others + QList<QByteArray>{entry(signer)}};
        version1.version.clear();
        QTest::newRow("version 1 (no version field), listed") << version1 << L::Revoked;
        ListRecipe version9{others};
        version9.version = QByteArray(1, '\x08');
        QTest::newRow("unknown version") << version9 << L::NotListed;
        ListRecipe critical{others};
        critical.extensions << der::sequence({der::objectIdentifier("1.2.3.4"), der::element(0x01, "\xff"), der::octetString("x")});
        QTest::newRow("unknown critical extension") << critical << L::NotListed;
        QTest::newRow("padded serial number elsewhere") << ListRecipe{{entry(QByteArray("\x00\x01", 2))}} << L::Unreadable;
        const QByteArray brokenExtension = der::sequence({der::element(0x06, "\x80\x01"), der::octetString("x")});
        QTest::newRow("broken extension elsewhere") << ListRecipe{{entry("\x01", {brokenExtension})}} << L::Unreadable;
    }

    void listing()
    {
        QFETCH(ListRecipe, recipe);
        QFETCH(RevocationList::Listing, expected);
        const QByteArray der = makeList(m_pki->intermediate(), recipe);
        X509 *certificate = m_pki->ecSigner().certificate();
        const RevocationList list(der);
        QDateTime when;
        QCOMPARE(list.listing(certificate, &when), expected);
        QCOMPARE(list.readable(), expected != RevocationList::Listing::Unreadable);

        // OpenSSL's reading of the same bytes.
        const CrlPtr crl = openSslParse(der);
        QCOMPARE(bool(crl), list.readable());
        if (!crl)
            return;
        X509_REVOKED *revoked = nullptr;
        const bool listed = X509_CRL_get0_by_cert(crl.get(), &revoked, certificate) == 1;
        QCOMPARE(listed, expected == RevocationList::Listing::Revoked);
        if (listed)
            QCOMPARE(when, ossl::toDateTime(X509_REVOKED_get0_revocationDate(revoked)));
        QCOMPARE(X509_NAME_cmp(list.issuer(), X509_CRL_get_issuer(crl.get())), 0);
        QCOMPARE(list.thisUpdate(), ossl::toDateTime(X509_CRL_get0_lastUpdate(crl.get())));
        QCOMPARE(list.nextUpdate(), ossl::toDateTime(X509_CRL_get0_nextUpdate(crl.get())));
        QCOMPARE(list.thisUpdate(), QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC));
    }

    void signature_data()
    {
        QTest::addColumn<ListRecipe>("recipe");
        QTest::addColumn<bool>("rsaIssuer"); // signed by the RSA CA, else by the EC intermediate
        QTest::addColumn<bool>("byIssuer");  // verified with the issuer's key, else the root's
        QTest::addColumn<bool>("expected");
        const QList<QByteArray> entries{entry("\x01"), entry("\x02")};
        QTest::newRow("issuer's key") << ListRecipe{entries} << false << true << true;
        QTest::newRow("another key") << ListRecipe{entries} << false << false << false;
        ListRecipe tampered{entries};
        tampered.tamperAfterSigning = true;
        QTest::newRow("signed part changed") << tampered << false << true << false;
        ListRecipe disagreeing{entries};
        disagreeing.outerAlgorithm = kEcdsaSha384;
        QTest::newRow("algorithms disagree") << disagreeing << false << true << false;
        ListRecipe ber{entries};
        ber.indefiniteLength = true;
        QTest::newRow("BER length") << ber << false << true << true;
        ListRecipe rsa{entries};
        rsa.innerAlgorithm = rsa.outerAlgorithm = kRsaSha256;
        QTest::newRow("RSA, issuer's key") << rsa << true << true << true;
        QTest::newRow("RSA, a key of another type") << rsa << true << false << false;
        ListRecipe rsaTampered = rsa;
        rsaTampered.tamperAfterSigning = true;
        QTest::newRow("RSA, signed part changed") << rsaTampered << true << true << false;
        ListRecipe pss{entries};
        pss.innerAlgorithm = pss.outerAlgorithm = kRsaPss;
        QTest::newRow("RSA-PSS, issuer's key") << pss << true << true << true;
        ListRecipe pssTampered = pss;
        pssTampered.tamperAfterSigning = true;
        QTest::newRow("RSA-PSS, signed part changed") << pssTampered << true << true << false;
    }

    void signature()
    {
        QFETCH(ListRecipe, recipe);
        QFETCH(bool, rsaIssuer);
        QFETCH(bool, byIssuer);
        QFETCH(bool, expected);
        const Credential &issuer = rsaIssuer ? m_rsaCa : m_pki->intermediate();
        const QByteArray der = makeList(issuer, recipe);
        EVP_PKEY *key = X509_get0_pubkey((byIssuer ? issuer : m_pki->root()).certificate());
        const RevocationList list(der);
        QVERIFY(list.readable());
        QCOMPARE(list.signedBy(key), expected);
        const CrlPtr crl = openSslParse(der);
        QVERIFY(crl);
        QCOMPARE(X509_CRL_verify(crl.get(), key) == 1, expected);
        ossl::clearErrors();
    }

    // The answer for each key is kept: asking again, with the same key or another, changes nothing.
    void signatureAskedAgain()
    {
        const RevocationList list(makeList(m_pki->intermediate(), ListRecipe{{entry("\x01")}}));
        EVP_PKEY *issuer = X509_get0_pubkey(m_pki->intermediate().certificate());
        EVP_PKEY *other = X509_get0_pubkey(m_pki->root().certificate());
        QVERIFY(!list.signedBy(other));
        QVERIFY(list.signedBy(issuer));
        QVERIFY(!list.signedBy(other));
        QVERIFY(list.signedBy(issuer));
        QVERIFY(!list.signedBy(nullptr));
    }

    void notACrl_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("not a CRL at all");
        QTest::newRow("a certificate") << m_pki->ecSigner().certificateDer();
        QTest::newRow("truncated") << makeList(m_pki->intermediate(), ListRecipe{{entry("\x01")}}).chopped(10);
    }

    void notACrl()
    {
        QFETCH(QByteArray, bytes);
        const RevocationList list(bytes);
        QVERIFY(!list.readable());
        QVERIFY(!list.issuer());
        QVERIFY(!list.signedBy(X509_get0_pubkey(m_pki->intermediate().certificate())));
        QCOMPARE(list.listing(m_pki->ecSigner().certificate(), nullptr), RevocationList::Listing::Unreadable);
    }

private:
    std::unique_ptr<TestPki> m_pki;
    Credential m_rsaCa;
};

QTEST_GUILESS_MAIN(RevocationListTest)
#include "tst_revocation_list.moc"
