// Form, reference and PostScript XObjects: ISO 19005-1 6.2.5-6.2.7; ISO 19005-2/-3 6.2.9. A
// PDF/A file must render from its own content alone: no PostScript passed to printers, no pages
// imported from other files at view time, no OPI proxies.
#include "Graphics.h"

#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"

namespace granska::pdfa {
namespace {

bool noPostScriptInForm(const FormXObjectSubject &s, Failure &)
{
    QPDFObjectHandle dict = s.form.getDict();
    return !dict.getKey("/Subtype2").isNameAndEquals("/PS") && !dict.hasKey("/PS");
}

bool noPostScriptOrOpiInForm(const FormXObjectSubject &s, Failure &f)
{
    return noPostScriptInForm(s, f) && !s.form.getDict().hasKey("/OPI");
}

bool notReferenceXObject(const FormXObjectSubject &s, Failure &)
{
    return !s.form.getDict().hasKey("/Ref");
}

bool notPostScriptXObject(const XObjectSubject &s, Failure &)
{
    return s.subtype != "PS";
}

const Rule<FormXObjectSubject> kFormRules[] = {
    {P1, "6.2.5", 1, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A form XObject contains PostScript (a PS entry or Subtype2 PS)."), noPostScriptInForm},
    {P1, "6.2.6", 1, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A form XObject is a reference XObject that imports content from another file."),
     notReferenceXObject},
    // veraPDF numbers these 6.2.9 t1-t3; ISO 19005-2 and the test corpus use 6.2.9.1-6.2.9.3.
    {P23, "6.2.9.1", 1, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A form XObject contains PostScript (a PS entry or Subtype2 PS) or OPI information."),
     noPostScriptOrOpiInForm},
    {P23, "6.2.9.2", 1, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A form XObject is a reference XObject that imports content from another file."),
     notReferenceXObject},
};

const Rule<XObjectSubject> kXObjectRules[] = {
    {P1, "6.2.7", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A PostScript XObject is drawn."), notPostScriptXObject},
    {P23, "6.2.9.3", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A PostScript XObject is drawn."), notPostScriptXObject},
};

} // namespace

void registerXObjectRules(Registry &registry)
{
    registry.add(kFormRules);
    registry.add(kXObjectRules);
}

} // namespace granska::pdfa
