// Actions: ISO 19005-1 6.6 (with 6.6.1 t3 and 6.6.2 on widgets, fields and the catalog);
// ISO 19005-2/3 6.5 (and 6.4.1 for widgets and fields).
#include "Interactive.h"

#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"

namespace granska::pdfa {
namespace {

using interactive::isOneOf;
using interactive::nameOf;

// 6.6.1 t1 (PDF/A-1): only actions that neither run code nor change the document, nor play media.
bool actionTypePermittedPart1(const ActionSubject &a, Failure &f)
{
    f.arg(QString::fromLatin1(a.type));
    return isOneOf(a.type, {"GoTo", "GoToR", "Thread", "URI", "Named", "SubmitForm"});
}

// 6.5.1 t1 (PDF/A-2, -3): the same, plus GoToE (go to an embedded file).
bool actionTypePermittedPart23(const ActionSubject &a, Failure &f)
{
    f.arg(QString::fromLatin1(a.type));
    return isOneOf(a.type, {"GoTo", "GoToR", "GoToE", "Thread", "URI", "Named", "SubmitForm"});
}

// 6.6.1 t2 / 6.5.1 t2: named actions limited to page navigation.
bool namedActionPermitted(const ActionSubject &a, Failure &f)
{
    if (a.type != "Named")
        return true;
    const QByteArray name = nameOf(a.action.getKey("/N"));
    f.arg(QString::fromLatin1(name));
    return isOneOf(name, {"NextPage", "PrevPage", "FirstPage", "LastPage"});
}

const Rule<ActionSubject> kActionRules[] = {
    {P1, "6.6.1", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The action type %1 is not permitted in PDF/A-1."), actionTypePermittedPart1},
    {P1, "6.6.1", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The named action %1 is not permitted; only NextPage, PrevPage, FirstPage and LastPage are."), namedActionPermitted},
    {P23, "6.5.1", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The action type %1 is not permitted."), actionTypePermittedPart23},
    {P23, "6.5.1", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The named action %1 is not permitted; only NextPage, PrevPage, FirstPage and LastPage are."), namedActionPermitted},
};

// 6.6.1 t3 (PDF/A-1): a widget carries no action of its own.
bool widgetHasNoAction(const AnnotationSubject &a, Failure &)
{
    return a.subtype != "Widget" || !a.annotation.hasKey("/A");
}

// 6.6.2 t1 (PDF/A-1): a widget has no additional actions.
bool widgetHasNoAdditionalActions(const AnnotationSubject &a, Failure &)
{
    return a.subtype != "Widget" || !a.annotation.hasKey("/AA");
}

// 6.4.1 t1 (PDF/A-2, -3): a widget has neither an action nor additional actions.
bool widgetHasNoActions(const AnnotationSubject &a, Failure &)
{
    return a.subtype != "Widget" || (!a.annotation.hasKey("/A") && !a.annotation.hasKey("/AA"));
}

const Rule<AnnotationSubject> kWidgetActionRules[] = {
    {P1, "6.6.1", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A form field's widget has an action (A)."), widgetHasNoAction},
    {P1, "6.6.2", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A form field's widget has additional actions (AA)."), widgetHasNoAdditionalActions},
    {P23, "6.4.1", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A form field's widget has an action (A) or additional actions (AA)."), widgetHasNoActions},
};

// 6.6.2 t2 / 6.4.1 t2: form fields have no additional actions (scripts on keystroke, format, ...).
bool fieldHasNoAdditionalActions(const FormFieldSubject &field, Failure &)
{
    return !field.field.hasKey("/AA");
}

const Rule<FormFieldSubject> kFieldActionRules[] = {
    {P1, "6.6.2", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A form field has additional actions (AA)."), fieldHasNoAdditionalActions},
    {P23, "6.4.1", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A form field has additional actions (AA)."), fieldHasNoAdditionalActions},
};

// 6.6.2 t3 / 6.5.2 t1: the document has no additional actions (open, close, save, print events).
bool catalogHasNoAdditionalActions(const CatalogSubject &c, Failure &)
{
    return !c.catalog.hasKey("/AA");
}

const Rule<CatalogSubject> kCatalogActionRules[] = {
    {P1, "6.6.2", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The document catalog has additional actions (AA)."), catalogHasNoAdditionalActions},
    {P23, "6.5.2", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The document catalog has additional actions (AA)."), catalogHasNoAdditionalActions},
};

// 6.5.2 t2 (PDF/A-2, -3): pages have no additional actions.
bool pageHasNoAdditionalActions(const PageSubject &p, Failure &)
{
    return !p.page.hasKey("/AA");
}

const Rule<PageSubject> kPageActionRules[] = {
    {P23, "6.5.2", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A page has additional actions (AA)."), pageHasNoAdditionalActions},
};

} // namespace

void registerActionRules(Registry &registry)
{
    registry.add(kActionRules);
    registry.add(kWidgetActionRules);
    registry.add(kFieldActionRules);
    registry.add(kCatalogActionRules);
    registry.add(kPageActionRules);
}

} // namespace granska::pdfa
