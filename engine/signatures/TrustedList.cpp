#include "TrustedList.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <memory>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::TrustedList)
};

constexpr int kMaxDepth = 64;
constexpr int kMaxElements = 2'000'000;

// A small element tree: trusted lists are nested deeply enough that reading them as a tree is
// far clearer than as a stream. Namespace prefixes are dropped (local names only).
struct Element {
    QString name;
    QString text;
    QXmlStreamAttributes attributes;
    std::vector<std::unique_ptr<Element>> children;

    const Element *child(QStringView localName) const
    {
        for (const auto &c : children)
            if (c->name == localName)
                return c.get();
        return nullptr;
    }
    QList<const Element *> all(QStringView localName) const
    {
        QList<const Element *> out;
        for (const auto &c : children)
            if (c->name == localName)
                out.append(c.get());
        return out;
    }
    QString childText(QStringView localName) const
    {
        const Element *c = child(localName);
        return c ? c->text.trimmed() : QString();
    }
    // Descends a path of local names; nullptr when any step is missing.
    const Element *path(std::initializer_list<QStringView> names) const
    {
        const Element *e = this;
        for (QStringView n : names) {
            e = e ? e->child(n) : nullptr;
        }
        return e;
    }
};

std::unique_ptr<Element> readTree(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    std::unique_ptr<Element> root;
    std::vector<Element *> stack;
    int count = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (stack.size() > kMaxDepth || ++count > kMaxElements) {
                *error = Tr::tr("the XML is nested too deeply or is too large");
                return nullptr;
            }
            auto element = std::make_unique<Element>();
            element->name = reader.name().toString();
            element->attributes = reader.attributes();
            Element *raw = element.get();
            if (stack.empty())
                root = std::move(element);
            else
                stack.back()->children.push_back(std::move(element));
            stack.push_back(raw);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!stack.empty())
                stack.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.empty())
                stack.back()->text += reader.text();
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return nullptr;
    }
    return root;
}

// The English name among multilingual names, else the first.
QString preferredName(const Element *names)
{
    if (!names)
        return {};
    QString first;
    for (const Element *name : names->all(u"Name")) {
        if (first.isEmpty())
            first = name->text.trimmed();
        if (name->attributes.value(QStringLiteral("xml:lang")) == QLatin1String("en")
            || name->attributes.value(QStringLiteral("http://www.w3.org/XML/1998/namespace"), QStringLiteral("lang")) == QLatin1String("en"))
            return name->text.trimmed();
    }
    return first;
}

QDateTime dateTime(const QString &text)
{
    return QDateTime::fromString(text.trimmed(), Qt::ISODate).toUTC();
}

TrustedService::Status readStatus(const Element &information)
{
    TrustedService::Status status;
    status.status = information.childText(u"ServiceStatus");
    status.from = dateTime(information.childText(u"StatusStartingTime"));
    const Element *extensions = information.child(u"ServiceInformationExtensions");
    if (!extensions)
        return status;
    for (const Element *extension : extensions->all(u"Extension")) {
        if (const Element *additional = extension->child(u"AdditionalServiceInformation")) {
            const QString uri = additional->childText(u"URI");
            if (!uri.isEmpty())
                status.additionalInformation << uri;
        }
        const Element *qualifications = extension->child(u"Qualifications");
        if (!qualifications)
            continue;
        for (const Element *element : qualifications->all(u"QualificationElement")) {
            TrustedService::QualificationRule rule;
            if (const Element *qualifiers = element->child(u"Qualifiers")) {
                for (const Element *q : qualifiers->all(u"Qualifier"))
                    rule.qualifiers << q->attributes.value(QStringLiteral("uri")).toString();
            }
            if (const Element *criteria = element->child(u"CriteriaList")) {
                rule.assertion = criteria->attributes.value(QStringLiteral("assert")).toString();
                // Policy sets, possibly in nested criteria lists.
                QList<const Element *> pending{criteria};
                while (!pending.isEmpty()) {
                    const Element *c = pending.takeLast();
                    for (const Element *set : c->all(u"PolicySet"))
                        for (const Element *policy : set->all(u"PolicyIdentifier"))
                            rule.policies << policy->childText(u"Identifier").remove(QStringLiteral("urn:oid:"));
                    for (const Element *nested : c->all(u"CriteriaList"))
                        pending.append(nested);
                }
            }
            status.qualifications.append(rule);
        }
    }
    return status;
}

