// PDF/A-1 requires the document information dictionary and the XMP metadata to agree (ISO
// 19005-1 6.7.3): each entry present in the dictionary equals its XMP counterpart; dates are
// compared as instants. (PDF/A-2 and -3 drop the requirement.)
#include "Metadata.h"

#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"
#include "pdfa/Validation.h"
#include "pdfa/xmp/XmpDate.h"

#include <QCoreApplication>

namespace granska::pdfa {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::MetadataInfo)
};

using metadata::shown;
using xmp::XmpNode;

const xmp::XmpPacket *mainPacket(Validation &v)
{
    const metadata::MetadataFacts &facts = metadata::metadataFacts(v);
    return facts.main && facts.main->packet.valid ? &facts.main->packet : nullptr;
}

// A text entry of the information dictionary; nothing when absent or null. Other kinds of objects
// are shown in PDF syntax, so that they never equal a text.
std::optional<QString> infoText(const InfoSubject &s, const char *key)
{
    QPDFObjectHandle value = s.info.getKey(key);
    if (value.isNull())
        return std::nullopt;
    if (!value.isString())
        return QString::fromStdString(value.unparse());
    QString text = QString::fromStdString(value.getUTF8Value());
    while (text.endsWith(QChar(0)))
        text.chop(1);
    return text;
}

// A simple XMP text property; nothing when absent or not simple.
std::optional<QString> xmpText(const xmp::XmpPacket *packet, QLatin1StringView namespaceUri, const char *name)
{
    const XmpNode *property = packet ? packet->property(namespaceUri, QLatin1String(name)) : nullptr;
    return property && property->isSimple() ? std::optional<QString>(property->value) : std::nullopt;
}

// The x-default text of a language alternative, chosen as XMP readers choose it: the x-default
// item; else a single item whose language starts with "x"; else the first item. Nothing when the
// property is not a well-formed language alternative.
std::optional<QString> xmpDefaultText(const xmp::XmpPacket *packet, const char *name)
{
    const XmpNode *property = packet ? packet->property(xmp::ns::Dc, QLatin1String(name)) : nullptr;
    if (!property || !property->altText || property->children.empty())
        return std::nullopt;
    const XmpNode *generic = nullptr;
    for (const XmpNode &item : property->children) {
        if (!item.isSimple() || !item.hasLanguage())
            return std::nullopt;
        const QString language = item.language();
        if (language == QLatin1String("x-default"))
            return item.value;
        if (!generic && language.startsWith(QLatin1Char('x')))
            generic = &item;
    }
    return generic ? generic->value : property->children.front().value;
}

// dc:creator as a list of names; nothing when it is not an ordered array of texts.
std::optional<QStringList> xmpCreators(const xmp::XmpPacket *packet)
{
    const XmpNode *creator = packet ? packet->property(xmp::ns::Dc, QLatin1String("creator")) : nullptr;
    if (!creator || !creator->isArray() || !creator->ordered)
        return std::nullopt;
    QStringList names;
    for (const XmpNode &item : creator->children) {
        if (!item.isSimple())
            return std::nullopt;
        names << item.value;
    }
    return names;
}

bool sameText(const std::optional<QString> &info, const std::optional<QString> &xmpValue, Failure &f)
{
    if (!info)
        return true;
    f.arg(shown(*info)).arg(xmpValue ? shown(*xmpValue) : Tr::tr("absent"));
    return xmpValue && *info == *xmpValue;
}

bool titleMatches(const InfoSubject &s, Failure &f, Validation &v)
{
    return sameText(infoText(s, "/Title"), xmpDefaultText(mainPacket(v), "title"), f);
}

bool subjectMatches(const InfoSubject &s, Failure &f, Validation &v)
{
    return sameText(infoText(s, "/Subject"), xmpDefaultText(mainPacket(v), "description"), f);
}

