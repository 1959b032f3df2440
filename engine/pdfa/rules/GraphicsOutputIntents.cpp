// Output intents: ISO 19005-1 6.2.2; ISO 19005-2/-3 6.2.3. The PDF/A output intent (S GTS_PDFA1)
// fixes the colour characteristics device colour is rendered with, so its destination profile must
// be a usable output or monitor profile, and several output intents must not disagree on it.
#include "Graphics.h"

#include "pdfa/Registry.h"
#include "pdfa/Validation.h"
#include "pdfa/colour/GraphicsSubjects.h"
#include "pdfa/colour/IccProfile.h"
#include "pdfa/colour/PdfValues.h"

#include <QCoreApplication>
#include <QSet>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace granska::pdfa {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::GraphicsOutputIntents)
};

using colour::IccProfileFacts;
using colour::nameOf;

// What is wrong with a destination profile for the given highest ICC major version; empty if
// nothing is.
QString outputProfileProblem(const IccProfileFacts &icc, int highestMajor)
{
    if (!icc.readable)
        return icc.problem;
    if (icc.deviceClass != "prtr" && icc.deviceClass != "mntr")
        return Tr::tr("its device class is \"%1\", not an output (prtr) or monitor (mntr) profile").arg(icc.deviceClassText());
    if (icc.colourSpace != "RGB " && icc.colourSpace != "CMYK" && icc.colourSpace != "GRAY")
        return Tr::tr("its colour space is \"%1\", not RGB, CMYK or Gray").arg(icc.colourSpaceText());
    if (icc.major > highestMajor)
        return Tr::tr("it is an ICC version %1 profile, newer than this part of PDF/A allows").arg(icc.versionText());
    return {};
}

bool outputProfileValidPart1(const OutputProfileSubject &s, Failure &f, Validation &v)
{
    const QString problem = outputProfileProblem(colour::iccProfileOf(v, s.profile), 2);
    f.arg(problem);
    return problem.isEmpty();
}

bool outputProfileValidPart23(const OutputProfileSubject &s, Failure &f, Validation &v)
{
    const QString problem = outputProfileProblem(colour::iccProfileOf(v, s.profile), 4);
    f.arg(problem);
    return problem.isEmpty();
}

// All entries of one OutputIntents array that have a destination profile name the same profile
// object, so that every consumer of the file renders device colour alike.
bool intentsShareOneProfile(const OutputIntentsSubject &s, Failure &f)
{
    QSet<QPDFObjGen> profiles;
    QStringList references;
    for (QPDFObjectHandle intent : s.intents.getArrayAsVector()) {
        if (!intent.isDictionary() || !intent.hasKey("/DestOutputProfile"))
            continue;
        QPDFObjectHandle profile = intent.getKey("/DestOutputProfile");
        const QPDFObjGen og = profile.isIndirect() ? profile.getObjGen() : QPDFObjGen();
        if (!profiles.contains(og)) {
            profiles.insert(og);
            references << (og.isIndirect() ? QStringLiteral("%1 %2 R").arg(og.getObj()).arg(og.getGen()) : Tr::tr("a direct object"));
        }
    }
    f.arg(references.join(QStringLiteral(", ")));
    return profiles.size() <= 1;
}

// ISO 19005-2 6.2.3: a PDF/X output intent may not point to its profile by reference (ISO 15930-7).
bool pdfxIntentWithoutProfileReference(const OutputIntentSubject &s, Failure &)
{
    return s.type != "GTS_PDFX" || !s.intent.hasKey("/DestOutputProfileRef");
}

// The PDF/A output intent is defined as one with a destination profile (ISO 19005-1 6.2.2,
// ISO 19005-2 6.2.3); without one there is nothing to render device colour with. veraPDF only
// judges profiles that are present; this names the missing one.
bool pdfaIntentHasProfile(const OutputIntentSubject &s, Failure &)
{
    return s.type != "GTS_PDFA1" || s.intent.getKey("/DestOutputProfile").isStream();
}

// ISO 19005-2 6.2.3 makes the PDF/A output intent the characterisation of all device colour
// (and 6.2.4.3 builds on it). A document that uses device colour without any PDF/A output
// intent — none at all, or only PDF/X or PDF/E ones — fails here as a whole; each use is also
// reported under 6.2.4.3. (veraPDF reports only the uses; the test corpus files documents
// without a PDF/A output intent under 6.2.3.)
bool deviceColourHasOutputIntent(const DeviceColourSummarySubject &s, Failure &f, Validation &v)
{
    if (!s.deviceColourUsed)
        return true;
    f.arg(QString::fromLatin1(s.firstFamily)).at(s.firstUse);
    return graphics::outputIntentCovers(v, "DeviceGray");
}

