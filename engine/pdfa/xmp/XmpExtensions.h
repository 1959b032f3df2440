// What the PDF/A extension schemas of a packet define (ISO 19005-1, 6.7.8; ISO 19005-2, 6.6.2.3):
// the pdfaExtension:schemas bag describes schemas (pdfaSchema), each with its namespace, its
// properties (pdfaProperty, with a value type) and the value types it introduces (pdfaType, with
// fields pdfaField). A schema description takes effect when it names its namespace and has a
// property list; a property takes effect when its value type is known to the schema.
#pragma once

#include "XmpSchemas.h"
#include "XmpTypes.h"

namespace granska::pdfa::xmp {

class ExtensionSchemas {
public:
    ExtensionSchemas() = default;
    // Reads the container of the packet (nothing when it has none) against the edition's types.
    ExtensionSchemas(const XmpPacket &packet, XmpEdition edition);

    bool defines(const XmpNode &property) const;
    // Whether a property these schemas define has a value of its type; false when not defined.
    bool hasDefinedType(const XmpNode &property) const;
    // The value types known within the schema for this namespace (for checking the value types a
    // description names); the basic types when no description for it took effect.
    const ValueTypes &typesOf(const QString &schemaNamespace) const;

private:
    struct Schema {
        ValueTypes types;
        QHash<QString, QString> properties; // name -> simplified type
    };
    void readSchema(const XmpNode &description, XmpEdition edition);

    QHash<QString, Schema> m_schemas; // by namespace URI
};

// The value of a field of an extension schema description in the given namespace: the simple text
// of the first such child, or nothing when it is absent.
std::optional<QString> descriptionText(const XmpNode &description, QLatin1StringView namespaceUri, QLatin1StringView name);

} // namespace granska::pdfa::xmp
