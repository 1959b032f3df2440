#include "XmpExtensions.h"

namespace granska::pdfa::xmp {
namespace {

const XmpNode *field(const XmpNode &description, QLatin1StringView namespaceUri, QLatin1StringView name)
{
    for (const XmpNode &child : description.children) {
        if (child.namespaceUri == namespaceUri && child.name == name)
            return &child;
    }
    return nullptr;
}

// The fields of a pdfaType description: name -> value type.
QHash<QString, QString> fieldsOf(const XmpNode &type)
{
    QHash<QString, QString> fields;
    const XmpNode *list = field(type, ns::PdfaType, QLatin1StringView("field"));
    if (!list || !list->isArray())
        return fields;
    for (const XmpNode &f : list->children) {
        const std::optional<QString> name = descriptionText(f, ns::PdfaField, QLatin1StringView("name"));
        const std::optional<QString> valueType = descriptionText(f, ns::PdfaField, QLatin1StringView("valueType"));
        if (name && valueType)
            fields.insert(*name, *valueType);
    }
    return fields;
}

} // namespace

std::optional<QString> descriptionText(const XmpNode &description, QLatin1StringView namespaceUri, QLatin1StringView name)
{
    const XmpNode *node = field(description, namespaceUri, name);
    return node ? std::optional<QString>(node->value) : std::nullopt;
}

ExtensionSchemas::ExtensionSchemas(const XmpPacket &packet, XmpEdition edition)
{
    if (!packet.extensionSchemas || !packet.extensionSchemas->isArray())
        return;
    for (const XmpNode &description : packet.extensionSchemas->children)
        readSchema(description, edition);
}

void ExtensionSchemas::readSchema(const XmpNode &description, XmpEdition edition)
{
    const std::optional<QString> namespaceUri = descriptionText(description, ns::PdfaSchema, QLatin1StringView("namespaceURI"));
    const XmpNode *properties = field(description, ns::PdfaSchema, QLatin1StringView("property"));
    if (!namespaceUri || !properties || !properties->isArray())
        return;
    Schema schema{ValueTypes::predefined(edition), {}};
    const XmpNode *valueTypes = field(description, ns::PdfaSchema, QLatin1StringView("valueType"));
    if (valueTypes && valueTypes->isArray()) {
        for (const XmpNode &type : valueTypes->children) {
            const std::optional<QString> name = descriptionText(type, ns::PdfaType, QLatin1StringView("type"));
            const std::optional<QString> typeNamespace = descriptionText(type, ns::PdfaType, QLatin1StringView("namespaceURI"));
            if (!name || !typeNamespace)
                continue;
            const QHash<QString, QString> fields = fieldsOf(type);
            if (fields.isEmpty())
                schema.types.defineText(*name);
            else
                schema.types.defineStructure(*name, *typeNamespace, fields);
        }
    }
    for (const XmpNode &property : properties->children) {
        const std::optional<QString> name = descriptionText(property, ns::PdfaProperty, QLatin1StringView("name"));
        const std::optional<QString> valueType = descriptionText(property, ns::PdfaProperty, QLatin1StringView("valueType"));
        if (name && valueType && schema.types.isKnown(*valueType) && !schema.properties.contains(*name))
            schema.properties.insert(*name, ValueTypes::simplified(*valueType));
    }
    m_schemas.insert(*namespaceUri, schema);
}

bool ExtensionSchemas::defines(const XmpNode &property) const
{
    const auto schema = m_schemas.constFind(property.namespaceUri);
    return schema != m_schemas.constEnd() && schema->properties.contains(property.name);
}

bool ExtensionSchemas::hasDefinedType(const XmpNode &property) const
{
    const auto schema = m_schemas.constFind(property.namespaceUri);
    if (schema == m_schemas.constEnd())
        return false;
    const auto type = schema->properties.constFind(property.name);
    return type != schema->properties.constEnd() && schema->types.matchesSimplified(property, *type);
}

const ValueTypes &ExtensionSchemas::typesOf(const QString &schemaNamespace) const
{
    const auto schema = m_schemas.constFind(schemaNamespace);
    return schema == m_schemas.constEnd() ? ValueTypes::basic() : schema->types;
}

} // namespace granska::pdfa::xmp
