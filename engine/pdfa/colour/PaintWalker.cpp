#include "PaintWalker.h"

#include "PdfValues.h"
#include "pdf/PdfDocument.h"
#include "pdfa/Validation.h"

#include <QCoreApplication>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace granska::pdfa::colour {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::colour::PaintWalker)
};

constexpr int kMaxDepth = 24;          // forms within forms within patterns ...
constexpr int kMaxChildWalks = 20000;  // distinct (stream, inherited state) pairs per document
constexpr int kMaxPageTreeDepth = 64;
constexpr int kTokensBetweenBudgetChecks = 4096;
constexpr int kMaxSpaceDepth = 8;

using Role = ColourUseSubject::Role;

QPDFObjectHandle objectFromOperand(const Operand &operand, int depth = 0)
{
    if (depth > 16)
        return QPDFObjectHandle::newNull();
    switch (operand.type) {
    case Operand::Type::Boolean: return QPDFObjectHandle::newBool(operand.boolean);
    case Operand::Type::Number:
        return operand.isInteger ? QPDFObjectHandle::newInteger(qint64(operand.number)) : QPDFObjectHandle::newReal(operand.number, 6);
    case Operand::Type::Name: return QPDFObjectHandle::newName("/" + operand.bytes.toStdString());
    case Operand::Type::String: return QPDFObjectHandle::newString(operand.bytes.toStdString());
    case Operand::Type::Array: {
        QPDFObjectHandle array = QPDFObjectHandle::newArray();
        for (const Operand &item : operand.items)
            array.appendItem(objectFromOperand(item, depth + 1));
        return array;
    }
    case Operand::Type::Dictionary: {
        QPDFObjectHandle dict = QPDFObjectHandle::newDictionary();
        for (const auto &[key, value] : operand.entries)
            dict.replaceKey("/" + key.toStdString(), objectFromOperand(value, depth + 1));
        return dict;
    }
    default: return QPDFObjectHandle::newNull();
    }
}

// Whether an ExtGState makes what follows transparent; `what` says how, in plain words.
bool extGStateIsTransparent(QPDFObjectHandle gs, QString &what)
{
    QPDFObjectHandle smask = gs.getKey("/SMask");
    if (smask.isDictionary()) {
        what = Tr::tr("a soft mask in a graphics state");
        return true;
    }
    for (const char *key : {"/CA", "/ca"}) {
        const std::optional<double> alpha = numberOf(gs.getKey(key));
        if (alpha && *alpha < 1.0 - 1e-6) {
            what = Tr::tr("a constant opacity of %1 in a graphics state").arg(*alpha);
            return true;
        }
    }
    QPDFObjectHandle bm = gs.getKey("/BM");
    QByteArray mode = nameOf(bm);
    if (bm.isArray() && bm.getArrayNItems() > 0)
        mode = nameOf(bm.getArrayItem(0));
    if (!mode.isEmpty() && mode != "Normal" && mode != "Compatible") {
        what = Tr::tr("the blend mode %1").arg(QString::fromLatin1(mode));
        return true;
    }
    return false;
}

} // namespace

PaintWalker::PaintWalker(Validation &validation) : m_validation(validation)
{
    m_wantsUses = validation.wants<ColourUseSubject>() || validation.wants<InputProfileSubject>()
                  || validation.wants<DeviceColourSummarySubject>();
}

// --- document and pages -------------------------------------------------------------------------

void PaintWalker::walkDocument()
{
    int number = 0;
    for (QPDFPageObjectHelper &helper : QPDFPageDocumentHelper(m_validation.qpdf()).getAllPages()) {
        ++number;
        m_validation.budget().check();
        walkPage(helper.getObjectHandle(), number);
    }
    if (m_validation.wants<DeviceColourSummarySubject>()) {
        QPDFObjectHandle catalog = m_validation.qpdf().getRoot();
        m_summary.where = m_validation.locate(catalog.isIndirect() ? catalog.getObjGen() : QPDFObjGen(), 0, Tr::tr("document catalog"));
        m_validation.check(m_summary);
    }
}

