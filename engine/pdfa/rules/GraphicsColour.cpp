// Colour spaces: ISO 19005-1 6.2.3; ISO 19005-2/-3 6.2.4. Colour must be reproducible: ICC
// profiles must be ones a PDF/A reader understands, device colour is only allowed where the PDF/A
// output intent (or a Default colour space) says what it means, and spot colours must be
// described consistently. The subjects are colours as they are painted (see PaintWalker.h).
#include "Graphics.h"

#include "pdf/ObjGenHash.h"
#include "pdf/PdfDocument.h"
#include "pdfa/Registry.h"
#include "pdfa/Validation.h"
#include "pdfa/colour/GraphicsSubjects.h"
#include "pdfa/colour/IccProfile.h"
#include "pdfa/colour/PdfValues.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

namespace granska::pdfa {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::GraphicsColour)
};

using colour::familyOf;
using colour::IccProfileFacts;
using colour::isOneOf;
using colour::nameOf;
using Role = ColourUseSubject::Role;

constexpr int kMaxCompareDepth = 32;
constexpr int kMaxCompareNodes = 20000;

// --- ICC input profiles -----------------------------------------------------------------------

QString inputProfileProblem(const IccProfileFacts &icc, int highestMajor)
{
    if (!icc.readable)
        return icc.problem;
    if (!isOneOf(icc.deviceClass, {"prtr", "mntr", "scnr", "spac"}))
        return Tr::tr("its device class is \"%1\", not input, display, output or colour space conversion").arg(icc.deviceClassText());
    if (!isOneOf(icc.colourSpace, {"RGB ", "CMYK", "GRAY", "Lab "}))
        return Tr::tr("its colour space is \"%1\", not RGB, CMYK, Gray or Lab").arg(icc.colourSpaceText());
    if (icc.major > highestMajor)
        return Tr::tr("it is an ICC version %1 profile, newer than this part of PDF/A allows").arg(icc.versionText());
    return {};
}

bool inputProfileValidPart1(const InputProfileSubject &s, Failure &f, Validation &v)
{
    const QString problem = inputProfileProblem(colour::iccProfileOf(v, s.profile), 2);
    f.arg(problem);
    return problem.isEmpty();
}

bool inputProfileValidPart23(const InputProfileSubject &s, Failure &f, Validation &v)
{
    const QString problem = inputProfileProblem(colour::iccProfileOf(v, s.profile), 4);
    f.arg(problem);
    return problem.isEmpty();
}

// N of the ICCBased stream must be the number of components of the profile's colour space.
bool inputProfileComponentsMatch(const InputProfileSubject &s, Failure &f, Validation &v)
{
    const IccProfileFacts &icc = colour::iccProfileOf(v, s.profile);
    QPDFObjectHandle n = s.profile.getDict().getKey("/N");
    f.arg(n.isInteger() ? QString::number(n.getIntValue()) : Tr::tr("no")).arg(icc.colourSpaceText());
    return n.isInteger() && icc.components() != 0 && n.getIntValue() == icc.components();
}

// --- device colour ------------------------------------------------------------------------------

bool deviceUseCovered(const ColourUseSubject &s, Failure &f, Validation &v, const char *family)
{
    if (s.family != family)
        return true;
    f.arg(s.usedBy);
    return graphics::outputIntentCovers(v, s.family);
}

// PDF/A-1: device colour wherever it is used, except as the alternate of a spot colour, which
// 6.2.3.4 judges (see deviceAlternateCovered).
bool notJudgedHerePart1(const ColourUseSubject &s)
{
    return s.role == Role::Colorant || s.role == Role::Alternate;
}
bool deviceRgbPart1(const ColourUseSubject &s, Failure &f, Validation &v)
{
    return notJudgedHerePart1(s) || deviceUseCovered(s, f, v, "DeviceRGB");
}
bool deviceCmykPart1(const ColourUseSubject &s, Failure &f, Validation &v)
{
    return notJudgedHerePart1(s) || deviceUseCovered(s, f, v, "DeviceCMYK");
}
bool deviceGrayPart1(const ColourUseSubject &s, Failure &f, Validation &v)
{
    return notJudgedHerePart1(s) || deviceUseCovered(s, f, v, "DeviceGray");
}

