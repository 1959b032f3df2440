// The RDF/XML to XMP mapping follows the XMP Specification (part 1, 7.9 "RDF/XML syntax") and the
// RDF/XML grammar productions it names (nodeElement, propertyElt, resourcePropertyElt, ...), with
// the same leniencies and strictness as the XMP toolkits PDF/A validators are built on, so that a
// packet those toolkits reject is reported as not serialised according to XMP.
#include "XmpParser.h"

#include "XmlTree.h"

#include <QCoreApplication>
#include <algorithm>
#include <deque>

namespace granska::pdfa::xmp {
namespace {

using detail::XmlAttribute;
using detail::XmlNode;

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::xmp::XmpParser)
};

constexpr int kMaxDepth = 200;
constexpr int kMaxXmpNodes = 200000;

struct RdfError {
    QString message;
};

[[noreturn]] void reject(const QString &message)
{
    throw RdfError{message};
}

// What an element or attribute name means in RDF.
enum class Term { Other, Rdf, Id, About, ParseType, Resource, NodeId, Datatype, Description, Li, AboutEach, AboutEachPrefix, BagId };

Term rdfTerm(const QString &namespaceUri, const QString &localName)
{
    if (namespaceUri != ns::Rdf)
        return Term::Other;
    static const std::pair<QLatin1StringView, Term> terms[] = {
        {QLatin1StringView("li"), Term::Li},
        {QLatin1StringView("parseType"), Term::ParseType},
        {QLatin1StringView("Description"), Term::Description},
        {QLatin1StringView("about"), Term::About},
        {QLatin1StringView("resource"), Term::Resource},
        {QLatin1StringView("RDF"), Term::Rdf},
        {QLatin1StringView("ID"), Term::Id},
        {QLatin1StringView("nodeID"), Term::NodeId},
        {QLatin1StringView("datatype"), Term::Datatype},
        {QLatin1StringView("aboutEach"), Term::AboutEach},
        {QLatin1StringView("aboutEachPrefix"), Term::AboutEachPrefix},
        {QLatin1StringView("bagID"), Term::BagId},
    };
    for (const auto &[name, term] : terms) {
        if (localName == name)
            return term;
    }
    return Term::Other;
}

Term termOf(const XmlNode &element)
{
    return element.isElement() ? rdfTerm(element.namespaceUri, element.localName) : Term::Other;
}

// Unprefixed "about" and "ID" on an RDF element are read as rdf:about and rdf:ID.
Term termOf(const XmlAttribute &attribute, const XmlNode &owner)
{
    if (attribute.namespaceUri.isEmpty() && owner.namespaceUri == ns::Rdf
        && (attribute.localName == QLatin1String("about") || attribute.localName == QLatin1String("ID")))
        return rdfTerm(QString(ns::Rdf), attribute.localName);
    return rdfTerm(attribute.namespaceUri, attribute.localName);
}

bool isCoreSyntaxTerm(Term t)
{
    return t == Term::Rdf || t == Term::Id || t == Term::About || t == Term::ParseType || t == Term::Resource
           || t == Term::NodeId || t == Term::Datatype;
}

bool isOldTerm(Term t)
{
    return t == Term::AboutEach || t == Term::AboutEachPrefix || t == Term::BagId;
}

bool isPropertyElementName(Term t)
{
    return t != Term::Description && !isOldTerm(t) && !isCoreSyntaxTerm(t);
}

bool isXmlLang(const XmlAttribute &a)
{
    return a.qualifiedName == QLatin1String("xml:lang");
}

bool isRdf(const XmlAttribute &a, QLatin1StringView localName)
{
    return a.namespaceUri == ns::Rdf && a.localName == localName;
}

// Language tags are compared in the normalised form XMP gives them: lower case, except that the
// second subtag is upper case; '_' becomes '-', spaces go.
QString normalisedLanguage(const QString &value)
{
    if (value == QLatin1String("x-default"))
        return value;
    QString result;
    int subtag = 1;
    for (QChar c : value) {
        if (c == QLatin1Char('-') || c == QLatin1Char('_')) {
            result.append(QLatin1Char('-'));
            ++subtag;
        } else if (c != QLatin1Char(' ')) {
            result.append(subtag == 2 ? c.toUpper() : c.toLower());
        }
    }
    return result;
}

void addQualifier(XmpNode &node, const QString &name, const QString &value)
{
    for (const XmpQualifier &q : node.qualifiers) {
        if (q.name == name)
            reject(Tr::tr("the qualifier %1 is given twice").arg(name));
    }
    if (name == QLatin1String("xml:lang"))
        node.qualifiers.prepend({name, normalisedLanguage(value)});
    else
        node.qualifiers.append({name, value});
}

