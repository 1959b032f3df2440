#include "AssessmentJson.h"

#include <QJsonArray>

namespace granska {
namespace {

QJsonValue optionalString(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QDateTime dateTimeFrom(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODate) : QDateTime();
}

QJsonObject toJson(const CertificateInfo &certificate)
{
    return {
        {QStringLiteral("subject"), certificate.subject},
        {QStringLiteral("issuer"), certificate.issuer},
        {QStringLiteral("commonName"), certificate.commonName},
        {QStringLiteral("serialNumber"), certificate.serialNumber},
        {QStringLiteral("notBefore"), dateTime(certificate.notBefore)},
        {QStringLiteral("notAfter"), dateTime(certificate.notAfter)},
        {QStringLiteral("publicKey"), certificate.publicKey},
        {QStringLiteral("sha256"), certificate.sha256Fingerprint},
    };
}

CertificateInfo certificateFromJson(const QJsonObject &o)
{
    CertificateInfo c;
    c.subject = o.value(QStringLiteral("subject")).toString();
    c.issuer = o.value(QStringLiteral("issuer")).toString();
    c.commonName = o.value(QStringLiteral("commonName")).toString();
    c.serialNumber = o.value(QStringLiteral("serialNumber")).toString();
    c.notBefore = dateTimeFrom(o.value(QStringLiteral("notBefore")));
    c.notAfter = dateTimeFrom(o.value(QStringLiteral("notAfter")));
    c.publicKey = o.value(QStringLiteral("publicKey")).toString();
    c.sha256Fingerprint = o.value(QStringLiteral("sha256")).toString();
    return c;
}

QJsonObject toJson(const ObjectLocation &l)
{
    QJsonObject o;
    if (l.objectNumber > 0) {
        o.insert(QStringLiteral("object"), l.objectNumber);
        o.insert(QStringLiteral("generation"), l.generation);
    }
    if (l.page > 0)
        o.insert(QStringLiteral("page"), l.page);
    if (l.revision > 0)
        o.insert(QStringLiteral("revision"), l.revision);
    if (!l.context.isEmpty())
        o.insert(QStringLiteral("context"), l.context);
    return o;
}

ObjectLocation locationFromJson(const QJsonObject &o)
{
    ObjectLocation l;
    l.objectNumber = o.value(QStringLiteral("object")).toInt();
    l.generation = o.value(QStringLiteral("generation")).toInt();
    l.page = o.value(QStringLiteral("page")).toInt();
    l.revision = o.value(QStringLiteral("revision")).toInt();
    l.context = o.value(QStringLiteral("context")).toString();
    return l;
}

QJsonObject toJson(const RuleViolation &v)
{
    QJsonArray locations;
    for (const ObjectLocation &l : v.locations)
        locations.append(toJson(l));
    return {
        {QStringLiteral("specification"), v.specification},
        {QStringLiteral("clause"), v.clause},
        {QStringLiteral("test"), v.test},
        {QStringLiteral("count"), v.count},
        {QStringLiteral("message"), v.message},
        {QStringLiteral("locations"), locations},
    };
}

RuleViolation violationFromJson(const QJsonObject &o)
{
    RuleViolation v;
    v.specification = o.value(QStringLiteral("specification")).toString();
    v.clause = o.value(QStringLiteral("clause")).toString();
    v.test = o.value(QStringLiteral("test")).toInt();
    v.count = o.value(QStringLiteral("count")).toInt();
    v.message = o.value(QStringLiteral("message")).toString();
    for (const QJsonValue &l : o.value(QStringLiteral("locations")).toArray())
        v.locations.append(locationFromJson(l.toObject()));
    return v;
}

QJsonObject toJson(const PdfaResult &r)
{
    QJsonArray failed;
    for (const RuleViolation &v : r.violations)
        failed.append(toJson(v));
    QJsonObject claim;
    if (r.claim.isPresent()) {
        claim = {
            {QStringLiteral("part"), r.claim.part},
            {QStringLiteral("conformance"), r.claim.conformance},
            {QStringLiteral("amd"), optionalString(r.claim.amendment)},
            {QStringLiteral("rev"), optionalString(r.claim.revision)},
        };
    }
    return {
        {QStringLiteral("claimed"), optionalString(r.claim.flavour())},
        {QStringLiteral("claim"), r.claim.isPresent() ? QJsonValue(claim) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("profile"), optionalString(r.profile)},
        {QStringLiteral("profileOrigin"), toString(r.origin)},
        {QStringLiteral("compliant"), r.compliant ? QJsonValue(*r.compliant) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("note"), optionalString(r.note)},
        {QStringLiteral("rulesChecked"), r.rulesChecked},
        {QStringLiteral("failedRules"), failed},
    };
}

PdfaResult pdfaFromJson(const QJsonObject &o)
{
    PdfaResult r;
    const QJsonObject claim = o.value(QStringLiteral("claim")).toObject();
    r.claim.part = claim.value(QStringLiteral("part")).toInt();
    r.claim.conformance = claim.value(QStringLiteral("conformance")).toString();
    r.claim.amendment = claim.value(QStringLiteral("amd")).toString();
    r.claim.revision = claim.value(QStringLiteral("rev")).toString();
    r.profile = o.value(QStringLiteral("profile")).toString();
    const QString origin = o.value(QStringLiteral("profileOrigin")).toString();
    for (ProfileOrigin value : {ProfileOrigin::None, ProfileOrigin::Claim, ProfileOrigin::Requested}) {
        if (toString(value) == origin)
            r.origin = value;
    }
    const QJsonValue compliant = o.value(QStringLiteral("compliant"));
    if (compliant.isBool())
        r.compliant = compliant.toBool();
    r.note = o.value(QStringLiteral("note")).toString();
    r.rulesChecked = o.value(QStringLiteral("rulesChecked")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("failedRules")).toArray())
        r.violations.append(violationFromJson(v.toObject()));
    return r;
}

QJsonObject toJson(const SignatureInfo &s)
{
    QJsonArray byteRange;
    for (qint64 n : s.byteRange)
        byteRange.append(n);
    QJsonArray certificates;
    for (const CertificateInfo &c : s.certificates)
        certificates.append(toJson(c));
    QJsonObject o{
        {QStringLiteral("field"), s.field},
        {QStringLiteral("kind"), toString(s.kind)},
        {QStringLiteral("object"), s.objectNumber},
        {QStringLiteral("filter"), s.filter},
        {QStringLiteral("subFilter"), s.subFilter},
        {QStringLiteral("byteRange"), byteRange},
        {QStringLiteral("revision"), s.revision},
        {QStringLiteral("coversWholeDocument"), s.coversWholeDocument},
        {QStringLiteral("integrity"), toString(s.integrity)},
        {QStringLiteral("integrityDetail"), s.integrityDetail},
        {QStringLiteral("digestAlgorithm"), optionalString(s.digestAlgorithm)},
        {QStringLiteral("signatureAlgorithm"), optionalString(s.signatureAlgorithm)},
        {QStringLiteral("signer"), s.signer ? QJsonValue(toJson(*s.signer)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("certificates"), certificates},
        {QStringLiteral("signingTime"), dateTime(s.claimedSigningTime)},
        {QStringLiteral("signingTimeRaw"), optionalString(s.claimedSigningTimeRaw)},
        {QStringLiteral("cmsSigningTime"), dateTime(s.cmsSigningTime)},
        {QStringLiteral("signerName"), optionalString(s.signerName)},
        {QStringLiteral("reason"), optionalString(s.reason)},
        {QStringLiteral("location"), optionalString(s.location)},
        {QStringLiteral("contactInfo"), optionalString(s.contactInfo)},
        {QStringLiteral("page"), s.page},
        {QStringLiteral("visible"), s.visible},
    };
    if (s.rect.isValid())
        o.insert(QStringLiteral("rect"), QJsonArray{s.rect.left(), s.rect.top(), s.rect.right(), s.rect.bottom()});
    return o;
}

SignatureInfo signatureFromJson(const QJsonObject &o)
{
    SignatureInfo s;
    s.field = o.value(QStringLiteral("field")).toString();
    s.kind = o.value(QStringLiteral("kind")).toString() == toString(SignatureKind::DocumentTimestamp)
                 ? SignatureKind::DocumentTimestamp
                 : SignatureKind::Signature;
    s.objectNumber = o.value(QStringLiteral("object")).toInt();
    s.filter = o.value(QStringLiteral("filter")).toString();
    s.subFilter = o.value(QStringLiteral("subFilter")).toString();
    for (const QJsonValue &n : o.value(QStringLiteral("byteRange")).toArray())
        s.byteRange.append(n.toInteger());
    s.revision = o.value(QStringLiteral("revision")).toInt();
    s.coversWholeDocument = o.value(QStringLiteral("coversWholeDocument")).toBool();
    s.integrity = integrityFromString(o.value(QStringLiteral("integrity")).toString()).value_or(Integrity::Unverifiable);
    s.integrityDetail = o.value(QStringLiteral("integrityDetail")).toString();
    s.digestAlgorithm = o.value(QStringLiteral("digestAlgorithm")).toString();
    s.signatureAlgorithm = o.value(QStringLiteral("signatureAlgorithm")).toString();
    if (o.value(QStringLiteral("signer")).isObject())
        s.signer = certificateFromJson(o.value(QStringLiteral("signer")).toObject());
    for (const QJsonValue &c : o.value(QStringLiteral("certificates")).toArray())
        s.certificates.append(certificateFromJson(c.toObject()));
    s.claimedSigningTime = dateTimeFrom(o.value(QStringLiteral("signingTime")));
    s.claimedSigningTimeRaw = o.value(QStringLiteral("signingTimeRaw")).toString();
    s.cmsSigningTime = dateTimeFrom(o.value(QStringLiteral("cmsSigningTime")));
    s.signerName = o.value(QStringLiteral("signerName")).toString();
    s.reason = o.value(QStringLiteral("reason")).toString();
    s.location = o.value(QStringLiteral("location")).toString();
    s.contactInfo = o.value(QStringLiteral("contactInfo")).toString();
    s.page = o.value(QStringLiteral("page")).toInt();
    s.visible = o.value(QStringLiteral("visible")).toBool();
    const QJsonArray rect = o.value(QStringLiteral("rect")).toArray();
    if (rect.size() == 4)
        s.rect = QRectF(QPointF(rect[0].toDouble(), rect[1].toDouble()), QPointF(rect[2].toDouble(), rect[3].toDouble()));
    return s;
}

} // namespace

QJsonObject toJson(const Assessment &a)
{
    QJsonArray findings;
    for (const Finding &f : a.findings) {
        findings.append(QJsonObject{{QStringLiteral("severity"), toString(f.severity)},
                                    {QStringLiteral("code"), f.code},
                                    {QStringLiteral("message"), f.message}});
    }
    QJsonArray revisions;
    for (const Revision &r : a.revisions) {
        revisions.append(QJsonObject{{QStringLiteral("index"), r.index},
                                     {QStringLiteral("start"), r.start},
                                     {QStringLiteral("end"), r.end},
                                     {QStringLiteral("xrefOffset"), r.xrefOffset},
                                     {QStringLiteral("xrefKind"), r.xrefKind}});
    }
    QJsonArray signatures;
    for (const SignatureInfo &s : a.signatures)
        signatures.append(toJson(s));
    const DocumentIdentity &id = a.identity;
    return {
        {QStringLiteral("file"), a.file},
        {QStringLiteral("fileName"), id.fileName},
        {QStringLiteral("sha256"), optionalString(id.sha256)},
        {QStringLiteral("size"), id.size},
        {QStringLiteral("status"), a.status == AssessmentStatus::Ok ? QStringLiteral("ok") : QStringLiteral("error")},
        {QStringLiteral("error"), optionalString(a.error)},
        {QStringLiteral("pdfVersion"), optionalString(id.pdfVersion)},
        {QStringLiteral("pageCount"), id.pageCount},
        {QStringLiteral("title"), optionalString(id.title)},
        {QStringLiteral("producer"), optionalString(id.producer)},
        {QStringLiteral("creator"), optionalString(id.creator)},
        {QStringLiteral("encrypted"), id.encrypted},
        {QStringLiteral("encryption"), optionalString(id.encryption)},
        {QStringLiteral("linearized"), id.linearized},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("revisions"), revisions},
        {QStringLiteral("pdfa"), toJson(a.pdfa)},
        {QStringLiteral("signatures"), signatures},
        {QStringLiteral("assessedAt"), dateTime(a.assessedAt)},
        {QStringLiteral("engineVersion"), a.engineVersion},
        {QStringLiteral("durationMs"), a.durationMs},
    };
}