// PDF/A-2 and -3 judge device alternates of spot colours under 6.2.4.4 and device blending
// spaces under 6.2.10 (the clauses the test corpus files them under); the rest here. An Indexed
// space's device base is judged here and, more specifically, under 6.2.4.5.
bool directOrIndexed(const ColourUseSubject &s)
{
    return s.role == Role::Direct || s.role == Role::IndexedBase;
}
bool deviceRgbPart23(const ColourUseSubject &s, Failure &f, Validation &v)
{
    return !directOrIndexed(s) || deviceUseCovered(s, f, v, "DeviceRGB");
}
bool deviceCmykPart23(const ColourUseSubject &s, Failure &f, Validation &v)
{
    return !directOrIndexed(s) || deviceUseCovered(s, f, v, "DeviceCMYK");
}
bool deviceGrayPart23(const ColourUseSubject &s, Failure &f, Validation &v)
{
    return !directOrIndexed(s) || deviceUseCovered(s, f, v, "DeviceGray");
}

bool deviceAlternateCovered(const ColourUseSubject &s, Failure &f, Validation &v)
{
    if (s.role != Role::Alternate || !colour::isDeviceFamily(s.family))
        return true;
    f.arg(QString::fromLatin1(s.family));
    return graphics::outputIntentCovers(v, s.family);
}

bool deviceIndexedBaseCovered(const ColourUseSubject &s, Failure &f, Validation &v)
{
    if (s.role != Role::IndexedBase || !colour::isDeviceFamily(s.family))
        return true;
    f.arg(QString::fromLatin1(s.family));
    return graphics::outputIntentCovers(v, s.family);
}

// --- overprinting with ICCBased CMYK -------------------------------------------------------------

// ISO 19005-2 6.2.4.2: with overprinting on, OPM 1 would treat zero components of a calibrated
// CMYK colour as "leave unchanged", which is only defined for device CMYK.
bool iccCmykOverprintMode(const ColourUseSubject &s, Failure &f, Validation &v)
{
    if (s.family != "ICCBased" || !s.painted || !s.overprint || s.overprintMode == 0 || !directOrIndexed(s))
        return true;
    QPDFObjectHandle profile = s.space.isArray() && s.space.getArrayNItems() > 1 ? s.space.getArrayItem(1) : QPDFObjectHandle();
    if (!profile.isStream())
        return true;
    QPDFObjectHandle n = profile.getDict().getKey("/N");
    const bool cmyk = (n.isInteger() && n.getIntValue() == 4) || colour::iccProfileOf(v, profile).colourSpace == "CMYK";
    f.arg(qint64(s.overprintMode)).arg(s.usedBy);
    return !cmyk;
}

// --- Separation and DeviceN ------------------------------------------------------------------------