bool hasValueChild(const XmpNode &node)
{
    return !node.children.empty() && !node.children.front().arrayItem && node.children.front().name == QLatin1String("value")
           && node.children.front().namespaceUri == ns::Rdf;
}

class RdfReader {
public:
    explicit RdfReader(XmpPacket &packet) : m_packet(packet) {}

    void readRdf(const XmlNode &rdf)
    {
        // A bare rdf:RDF without even a namespace declaration is not accepted.
        if (rdf.attributes.isEmpty() && rdf.namespaceDeclarations == 0)
            reject(Tr::tr("the rdf:RDF element has no attributes"));
        for (const XmlNode &child : rdf.children) {
            if (!child.isWhitespaceText())
                nodeElement(nullptr, child, 0);
        }
        for (Schema &schema : m_schemas) {
            for (XmpNode &property : schema.properties) {
                if (property.namespaceUri == ns::PdfaExtension && property.name == QLatin1String("schemas"))
                    m_packet.extensionSchemas = std::move(property);
                else
                    m_packet.properties.push_back(std::move(property));
            }
        }
    }

private:
    struct Schema {
        QString namespaceUri;
        std::vector<XmpNode> properties;
    };

    // parent is null at the top level (properties of the rdf:Description under rdf:RDF).
    void nodeElement(XmpNode *parent, const XmlNode &element, int depth)
    {
        const Term term = termOf(element);
        if (term != Term::Description && term != Term::Other)
            reject(Tr::tr("a node element must be rdf:Description or a typed node, not %1").arg(element.qualifiedName));
        if (!parent && (term == Term::Other || !element.isElement()))
            reject(element.isElement() ? Tr::tr("the typed node %1 is not allowed at the top level").arg(element.qualifiedName)
                                       : Tr::tr("rdf:RDF contains text or an instruction where an rdf:Description belongs"));
        nodeElementAttributes(parent, element, depth);
        propertyElementList(parent, element, depth);
    }

    void nodeElementAttributes(XmpNode *parent, const XmlNode &element, int depth)
    {
        int identifying = 0;
        for (const XmlAttribute &attribute : element.attributes) {
            switch (termOf(attribute, element)) {
            case Term::Id:
            case Term::NodeId:
            case Term::About:
                if (identifying++ > 0)
                    reject(Tr::tr("rdf:about, rdf:ID and rdf:nodeID exclude each other"));
                if (!parent && termOf(attribute, element) == Term::About) {
                    // Descriptions of one resource: differing non-empty rdf:about values conflict.
                    if (!m_about.isEmpty()) {
                        if (m_about != attribute.value && !attribute.value.isEmpty())
                            reject(Tr::tr("the rdf:Description elements describe different resources (rdf:about \"%1\" and \"%2\")")
                                       .arg(m_about, attribute.value));
                    } else {
                        m_about = attribute.value;
                    }
                }
                break;
            case Term::Other:
                addChild(parent, attribute.namespaceUri, attribute.prefix, attribute.localName, attribute.value, depth + 1);
                break;
            default:
                reject(Tr::tr("the attribute %1 is not allowed on a node element").arg(attribute.qualifiedName));
            }
        }
    }

    void propertyElementList(XmpNode *parent, const XmlNode &element, int depth)
    {
        for (const XmlNode &child : element.children) {
            if (child.isWhitespaceText())
                continue;
            if (!child.isElement())
                reject(Tr::tr("%1 contains text where property elements belong").arg(element.qualifiedName));
            propertyElement(parent, child, depth + 1);
        }
    }

    void propertyElement(XmpNode *parent, const XmlNode &element, int depth)
    {
        if (depth > kMaxDepth)
            reject(Tr::tr("the properties are nested too deeply"));
        if (!isPropertyElementName(termOf(element)))
            reject(Tr::tr("%1 cannot name a property").arg(element.qualifiedName));
        if (element.attributes.size() > 3) {
            emptyPropertyElement(parent, element, depth);
            return;
        }
        // The first attribute other than xml:lang decides the form.
        for (const XmlAttribute &attribute : element.attributes) {
            if (isXmlLang(attribute))
                continue;
            if (isRdf(attribute, QLatin1StringView("datatype")))
                literalPropertyElement(parent, element, depth);
            else if (!isRdf(attribute, QLatin1StringView("parseType")))
                emptyPropertyElement(parent, element, depth);
            else if (attribute.value == QLatin1String("Resource"))
                parseTypeResourcePropertyElement(parent, element, depth);
            else
                reject(Tr::tr("rdf:parseType=\"%1\" is not allowed in XMP").arg(attribute.value));
            return;
        }
        if (element.children.empty()) {
            emptyPropertyElement(parent, element, depth);
            return;
        }
        for (const XmlNode &child : element.children) {
            if (child.kind != XmlNode::Kind::Text) {
                resourcePropertyElement(parent, element, depth);
                return;
            }
        }
        literalPropertyElement(parent, element, depth);
    }

