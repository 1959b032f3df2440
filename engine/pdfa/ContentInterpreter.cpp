#include "ContentInterpreter.h"

#include "Validation.h"
#include "pdf/PdfDocument.h"

#include <QCoreApplication>
#include <QSet>

namespace granska::pdfa {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::ContentInterpreter)
};

constexpr int kMaxFormDepth = 24;
constexpr int kTokensBetweenBudgetChecks = 4096;

// The operators of ISO 32000-1, Annex A.
// The operators this interpreter acts on, and the rest of ISO 32000-1's (Other), looked up once per
// operator: content streams are long, and a chain of comparisons showed in profiles.
enum class Op { Unknown, Other, BeginCompatibility, EndCompatibility, Save, Restore, Gray, GrayStroke, Rgb, RgbStroke, Cmyk,
                CmykStroke, Space, SpaceStroke, Pattern, PatternStroke, Shade, Draw, InlineImage, State, Intent, Font,
                RenderingMode, ShowText, Properties };

Op opCode(QByteArrayView op)
{
    static const QHash<QByteArray, Op> codes = {
        {"b", Op::Other}, {"B", Op::Other}, {"b*", Op::Other}, {"B*", Op::Other}, {"BDC", Op::Properties}, {"BI", Op::InlineImage},
        {"BMC", Op::Other}, {"BT", Op::Other}, {"BX", Op::BeginCompatibility}, {"c", Op::Other}, {"cm", Op::Other},
        {"CS", Op::SpaceStroke}, {"cs", Op::Space}, {"d", Op::Other}, {"d0", Op::Other}, {"d1", Op::Other}, {"Do", Op::Draw},
        {"DP", Op::Properties}, {"EI", Op::Other}, {"EMC", Op::Other}, {"ET", Op::Other}, {"EX", Op::EndCompatibility},
        {"f", Op::Other}, {"F", Op::Other}, {"f*", Op::Other}, {"G", Op::GrayStroke}, {"g", Op::Gray}, {"gs", Op::State},
        {"h", Op::Other}, {"i", Op::Other}, {"ID", Op::Other}, {"j", Op::Other}, {"J", Op::Other}, {"K", Op::CmykStroke},
        {"k", Op::Cmyk}, {"l", Op::Other}, {"m", Op::Other}, {"M", Op::Other}, {"MP", Op::Other}, {"n", Op::Other},
        {"q", Op::Save}, {"Q", Op::Restore}, {"re", Op::Other}, {"RG", Op::RgbStroke}, {"rg", Op::Rgb}, {"ri", Op::Intent},
        {"s", Op::Other}, {"S", Op::Other}, {"SC", Op::Other}, {"sc", Op::Other}, {"SCN", Op::PatternStroke},
        {"scn", Op::Pattern}, {"sh", Op::Shade}, {"T*", Op::Other}, {"Tc", Op::Other}, {"Td", Op::Other}, {"TD", Op::Other},
        {"Tf", Op::Font}, {"Tj", Op::ShowText}, {"TJ", Op::ShowText}, {"TL", Op::Other}, {"Tm", Op::Other},
        {"Tr", Op::RenderingMode}, {"Ts", Op::Other}, {"Tw", Op::Other}, {"Tz", Op::Other}, {"v", Op::Other}, {"w", Op::Other},
        {"W", Op::Other}, {"W*", Op::Other}, {"y", Op::Other}, {"'", Op::ShowText}, {"\"", Op::ShowText}};
    return codes.value(QByteArray::fromRawData(op.data(), op.size()), Op::Unknown); // no copy
}

QByteArray expandInlineKey(const QByteArray &key)
{
    static const QHash<QByteArray, QByteArray> names = {
        {"BPC", "BitsPerComponent"}, {"CS", "ColorSpace"}, {"D", "Decode"}, {"DP", "DecodeParms"},
        {"F", "Filter"}, {"H", "Height"}, {"IM", "ImageMask"}, {"I", "Interpolate"}, {"W", "Width"}, {"L", "Length"}};
    return names.value(key, key);
}

