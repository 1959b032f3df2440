#include "SignatureValidator.h"

#include "OpenSsl.h"
#include "PersonalIdentifiers.h"
#include "Qualification.h"
#include "Revocation.h"

#include <QCoreApplication>
#include <QSet>
#include <map>
#include <openssl/x509v3.h>
#include <unordered_map>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::SignatureValidator)
};

constexpr int kMaxChainLength = 12;

struct Chain {
    std::vector<X509 *> certificates; // leaf first
    bool trusted = false;
    QString anchor;
    QString problem; // why no trusted chain, in words
    bool constraintsFailed = false; // a chain exists but violates path constraints
};

// Every certificate available to build chains, each once.
// The signature's certificates, parsed by the document's cache: the DSS and the signatures of one
// document carry the same certificates again and again, and parsing them once per signature took
// much of the validation time on documents with many signatures.
class CertificatePool {
public:
    explicit CertificatePool(std::unordered_map<QByteArray, ossl::X509Ptr> &parsed) : m_parsed(parsed) {}
    X509 *add(const QByteArray &der)
    {
        if (der.isEmpty())
            return nullptr;
        if (X509 *known = m_byDer.value(der))
            return known;
        auto it = m_parsed.find(der);
        if (it == m_parsed.end())
            it = m_parsed.emplace(der, ossl::sharedCertificate(der)).first;
        X509 *raw = it->second.get();
        if (!raw)
            return nullptr;
        m_all.push_back(raw);
        m_byDer.insert(der, raw);
        return raw;
    }
    const std::vector<X509 *> &all() const { return m_all; }

private:
    std::unordered_map<QByteArray, ossl::X509Ptr> &m_parsed; // owns them, for the whole document
    std::vector<X509 *> m_all;
    QHash<QByteArray, X509 *> m_byDer;
};

bool isSelfSigned(X509 *certificate)
{
    return X509_check_issued(certificate, certificate) == X509_V_OK;
}

// Whether `issuer`'s key verifies `certificate`'s signature, asked once per pair for the document:
// its signatures and timestamps share signers and issuers, and every check is a public-key operation.
using SignedBy = std::map<std::pair<X509 *, X509 *>, bool>;

X509 *findIssuer(X509 *certificate, const std::vector<X509 *> &candidates, SignedBy &signedBy)
{
    for (X509 *candidate : candidates) {
        if (candidate == certificate || X509_check_issued(candidate, certificate) != X509_V_OK)
            continue;
        const auto [known, added] = signedBy.try_emplace({certificate, candidate}, false);
        if (added) {
            EVP_PKEY *key = X509_get0_pubkey(candidate);
            known->second = key && X509_verify(certificate, key) == 1;
        }
        if (known->second)
            return candidate;
    }
    ossl::clearErrors();
    return nullptr;
}

QDateTime earliestTrustedTime(const QList<TimestampInfo> &timestamps)
{
    QDateTime best;
    for (const TimestampInfo &t : timestamps) {
        if (t.integrity == Integrity::Intact && t.trusted && t.time.isValid() && (!best.isValid() || t.time < best))
            best = t.time;
    }
    return best;
}

// Changes fail the signature itself when they break the permissions the document's certification
// declared (DocMDP), or add or remove pages: what the signer saw is then not what is shown. Other
// changes an approval signature does not permit are reported with the signature (and in the
// preservation verdict) but leave its conclusion, which is about the revision it signed.
bool changesFailSignature(const SignatureInfo &s, const DocumentEvidence &evidence, qint64 coveredEnd)
{
    const bool certified = s.certificationLevel > 0 || (evidence.certificationLevel > 0 && coveredEnd >= evidence.certifiedUpTo);
    for (const ModificationInfo &m : s.modifications) {
        if (m.permitted)
            continue;
        if (certified || m.kind == QLatin1String("page-added") || m.kind == QLatin1String("page-removed"))
            return true;
    }
    return false;
}

QString firstForbiddenChange(const SignatureInfo &s)
{
    for (const ModificationInfo &m : s.modifications)
        if (!m.permitted)
            return Tr::tr("revision %1: %2").arg(m.revision).arg(m.description);
    return {};
}

