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
#include <openssl/x509v3.h>

using namespace granska;
using namespace granska::fixtures;

Q_DECLARE_METATYPE(RevocationList::Listing)

namespace {

const char *const kEcdsaSha256 = "1.2.840.10045.4.3.2";
const char *const kEcdsaSha384 = "1.2.840.10045.4.3.3";

QByteArray algorithm(const char *oid)
{
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

QByteArray signatureOver(const QByteArray &data, EVP_PKEY *key)
{
    ossl::MdCtx context(EVP_MD_CTX_new());
    size_t length = 0;
    if (EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key) != 1
        || EVP_DigestSign(context.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) != 1)
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
    QByteArray version = QByteArray(1, '\x01'); // content of the version INTEGER; empty: none (v1)
    QList<QByteArray> extensions;                // besides the CRL number
};

// A version 2 CRL of `issuer` with the given entries and a CRL number, signed with ECDSA/SHA-256.
QByteArray makeList(const Credential &issuer, const ListRecipe &recipe)
{
    QList<QByteArray> fields{algorithm(kEcdsaSha256), nameOf(issuer.certificate()), utcTime("240301000000Z"),
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
    const QByteArray signature = signatureOver(tbs, issuer.privateKey());
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
        QTest::addColumn<bool>("byIssuer");
        QTest::addColumn<bool>("expected");
        const QList<QByteArray> entries{entry("\x01"), entry("\x02")};
        QTest::newRow("issuer's key") << ListRecipe{entries} << true << true;
        QTest::newRow("another key") << ListRecipe{entries} << false << false;
        ListRecipe tampered{entries};
        tampered.tamperAfterSigning = true;
        QTest::newRow("signed part changed") << tampered << true << false;
        ListRecipe disagreeing{entries};
        disagreeing.outerAlgorithm = kEcdsaSha384;
        QTest::newRow("algorithms disagree") << disagreeing << true << false;
        ListRecipe ber{entries};
        ber.indefiniteLength = true;
        QTest::newRow("BER length") << ber << true << true;
    }

    void signature()
    {
        QFETCH(ListRecipe, recipe);
        QFETCH(bool, byIssuer);
        QFETCH(bool, expected);
        const QByteArray der = makeList(m_pki->intermediate(), recipe);
        EVP_PKEY *key = X509_get0_pubkey((byIssuer ? m_pki->intermediate() : m_pki->root()).certificate());
        const RevocationList list(der);
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
};

QTEST_GUILESS_MAIN(RevocationListTest)
#include "tst_revocation_list.moc"