void PaintWalker::walkPage(QPDFObjectHandle page, int number)
{
    Frame frame;
    frame.owner = page;
    frame.page = number;
    frame.context = Tr::tr("page %1 content").arg(number);
    frame.where = m_validation.locate(page.isIndirect() ? page.getObjGen() : QPDFObjGen(), number, frame.context);
    // Resources are inheritable through the page tree (ISO 32000-1, 7.7.3.4).
    int depth = 0;
    for (QPDFObjectHandle node = page; node.isDictionary() && depth < kMaxPageTreeDepth; ++depth) {
        if (node.hasKey("/Resources")) {
            frame.resources = node.getKey("/Resources");
            frame.borrowed = depth > 0;
            break;
        }
        node = node.getKey("/Parent");
    }

    m_transparency = false;
    m_firstTransparency.clear();
    // The page group only says how the page is blended; it does not make the page transparent.
    useGroup(page.getKey("/Group"), frame, Tr::tr("page %1").arg(number), false);

    QByteArray data;
    QPDFObjectHandle contents = page.getKey("/Contents");
    std::vector<QPDFObjectHandle> parts;
    if (contents.isStream())
        parts.push_back(contents);
    else if (contents.isArray())
        parts = contents.getArrayAsVector();
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
    run(data, frame, initialState(frame));

    QPDFObjectHandle annots = page.getKey("/Annots");
    if (annots.isArray()) {
        for (QPDFObjectHandle annotation : annots.getArrayAsVector())
            if (annotation.isDictionary())
                walkAnnotation(annotation, frame);
    }

    if (m_validation.wants<PageTransparencySubject>()) {
        PageTransparencySubject subject;
        subject.where = m_validation.locate(page.isIndirect() ? page.getObjGen() : QPDFObjGen(), number, Tr::tr("page %1").arg(number));
        subject.page = page;
        subject.transparent = m_transparency;
        subject.firstTransparency = m_firstTransparency;
        m_validation.check(subject);
    }
}

void PaintWalker::walkAnnotation(QPDFObjectHandle annotation, const Frame &pageFrame)
{
    const std::optional<double> opacity = numberOf(annotation.getKey("/CA"));
    if (opacity && *opacity < 1.0 - 1e-6)
        markTransparent(Tr::tr("an annotation with an opacity of %1").arg(*opacity));
    QPDFObjectHandle ap = annotation.getKey("/AP");
    if (!ap.isDictionary())
        return;
    const QString context = Tr::tr("appearance of annotation %1").arg(annotation.isIndirect() ? annotation.getObjectID() : 0);
    std::vector<QPDFObjectHandle> appearances;
    for (const char *key : {"/N", "/R", "/D"}) {
        QPDFObjectHandle appearance = ap.getKey(key);
        if (appearance.isStream()) {
            appearances.push_back(appearance);
        } else if (appearance.isDictionary()) {
            for (const std::string &state : appearance.getKeys())
                if (appearance.getKey(state).isStream())
                    appearances.push_back(appearance.getKey(state));
        }
    }
    for (QPDFObjectHandle appearance : appearances) {
        Frame parent = pageFrame;
        parent.resources = QPDFObjectHandle(); // appearance streams carry their own resources
        QPDFObjectHandle dict = appearance.getDict();
        useGroup(dict.getKey("/Group"), parent, Tr::tr("an annotation appearance"), true);
        Frame probe = parent;
        probe.resources = dict.getKey("/Resources");
        walkChild(appearance, dict.getKey("/Resources"), parent, initialState(probe), context);
    }
}

// --- streams ------------------------------------------------------------------------------------

void PaintWalker::walkChild(QPDFObjectHandle stream, QPDFObjectHandle resources, const Frame &parent, const PaintState &state,
                            const QString &context)
{
    if (!stream.isStream() || parent.depth >= kMaxDepth)
        return;
    // A stream drawn again in the same state paints the same colours: walk it once, remember
    // whether it holds transparency for the pages that draw it later.
    const QByteArray key = QByteArray::number(stream.getObjectID()) + ' ' + QByteArray::number(stream.getGeneration()) + '|'
                           + stateKey(state);
    const auto walked = m_walkedChildren.constFind(key);
    if (walked != m_walkedChildren.constEnd()) {
        if (*walked)
            markTransparent(Tr::tr("transparency in %1").arg(context));
        return;
    }
    if (m_walks >= kMaxChildWalks)
        return;
    ++m_walks;
    m_walkedChildren.insert(key, false); // also stops a stream that draws itself

    Frame frame;
    frame.owner = stream;
    // A stream without resources of its own resolves names in its parent's (deprecated).
    frame.resources = resources.isDictionary() ? resources : parent.resources;
    frame.borrowed = !resources.isDictionary();
    frame.page = parent.page;
    frame.depth = parent.depth + 1;
    frame.context = context;
    frame.where = m_validation.locate(stream.isIndirect() ? stream.getObjGen() : QPDFObjGen(), parent.page, context);

    const bool outerTransparency = m_transparency;
    m_transparency = false;
    const std::optional<QByteArray> data = m_validation.document().decodedStream(stream, m_validation.budget());
    if (data)
        run(*data, frame, state);
    m_walkedChildren.insert(key, m_transparency);
    m_transparency = m_transparency || outerTransparency;
}