QByteArray expandInlineName(const QByteArray &key, const QByteArray &value)
{
    if (key == "Filter") {
        static const QHash<QByteArray, QByteArray> filters = {
            {"AHx", "ASCIIHexDecode"}, {"A85", "ASCII85Decode"}, {"LZW", "LZWDecode"}, {"Fl", "FlateDecode"},
            {"RL", "RunLengthDecode"}, {"CCF", "CCITTFaxDecode"}, {"DCT", "DCTDecode"}};
        return filters.value(value, value);
    }
    if (key == "ColorSpace") {
        static const QHash<QByteArray, QByteArray> spaces = {
            {"G", "DeviceGray"}, {"RGB", "DeviceRGB"}, {"CMYK", "DeviceCMYK"}, {"I", "Indexed"}};
        return spaces.value(value, value);
    }
    return value;
}

QPDFObjectHandle toObject(const Operand &operand, const QByteArray &key = {})
{
    switch (operand.type) {
    case Operand::Type::Boolean: return QPDFObjectHandle::newBool(operand.boolean);
    case Operand::Type::Number:
        return operand.isInteger ? QPDFObjectHandle::newInteger(qint64(operand.number))
                                 : QPDFObjectHandle::newReal(operand.number, 6);
    case Operand::Type::Name:
        return QPDFObjectHandle::newName("/" + expandInlineName(key, operand.bytes).toStdString());
    case Operand::Type::String: return QPDFObjectHandle::newString(operand.bytes.toStdString());
    case Operand::Type::Array: {
        QPDFObjectHandle array = QPDFObjectHandle::newArray();
        for (const Operand &item : operand.items)
            array.appendItem(toObject(item, key));
        return array;
    }
    case Operand::Type::Dictionary: {
        QPDFObjectHandle dict = QPDFObjectHandle::newDictionary();
        for (const auto &[k, v] : operand.entries) {
            const QByteArray full = expandInlineKey(k);
            dict.replaceKey("/" + full.toStdString(), toObject(v, full));
        }
        return dict;
    }
    default: return QPDFObjectHandle::newNull();
    }
}

QByteArray nameOf(QPDFObjectHandle object)
{
    return object.isName() ? QByteArray::fromStdString(object.getName()).mid(1) : QByteArray();
}

// The family of a colour space given as a name or an array.
QByteArray familyOf(QPDFObjectHandle space)
{
    if (space.isName())
        return nameOf(space);
    if (space.isArray() && space.getArrayNItems() > 0)
        return nameOf(space.getArrayItem(0));
    return {};
}

bool isDeviceFamily(const QByteArray &name)
{
    return name == "DeviceGray" || name == "DeviceRGB" || name == "DeviceCMYK" || name == "Pattern";
}

} // namespace

ContentInterpreter::ContentInterpreter(Validation &validation)
    : m_validation(validation), m_facts(validation.cache<ContentFacts>())
{
}

ObjectLocation ContentInterpreter::where(const Stream &stream) const
{
    if (!stream.location)
        stream.location = m_validation.locate(stream.owner.isIndirect() ? stream.owner.getObjGen() : QPDFObjGen(), stream.page, stream.context);
    return *stream.location;
}

void ContentInterpreter::interpretPage(QPDFObjectHandle page, int pageNumber)
{
    Stream stream;
    stream.owner = page;
    stream.page = pageNumber;
    stream.context = Tr::tr("page %1 content").arg(pageNumber);
    // Resources are inheritable through the page tree (ISO 32000-1, 7.7.3.4).
    for (QPDFObjectHandle node = page; node.isDictionary() && stream.depth < 64; ++stream.depth) {
        if (node.hasKey("/Resources")) {
            stream.resources = node.getKey("/Resources");
            break;
        }
        node = node.getKey("/Parent");
    }
    stream.depth = 0;
    QByteArray data;
    QPDFObjectHandle contents = page.getKey("/Contents");
    QList<QPDFObjectHandle> parts;
    if (contents.isStream())
        parts.append(contents);
    else if (contents.isArray())
        for (QPDFObjectHandle part : contents.getArrayAsVector())
            parts.append(part);
    for (QPDFObjectHandle part : parts) {
        if (!part.isStream())
            continue;
        const std::optional<QByteArray> decoded = m_validation.document().decodedStream(part, m_validation.budget());
        if (decoded) {
            // The pieces of a page's contents are one stream split at token boundaries.
            data.append(*decoded);
            data.append('\n');
        }
    }
    run(data, stream);
}

