#include "XmpTypes.h"

#include "XmpDate.h"

#include <QRegularExpression>

namespace granska::pdfa::xmp {
namespace {

constexpr int kMaxTypeDepth = 32;

// The structured types of the XMP Specification: name, namespace of the fields, fields with their
// types, and the editions that define them. "Any" fields accept every value.
struct StructureRow {
    const char *name;
    const char *namespaceUri;
    const char *fields; // "field=Type;field=Type"
    quint8 editions;
};

constexpr quint8 kBoth = quint8(XmpEdition::Xmp2004) | quint8(XmpEdition::Xmp2005);
constexpr quint8 k2005 = quint8(XmpEdition::Xmp2005);

constexpr StructureRow kStructures[] = {
    {"Dimensions", "http://ns.adobe.com/xap/1.0/sType/Dimensions#", "w=Real;h=Real;unit=Text", kBoth},
    {"Thumbnail", "http://ns.adobe.com/xap/1.0/g/img/", "height=Integer;width=Integer;image=Text;format=Text", kBoth},
    {"ResourceEvent", "http://ns.adobe.com/xap/1.0/sType/ResourceEvent#",
     "action=Text;instanceID=URI;parameters=Text;softwareAgent=AgentName;when=Date", kBoth},
    {"ResourceRef", "http://ns.adobe.com/xap/1.0/sType/ResourceRef#",
     "instanceID=URI;documentID=URI;versionID=Text;renditionClass=RenditionClass;renditionParams=Text;"
     "manager=AgentName;managerVariant=Text;manageTo=URI;manageUI=URI", kBoth},
    {"Version", "http://ns.adobe.com/xap/1.0/sType/Version#",
     "comments=Text;event=ResourceEvent;modifyDate=Date;modifier=ProperName;version=Text", kBoth},
    {"Job", "http://ns.adobe.com/xap/1.0/sType/Job#", "name=Text;id=Text;url=URL", kBoth},
    {"Flash", "http://ns.adobe.com/exif/1.0/", "Fired=Boolean;Function=Boolean;RedEyeMode=Boolean;Return=Text;Mode=Text", kBoth},
    {"OECF/SFR", "http://ns.adobe.com/exif/1.0/", "Columns=Integer;Rows=Integer;Names=Seq Text;Values=Seq Rational", kBoth},
    {"CFAPattern", "http://ns.adobe.com/exif/1.0/", "Columns=Integer;Rows=Integer;Values=Seq Integer", kBoth},
    {"DeviceSettings", "http://ns.adobe.com/exif/1.0/", "Columns=Integer;Rows=Integer;Settings=Seq Text", kBoth},
    {"Colorant", "http://ns.adobe.com/xap/1.0/g/",
     "swatchName=Text;mode=Text;type=Text;cyan=Real;magenta=Real;yellow=Real;black=Real;red=Integer;green=Integer;"
     "blue=Integer;L=Real;A=Integer;B=Integer", k2005},
    {"Font", "http://ns.adobe.com/xap/1.0/sType/Font#",
     "fontName=Text;fontFamily=Text;fontFace=Text;fontType=Text;versionString=Text;composite=Boolean;"
     "fontFileName=Text;childFontFiles=Seq Text", k2005},
    {"BeatSpliceStretch", "http://ns.adobe.com/xmp/1.0/DynamicMedia/", "useFileBeatsMarker=Boolean;riseInDecibel=Real;riseInTimeDuration=Time", k2005},
    {"Marker", "http://ns.adobe.com/xmp/1.0/DynamicMedia/",
     "startTime=Any;duration=Any;comment=Text;name=Text;location=URI;target=Text;type=Text", k2005},
    {"Media", "http://ns.adobe.com/xmp/1.0/DynamicMedia/",
     "path=URI;track=Text;startTime=Time;duration=Time;managed=Boolean;webStatement=URI", k2005},
    {"ProjectLink", "http://ns.adobe.com/xmp/1.0/DynamicMedia/", "path=URI;type=Text", k2005},
    {"ResampleStretch", "http://ns.adobe.com/xmp/1.0/DynamicMedia/", "quality=Text", k2005},
    {"Time", "http://ns.adobe.com/xmp/1.0/DynamicMedia/", "value=Integer;scale=Rational", k2005},
    {"Timecode", "http://ns.adobe.com/xmp/1.0/DynamicMedia/", "timeValue=Text;timeFormat=Text", k2005},
    {"TimeScaleStretch", "http://ns.adobe.com/xmp/1.0/DynamicMedia/", "frameSize=Real;frameOverlappingPercentage=Real;quality=Text", k2005},
};

const QString kAny = QStringLiteral("any");

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isInteger(QStringView v)
{
    if (v.startsWith(QLatin1Char('+')) || v.startsWith(QLatin1Char('-')))
        v = v.mid(1);
    return !v.isEmpty() && std::all_of(v.begin(), v.end(), isAsciiDigit);
}

// Optional sign, digits with at most one decimal point, at least one digit.
bool isReal(QStringView v)
{
    if (v.startsWith(QLatin1Char('+')) || v.startsWith(QLatin1Char('-')))
        v = v.mid(1);
    int digits = 0, points = 0;
    for (QChar c : v) {
        if (isAsciiDigit(c))
            ++digits;
        else if (c == QLatin1Char('.') && ++points == 1)
            continue;
        else
            return false;
    }
    return digits > 0;
}

bool isMimeType(QStringView v)
{
    static const QRegularExpression pattern(QStringLiteral("^[-A-Za-z0-9_+.]+/[-A-Za-z0-9_+.]+$"));
    return pattern.match(v).hasMatch();
}

bool isGpsCoordinate(QStringView v, bool edition2005)
{
    static const QRegularExpression pattern2004(QStringLiteral("^[0-9]{2},[0-9]{2}[,.][0-9]{2}[NSEW]$"));
    static const QRegularExpression pattern2005(QStringLiteral("^[0-9]{1,3},[0-9]{1,2}(,[0-9]{1,2}|\\.[0-9]+)[NSEW]$"));
    return (edition2005 ? pattern2005 : pattern2004).match(v).hasMatch();
}

// A URL as the Java URL class accepts it: a scheme it has a handler for, before the first colon.
bool isUrl(QStringView v)
{
    v = v.trimmed();
    if (v.startsWith(QLatin1String("url:"), Qt::CaseInsensitive))
        v = v.mid(4);
    qsizetype colon = -1;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (c == QLatin1Char('/'))
            break;
        if (c == QLatin1Char(':')) {
            colon = i;
            break;
        }
    }
    if (colon <= 0 || !v.at(0).isLetter())
        return false;
    for (QChar c : v.first(colon)) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('.')))
            return false;
    }
    const QString scheme = v.first(colon).toString().toLower();
    static const QStringList handled = {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ftp"),
                                        QStringLiteral("file"), QStringLiteral("mailto"), QStringLiteral("jrt")};
    if (scheme == QLatin1String("jar"))
        return v.contains(QLatin1String("!/"));
    return handled.contains(scheme);
}

