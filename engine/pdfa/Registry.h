// All PDF/A rules, by the type of subject they look at. Each rule group registers its table here;
// a validation then keeps only the rules of its flavour.
#pragma once

#include "Rule.h"

#include <atomic>
#include <unordered_map>
#include <vector>

namespace granska::pdfa {

// A small integer per subject type, so that finding a subject's rules is an index, not a hash of
// the type's name: checks run for every operator and object of a document.
inline int nextSubjectTypeId()
{
    static std::atomic_int next{0};
    return next++;
}

template <typename Subject>
int subjectTypeId()
{
    static const int id = nextSubjectTypeId();
    return id;
}

class Registry {
public:
    template <typename Subject, std::size_t N>
    void add(const Rule<Subject> (&rules)[N])
    {
        auto &list = m_rules[subjectTypeId<Subject>()];
        for (const Rule<Subject> &rule : rules)
            list.push_back(&rule);
    }

    const std::unordered_map<int, std::vector<const RuleBase *>> &all() const { return m_rules; }

    // Every rule of every group, registered once on first use (thread-safe).
    static const Registry &instance();

private:
    std::unordered_map<int, std::vector<const RuleBase *>> m_rules; // by subject type id
};

} // namespace granska::pdfa
