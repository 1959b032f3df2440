// Rule group: graphics. See GroupProducers.h and Graphics.h; the rules live in the Graphics*.cpp
// files by topic.
#include "GroupProducers.h"
#include "Graphics.h"

#include "pdfa/colour/IccProfile.h"
#include "pdfa/Validation.h"
#include "pdfa/colour/GraphicsSubjects.h"
#include "pdfa/colour/PaintWalker.h"

#include <qpdf/QPDF.hh>

#include <optional>

namespace granska::pdfa {

void registerGraphicsRules(Registry &registry)
{
    registerOutputIntentRules(registry);
    registerColourRules(registry);
    registerImageRules(registry);
    registerXObjectRules(registry);
    registerGraphicsStateRules(registry);
    registerTransparencyRules(registry);
    registerContentStreamRules(registry);
}

void produceOutputIntents(Validation &validation)
{
    produceOutputIntentSubjects(validation);
    // The walk is the expensive part: only when some rule of this flavour needs what it finds.
    if (validation.wants<ColourUseSubject>() || validation.wants<PageTransparencySubject>() || validation.wants<GroupSubject>()
        || validation.wants<RenderingIntentUseSubject>() || validation.wants<DeviceColourSummarySubject>()
        || validation.wants<InputProfileSubject>() || validation.wants<InheritedResourcesSubject>()) {
        colour::PaintWalker walker(validation);
        walker.walkDocument();
    }
}

namespace graphics {

namespace {

struct PdfaOutputSpace {
    std::optional<QByteArray> space;
};

} // namespace

// The first GTS_PDFA1 intent with a profile stream (the one PDF/A readers use),
// but read through the ICC profile cache, so that a large destination profile is decoded once
// for all graphics rules.
QByteArray pdfaOutputColourSpace(Validation &validation)
{
    PdfaOutputSpace &cache = validation.cache<PdfaOutputSpace>();
    if (cache.space)
        return *cache.space;
    cache.space = QByteArray();
    QPDFObjectHandle intents = validation.qpdf().getRoot().getKey("/OutputIntents");
    if (!intents.isArray())
        return {};
    for (QPDFObjectHandle intent : intents.getArrayAsVector()) {
        if (!intent.isDictionary() || !intent.getKey("/S").isNameAndEquals("/GTS_PDFA1"))
            continue;
        QPDFObjectHandle profile = intent.getKey("/DestOutputProfile");
        if (!profile.isStream())
            continue;
        // The header's colour space counts even if the rest of the profile is damaged; another
        // rule reports the damage.
        cache.space = colour::iccProfileOf(validation, profile).colourSpace;
        break;
    }
    return *cache.space;
}

bool outputIntentCovers(Validation &validation, const QByteArray &deviceFamily)
{
    const QByteArray space = pdfaOutputColourSpace(validation);
    if (deviceFamily == "DeviceRGB")
        return space == "RGB ";
    if (deviceFamily == "DeviceCMYK")
        return space == "CMYK";
    if (deviceFamily == "DeviceGray")
        return !space.isEmpty();
    return true;
}

} // namespace graphics
} // namespace granska::pdfa