QHash<QString, QString> parseFields(const char *fields)
{
    QHash<QString, QString> result;
    for (const QString &entry : QString::fromLatin1(fields).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        result.insert(entry.left(equals), ValueTypes::simplified(entry.mid(equals + 1)));
    }
    return result;
}

} // namespace

const ValueTypes &ValueTypes::basic()
{
    static const ValueTypes types = [] {
        ValueTypes t;
        const std::pair<const char *, Kind> simple[] = {
            {"text", Kind::Text},       {"propername", Kind::Text}, {"agentname", Kind::Text},
            {"rational", Kind::Text},   {"renditionclass", Kind::Text}, {"uri", Kind::Text},
            {"xpath", Kind::Text},      {"boolean", Kind::Boolean}, {"integer", Kind::Integer},
            {"real", Kind::Real},       {"mimetype", Kind::MimeType}, {"date", Kind::Date},
            {"lang alt", Kind::LanguageAlternative}, {"url", Kind::Url},
        };
        for (const auto &[name, kind] : simple)
            t.m_types.insert(QString::fromLatin1(name), Type{kind, {}, {}});
        return t;
    }();
    return types;
}

const ValueTypes &ValueTypes::predefined(XmpEdition edition)
{
    static const auto build = [](XmpEdition e) {
        ValueTypes t = basic();
        // Locale is only checked for being text, as in the reference validator.
        t.m_types.insert(QStringLiteral("locale"), Type{Kind::Text, {}, {}});
        t.m_types.insert(QStringLiteral("gpscoordinate"),
                         Type{e == XmpEdition::Xmp2004 ? Kind::GpsCoordinate2004 : Kind::GpsCoordinate2005, {}, {}});
        for (const StructureRow &row : kStructures) {
            if (row.editions & quint8(e))
                t.m_types.insert(simplified(QString::fromLatin1(row.name)), Type{Kind::Structure, QString::fromLatin1(row.namespaceUri), parseFields(row.fields)});
        }
        return t;
    };
    static const ValueTypes types2004 = build(XmpEdition::Xmp2004);
    static const ValueTypes types2005 = build(XmpEdition::Xmp2005);
    return edition == XmpEdition::Xmp2004 ? types2004 : types2005;
}

