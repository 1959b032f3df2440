// The glyphs shown: ISO 19005-1 6.3.5 t1, 6.3.6, 6.3.8; ISO 19005-2/3 6.2.11.4.1 t2, 6.2.11.5,
// 6.2.11.7.2, 6.2.11.7.3, 6.2.11.8. Also the producer of the glyph subjects.
#include "Fonts.h"
#include "FontsActualText.h"
#include "GroupProducers.h"

#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"
#include "pdfa/Validation.h"
#include "pdfa/fonts/FontCache.h"

#include <QCoreApplication>
#include <cmath>

namespace granska::pdfa {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::Fonts)
};

QString codeText(quint32 code)
{
    return code <= 0xFF ? QStringLiteral("0x%1").arg(code, 2, 16, QLatin1Char('0'))
                        : QStringLiteral("0x%1").arg(code, 4, 16, QLatin1Char('0'));
}

// %1 is the font, %2 the character code, in every glyph message.
template <bool (*Check)(const GlyphSubject &, Failure &)>
bool describe(const GlyphSubject &glyph, Failure &failure)
{
    const QString name = glyph.font->name().isEmpty()
                             ? Tr::tr("(unnamed %1 font)").arg(QString::fromLatin1(glyph.font->subtype()))
                             : glyph.font->name();
    failure.arg(name).arg(codeText(glyph.code));
    return Check(glyph, failure);
}

bool glyphPresent(const GlyphSubject &glyph, Failure &)
{
    return !glyph.rendered || glyph.facts.present.value_or(true);
}

bool widthsConsistent(const GlyphSubject &glyph, Failure &failure)
{
    const fonts::GlyphFacts &facts = glyph.facts;
    if (!glyph.rendered || !facts.widthInDictionary || !facts.widthInProgram)
        return true;
    failure.arg(*facts.widthInDictionary).arg(*facts.widthInProgram);
    // Consistent means within one unit of 1/1000 text space.
    return std::abs(*facts.widthInDictionary - *facts.widthInProgram) <= 1.0;
}

bool mappedToUnicode(const GlyphSubject &glyph, Failure &)
{
    return glyph.facts.unicodeMapped;
}

bool unicodeValuesValid(const GlyphSubject &glyph, Failure &failure)
{
    if (!glyph.facts.unicode)
        return true;
    for (QChar c : *glyph.facts.unicode) {
        if (c.unicode() == 0 || c.unicode() == 0xFEFF || c.unicode() == 0xFFFE) {
            failure.arg(QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper());
            return false;
        }
    }
    return true;
}

bool isPrivateUse(char32_t c)
{
    return (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0xFFFFD) || (c >= 0x100000 && c <= 0x10FFFD);
}

bool privateUseHasActualText(const GlyphSubject &glyph, Failure &)
{
    if (!glyph.facts.unicode || glyph.actualText)
        return true;
    for (char32_t c : glyph.facts.unicode->toUcs4())
        if (isPrivateUse(c))
            return false;
    return true;
}

bool notNotdef(const GlyphSubject &glyph, Failure &)
{
    return !glyph.facts.notdef;
}

#define RULE_TEXT(text) QT_TRANSLATE_NOOP("granska::pdfa::Rule", text)

const Rule<GlyphSubject> kGlyphRules[] = {
    // ISO 19005-1
    {P1, "6.3.5", 1, AnyLevel, RULE_TEXT("The font %1 does not define the glyph that the code %2 shows (neither its embedded program nor its glyph procedures have it)."), describe<glyphPresent>},
    {P1, "6.3.6", 1, AnyLevel, RULE_TEXT("The font %1 gives the code %2 the width %3 in its dictionary but %4 in its glyph description."), describe<widthsConsistent>},
    {P1, "6.3.8", 1, LevelA, RULE_TEXT("The code %2 of the font %1 has no Unicode equivalent: there is no ToUnicode entry for it and its glyph name is not a standard one."), describe<mappedToUnicode>},

    // ISO 19005-2 and -3
    {P23, "6.2.11.4.1", 2, AnyLevel, RULE_TEXT("The font %1 does not define the glyph that the code %2 shows (neither its embedded program nor its glyph procedures have it)."), describe<glyphPresent>},
    {P23, "6.2.11.5", 1, AnyLevel, RULE_TEXT("The font %1 gives the code %2 the width %3 in its dictionary but %4 in its glyph description."), describe<widthsConsistent>},
    {P23, "6.2.11.7.2", 1, LevelAU, RULE_TEXT("The code %2 of the font %1 has no Unicode equivalent: there is no ToUnicode entry for it and no other mapping applies."), describe<mappedToUnicode>},
    {P23, "6.2.11.7.2", 2, LevelAU, RULE_TEXT("The ToUnicode CMap of the font %1 maps the code %2 to %3, which is not a character."), describe<unicodeValuesValid>},
    {P23, "6.2.11.7.3", 1, LevelA, RULE_TEXT("The code %2 of the font %1 maps to a Private Use Area character but no ActualText gives its meaning."), describe<privateUseHasActualText>},
    {P23, "6.2.11.8", 1, AnyLevel, RULE_TEXT("Text shown with the font %1 refers to its .notdef glyph (code %2)."), describe<notNotdef>},
};

} // namespace

void registerGlyphRules(Registry &registry)
{
    registry.add(kGlyphRules);
}

void produceGlyphs(Validation &validation)
{
    if (!validation.wants<GlyphSubject>())
        return;
    const int part = validation.flavour().part;
    QList<GlyphSubject> glyphs;
    bool privateUse = false;
    int sinceCheck = 0;
    for (const fonts::FontUse &use : validation.cache<fonts::FontCache>().uses(validation)) {
        for (const fonts::CodeUse &code : use.codes) {
            if (++sinceCheck == 256) {
                sinceCheck = 0;
                validation.budget().check();
            }
            GlyphSubject glyph;
            glyph.where = code.where;
            glyph.font = use.model.get();
            glyph.code = code.code;
            glyph.rendered = code.rendered;
            glyph.facts = use.model->glyph(code.code, part);
            if (glyph.facts.unicode && !privateUse) {
                for (char32_t c : glyph.facts.unicode->toUcs4())
                    privateUse = privateUse || isPrivateUse(c);
            }
            glyphs.append(std::move(glyph));
        }
    }
    // Only level A asks whether Private Use Area characters have an ActualText; finding out means
    // walking the content again, so it is done only when there are such characters.
    if (privateUse && validation.flavour().level == LA && part > 1) {
        const QSet<std::pair<const void *, quint32>> uncovered = codesOutsideActualText(validation);
        for (GlyphSubject &glyph : glyphs)
            glyph.actualText = !uncovered.contains({glyph.font, glyph.code});
    }
    for (const GlyphSubject &glyph : glyphs)
        validation.check(glyph);
}

} // namespace granska::pdfa