void PaintWalker::run(QByteArrayView data, const Frame &outer, PaintState state)
{
    QStringList borrowedNames;
    Frame frame = outer;
    frame.borrowedNames = &borrowedNames;
    ContentLexer lexer(data);
    ContentToken token;
    QList<Operand> operands;
    QList<PaintState> states{std::move(state)};
    int sinceCheck = 0;
    while (lexer.next(token)) {
        if (++sinceCheck == kTokensBetweenBudgetChecks) {
            sinceCheck = 0;
            m_validation.budget().check();
        }
        if (!token.isOperator) {
            if (operands.size() < 64)
                operands.append(std::move(token.operand));
            continue;
        }
        handle(token.op, operands, token, frame, states);
        operands.clear();
    }
    if (!borrowedNames.isEmpty() && m_validation.wants<InheritedResourcesSubject>())
        m_validation.check(InheritedResourcesSubject{frame.where, borrowedNames});
}

namespace {

enum class Op { Other, Save, Restore, Gray, GrayStroke, Rgb, RgbStroke, Cmyk, CmykStroke, Space, SpaceStroke, Pattern, PatternStroke,
                Fill, Stroke, FillStroke, ShowText, Shade, Draw, InlineImage, State, Font, RenderingMode, Properties, Intent };

// One hash lookup per operator instead of a chain of comparisons: content streams are long.
Op opCode(QByteArrayView op)
{
    static const QHash<QByteArray, Op> codes = {
        {"q", Op::Save}, {"Q", Op::Restore}, {"g", Op::Gray}, {"G", Op::GrayStroke}, {"rg", Op::Rgb}, {"RG", Op::RgbStroke},
        {"k", Op::Cmyk}, {"K", Op::CmykStroke}, {"cs", Op::Space}, {"CS", Op::SpaceStroke}, {"scn", Op::Pattern},
        {"SCN", Op::PatternStroke}, {"f", Op::Fill}, {"F", Op::Fill}, {"f*", Op::Fill}, {"S", Op::Stroke}, {"s", Op::Stroke},
        {"B", Op::FillStroke}, {"B*", Op::FillStroke}, {"b", Op::FillStroke}, {"b*", Op::FillStroke}, {"Tj", Op::ShowText},
        {"TJ", Op::ShowText}, {"'", Op::ShowText}, {"\"", Op::ShowText}, {"sh", Op::Shade}, {"Do", Op::Draw},
        {"BI", Op::InlineImage}, {"gs", Op::State}, {"Tf", Op::Font}, {"Tr", Op::RenderingMode}, {"BDC", Op::Properties},
        {"DP", Op::Properties}, {"ri", Op::Intent}};
    return codes.value(QByteArray::fromRawData(op.data(), op.size()), Op::Other); // no copy
}

} // namespace

