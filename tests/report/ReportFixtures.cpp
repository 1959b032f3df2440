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

    a.findings = {{Severity::Warning, QStringLiteral("xref-repaired"), QStringLiteral("The cross-reference table was damaged and had to be rebuilt.")},
                  {Severity::Error, QStringLiteral("limit-time"), QStringLiteral("The time limit stopped the PDF/A check of page 3.")},
                  {Severity::Info, QStringLiteral("info"), QStringLiteral("The document has an embedded file.")}};
    return a;
}

Assessment cleanAssessment()
{
    Assessment a = base(QStringLiteral("beslut-2024-17.pdf"));
    a.revisions = revisions(2);
    a.pdfa.claim.part = 2;
    a.pdfa.claim.conformance = QStringLiteral("B");
    a.pdfa.profile = QStringLiteral("2b");
    a.pdfa.origin = ProfileOrigin::Claim;
    a.pdfa.compliant = true;
    a.pdfa.rulesChecked = 143;
    a.signatures << signature(QStringLiteral("Signature1"), Integrity::Intact,
                              QStringLiteral("The signed bytes are unchanged (SHA-256) and the RSA signature value is valid for the signer's key."),
                              certificate(QStringLiteral("Cecilia Carlsson"), QStringLiteral("Test Issuing CA 3"), QStringLiteral("0C")), 2, 2);
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
