// Graphics states and rendering intents: ISO 19005-1 6.2.8 and 6.2.9; ISO 19005-2/-3 6.2.5 and
// 6.2.6 (with the intent checks the test corpus files under 6.2.2 and 6.2.8.1). Device-specific
// transfer functions and halftone tricks would make the page look different on each output
// device; rendering intents must be ones every reader knows.
#include "Graphics.h"

#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"
#include "pdfa/colour/GraphicsSubjects.h"
#include "pdfa/colour/PdfValues.h"

#include <QCoreApplication>

namespace granska::pdfa {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::GraphicsState)
};

using colour::dictOf;
using colour::isOneOf;
using colour::nameOf;

bool noTransferFunction(const ExtGStateSubject &s, Failure &)
{
    return !s.extGState.hasKey("/TR");
}

bool transferFunction2Default(const ExtGStateSubject &s, Failure &)
{
    return !s.extGState.hasKey("/TR2") || s.extGState.getKey("/TR2").isNameAndEquals("/Default");
}

bool noHalftonePhase(const ExtGStateSubject &s, Failure &)
{
    return !s.extGState.hasKey("/HTP");
}

// The halftone of a graphics state and, for a type 5 halftone, its per-colorant halftones with
// the colorant names (empty for the top-level halftone).
QList<std::pair<QPDFObjectHandle, QByteArray>> halftonesOf(const ExtGStateSubject &s)
{
    QList<std::pair<QPDFObjectHandle, QByteArray>> halftones;
    QPDFObjectHandle top = dictOf(s.extGState.getKey("/HT"));
    if (!top.isDictionary())
        return halftones;
    halftones.append({top, QByteArray()});
    QPDFObjectHandle type = top.getKey("/HalftoneType");
    if (type.isInteger() && type.getIntValue() == 5) {
        for (const std::string &key : top.getKeys()) {
            if (key == "/Type" || key == "/HalftoneType" || key == "/HalftoneName")
                continue;
            QPDFObjectHandle component = dictOf(top.getKey(key));
            if (component.isDictionary() && halftones.size() < 256)
                halftones.append({component, QByteArray::fromStdString(key).mid(1)});
        }
    }
    return halftones;
}

bool halftoneTypes(const ExtGStateSubject &s, Failure &f)
{
    for (auto [halftone, colorant] : halftonesOf(s)) {
        QPDFObjectHandle type = halftone.getKey("/HalftoneType");
        if (!(type.isInteger() && (type.getIntValue() == 1 || type.getIntValue() == 5))) {
            f.arg(type.isInitialized() && !type.isNull() ? QString::fromStdString(type.unparse()) : Tr::tr("missing"));
            return false;
        }
    }
    return true;
}

bool halftoneUnnamed(const ExtGStateSubject &s, Failure &)
{
    for (auto [halftone, colorant] : halftonesOf(s))
        if (halftone.hasKey("/HalftoneName"))
            return false;
    return true;
}

// ISO 32000-1, Table 130: a halftone's TransferFunction belongs only to the component halftones of
// non-primary colorants, and there it is required. Halftones screen printing inks, so the
// primaries are the process inks; Red, Green and Blue screens count as non-primary (as in
// veraPDF and the test corpus).
bool halftoneTransferFunctions(const ExtGStateSubject &s, Failure &f)
{
    for (auto [halftone, colorant] : halftonesOf(s)) {
        if (colorant == "Default")
            continue;
        const bool primary = colorant.isEmpty() || isOneOf(colorant, {"Cyan", "Magenta", "Yellow", "Black"});
        const bool present = halftone.hasKey("/TransferFunction");
        if (primary == present) {
            f.arg(colorant.isEmpty() ? Tr::tr("the halftone") : Tr::tr("the halftone for %1").arg(QString::fromLatin1(colorant)));
            return false;
        }
    }
    return true;
}

// --- rendering intents ------------------------------------------------------------------------------

bool standardIntent(const QByteArray &intent)
{
    return isOneOf(intent, {"RelativeColorimetric", "AbsoluteColorimetric", "Perceptual", "Saturation"});
}

bool intentKnown(const RenderingIntentUseSubject &s, Failure &f)
{
    f.arg(QString::fromLatin1(s.intent));
    return standardIntent(s.intent);
}

bool operatorIntentKnown(const RenderingIntentUseSubject &s, Failure &f)
{
    return s.source != RenderingIntentUseSubject::Source::Operator || intentKnown(s, f);
}

bool imageIntentKnown(const RenderingIntentUseSubject &s, Failure &f)
{
    return s.source != RenderingIntentUseSubject::Source::Image || intentKnown(s, f);
}

bool graphicsStateIntentKnown(const RenderingIntentUseSubject &s, Failure &f)
{
    return s.source != RenderingIntentUseSubject::Source::ExtGState || intentKnown(s, f);
}

const Rule<ExtGStateSubject> kExtGStateRules[] = {
    {P1, "6.2.8", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A graphics state sets a transfer function (TR)."),
     noTransferFunction},
    {P1, "6.2.8", 2, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A graphics state sets a transfer function (TR2) other than Default."),
     transferFunction2Default},
    {P23, "6.2.5", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A graphics state sets a transfer function (TR)."),
     noTransferFunction},
    {P23, "6.2.5", 2, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A graphics state sets a transfer function (TR2) other than Default."),
     transferFunction2Default},
    {P23, "6.2.5", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A graphics state sets a halftone phase (HTP)."),
     noHalftonePhase},
    {P23, "6.2.5", 4, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A halftone has the type %1; only types 1 and 5 are allowed."), halftoneTypes},
    {P23, "6.2.5", 5, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A halftone names a device-specific halftone (HalftoneName)."),
     halftoneUnnamed},
    {P23, "6.2.5", 6, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "A halftone transfer function is misused in %1: only halftones of spot colorants have one, and they must."),
     halftoneTransferFunctions},
};

const Rule<RenderingIntentUseSubject> kIntentRules[] = {
    {P1, "6.2.9", 1, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "The rendering intent %1 is not one of RelativeColorimetric, AbsoluteColorimetric, Perceptual or Saturation."),
     intentKnown},
    {P23, "6.2.6", 1, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "A graphics state names the rendering intent %1, which is not one of RelativeColorimetric, "
                       "AbsoluteColorimetric, Perceptual or Saturation."),
     graphicsStateIntentKnown},
    // veraPDF reports every unknown intent under 6.2.6 t1. The operator's operand is a content
    // stream matter and an image's Intent an image matter in ISO 19005-2 and the test corpus.
    {P23, "6.2.2", 3, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "The ri operator names the rendering intent %1, which ISO 32000-1 does not define."),
     operatorIntentKnown},
    {P23, "6.2.8.1", 6, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "An image names the rendering intent %1 (Intent), which ISO 32000-1 does not define."),
     imageIntentKnown},
};

} // namespace

void registerGraphicsStateRules(Registry &registry)
{
    registry.add(kExtGStateRules);
    registry.add(kIntentRules);
}

} // namespace granska::pdfa
