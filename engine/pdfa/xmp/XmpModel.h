// The XMP data model of ISO 16684-1 as the PDF/A rules need it: a packet holds top-level
// properties; a property is simple (text), a structure (named fields) or an array (Bag, Seq, Alt)
// of items, and may carry qualifiers such as xml:lang. Every node remembers the namespace URI and
// the prefix it was written with, because PDF/A prescribes prefixes for some schemas.
#pragma once

#include <QAnyStringView>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace granska::pdfa::xmp {

// Namespace URIs the metadata rules refer to by name.
namespace ns {
constexpr QLatin1StringView Rdf("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
constexpr QLatin1StringView Xml("http://www.w3.org/XML/1998/namespace");
constexpr QLatin1StringView XmpMeta("adobe:ns:meta/");
constexpr QLatin1StringView Dc("http://purl.org/dc/elements/1.1/");
constexpr QLatin1StringView DcLegacy("http://purl.org/dc/1.1/"); // read as Dc, as XMP toolkits do
constexpr QLatin1StringView Xmp("http://ns.adobe.com/xap/1.0/");
constexpr QLatin1StringView Pdf("http://ns.adobe.com/pdf/1.3/");
constexpr QLatin1StringView PdfaId("http://www.aiim.org/pdfa/ns/id/");
constexpr QLatin1StringView PdfaExtension("http://www.aiim.org/pdfa/ns/extension/");
constexpr QLatin1StringView PdfaSchema("http://www.aiim.org/pdfa/ns/schema#");
constexpr QLatin1StringView PdfaProperty("http://www.aiim.org/pdfa/ns/property#");
constexpr QLatin1StringView PdfaType("http://www.aiim.org/pdfa/ns/type#");
constexpr QLatin1StringView PdfaField("http://www.aiim.org/pdfa/ns/field#");
} // namespace ns

struct XmpQualifier {
    QString name; // qualified name as written, "xml:lang" for the language
    QString value;
};

struct XmpNode {
    enum class Form : quint8 { Simple, Structure, Array };

    QString namespaceUri; // empty for array items
    QString prefix;       // as written in the packet; null when the element had none
    QString name;         // local name; empty for array items
    QString value;        // the text of a simple node
    Form form = Form::Simple;
    bool ordered = false;   // Seq and Alt
    bool alternate = false; // Alt
    bool altText = false;   // an Alt whose items carry xml:lang (a language alternative)
    bool uri = false;       // written with rdf:resource
    bool arrayItem = false; // an rdf:li
    QList<XmpQualifier> qualifiers; // xml:lang, when present, comes first
    std::vector<XmpNode> children;  // structure fields or array items

    bool isSimple() const { return form == Form::Simple; }
    bool isStructure() const { return form == Form::Structure; }
    bool isArray() const { return form == Form::Array; }
    bool isBag() const { return isArray() && !ordered && !alternate; }
    bool isSeq() const { return isArray() && ordered && !alternate; }
    bool isAlt() const { return isArray() && alternate; }

    bool hasLanguage() const;
    QString language() const; // the xml:lang qualifier, empty when there is none
    // "prefix:name" as written, for messages.
    QString qualifiedName() const;
    // The first child (field) with this namespace and local name, or null.
    const XmpNode *child(QAnyStringView namespaceUri, QAnyStringView name) const;
};

// One parsed XMP packet.
struct XmpPacket {
    // False when the packet is not well-formed XML or not valid RDF as XMP reads it; problem says
    // why. A packet without any rdf:RDF element is valid and empty.
    bool valid = false;
    QString problem;
    std::optional<QString> header; // content of the <?xpacket ...?> instruction before the root
    QString encoding;              // the character encoding the bytes are in: "UTF-8", "UTF-16BE" ...
    std::vector<XmpNode> properties;         // top level, grouped by schema in order of appearance
    std::optional<XmpNode> extensionSchemas; // pdfaExtension:schemas, kept apart from properties

    const XmpNode *property(QAnyStringView namespaceUri, QAnyStringView name) const;
    bool hasPropertyIn(QAnyStringView namespaceUri) const;
};

} // namespace granska::pdfa::xmp
