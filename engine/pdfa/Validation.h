// One validation run: a document against one flavour's rules. Producers (the walker, the content
// interpreter, each rule group's own scanners) hand subjects to check(); the rules registered for
// that subject type judge them, and failures are collected into RuleViolations.
#pragma once

#include "Flavour.h"
#include "Registry.h"
#include "Rule.h"
#include "pdf/Limits.h"

#include "pdf/ObjGenHash.h"
#include "pdf/ObjectRevisions.h"

#include <QHash>
#include <memory>
#include <qpdf/QPDFObjGen.hh>
#include <typeindex>
#include <unordered_map>
#include <vector>

class QPDF;

namespace granska {
class PdfDocument;
}

namespace granska::pdfa {

class Validation {
public:
    Validation(PdfDocument &document, const QList<Revision> &revisions, const Flavour &flavour, Budget &budget);
    ~Validation();

    PdfDocument &document() { return m_document; }
    QPDF &qpdf();
    const QList<Revision> &revisions() const { return m_revisions; }
    const Flavour &flavour() const { return m_flavour; }
    Budget &budget() { return m_budget; }

    // True when some rule of this flavour looks at subjects of type Subject: producers skip work
    // nobody needs.
    template <typename Subject>
    bool wants() const
    {
        const size_t id = size_t(subjectTypeId<Subject>());
        return id < m_rules.size() && !m_rules[id].empty();
    }

    // Runs every applicable rule on the subject. Subject has a member `ObjectLocation where`.
    template <typename Subject>
    void check(const Subject &subject)
    {
        const size_t id = size_t(subjectTypeId<Subject>());
        if (id >= m_rules.size())
            return;
        for (const RuleBase *base : m_rules[id]) {
            const auto *rule = static_cast<const Rule<Subject> *>(base);
            Failure failure;
            const bool complies = rule->check ? rule->check(subject, failure) : rule->checkInContext(subject, failure, *this);
            if (!complies)
                recordFailure(*rule, subject.where, failure);
        }
    }

    // Facts about the document that several rules or producers share (the output intent's colour
    // space, parsed font programs, the XMP model ...), created on first use and kept for the run.
    template <typename T>
    T &cache()
    {
        std::shared_ptr<void> &slot = m_cache[std::type_index(typeid(T))];
        if (!slot)
            slot = std::make_shared<T>();
        return *static_cast<T *>(slot.get());
    }

    // The 1-based revision in which the object was last written, from the cross-reference table;
    // 0 when unknown.
    int revisionOf(QPDFObjGen object);
    ObjectLocation locate(QPDFObjGen object, int page = 0, const QString &context = {});

    int rulesChecked() const { return m_ruleCount; }
    QList<RuleViolation> violations() const;

private:
    void recordFailure(const RuleBase &rule, const ObjectLocation &where, const Failure &failure);

    PdfDocument &m_document;
    const QList<Revision> &m_revisions;
    Flavour m_flavour;
    Budget &m_budget;
    std::vector<std::vector<const RuleBase *>> m_rules; // applicable rules by subject type id
    int m_ruleCount = 0;
    std::unordered_map<std::type_index, std::shared_ptr<void>> m_cache;
    std::unordered_map<const RuleBase *, int> m_violationIndex;
    QList<RuleViolation> m_violations;
    std::unique_ptr<ObjectRevisions> m_objectRevisions;
};

} // namespace granska::pdfa