// Whether two objects are the same PDF objects, ignoring whether they are direct or indirect and
// how streams are compressed (ISO 19005-2 6.2.4.4).
bool samePdfObjects(QPDFObjectHandle a, QPDFObjectHandle b, Validation &v, int depth, int &budget)
{
    // Beyond these bounds (only hostile files get there) the objects count as the same: the
    // rule then stays silent rather than guess.
    if (depth > kMaxCompareDepth || --budget < 0)
        return true;
    if (a.isIndirect() && b.isIndirect() && a.getObjGen() == b.getObjGen())
        return true;
    if (a.isNumber() && b.isNumber())
        return std::abs(a.getNumericValue() - b.getNumericValue()) < 1e-9;
    if (a.getTypeCode() != b.getTypeCode())
        return false;
    switch (a.getTypeCode()) {
    case ::ot_null: return true;
    case ::ot_boolean: return a.getBoolValue() == b.getBoolValue();
    case ::ot_name: return a.getName() == b.getName();
    case ::ot_string: return a.getStringValue() == b.getStringValue();
    case ::ot_array: {
        const int n = a.getArrayNItems();
        if (n != b.getArrayNItems())
            return false;
        for (int i = 0; i < n; ++i)
            if (!samePdfObjects(a.getArrayItem(i), b.getArrayItem(i), v, depth + 1, budget))
                return false;
        return true;
    }
    case ::ot_dictionary:
    case ::ot_stream: {
        QPDFObjectHandle da = colour::dictOf(a);
        QPDFObjectHandle db = colour::dictOf(b);
        std::set<std::string> ka = da.getKeys();
        std::set<std::string> kb = db.getKeys();
        if (a.isStream()) {
            for (const char *ignored : {"/Length", "/Filter", "/DecodeParms", "/DL"}) {
                ka.erase(ignored);
                kb.erase(ignored);
            }
        }
        if (ka != kb)
            return false;
        for (const std::string &key : ka)
            if (!samePdfObjects(da.getKey(key), db.getKey(key), v, depth + 1, budget))
                return false;
        if (a.isStream()) {
            const std::optional<QByteArray> dataA = v.document().decodedStream(a, v.budget());
            const std::optional<QByteArray> dataB = v.document().decodedStream(b, v.budget());
            return dataA && dataB && *dataA == *dataB;
        }
        return true;
    }
    default: return false;
    }
}

struct SeparationsSeen {
    QHash<QByteArray, QPDFObjectHandle> byName; // colorant name -> first Separation array with it
    QHash<QPDFObjGen, bool> verdicts;           // indirect Separation arrays already compared
};

bool separationsConsistent(const ColourUseSubject &s, Failure &f, Validation &v)
{
    if (s.family != "Separation" || !s.space.isArray() || s.space.getArrayNItems() < 4)
        return true;
    const QByteArray name = nameOf(s.space.getArrayItem(1));
    f.arg(QString::fromLatin1(name));
    SeparationsSeen &seen = v.cache<SeparationsSeen>();
    const auto first = seen.byName.constFind(name);
    if (first == seen.byName.constEnd()) {
        seen.byName.insert(name, s.space);
        return true;
    }
    QPDFObjectHandle other = *first;
    if (s.space.isIndirect() && other.isIndirect() && s.space.getObjGen() == other.getObjGen())
        return true;
    if (s.space.isIndirect()) {
        const auto known = seen.verdicts.constFind(s.space.getObjGen());
        if (known != seen.verdicts.constEnd())
            return *known;
    }
    int budget = kMaxCompareNodes;
    const bool same = samePdfObjects(s.space.getArrayItem(2), other.getArrayItem(2), v, 0, budget)
                      && samePdfObjects(s.space.getArrayItem(3), other.getArrayItem(3), v, 0, budget);
    if (s.space.isIndirect())
        seen.verdicts.insert(s.space.getObjGen(), same);
    return same;
}

// Every spot colorant of a DeviceN space needs an entry in its Colorants dictionary (ISO 19005-2
// 6.2.4.4), so that it can be identified and rendered on its own. Process colorants are not spot
// colours.
bool deviceNColorantsDescribed(const ColourUseSubject &s, Failure &f)
{
    if (s.family != "DeviceN" || !s.space.isArray() || s.space.getArrayNItems() < 2)
        return true;
    QPDFObjectHandle names = s.space.getArrayItem(1);
    if (!names.isArray())
        return true;
    QPDFObjectHandle attributes = s.space.getArrayNItems() > 4 ? s.space.getArrayItem(4) : QPDFObjectHandle::newNull();
    QPDFObjectHandle colorants = attributes.getKeyIfDict("/Colorants");
    QSet<QByteArray> process = {"Cyan", "Magenta", "Yellow", "Black", "None"};
    QPDFObjectHandle components = attributes.getKeyIfDict("/Process").getKeyIfDict("/Components");
    if (components.isArray())
        for (QPDFObjectHandle component : components.getArrayAsVector())
            process.insert(nameOf(component));
    QStringList missing;
    for (QPDFObjectHandle name : names.getArrayAsVector()) {
        const QByteArray colorant = nameOf(name);
        if (colorant.isEmpty() || process.contains(colorant))
            continue;
        if (!colorants.isDictionary() || !colorants.hasKey("/" + colorant.toStdString()))
            missing << QString::fromLatin1(colorant);
    }
    f.arg(missing.join(QStringLiteral(", ")));
    return missing.isEmpty();
}