bool keywordsMatch(const InfoSubject &s, Failure &f, Validation &v)
{
    return sameText(infoText(s, "/Keywords"), xmpText(mainPacket(v), xmp::ns::Pdf, "Keywords"), f);
}

bool creatorMatches(const InfoSubject &s, Failure &f, Validation &v)
{
    return sameText(infoText(s, "/Creator"), xmpText(mainPacket(v), xmp::ns::Xmp, "CreatorTool"), f);
}

bool producerMatches(const InfoSubject &s, Failure &f, Validation &v)
{
    return sameText(infoText(s, "/Producer"), xmpText(mainPacket(v), xmp::ns::Pdf, "Producer"), f);
}

// dc:creator must hold exactly the one name the Author entry gives.
bool authorMatches(const InfoSubject &s, Failure &f, Validation &v)
{
    const std::optional<QString> author = infoText(s, "/Author");
    if (!author)
        return true;
    const std::optional<QStringList> creators = xmpCreators(mainPacket(v));
    const QString shownCreators = !creators ? Tr::tr("absent")
                                  : creators->size() == 1 ? shown(creators->front())
                                                          : Tr::tr("%n entries", nullptr, int(creators->size()));
    f.arg(shown(*author)).arg(shownCreators);
    return creators && creators->size() == 1 && creators->front() == *author;
}

// Compared only when both dates are there and the XMP one can be read; a dictionary date that is
// not a PDF date never matches.
bool sameInstant(const InfoSubject &s, const char *key, const char *xmpName, Failure &f, Validation &v)
{
    QPDFObjectHandle value = s.info.getKey(key);
    const std::optional<QString> xmpValue = xmpText(mainPacket(v), xmp::ns::Xmp, xmpName);
    if (!value.isString() || !xmpValue)
        return true;
    const std::optional<QDateTime> xmpDate = xmp::parseXmpDate(*xmpValue);
    if (!xmpDate)
        return true;
    const QString infoValue = QString::fromStdString(value.getUTF8Value());
    f.arg(shown(infoValue)).arg(shown(*xmpValue));
    const std::optional<QDateTime> infoDate = xmp::parsePdfDate(infoValue);
    return infoDate && *infoDate == *xmpDate;
}

bool creationDatesMatch(const InfoSubject &s, Failure &f, Validation &v)
{
    return sameInstant(s, "/CreationDate", "CreateDate", f, v);
}

bool modificationDatesMatch(const InfoSubject &s, Failure &f, Validation &v)
{
    return sameInstant(s, "/ModDate", "ModifyDate", f, v);
}

const Rule<InfoSubject> kInfoRules[] = {
    {P1, "6.7.3", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The creation date in the document information dictionary (%1) is not the same as xmp:CreateDate in the metadata (%2)."), creationDatesMatch},
    {P1, "6.7.3", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The title in the document information dictionary (%1) differs from the default dc:title in the metadata (%2)."), titleMatches},
    {P1, "6.7.3", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The author in the document information dictionary (%1) is not the single entry of dc:creator in the metadata (%2)."), authorMatches},
    {P1, "6.7.3", 4, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The subject in the document information dictionary (%1) differs from the default dc:description in the metadata (%2)."), subjectMatches},
    {P1, "6.7.3", 5, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The keywords in the document information dictionary (%1) differ from pdf:Keywords in the metadata (%2)."), keywordsMatch},
    {P1, "6.7.3", 6, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The creating application in the document information dictionary (%1) differs from xmp:CreatorTool in the metadata (%2)."), creatorMatches},
    {P1, "6.7.3", 7, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The producer in the document information dictionary (%1) differs from pdf:Producer in the metadata (%2)."), producerMatches},
    {P1, "6.7.3", 8, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The modification date in the document information dictionary (%1) is not the same as xmp:ModifyDate in the metadata (%2)."), modificationDatesMatch},
};

} // namespace

void registerMetadataInfoRules(Registry &registry)
{
    registry.add(kInfoRules);
}

} // namespace granska::pdfa
