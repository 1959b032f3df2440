// Annotations: ISO 19005-1 6.5 (and 6.9 t2 for widget appearances); ISO 19005-2/3 6.3.
#include "Interactive.h"

#include "Graphics.h"
#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"

#include <cmath>

namespace granska::pdfa {
namespace {

using interactive::isOneOf;
using interactive::nameOf;

long long flagsOf(const AnnotationSubject &a)
{
    QPDFObjectHandle f = a.annotation.getKey("/F");
    return f.isInteger() ? f.getIntValue() : -1;
}

// 6.5.2 t1 (PDF/A-1): the annotation types of PDF 1.4 except FileAttachment, Sound and Movie.
bool typePermittedPart1(const AnnotationSubject &a, Failure &f)
{
    f.arg(QString::fromLatin1(a.subtype));
    return isOneOf(a.subtype, {"Text", "Link", "FreeText", "Line", "Square", "Circle", "Highlight", "Underline", "Squiggly",
                               "StrikeOut", "Stamp", "Ink", "Popup", "Widget", "PrinterMark", "TrapNet"});
}

// 6.3.1 t1 (PDF/A-2, -3): the types of ISO 32000-1 except 3D, Sound, Screen and Movie.
bool typePermittedPart23(const AnnotationSubject &a, Failure &f)
{
    f.arg(QString::fromLatin1(a.subtype));
    return isOneOf(a.subtype, {"Text", "Link", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine", "Highlight",
                               "Underline", "Squiggly", "StrikeOut", "Stamp", "Caret", "Ink", "Popup", "FileAttachment",
                               "Widget", "PrinterMark", "TrapNet", "Watermark", "Redact"});
}

// 6.5.3 t1 (PDF/A-1): no transparency, so an annotation's constant opacity must be 1.
bool opaque(const AnnotationSubject &a, Failure &f)
{
    QPDFObjectHandle ca = a.annotation.getKey("/CA");
    if (!ca.isNumber())
        return true;
    f.arg(ca.getNumericValue());
    return std::abs(ca.getNumericValue() - 1.0) < 1e-6;
}

// 6.5.3 t2 (PDF/A-1): the Print flag set; Invisible, Hidden and NoView clear.
bool printableAndVisiblePart1(const AnnotationSubject &a, Failure &f)
{
    const long long flags = flagsOf(a);
    f.arg(flags < 0 ? QStringLiteral("missing") : QString::number(flags));
    return flags >= 0 && (flags & 4) && !(flags & 1) && !(flags & 2) && !(flags & 32);
}

// 6.3.2 t1 (PDF/A-2, -3): every annotation but a Popup carries flags.
bool hasFlags(const AnnotationSubject &a, Failure &)
{
    return a.subtype == "Popup" || a.annotation.hasKey("/F");
}

// 6.3.2 t2 (PDF/A-2, -3): when flags are given, Print set; Invisible, Hidden, NoView, ToggleNoView clear.
bool printableAndVisiblePart23(const AnnotationSubject &a, Failure &f)
{
    const long long flags = flagsOf(a);
    if (flags < 0)
        return true;
    f.arg(flags);
    return (flags & 4) && !(flags & 1) && !(flags & 2) && !(flags & 32) && !(flags & 256);
}

// 6.5.3 t3 (PDF/A-1): colours of annotations (C, IC) are RGB, so they need an RGB output intent.
bool colourNeedsRgbIntent(const AnnotationSubject &a, Failure &, Validation &v)
{
    if (!a.annotation.hasKey("/C") && !a.annotation.hasKey("/IC"))
        return true;
    return graphics::pdfaOutputColourSpace(v) == "RGB ";
}

// The annotation's rectangle has area: empty rectangles need no appearance (6.3.3 t1).
bool hasArea(QPDFObjectHandle annotation)
{
    QPDFObjectHandle rect = annotation.getKey("/Rect");
    if (!rect.isArray() || rect.getArrayNItems() != 4)
        return false;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        QPDFObjectHandle n = rect.getArrayItem(i);
        if (!n.isNumber())
            return false;
        v[i] = n.getNumericValue();
    }
    return std::abs(v[2] - v[0]) > 0 || std::abs(v[3] - v[1]) > 0;
}

// 6.3.3 t1 (PDF/A-2, -3): annotations with an area, other than Popup and Link, have an appearance.
bool hasAppearance(const AnnotationSubject &a, Failure &f)
{
    f.arg(QString::fromLatin1(a.subtype));
    return !hasArea(a.annotation) || a.subtype == "Popup" || a.subtype == "Link" || a.annotation.getKey("/AP").isDictionary();
}

// 6.5.3 t4 / 6.3.3 t2: the appearance dictionary has only the normal appearance N.
bool onlyNormalAppearance(const AnnotationSubject &a, Failure &f)
{
    QPDFObjectHandle ap = a.annotation.getKey("/AP");
    if (!ap.isDictionary())
        return true;
    QStringList others;
    for (const std::string &key : ap.getKeys()) {
        if (key != "/N")
            others << QString::fromStdString(key).mid(1);
    }
    f.arg(others.join(QStringLiteral(", ")));
    return others.isEmpty();
}

// 6.5.3 t5 / 6.3.3 t3: a button widget's normal appearance is a dictionary of appearance states.
bool buttonAppearanceIsStateDictionary(const AnnotationSubject &a, Failure &)
{
    QPDFObjectHandle n = a.annotation.getKey("/AP").getKeyIfDict("/N");
    if (n.isNull() || a.subtype != "Widget" || a.fieldType != "Btn")
        return true;
    return n.isDictionary() && !n.isStream() && !n.getKeys().empty();
}

// 6.5.3 t6 / 6.3.3 t4: any other annotation's normal appearance is a single stream.
bool appearanceIsStream(const AnnotationSubject &a, Failure &f)
{
    QPDFObjectHandle n = a.annotation.getKey("/AP").getKeyIfDict("/N");
    if (n.isNull() || (a.subtype == "Widget" && a.fieldType == "Btn"))
        return true;
    f.arg(QString::fromLatin1(a.subtype));
    return n.isStream();
}

// 6.9 t2 (PDF/A-1): every widget (form field) has an appearance dictionary.
bool widgetHasAppearance(const AnnotationSubject &a, Failure &)
{
    return a.subtype != "Widget" || a.annotation.getKey("/AP").isDictionary();
}

const Rule<AnnotationSubject> kAnnotationRules[] = {
    {P1, "6.5.2", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The annotation type %1 is not permitted in PDF/A-1."), typePermittedPart1},
    {P1, "6.5.3", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An annotation is partly transparent (CA = %1); PDF/A-1 requires opacity 1."), opaque},
    {P1, "6.5.3", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An annotation is hidden, invisible or not set to print (flags: %1)."), printableAndVisiblePart1},
    {P1, "6.5.3", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An annotation has a colour (C or IC) but the document has no RGB output intent."), colourNeedsRgbIntent},
    {P1, "6.5.3", 4, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An annotation's appearance dictionary has entries other than the normal appearance N: %1."), onlyNormalAppearance},
    {P1, "6.5.3", 5, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A button field's normal appearance is not a dictionary of appearance states."), buttonAppearanceIsStateDictionary},
    {P1, "6.5.3", 6, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The normal appearance of a %1 annotation is not a single appearance stream."), appearanceIsStream},
    {P1, "6.9", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A form field's widget has no appearance dictionary."), widgetHasAppearance},

    {P23, "6.3.1", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The annotation type %1 is not permitted."), typePermittedPart23},
    {P23, "6.3.2", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An annotation has no flags (F); it must at least be set to print."), hasFlags},
    {P23, "6.3.2", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An annotation is hidden, invisible or not set to print (flags: %1)."), printableAndVisiblePart23},
    {P23, "6.3.3", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A %1 annotation has no appearance dictionary."), hasAppearance},
    {P23, "6.3.3", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An annotation's appearance dictionary has entries other than the normal appearance N: %1."), onlyNormalAppearance},
    {P23, "6.3.3", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A button field's normal appearance is not a dictionary of appearance states."), buttonAppearanceIsStateDictionary},
    {P23, "6.3.3", 4, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The normal appearance of a %1 annotation is not a single appearance stream."), appearanceIsStream},
};

} // namespace

void registerAnnotationRules(Registry &registry)
{
    registry.add(kAnnotationRules);
}

} // namespace granska::pdfa