// The signature was made after the revocation, by its own account or by a trusted timestamp:
// then revocation fails it (EN 319 102-1: REVOKED). Otherwise what is missing is a proof that it
// existed before (REVOKED_NO_POE), unless a trusted timestamp gives that proof.
bool signedAfterRevocation(const SignatureInfo &s, const QDateTime &proofOfExistence, const QDateTime &revocationTime)
{
    if (!revocationTime.isValid())
        return true;
    if (proofOfExistence.isValid())
        return proofOfExistence >= revocationTime;
    const QDateTime claimed = s.claimedSigningTime.isValid() ? s.claimedSigningTime : s.cmsSigningTime;
    return claimed.isValid() && claimed >= revocationTime;
}

} // namespace

struct SignatureValidator::Anchors {
    std::vector<ossl::X509Ptr> certificates;
    QStringList sources;
    QHash<QByteArray, int> index; // DER -> position
};

struct SignatureValidator::Certificates {
    std::unordered_map<QByteArray, ossl::X509Ptr> parsed; // by DER; null for bytes that are not a certificate
    // Chains built, by leaf and the certificates available: a document's signatures and timestamps
    // share signers and issuers, and every link costs a signature verification.
    std::map<std::pair<X509 *, std::vector<X509 *>>, Chain> chains;
    SignedBy signedBy;
};

SignatureValidator::SignatureValidator(const TrustStore &trust, const ValidationPolicy &policy)
    : m_trust(trust), m_anchors(std::make_unique<Anchors>()), m_revocations(std::make_unique<RevocationCache>()), m_certificates(std::make_unique<Certificates>()), m_policy(policy)
{
    for (const TrustStore::Anchor &anchor : trust.anchors()) {
        if (m_anchors->index.contains(anchor.der))
            continue;
        if (ossl::X509Ptr certificate = ossl::sharedCertificate(anchor.der)) {
            m_anchors->index.insert(anchor.der, int(m_anchors->certificates.size()));
            m_anchors->certificates.push_back(std::move(certificate));
            m_anchors->sources << anchor.source;
        }
    }
}

SignatureValidator::~SignatureValidator() = default;

namespace {

// Why OpenSSL could not build a trusted chain, in the user's language for the common cases and in
// OpenSSL's own (English) words otherwise.
QString chainErrorText(int error)
{
    switch (error) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        return Tr::tr("the issuer of a certificate in the chain is not available");
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return Tr::tr("the signer's certificate is self-signed and not a trust anchor");
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return Tr::tr("the chain ends in a self-signed certificate that is not a trust anchor");
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return Tr::tr("the signer's certificate cannot be verified with its issuer's key");
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return Tr::tr("a certificate's signature in the chain is not valid");
    case X509_V_ERR_INVALID_CA:
        return Tr::tr("a certificate in the chain is not allowed to issue certificates");
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
        return Tr::tr("the chain is longer than a certificate in it allows");
    case X509_V_ERR_INVALID_PURPOSE:
        return Tr::tr("a certificate in the chain is not meant for this purpose");
    default:
        return QString::fromLatin1(X509_verify_cert_error_string(error));
    }
}