void PaintWalker::handle(QByteArrayView op, const QList<Operand> &operands, const ContentToken &token, const Frame &frame,
                         QList<PaintState> &states)
{
    const Op code = opCode(op);
    if (code == Op::Other)
        return;
    if (code == Op::Save) {
        if (states.size() < 256)
            states.append(states.last());
        return;
    }
    if (code == Op::Restore) {
        if (states.size() > 1)
            states.removeLast();
        return;
    }
    PaintState &state = states.last();
    const Operand *first = operands.isEmpty() ? nullptr : &operands.first();
    const Operand *last = operands.isEmpty() ? nullptr : &operands.last();
    const bool nameFirst = first && first->type == Operand::Type::Name;

    switch (code) {
    case Op::Gray:
    case Op::GrayStroke:
    case Op::Rgb:
    case Op::RgbStroke:
    case Op::Cmyk:
    case Op::CmykStroke: {
        const bool stroke = code == Op::GrayStroke || code == Op::RgbStroke || code == Op::CmykStroke;
        const QByteArray family = (code == Op::Gray || code == Op::GrayStroke) ? QByteArrayLiteral("DeviceGray")
                                  : (code == Op::Rgb || code == Op::RgbStroke) ? QByteArrayLiteral("DeviceRGB")
                                                                               : QByteArrayLiteral("DeviceCMYK");
        setSpace(state, stroke, deviceSpace(family, frame));
        select(stroke, frame, state);
        break;
    }
    case Op::Space:
    case Op::SpaceStroke: {
        if (!nameFirst)
            break;
        const bool stroke = code == Op::SpaceStroke;
        QPDFObjectHandle space = first->bytes == "Pattern" || isDeviceFamily(first->bytes)
                                     ? QPDFObjectHandle::newName("/" + first->bytes.toStdString())
                                     : resource(frame, "/ColorSpace", first->bytes);
        setSpace(state, stroke, resolveSpace(space, frame));
        (stroke ? state.strokePattern : state.fillPattern) = QPDFObjectHandle();
        select(stroke, frame, state);
        break;
    }
    case Op::Pattern:
    case Op::PatternStroke:
        if (last && last->type == Operand::Type::Name)
            (code == Op::PatternStroke ? state.strokePattern : state.fillPattern) = resource(frame, "/Pattern", last->bytes);
        break;
    case Op::Fill:
        paint(false, frame, state, UsedBy{QT_TRANSLATE_NOOP("granska::pdfa::colour::PaintWalker", "path fill")});
        break;
    case Op::Stroke:
        paint(true, frame, state, UsedBy{QT_TRANSLATE_NOOP("granska::pdfa::colour::PaintWalker", "path stroke")});
        break;
    case Op::FillStroke:
        paint(false, frame, state, UsedBy{QT_TRANSLATE_NOOP("granska::pdfa::colour::PaintWalker", "path fill")});
        paint(true, frame, state, UsedBy{QT_TRANSLATE_NOOP("granska::pdfa::colour::PaintWalker", "path stroke")});
        break;
    case Op::ShowText: {
        // The rendering mode says which colours text is painted with (ISO 32000-1, Table 106).
        const int mode = state.renderingMode;
        if (mode == 0 || mode == 2 || mode == 4 || mode == 6)
            paint(false, frame, state, UsedBy{QT_TRANSLATE_NOOP("granska::pdfa::colour::PaintWalker", "text fill")});
        if (mode == 1 || mode == 2 || mode == 5 || mode == 6)
            paint(true, frame, state, UsedBy{QT_TRANSLATE_NOOP("granska::pdfa::colour::PaintWalker", "text stroke")});
        if (state.fontIsType3)
            useType3Glyphs(state.font, frame, state);
        break;
    }
    case Op::Shade:
        if (nameFirst)
            useShading(resource(frame, "/Shading", first->bytes), frame, state);
        break;
    case Op::Draw: {
        if (!nameFirst)
            break;
        QPDFObjectHandle xobject = resource(frame, "/XObject", first->bytes);
        if (!xobject.isStream())
            break;
        QPDFObjectHandle subtype = xobject.getDict().getKey("/Subtype");
        if (subtype.isNameAndEquals("/Image"))
            useImage(xobject, frame, state, false);
        else if (subtype.isNameAndEquals("/Form"))
            useForm(xobject, frame, state);
        break;
    }
    case Op::InlineImage:
        useImage(objectFromOperand(token.operand), frame, state, true);
        break;
    case Op::State:
        if (nameFirst)
            useExtGState(resource(frame, "/ExtGState", first->bytes), frame, state);
        break;
    case Op::Font:
        if (nameFirst) {
            state.font = resource(frame, "/Font", first->bytes);
            state.fontIsType3 = state.font.isDictionary() && state.font.getKey("/Subtype").isNameAndEquals("/Type3");
        }
        break;
    case Op::RenderingMode:
        if (first && first->type == Operand::Type::Number)
            state.renderingMode = int(first->number);
        break;
    case Op::Properties:
        // Only to learn whether the name resolves in borrowed resources.
        if (operands.size() >= 2 && operands.at(1).type == Operand::Type::Name)
            resource(frame, "/Properties", operands.at(1).bytes);
        break;
    case Op::Intent:
        if (nameFirst)
            useRenderingIntent(objectFromOperand(*first), frame, RenderingIntentUseSubject::Source::Operator);
        break;
    default:
        break;
    }
}

void PaintWalker::setSpace(PaintState &state, bool stroke, QPDFObjectHandle space)
{
    (stroke ? state.stroke : state.fill) = space;
    (stroke ? state.strokeKey : state.fillKey) = keyOf(space);
    (stroke ? state.strokeFamily : state.fillFamily) = familyOf(space);
}

