// The PDF/A extension schema container (ISO 19005-1 6.7.8; ISO 19005-2/3 6.6.2.3.2 and 6.6.2.3.3):
// pdfaExtension:schemas is a Bag of schema descriptions (pdfaSchema: schema, namespaceURI, prefix,
// property, valueType), whose properties (pdfaProperty: name, valueType, category, description)
// and value types (pdfaType: type, namespaceURI, prefix, description, field, with pdfaField: name,
// valueType, description) are written with the prescribed prefixes, carry the required fields and
// nothing else. Part 1 numbers the tests 6.7.8 t1-t19, parts 2 and 3 split them into 6.6.2.3.2 t1
// and 6.6.2.3.3 t1-t18, in the same order.
#include "Metadata.h"

#include "pdfa/Registry.h"
#include "pdfa/Validation.h"

#include <QCoreApplication>

namespace granska::pdfa {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::MetadataExtensions)
};

using xmp::XmpNode;
using Kind = ExtensionSchemaObjectSubject::Kind;

const XmpNode *entry(const XmpNode &node, QLatin1StringView namespaceUri, const char *name)
{
    return node.child(namespaceUri, QLatin1String(name));
}

// What is wrong with a required text entry (present, simple, written with the prefix); empty when
// nothing is. The reason fills the rule message's last argument.
QString textProblem(const XmpNode *e, const char *prefix)
{
    if (!e)
        return Tr::tr("it is missing");
    if (!e->isSimple())
        return Tr::tr("it is not a text value");
    if (e->prefix != QLatin1String(prefix))
        return Tr::tr("it is written with the prefix \"%1\"").arg(e->prefix);
    return {};
}

bool hasText(const XmpNode &node, QLatin1StringView namespaceUri, const char *name, const char *prefix, Failure &f)
{
    const QString problem = textProblem(entry(node, namespaceUri, name), prefix);
    f.arg(problem);
    return problem.isEmpty();
}

// An optional list entry: when present an ordered array, written with the prefix (or none).
bool isSeqIfPresent(const XmpNode &node, QLatin1StringView namespaceUri, const char *name, const char *prefix, Failure &f)
{
    const XmpNode *e = entry(node, namespaceUri, name);
    if (e && !(e->isArray() && e->ordered)) {
        f.arg(Tr::tr("it is not an rdf:Seq"));
        return false;
    }
    if (e && !e->prefix.isEmpty() && e->prefix != QLatin1String(prefix)) {
        f.arg(Tr::tr("it is written with the prefix \"%1\"").arg(e->prefix));
        return false;
    }
    return true;
}

// A required value type entry naming a type known within the schema.
bool hasKnownType(const XmpNode &node, const xmp::ValueTypes &types, QLatin1StringView namespaceUri, const char *prefix, Failure &f)
{
    const XmpNode *e = entry(node, namespaceUri, "valueType");
    QString problem = textProblem(e, prefix);
    if (problem.isEmpty() && !types.isKnown(e->value))
        problem = Tr::tr("\"%1\" is not a value type the XMP Specification or this schema defines").arg(metadata::shown(e->value));
    f.arg(problem);
    return problem.isEmpty();
}

QString label(const XmpNode &node, QLatin1StringView namespaceUri, const char *name)
{
    const XmpNode *e = entry(node, namespaceUri, name);
    return e && e->isSimple() && !e->value.isEmpty() ? metadata::shown(e->value) : Tr::tr("(unnamed)");
}

// --- the container and undefined fields ------------------------------------------------------------

bool containerIsBag(const ExtensionSchemasContainerSubject &s, Failure &f)
{
    f.arg(s.container->qualifiedName());
    return s.container->isBag() && s.container->prefix == QLatin1String("pdfaExtension");
}

bool onlyDefinedFields(const ExtensionSchemaObjectSubject &s, Failure &f)
{
    struct Allowed {
        QLatin1StringView namespaceUri;
        QStringList names;
    };
    static const Allowed schema{xmp::ns::PdfaSchema, {"namespaceURI", "prefix", "property", "schema", "valueType"}};
    static const Allowed property{xmp::ns::PdfaProperty, {"category", "description", "name", "valueType"}};
    static const Allowed valueType{xmp::ns::PdfaType, {"namespaceURI", "prefix", "field", "description", "type"}};
    static const Allowed field{xmp::ns::PdfaField, {"description", "name", "valueType"}};
    const Allowed &allowed = s.kind == Kind::Schema ? schema : s.kind == Kind::Property ? property : s.kind == Kind::ValueType ? valueType : field;
    QStringList undefined;
    for (const XmpNode &child : s.node->children) {
        if (child.namespaceUri != allowed.namespaceUri || !allowed.names.contains(child.name))
            undefined << QStringLiteral("%1 (%2)").arg(child.qualifiedName(), child.namespaceUri);
    }
    f.arg(undefined.join(QStringLiteral(", ")));
    return undefined.isEmpty();
}