// Builds the chain from the leaf through the pool to a trust anchor: OpenSSL decides (basic
// constraints, key usage, signatures; validity periods are judged separately against the
// validation time and the proof of existence). Without a trusted chain, the chain is followed as
// far as the available certificates allow, for display and revocation lookups.
Chain buildChain(X509 *leaf, const std::vector<X509 *> &pool, const std::vector<ossl::X509Ptr> &anchors,
                 const QStringList &anchorSources, const QHash<QByteArray, int> &anchorIndex, SignedBy &signedBy)
{
    Chain chain;
    X509_STORE *store = X509_STORE_new();
    for (const ossl::X509Ptr &anchor : anchors)
        X509_STORE_add_cert(store, anchor.get());
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    for (X509 *c : pool)
        sk_X509_push(untrusted, c);
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    bool verified = false;
    if (!anchors.empty() && X509_STORE_CTX_init(ctx, store, leaf, untrusted) == 1) {
        X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx);
        X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN | X509_V_FLAG_NO_CHECK_TIME);
        verified = X509_verify_cert(ctx) == 1;
        if (verified) {
            STACK_OF(X509) *built = X509_STORE_CTX_get0_chain(ctx);
            for (int i = 0; i < sk_X509_num(built) && i < kMaxChainLength; ++i)
                chain.certificates.push_back(sk_X509_value(built, i));
            chain.trusted = true;
            X509 *top = chain.certificates.back();
            const int at = anchorIndex.value(ossl::derOf(top), -1);
            chain.anchor = at >= 0 ? anchorSources.at(at) : Tr::tr("a trust anchor");
        } else {
            const int error = X509_STORE_CTX_get_error(ctx);
            chain.constraintsFailed = error != X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY && error != X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT
                                      && error != X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT && error != X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN
                                      && error != X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE;
            chain.problem = chainErrorText(error);
        }
    }
    X509_STORE_CTX_free(ctx);
    sk_X509_free(untrusted);
    X509_STORE_free(store);
    ossl::clearErrors();
    if (verified)
        return chain;
    if (anchors.empty())
        chain.problem = Tr::tr("no trust anchors or trusted lists are configured");
    // Follow issuers through the available certificates (and anchors) as far as they go.
    std::vector<X509 *> candidates = pool;
    for (const ossl::X509Ptr &a : anchors)
        candidates.push_back(a.get());
    chain.certificates.push_back(leaf);
    QSet<X509 *> seen{leaf};
    for (X509 *current = leaf; chain.certificates.size() < size_t(kMaxChainLength) && !isSelfSigned(current);) {
        X509 *issuer = findIssuer(current, candidates, signedBy);
        if (!issuer || seen.contains(issuer))
            break;
        seen.insert(issuer);
        chain.certificates.push_back(issuer);
        current = issuer;
    }
    return chain;
}

// buildChain, once per leaf and pool for the document (the certificates are the document's own, so
// the pointers stay valid while the memo lives).
const Chain &chainOnce(std::map<std::pair<X509 *, std::vector<X509 *>>, Chain> &built, X509 *leaf, const std::vector<X509 *> &pool,
                       const std::vector<ossl::X509Ptr> &anchors, const QStringList &anchorSources, const QHash<QByteArray, int> &anchorIndex,
                       SignedBy &signedBy)
{
    auto key = std::make_pair(leaf, pool);
    auto it = built.find(key);
    if (it == built.end())
        it = built.emplace(std::move(key), buildChain(leaf, pool, anchors, anchorSources, anchorIndex, signedBy)).first;
    return it->second;
}

// The strongest statement the revocation entries make for one certificate.
const RevocationInfo *decisive(const QList<RevocationInfo> &entries)
{
    const RevocationInfo *good = nullptr;
    for (const RevocationInfo &r : entries) {
        if (r.status == QLatin1String("revoked"))
            return &r;
        if (r.status == QLatin1String("good") && !good)
            good = &r;
    }
    return good;
}

} // namespace