// --- what the content draws -----------------------------------------------------------------------

void PaintWalker::select(bool stroke, const Frame &frame, const PaintState &state)
{
    QPDFObjectHandle space = stroke ? state.stroke : state.fill;
    if ((stroke ? state.strokeFamily : state.fillFamily) != "Pattern")
        emitUse(space, stroke ? state.strokeKey : state.fillKey, Role::Direct, stroke, false, state, frame,
                UsedBy{stroke ? QT_TRANSLATE_NOOP("granska::pdfa::colour::PaintWalker", "stroke colour") : QT_TRANSLATE_NOOP("granska::pdfa::colour::PaintWalker", "fill colour")});
}

void PaintWalker::paint(bool stroke, const Frame &frame, const PaintState &state, const UsedBy &usedBy)
{
    QPDFObjectHandle space = stroke ? state.stroke : state.fill;
    if ((stroke ? state.strokeFamily : state.fillFamily) != "Pattern") {
        emitUse(space, stroke ? state.strokeKey : state.fillKey, Role::Direct, stroke, true, state, frame, usedBy);
        return;
    }
    QPDFObjectHandle pattern = stroke ? state.strokePattern : state.fillPattern;
    QPDFObjectHandle dict = dictOf(pattern);
    if (!dict.isDictionary())
        return;
    QPDFObjectHandle gs = dict.getKey("/ExtGState");
    if (gs.isDictionary()) {
        PaintState patternState = state;
        useExtGState(gs, frame, patternState);
    }
    QPDFObjectHandle type = dict.getKey("/PatternType");
    if (type.isInteger() && type.getIntValue() == 2) {
        useShading(dict.getKey("/Shading"), frame, state);
        return;
    }
    if (!pattern.isStream())
        return;
    const QString context = Tr::tr("tiling pattern %1").arg(pattern.getObjectID());
    QPDFObjectHandle resources = dict.getKey("/Resources");
    Frame probe = frame;
    probe.resources = resources.isDictionary() ? resources : frame.resources;
    QPDFObjectHandle paintType = dict.getKey("/PaintType");
    if (paintType.isInteger() && paintType.getIntValue() == 2) {
        // An uncoloured pattern paints in the underlying space of [/Pattern base].
        PaintState inner = initialState(probe);
        if (space.isArray() && space.getArrayNItems() > 1) {
            QPDFObjectHandle base = resolveSpace(space.getArrayItem(1), frame);
            emitUse(base, keyOf(base), Role::Direct, stroke, true, state, frame, usedBy);
            setSpace(inner, false, base);
            setSpace(inner, true, base);
        }
        walkChild(pattern, resources, frame, inner, context);
    } else {
        // A coloured pattern's cell starts from the graphics state of its definition.
        walkChild(pattern, resources, frame, initialState(probe), context);
    }
}

void PaintWalker::useImage(QPDFObjectHandle image, const Frame &frame, const PaintState &state, bool isInline)
{
    QPDFObjectHandle dict = dictOf(image);
    if (!dict.isDictionary())
        return;
    auto key = [&](const char *full, const char *abbreviated) {
        if (dict.hasKey(full) || !isInline)
            return dict.getKey(full);
        return dict.getKey(abbreviated);
    };
    if (isTrue(key("/ImageMask", "/IM"))) {
        // A stencil mask paints the current fill colour through its shape.
        paint(false, frame, state, UsedBy{QT_TRANSLATE_NOOP("granska::pdfa::colour::PaintWalker", "image mask")});
    } else {
        QPDFObjectHandle space = key("/ColorSpace", "/CS");
        if (space.isName() && isInline && !isDeviceFamily(familyOf(space)) && familyOf(space) != "Indexed")
            space = resource(frame, "/ColorSpace", nameOf(space));
        if (space.isInitialized() && !space.isNull()) {
            space = resolveSpace(space, frame);
            emitUse(space, keyOf(space), Role::Direct, false, true, state, frame, UsedBy{isInline ? QT_TRANSLATE_NOOP("granska::pdfa::colour::PaintWalker", "inline image") : QT_TRANSLATE_NOOP("granska::pdfa::colour::PaintWalker", "image")});
        }
    }
    useRenderingIntent(dict.getKey("/Intent"), frame, RenderingIntentUseSubject::Source::Image);
    if (dict.getKey("/SMask").isStream())
        markTransparent(Tr::tr("an image with a soft mask"));
    const std::optional<double> smaskInData = numberOf(dict.getKey("/SMaskInData"));
    if (smaskInData && *smaskInData > 0)
        markTransparent(Tr::tr("a JPEG 2000 image with transparency data"));
}

