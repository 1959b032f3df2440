// Internal to the XMP reader: the packet's bytes decoded and read with QXmlStreamReader into a small
// element tree, which the RDF mapping then walks with look-ahead (the RDF form of a property
// depends on its attributes and on all of its children).
#pragma once

#include <QList>
#include <QString>
#include <vector>

class QByteArray;

namespace granska::pdfa::xmp::detail {

struct XmlAttribute {
    QString namespaceUri;
    QString prefix;
    QString localName;
    QString qualifiedName;
    QString value;
};

struct XmlNode {
    enum class Kind : quint8 { Element, Text, CData, Instruction };

    Kind kind = Kind::Element;
    QString namespaceUri;  // elements
    QString prefix;        // elements; empty when unprefixed
    QString localName;     // elements; the target of an instruction
    QString qualifiedName; // elements
    QString text;          // text, CDATA, instruction data
    QList<XmlAttribute> attributes; // namespace declarations are not attributes here
    int namespaceDeclarations = 0;
    std::vector<XmlNode> children;

    bool isElement() const { return kind == Kind::Element; }
    // Text that is only white space (in the sense XMP toolkits use) does not count as content.
    bool isWhitespaceText() const;
};

struct XmlDocument {
    bool ok = false;
    QString problem;  // why the XML could not be read
    QString encoding; // "UTF-8", "UTF-16LE" ...
    XmlNode root;     // the document node; its children are the top-level nodes
};

// Decodes the bytes (byte order mark, UTF-16/32 patterns, the XML declaration) and reads them.
// A packet that is not well-formed is read a second time the forgiving way XMP readers do:
// stray bytes that are not UTF-8 are taken as Latin-1 and control characters become spaces.
XmlDocument readXml(const QByteArray &bytes);

} // namespace granska::pdfa::xmp::detail