void SignatureValidator::validate(SignatureInfo &s, const CmsCheck &cms, const ByteRangeCheck &range, const QByteArray &contents,
                                  const DocumentEvidence &evidence) const
{
    const qint64 coveredEnd = s.byteRange.size() >= 2 ? s.byteRange[s.byteRange.size() - 2] + s.byteRange.back() : 0;

    // --- The validation time ------------------------------------------------------------------
    switch (m_policy.time) {
    case ValidationPolicy::Time::Given:
        s.validationTime = m_policy.given.toUTC();
        break;
    case ValidationPolicy::Time::SigningTime:
        s.validationTime = s.claimedSigningTime.isValid() ? s.claimedSigningTime : s.cmsSigningTime;
        break;
    case ValidationPolicy::Time::Now:
        break;
    }
    if (!s.validationTime.isValid())
        s.validationTime = QDateTime::currentDateTimeUtc();

    // --- Certificates available ---------------------------------------------------------------
    CertificatePool pool(m_certificates->parsed);
    X509 *signer = s.signer ? pool.add(s.signer->der) : nullptr;
    for (const CertificateInfo &c : s.certificates)
        pool.add(c.der);
    for (const TimestampInfo &t : s.timestamps)
        for (const CertificateInfo &c : t.certificates)
            pool.add(c.der);
    ValidationMaterial material;
    for (const QByteArray &crl : cms.crls)
        material.crls.append({crl, Tr::tr("signature (CMS)"), 0});
    for (const QByteArray &crl : cms.archivedCrls)
        material.crls.append({crl, Tr::tr("signature (adbe-revocationInfoArchival)"), 0});
    for (const QByteArray &ocsp : cms.archivedOcsps)
        material.ocsps.append({ocsp, Tr::tr("signature (adbe-revocationInfoArchival)"), 0});
    ValidationMaterial inDocument = evidence.store.dss; // what counts for B-LT
    const QString key = contents.isEmpty() ? QString() : vriKey(contents);
    for (auto it = evidence.store.vri.cbegin(); it != evidence.store.vri.cend(); ++it)
        inDocument.append(it.value());
    material.append(inDocument);
    for (const EmbeddedObject &c : material.certificates)
        pool.add(c.der);

    // --- Timestamps: which are trusted -------------------------------------------------------
    for (TimestampInfo &t : s.timestamps) {
        if (!t.authority)
            continue;
        X509 *tsa = pool.add(t.authority->der);
        if (tsa) {
            const Chain &tsaChain = chainOnce(m_certificates->chains, tsa, pool.all(), m_anchors->certificates, m_anchors->sources, m_anchors->index,
                                                   m_certificates->signedBy);
            t.trusted = tsaChain.trusted;
        }
    }
    const QDateTime proofOfExistence = earliestTrustedTime(s.timestamps);
    s.bestSignatureTime = proofOfExistence.isValid() && proofOfExistence < s.validationTime ? proofOfExistence : s.validationTime;

    // --- Kind and personal data -------------------------------------------------------------------
    if (s.kind != SignatureKind::DocumentTimestamp && s.signer && isLegalPersonCertificate(signer, *s.signer))
        s.kind = SignatureKind::Seal;
    s.personalNumber = findPersonalIdentifier(signer);

    // --- Chain and revocation ------------------------------------------------------------------
    Chain chain;
    if (signer)
        chain = chainOnce(m_certificates->chains, signer, pool.all(), m_anchors->certificates, m_anchors->sources, m_anchors->index,
                          m_certificates->signedBy);
    s.chain.clear();
    for (X509 *c : chain.certificates)
        s.chain.append(ossl::certificateInfo(c));
    s.trustAnchor = chain.trusted ? chain.anchor : QString();

    bool revoked = false, revocationMissing = false;
    QDateTime revocationTime;
    bool allInDocument = !chain.certificates.empty();
    int validationDataRevision = 0;
    for (size_t i = 0; i + 1 < chain.certificates.size(); ++i) {
        X509 *certificate = chain.certificates[i];
        X509 *issuer = chain.certificates[i + 1];
        // Trust anchors need no revocation check, nor does the last certificate of the chain.
        if (chain.trusted && i + 1 == chain.certificates.size())
            break;
        const std::vector<X509 *> ancestors(chain.certificates.begin() + long(i) + 2, chain.certificates.end());
        const QList<RevocationInfo> entries = revocationFor(certificate, issuer, material, pool.all(), ancestors, m_revocations.get());
        s.revocation += entries;
        const RevocationInfo *verdict = decisive(entries);
        if (!verdict) {
            revocationMissing = true;
        } else if (verdict->status == QLatin1String("revoked") && (!revoked || verdict->revocationTime < revocationTime)) {
            revoked = true;
            revocationTime = verdict->revocationTime;
        }
        // B-LT asks for the data needed to validate: for every certificate below the trust anchor.
        // When no anchor is known, for the signer's own certificate.
        const QList<RevocationInfo> documentEntries = revocationFor(certificate, issuer, inDocument, pool.all(), ancestors, m_revocations.get());
        if (!decisive(documentEntries) && (chain.trusted || i == 0))
            allInDocument = false;
        for (const EmbeddedObject &o : inDocument.ocsps + inDocument.crls)
            validationDataRevision = std::max(validationDataRevision, o.revision);
    }
    if (chain.certificates.size() < 2 || (!chain.trusted && !isSelfSigned(chain.certificates.back())))
        allInDocument = false; // the chain is not complete
    s.validationDataEmbedded = allInDocument;

    // --- Warnings ----------------------------------------------------------------------------------
    if (s.digestAlgorithm == QLatin1String("SHA-1"))
        s.warnings << Tr::tr("The signature uses SHA-1, which is no longer considered secure for new signatures.");
    if (s.subFilter == QLatin1String("adbe.x509.rsa_sha1"))
        s.warnings << Tr::tr("adbe.x509.rsa_sha1 is a legacy signature format, deprecated since PDF 2.0.");
    for (const TimestampInfo &t : s.timestamps)
        if (t.integrity != Integrity::Intact)
            s.warnings << Tr::tr("A timestamp of this signature is not intact and gives no proof of existence: %1").arg(t.detail);
    if (s.modificationsAfter == QLatin1String("not-permitted"))
        s.warnings << Tr::tr("The document was changed after this signature in a way the signature does not permit: %1").arg(firstForbiddenChange(s));

    // --- The conclusion (ETSI EN 319 102-1) --------------------------------------------------------
    auto conclude = [&](Indication indication, const char *sub, const QString &detail) {
        s.indication = indication;
        s.subIndication = QString::fromLatin1(sub);
        s.indicationDetail = detail;
    };
    const bool detached = s.subFilter != QLatin1String("adbe.pkcs7.sha1") && s.subFilter != QLatin1String("ETSI.RFC3161")
                          && s.subFilter != QLatin1String("adbe.x509.rsa_sha1");
    const bool brokenDigest = s.integrity == Integrity::Broken && s.integrityDetail.contains(QStringLiteral("digest"), Qt::CaseInsensitive);
    if (range.malformed) {
        conclude(Indication::TotalFailed, "FORMAT_FAILURE", Tr::tr("The byte range is not a valid PDF signature byte range: %1").arg(range.problem));
    } else if (s.modificationsAfter == QLatin1String("not-permitted") && changesFailSignature(s, evidence, coveredEnd)) {
        conclude(Indication::TotalFailed, "FORMAT_FAILURE",
                 Tr::tr("The document was changed after signing in a way it does not permit: %1").arg(firstForbiddenChange(s)));
    } else if (detached && cms.encapsulatesContent) {
        conclude(Indication::TotalFailed, "FORMAT_FAILURE", Tr::tr("A detached signature must not carry encapsulated content, but this one does."));
    } else if (s.integrity == Integrity::Broken && !cms.signedAttributesDer) {
        conclude(Indication::TotalFailed, "SIG_CRYPTO_FAILURE", s.integrityDetail);
    } else if (s.integrity == Integrity::Broken) {
        conclude(Indication::TotalFailed, brokenDigest ? "HASH_FAILURE" : "SIG_CRYPTO_FAILURE", s.integrityDetail);
    } else if (!s.signer) {
        conclude(Indication::Indeterminate, "NO_SIGNING_CERTIFICATE_FOUND",
                 s.integrityDetail.isEmpty() ? Tr::tr("The signer's certificate is not in the signature.") : s.integrityDetail);
    } else if (s.integrity == Integrity::Unverifiable) {
        conclude(Indication::Indeterminate, "CRYPTO_CONSTRAINTS_FAILURE_NO_POE", s.integrityDetail);
    } else if (cms.signingCertificateBound.has_value() && !*cms.signingCertificateBound) {
        conclude(Indication::Indeterminate, "NO_SIGNING_CERTIFICATE_FOUND",
                 Tr::tr("The signing-certificate attribute does not identify the certificate that verifies the signature."));
    } else if (!chain.trusted && chain.constraintsFailed) {
        conclude(Indication::Indeterminate, "CHAIN_CONSTRAINTS_FAILURE",
                 Tr::tr("The certificate chain breaks a rule of certificate paths: %1.").arg(chain.problem));
    } else if (!chain.trusted) {
        conclude(Indication::Indeterminate, "NO_CERTIFICATE_CHAIN_FOUND",
                 Tr::tr("No chain from the signer's certificate to a trusted certificate was found (%1).").arg(chain.problem));
    } else if (s.signer->notBefore.isValid() && s.bestSignatureTime < s.signer->notBefore) {
        conclude(Indication::Indeterminate, "NOT_YET_VALID",
                 Tr::tr("The signer's certificate was not yet valid at the signing time."));
    } else if (revoked && signedAfterRevocation(s, proofOfExistence, revocationTime)) {
        conclude(Indication::TotalFailed, "REVOKED",
                 Tr::tr("The signer's certificate or one of its issuers was revoked on %1, and the signature was made after that.")
                     .arg(revocationTime.toString(Qt::ISODate)));
    } else if (revoked && !(proofOfExistence.isValid() && proofOfExistence < revocationTime)) {
        conclude(Indication::Indeterminate, "REVOKED_NO_POE",
                 Tr::tr("A certificate of the chain was revoked on %1, and nothing proves the signature existed before that.")
                     .arg(revocationTime.toString(Qt::ISODate)));
    } else if (s.signer->notAfter.isValid() && s.validationTime > s.signer->notAfter
               && !(proofOfExistence.isValid() && proofOfExistence <= s.signer->notAfter)) {
        conclude(Indication::Indeterminate, "OUT_OF_BOUNDS_NO_POE",
                 Tr::tr("The signer's certificate expired on %1, before the validation time, and no trusted timestamp proves the signature existed earlier.")
                     .arg(s.signer->notAfter.toString(Qt::ISODate)));
    } else if (revocationMissing && !revoked) {
        conclude(Indication::Indeterminate, "TRY_LATER",
                 Tr::tr("No revocation information for the certificate chain is embedded in the document, so its status cannot be established offline."));
    } else if (revoked) {
        conclude(Indication::TotalPassed, "",
                 Tr::tr("The signature is intact and its chain reaches a trusted certificate. A certificate was revoked on %1, but a trusted timestamp proves the signature existed before.")
                     .arg(revocationTime.toString(Qt::ISODate)));
    } else {
        conclude(Indication::TotalPassed, "", Tr::tr("The signature is intact, its certificate chain reaches a trusted certificate, and no certificate was revoked."));
    }

    // --- Qualification (eIDAS, ETSI TS 119 615) ------------------------------------------------
    if (s.kind != SignatureKind::DocumentTimestamp && s.signer) {
        const CertificateInfo *issuerInfo = s.chain.size() > 1 ? &s.chain[1] : nullptr;
        const QualificationResult q = qualify(s, *s.signer, issuerInfo, m_trust.services(), s.bestSignatureTime);
        s.qualification = q.qualification;
        s.qualificationDetail = q.detail;
        if (q.seal)
            s.kind = SignatureKind::Seal;
    }

    // --- PAdES baseline level (ETSI EN 319 142-1, 6.3) -----------------------------------------
    s.level.clear();
    s.levelMissing.clear();
    if (s.kind == SignatureKind::DocumentTimestamp)
        return;
    if (s.subFilter != QLatin1String("ETSI.CAdES.detached")) {
        s.levelMissing = Tr::tr("PAdES baseline signatures use the SubFilter ETSI.CAdES.detached; this one uses %1.").arg(s.subFilter);
        return;
    }
    if (!signer || !cms.hasSignedAttributes || !cms.signingCertificateBound.value_or(false)) {
        s.levelMissing = Tr::tr("B-B needs the signer's certificate in the signature and a signing-certificate attribute that identifies it.");
        return;
    }
    s.level = QStringLiteral("B-B");
    bool hasTimestamp = !s.timestamps.isEmpty();
    for (const DocumentEvidence::DocumentTimestamp &t : evidence.documentTimestamps)
        if (t.coveredEnd > coveredEnd)
            hasTimestamp = true;
    if (!hasTimestamp) {
        s.levelMissing = Tr::tr("B-T needs a signature timestamp or a document timestamp added after the signature.");
        return;
    }
    s.level = QStringLiteral("B-T");
    const bool storeAfterSignature = evidence.store.present && evidence.store.revision > s.revision;
    if (!storeAfterSignature || !s.validationDataEmbedded) {
        s.levelMissing = Tr::tr("B-LT needs the certificates and revocation data of the signer's chain in the document security store (DSS).");
        return;
    }
    s.level = QStringLiteral("B-LT");
    const int dataRevision = std::max(validationDataRevision, evidence.store.revision);
    for (const DocumentEvidence::DocumentTimestamp &t : evidence.documentTimestamps) {
        if (t.typeDocTimeStamp && t.info.revision > dataRevision) {
            s.level = QStringLiteral("B-LTA");
            return;
        }
    }
    s.levelMissing = Tr::tr("B-LTA needs a document timestamp added after the validation data.");
}

} // namespace granska