void PaintWalker::useShading(QPDFObjectHandle shading, const Frame &frame, const PaintState &state)
{
    QPDFObjectHandle dict = dictOf(shading);
    if (!dict.isDictionary())
        return;
    QPDFObjectHandle space = resolveSpace(dict.getKey("/ColorSpace"), frame);
    emitUse(space, keyOf(space), Role::Direct, false, true, state, frame, UsedBy{QT_TRANSLATE_NOOP("granska::pdfa::colour::PaintWalker", "shading")});
}

void PaintWalker::useGroup(QPDFObjectHandle group, const Frame &frame, const QString &owner, bool marksTransparency)
{
    if (!group.isDictionary())
        return;
    const QByteArray groupKey = group.isIndirect() ? 'R' + QByteArray::number(group.getObjectID())
                                                   : owner.toUtf8() + '@' + QByteArray::number(frame.where.objectNumber);
    if (m_groupsReported.contains(groupKey)) {
        if (marksTransparency && group.getKey("/S").isNameAndEquals("/Transparency"))
            markTransparent(Tr::tr("the transparency group of %1").arg(owner));
        return;
    }
    m_groupsReported.insert(groupKey);
    if (m_validation.wants<GroupSubject>()) {
        const ObjectLocation at = group.isIndirect() ? m_validation.locate(group.getObjGen(), frame.page, frame.context) : frame.where;
        m_validation.check(GroupSubject{at, group, owner});
    }
    if (!group.getKey("/S").isNameAndEquals("/Transparency"))
        return;
    if (marksTransparency)
        markTransparent(Tr::tr("the transparency group of %1").arg(owner));
    QPDFObjectHandle space = group.getKey("/CS");
    if (space.isInitialized() && !space.isNull())
        emitUse(space, keyOf(space), Role::BlendingSpace, false, false, PaintState{}, frame,
                UsedBy{QT_TRANSLATE_NOOP("granska::pdfa::colour::PaintWalker", "the blending colour space of %1"), owner});
}

void PaintWalker::useRenderingIntent(QPDFObjectHandle intent, const Frame &frame, RenderingIntentUseSubject::Source source)
{
    if (!intent.isName() || !m_validation.wants<RenderingIntentUseSubject>())
        return;
    const QByteArray name = nameOf(intent);
    const QByteArray key = QByteArray::number(frame.where.objectNumber) + '/' + QByteArray::number(frame.page) + '|'
                           + char('0' + int(source)) + name;
    if (m_intentsReported.contains(key))
        return;
    m_intentsReported.insert(key);
    m_validation.check(RenderingIntentUseSubject{frame.where, name, source});
}

void PaintWalker::useForm(QPDFObjectHandle form, const Frame &frame, const PaintState &state)
{
    QPDFObjectHandle dict = form.getDict();
    useGroup(dict.getKey("/Group"), frame, Tr::tr("form XObject %1").arg(form.getObjectID()), true);
    walkChild(form, dict.getKey("/Resources"), frame, state, Tr::tr("form XObject %1").arg(form.getObjectID()));
}

void PaintWalker::useExtGState(QPDFObjectHandle gs, const Frame &frame, PaintState &state)
{
    if (!gs.isDictionary())
        return;
    QPDFObjectHandle op = gs.getKey("/OP");
    if (op.isBool()) {
        state.overprintStroke = op.getBoolValue();
        // op defaults to OP when only OP is given (ISO 32000-1, Table 58).
        if (!gs.hasKey("/op"))
            state.overprintFill = op.getBoolValue();
    }
    if (gs.getKey("/op").isBool())
        state.overprintFill = gs.getKey("/op").getBoolValue();
    if (gs.getKey("/OPM").isInteger())
        state.overprintMode = int(gs.getKey("/OPM").getIntValue());

    useRenderingIntent(gs.getKey("/RI"), frame, RenderingIntentUseSubject::Source::ExtGState);
    QString what;
    if (extGStateIsTransparent(gs, what))
        markTransparent(what);
    QPDFObjectHandle smask = gs.getKey("/SMask");
    if (smask.isDictionary()) {
        QPDFObjectHandle group = smask.getKey("/G");
        if (group.isStream()) {
            QPDFObjectHandle groupDict = group.getDict().getKey("/Group");
            if (groupDict.isDictionary()) {
                QPDFObjectHandle space = groupDict.getKey("/CS");
                if (space.isInitialized() && !space.isNull())
                    emitUse(space, keyOf(space), Role::BlendingSpace, false, false, PaintState{}, frame,
                            UsedBy{QT_TRANSLATE_NOOP("granska::pdfa::colour::PaintWalker", "soft mask group")});
            }
            Frame probe = frame;
            QPDFObjectHandle resources = group.getDict().getKey("/Resources");
            probe.resources = resources.isDictionary() ? resources : frame.resources;
            walkChild(group, resources, frame, initialState(probe), Tr::tr("soft mask %1").arg(group.getObjectID()));
        }
    }
}