void ContentInterpreter::interpretForm(QPDFObjectHandle form, int pageNumber, const QString &context, QPDFObjectHandle parentResources)
{
    Stream stream;
    stream.page = pageNumber;
    stream.inherited = parentResources;
    interpretChild(form, form.getKey("/Resources"), stream, context);
}

void ContentInterpreter::interpretChild(QPDFObjectHandle streamObject, QPDFObjectHandle resources, const Stream &parent, const QString &context)
{
    if (!streamObject.isStream() || parent.depth >= kMaxFormDepth)
        return;
    if (streamObject.isIndirect()) {
        if (m_facts.interpretedStreams.contains(streamObject.getObjGen()))
            return;
        m_facts.interpretedStreams.insert(streamObject.getObjGen());
    }
    Stream stream;
    stream.owner = streamObject;
    stream.resources = resources.isDictionary() ? resources : QPDFObjectHandle();
    // A stream without resources of its own may only rely on its parent's (deprecated, and
    // not allowed in PDF/A-2 and later); remember them so the use can be reported.
    stream.inherited = parent.resources.isDictionary() ? parent.resources : parent.inherited;
    stream.page = parent.page;
    stream.context = context;
    stream.depth = parent.depth + 1;
    const std::optional<QByteArray> data = m_validation.document().decodedStream(streamObject, m_validation.budget());
    if (data)
        run(*data, stream);
}

void ContentInterpreter::run(QByteArrayView data, const Stream &stream)
{
    ContentLexer lexer(data);
    ContentToken token;
    QList<Operand> operands;
    QList<GraphicsState> states{GraphicsState{}};
    int compatibilityDepth = 0;
    QStringList inheritedNames;
    int sinceCheck = 0;
    while (lexer.next(token)) {
        if (++sinceCheck == kTokensBetweenBudgetChecks) {
            sinceCheck = 0;
            m_validation.budget().check();
        }
        if (!token.isOperator) {
            if (operands.size() < 64) // no operator takes more; a flood of operands is ignored
                operands.append(std::move(token.operand));
            continue;
        }
        handleOperator(token.op, operands, token, stream, states, compatibilityDepth, inheritedNames);
        operands.clear();
    }
    if (m_validation.wants<ContentStreamSubject>()) {
        ContentStreamSubject subject;
        subject.where = where(stream);
        subject.owner = stream.owner;
        subject.inheritedResources = inheritedNames;
        m_validation.check(subject);
    }
}

QPDFObjectHandle ContentInterpreter::resource(const Stream &stream, const char *category, const QByteArray &name, QStringList &inheritedNames)
{
    const std::string key = "/" + name.toStdString();
    if (stream.resources.isDictionary()) {
        QPDFObjectHandle dict = stream.resources.getKey(category);
        if (dict.isDictionary() && dict.hasKey(key))
            return dict.getKey(key);
    }
    if (stream.inherited.isDictionary()) {
        QPDFObjectHandle dict = stream.inherited.getKey(category);
        if (dict.isDictionary() && dict.hasKey(key)) {
            inheritedNames << QString::fromLatin1(name);
            return dict.getKey(key);
        }
    }
    return QPDFObjectHandle::newNull();
}

