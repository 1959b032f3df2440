// One PDF/A rule: which parts and conformance levels it belongs to, its ISO 19005 clause and test
// number, what it says when it fails, and the check itself. Rules are data: each rule group keeps
// a table of them, one line per rule, so that "6.2.11.4.1" finds a rule in seconds.
#pragma once

#include "Flavour.h"
#include "assessment/Assessment.h"

#include <QStringList>
#include <optional>

namespace granska::pdfa {

// What a failing check tells the reader beyond the rule's message: values for its %1, %2, ...
// and, when the failure is somewhere more specific than the subject, where.
class Failure {
public:
    Failure &arg(const QString &value) { m_args << value; return *this; }
    Failure &arg(qint64 value) { return arg(QString::number(value)); }
    Failure &arg(double value) { return arg(QString::number(value, 'g', 10)); }
    Failure &at(const ObjectLocation &where) { m_where = where; return *this; }

    const QStringList &args() const { return m_args; }
    const std::optional<ObjectLocation> &where() const { return m_where; }

private:
    QStringList m_args;
    std::optional<ObjectLocation> m_where;
};

struct RuleBase {
    Parts parts;
    const char *clause;  // "6.2.11.4.1"
    int test;            // test number within the clause
    Levels levels;       // conformance levels the rule applies to
    const char *message; // English, translated in the context "granska::pdfa::Rule"

    bool appliesTo(const Flavour &flavour) const { return (parts & flavour.partBit()) && (levels & flavour.level); }
};

// A rule over subjects of type Subject (a font, a page, an XMP property, ...). The check returns
// true when the subject complies; on false it may fill the Failure. A group's table reads:
//   const Rule<FontSubject> kFontRules[] = {
//       {P1, "6.3.4", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The font %1 is not embedded."), fontIsEmbedded},
//   };
class Validation;

template <typename Subject>
struct Rule : RuleBase {
    using Check = bool (*)(const Subject &subject, Failure &failure);
    // For rules that need facts about the whole document (the output intent, the XMP model ...).
    using CheckInContext = bool (*)(const Subject &subject, Failure &failure, Validation &validation);

    constexpr Rule(Parts parts, const char *clause, int test, Levels levels, const char *message, Check check)
        : RuleBase{parts, clause, test, levels, message}, check(check)
    {
    }
    constexpr Rule(Parts parts, const char *clause, int test, Levels levels, const char *message, CheckInContext check)
        : RuleBase{parts, clause, test, levels, message}, checkInContext(check)
    {
    }
    Check check = nullptr;
    CheckInContext checkInContext = nullptr;
};

} // namespace granska::pdfa