QString ValueTypes::simplified(QStringView typeName)
{
    static const QRegularExpression choice(QStringLiteral("(open |closed )?(choice |choice$)(of )?"));
    QString type = typeName.toString().toLower();
    type.replace(choice, QString());
    type = type.trimmed();
    if (type.isEmpty())
        return QStringLiteral("text");
    if (type.endsWith(QLatin1String("lang alt")))
        return type;
    if (type.endsWith(QLatin1String("bag")) || type.endsWith(QLatin1String("seq")) || type.endsWith(QLatin1String("alt")))
        type += QLatin1String(" text");
    return type;
}

bool ValueTypes::isKnown(QStringView typeName) const
{
    QString type = simplified(typeName);
    while (type.startsWith(QLatin1String("bag ")) || type.startsWith(QLatin1String("seq ")) || type.startsWith(QLatin1String("alt ")))
        type.remove(0, 4);
    return m_types.contains(type);
}

bool ValueTypes::matches(const XmpNode &node, QStringView typeName) const
{
    return matches(node, simplified(typeName), 0);
}

bool ValueTypes::matchesSimplified(const XmpNode &node, const QString &type) const
{
    return matches(node, type, 0);
}

bool ValueTypes::matches(const XmpNode &node, const QString &type, int depth) const
{
    if (depth > kMaxTypeDepth)
        return false;
    if (type == kAny)
        return true;
    const QStringView array = QStringView(type).first(std::min<qsizetype>(4, type.size()));
    if (array == QLatin1String("bag ") || array == QLatin1String("seq ") || array == QLatin1String("alt ")) {
        const bool form = array == QLatin1String("bag ") ? node.isBag() : array == QLatin1String("seq ") ? node.isSeq() : node.isAlt();
        if (!form)
            return false;
        const QString itemType = type.mid(4);
        for (const XmpNode &item : node.children) {
            if (!matches(item, itemType, depth + 1))
                return false;
        }
        return true;
    }
    const auto found = m_types.constFind(type);
    return found != m_types.constEnd() && matchesKind(node, *found, depth);
}

bool ValueTypes::matchesKind(const XmpNode &node, const Type &type, int depth) const
{
    switch (type.kind) {
    case Kind::Text:
        return node.isSimple();
    case Kind::Boolean:
        return node.isSimple() && (node.value == QLatin1String("True") || node.value == QLatin1String("False"));
    case Kind::Integer:
        return node.isSimple() && isInteger(node.value);
    case Kind::Real:
        return node.isSimple() && isReal(node.value);
    case Kind::MimeType:
        return node.isSimple() && isMimeType(node.value);
    case Kind::Date:
        return node.isSimple() && isXmpDate(node.value);
    case Kind::LanguageAlternative:
        return node.altText || (node.children.empty() && node.isAlt());
    case Kind::Url:
        return node.isSimple() && isUrl(node.value);
    case Kind::GpsCoordinate2004:
    case Kind::GpsCoordinate2005:
        return node.isSimple() && isGpsCoordinate(node.value, type.kind == Kind::GpsCoordinate2005);
    case Kind::Structure:
        if (!node.isStructure())
            return false;
        for (const XmpNode &field : node.children) {
            const auto fieldType = type.fields.constFind(field.name);
            if (fieldType == type.fields.constEnd() || field.namespaceUri != type.namespaceUri
                || !matches(field, *fieldType, depth + 1))
                return false;
        }
        return true;
    }
    return false;
}

void ValueTypes::defineStructure(QStringView typeName, const QString &namespaceUri, const QHash<QString, QString> &fieldTypes)
{
    QHash<QString, QString> fields;
    for (auto it = fieldTypes.cbegin(); it != fieldTypes.cend(); ++it)
        fields.insert(it.key(), simplified(it.value()));
    m_types.insert(simplified(typeName), Type{Kind::Structure, namespaceUri, fields});
}

void ValueTypes::defineText(QStringView typeName)
{
    m_types.insert(simplified(typeName), Type{Kind::Text, {}, {}});
}

} // namespace granska::pdfa::xmp