void ContentInterpreter::useDeviceSpace(const char *family, const Stream &stream, const QString &usedBy)
{
    // A Default colour space in the resources replaces the device space (ISO 32000-1, 8.6.5.6).
    static const QHash<QByteArray, QByteArray> defaults = {
        {"DeviceGray", "DefaultGray"}, {"DeviceRGB", "DefaultRGB"}, {"DeviceCMYK", "DefaultCMYK"}};
    const QByteArray defaultName = defaults.value(family);
    if (!defaultName.isEmpty() && stream.resources.isDictionary()) {
        QPDFObjectHandle spaces = stream.resources.getKey("/ColorSpace");
        if (spaces.isDictionary() && spaces.hasKey("/" + defaultName.toStdString())) {
            useColourSpace(spaces.getKey("/" + defaultName.toStdString()), stream, usedBy);
            return;
        }
    }
    useColourSpace(QPDFObjectHandle::newName(std::string("/") + family), stream, usedBy);
}

void ContentInterpreter::useColourSpace(QPDFObjectHandle space, const Stream &stream, const QString &usedBy, int depth)
{
    if (depth > 8 || space.isNull())
        return;
    const QByteArray family = familyOf(space);
    if (family.isEmpty())
        return;
    if (m_validation.wants<ColourSpaceSubject>()) {
        ColourSpaceSubject subject;
        subject.where = where(stream);
        if (space.isIndirect())
            subject.where = m_validation.locate(space.getObjGen(), stream.page, stream.context);
        subject.space = space;
        subject.family = family;
        subject.usedBy = usedBy;
        m_validation.check(subject);
    }
    // The spaces a composite space is built on are in use too.
    if (!space.isArray())
        return;
    const QString alternate = Tr::tr("alternate colour space");
    if ((family == "Separation" && space.getArrayNItems() > 2) || (family == "DeviceN" && space.getArrayNItems() > 2))
        useColourSpace(space.getArrayItem(2), stream, alternate, depth + 1);
    else if ((family == "Indexed" || family == "I") && space.getArrayNItems() > 1)
        useColourSpace(space.getArrayItem(1), stream, Tr::tr("base colour space"), depth + 1);
    else if (family == "Pattern" && space.getArrayNItems() > 1)
        useColourSpace(space.getArrayItem(1), stream, Tr::tr("underlying colour space"), depth + 1);
    else if (family == "ICCBased" && space.getArrayNItems() > 1) {
        QPDFObjectHandle stream2 = space.getArrayItem(1);
        if (stream2.isStream() && stream2.getDict().hasKey("/Alternate"))
            useColourSpace(stream2.getDict().getKey("/Alternate"), stream, alternate, depth + 1);
    }
}

QPDFObjectHandle ContentInterpreter::colourSpaceFromOperand(const Operand &name, const Stream &stream, QStringList &inheritedNames)
{
    if (name.type != Operand::Type::Name)
        return QPDFObjectHandle::newNull();
    if (isDeviceFamily(name.bytes))
        return QPDFObjectHandle::newName("/" + name.bytes.toStdString());
    return resource(stream, "/ColorSpace", name.bytes, inheritedNames);
}

void ContentInterpreter::useFont(QPDFObjectHandle font, const Stream &stream)
{
    if (!font.isDictionary())
        return;
    if (font.isIndirect()) {
        if (m_facts.fontsSeen.contains(font.getObjGen()))
            return;
        m_facts.fontsSeen.insert(font.getObjGen());
    }
    m_facts.fontsUsed.append(font);
    // Type 3 glyph descriptions are content streams of their own.
    if (font.getKey("/Subtype").isNameAndEquals("/Type3")) {
        QPDFObjectHandle procs = font.getKey("/CharProcs");
        if (procs.isDictionary()) {
            QPDFObjectHandle resources = font.getKey("/Resources");
            Stream parent = stream;
            for (const std::string &key : procs.getKeys()) {
                interpretChild(procs.getKey(key), resources.isDictionary() ? resources : stream.resources, parent,
                               Tr::tr("Type 3 glyph %1").arg(QString::fromStdString(key).mid(1)));
            }
        }
    }
}

