// Long-term validation of signatures on documents made at test time: the PKI, timestamps, OCSP
// responses, CRLs and trusted lists are our own (no network), so every time and status is chosen.
#include "ValidationTest.h"

#include "signatures/OpenSsl.h"
#include "signatures/PersonalIdentifiers.h"

#include <QTest>
#include <openssl/err.h>
#include <openssl/ocsp.h>
#include <openssl/ts.h>
#include <openssl/x509v3.h>

using namespace granska;
using namespace granska::fixtures;
using namespace validationtest;

void ValidationTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // GRANSKA_KEEP_FIXTURES=1 keeps the documents, certificates and trusted lists for a look with
    // other tools (pdfsig, qpdf --check, openssl).
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("GRANSKA_KEEP_FIXTURES"));
    if (!m_dir.autoRemove())
        qInfo("fixtures kept in %s", qPrintable(m_dir.path()));
    m_pki = std::make_unique<ValidationPki>();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    for (const Credential &c : m_pki->allRoles())
        m_credentials.insert(c.label(), c);
    m_plain = m_dir.filePath(QStringLiteral("plain.pdf"));
    QVERIFY_FIXTURE(makePdf(m_plain, 1));
    m_withField = m_dir.filePath(QStringLiteral("with-field.pdf"));
    QVERIFY_FIXTURE(addTextField(m_plain, m_withField, QStringLiteral("Remark")));
    QVERIFY_FIXTURE(m_pki->root().writePem(m_dir.path()));
    m_rootPem = m_dir.filePath(m_pki->root().label() + QStringLiteral(".crt.pem"));
    writeTrustedLists();
}

namespace {

// OpenSSL's error queue, emptied, for a failure message (codes only: the engine loads no error strings).
QString openSslErrors()
{
    QStringList parts;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        parts << QString::fromLatin1(buffer);
    }
    return parts.join(QStringLiteral("; "));
}

template <typename T, void (*Free)(T *)>
struct Deleter {
    void operator()(T *p) const { Free(p); }
};

X509_STORE *storeWith(X509 *anchor)
{
    X509_STORE *store = X509_STORE_new();
    X509_STORE_add_cert(store, anchor);
    return store;
}

} // namespace