    // A structure (rdf:Description or a typed node) or an array (rdf:Bag, rdf:Seq, rdf:Alt).
    void resourcePropertyElement(XmpNode *parent, const XmlNode &element, int depth)
    {
        if (!parent && element.qualifiedName == QLatin1String("iX:changes"))
            return; // leftovers of an old Adobe format, ignored by XMP readers
        XmpNode &compound = addChild(parent, element.namespaceUri, element.prefix, element.localName, QString(), depth);
        for (const XmlAttribute &attribute : element.attributes) {
            if (isXmlLang(attribute))
                addQualifier(compound, attribute.qualifiedName, attribute.value);
            else if (!isRdf(attribute, QLatin1StringView("ID")))
                reject(Tr::tr("the attribute %1 is not allowed on the property %2").arg(attribute.qualifiedName, element.qualifiedName));
        }
        bool found = false;
        for (const XmlNode &child : element.children) {
            if (child.isWhitespaceText())
                continue;
            if (!child.isElement() || found)
                reject(Tr::tr("the property %1 must contain exactly one element").arg(element.qualifiedName));
            found = true;
            const bool inRdf = child.namespaceUri == ns::Rdf;
            if (inRdf && child.localName == QLatin1String("Bag")) {
                compound.form = XmpNode::Form::Array;
            } else if (inRdf && child.localName == QLatin1String("Seq")) {
                compound.form = XmpNode::Form::Array;
                compound.ordered = true;
            } else if (inRdf && child.localName == QLatin1String("Alt")) {
                compound.form = XmpNode::Form::Array;
                compound.ordered = compound.alternate = true;
            } else {
                compound.form = XmpNode::Form::Structure;
                if (!inRdf && child.localName != QLatin1String("Description")) {
                    if (child.namespaceUri.isEmpty())
                        reject(Tr::tr("the element %1 is in no namespace").arg(child.qualifiedName));
                    addQualifier(compound, QStringLiteral("rdf:type"), child.namespaceUri + QLatin1Char(':') + child.localName);
                }
            }
            nodeElement(&compound, child, depth);
            if (hasValueChild(compound))
                moveValueUp(compound);
            else if (compound.alternate)
                markLanguageAlternative(compound);
        }
        if (!found)
            reject(Tr::tr("the property %1 has no content element").arg(element.qualifiedName));
    }

    void literalPropertyElement(XmpNode *parent, const XmlNode &element, int depth)
    {
        XmpNode &node = addChild(parent, element.namespaceUri, element.prefix, element.localName, QString(), depth);
        for (const XmlAttribute &attribute : element.attributes) {
            if (isXmlLang(attribute))
                addQualifier(node, attribute.qualifiedName, attribute.value);
            else if (!isRdf(attribute, QLatin1StringView("ID")) && !isRdf(attribute, QLatin1StringView("datatype")))
                reject(Tr::tr("the attribute %1 is not allowed on the text property %2").arg(attribute.qualifiedName, element.qualifiedName));
        }
        QString text;
        for (const XmlNode &child : element.children) {
            if (child.kind != XmlNode::Kind::Text)
                reject(Tr::tr("the text property %1 contains markup").arg(element.qualifiedName));
            text += child.text;
        }
        node.value = text;
    }

    void parseTypeResourcePropertyElement(XmpNode *parent, const XmlNode &element, int depth)
    {
        XmpNode &structure = addChild(parent, element.namespaceUri, element.prefix, element.localName, QString(), depth);
        structure.form = XmpNode::Form::Structure;
        for (const XmlAttribute &attribute : element.attributes) {
            if (isXmlLang(attribute))
                addQualifier(structure, attribute.qualifiedName, attribute.value);
            else if (!isRdf(attribute, QLatin1StringView("ID")) && !isRdf(attribute, QLatin1StringView("parseType")))
                reject(Tr::tr("the attribute %1 is not allowed on the structure %2").arg(attribute.qualifiedName, element.qualifiedName));
        }
        propertyElementList(&structure, element, depth);
        if (hasValueChild(structure))
            moveValueUp(structure);
    }

