#include "AssessmentJson.h"

#include <QHash>
#include <QJsonArray>
#include <cstdio>

namespace granska {
namespace {

QJsonValue optionalString(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// ISO 8601 in UTC, to the second: what QDateTime::toString(Qt::ISODate) writes, formatted here for
// four-digit years (Qt's general formatter took a tenth of the time spent writing the JSON).
QJsonValue dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 1000 || date.year() > 9999)
        return QJsonValue(utc.toString(Qt::ISODate));
    char text[32];
    const int length = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(), date.month(), date.day(),
                                     clock.hour(), clock.minute(), clock.second());
    return QJsonValue(QString::fromLatin1(text, length));
}

QDateTime dateTimeFrom(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODate) : QDateTime();
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

QJsonObject toJson(const CertificateInfo &certificate, const JsonOptions &options)
{
    QJsonObject o{
        {QStringLiteral("subject"), certificate.subject},
        {QStringLiteral("issuer"), certificate.issuer},
        {QStringLiteral("commonName"), certificate.commonName},
        {QStringLiteral("serialNumber"), certificate.serialNumber},
        {QStringLiteral("notBefore"), dateTime(certificate.notBefore)},
        {QStringLiteral("notAfter"), dateTime(certificate.notAfter)},
        {QStringLiteral("publicKey"), certificate.publicKey},
        {QStringLiteral("sha256"), certificate.sha256Fingerprint},
        {QStringLiteral("isCa"), certificate.isCa},
        {QStringLiteral("keyUsage"), stringArray(certificate.keyUsage)},
        {QStringLiteral("qcStatements"), stringArray(certificate.qcStatements)},
        {QStringLiteral("policies"), stringArray(certificate.policies)},
    };
    if (options.includeCertificateData && !certificate.der.isEmpty())
        o.insert(QStringLiteral("der"), QString::fromLatin1(certificate.der.toBase64()));
    return o;
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
    c.isCa = o.value(QStringLiteral("isCa")).toBool();
    c.keyUsage = stringList(o.value(QStringLiteral("keyUsage")));
    c.qcStatements = stringList(o.value(QStringLiteral("qcStatements")));
    c.policies = stringList(o.value(QStringLiteral("policies")));
    c.der = QByteArray::fromBase64(o.value(QStringLiteral("der")).toString().toLatin1());
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

// Certificates written once each for a document: its signatures, timestamps and chains list the
// same certificates again and again. Looked up by fingerprint; a description that differs under
// the same fingerprint (one edited, or read from elsewhere) is written on its own.
class CertificateWriter {
public:
    explicit CertificateWriter(const JsonOptions &options) : m_options(options) {}

    QJsonObject object(const CertificateInfo &certificate)
    {
        const auto it = m_written.constFind(certificate.sha256Fingerprint);
        if (it != m_written.cend() && it->first == certificate)
            return it->second;
        QJsonObject written = toJson(certificate, m_options);
        if (it == m_written.cend())
            m_written.insert(certificate.sha256Fingerprint, {certificate, written});
        return written;
    }

    QJsonArray array(const QList<CertificateInfo> &list)
    {
        QJsonArray array;
        for (const CertificateInfo &c : list)
            array.append(object(c));
        return array;
    }

    const JsonOptions &options() const { return m_options; }

private:
    const JsonOptions &m_options;
    QHash<QString, std::pair<CertificateInfo, QJsonObject>> m_written;
};

QJsonObject toJson(const TimestampInfo &t, CertificateWriter &certificates)
{
    return {
        {QStringLiteral("type"), t.type == TimestampInfo::Type::Document ? QStringLiteral("document") : QStringLiteral("signature")},
        {QStringLiteral("time"), dateTime(t.time)},
        {QStringLiteral("integrity"), toString(t.integrity)},
        {QStringLiteral("detail"), t.detail},
        {QStringLiteral("digestAlgorithm"), optionalString(t.digestAlgorithm)},
        {QStringLiteral("authority"), t.authority ? QJsonValue(certificates.object(*t.authority)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("trusted"), t.trusted},
        {QStringLiteral("revision"), t.revision},
    };
}

TimestampInfo timestampFromJson(const QJsonObject &o)
{
    TimestampInfo t;
    t.type = o.value(QStringLiteral("type")).toString() == QStringLiteral("document") ? TimestampInfo::Type::Document
                                                                                     : TimestampInfo::Type::Signature;
    t.time = dateTimeFrom(o.value(QStringLiteral("time")));
    t.integrity = integrityFromString(o.value(QStringLiteral("integrity")).toString()).value_or(Integrity::Unverifiable);
    t.detail = o.value(QStringLiteral("detail")).toString();
    t.digestAlgorithm = o.value(QStringLiteral("digestAlgorithm")).toString();
    if (o.value(QStringLiteral("authority")).isObject())
        t.authority = certificateFromJson(o.value(QStringLiteral("authority")).toObject());
    t.trusted = o.value(QStringLiteral("trusted")).toBool();
    t.revision = o.value(QStringLiteral("revision")).toInt();
    return t;
}

QJsonObject toJson(const RevocationInfo &r)
{
    return {
        {QStringLiteral("certificate"), r.certificate},
        {QStringLiteral("certificateSha256"), r.certificateSha256},
        {QStringLiteral("kind"), r.kind},
        {QStringLiteral("source"), r.source},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("producedAt"), dateTime(r.producedAt)},
        {QStringLiteral("nextUpdate"), dateTime(r.nextUpdate)},
        {QStringLiteral("revocationTime"), dateTime(r.revocationTime)},
        {QStringLiteral("detail"), r.detail},
    };
}

RevocationInfo revocationFromJson(const QJsonObject &o)
{
    RevocationInfo r;
    r.certificate = o.value(QStringLiteral("certificate")).toString();
    r.certificateSha256 = o.value(QStringLiteral("certificateSha256")).toString();
    r.kind = o.value(QStringLiteral("kind")).toString();
    r.source = o.value(QStringLiteral("source")).toString();
    r.status = o.value(QStringLiteral("status")).toString();
    r.producedAt = dateTimeFrom(o.value(QStringLiteral("producedAt")));
    r.nextUpdate = dateTimeFrom(o.value(QStringLiteral("nextUpdate")));
    r.revocationTime = dateTimeFrom(o.value(QStringLiteral("revocationTime")));
    r.detail = o.value(QStringLiteral("detail")).toString();
    return r;
}

QJsonValue toJson(const PersonalIdentifier &p, const JsonOptions &options)
{
    if (!p.isPresent())
        return QJsonValue(QJsonValue::Null);
    QJsonObject o{{QStringLiteral("type"), p.type}, {QStringLiteral("field"), p.field}, {QStringLiteral("masked"), p.masked}};
    if (!options.maskPersonalData)
        o.insert(QStringLiteral("value"), p.value);
    return o;
}

// Replaces the personal identity number wherever a certificate's text shows it, and drops the
// certificates' own bytes, which hold it too.
QJsonValue masked(const QJsonValue &value, const PersonalIdentifier &person)
{
    if (value.isString())
        return value.toString().replace(person.value, person.masked);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(masked(item, person));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (it.key() != QLatin1String("der"))
                out.insert(it.key(), masked(it.value(), person));
        }
        return out;
    }
    return value;
}

