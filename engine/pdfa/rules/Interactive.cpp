// Rule group: see GroupProducers.h.
#include "GroupProducers.h"

#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"
#include "pdfa/Validation.h"

namespace granska::pdfa {

void registerInteractiveRules(Registry &)
{
}

void produceInteractive(Validation &)
{
}

} // namespace granska::pdfa
