// Rule group: metadata. See GroupProducers.h; the rules live in the Metadata*.cpp files by topic,
// the XMP reader and the schema tables in ../xmp.
#include "GroupProducers.h"
#include "Metadata.h"

#include "pdf/ObjGenHash.h"
#include "pdf/PdfDocument.h"
#include "pdfa/Subjects.h"
#include "pdfa/Validation.h"
#include "pdfa/xmp/XmpParser.h"

#include <QCoreApplication>
#include <QSet>

namespace granska::pdfa {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::Metadata)
};

constexpr int kMaxDirectNesting = 32;

using metadata::isMetadataStream;

metadata::MetadataStream readStream(Validation &v, QPDFObjectHandle stream, const ObjectLocation &where)
{
    metadata::MetadataStream result;
    result.where = where;
    QString problem;
    const std::optional<QByteArray> bytes = v.document().decodedStream(stream, v.budget(), &problem);
    if (!bytes) {
        result.packet.problem = Tr::tr("The metadata stream cannot be decoded: %1").arg(problem);
        return result;
    }
    result.packet = xmp::parseXmpPacket(*bytes);
    result.extensions = xmp::ExtensionSchemas(result.packet, metadata::editionOf(v.flavour()));
    return result;
}

// Metadata streams hanging off any dictionary but the catalog: in indirect objects and in the
// direct dictionaries inside them.
void collectMetadata(QPDFObjectHandle object, int depth, QList<QPDFObjectHandle> &found)
{
    if (depth > kMaxDirectNesting)
        return;
    if (object.isArray()) {
        for (int i = 0; i < object.getArrayNItems(); ++i) {
            QPDFObjectHandle item = object.getArrayItem(i);
            if (!item.isIndirect())
                collectMetadata(item, depth + 1, found);
        }
        return;
    }
    QPDFObjectHandle dict = object.isStream() ? object.getDict() : object;
    if (!dict.isDictionary())
        return;
    if (!dict.getKey("/Type").isNameAndEquals("/Catalog")) {
        QPDFObjectHandle metadata = dict.getKey("/Metadata");
        if (isMetadataStream(metadata))
            found.append(metadata);
    }
    for (const std::string &key : dict.getKeys()) {
        QPDFObjectHandle value = dict.getKey(key);
        if (!value.isIndirect() && (value.isDictionary() || value.isArray()))
            collectMetadata(value, depth + 1, found);
    }
}

void loadFacts(Validation &v, metadata::MetadataFacts &facts)
{
    QPDFObjectHandle mainStream = v.qpdf().getRoot().getKey("/Metadata");
    QPDFObjGen mainObject;
    if (isMetadataStream(mainStream)) {
        mainObject = mainStream.getObjGen();
        facts.main = readStream(v, mainStream, v.locate(mainObject, 0, Tr::tr("document metadata")));
    }
    if (v.flavour().part == 1)
        return; // PDF/A-1 checks only the document's own packet as XMP
    QList<QPDFObjectHandle> found;
    int visited = 0;
    for (QPDFObjectHandle object : v.qpdf().getAllObjects()) {
        if ((++visited & 255) == 0)
            v.budget().check();
        collectMetadata(object, 0, found);
    }
    QSet<QPDFObjGen> seen;
    if (isMetadataStream(mainStream))
        seen.insert(mainObject);
    for (QPDFObjectHandle stream : std::as_const(found)) {
        const QPDFObjGen object = stream.getObjGen();
        if (stream.isIndirect() && seen.contains(object))
            continue;
        seen.insert(object);
        v.budget().check();
        facts.others.push_back(readStream(v, stream, v.locate(object, 0, Tr::tr("metadata stream %1").arg(object.getObj()))));
    }
}

ObjectLocation within(const ObjectLocation &stream, const QString &context)
{
    ObjectLocation where = stream;
    where.context = context;
    return where;
}

void producePackage(Validation &v, const metadata::MetadataStream &stream, bool isMain, const xmp::ExtensionSchemas *mainSchemas)
{
    const xmp::XmpPacket &packet = stream.packet;
    v.check(XmpPackageSubject{stream.where, &stream});
    if (isMain) {
        v.check(MainXmpPackageSubject{stream.where, &packet});
        if (packet.hasPropertyIn(xmp::ns::PdfaId))
            v.check(PdfaIdentificationSubject{within(stream.where, Tr::tr("PDF/A identification in the document metadata")), &packet});
    }
    if (!packet.valid)
        return;
    if (v.wants<XmpPropertySubject>()) {
        for (const xmp::XmpNode &property : packet.properties) {
            const QString context = isMain ? Tr::tr("XMP property %1 in the document metadata").arg(property.qualifiedName())
                                           : Tr::tr("XMP property %1 in %2").arg(property.qualifiedName(), stream.where.context);
            v.check(XmpPropertySubject{within(stream.where, context), &property, &stream.extensions, mainSchemas});
        }
    }
    if (packet.extensionSchemas)
        produceExtensionSchemaSubjects(v, stream);
}

} // namespace

namespace metadata {

bool isMetadataStream(QPDFObjectHandle object)
{
    if (!object.isStream())
        return false;
    QPDFObjectHandle dict = object.getDict();
    return dict.getKey("/Type").isNameAndEquals("/Metadata") && dict.getKey("/Subtype").isNameAndEquals("/XML");
}

const MetadataFacts &metadataFacts(Validation &validation)
{
    MetadataFacts &facts = validation.cache<MetadataFacts>();
    if (!facts.loaded) {
        facts.loaded = true;
        loadFacts(validation, facts);
    }
    return facts;
}

xmp::XmpEdition editionOf(const Flavour &flavour)
{
    return flavour.part == 1 ? xmp::XmpEdition::Xmp2004 : xmp::XmpEdition::Xmp2005;
}

QString shown(const QString &value)
{
    constexpr int kMaxShown = 80;
    if (value.isEmpty())
        return Tr::tr("(empty)");
    return value.size() > kMaxShown ? value.left(kMaxShown) + QChar(0x2026) : value;
}

} // namespace metadata

void registerMetadataRules(Registry &registry)
{
    registerMetadataPackageRules(registry);
    registerMetadataPropertyRules(registry);
    registerMetadataExtensionRules(registry);
    registerMetadataIdentificationRules(registry);
    registerMetadataInfoRules(registry);
}

void produceMetadata(Validation &v)
{
    QPDFObjectHandle catalogMetadata = v.qpdf().getRoot().getKey("/Metadata");
    if (isMetadataStream(catalogMetadata) && v.wants<MetadataStreamSubject>())
        v.check(MetadataStreamSubject{v.locate(catalogMetadata.getObjGen(), 0, Tr::tr("document metadata")), catalogMetadata});
    if (!(v.wants<XmpPackageSubject>() || v.wants<XmpPropertySubject>()))
        return;
    const metadata::MetadataFacts &facts = metadata::metadataFacts(v);
    if (facts.main)
        producePackage(v, *facts.main, true, &facts.main->extensions);
    const xmp::ExtensionSchemas none;
    for (const metadata::MetadataStream &stream : facts.others) {
        v.budget().check();
        producePackage(v, stream, false, facts.main ? &facts.main->extensions : &none);
    }
}

} // namespace granska::pdfa