    // <p/>, <p rdf:resource="..."/>, <p rdf:value="..." q="..."/> or <p f1="..." f2="..."/>.
    void emptyPropertyElement(XmpNode *parent, const XmlNode &element, int depth)
    {
        if (!element.children.empty())
            reject(Tr::tr("the property %1 has both property attributes and content").arg(element.qualifiedName));
        bool hasFields = false, hasResource = false, hasNodeId = false, hasValue = false;
        const XmlAttribute *valueAttribute = nullptr;
        for (const XmlAttribute &attribute : element.attributes) {
            switch (termOf(attribute, element)) {
            case Term::Id:
                break;
            case Term::Resource:
                if (hasNodeId || hasValue)
                    reject(Tr::tr("the property %1 combines rdf:resource with rdf:nodeID or rdf:value").arg(element.qualifiedName));
                hasResource = true;
                valueAttribute = &attribute;
                break;
            case Term::NodeId:
                if (hasResource)
                    reject(Tr::tr("the property %1 combines rdf:resource with rdf:nodeID").arg(element.qualifiedName));
                hasNodeId = true;
                break;
            case Term::Other:
                if (isRdf(attribute, QLatin1StringView("value"))) {
                    if (hasResource)
                        reject(Tr::tr("the property %1 combines rdf:value with rdf:resource").arg(element.qualifiedName));
                    hasValue = true;
                    valueAttribute = &attribute;
                } else if (!isXmlLang(attribute)) {
                    hasFields = true;
                }
                break;
            default:
                reject(Tr::tr("the attribute %1 is not allowed on the property %2").arg(attribute.qualifiedName, element.qualifiedName));
            }
        }
        XmpNode &node = addChild(parent, element.namespaceUri, element.prefix, element.localName, QString(), depth);
        const bool isStructure = !hasValue && !hasResource && hasFields;
        if (hasValue || hasResource) {
            node.value = valueAttribute->value;
            node.uri = !hasValue;
        } else if (isStructure) {
            node.form = XmpNode::Form::Structure;
        }
        for (const XmlAttribute &attribute : element.attributes) {
            if (&attribute == valueAttribute)
                continue;
            const Term term = termOf(attribute, element);
            if (term == Term::Id || term == Term::NodeId)
                continue;
            if (!isStructure || isXmlLang(attribute))
                addQualifier(node, attribute.qualifiedName, attribute.value);
            else
                addChild(&node, attribute.namespaceUri, attribute.prefix, attribute.localName, attribute.value, depth + 1);
        }
    }

    XmpNode &addChild(XmpNode *parent, const QString &namespaceUri, const QString &prefix, const QString &localName,
                      const QString &value, int depth)
    {
        if (namespaceUri.isEmpty())
            reject(Tr::tr("the name %1 is in no namespace").arg(localName));
        if (++m_nodeCount > kMaxXmpNodes || depth > kMaxDepth)
            reject(Tr::tr("the packet is too large or too deeply nested"));
        XmpNode node;
        node.namespaceUri = namespaceUri == ns::DcLegacy ? QString(ns::Dc) : namespaceUri;
        node.prefix = prefix;
        node.name = localName;
        node.value = value;
        const bool inRdf = node.namespaceUri == ns::Rdf;
        const bool isItem = inRdf && localName == QLatin1String("li");
        const bool isValue = inRdf && localName == QLatin1String("value");

        if (!parent) {
            if (isValue)
                reject(Tr::tr("rdf:value cannot be a top-level property"));
            if (isItem)
                reject(Tr::tr("rdf:li cannot be a top-level property"));
            std::vector<XmpNode> &properties = schemaFor(node.namespaceUri);
            rejectDuplicate(properties, node);
            properties.push_back(std::move(node));
            return properties.back();
        }
        if (isValue) {
            if (!parent->isStructure())
                reject(Tr::tr("rdf:value appears outside a structure"));
            rejectDuplicate(parent->children, node);
            parent->children.insert(parent->children.begin(), std::move(node));
            return parent->children.front();
        }
        if (isItem) {
            if (!parent->isArray())
                reject(Tr::tr("rdf:li appears outside rdf:Bag, rdf:Seq or rdf:Alt"));
            node.arrayItem = true;
            node.namespaceUri.clear();
            node.name.clear();
        } else {
            rejectDuplicate(parent->children, node);
        }
        parent->children.push_back(std::move(node));
        return parent->children.back();
    }

