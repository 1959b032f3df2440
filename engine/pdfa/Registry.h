// All PDF/A rules, by the type of subject they look at. Each rule group registers its table here;
// a validation then keeps only the rules of its flavour.
#pragma once

#include "Rule.h"

#include <typeindex>
#include <unordered_map>
#include <vector>

namespace granska::pdfa {

class Registry {
public:
    template <typename Subject, std::size_t N>
    void add(const Rule<Subject> (&rules)[N])
    {
        auto &list = m_rules[std::type_index(typeid(Subject))];
        for (const Rule<Subject> &rule : rules)
            list.push_back(&rule);
    }

    const std::unordered_map<std::type_index, std::vector<const RuleBase *>> &all() const { return m_rules; }

    // Every rule of every group, registered once on first use (thread-safe).
    static const Registry &instance();

private:
    std::unordered_map<std::type_index, std::vector<const RuleBase *>> m_rules;
};

} // namespace granska::pdfa