// The fixtures are what they claim to be, judged by OpenSSL's own verifiers rather than by the
// engine under test: a timestamp token RFC 3161 accepts, OCSP responses and CRLs that verify,
// certificates with the extensions their roles need.
void ValidationTest::fixturesAreWellFormed()
{
    const QByteArray data("the bytes to be timestamped");
    QByteArray token;
    QVERIFY_FIXTURE(timestampToken(data, m_pki->timestampAuthority(), kTimestampTime, &token));
    {
        const unsigned char *p = reinterpret_cast<const unsigned char *>(token.constData());
        std::unique_ptr<PKCS7, Deleter<PKCS7, PKCS7_free>> pkcs7(d2i_PKCS7(nullptr, &p, long(token.size())));
        QVERIFY(pkcs7);
        std::unique_ptr<TS_VERIFY_CTX, Deleter<TS_VERIFY_CTX, TS_VERIFY_CTX_free>> verify(TS_VERIFY_CTX_new());
        TS_VERIFY_CTX_set_flags(verify.get(), TS_VFY_VERSION | TS_VFY_SIGNER | TS_VFY_SIGNATURE | TS_VFY_DATA);
        TS_VERIFY_CTX_set_data(verify.get(), BIO_new_mem_buf(data.constData(), int(data.size())));
        TS_VERIFY_CTX_set_store(verify.get(), storeWith(m_pki->root().certificate()));
        QVERIFY2(TS_RESP_verify_token(verify.get(), pkcs7.get()) == 1, qPrintable(openSslErrors()));
        TS_TST_INFO *info = PKCS7_to_TS_TST_INFO(pkcs7.get());
        QVERIFY(info);
        QCOMPARE(ossl::toDateTime(TS_TST_INFO_get_time(info)), kTimestampTime);
        TS_TST_INFO_free(info);
    }

    QByteArray response;
    OcspOptions good;
    good.thisUpdate = kRevocationCheck;
    good.producedAt = kRevocationCheck.addSecs(60);
    QVERIFY_FIXTURE(ocspResponse(m_pki->ecSigner(), m_pki->ocspResponder(), good, &response));
    {
        const unsigned char *p = reinterpret_cast<const unsigned char *>(response.constData());
        std::unique_ptr<OCSP_RESPONSE, Deleter<OCSP_RESPONSE, OCSP_RESPONSE_free>> parsed(d2i_OCSP_RESPONSE(nullptr, &p, long(response.size())));
        QVERIFY(parsed);
        QCOMPARE(OCSP_response_status(parsed.get()), OCSP_RESPONSE_STATUS_SUCCESSFUL);
        std::unique_ptr<OCSP_BASICRESP, Deleter<OCSP_BASICRESP, OCSP_BASICRESP_free>> basic(OCSP_response_get1_basic(parsed.get()));
        QVERIFY(basic);
        QCOMPARE(ossl::toDateTime(OCSP_resp_get0_produced_at(basic.get())), good.producedAt);
        // The responder chains to the root through the signer's CA.
        std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>> store(storeWith(m_pki->root().certificate()));
        STACK_OF(X509) *untrusted = sk_X509_new_null();
        sk_X509_push(untrusted, m_pki->intermediate().certificate());
        QVERIFY2(OCSP_basic_verify(basic.get(), untrusted, store.get(), 0) == 1, qPrintable(openSslErrors()));
        sk_X509_free(untrusted);
        std::unique_ptr<OCSP_CERTID, Deleter<OCSP_CERTID, OCSP_CERTID_free>> id(
            OCSP_cert_to_id(EVP_sha1(), m_pki->ecSigner().certificate(), m_pki->intermediate().certificate()));
        int status = -1, reason = -1;
        ASN1_GENERALIZEDTIME *revoked = nullptr, *thisUpdate = nullptr, *nextUpdate = nullptr;
        QCOMPARE(OCSP_resp_find_status(basic.get(), id.get(), &status, &reason, &revoked, &thisUpdate, &nextUpdate), 1);
        QCOMPARE(status, V_OCSP_CERTSTATUS_GOOD);
        QCOMPARE(ossl::toDateTime(thisUpdate), kRevocationCheck);
    }

    QByteArray list;
    QVERIFY_FIXTURE(crl(m_pki->intermediate(), {{m_pki->revokedSigner(), utc(2024, 1, 10)}}, kRevocationCheck, kRevocationCheck.addDays(30), &list));
    {
        const unsigned char *p = reinterpret_cast<const unsigned char *>(list.constData());
        std::unique_ptr<X509_CRL, Deleter<X509_CRL, X509_CRL_free>> parsed(d2i_X509_CRL(nullptr, &p, long(list.size())));
        QVERIFY(parsed);
        QCOMPARE(X509_CRL_verify(parsed.get(), X509_get0_pubkey(m_pki->intermediate().certificate())), 1);
        X509_REVOKED *entry = nullptr;
        QCOMPARE(X509_CRL_get0_by_cert(parsed.get(), &entry, m_pki->revokedSigner().certificate()), 1);
        QCOMPARE(ossl::toDateTime(X509_REVOKED_get0_revocationDate(entry)), utc(2024, 1, 10));
        QCOMPARE(X509_CRL_get0_by_cert(parsed.get(), &entry, m_pki->ecSigner().certificate()), 0);
    }

    // Roles: OpenSSL's purpose checks for timestamping and OCSP signing.
    QCOMPARE(X509_check_purpose(m_pki->timestampAuthority().certificate(), X509_PURPOSE_TIMESTAMP_SIGN, 0), 1);
    QVERIFY(X509_get_extended_key_usage(m_pki->ocspResponder().certificate()) & XKU_OCSP_SIGN);

    // QC statements and subject attributes as the engine names them.
    const CertificateInfo person = ossl::certificateInfo(m_pki->qualifiedPerson().certificate());
    QCOMPARE(person.qcStatements, (QStringList{QStringLiteral("QcCompliance"), QStringLiteral("QcSSCD"), QStringLiteral("QcType esign")}));
    QVERIFY2(person.subject.contains(QStringLiteral("GN=Petra")) || person.subject.contains(QStringLiteral("givenName=Petra")),
             qPrintable(person.subject));
    const CertificateInfo seal = ossl::certificateInfo(m_pki->seal().certificate());
    QCOMPARE(seal.qcStatements, (QStringList{QStringLiteral("QcCompliance"), QStringLiteral("QcSSCD"), QStringLiteral("QcType eseal")}));
    QVERIFY2(seal.subject.contains(QStringLiteral("NTRSE-2120001234")), qPrintable(seal.subject));
    QCOMPARE(ossl::certificateInfo(m_pki->qualifiedWithPolicy().certificate()).policies, QStringList{QLatin1String(kQualifiedPolicy)});

    // Made-up personal identity numbers with valid check digits.
    QCOMPARE(m_pki->personalNumber(), QStringLiteral("198002141235"));
    QCOMPARE(swedishIdentityKind(m_pki->personalNumber()), QStringLiteral("personnummer"));
    QCOMPARE(swedishIdentityKind(swedishPersonalNumber(QDate(1980, 2, 14), 123, true)), QStringLiteral("samordningsnummer"));
    QCOMPARE(swedishIdentityKind(swedishPersonalNumber(QDate(1999, 12, 31), 7)), QStringLiteral("personnummer"));
}

QTEST_GUILESS_MAIN(ValidationTest)