void PaintWalker::useType3Glyphs(QPDFObjectHandle font, const Frame &frame, const PaintState &state)
{
    QPDFObjectHandle procs = font.getKey("/CharProcs");
    if (!procs.isDictionary())
        return;
    // Text shows glyphs of the same font again and again: the glyph set once per state.
    const QByteArray key = (font.isIndirect() ? QByteArray::number(font.getObjectID()) : QByteArray::number(frame.where.objectNumber) + 'd')
                           + '|' + stateKey(state);
    if (m_type3Walked.contains(key)) {
        if (m_type3Transparent.contains(key))
            markTransparent(Tr::tr("transparency in Type 3 glyphs"));
        return;
    }
    m_type3Walked.insert(key);
    const bool outerTransparency = m_transparency;
    m_transparency = false;
    QPDFObjectHandle resources = font.getKey("/Resources");
    for (const std::string &name : procs.getKeys())
        walkChild(procs.getKey(name), resources, frame, state,
                  Tr::tr("Type 3 glyph %1").arg(QString::fromStdString(name).mid(1)));
    if (m_transparency)
        m_type3Transparent.insert(key);
    m_transparency = m_transparency || outerTransparency;
}

// --- reporting ------------------------------------------------------------------------------------

QString PaintWalker::UsedBy::toString() const
{
    const QString words = QCoreApplication::translate("granska::pdfa::colour::PaintWalker", text);
    return arg.isEmpty() ? words : words.arg(arg);
}

void PaintWalker::emitUse(QPDFObjectHandle space, const QByteArray &key, Role role, bool stroke, bool painted, const PaintState &state,
                          const Frame &frame, const UsedBy &usedBy, int depth)
{
    if (depth > kMaxSpaceDepth || !space.isInitialized() || space.isNull() || !m_wantsUses)
        return;
    const bool overprint = painted && (stroke ? state.overprintStroke : state.overprintFill);
    // Each space once per stream and kind of use; the overprint state matters to one rule.
    const int kind = int(role) | (stroke ? 0x10 : 0) | (painted ? 0x20 : 0) | (overprint ? 0x40 : 0) | ((state.overprintMode & 1) << 7);
    const UseKey reportKey{frame.where.objectNumber, frame.page, key, kind};
    if (m_reported.contains(reportKey))
        return;
    m_reported.insert(reportKey);
    const QByteArray family = familyOf(space);
    if (family.isEmpty())
        return;
    if (isDeviceFamily(family) && role != Role::Colorant && !m_summary.deviceColourUsed) {
        m_summary.deviceColourUsed = true;
        m_summary.firstFamily = family;
        m_summary.firstUse = frame.where;
    }
    if (m_validation.wants<ColourUseSubject>()) {
        ColourUseSubject subject;
        subject.where = frame.where;
        subject.space = space;
        subject.family = family;
        subject.role = role;
        subject.stroke = stroke;
        subject.painted = painted;
        subject.overprint = overprint;
        subject.overprintMode = state.overprintMode;
        subject.usedBy = usedBy.toString();
        m_validation.check(subject);
    }

    if (!space.isArray())
        return;
    const int n = space.getArrayNItems();
    if (family == "ICCBased" && n > 1) {
        QPDFObjectHandle profile = space.getArrayItem(1);
        if (profile.isStream() && profile.isIndirect() && !m_profilesReported.contains(profile.getObjGen())) {
            m_profilesReported.insert(profile.getObjGen());
            if (m_validation.wants<InputProfileSubject>())
                m_validation.check(InputProfileSubject{m_validation.locate(profile.getObjGen(), frame.page, Tr::tr("ICC profile")),
                                                       space, profile});
        }
        return;
    }
    if (family == "Indexed" && n > 1) {
        QPDFObjectHandle base = space.getArrayItem(1);
        emitUse(base, keyOf(base), Role::IndexedBase, stroke, painted, state, frame, usedBy, depth + 1);
    } else if ((family == "Separation" || family == "DeviceN") && n > 2) {
        QPDFObjectHandle alternate = space.getArrayItem(2);
        emitUse(alternate, keyOf(alternate), Role::Alternate, stroke, painted, state, frame, usedBy, depth + 1);
        if (family == "DeviceN" && n > 4) {
            QPDFObjectHandle colorants = space.getArrayItem(4).getKeyIfDict("/Colorants");
            if (colorants.isDictionary()) {
                for (const std::string &name : colorants.getKeys()) {
                    QPDFObjectHandle colorant = colorants.getKey(name);
                    emitUse(colorant, keyOf(colorant), Role::Colorant, stroke, painted, state, frame, usedBy, depth + 1);
                }
            }
        }
    }
}