QList<QByteArray> readCertificates(const Element &information)
{
    QList<QByteArray> out;
    const Element *identity = information.child(u"ServiceDigitalIdentity");
    if (!identity)
        return out;
    for (const Element *id : identity->all(u"DigitalId")) {
        const QString base64 = id->childText(u"X509Certificate");
        if (!base64.isEmpty())
            out << QByteArray::fromBase64(base64.toLatin1(), QByteArray::IgnoreBase64DecodingErrors);
    }
    return out;
}

} // namespace

const TrustedService::Status *TrustedService::statusAt(const QDateTime &time) const
{
    for (const Status &status : history) {
        if (status.from.isValid() && status.from <= time)
            return &status;
    }
    return nullptr;
}

std::optional<TrustedListData> parseTrustedList(const QByteArray &xml, const QString &fileName, QString *error)
{
    QString problem;
    const std::unique_ptr<Element> root = readTree(xml, &problem);
    if (!root || root->name != QLatin1String("TrustServiceStatusList")) {
        if (error)
            *error = root ? Tr::tr("%1 is not an ETSI TS 119 612 trusted list.").arg(fileName)
                          : Tr::tr("%1 cannot be read as XML: %2").arg(fileName, problem);
        return std::nullopt;
    }
    TrustedListData data;
    data.info.file = fileName;
    if (const Element *scheme = root->child(u"SchemeInformation")) {
        data.info.territory = scheme->childText(u"SchemeTerritory");
        data.info.sequenceNumber = scheme->childText(u"TSLSequenceNumber");
        data.info.operatorName = preferredName(scheme->child(u"SchemeOperatorName"));
        data.info.issued = dateTime(scheme->childText(u"ListIssueDateTime"));
        if (const Element *next = scheme->child(u"NextUpdate"))
            data.info.nextUpdate = dateTime(next->childText(u"dateTime"));
        data.info.isListOfLists = scheme->childText(u"TSLType").contains(QLatin1String("listofthelists"), Qt::CaseInsensitive);
    }
    if (const Element *providers = root->child(u"TrustServiceProviderList")) {
        for (const Element *provider : providers->all(u"TrustServiceProvider")) {
            const QString providerName = preferredName(provider->path({u"TSPInformation", u"TSPName"}));
            const Element *services = provider->child(u"TSPServices");
            if (!services)
                continue;
            for (const Element *service : services->all(u"TSPService")) {
                const Element *information = service->child(u"ServiceInformation");
                if (!information)
                    continue;
                TrustedService s;
                s.territory = data.info.territory;
                s.providerName = providerName;
                s.serviceName = preferredName(information->child(u"ServiceName"));
                s.type = information->childText(u"ServiceTypeIdentifier");
                s.certificates = readCertificates(*information);
                s.listFile = fileName;
                s.history.append(readStatus(*information));
                if (const Element *history = service->child(u"ServiceHistory")) {
                    for (const Element *instance : history->all(u"ServiceHistoryInstance")) {
                        s.history.append(readStatus(*instance));
                        for (const QByteArray &der : readCertificates(*instance))
                            if (!s.certificates.contains(der))
                                s.certificates.append(der);
                    }
                }
                std::sort(s.history.begin(), s.history.end(), [](const TrustedService::Status &a, const TrustedService::Status &b) {
                    return a.from > b.from;
                });
                data.services.append(s);
            }
        }
    }
    data.info.serviceCount = int(data.services.size());
    return data;
}

} // namespace granska