const Rule<InputProfileSubject> kProfileRules[] = {
    {P1, "6.2.3.2", 1, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The ICC profile of an ICCBased colour space is not one PDF/A-1 accepts: %1."),
     inputProfileValidPart1},
    {P1, "6.2.3.2", 2, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "An ICCBased colour space declares %1 colour components (N), which does not match its profile's colour space %2."),
     inputProfileComponentsMatch},
    {P23, "6.2.4.2", 1, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The ICC profile of an ICCBased colour space is not one this part of PDF/A accepts: %1."),
     inputProfileValidPart23},
};

const Rule<ColourUseSubject> kUseRules[] = {
    {P1, "6.2.3.3", 1, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "DeviceRGB colour is used (%1) but the PDF/A output intent is not an RGB profile."),
     deviceRgbPart1},
    {P1, "6.2.3.3", 2, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "DeviceCMYK colour is used (%1) but the PDF/A output intent is not a CMYK profile."),
     deviceCmykPart1},
    {P1, "6.2.3.3", 3, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "DeviceGray colour is used (%1) but the document has no PDF/A output intent."),
     deviceGrayPart1},
    {P23, "6.2.4.2", 2, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "Overprint mode %1 is in effect while overprinting with an ICCBased CMYK colour (%2); it must be 0."),
     iccCmykOverprintMode},
    {P23, "6.2.4.3", 2, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "DeviceRGB colour is used (%1) with no DefaultRGB colour space and no RGB PDF/A output intent to define it."),
     deviceRgbPart23},
    {P23, "6.2.4.3", 3, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "DeviceCMYK colour is used (%1) with no DefaultCMYK colour space and no CMYK PDF/A output intent to define it."),
     deviceCmykPart23},
    {P23, "6.2.4.3", 4, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "DeviceGray colour is used (%1) with no DefaultGray colour space and no PDF/A output intent to define it."),
     deviceGrayPart23},
    {P23, "6.2.4.4", 1, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A DeviceN colour space uses spot colorants without Colorants entries: %1."),
     deviceNColorantsDescribed},
    {P23, "6.2.4.4", 2, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "Separation colour spaces named %1 differ in their alternate colour space or tint transform."),
     separationsConsistent},
    // Not veraPDF rules: veraPDF reports a device alternate under 6.2.3.3 / 6.2.4.3 like any
    // device colour; the test corpus (and the subject of the requirement, spot colour) puts it
    // in the clause on Separation and DeviceN spaces.
    {P1, "6.2.3.4", 1, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "A Separation or DeviceN colour space has the alternate space %1, which the PDF/A output intent does not define."),
     deviceAlternateCovered},
    {P23, "6.2.4.4", 3, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "A Separation or DeviceN colour space has the alternate space %1, which no PDF/A output intent defines."),
     deviceAlternateCovered},
    // Not a veraPDF rule: the test corpus has a clause 6.2.4.5 for Indexed spaces on a device base.
    {P23, "6.2.4.5", 1, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "An Indexed colour space is based on %1, which no PDF/A output intent defines."),
     deviceIndexedBaseCovered},
};

} // namespace

void registerColourRules(Registry &registry)
{
    registry.add(kProfileRules);
    registry.add(kUseRules);
}

} // namespace granska::pdfa