const Rule<OutputProfileSubject> kProfileRules[] = {
    {P1, "6.2.2", 1, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An output intent's destination profile cannot characterise the output device: %1."),
     outputProfileValidPart1},
    {P23, "6.2.3", 1, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An output intent's destination profile cannot characterise the output device: %1."),
     outputProfileValidPart23},
};

const Rule<OutputIntentsSubject> kArrayRules[] = {
    {P1, "6.2.2", 2, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The output intents name different destination profiles (%1); they must all use the same profile object."),
     intentsShareOneProfile},
    {P23, "6.2.3", 2, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The output intents name different destination profiles (%1); they must all use the same profile object."),
     intentsShareOneProfile},
};

const Rule<OutputIntentSubject> kIntentRules[] = {
    {P23, "6.2.3", 3, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A PDF/X output intent refers to its profile with DestOutputProfileRef instead of embedding it."),
     pdfxIntentWithoutProfileReference},
    {P1, "6.2.2", 3, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The PDF/A output intent has no embedded destination profile (DestOutputProfile)."),
     pdfaIntentHasProfile},
    {P23, "6.2.3", 5, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The PDF/A output intent has no embedded destination profile (DestOutputProfile)."),
     pdfaIntentHasProfile},
};

const Rule<DeviceColourSummarySubject> kSummaryRules[] = {
    {P23, "6.2.3", 4, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The document uses device-dependent colour (%1) but has no PDF/A output intent to define it."),
     deviceColourHasOutputIntent},
};

void produceArray(Validation &v, QPDFObjectHandle intents, const ObjectLocation &where, bool onPage, QSet<QPDFObjGen> &profilesSeen)
{
    if (!intents.isArray())
        return;
    v.check(OutputIntentsSubject{where, intents});
    for (QPDFObjectHandle intent : intents.getArrayAsVector()) {
        if (!intent.isDictionary())
            continue;
        const ObjectLocation at = intent.isIndirect() ? v.locate(intent.getObjGen(), where.page, Tr::tr("output intent")) : where;
        const QByteArray type = nameOf(intent.getKey("/S"));
        v.check(OutputIntentSubject{at, intent, type, onPage});
        QPDFObjectHandle profile = intent.getKey("/DestOutputProfile");
        if (!profile.isStream())
            continue;
        if (profile.isIndirect()) {
            if (profilesSeen.contains(profile.getObjGen()))
                continue;
            profilesSeen.insert(profile.getObjGen());
        }
        const ObjectLocation profileAt =
            profile.isIndirect() ? v.locate(profile.getObjGen(), where.page, Tr::tr("destination output profile")) : at;
        v.check(OutputProfileSubject{profileAt, profile, type});
    }
}

} // namespace

void registerOutputIntentRules(Registry &registry)
{
    registry.add(kProfileRules);
    registry.add(kArrayRules);
    registry.add(kIntentRules);
    registry.add(kSummaryRules);
}

void produceOutputIntentSubjects(Validation &v)
{
    if (!v.wants<OutputIntentsSubject>() && !v.wants<OutputIntentSubject>() && !v.wants<OutputProfileSubject>())
        return;
    QSet<QPDFObjGen> profilesSeen;
    QPDFObjectHandle catalog = v.qpdf().getRoot();
    produceArray(v, catalog.getKey("/OutputIntents"),
                 v.locate(catalog.isIndirect() ? catalog.getObjGen() : QPDFObjGen(), 0, Tr::tr("document catalog")), false,
                 profilesSeen);
    // PDF/A-2 and -3 also judge the output intents pages may carry (ISO 32000-1, 14.11.5).
    if (v.flavour().part < 2)
        return;
    int number = 0;
    for (QPDFPageObjectHelper &helper : QPDFPageDocumentHelper(v.qpdf()).getAllPages()) {
        ++number;
        QPDFObjectHandle page = helper.getObjectHandle();
        if (page.hasKey("/OutputIntents"))
            produceArray(v, page.getKey("/OutputIntents"),
                         v.locate(page.isIndirect() ? page.getObjGen() : QPDFObjGen(), number, Tr::tr("page %1").arg(number)), true,
                         profilesSeen);
    }
}

} // namespace granska::pdfa
