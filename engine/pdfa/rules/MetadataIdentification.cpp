// The PDF/A identification schema in the document metadata (ISO 19005-1 6.7.11, ISO 19005-2/3
// 6.6.4): present, naming the part and a conformance level that fit the flavour checked, its
// properties written with the prefix pdfaid.
#include "Metadata.h"

#include "pdfa/Registry.h"
#include "pdfa/Validation.h"

#include <QCoreApplication>

namespace granska::pdfa {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::MetadataIdentification)
};

using metadata::shown;

bool containsIdentification(const MainXmpPackageSubject &s, Failure &)
{
    return s.packet->hasPropertyIn(xmp::ns::PdfaId);
}

const xmp::XmpNode *identification(const PdfaIdentificationSubject &s, const char *name)
{
    return s.packet->property(xmp::ns::PdfaId, QLatin1String(name));
}

// A decimal integer with an optional sign and nothing else, as pdfaid:part must be.
std::optional<int> integerValue(const QString &text)
{
    QStringView digits(text);
    if (digits.startsWith(QLatin1Char('+')) || digits.startsWith(QLatin1Char('-')))
        digits = digits.mid(1);
    if (digits.isEmpty() || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

bool partMatches(const PdfaIdentificationSubject &s, Failure &f, Validation &v)
{
    const xmp::XmpNode *part = identification(s, "part");
    const std::optional<int> value = part && part->isSimple() ? integerValue(part->value) : std::nullopt;
    f.arg(part ? shown(part->value) : Tr::tr("missing")).arg(qint64(v.flavour().part));
    return value == v.flavour().part;
}

// Level A satisfies every level of its part, level U also B (PDF/A-2 and -3 only).
QStringList allowedConformance(const Flavour &flavour)
{
    switch (flavour.level) {
    case LA:
        return {QStringLiteral("A")};
    case LU:
        return {QStringLiteral("A"), QStringLiteral("U")};
    default:
        return flavour.part == 1 ? QStringList{QStringLiteral("A"), QStringLiteral("B")}
                                 : QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("U")};
    }
}

bool conformanceMatches(const PdfaIdentificationSubject &s, Failure &f, Validation &v)
{
    const xmp::XmpNode *conformance = identification(s, "conformance");
    const QStringList allowed = allowedConformance(v.flavour());
    f.arg(conformance ? shown(conformance->value) : Tr::tr("missing")).arg(allowed.join(Tr::tr(" or ")));
    return conformance && conformance->isSimple() && allowed.contains(conformance->value);
}

bool prefixIsPdfaid(const PdfaIdentificationSubject &s, Failure &f, const char *name)
{
    const xmp::XmpNode *property = identification(s, name);
    if (property)
        f.arg(property->prefix);
    return !property || property->prefix.isEmpty() || property->prefix == QLatin1String("pdfaid");
}

bool partPrefix(const PdfaIdentificationSubject &s, Failure &f) { return prefixIsPdfaid(s, f, "part"); }
bool conformancePrefix(const PdfaIdentificationSubject &s, Failure &f) { return prefixIsPdfaid(s, f, "conformance"); }
bool amendmentPrefix(const PdfaIdentificationSubject &s, Failure &f) { return prefixIsPdfaid(s, f, "amd"); }
bool corrigendumPrefix(const PdfaIdentificationSubject &s, Failure &f) { return prefixIsPdfaid(s, f, "corr"); }

const Rule<MainXmpPackageSubject> kPackageRules[] = {
    {P1, "6.7.11", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The document metadata does not identify the PDF/A part and conformance level with the PDF/A identification schema (pdfaid)."), containsIdentification},
    {P23, "6.6.4", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The document metadata does not identify the PDF/A part and conformance level with the PDF/A identification schema (pdfaid)."), containsIdentification},
};

const Rule<PdfaIdentificationSubject> kIdentificationRules[] = {
    {P1, "6.7.11", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The part in the PDF/A identification (pdfaid:part) is %1, but the document is checked against part %2."), partMatches},
    {P1, "6.7.11", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The conformance level in the PDF/A identification (pdfaid:conformance) is %1; the level checked accepts only %2."), conformanceMatches},
    {P1, "6.7.11", 4, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The PDF/A identification property part is written with the prefix \"%1\" instead of pdfaid."), partPrefix},
    {P1, "6.7.11", 5, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The PDF/A identification property conformance is written with the prefix \"%1\" instead of pdfaid."), conformancePrefix},
    {P1, "6.7.11", 6, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The PDF/A identification property amd is written with the prefix \"%1\" instead of pdfaid."), amendmentPrefix},
    {P23, "6.6.4", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The part in the PDF/A identification (pdfaid:part) is %1, but the document is checked against part %2."), partMatches},
    {P23, "6.6.4", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The conformance level in the PDF/A identification (pdfaid:conformance) is %1; the level checked accepts only %2."), conformanceMatches},
    {P23, "6.6.4", 4, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The PDF/A identification property part is written with the prefix \"%1\" instead of pdfaid."), partPrefix},
    {P23, "6.6.4", 5, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The PDF/A identification property conformance is written with the prefix \"%1\" instead of pdfaid."), conformancePrefix},
    {P23, "6.6.4", 6, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The PDF/A identification property amd is written with the prefix \"%1\" instead of pdfaid."), amendmentPrefix},
    {P23, "6.6.4", 7, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The PDF/A identification property corr is written with the prefix \"%1\" instead of pdfaid."), corrigendumPrefix},
};

} // namespace

void registerMetadataIdentificationRules(Registry &registry)
{
    registry.add(kPackageRules);
    registry.add(kIdentificationRules);
}

} // namespace granska::pdfa
