#include "ReportFixtures.h"

#include "Assessor.h"

#include <QFileInfo>

namespace granska::testing {
namespace {

CertificateInfo certificate(const QString &commonName, const QString &issuerName, const QString &serial)
{
    CertificateInfo c;
    c.commonName = commonName;
    c.subject = QStringLiteral("C=SE,O=Exempelkommunen,OU=Kommunstyrelsen,serialNumber=196001011234,CN=%1").arg(commonName);
    c.issuer = QStringLiteral("C=SE,O=Test Certification Authority AB,CN=%1").arg(issuerName);
    c.serialNumber = serial;
    c.notBefore = QDateTime(QDate(2023, 1, 10), QTime(8, 0), Qt::UTC);
    c.notAfter = QDateTime(QDate(2026, 1, 10), QTime(7, 59, 59), Qt::UTC);
    c.publicKey = QStringLiteral("RSA 3072");
    c.sha256Fingerprint = QStringLiteral("3f1c9a0b7d2e4f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a");
    return c;
}

QList<Revision> revisions(int count)
{
    QList<Revision> list;
    const qint64 ends[] = {41233, 77810, 91502, 120344, 150000, 180000};
    qint64 start = 0;
    for (int i = 0; i < count; ++i) {
        Revision r;
        r.index = i + 1;
        r.start = start;
        r.end = ends[i];
        r.xrefOffset = ends[i] - 300;
        r.xrefKind = i == 0 ? QStringLiteral("table") : QStringLiteral("stream");
        list << r;
        start = ends[i];
    }
    return list;
}

RuleViolation violation(const QString &clause, int test, int count, const QString &message, QList<ObjectLocation> locations)
{
    RuleViolation v;
    v.specification = QStringLiteral("ISO 19005-2");
    v.clause = clause;
    v.test = test;
    v.count = count;
    v.message = message;
    v.locations = std::move(locations);
    return v;
}

SignatureInfo signature(const QString &field, Integrity integrity, const QString &detail, const CertificateInfo &signer, int revision,
                        int revisionCount)
{
    SignatureInfo s;
    s.field = field;
    s.objectNumber = 40 + revision;
    s.filter = QStringLiteral("Adobe.PPKLite");
    s.subFilter = QStringLiteral("ETSI.CAdES.detached");
    s.byteRange = {0, 1000 * revision, 1000 * revision + 16386, 20000};
    s.revision = revision;
    s.coversWholeDocument = revision == revisionCount;
    s.claimedSigningTimeRaw = QStringLiteral("D:20240312101502+01'00'");
    s.claimedSigningTime = QDateTime(QDate(2024, 3, 12), QTime(9, 15, 2), Qt::UTC);
    s.cmsSigningTime = QDateTime(QDate(2024, 3, 12), QTime(9, 15, 3), Qt::UTC);
    s.reason = QStringLiteral("Approval of the minutes");
    s.location = QStringLiteral("Exempelstad");
    s.integrity = integrity;
    s.integrityDetail = detail;
    s.digestAlgorithm = QStringLiteral("SHA-256");
    s.signatureAlgorithm = QStringLiteral("RSA PKCS#1 v1.5");
    s.signer = signer;
    s.certificates = {signer, certificate(QStringLiteral("Test Root CA"), QStringLiteral("Test Root CA"), QStringLiteral("01"))};
    s.page = 2;
    s.visible = true;
    return s;
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

CertificateInfo authority(const QString &commonName, const QString &issuerName, const QString &serial)
{
    CertificateInfo c = certificate(commonName, issuerName, serial);
    c.subject = QStringLiteral("C=SE,O=Test Certification Authority AB,CN=%1").arg(commonName);
    c.notBefore = utc(2018, 5, 2, 0, 0);
    c.notAfter = utc(2038, 5, 1, 23, 59, 59);
    c.publicKey = QStringLiteral("RSA 4096");
    c.isCa = true;
    return c;
}

RevocationInfo revocation(const QString &certificate, const QString &kind, const QDateTime &producedAt)
{
    RevocationInfo r;
    r.certificate = certificate;
    r.kind = kind;
    r.source = QStringLiteral("DSS");
    r.status = QStringLiteral("good");
    r.producedAt = producedAt;
    r.nextUpdate = producedAt.addDays(7);
    return r;
}

// What the engine records for a signature that passed validation against a trusted list, with a
// signature timestamp and the validation data in the DSS.
void passValidation(SignatureInfo &s)
{
    const CertificateInfo issuing = authority(QStringLiteral("Test Issuing CA 3"), QStringLiteral("Test Root CA"), QStringLiteral("2B0C"));
    const CertificateInfo root = authority(QStringLiteral("Test Root CA"), QStringLiteral("Test Root CA"), QStringLiteral("01"));
    s.indication = Indication::TotalPassed;
    s.subIndication.clear();
    s.indicationDetail = QStringLiteral("The signature is intact, its certificate chain reaches a trusted certificate, and no certificate was revoked.");
    s.validationTime = utc(2024, 3, 14, 13, 45, 10);
    s.bestSignatureTime = utc(2024, 3, 12, 9, 15, 9);
    s.chain = {*s.signer, issuing, root};
    s.trustAnchor = QStringLiteral("Trusted list SE, service “Test Root CA”");
    TimestampInfo timestamp;
    timestamp.type = TimestampInfo::Type::Signature;
    timestamp.time = s.bestSignatureTime;
    timestamp.integrity = Integrity::Intact;
    timestamp.digestAlgorithm = QStringLiteral("SHA-256");
    timestamp.authority = certificate(QStringLiteral("Test TSA 2"), QStringLiteral("Test Root CA"), QStringLiteral("5E"));
    timestamp.trusted = true;
    s.timestamps = {timestamp};
    s.revocation = {revocation(s.signer->commonName, QStringLiteral("OCSP"), utc(2024, 3, 12, 9, 20)),
                    revocation(issuing.commonName, QStringLiteral("CRL"), utc(2024, 3, 11, 6, 0))};
    s.validationDataEmbedded = true;
    s.level = QStringLiteral("B-LTA");
    s.levelMissing.clear();
    s.qualification = QStringLiteral("QES");
    s.qualificationDetail = QStringLiteral("A qualified certificate for electronic signatures with the key on a qualified device "
                                           "(trusted list SE, service “Test Issuing CA 3”).");
    s.modificationsAfter = QStringLiteral("none");
}

Assessment base(const QString &fileName)
{
    Assessment a;
    a.file = QStringLiteral("/archive/inbox/2024/%1").arg(fileName);
    a.identity.fileName = fileName;
    a.identity.size = 150000;
    a.identity.sha256 = QStringLiteral("9b2f4c6e8a0d1f3b5c7e9a1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c4e6b8d0f");
    a.identity.pdfVersion = QStringLiteral("1.7");
    a.identity.pageCount = 3;
    a.identity.title = QStringLiteral("Protokoll kommunstyrelsen 2024-03-12");
    a.identity.producer = QStringLiteral("Exempel PDF Library 5.2");
    a.identity.creator = QStringLiteral("Exempel Writer");
    a.assessedAt = QDateTime(QDate(2024, 3, 14), QTime(13, 45, 10), Qt::UTC);
    a.engineVersion = QStringLiteral("0.1.0");
    a.durationMs = 412;
    return a;
}

} // namespace

Assessment richAssessment()
{
    Assessment a = base(QStringLiteral("protokoll-ks-2024-03-12.pdf"));
    a.revisions = revisions(4);

    a.pdfa.claim.part = 2;
    a.pdfa.claim.conformance = QStringLiteral("B");
    a.pdfa.profile = QStringLiteral("2b");
    a.pdfa.origin = ProfileOrigin::Claim;
    a.pdfa.compliant = false;
    a.pdfa.rulesChecked = 143;
    a.pdfa.violations = {
        violation(QStringLiteral("6.2.11.4.1"), 1, 12, QStringLiteral("The font program is not embedded."),
                  {{12, 0, 1, 0, QStringLiteral("font Helvetica")}, {15, 0, 2, 0, QStringLiteral("font Helvetica-Bold")},
                   {18, 0, 3, 0, {}}, {19, 0, 3, 0, {}}}),
        violation(QStringLiteral("6.2.9"), 3, 1, QStringLiteral("A transparency group uses a blend colour space that is not allowed."),
                  {{27, 0, 2, 0, {}}}),
        violation(QStringLiteral("6.6.2.1"), 1, 1, QStringLiteral("The XMP metadata stream is missing."), {}),
    };

    const CertificateInfo anna = certificate(QStringLiteral("Anna Andersson"), QStringLiteral("Test Issuing CA 3"), QStringLiteral("4A1F09C2"));
    const CertificateInfo bertil = certificate(QStringLiteral("Bertil Berg"), QStringLiteral("Test Issuing CA 3"), QStringLiteral("4A1F09D7"));
    a.signatures << signature(QStringLiteral("Ordforande"), Integrity::Intact,
                              QStringLiteral("The signed bytes are unchanged (SHA-256) and the RSA signature value is valid for the signer's key."),
                              anna, 2, 4);
    a.signatures << signature(QStringLiteral("Justerare"), Integrity::Broken,
                              QStringLiteral("The signed bytes have changed since signing: their SHA-256 digest differs from the one in the signature."),
                              bertil, 3, 4);
    SignatureInfo timestamp = signature(QStringLiteral("Tidsstampel"), Integrity::Unverifiable,
                                        QStringLiteral("The timestamp token uses an algorithm Granska cannot check."),
                                        certificate(QStringLiteral("Test TSA"), QStringLiteral("Test TSA CA"), QStringLiteral("77")), 4, 4);
    timestamp.kind = SignatureKind::DocumentTimestamp;
    timestamp.subFilter = QStringLiteral("ETSI.RFC3161");
    timestamp.visible = false;
    timestamp.page = 0;
    a.signatures << timestamp;

    SignatureInfo &first = a.signatures[0];
    passValidation(first);
    first.level = QStringLiteral("B-T");
    first.levelMissing = QStringLiteral("B-LT needs the certificates and revocation data of the signer's chain in the document security store (DSS).");
    first.modificationsAfter = QStringLiteral("permitted");
    first.modifications = {{3, QStringLiteral("signature"), QStringLiteral("Signature field “Justerare” was signed."), true},
                           {4, QStringLiteral("document-timestamp"), QStringLiteral("A document timestamp was added."), true}};
    SignatureInfo &second = a.signatures[1];
    passValidation(second);
    second.indication = Indication::TotalFailed;
    second.subIndication = QStringLiteral("HASH_FAILURE");
    second.indicationDetail = second.integrityDetail;
    second.qualification.clear();
    second.qualificationDetail = QStringLiteral("The signature failed validation, so it is not an advanced electronic signature or seal.");
    SignatureInfo &third = a.signatures[2];
    third.indication = Indication::Indeterminate;
    third.subIndication = QStringLiteral("CRYPTO_CONSTRAINTS_FAILURE_NO_POE");
    third.indicationDetail = third.integrityDetail;
    third.validationTime = utc(2024, 3, 14, 13, 45, 10);
    third.bestSignatureTime = third.validationTime;
    third.chain = {*third.signer};
    third.modificationsAfter = QStringLiteral("none");

    a.findings = {{Severity::Warning, QStringLiteral("xref-repaired"), QStringLiteral("The cross-reference table was damaged and had to be rebuilt.")},
                  {Severity::Error, QStringLiteral("limit-time"), QStringLiteral("The time limit stopped the PDF/A check of page 3.")},
                  {Severity::Info, QStringLiteral("info"), QStringLiteral("The document has an embedded file.")}};
    return a;
}

Assessment cleanAssessment()
{
    Assessment a = base(QStringLiteral("beslut-2024-17.pdf"));
    a.revisions = revisions(4);
    a.pdfa.claim.part = 2;
    a.pdfa.claim.conformance = QStringLiteral("B");
    a.pdfa.profile = QStringLiteral("2b");
    a.pdfa.origin = ProfileOrigin::Claim;
    a.pdfa.compliant = true;
    a.pdfa.rulesChecked = 143;

    CertificateInfo cecilia = certificate(QStringLiteral("Cecilia Carlsson"), QStringLiteral("Test Issuing CA 3"), QStringLiteral("0C"));
    cecilia.subject = QStringLiteral("C=SE,serialNumber=%1,GN=Cecilia,SN=Carlsson,CN=Cecilia Carlsson").arg(QLatin1String(kPersonalNumber));
    cecilia.qcStatements = {QStringLiteral("QcCompliance"), QStringLiteral("QcSSCD"), QStringLiteral("QcType esign")};
    SignatureInfo s = signature(QStringLiteral("Signature1"), Integrity::Intact,
                                QStringLiteral("The signed bytes are unchanged (SHA-256) and the RSA signature value is valid for the signer's key."),
                                cecilia, 2, 4);
    passValidation(s);
    s.personalNumber = {QStringLiteral("Swedish personal identity number"), QLatin1String(kPersonalNumber),
                        QLatin1String(kPersonalNumberMasked), QStringLiteral("subject serialNumber")};
    s.modificationsAfter = QStringLiteral("permitted");
    s.modifications = {{3, QStringLiteral("validation-data"), QStringLiteral("Validation data (DSS) with 2 certificates, 1 OCSP response and 1 CRL was added."), true},
                       {4, QStringLiteral("document-timestamp"), QStringLiteral("A document timestamp was added."), true}};
    a.signatures << s;

    const CertificateInfo tsa = authority(QStringLiteral("Test TSA 2"), QStringLiteral("Test Root CA"), QStringLiteral("5E"));
    SignatureInfo archive = signature(QStringLiteral("Signature2"), Integrity::Intact,
                                      QStringLiteral("The timestamped bytes are unchanged (SHA-256) and the timestamp authority's signature is valid."),
                                      tsa, 4, 4);
    archive.kind = SignatureKind::DocumentTimestamp;
    archive.subFilter = QStringLiteral("ETSI.RFC3161");
    archive.visible = false;
    archive.page = 0;
    passValidation(archive);
    archive.chain = {tsa, s.chain.last()};
    archive.revocation = {revocation(tsa.commonName, QStringLiteral("OCSP"), utc(2024, 3, 13, 8, 0))};
    archive.timestamps.first().type = TimestampInfo::Type::Document;
    archive.timestamps.first().revision = 4;
    archive.timestamps.first().time = utc(2024, 3, 13, 8, 0, 12);
    archive.bestSignatureTime = archive.timestamps.first().time;
    archive.level.clear();
    archive.qualification.clear();
    archive.qualificationDetail.clear();
    archive.indicationDetail = QStringLiteral("The timestamp is intact and its authority's chain reaches a trusted certificate.");
    a.signatures << archive;
    return a;
}

Assessment indeterminateAssessment()
{
    Assessment a = cleanAssessment();
    a.identity.fileName = QStringLiteral("yttrande-2024-09.pdf");
    a.file = QStringLiteral("/archive/inbox/2024/yttrande-2024-09.pdf");
    a.revisions = revisions(2);
    a.signatures.removeLast();
    SignatureInfo &s = a.signatures.first();
    s.coversWholeDocument = true;
    s.indication = Indication::Indeterminate;
    s.subIndication = QStringLiteral("TRY_LATER");
    s.indicationDetail = QStringLiteral("No revocation information for the certificate chain is embedded in the document, so its status "
                                        "cannot be established offline.");
    s.revocation.clear();
    s.validationDataEmbedded = false;
    s.level = QStringLiteral("B-T");
    s.levelMissing = QStringLiteral("B-LT needs the certificates and revocation data of the signer's chain in the document security store (DSS).");
    s.modificationsAfter = QStringLiteral("none");
    s.modifications.clear();
    return a;
}

Assessment failedValidationAssessment()
{
    Assessment a = indeterminateAssessment();
    a.identity.fileName = QStringLiteral("avtal-2024-31.pdf");
    a.file = QStringLiteral("/archive/inbox/2024/avtal-2024-31.pdf");
    SignatureInfo &s = a.signatures.first();
    s.integrity = Integrity::Broken;
    s.integrityDetail = QStringLiteral("The signed bytes have changed since signing: their SHA-256 digest differs from the one in the signature.");
    s.indication = Indication::TotalFailed;
    s.subIndication = QStringLiteral("HASH_FAILURE");
    s.indicationDetail = s.integrityDetail;
    s.qualification.clear();
    s.qualificationDetail = QStringLiteral("The signature failed validation, so it is not an advanced electronic signature or seal.");
    return a;
}

Assessment sealAssessment()
{
    Assessment a = cleanAssessment();
    a.identity.fileName = QStringLiteral("kvitto-2024-112.pdf");
    a.file = QStringLiteral("/archive/inbox/2024/kvitto-2024-112.pdf");
    CertificateInfo organisation = certificate(QStringLiteral("Exempelkommunen e-tjänster"), QStringLiteral("Test Issuing CA 3"), QStringLiteral("3D1E77"));
    organisation.subject = QStringLiteral("C=SE,O=Exempelkommunen,organizationIdentifier=NTRSE-2120001234,CN=Exempelkommunen e-tjänster");
    organisation.qcStatements = {QStringLiteral("QcCompliance"), QStringLiteral("QcSSCD"), QStringLiteral("QcType eseal")};
    SignatureInfo &s = a.signatures.first();
    s.kind = SignatureKind::Seal;
    s.signer = organisation;
    s.chain.first() = organisation;
    s.revocation.first().certificate = organisation.commonName;
    s.personalNumber = {};
    s.qualification = QStringLiteral("QESeal");
    s.qualificationDetail = QStringLiteral("A qualified certificate for electronic seals with the key on a qualified device "
                                           "(trusted list SE, service “Test Issuing CA 3”).");
    return a;
}

Assessment notPermittedAssessment()
{
    Assessment a = cleanAssessment();
    a.identity.fileName = QStringLiteral("intyg-2024-05.pdf");
    a.file = QStringLiteral("/archive/inbox/2024/intyg-2024-05.pdf");
    a.signatures.removeLast();
    SignatureInfo &s = a.signatures.first();
    // The number is also in the common name, written with a hyphen, as some issuers do.
    s.signer->commonName = QStringLiteral("Cecilia Carlsson 19780315-4280");
    s.signer->subject = QStringLiteral("C=SE,serialNumber=%1,CN=Cecilia Carlsson 19780315-4280").arg(QLatin1String(kPersonalNumber));
    s.chain.first() = *s.signer;
    s.revocation.first().certificate = s.signer->commonName;
    s.certificationLevel = 1;
    s.digestAlgorithm = QStringLiteral("SHA-1");
    s.warnings = {QStringLiteral("The signature uses SHA-1, which is no longer considered secure for new signatures.")};
    s.indication = Indication::TotalFailed;
    s.subIndication = QStringLiteral("FORMAT_FAILURE");
    s.indicationDetail = QStringLiteral("The document was changed after signing in a way the signature does not permit.");
    s.qualification.clear();
    s.qualificationDetail = QStringLiteral("The signature failed validation, so it is not an advanced electronic signature or seal.");
    s.level = QStringLiteral("B-LT");
    s.levelMissing = QStringLiteral("B-LTA needs a document timestamp added after the validation data.");
    s.modificationsAfter = QStringLiteral("not-permitted");
    s.modifications = {{3, QStringLiteral("validation-data"), QStringLiteral("Validation data (DSS) was added."), true},
                       {4, QStringLiteral("annotation"),
                        QStringLiteral("A text annotation was added on page 1. The certification (P=1) permits no changes."), false}};
    return a;
}

Assessment unvalidatedAssessment()
{
    Assessment a = cleanAssessment();
    for (SignatureInfo &s : a.signatures) {
        SignatureInfo recorded;
        // Only what Granska recorded before it validated signatures.
        recorded.field = s.field;
        recorded.kind = s.kind == SignatureKind::DocumentTimestamp ? s.kind : SignatureKind::Signature;
        recorded.objectNumber = s.objectNumber;
        recorded.filter = s.filter;
        recorded.subFilter = s.subFilter;
        recorded.byteRange = s.byteRange;
        recorded.coversWholeDocument = s.coversWholeDocument;
        recorded.revision = s.revision;
        recorded.claimedSigningTime = s.claimedSigningTime;
        recorded.claimedSigningTimeRaw = s.claimedSigningTimeRaw;
        recorded.cmsSigningTime = s.cmsSigningTime;
        recorded.integrity = s.integrity;
        recorded.integrityDetail = s.integrityDetail;
        recorded.digestAlgorithm = s.digestAlgorithm;
        recorded.signatureAlgorithm = s.signatureAlgorithm;
        recorded.signer = s.signer;
        recorded.certificates = s.certificates;
        s = recorded;
    }
    return a;
}

Assessment hostileAssessment()
{
    // File names may hold any character but '/': this one must stay text in the HTML, the PDF's
    // title and its XMP metadata.
    Assessment a = base(QStringLiteral("hostile <i>&amp;</i> 'name'.pdf"));
    a.revisions = revisions(1);
    a.identity.producer = QStringLiteral("<script>alert('owned')</script> Smith & Wesson");
    a.identity.title = QStringLiteral("<b>Bold</b> \"quoted\" \u202Efdp.exe");
    a.identity.creator = QStringLiteral("line1\nline2\x01<img src=x>");
    return a;
}

Assessment failedAssessment()
{
    Assessment a = base(QStringLiteral("truncated.pdf"));
    a.status = AssessmentStatus::Error;
    a.error = QStringLiteral("The file is not a PDF document: it does not start with %PDF-.");
    a.identity.pdfVersion.clear();
    a.identity.pageCount = 0;
    a.identity.title.clear();
    a.identity.producer.clear();
    a.identity.creator.clear();
    return a;
}

std::optional<Assessment> corpusAssessment(const QString &fileName)
{
    const QString path = QStringLiteral(GRANSKA_SHARED_DIR "/corpus/signed/files/") + fileName;
    if (!QFileInfo::exists(path))
        return std::nullopt;
    return Assessor::assess(path);
}

} // namespace granska::testing
