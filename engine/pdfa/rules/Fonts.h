// The font rule group (ISO 19005-1 6.3, ISO 19005-2/3 6.2.11), split by topic: font dictionaries
// and programs (FontsDictionary.cpp), composite fonts and CMaps (FontsComposite.cpp), and the glyphs
// shown (FontsGlyphs.cpp, which also produces the glyph subjects, with FontsActualText.cpp for the
// ActualText of Private Use Area characters). The font machinery itself is in engine/pdfa/fonts.
#pragma once

#include "assessment/Assessment.h"
#include "pdfa/fonts/PdfFont.h"

#include <qpdf/QPDFObjectHandle.hh>

namespace granska::pdfa {

class Registry;
class Validation;
struct FontSubject;

// One character code of one font, as shown by the content streams: checked once per font and code,
// where it was first shown.
struct GlyphSubject {
    ObjectLocation where;
    const fonts::PdfFont *font = nullptr;
    quint32 code = 0;
    bool rendered = false;   // shown at least once in a rendering mode other than 3
    bool actualText = true;  // every showing lies within marked content that has an ActualText
    fonts::GlyphFacts facts;
};

void registerFontDictionaryRules(Registry &registry);
void registerCompositeFontRules(Registry &registry);
void registerGlyphRules(Registry &registry);

namespace fontrules {

QByteArray nameOf(QPDFObjectHandle object);
// The font's name for messages: BaseFont, or the kind of font when it has none.
QString displayName(const FontSubject &font);
// True when some text was shown with the font (for a CIDFont: with its Type 0 font), which is
// when the font rules look at it, as a conforming reader meets fonts only through the text shown.
bool showsText(const FontSubject &font, Validation &validation);
// True when some of that text is rendered (a rendering mode other than 3).
bool rendersText(const FontSubject &font, Validation &validation);
// The model of the font (for a CIDFont subject: of its Type 0 font); nullptr when no text was shown.
const fonts::PdfFont *modelOf(const FontSubject &font, Validation &validation);
// A subset font's name begins with six upper-case letters and a plus sign (ISO 32000-1, 9.6.4).
bool isSubsetName(const QByteArray &baseFont);

} // namespace fontrules
} // namespace granska::pdfa