// --- pdfaSchema ----------------------------------------------------------------------------------

using D = ExtensionSchemaDefinitionSubject;
const QLatin1StringView kSchema = xmp::ns::PdfaSchema;

QString schemaLabel(const D &s, Failure &f)
{
    const QString text = label(*s.node, kSchema, "namespaceURI");
    f.arg(text);
    return text;
}

bool schemaHasName(const D &s, Failure &f) { schemaLabel(s, f); return hasText(*s.node, kSchema, "schema", "pdfaSchema", f); }
bool schemaHasNamespace(const D &s, Failure &f) { schemaLabel(s, f); return hasText(*s.node, kSchema, "namespaceURI", "pdfaSchema", f); }
bool schemaHasPrefix(const D &s, Failure &f) { schemaLabel(s, f); return hasText(*s.node, kSchema, "prefix", "pdfaSchema", f); }
bool schemaPropertiesSeq(const D &s, Failure &f) { schemaLabel(s, f); return isSeqIfPresent(*s.node, kSchema, "property", "pdfaSchema", f); }
bool schemaValueTypesSeq(const D &s, Failure &f) { schemaLabel(s, f); return isSeqIfPresent(*s.node, kSchema, "valueType", "pdfaSchema", f); }

// --- pdfaProperty --------------------------------------------------------------------------------

using P = ExtensionSchemaPropertySubject;
const QLatin1StringView kProperty = xmp::ns::PdfaProperty;

void propertyLabel(const P &s, Failure &f) { f.arg(label(*s.node, kProperty, "name")); }

bool propertyHasName(const P &s, Failure &f) { propertyLabel(s, f); return hasText(*s.node, kProperty, "name", "pdfaProperty", f); }
bool propertyHasType(const P &s, Failure &f) { propertyLabel(s, f); return hasKnownType(*s.node, *s.types, kProperty, "pdfaProperty", f); }
bool propertyHasDescription(const P &s, Failure &f) { propertyLabel(s, f); return hasText(*s.node, kProperty, "description", "pdfaProperty", f); }

bool propertyHasCategory(const P &s, Failure &f)
{
    propertyLabel(s, f);
    const XmpNode *category = entry(*s.node, kProperty, "category");
    QString problem = textProblem(category, "pdfaProperty");
    if (problem.isEmpty() && category->value != QLatin1String("internal") && category->value != QLatin1String("external"))
        problem = Tr::tr("its value is \"%1\"").arg(metadata::shown(category->value));
    f.arg(problem);
    return problem.isEmpty();
}

// --- pdfaType and pdfaField ----------------------------------------------------------------------

using T = ExtensionSchemaValueTypeSubject;
const QLatin1StringView kType = xmp::ns::PdfaType;

void typeLabel(const T &s, Failure &f) { f.arg(label(*s.node, kType, "type")); }

bool typeHasName(const T &s, Failure &f) { typeLabel(s, f); return hasText(*s.node, kType, "type", "pdfaType", f); }
bool typeHasNamespace(const T &s, Failure &f) { typeLabel(s, f); return hasText(*s.node, kType, "namespaceURI", "pdfaType", f); }
bool typeHasPrefix(const T &s, Failure &f) { typeLabel(s, f); return hasText(*s.node, kType, "prefix", "pdfaType", f); }
bool typeHasDescription(const T &s, Failure &f) { typeLabel(s, f); return hasText(*s.node, kType, "description", "pdfaType", f); }
bool typeFieldsSeq(const T &s, Failure &f) { typeLabel(s, f); return isSeqIfPresent(*s.node, kType, "field", "pdfaType", f); }

using F = ExtensionSchemaFieldSubject;
const QLatin1StringView kField = xmp::ns::PdfaField;

void fieldLabel(const F &s, Failure &f) { f.arg(label(*s.node, kField, "name")); }

bool fieldHasName(const F &s, Failure &f) { fieldLabel(s, f); return hasText(*s.node, kField, "name", "pdfaField", f); }
bool fieldHasType(const F &s, Failure &f) { fieldLabel(s, f); return hasKnownType(*s.node, *s.types, kField, "pdfaField", f); }
bool fieldHasDescription(const F &s, Failure &f) { fieldLabel(s, f); return hasText(*s.node, kField, "description", "pdfaField", f); }

constexpr const char *kContainerMessage = QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension schema container %1 is not an rdf:Bag written with the prefix pdfaExtension.");
constexpr const char *kUndefinedMessage = QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An extension schema description contains entries the PDF/A extension schema does not define: %1.");

