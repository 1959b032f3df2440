// The graphics rule group (ISO 19005-1 6.2 and 6.4; ISO 19005-2/-3 6.2.1-6.2.10), split by topic.
// Each file registers its own tables; the subjects the core does not produce are in
// colour/GraphicsSubjects.h and come from produceOutputIntents (output intents) and the paint
// walker (colour in use, transparency, groups, rendering intents).
#pragma once

#include <QByteArray>

namespace granska::pdfa {

class Registry;
class Validation;

void registerOutputIntentRules(Registry &registry);
void registerColourRules(Registry &registry);
void registerImageRules(Registry &registry);
void registerXObjectRules(Registry &registry);
void registerGraphicsStateRules(Registry &registry);
void registerTransparencyRules(Registry &registry);
void registerContentStreamRules(Registry &registry);

void produceOutputIntentSubjects(Validation &validation);

namespace graphics {

// The data colour space of the PDF/A output intent's profile ("RGB ", "CMYK", "GRAY" ...; veraPDF's
// gOutputCS), empty when there is none.
QByteArray pdfaOutputColourSpace(Validation &validation);

// Whether device colour of the given family ("DeviceRGB", ...) is covered by the PDF/A output
// intent: RGB needs an RGB profile, CMYK a CMYK profile, Gray any PDF/A output intent.
bool outputIntentCovers(Validation &validation, const QByteArray &deviceFamily);

} // namespace graphics
} // namespace granska::pdfa