Assessment assessmentFromJson(const QJsonObject &o)
{
    Assessment a;
    a.file = o.value(QStringLiteral("file")).toString();
    DocumentIdentity &id = a.identity;
    id.fileName = o.value(QStringLiteral("fileName")).toString();
    id.sha256 = o.value(QStringLiteral("sha256")).toString();
    id.size = o.value(QStringLiteral("size")).toInteger();
    a.status = o.value(QStringLiteral("status")).toString() == QStringLiteral("error") ? AssessmentStatus::Error
                                                                                     : AssessmentStatus::Ok;
    a.error = o.value(QStringLiteral("error")).toString();
    id.pdfVersion = o.value(QStringLiteral("pdfVersion")).toString();
    id.pageCount = o.value(QStringLiteral("pageCount")).toInt();
    id.title = o.value(QStringLiteral("title")).toString();
    id.producer = o.value(QStringLiteral("producer")).toString();
    id.creator = o.value(QStringLiteral("creator")).toString();
    id.encrypted = o.value(QStringLiteral("encrypted")).toBool();
    id.encryption = o.value(QStringLiteral("encryption")).toString();
    id.linearized = o.value(QStringLiteral("linearized")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        Finding finding;
        const QString severity = f.value(QStringLiteral("severity")).toString();
        for (Severity s : {Severity::Info, Severity::Warning, Severity::Error}) {
            if (toString(s) == severity)
                finding.severity = s;
        }
        finding.code = f.value(QStringLiteral("code")).toString();
        finding.message = f.value(QStringLiteral("message")).toString();
        a.findings.append(finding);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("revisions")).toArray()) {
        const QJsonObject r = v.toObject();
        Revision revision;
        revision.index = r.value(QStringLiteral("index")).toInt();
        revision.start = r.value(QStringLiteral("start")).toInteger();
        revision.end = r.value(QStringLiteral("end")).toInteger();
        revision.xrefOffset = r.value(QStringLiteral("xrefOffset")).toInteger();
        revision.xrefKind = r.value(QStringLiteral("xrefKind")).toString();
        a.revisions.append(revision);
    }
    a.pdfa = pdfaFromJson(o.value(QStringLiteral("pdfa")).toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("signatures")).toArray())
        a.signatures.append(signatureFromJson(v.toObject()));
    a.assessedAt = dateTimeFrom(o.value(QStringLiteral("assessedAt")));
    a.engineVersion = o.value(QStringLiteral("engineVersion")).toString();
    a.durationMs = o.value(QStringLiteral("durationMs")).toInteger();
    return a;
}

} // namespace granska