void ContentInterpreter::useImage(QPDFObjectHandle image, const Stream &stream, bool isInline)
{
    QPDFObjectHandle dict = image.isStream() ? image.getDict() : image;
    if (m_validation.wants<ImageSubject>()) {
        ImageSubject subject;
        subject.where = image.isIndirect() ? m_validation.locate(image.getObjGen(), stream.page, stream.context) : where(stream);
        subject.image = image;
        subject.isInline = isInline;
        m_validation.check(subject);
    }
    const bool mask = dict.getKey("/ImageMask").isBool() && dict.getKey("/ImageMask").getBoolValue();
    if (!mask && dict.hasKey("/ColorSpace")) {
        QPDFObjectHandle space = dict.getKey("/ColorSpace");
        if (isInline && space.isName() && !isDeviceFamily(nameOf(space))) {
            QStringList ignored;
            space = resource(stream, "/ColorSpace", nameOf(space), ignored);
        }
        if (space.isName() && (nameOf(space) == "DeviceGray" || nameOf(space) == "DeviceRGB" || nameOf(space) == "DeviceCMYK"))
            useDeviceSpace(nameOf(space).constData(), stream, Tr::tr("image"));
        else
            useColourSpace(space, stream, Tr::tr("image"));
    }
    if (dict.hasKey("/Intent") && dict.getKey("/Intent").isName() && m_validation.wants<RenderingIntentSubject>())
        m_validation.check(RenderingIntentSubject{where(stream), nameOf(dict.getKey("/Intent"))});
    // Soft masks and masks are images too.
    QPDFObjectHandle smask = dict.getKey("/SMask");
    if (smask.isStream() && (!smask.isIndirect() || !m_facts.xobjectsSeen.contains(smask.getObjGen()))) {
        if (smask.isIndirect())
            m_facts.xobjectsSeen.insert(smask.getObjGen());
        useImage(smask, stream, false);
    }
}

void ContentInterpreter::useXObject(QPDFObjectHandle xobject, const Stream &stream)
{
    if (!xobject.isStream())
        return;
    if (xobject.isIndirect()) {
        if (m_facts.xobjectsSeen.contains(xobject.getObjGen()))
            return;
        m_facts.xobjectsSeen.insert(xobject.getObjGen());
    }
    QPDFObjectHandle dict = xobject.getDict();
    const QByteArray subtype = nameOf(dict.getKey("/Subtype"));
    const ObjectLocation at = xobject.isIndirect() ? m_validation.locate(xobject.getObjGen(), stream.page, stream.context) : where(stream);
    if (m_validation.wants<XObjectSubject>())
        m_validation.check(XObjectSubject{at, xobject, subtype});
    if (subtype == "Image") {
        useImage(xobject, stream, false);
    } else if (subtype == "Form") {
        if (m_validation.wants<FormXObjectSubject>())
            m_validation.check(FormXObjectSubject{at, xobject});
        QPDFObjectHandle group = dict.getKey("/Group");
        if (group.isDictionary() && group.hasKey("/CS"))
            useColourSpace(group.getKey("/CS"), stream, Tr::tr("transparency group"));
        interpretChild(xobject, dict.getKey("/Resources"), stream, Tr::tr("form XObject %1").arg(xobject.getObjectID()));
    }
}

void ContentInterpreter::useShading(QPDFObjectHandle shading, const Stream &stream)
{
    QPDFObjectHandle dict = shading.isStream() ? shading.getDict() : shading;
    if (!dict.isDictionary())
        return;
    if (shading.isIndirect()) {
        if (m_facts.shadingsSeen.contains(shading.getObjGen()))
            return;
        m_facts.shadingsSeen.insert(shading.getObjGen());
    }
    if (m_validation.wants<ShadingSubject>())
        m_validation.check(ShadingSubject{where(stream), shading});
    QPDFObjectHandle space = dict.getKey("/ColorSpace");
    if (space.isName() && (nameOf(space) == "DeviceGray" || nameOf(space) == "DeviceRGB" || nameOf(space) == "DeviceCMYK"))
        useDeviceSpace(nameOf(space).constData(), stream, Tr::tr("shading"));
    else
        useColourSpace(space, stream, Tr::tr("shading"));
}