void PaintWalker::markTransparent(const QString &what)
{
    if (!m_transparency && m_firstTransparency.isEmpty())
        m_firstTransparency = what;
    m_transparency = true;
}

// --- resources and colour spaces ------------------------------------------------------------------

QPDFObjectHandle PaintWalker::resource(const Frame &frame, const char *category, const QByteArray &name) const
{
    if (!frame.resources.isDictionary())
        return QPDFObjectHandle::newNull();
    QPDFObjectHandle dict = frame.resources.getKey(category);
    const std::string key = "/" + name.toStdString();
    if (dict.isDictionary() && dict.hasKey(key)) {
        if (frame.borrowed && frame.borrowedNames && !frame.borrowedNames->contains(QString::fromLatin1(name))
            && frame.borrowedNames->size() < 64)
            frame.borrowedNames->append(QString::fromLatin1(name));
        return dict.getKey(key);
    }
    return QPDFObjectHandle::newNull();
}

QPDFObjectHandle PaintWalker::deviceSpace(const QByteArray &family, const Frame &frame) const
{
    // A Default colour space in the current resources replaces the device space wherever that
    // is selected (ISO 32000-1, 8.6.5.6).
    const QByteArray defaultName = family == "DeviceGray" ? "DefaultGray" : family == "DeviceRGB" ? "DefaultRGB" : "DefaultCMYK";
    QPDFObjectHandle replacement = resource(frame, "/ColorSpace", defaultName);
    if (replacement.isArray() || (replacement.isName() && !isDeviceFamily(familyOf(replacement))))
        return replacement;
    return QPDFObjectHandle::newName("/" + family.toStdString());
}

QPDFObjectHandle PaintWalker::resolveSpace(QPDFObjectHandle space, const Frame &frame) const
{
    if (space.isName()) {
        const QByteArray family = familyOf(space);
        if (isDeviceFamily(family))
            return deviceSpace(family, frame);
    }
    return space;
}

QByteArray PaintWalker::keyOf(QPDFObjectHandle space)
{
    if (!space.isInitialized() || space.isNull())
        return {};
    if (space.isIndirect())
        return 'R' + QByteArray::number(space.getObjectID()) + '_' + QByteArray::number(space.getGeneration());
    if (space.isName())
        return QByteArray::fromStdString(space.getName());
    return QByteArray::fromStdString(space.unparse());
}

QByteArray PaintWalker::stateKey(const PaintState &state)
{
    auto patternKey = [](QPDFObjectHandle pattern) {
        return pattern.isInitialized() && pattern.isIndirect() ? QByteArray::number(pattern.getObjectID()) : QByteArray();
    };
    return state.fillKey + '|' + state.strokeKey + '|' + patternKey(state.fillPattern) + '|' + patternKey(state.strokePattern) + '|'
           + char('0' + (state.renderingMode & 7)) + (state.overprintFill ? 'o' : '-') + (state.overprintStroke ? 'O' : '-')
           + char('0' + (state.overprintMode & 1));
}

PaintWalker::PaintState PaintWalker::initialState(const Frame &frame) const
{
    PaintState state;
    QPDFObjectHandle gray = deviceSpace("DeviceGray", frame);
    setSpace(state, false, gray);
    setSpace(state, true, gray);
    return state;
}

} // namespace granska::pdfa::colour
