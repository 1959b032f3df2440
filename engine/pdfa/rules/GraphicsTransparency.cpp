// Transparency: ISO 19005-1 6.4 (PDF/A-1 has none); ISO 19005-2/-3 6.2.10 (allowed, but blending
// must happen in a defined colour space with defined blend modes).
#include "Graphics.h"

#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"
#include "pdfa/colour/GraphicsSubjects.h"
#include "pdfa/colour/PdfValues.h"

#include <cmath>

namespace granska::pdfa {
namespace {

using colour::isOneOf;
using colour::nameOf;

bool softMaskNone(const ExtGStateSubject &s, Failure &)
{
    QPDFObjectHandle smask = s.extGState.getKey("/SMask");
    return !smask.isInitialized() || smask.isNull() || smask.isNameAndEquals("/None");
}

bool xobjectWithoutSoftMask(const XObjectSubject &s, Failure &)
{
    return !s.xobject.getDict().hasKey("/SMask");
}

bool groupNotTransparency(const GroupSubject &s, Failure &f)
{
    f.arg(s.owner);
    return !s.group.getKey("/S").isNameAndEquals("/Transparency");
}

bool blendModeNormal(const ExtGStateSubject &s, Failure &f)
{
    QPDFObjectHandle bm = s.extGState.getKey("/BM");
    if (!bm.isInitialized() || bm.isNull())
        return true;
    std::vector<QPDFObjectHandle> modes = bm.isArray() ? bm.getArrayAsVector() : std::vector<QPDFObjectHandle>{bm};
    for (QPDFObjectHandle mode : modes) {
        if (!isOneOf(nameOf(mode), {"Normal", "Compatible"})) {
            f.arg(QString::fromStdString(mode.unparse()));
            return false;
        }
    }
    return true;
}

bool opaque(const ExtGStateSubject &s, Failure &f, const char *key)
{
    QPDFObjectHandle alpha = s.extGState.getKey(key);
    if (!alpha.isInitialized() || alpha.isNull())
        return true;
    f.arg(QString::fromStdString(alpha.unparse()));
    return alpha.isNumber() && std::abs(alpha.getNumericValue() - 1.0) < 1e-6;
}

bool strokeOpaque(const ExtGStateSubject &s, Failure &f)
{
    return opaque(s, f, "/CA");
}

bool fillOpaque(const ExtGStateSubject &s, Failure &f)
{
    return opaque(s, f, "/ca");
}

// The blend modes of ISO 32000-1, Tables 136 and 137.
bool blendModeDefined(const BlendModeSubject &s, Failure &f)
{
    f.arg(QString::fromLatin1(s.mode));
    return isOneOf(s.mode, {"Normal", "Compatible", "Multiply", "Screen", "Overlay", "Darken", "Lighten", "ColorDodge", "ColorBurn",
                            "HardLight", "SoftLight", "Difference", "Exclusion", "Hue", "Saturation", "Color", "Luminosity"});
}

// Without a PDF/A output intent, a page with transparency must say in which colour space it is
// blended (its group's CS).
bool transparentPageHasBlendingSpace(const PageTransparencySubject &s, Failure &f, Validation &v)
{
    if (!s.transparent || graphics::outputIntentCovers(v, "DeviceGray"))
        return true;
    f.arg(s.firstTransparency);
    QPDFObjectHandle group = s.page.getKey("/Group");
    return group.isDictionary() && group.hasKey("/CS") && !group.getKey("/CS").isNull();
}

// Not a veraPDF rule: veraPDF reports a device blending space under 6.2.4.3 like any other device
// colour; the test corpus files it under 6.2.10, the clause on blending.
bool blendingSpaceDefined(const ColourUseSubject &s, Failure &f, Validation &v)
{
    if (s.role != ColourUseSubject::Role::BlendingSpace || !colour::isDeviceFamily(s.family))
        return true;
    f.arg(QString::fromLatin1(s.family)).arg(s.usedBy);
    return graphics::outputIntentCovers(v, s.family);
}

const Rule<ExtGStateSubject> kExtGStateRules[] = {
    {P1, "6.4", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A graphics state sets a soft mask; PDF/A-1 allows no transparency."),
     softMaskNone},
    {P1, "6.4", 4, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A graphics state sets the blend mode %1; PDF/A-1 allows only Normal or Compatible."),
     blendModeNormal},
    {P1, "6.4", 5, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A graphics state sets the stroking opacity (CA) to %1; PDF/A-1 requires 1.0."),
     strokeOpaque},
    {P1, "6.4", 6, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A graphics state sets the filling opacity (ca) to %1; PDF/A-1 requires 1.0."),
     fillOpaque},
};

const Rule<XObjectSubject> kXObjectRules[] = {
    {P1, "6.4", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An XObject has a soft mask (SMask); PDF/A-1 allows no transparency."),
     xobjectWithoutSoftMask},
};

const Rule<GroupSubject> kGroupRules[] = {
    {P1, "6.4", 3, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The group of %1 is a transparency group; PDF/A-1 allows no transparency."), groupNotTransparency},
};

const Rule<BlendModeSubject> kBlendModeRules[] = {
    {P23, "6.2.10", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The blend mode %1 is not defined in ISO 32000-1."),
     blendModeDefined},
};

const Rule<PageTransparencySubject> kPageRules[] = {
    {P23, "6.2.10", 2, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "A page contains transparency (%1) but neither a PDF/A output intent nor the page's group (CS) says "
                       "in which colour space to blend it."),
     transparentPageHasBlendingSpace},
};

const Rule<ColourUseSubject> kBlendingSpaceRules[] = {
    {P23, "6.2.10", 3, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "A transparency group blends in the device colour space %1 (%2), which no PDF/A output intent defines."),
     blendingSpaceDefined},
};

} // namespace

void registerTransparencyRules(Registry &registry)
{
    registry.add(kExtGStateRules);
    registry.add(kXObjectRules);
    registry.add(kGroupRules);
    registry.add(kBlendModeRules);
    registry.add(kPageRules);
    registry.add(kBlendingSpaceRules);
}

} // namespace granska::pdfa
