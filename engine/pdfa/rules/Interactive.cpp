// Rule group: annotations, actions, interactive forms and signatures, logical structure (level A),
// optional content, embedded files, alternate presentations and requirements. See
// GroupProducers.h; the rules live in the Interactive*.cpp files by topic.
#include "GroupProducers.h"
#include "Interactive.h"

namespace granska::pdfa {

void registerInteractiveRules(Registry &registry)
{
    registerAnnotationRules(registry);
    registerActionRules(registry);
    registerFormRules(registry);
    registerStructureRules(registry);
    registerDocumentFeatureRules(registry);
}

void produceInteractive(Validation &validation)
{
    produceSignatures(validation);
    produceStructure(validation);
    produceDocumentFeatures(validation);
}

} // namespace granska::pdfa
