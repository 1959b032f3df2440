// The metadata stream and its XMP packet: the catalog has one (ISO 19005-1 6.7.2, 19005-2/3
// 6.6.2.1), PDF/A-1 keeps it unfiltered, the packet header has no bytes or encoding attribute
// (19005-1 6.7.5), the packet is well-formed XMP (19005-1 6.7.9, 19005-2/3 6.6.2.1) in UTF-8
// (19005-2/3 6.6.2.1).
#include "Metadata.h"

#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"

#include <QRegularExpression>

namespace granska::pdfa {
namespace {

using metadata::shown;

bool catalogHasMetadata(const CatalogSubject &c, Failure &)
{
    return metadata::isMetadataStream(c.catalog.getKey("/Metadata"));
}

bool metadataNotFiltered(const MetadataStreamSubject &s, Failure &f)
{
    QPDFObjectHandle filter = s.stream.getDict().getKey("/Filter");
    if (filter.isNull() || (filter.isArray() && filter.getArrayNItems() == 0))
        return true;
    f.arg(QString::fromStdString(filter.unparse()));
    return false;
}

// The value of attribute `name` in the <?xpacket ...?> header, if it is there.
std::optional<QString> headerAttribute(const XmpPackageSubject &s, const char *name)
{
    const std::optional<QString> &header = s.stream->packet.header;
    if (!header)
        return std::nullopt;
    const QString pattern = QStringLiteral("%1\\s*=\\s*('[^']*'|\"[^\"]*\")").arg(QLatin1String(name));
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(*header);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).mid(1).chopped(1);
}

bool noBytesAttribute(const XmpPackageSubject &s, Failure &f)
{
    const std::optional<QString> bytes = headerAttribute(s, "bytes");
    if (bytes)
        f.arg(shown(*bytes));
    return !bytes;
}

bool noEncodingAttribute(const XmpPackageSubject &s, Failure &f)
{
    const std::optional<QString> encoding = headerAttribute(s, "encoding");
    if (encoding)
        f.arg(shown(*encoding));
    return !encoding;
}

bool isValidXmp(const XmpPackageSubject &s, Failure &f)
{
    f.arg(s.stream->packet.problem);
    return s.stream->packet.valid;
}

bool isUtf8(const XmpPackageSubject &s, Failure &f)
{
    f.arg(s.stream->packet.encoding);
    return s.stream->packet.encoding == QLatin1String("UTF-8");
}

const Rule<CatalogSubject> kCatalogRules[] = {
    {P1, "6.7.2", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The document catalog has no Metadata entry holding an XMP metadata stream (of Type Metadata and Subtype XML)."), catalogHasMetadata},
    {P23, "6.6.2.1", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The document catalog has no Metadata entry holding an XMP metadata stream (of Type Metadata and Subtype XML)."), catalogHasMetadata},
};

const Rule<MetadataStreamSubject> kStreamRules[] = {
    {P1, "6.7.2", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The document's metadata stream is encoded with a filter (%1); PDF/A-1 requires it to be stored as plain text."), metadataNotFiltered},
};

const Rule<XmpPackageSubject> kPackageRules[] = {
    {P1, "6.7.5", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The header of the XMP packet has a bytes attribute (%1), which PDF/A does not allow."), noBytesAttribute},
    {P1, "6.7.5", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The header of the XMP packet has an encoding attribute (%1), which PDF/A does not allow."), noEncodingAttribute},
    {P1, "6.7.9", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The metadata is not serialised as the XMP Specification requires. %1"), isValidXmp},
    {P23, "6.6.2.1", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The header of an XMP packet has a bytes attribute (%1), which PDF/A does not allow."), noBytesAttribute},
    {P23, "6.6.2.1", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The header of an XMP packet has an encoding attribute (%1), which PDF/A does not allow."), noEncodingAttribute},
    {P23, "6.6.2.1", 4, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A metadata stream is not serialised as the XMP Specification requires. %1"), isValidXmp},
    {P23, "6.6.2.1", 5, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An XMP packet is encoded in %1; PDF/A-2 and PDF/A-3 require UTF-8."), isUtf8},
};

} // namespace

void registerMetadataPackageRules(Registry &registry)
{
    registry.add(kCatalogRules);
    registry.add(kStreamRules);
    registry.add(kPackageRules);
}

} // namespace granska::pdfa
