#include "Validation.h"

#include "Registry.h"
#include "pdf/PdfDocument.h"

#include <QCoreApplication>
#include <algorithm>

namespace granska::pdfa {
namespace {

constexpr int kMaxLocationsPerRule = 10;

// Orders clause numbers as numbers: 6.2.10 after 6.2.9.
bool clauseLess(const QString &a, const QString &b)
{
    const QStringList pa = a.split(QLatin1Char('.'));
    const QStringList pb = b.split(QLatin1Char('.'));
    for (int i = 0; i < std::min(pa.size(), pb.size()); ++i) {
        if (pa[i].toInt() != pb[i].toInt())
            return pa[i].toInt() < pb[i].toInt();
    }
    return pa.size() < pb.size();
}

} // namespace

Validation::Validation(PdfDocument &document, const QList<Revision> &revisions, const Flavour &flavour, Budget &budget)
    : m_document(document), m_revisions(revisions), m_flavour(flavour), m_budget(budget)
{
    for (const auto &[type, rules] : Registry::instance().all()) {
        if (size_t(type) >= m_rules.size())
            m_rules.resize(size_t(type) + 1);
        for (const RuleBase *rule : rules) {
            if (rule->appliesTo(flavour)) {
                m_rules[size_t(type)].push_back(rule);
                ++m_ruleCount;
            }
        }
    }
}

Validation::~Validation() = default;

QPDF &Validation::qpdf()
{
    return m_document.qpdf();
}

int Validation::revisionOf(QPDFObjGen object)
{
    if (!m_objectRevisions)
        m_objectRevisions = std::make_unique<ObjectRevisions>(m_document, m_revisions);
    return m_objectRevisions->revisionOf(object);
}

ObjectLocation Validation::locate(QPDFObjGen object, int page, const QString &context)
{
    ObjectLocation where;
    where.objectNumber = object.getObj();
    where.generation = object.getGen();
    where.page = page;
    where.context = context;
    if (object.getObj() > 0)
        where.revision = revisionOf(object);
    return where;
}

void Validation::recordFailure(const RuleBase &rule, const ObjectLocation &where, const Failure &failure)
{
    auto found = m_violationIndex.find(&rule);
    if (found == m_violationIndex.end()) {
        RuleViolation violation;
        violation.specification = m_flavour.specification();
        violation.clause = QString::fromLatin1(rule.clause);
        violation.test = rule.test;
        QString message = QCoreApplication::translate("granska::pdfa::Rule", rule.message);
        for (const QString &arg : failure.args())
            message = message.arg(arg);
        violation.message = message;
        m_violations.append(violation);
        found = m_violationIndex.emplace(&rule, int(m_violations.size()) - 1).first;
    }
    RuleViolation &violation = m_violations[found->second];
    ++violation.count;
    if (violation.locations.size() < kMaxLocationsPerRule)
        violation.locations.append(failure.where().value_or(where));
}

QList<RuleViolation> Validation::violations() const
{
    QList<RuleViolation> sorted = m_violations;
    std::stable_sort(sorted.begin(), sorted.end(), [](const RuleViolation &a, const RuleViolation &b) {
        if (a.clause != b.clause)
            return clauseLess(a.clause, b.clause);
        return a.test < b.test;
    });
    return sorted;
}

} // namespace granska::pdfa