QJsonObject toJson(const SignatureInfo &s, CertificateWriter &writer)
{
    const JsonOptions &options = writer.options();
    QJsonArray byteRange;
    for (qint64 n : s.byteRange)
        byteRange.append(n);
    const QJsonArray certificates = writer.array(s.certificates);
    QJsonArray timestamps;
    QDateTime timestampTime;
    for (const TimestampInfo &t : s.timestamps) {
        timestamps.append(toJson(t, writer));
        if (t.integrity == Integrity::Intact && t.time.isValid() && (!timestampTime.isValid() || t.time < timestampTime))
            timestampTime = t.time;
    }
    QJsonArray revocation;
    for (const RevocationInfo &r : s.revocation)
        revocation.append(toJson(r));
    QJsonArray modifications;
    for (const ModificationInfo &m : s.modifications) {
        modifications.append(QJsonObject{{QStringLiteral("revision"), m.revision},
                                         {QStringLiteral("kind"), m.kind},
                                         {QStringLiteral("description"), m.description},
                                         {QStringLiteral("permitted"), m.permitted}});
    }
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
        {QStringLiteral("signer"), s.signer ? QJsonValue(writer.object(*s.signer)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("certificates"), certificates},
        {QStringLiteral("indication"), toString(s.indication)},
        {QStringLiteral("subIndication"), optionalString(s.subIndication)},
        {QStringLiteral("indicationDetail"), s.indicationDetail},
        {QStringLiteral("validationTime"), dateTime(s.validationTime)},
        {QStringLiteral("bestSignatureTime"), dateTime(s.bestSignatureTime)},
        {QStringLiteral("timestampTime"), dateTime(timestampTime)},
        {QStringLiteral("chain"), writer.array(s.chain)},
        {QStringLiteral("trustAnchor"), optionalString(s.trustAnchor)},
        {QStringLiteral("timestamps"), timestamps},
        {QStringLiteral("revocation"), revocation},
        {QStringLiteral("validationDataEmbedded"), s.validationDataEmbedded},
        {QStringLiteral("warnings"), stringArray(s.warnings)},
        {QStringLiteral("level"), optionalString(s.level)},
        {QStringLiteral("levelMissing"), optionalString(s.levelMissing)},
        {QStringLiteral("qualification"), optionalString(s.qualification)},
        {QStringLiteral("qualificationDetail"), optionalString(s.qualificationDetail)},
        {QStringLiteral("personalNumber"), toJson(s.personalNumber, options)},
        {QStringLiteral("certificationLevel"), s.certificationLevel},
        {QStringLiteral("modificationsAfter"), optionalString(s.modificationsAfter)},
        {QStringLiteral("modifications"), modifications},
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
    if (options.maskPersonalData && s.personalNumber.isPresent()) {
        for (const char *key : {"signer", "certificates", "chain", "timestamps"})
            o.insert(QLatin1String(key), masked(o.value(QLatin1String(key)), s.personalNumber));
    }
    return o;
}

SignatureInfo signatureFromJson(const QJsonObject &o)
{
    SignatureInfo s;
    s.field = o.value(QStringLiteral("field")).toString();
    const QString kind = o.value(QStringLiteral("kind")).toString();
    for (SignatureKind k : {SignatureKind::Signature, SignatureKind::Seal, SignatureKind::DocumentTimestamp}) {
        if (toString(k) == kind)
            s.kind = k;
    }
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
    const QString indication = o.value(QStringLiteral("indication")).toString();
    for (Indication i : {Indication::TotalPassed, Indication::Indeterminate, Indication::TotalFailed}) {
        if (toString(i) == indication)
            s.indication = i;
    }
    s.subIndication = o.value(QStringLiteral("subIndication")).toString();
    s.indicationDetail = o.value(QStringLiteral("indicationDetail")).toString();
    s.validationTime = dateTimeFrom(o.value(QStringLiteral("validationTime")));
    s.bestSignatureTime = dateTimeFrom(o.value(QStringLiteral("bestSignatureTime")));
    for (const QJsonValue &c : o.value(QStringLiteral("chain")).toArray())
        s.chain.append(certificateFromJson(c.toObject()));
    s.trustAnchor = o.value(QStringLiteral("trustAnchor")).toString();
    for (const QJsonValue &t : o.value(QStringLiteral("timestamps")).toArray())
        s.timestamps.append(timestampFromJson(t.toObject()));
    for (const QJsonValue &r : o.value(QStringLiteral("revocation")).toArray())
        s.revocation.append(revocationFromJson(r.toObject()));
    s.validationDataEmbedded = o.value(QStringLiteral("validationDataEmbedded")).toBool();
    s.warnings = stringList(o.value(QStringLiteral("warnings")));
    s.level = o.value(QStringLiteral("level")).toString();
    s.levelMissing = o.value(QStringLiteral("levelMissing")).toString();
    s.qualification = o.value(QStringLiteral("qualification")).toString();
    s.qualificationDetail = o.value(QStringLiteral("qualificationDetail")).toString();
    const QJsonObject person = o.value(QStringLiteral("personalNumber")).toObject();
    s.personalNumber.type = person.value(QStringLiteral("type")).toString();
    s.personalNumber.field = person.value(QStringLiteral("field")).toString();
    s.personalNumber.masked = person.value(QStringLiteral("masked")).toString();
    s.personalNumber.value = person.value(QStringLiteral("value")).toString(s.personalNumber.masked);
    s.certificationLevel = o.value(QStringLiteral("certificationLevel")).toInt();
    s.modificationsAfter = o.value(QStringLiteral("modificationsAfter")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("modifications")).toArray()) {
        const QJsonObject m = v.toObject();
        s.modifications.append({m.value(QStringLiteral("revision")).toInt(), m.value(QStringLiteral("kind")).toString(),
                                m.value(QStringLiteral("description")).toString(), m.value(QStringLiteral("permitted")).toBool()});
    }
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

QJsonObject toJson(const ActiveContent &content)
{
    QJsonArray items;
    for (const ActiveContentItem &item : content.items) {
        items.append(QJsonObject{{QStringLiteral("kind"), toString(item.kind)},
                                 {QStringLiteral("location"), toJson(item.location)},
                                 {QStringLiteral("detail"), item.detail}});
    }
    return {{QStringLiteral("scanned"), content.scanned}, {QStringLiteral("items"), items}};
}

ActiveContent activeContentFromJson(const QJsonObject &o)
{
    ActiveContent content;
    content.scanned = o.value(QStringLiteral("scanned")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        // A kind this version does not know is kept out rather than shown as something else.
        const std::optional<ActiveContentKind> kind = activeContentKindFromString(item.value(QStringLiteral("kind")).toString());
        if (!kind)
            continue;
        content.items.append({*kind, locationFromJson(item.value(QStringLiteral("location")).toObject()),
                              item.value(QStringLiteral("detail")).toString()});
    }
    return content;
}

QJsonObject toJson(const Assessment &a, const JsonOptions &options)
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
    CertificateWriter certificates(options);
    for (const SignatureInfo &s : a.signatures)
        signatures.append(toJson(s, certificates));
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
        {QStringLiteral("activeContent"), toJson(a.activeContent)},
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
    a.activeContent = activeContentFromJson(o.value(QStringLiteral("activeContent")).toObject());
    return a;
}

} // namespace granska
