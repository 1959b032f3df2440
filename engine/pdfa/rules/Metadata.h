// The metadata rule group (ISO 19005-1 6.7, ISO 19005-2/3 6.6), split by topic: the metadata
// streams and packets, the XMP properties, the extension schema descriptions, the PDF/A
// identification and the document information dictionary. The document's XMP is parsed once per
// validation into MetadataFacts; the subjects below point into it.
#pragma once

#include "pdfa/Rule.h"
#include "pdfa/xmp/XmpExtensions.h"
#include "pdfa/xmp/XmpModel.h"

#include <qpdf/QPDFObjectHandle.hh>
#include <vector>

namespace granska::pdfa {

class Registry;
class Validation;

namespace metadata {

// One metadata stream and what its packet says.
struct MetadataStream {
    ObjectLocation where;
    xmp::XmpPacket packet;
    xmp::ExtensionSchemas extensions; // the packet's own extension schemas, for the part's edition
};

// The document's metadata streams: the catalog's (the main packet) and, for PDF/A-2 and -3,
// those of pages, images, fonts and other objects, which must be valid XMP as well.
struct MetadataFacts {
    bool loaded = false;
    std::optional<MetadataStream> main;
    std::vector<MetadataStream> others;
};

// A stream marked as XMP metadata (Type /Metadata, Subtype /XML); only such streams count as the
// document's or an object's metadata.
bool isMetadataStream(QPDFObjectHandle object);

// Reads the metadata on first use and keeps it in the validation's cache.
const MetadataFacts &metadataFacts(Validation &validation);

xmp::XmpEdition editionOf(const Flavour &flavour);

// Text for messages: shortened, never empty.
QString shown(const QString &value);

} // namespace metadata

// --- subjects (named after veraPDF's model objects where one exists) ----------------------------

struct MetadataStreamSubject { // PDMetadata: the catalog's metadata stream
    ObjectLocation where;
    mutable QPDFObjectHandle stream;
};

struct XmpPackageSubject { // XMPPackage: any metadata packet checked as XMP
    ObjectLocation where;
    const metadata::MetadataStream *stream = nullptr;
};

struct MainXmpPackageSubject { // MainXMPPackage: the catalog's packet
    ObjectLocation where;
    const xmp::XmpPacket *packet = nullptr;
};

struct PdfaIdentificationSubject { // the pdfaid properties of the main packet
    ObjectLocation where;
    const xmp::XmpPacket *packet = nullptr;
};

struct XmpPropertySubject { // XMPProperty: one top-level property
    ObjectLocation where;
    const xmp::XmpNode *property = nullptr;
    const xmp::ExtensionSchemas *ownSchemas = nullptr;  // of the property's packet
    const xmp::ExtensionSchemas *mainSchemas = nullptr; // of the main packet (PDF/A-2/3)
};

struct ExtensionSchemasContainerSubject { // pdfaExtension:schemas
    ObjectLocation where;
    const xmp::XmpNode *container = nullptr;
};

// Any description in the container (a schema, property, value type or field), for the rule that
// they hold only the fields the PDF/A extension schema defines.
struct ExtensionSchemaObjectSubject {
    enum class Kind { Schema, Property, ValueType, Field };
    ObjectLocation where;
    const xmp::XmpNode *node = nullptr;
    Kind kind = Kind::Schema;
};

struct ExtensionSchemaDefinitionSubject { // pdfaSchema
    ObjectLocation where;
    const xmp::XmpNode *node = nullptr;
};

struct ExtensionSchemaPropertySubject { // pdfaProperty
    ObjectLocation where;
    const xmp::XmpNode *node = nullptr;
    const xmp::ValueTypes *types = nullptr; // known within the schema it belongs to
};

struct ExtensionSchemaValueTypeSubject { // pdfaType
    ObjectLocation where;
    const xmp::XmpNode *node = nullptr;
};

struct ExtensionSchemaFieldSubject { // pdfaField
    ObjectLocation where;
    const xmp::XmpNode *node = nullptr;
    const xmp::ValueTypes *types = nullptr;
};

// --- the group's parts ----------------------------------------------------------------------------

void registerMetadataPackageRules(Registry &registry);
void registerMetadataPropertyRules(Registry &registry);
void registerMetadataExtensionRules(Registry &registry);
void registerMetadataIdentificationRules(Registry &registry);
void registerMetadataInfoRules(Registry &registry);

// Hands the extension schema descriptions of one packet to the rules.
void produceExtensionSchemaSubjects(Validation &validation, const metadata::MetadataStream &stream);

} // namespace granska::pdfa