    static void rejectDuplicate(const std::vector<XmpNode> &siblings, const XmpNode &node)
    {
        for (const XmpNode &sibling : siblings) {
            if (!sibling.arrayItem && sibling.name == node.name && sibling.namespaceUri == node.namespaceUri)
                reject(Tr::tr("the property or field %1 is given twice").arg(node.qualifiedName()));
        }
    }

    std::vector<XmpNode> &schemaFor(const QString &namespaceUri)
    {
        for (Schema &schema : m_schemas) {
            if (schema.namespaceUri == namespaceUri)
                return schema.properties;
        }
        m_schemas.push_back({namespaceUri, {}});
        return m_schemas.back().properties;
    }

    // A structure with an rdf:value field is the qualified value itself: the rdf:value node gives
    // form, value and children; the other fields become qualifiers.
    static void moveValueUp(XmpNode &node)
    {
        XmpNode valueNode = std::move(node.children.front());
        if (valueNode.hasLanguage()) {
            if (node.hasLanguage())
                reject(Tr::tr("xml:lang is given twice for %1").arg(node.qualifiedName()));
            node.qualifiers.prepend(valueNode.qualifiers.takeFirst());
        }
        for (const XmpQualifier &q : std::as_const(valueNode.qualifiers))
            addQualifier(node, q.name, q.value);
        for (size_t i = 1; i < node.children.size(); ++i)
            addQualifier(node, node.children[i].qualifiedName(), node.children[i].value);
        node.form = valueNode.form;
        node.ordered = valueNode.ordered;
        node.alternate = valueNode.alternate;
        node.altText = valueNode.altText;
        node.uri = node.uri || valueNode.uri;
        node.value = valueNode.value;
        node.children = std::move(valueNode.children);
    }

    // An rdf:Alt with language-tagged items is a language alternative; its x-default item first.
    static void markLanguageAlternative(XmpNode &array)
    {
        bool tagged = false;
        for (const XmpNode &item : array.children)
            tagged = tagged || item.hasLanguage();
        if (!tagged)
            return;
        array.altText = true;
        for (size_t i = 1; i < array.children.size(); ++i) {
            if (array.children[i].language() == QLatin1String("x-default")) {
                std::rotate(array.children.begin(), array.children.begin() + qsizetype(i), array.children.begin() + qsizetype(i) + 1);
                break;
            }
        }
    }

    XmpPacket &m_packet;
    std::deque<Schema> m_schemas;
    QString m_about;
    int m_nodeCount = 0;
};

struct Root {
    const XmlNode *rdf = nullptr;
    std::optional<QString> header;
};

// The rdf:RDF element: inside the first x:xmpmeta (or the old x:xapmeta), else the first bare one,
// searched depth first. The <?xpacket?> instruction met on the way is the packet header.
bool findRoot(const XmlNode &parent, bool metaRequired, Root &root, int depth = 0)
{
    if (depth > kMaxDepth)
        return false;
    for (const XmlNode &node : parent.children) {
        if (node.kind == XmlNode::Kind::Instruction) {
            if (node.localName == QLatin1String("xpacket"))
                root.header = node.text;
            continue;
        }
        if (!node.isElement())
            continue;
        if (node.namespaceUri == ns::XmpMeta
            && (node.localName == QLatin1String("xmpmeta") || node.localName == QLatin1String("xapmeta")))
            return findRoot(node, false, root, depth + 1);
        if (!metaRequired && node.namespaceUri == ns::Rdf && node.localName == QLatin1String("RDF")) {
            root.rdf = &node;
            return true;
        }
        if (findRoot(node, metaRequired, root, depth + 1))
            return true;
    }
    return false;
}

} // namespace

XmpPacket parseXmpPacket(const QByteArray &bytes)
{
    XmpPacket packet;
    const detail::XmlDocument document = detail::readXml(bytes);
    packet.encoding = document.encoding;
    if (!document.ok) {
        packet.problem = Tr::tr("The packet cannot be read as XML: %1").arg(document.problem);
        return packet;
    }
    Root root;
    if (!findRoot(document.root, false, root)) {
        packet.valid = true; // no RDF at all: an empty packet
        return packet;
    }
    packet.header = root.header;
    try {
        RdfReader(packet).readRdf(*root.rdf);
        packet.valid = true;
    } catch (const RdfError &error) {
        packet.properties.clear();
        packet.extensionSchemas.reset();
        packet.problem = Tr::tr("The packet is not valid RDF as XMP allows it: %1").arg(error.message);
    }
    return packet;
}

} // namespace granska::pdfa::xmp