void ContentInterpreter::usePattern(QPDFObjectHandle pattern, const Stream &stream)
{
    QPDFObjectHandle dict = pattern.isStream() ? pattern.getDict() : pattern;
    if (!dict.isDictionary())
        return;
    QPDFObjectHandle type = dict.getKey("/PatternType");
    if (type.isInteger() && type.getIntValue() == 1 && pattern.isStream())
        interpretChild(pattern, dict.getKey("/Resources"), stream, Tr::tr("tiling pattern %1").arg(pattern.getObjectID()));
    else if (type.isInteger() && type.getIntValue() == 2)
        useShading(dict.getKey("/Shading"), stream);
    if (dict.hasKey("/ExtGState"))
        useExtGState(dict.getKey("/ExtGState"), stream);
}

void ContentInterpreter::useExtGState(QPDFObjectHandle gs, const Stream &stream)
{
    if (!gs.isDictionary())
        return;
    if (gs.isIndirect()) {
        if (m_facts.extGStatesSeen.contains(gs.getObjGen()))
            return;
        m_facts.extGStatesSeen.insert(gs.getObjGen());
    }
    const ObjectLocation at = gs.isIndirect() ? m_validation.locate(gs.getObjGen(), stream.page, stream.context) : where(stream);
    if (m_validation.wants<ExtGStateSubject>())
        m_validation.check(ExtGStateSubject{at, gs});
    if (gs.getKey("/RI").isName() && m_validation.wants<RenderingIntentSubject>())
        m_validation.check(RenderingIntentSubject{at, nameOf(gs.getKey("/RI"))});
    QPDFObjectHandle bm = gs.getKey("/BM");
    if (m_validation.wants<BlendModeSubject>()) {
        if (bm.isName())
            m_validation.check(BlendModeSubject{at, nameOf(bm)});
        else if (bm.isArray())
            for (QPDFObjectHandle mode : bm.getArrayAsVector())
                if (mode.isName())
                    m_validation.check(BlendModeSubject{at, nameOf(mode)});
    }
    QPDFObjectHandle smask = gs.getKey("/SMask");
    if (smask.isDictionary()) {
        QPDFObjectHandle group = smask.getKey("/G");
        if (group.isStream()) {
            QPDFObjectHandle groupDict = group.getDict().getKey("/Group");
            if (groupDict.isDictionary() && groupDict.hasKey("/CS"))
                useColourSpace(groupDict.getKey("/CS"), stream, Tr::tr("soft mask group"));
            interpretChild(group, group.getDict().getKey("/Resources"), stream, Tr::tr("soft mask %1").arg(group.getObjectID()));
        }
    }
    QPDFObjectHandle font = gs.getKey("/Font");
    if (font.isArray() && font.getArrayNItems() > 0)
        useFont(font.getArrayItem(0), stream);
}

