// Rule group: see GroupProducers.h.
#include "GroupProducers.h"

#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"
#include "pdfa/Validation.h"

namespace granska::pdfa {

void registerFontRules(Registry &)
{
}

void produceGlyphs(Validation &)
{
}

} // namespace granska::pdfa
