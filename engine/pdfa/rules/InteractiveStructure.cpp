// Logical structure and natural language, for level A: ISO 19005-1 6.8; ISO 19005-2/3 6.7.
#include "Interactive.h"

#include "pdf/ObjGenHash.h"
#include "pdfa/ContentInterpreter.h"
#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"
#include "pdfa/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <qpdf/QPDF.hh>

namespace granska::pdfa {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::Structure)
};

using interactive::nameOf;

constexpr int kMaxStructureDepth = 256;
constexpr int kMaxStructureElements = 200000;

// The standard structure types of PDF 1.4 (PDF/A-1) and those ISO 32000-1 added (PDF/A-2, -3).
const QSet<QByteArray> &standardTypesPdf14()
{
    static const QSet<QByteArray> types = {
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Span", "Quote",
        "Note", "Reference", "BibEntry", "Code", "Link", "Figure", "Formula", "Form"};
    return types;
}

const QSet<QByteArray> &standardTypesIso32000()
{
    static const QSet<QByteArray> types = standardTypesPdf14()
                                          + QSet<QByteArray>{"THead", "TBody", "TFoot", "Annot", "Ruby", "RB", "RT", "RP",
                                                             "Warichu", "WT", "WP"};
    return types;
}

// A structure element whose type is not a standard one; role mapping must lead to one.
struct NonStandardElementSubject {
    ObjectLocation where;
    QByteArray type;
    bool mapsToStandard = false;
    bool circular = false;
};

// A standard type that the role map nevertheless maps to something else (PDF/A-2, -3 6.7.3.4 t3).
struct RemappedStandardTypeSubject {
    ObjectLocation where;
    QByteArray type;
};

// A natural-language identifier (/Lang) wherever it is given.
struct LanguageSubject {
    ObjectLocation where;
    QString value;
};

bool markedAsTagged(const CatalogSubject &c, Failure &)
{
    QPDFObjectHandle marked = c.catalog.getKey("/MarkInfo").getKeyIfDict("/Marked");
    return marked.isBool() && marked.getBoolValue();
}

bool hasStructureTree(const CatalogSubject &c, Failure &)
{
    return c.catalog.getKey("/StructTreeRoot").isDictionary();
}