void ContentInterpreter::handleOperator(QByteArrayView op, const QList<Operand> &operands, const ContentToken &token, const Stream &stream,
                                        QList<GraphicsState> &states, int &compatibilityDepth, QStringList &inheritedNames)
{
    const Op code = opCode(op);
    if (code == Op::BeginCompatibility)
        ++compatibilityDepth;
    else if (code == Op::EndCompatibility && compatibilityDepth > 0)
        --compatibilityDepth;

    if (code == Op::Save) {
        const GraphicsState saved = states.last();
        states.append(saved);
    } else if (code == Op::Restore) {
        if (states.size() > 1)
            states.removeLast();
    }
    if (m_validation.wants<OperatorSubject>()) {
        OperatorSubject subject;
        subject.where = where(stream);
        subject.name = op;
        subject.known = code != Op::Unknown || compatibilityDepth > 0;
        subject.graphicsStateDepth = int(states.size()) - 1;
        m_validation.check(subject);
    }

    const Operand *first = operands.isEmpty() ? nullptr : &operands.first();
    const Operand *last = operands.isEmpty() ? nullptr : &operands.last();
    const bool nameFirst = first && first->type == Operand::Type::Name;
    GraphicsState &current = states.last();
    // Looked up only where used: most operators are neither.
    const auto fill = [] { return Tr::tr("fill colour"); };
    const auto strokeText = [] { return Tr::tr("stroke colour"); };

    switch (code) {
    case Op::Gray: useDeviceSpace("DeviceGray", stream, fill()); break;
    case Op::GrayStroke: useDeviceSpace("DeviceGray", stream, strokeText()); break;
    case Op::Rgb: useDeviceSpace("DeviceRGB", stream, fill()); break;
    case Op::RgbStroke: useDeviceSpace("DeviceRGB", stream, strokeText()); break;
    case Op::Cmyk: useDeviceSpace("DeviceCMYK", stream, fill()); break;
    case Op::CmykStroke: useDeviceSpace("DeviceCMYK", stream, strokeText()); break;
    case Op::Space:
    case Op::SpaceStroke: {
        if (!first)
            break;
        const bool fills = code == Op::Space;
        QPDFObjectHandle space = colourSpaceFromOperand(*first, stream, inheritedNames);
        (fills ? current.fillSpace : current.strokeSpace) = space;
        const QByteArray family = familyOf(space);
        if (space.isName() && (family == "DeviceGray" || family == "DeviceRGB" || family == "DeviceCMYK"))
            useDeviceSpace(family.constData(), stream, fills ? fill() : strokeText());
        else
            useColourSpace(space, stream, fills ? fill() : strokeText());
        break;
    }
    case Op::Pattern:
    case Op::PatternStroke:
        if (last && last->type == Operand::Type::Name)
            usePattern(resource(stream, "/Pattern", last->bytes, inheritedNames), stream);
        break;
    case Op::Shade:
        if (nameFirst)
            useShading(resource(stream, "/Shading", first->bytes, inheritedNames), stream);
        break;
    case Op::Draw:
        if (nameFirst)
            useXObject(resource(stream, "/XObject", first->bytes, inheritedNames), stream);
        break;
    case Op::InlineImage:
        useImage(toObject(token.operand), stream, true);
        break;
    case Op::State:
        if (nameFirst)
            useExtGState(resource(stream, "/ExtGState", first->bytes, inheritedNames), stream);
        break;
    case Op::Intent:
        if (nameFirst && m_validation.wants<RenderingIntentSubject>())
            m_validation.check(RenderingIntentSubject{where(stream), first->bytes});
        break;
    case Op::Font:
        if (nameFirst) {
            current.font = resource(stream, "/Font", first->bytes, inheritedNames);
            useFont(current.font, stream);
        }
        break;
    case Op::RenderingMode:
        if (first && first->type == Operand::Type::Number)
            current.renderingMode = int(first->number);
        break;
    case Op::ShowText: {
        if (!current.font.isDictionary() || !last)
            break;
        TextShowEvent event;
        event.font = current.font;
        event.renderingMode = current.renderingMode;
        event.where = where(stream);
        if (last->type == Operand::Type::String) {
            event.bytes = last->bytes;
        } else if (last->type == Operand::Type::Array) {
            for (const Operand &item : last->items)
                if (item.type == Operand::Type::String)
                    event.bytes.append(item.bytes);
        }
        if (!event.bytes.isEmpty() && m_facts.textShown.size() < 200000)
            m_facts.textShown.append(event);
        break;
    }
    case Op::Properties: {
        if (operands.size() < 2)
            break;
        // Properties inline, or named in the resources' /Properties.
        QPDFObjectHandle properties = operands.at(1).type == Operand::Type::Name
                                          ? resource(stream, "/Properties", operands.at(1).bytes, inheritedNames)
                                          : toObject(operands.at(1));
        if (!properties.isDictionary())
            break;
        QPDFObjectHandle mcid = properties.getKey("/MCID");
        if (mcid.isInteger() && stream.page > 0)
            m_facts.markedContentIds[stream.page].insert(int(mcid.getIntValue()));
        QPDFObjectHandle lang = properties.getKey("/Lang");
        if (lang.isString())
            m_facts.markedContentLanguages.append({QString::fromStdString(lang.getUTF8Value()), where(stream)});
        break;
    }
    default:
        break;
    }
}

} // namespace granska::pdfa
