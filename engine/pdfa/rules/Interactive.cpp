// Rule group: annotations, actions, interactive forms, optional content, embedded files,
// signatures and, for level A, logical structure. See GroupProducers.h.
#include "GroupProducers.h"

#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"
#include "pdfa/Validation.h"

#include <QCoreApplication>

namespace granska::pdfa {
namespace {

// --- Annotation types -------------------------------------------------------------------------

bool isOneOf(const QByteArray &value, std::initializer_list<const char *> allowed)
{
    for (const char *a : allowed)
        if (value == a)
            return true;
    return false;
}

// PDF/A-1 allows the annotation types of PDF 1.4 except FileAttachment, Sound and Movie.
bool annotationTypePermittedPart1(const AnnotationSubject &a, Failure &f)
{
    f.arg(QString::fromLatin1(a.subtype));
    return isOneOf(a.subtype, {"Text", "Link", "FreeText", "Line", "Square", "Circle", "Highlight", "Underline", "Squiggly",
                               "StrikeOut", "Stamp", "Ink", "Popup", "Widget", "PrinterMark", "TrapNet"});
}

// PDF/A-2 and -3 allow the types of ISO 32000-1 except 3D, Sound, Screen and Movie (and, in
// PDF/A-2, FileAttachment is allowed only because the attachment must itself be PDF/A).
bool annotationTypePermittedPart23(const AnnotationSubject &a, Failure &f)
{
    f.arg(QString::fromLatin1(a.subtype));
    return isOneOf(a.subtype, {"Text", "Link", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine", "Highlight",
                               "Underline", "Squiggly", "StrikeOut", "Stamp", "Caret", "Ink", "Popup", "FileAttachment",
                               "Widget", "PrinterMark", "TrapNet", "Watermark", "Redact"});
}

const Rule<AnnotationSubject> kAnnotationRules[] = {
    {P1, "6.5.2", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The annotation type %1 is not permitted in PDF/A-1."), annotationTypePermittedPart1},
    {P23, "6.3.1", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The annotation type %1 is not permitted."), annotationTypePermittedPart23},
};

} // namespace

void registerInteractiveRules(Registry &registry)
{
    registry.add(kAnnotationRules);
}

void produceInteractive(Validation &)
{
}

} // namespace granska::pdfa