const Rule<CatalogSubject> kCatalogStructureRules[] = {
    {P1, "6.8.2.2", 1, LevelA, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The document is not marked as tagged: MarkInfo with Marked true is missing from the catalog."), markedAsTagged},
    {P1, "6.8.3.3", 1, LevelA, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The document has no structure tree (StructTreeRoot)."), hasStructureTree},
    {P23, "6.7.2.2", 1, LevelA, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The document is not marked as tagged: MarkInfo with Marked true is missing from the catalog."), markedAsTagged},
    {P23, "6.7.3.3", 1, LevelA, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The document has no structure tree (StructTreeRoot)."), hasStructureTree},
};

bool mapsToStandard(const NonStandardElementSubject &e, Failure &f)
{
    f.arg(QString::fromLatin1(e.type));
    return e.circular || e.mapsToStandard;
}

bool notCircular(const NonStandardElementSubject &e, Failure &f)
{
    f.arg(QString::fromLatin1(e.type));
    return !e.circular;
}

const Rule<NonStandardElementSubject> kRoleMapRules[] = {
    {P1, "6.8.3.4", 1, LevelA, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The structure type %1 is not standard and the role map does not map it to a standard type."), mapsToStandard},
    {P1, "6.8.3.4", 2, LevelA, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The role map maps the structure type %1 in a circle."), notCircular},
    {P23, "6.7.3.4", 1, LevelA, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The structure type %1 is not standard and the role map does not map it to a standard type."), mapsToStandard},
    {P23, "6.7.3.4", 2, LevelA, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The role map maps the structure type %1 in a circle."), notCircular},
};

bool standardTypeNotRemapped(const RemappedStandardTypeSubject &s, Failure &f)
{
    f.arg(QString::fromLatin1(s.type));
    return false;
}

const Rule<RemappedStandardTypeSubject> kRemapRules[] = {
    {P23, "6.7.3.4", 3, LevelA, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The role map redefines the standard structure type %1."), standardTypeNotRemapped},
};

// RFC 1766 / RFC 3066 language tags as PDF 1.4 and ISO 32000-1 use them; empty means "unknown".
bool languageTagPart1(const LanguageSubject &l, Failure &f)
{
    static const QRegularExpression tag(QStringLiteral("^[a-zA-Z]{1,8}(-[a-zA-Z]{1,8})*$"));
    f.arg(l.value);
    return l.value.isEmpty() || tag.match(l.value).hasMatch();
}

bool languageTagPart23(const LanguageSubject &l, Failure &f)
{
    static const QRegularExpression tag(QStringLiteral("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$"));
    f.arg(l.value);
    return l.value.isEmpty() || tag.match(l.value).hasMatch();
}

const Rule<LanguageSubject> kLanguageRules[] = {
    {P1, "6.8.4", 1, LevelA, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The language identifier \"%1\" is not a valid language tag."), languageTagPart1},
    {P23, "6.7.4", 1, LevelA, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The language identifier \"%1\" is not a valid language tag."), languageTagPart23},
};

// Follows the role map from a type; true when it ends in a standard type.
void resolveRole(QPDFObjectHandle roleMap, const QByteArray &type, const QSet<QByteArray> &standard, bool &standardReached, bool &circular)
{
    QSet<QByteArray> seen{type};
    QByteArray current = type;
    standardReached = false;
    circular = false;
    for (int step = 0; step < 64; ++step) {
        QPDFObjectHandle mapped = roleMap.isDictionary() ? roleMap.getKey("/" + current.toStdString()) : QPDFObjectHandle();
        if (!mapped.isName())
            return;
        current = nameOf(mapped);
        if (seen.contains(current)) {
            circular = true;
            return;
        }
        if (standard.contains(current)) {
            standardReached = true;
            return;
        }
        seen.insert(current);
    }
}

void walkStructure(Validation &v, QPDFObjectHandle node, QPDFObjectHandle roleMap, const QSet<QByteArray> &standard,
                   QSet<QPDFObjGen> &visited, QSet<QByteArray> &reported, int depth, int &count)
{
    if (depth > kMaxStructureDepth || ++count > kMaxStructureElements)
        return;
    if (node.isArray()) {
        for (QPDFObjectHandle kid : node.getArrayAsVector())
            walkStructure(v, kid, roleMap, standard, visited, reported, depth + 1, count);
        return;
    }
    if (!node.isDictionary())
        return; // marked-content ids are integers
    if (node.isIndirect()) {
        if (visited.contains(node.getObjGen()))
            return;
        visited.insert(node.getObjGen());
    }
    if ((count & 1023) == 0)
        v.budget().check();
    const QByteArray type = nameOf(node.getKey("/S"));
    const bool isElement = !type.isEmpty() && !node.getKey("/Type").isNameAndEquals("/MCR") && !node.getKey("/Type").isNameAndEquals("/OBJR");
    const ObjectLocation where = v.locate(node.isIndirect() ? node.getObjGen() : QPDFObjGen(), 0, Tr::tr("structure element %1").arg(QString::fromLatin1(type)));
    if (isElement && !standard.contains(type)) {
        NonStandardElementSubject subject{where, type};
        resolveRole(roleMap, type, standard, subject.mapsToStandard, subject.circular);
        v.check(subject);
    }
    QPDFObjectHandle lang = node.getKey("/Lang");
    if (lang.isString())
        v.check(LanguageSubject{where, QString::fromStdString(lang.getUTF8Value())});
    walkStructure(v, node.getKey("/K"), roleMap, standard, visited, reported, depth + 1, count);
}

} // namespace

void registerStructureRules(Registry &registry)
{
    registry.add(kCatalogStructureRules);
    registry.add(kRoleMapRules);
    registry.add(kRemapRules);
    registry.add(kLanguageRules);
}

void produceStructure(Validation &v)
{
    if (!v.wants<LanguageSubject>() && !v.wants<NonStandardElementSubject>())
        return;
    QPDFObjectHandle catalog = v.qpdf().getRoot();
    QPDFObjectHandle lang = catalog.getKey("/Lang");
    if (lang.isString())
        v.check(LanguageSubject{v.locate(catalog.getObjGen(), 0, Tr::tr("document catalog")), QString::fromStdString(lang.getUTF8Value())});
    for (const auto &[value, where] : v.cache<ContentFacts>().markedContentLanguages)
        v.check(LanguageSubject{where, value});

    const QSet<QByteArray> &standard = v.flavour().part == 1 ? standardTypesPdf14() : standardTypesIso32000();
    QPDFObjectHandle root = catalog.getKey("/StructTreeRoot");
    if (!root.isDictionary())
        return;
    QPDFObjectHandle roleMap = root.getKey("/RoleMap");
    if (roleMap.isDictionary() && v.flavour().part > 1) {
        for (const std::string &key : roleMap.getKeys()) {
            const QByteArray type = QByteArray::fromStdString(key).mid(1);
            if (standard.contains(type))
                v.check(RemappedStandardTypeSubject{v.locate(root.getObjGen(), 0, Tr::tr("role map")), type});
        }
    }
    QSet<QPDFObjGen> visited;
    QSet<QByteArray> reported;
    int count = 0;
    walkStructure(v, root.getKey("/K"), roleMap, standard, visited, reported, 0, count);
}

} // namespace granska::pdfa
