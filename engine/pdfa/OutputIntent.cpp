#include "OutputIntent.h"

#include "Validation.h"
#include "pdf/PdfDocument.h"

#include <optional>

namespace granska::pdfa {
namespace {

struct OutputIntentCache {
    std::optional<QByteArray> colourSpace;
};

} // namespace

QByteArray outputIntentColourSpace(Validation &validation)
{
    OutputIntentCache &cache = validation.cache<OutputIntentCache>();
    if (cache.colourSpace)
        return *cache.colourSpace;
    cache.colourSpace = QByteArray();
    QPDFObjectHandle intents = validation.qpdf().getRoot().getKey("/OutputIntents");
    if (!intents.isArray())
        return {};
    for (QPDFObjectHandle intent : intents.getArrayAsVector()) {
        if (!intent.isDictionary() || !intent.getKey("/S").isNameAndEquals("/GTS_PDFA1"))
            continue;
        QPDFObjectHandle profile = intent.getKey("/DestOutputProfile");
        if (!profile.isStream())
            continue;
        const std::optional<QByteArray> data = validation.document().decodedStream(profile, validation.budget());
        // The data colour space signature sits at bytes 16-19 of the ICC header.
        if (data && data->size() >= 128)
            cache.colourSpace = data->mid(16, 4);
        break;
    }
    return *cache.colourSpace;
}

} // namespace granska::pdfa