const Rule<ExtensionSchemasContainerSubject> kContainerRules[] = {
    {P1, "6.7.8", 2, AnyLevel, kContainerMessage, containerIsBag},
    {P23, "6.6.2.3.3", 1, AnyLevel, kContainerMessage, containerIsBag},
};

const Rule<ExtensionSchemaObjectSubject> kObjectRules[] = {
    {P1, "6.7.8", 1, AnyLevel, kUndefinedMessage, onlyDefinedFields},
    {P23, "6.6.2.3.2", 1, AnyLevel, kUndefinedMessage, onlyDefinedFields},
};

const Rule<ExtensionSchemaDefinitionSubject> kSchemaRules[] = {
    {P1, "6.7.8", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension schema %1 needs a text entry pdfaSchema:schema, but %2."), schemaHasName},
    {P1, "6.7.8", 4, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension schema %1 needs an entry pdfaSchema:namespaceURI, but %2."), schemaHasNamespace},
    {P1, "6.7.8", 5, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension schema %1 needs a text entry pdfaSchema:prefix, but %2."), schemaHasPrefix},
    {P1, "6.7.8", 6, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The property list pdfaSchema:property of the extension schema %1 must be an rdf:Seq with the prefix pdfaSchema, but %2."), schemaPropertiesSeq},
    {P1, "6.7.8", 7, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The value type list pdfaSchema:valueType of the extension schema %1 must be an rdf:Seq with the prefix pdfaSchema, but %2."), schemaValueTypesSeq},
    {P23, "6.6.2.3.3", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension schema %1 needs a text entry pdfaSchema:schema, but %2."), schemaHasName},
    {P23, "6.6.2.3.3", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension schema %1 needs an entry pdfaSchema:namespaceURI, but %2."), schemaHasNamespace},
    {P23, "6.6.2.3.3", 4, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension schema %1 needs a text entry pdfaSchema:prefix, but %2."), schemaHasPrefix},
    {P23, "6.6.2.3.3", 5, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The property list pdfaSchema:property of the extension schema %1 must be an rdf:Seq with the prefix pdfaSchema, but %2."), schemaPropertiesSeq},
    {P23, "6.6.2.3.3", 6, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The value type list pdfaSchema:valueType of the extension schema %1 must be an rdf:Seq with the prefix pdfaSchema, but %2."), schemaValueTypesSeq},
};

const Rule<ExtensionSchemaPropertySubject> kPropertyRules[] = {
    {P1, "6.7.8", 8, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension schema property %1 needs a text entry pdfaProperty:name, but %2."), propertyHasName},
    {P1, "6.7.8", 9, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension schema property %1 needs an entry pdfaProperty:valueType naming a known value type, but %2."), propertyHasType},
    {P1, "6.7.8", 10, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension schema property %1 needs an entry pdfaProperty:category that is internal or external, but %2."), propertyHasCategory},
    {P1, "6.7.8", 11, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension schema property %1 needs a text entry pdfaProperty:description, but %2."), propertyHasDescription},
    {P23, "6.6.2.3.3", 7, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension schema property %1 needs a text entry pdfaProperty:name, but %2."), propertyHasName},
    {P23, "6.6.2.3.3", 8, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension schema property %1 needs an entry pdfaProperty:valueType naming a known value type, but %2."), propertyHasType},
    {P23, "6.6.2.3.3", 9, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension schema property %1 needs an entry pdfaProperty:category that is internal or external, but %2."), propertyHasCategory},
    {P23, "6.6.2.3.3", 10, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension schema property %1 needs a text entry pdfaProperty:description, but %2."), propertyHasDescription},
};

const Rule<ExtensionSchemaValueTypeSubject> kValueTypeRules[] = {
    {P1, "6.7.8", 12, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension value type %1 needs a text entry pdfaType:type, but %2."), typeHasName},
    {P1, "6.7.8", 13, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension value type %1 needs an entry pdfaType:namespaceURI, but %2."), typeHasNamespace},
    {P1, "6.7.8", 14, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension value type %1 needs a text entry pdfaType:prefix, but %2."), typeHasPrefix},
    {P1, "6.7.8", 15, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension value type %1 needs a text entry pdfaType:description, but %2."), typeHasDescription},
    {P1, "6.7.8", 16, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The field list pdfaType:field of the extension value type %1 must be an rdf:Seq with the prefix pdfaType, but %2."), typeFieldsSeq},
    {P23, "6.6.2.3.3", 11, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension value type %1 needs a text entry pdfaType:type, but %2."), typeHasName},
    {P23, "6.6.2.3.3", 12, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension value type %1 needs an entry pdfaType:namespaceURI, but %2."), typeHasNamespace},
    {P23, "6.6.2.3.3", 13, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension value type %1 needs a text entry pdfaType:prefix, but %2."), typeHasPrefix},
    {P23, "6.6.2.3.3", 14, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension value type %1 needs a text entry pdfaType:description, but %2."), typeHasDescription},
    {P23, "6.6.2.3.3", 15, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The field list pdfaType:field of the extension value type %1 must be an rdf:Seq with the prefix pdfaType, but %2."), typeFieldsSeq},
};

const Rule<ExtensionSchemaFieldSubject> kFieldRules[] = {
    {P1, "6.7.8", 17, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension value type field %1 needs a text entry pdfaField:name, but %2."), fieldHasName},
    {P1, "6.7.8", 18, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension value type field %1 needs an entry pdfaField:valueType naming a known value type, but %2."), fieldHasType},
    {P1, "6.7.8", 19, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension value type field %1 needs a text entry pdfaField:description, but %2."), fieldHasDescription},
    {P23, "6.6.2.3.3", 16, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension value type field %1 needs a text entry pdfaField:name, but %2."), fieldHasName},
    {P23, "6.6.2.3.3", 17, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension value type field %1 needs an entry pdfaField:valueType naming a known value type, but %2."), fieldHasType},
    {P23, "6.6.2.3.3", 18, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The extension value type field %1 needs a text entry pdfaField:description, but %2."), fieldHasDescription},
};

ObjectLocation at(const ObjectLocation &stream, const QString &context)
{
    ObjectLocation where = stream;
    where.context = context;
    return where;
}

const XmpNode *list(const XmpNode &node, QLatin1StringView namespaceUri, const char *name)
{
    const XmpNode *e = entry(node, namespaceUri, name);
    return e && e->isArray() ? e : nullptr;
}

} // namespace

void registerMetadataExtensionRules(Registry &registry)
{
    registry.add(kContainerRules);
    registry.add(kObjectRules);
    registry.add(kSchemaRules);
    registry.add(kPropertyRules);
    registry.add(kValueTypeRules);
    registry.add(kFieldRules);
}

void produceExtensionSchemaSubjects(Validation &v, const metadata::MetadataStream &stream)
{
    const XmpNode &container = *stream.packet.extensionSchemas;
    v.check(ExtensionSchemasContainerSubject{at(stream.where, Tr::tr("PDF/A extension schemas in %1").arg(stream.where.context)), &container});
    if (!container.isArray())
        return;
    for (const XmpNode &schema : container.children) {
        v.budget().check();
        const std::optional<QString> namespaceUri = xmp::descriptionText(schema, kSchema, QLatin1StringView("namespaceURI"));
        // The types known within this schema, for the value types its entries name.
        const xmp::ValueTypes &types = namespaceUri ? stream.extensions.typesOf(*namespaceUri) : xmp::ValueTypes::basic();
        const ObjectLocation schemaAt = at(stream.where, Tr::tr("extension schema %1").arg(label(schema, kSchema, "namespaceURI")));
        v.check(ExtensionSchemaObjectSubject{schemaAt, &schema, Kind::Schema});
        v.check(ExtensionSchemaDefinitionSubject{schemaAt, &schema});
        if (const XmpNode *properties = list(schema, kSchema, "property")) {
            for (const XmpNode &property : properties->children) {
                const ObjectLocation propertyAt = at(schemaAt, Tr::tr("%1, property %2").arg(schemaAt.context, label(property, kProperty, "name")));
                v.check(ExtensionSchemaObjectSubject{propertyAt, &property, Kind::Property});
                v.check(ExtensionSchemaPropertySubject{propertyAt, &property, &types});
            }
        }
        if (const XmpNode *valueTypes = list(schema, kSchema, "valueType")) {
            for (const XmpNode &type : valueTypes->children) {
                const ObjectLocation typeAt = at(schemaAt, Tr::tr("%1, value type %2").arg(schemaAt.context, label(type, kType, "type")));
                v.check(ExtensionSchemaObjectSubject{typeAt, &type, Kind::ValueType});
                v.check(ExtensionSchemaValueTypeSubject{typeAt, &type});
                if (const XmpNode *fields = list(type, kType, "field")) {
                    for (const XmpNode &field : fields->children) {
                        const ObjectLocation fieldAt = at(typeAt, Tr::tr("%1, field %2").arg(typeAt.context, label(field, kField, "name")));
                        v.check(ExtensionSchemaObjectSubject{fieldAt, &field, Kind::Field});
                        v.check(ExtensionSchemaFieldSubject{fieldAt, &field, &types});
                    }
                }
            }
        }
    }
}

} // namespace granska::pdfa
