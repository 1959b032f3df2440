#include "Registry.h"

#include "rules/GroupProducers.h"

namespace granska::pdfa {

const Registry &Registry::instance()
{
    static const Registry registry = [] {
        Registry r;
        registerFileStructureRules(r);
        registerGraphicsRules(r);
        registerFontRules(r);
        registerMetadataRules(r);
        registerInteractiveRules(r);
        return r;
    }();
    return registry;
}

} // namespace granska::pdfa
