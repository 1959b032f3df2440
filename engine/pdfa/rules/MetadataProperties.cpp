// Every XMP property is predefined by the XMP Specification of the part's era or described by an
// extension schema, and its value has the type that definition gives.
//
// Numbering: for PDF/A-1 these requirements are ISO 19005-1 6.7.2 ("Properties"), where the
// veraPDF corpus files its test files for them; veraPDF's profile lists them as 6.7.9 tests 2 and
// 3. They are named here by the ISO clause, as 6.7.2 tests 3 and 4 (after the clause's tests 1
// and 2 on the metadata stream). For PDF/A-2 and -3 the clause is 6.6.2.3.1 in both.
#include "Metadata.h"

#include "pdfa/Registry.h"
#include "pdfa/xmp/XmpSchemas.h"

#include <QCoreApplication>

namespace granska::pdfa {
namespace {

using xmp::PredefinedSchemas;
using xmp::XmpEdition;

QString describe(const xmp::XmpNode &property)
{
    return QStringLiteral("%1 (%2)").arg(property.qualifiedName(), property.namespaceUri);
}

bool definedForPdfa1(const XmpPropertySubject &s, Failure &f)
{
    f.arg(describe(*s.property));
    return PredefinedSchemas::of(XmpEdition::Xmp2004).defines(*s.property) || s.ownSchemas->defines(*s.property);
}

bool definedForPdfa23(const XmpPropertySubject &s, Failure &f)
{
    f.arg(describe(*s.property));
    return PredefinedSchemas::of(XmpEdition::Xmp2005).defines(*s.property) || s.ownSchemas->defines(*s.property)
           || s.mainSchemas->defines(*s.property);
}

// A predefined property is judged by its predefined type, even where an extension schema describes
// it too. Properties defined nowhere are left to the rule above.
bool typeCorrect(const XmpPropertySubject &s, Failure &f, XmpEdition edition)
{
    const xmp::XmpNode &property = *s.property;
    const PredefinedSchemas &predefined = PredefinedSchemas::of(edition);
    f.arg(describe(property));
    if (predefined.defines(property)) {
        f.arg(predefined.typeOf(property));
        return predefined.hasDefinedType(property);
    }
    f.arg(QCoreApplication::translate("granska::pdfa::Rule", "the one its extension schema gives"));
    if (s.ownSchemas->defines(property))
        return s.ownSchemas->hasDefinedType(property);
    if (edition == XmpEdition::Xmp2005 && s.mainSchemas->defines(property))
        return s.mainSchemas->hasDefinedType(property);
    return true;
}

bool typeCorrectForPdfa1(const XmpPropertySubject &s, Failure &f)
{
    return typeCorrect(s, f, XmpEdition::Xmp2004);
}

bool typeCorrectForPdfa23(const XmpPropertySubject &s, Failure &f)
{
    return typeCorrect(s, f, XmpEdition::Xmp2005);
}

const Rule<XmpPropertySubject> kPropertyRules[] = {
    {P1, "6.7.2", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The XMP property %1 is neither predefined by the XMP Specification (2004) nor described by an extension schema in the same packet."), definedForPdfa1},
    {P1, "6.7.2", 4, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The value of the XMP property %1 does not have the type %2."), typeCorrectForPdfa1},
    {P23, "6.6.2.3.1", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The XMP property %1 is neither predefined by the XMP Specification (2005) nor described by an extension schema in its packet or in the document metadata."), definedForPdfa23},
    {P23, "6.6.2.3.1", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The value of the XMP property %1 does not have the type %2."), typeCorrectForPdfa23},
};

} // namespace

void registerMetadataPropertyRules(Registry &registry)
{
    registry.add(kPropertyRules);
}

} // namespace granska::pdfa
