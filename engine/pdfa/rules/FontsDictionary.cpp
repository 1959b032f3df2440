// Font dictionaries and embedded programs: ISO 19005-1 6.3.2, 6.3.4, 6.3.5 (CharSet), 6.3.7;
// ISO 19005-2/3 6.2.11.2, 6.2.11.4.1 (embedding), 6.2.11.4.2 (CharSet), 6.2.11.6.
#include "Fonts.h"

#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"
#include "pdfa/Validation.h"
#include "pdfa/fonts/FontCache.h"
#include "pdfa/fonts/GlyphList.h"

#include <QCoreApplication>
#include <algorithm>
#include <QSet>

namespace granska::pdfa {
namespace {

using fontrules::displayName;
using fontrules::nameOf;

// Font rules look at fonts that show text (see fontrules::showsText).
template <bool (*Check)(const FontSubject &, Failure &, Validation &)>
bool whenShown(const FontSubject &font, Failure &failure, Validation &validation)
{
    if (!fontrules::showsText(font, validation))
        return true;
    failure.arg(displayName(font));
    return Check(font, failure, validation);
}

bool isSimple(const FontSubject &font)
{
    return font.subtype == "Type1" || font.subtype == "MMType1" || font.subtype == "TrueType" || font.subtype == "Type3";
}

QPDFObjectHandle descriptorOf(const FontSubject &font)
{
    QPDFObjectHandle descriptor = font.font.getKey("/FontDescriptor");
    return descriptor.isDictionary() ? descriptor : QPDFObjectHandle::newDictionary();
}

QPDFObjectHandle fontFileOf(const FontSubject &font)
{
    QPDFObjectHandle descriptor = descriptorOf(font);
    for (const char *key : {"/FontFile", "/FontFile2", "/FontFile3"}) {
        QPDFObjectHandle file = descriptor.getKey(key);
        if (file.isStream())
            return file;
    }
    return QPDFObjectHandle::newNull();
}

// The standard 14 fonts may go without FirstChar, LastChar and Widths when not embedded.
bool isStandard14(const FontSubject &font)
{
    static const QSet<QByteArray> names = {"Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Helvetica",
                                           "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Courier",
                                           "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Symbol", "ZapfDingbats"};
    return (font.subtype == "Type1" || font.subtype == "MMType1") && !fontFileOf(font).isStream() &&
           names.contains(nameOf(font.font.getKey("/BaseFont")));
}

// --- 6.3.2 / 6.2.11.2: the entries ISO 32000 requires -------------------------------------------

bool typeIsFont(const FontSubject &font, Failure &failure, Validation &)
{
    QPDFObjectHandle type = font.font.getKey("/Type");
    failure.arg(type.isName() ? QString::fromLatin1(nameOf(type)) : QStringLiteral("-"));
    return type.isNameAndEquals("/Font");
}

bool subtypeKnown(const FontSubject &font, Failure &failure, Validation &)
{
    failure.arg(font.subtype.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(font.subtype));
    return font.subtype == "Type1" || font.subtype == "MMType1" || font.subtype == "TrueType" || font.subtype == "Type3" ||
           font.subtype == "Type0" || font.subtype == "CIDFontType0" || font.subtype == "CIDFontType2";
}

bool hasBaseFont(const FontSubject &font, Failure &, Validation &)
{
    return font.subtype == "Type3" || font.font.getKey("/BaseFont").isName();
}

bool hasFirstChar(const FontSubject &font, Failure &, Validation &)
{
    return !isSimple(font) || isStandard14(font) || font.font.getKey("/FirstChar").isInteger();
}

bool hasLastChar(const FontSubject &font, Failure &, Validation &)
{
    return !isSimple(font) || isStandard14(font) || font.font.getKey("/LastChar").isInteger();
}

bool widthsFitRange(const FontSubject &font, Failure &failure, Validation &)
{
    if (!isSimple(font) || isStandard14(font))
        return true;
    QPDFObjectHandle widths = font.font.getKey("/Widths");
    QPDFObjectHandle first = font.font.getKey("/FirstChar");
    QPDFObjectHandle last = font.font.getKey("/LastChar");
    if (!widths.isArray()) {
        failure.arg(QStringLiteral("-"));
        return false;
    }
    failure.arg(qint64(widths.getArrayNItems()));
    return first.isInteger() && last.isInteger() && widths.getArrayNItems() == last.getIntValue() - first.getIntValue() + 1;
}

bool fontFileSubtypeAllowed(const FontSubject &font, Failure &failure, bool openTypeAllowed)
{
    if (font.subtype == "Type0")
        return true; // its descendant CIDFont holds the descriptor and is checked itself
    QPDFObjectHandle file = fontFileOf(font);
    if (!file.isStream())
        return true;
    QPDFObjectHandle subtype = file.getDict().getKey("/Subtype");
    if (subtype.isNull())
        return true;
    const QByteArray name = nameOf(subtype);
    failure.arg(name.isEmpty() ? QStringLiteral("?") : QString::fromLatin1(name));
    return name == "Type1C" || name == "CIDFontType0C" || (openTypeAllowed && name == "OpenType");
}

bool fontFileSubtypePart1(const FontSubject &font, Failure &failure, Validation &)
{
    return fontFileSubtypeAllowed(font, failure, false);
}

bool fontFileSubtypePart23(const FontSubject &font, Failure &failure, Validation &)
{
    return fontFileSubtypeAllowed(font, failure, true);
}

// --- 6.3.4 / 6.2.11.4.1: embedding -----------------------------------------------------------------

bool embeddedWhenRendered(const FontSubject &font, Failure &, Validation &validation)
{
    if (font.subtype == "Type3" || font.subtype == "Type0")
        return true;
    return fontFileOf(font).isStream() || !fontrules::rendersText(font, validation);
}

// --- 6.3.5 t2 / 6.2.11.4.2 t1: CharSet of Type 1 subsets -----------------------------------------

QSet<QByteArray> charSetNames(const QByteArray &charSet)
{
    QSet<QByteArray> names;
    for (const QByteArray &part : charSet.split('/')) {
        const QByteArray name = part.trimmed();
        if (!name.isEmpty())
            names.insert(name);
    }
    return names;
}

bool isType1Subset(const FontSubject &font)
{
    return (font.subtype == "Type1" || font.subtype == "MMType1") && fontrules::isSubsetName(nameOf(font.font.getKey("/BaseFont")));
}

// ISO 19005-1: the CharSet of a subset lists the glyphs the document uses from it.
bool charSetListsUsedGlyphs(const FontSubject &font, Failure &failure, Validation &validation)
{
    if (!isType1Subset(font))
        return true;
    QPDFObjectHandle charSet = descriptorOf(font).getKey("/CharSet");
    if (!charSet.isString()) {
        failure.arg(QStringLiteral("-"));
        return false;
    }
    const QSet<QByteArray> listed = charSetNames(QByteArray::fromStdString(charSet.getStringValue()));
    const fonts::FontUse *use = validation.cache<fonts::FontCache>().use(font.font, validation);
    if (!use)
        return true;
    for (const fonts::CodeUse &code : use->codes) {
        const fonts::GlyphFacts facts = use->model->glyph(code.code, 1);
        if (facts.present.value_or(false) && facts.name != ".notdef" && !facts.name.isEmpty() && !listed.contains(facts.name)) {
            failure.arg(QString::fromLatin1(facts.name));
            return false;
        }
    }
    return true;
}

// ISO 19005-2/3: a CharSet, when given, lists every glyph the embedded subset contains.
bool charSetListsProgramGlyphs(const FontSubject &font, Failure &failure, Validation &validation)
{
    if (!isType1Subset(font))
        return true;
    QPDFObjectHandle charSet = descriptorOf(font).getKey("/CharSet");
    const fonts::PdfFont *model = fontrules::modelOf(font, validation);
    if (!charSet.isString() || !model || !model->program())
        return true;
    const QSet<QByteArray> listed = charSetNames(QByteArray::fromStdString(charSet.getStringValue()));
    const QSet<QByteArray> inProgram = model->program()->glyphNames();
    // Glyphs in the program but not listed or, failing those, listed (which it may not be) but not in
    // the program; the message names the first in alphabetical order, so that runs agree.
    QList<QByteArray> unmatched;
    for (const QByteArray &name : inProgram) {
        if (name != ".notdef" && !listed.contains(name))
            unmatched.append(name);
    }
    if (unmatched.isEmpty()) {
        for (const QByteArray &name : listed) {
            if (name != ".notdef" && !inProgram.contains(name))
                unmatched.append(name);
        }
    }
    if (!unmatched.isEmpty()) {
        failure.arg(QString::fromLatin1(*std::min_element(unmatched.cbegin(), unmatched.cend())));
        return false;
    }
    return true;
}

// --- 6.3.7 / 6.2.11.6: TrueType encodings and 'cmap' subtables ------------------------------------

bool isTrueType(const FontSubject &font)
{
    return font.subtype == "TrueType";
}

bool isSymbolic(const FontSubject &font)
{
    QPDFObjectHandle flags = descriptorOf(font).getKey("/Flags");
    return flags.isInteger() && (flags.getIntValue() & 0x24) == 0x04;
}

// The encoding named by /Encoding or by its /BaseEncoding.
QByteArray encodingNameOf(const FontSubject &font)
{
    QPDFObjectHandle encoding = font.font.getKey("/Encoding");
    if (encoding.isDictionary())
        encoding = encoding.getKey("/BaseEncoding");
    return nameOf(encoding);
}

bool hasDifferences(const FontSubject &font)
{
    QPDFObjectHandle encoding = font.font.getKey("/Encoding");
    return encoding.isDictionary() && encoding.hasKey("/Differences");
}

bool macOrWinEncoding(const FontSubject &font, Failure &failure)
{
    const QByteArray name = encodingNameOf(font);
    failure.arg(name.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(name));
    return name == "MacRomanEncoding" || name == "WinAnsiEncoding";
}

bool nonSymbolicEncodingPart1(const FontSubject &font, Failure &failure, Validation &)
{
    if (!isTrueType(font) || isSymbolic(font))
        return true;
    return macOrWinEncoding(font, failure) && !hasDifferences(font);
}

const fonts::FontProgram *trueTypeProgram(const FontSubject &font, Validation &validation)
{
    const fonts::PdfFont *model = fontrules::modelOf(font, validation);
    const fonts::FontProgram *program = model ? model->program() : nullptr;
    // A TrueType or OpenType program (one with sfnt tables); Type 1 and bare CFF programs have no 'cmap'.
    return program && (program->isTrueType() || !program->cmapSubtables().isEmpty()) ? program : nullptr;
}

// Differences in a non-symbolic TrueType font are fine when every name is in the Adobe Glyph List and
// the program has a Microsoft Unicode (3,1) subtable to look the characters up in.
bool differencesUnicodeCompliant(const FontSubject &font, Validation &validation)
{
    const fonts::FontProgram *program = trueTypeProgram(font, validation);
    if (!program || !program->hasCmap(3, 1))
        return false;
    QPDFObjectHandle differences = font.font.getKey("/Encoding").getKey("/Differences");
    if (!differences.isArray())
        return true;
    const int count = std::min(differences.getArrayNItems(), 4096);
    for (int i = 0; i < count; ++i) {
        QPDFObjectHandle item = differences.getArrayItem(i);
        if (item.isName() && fonts::unicodeOfGlyphName(nameOf(item)).isEmpty())
            return false;
    }
    return true;
}

bool nonSymbolicEncodingPart23(const FontSubject &font, Failure &failure, Validation &validation)
{
    if (!isTrueType(font) || isSymbolic(font))
        return true;
    return macOrWinEncoding(font, failure) && (!hasDifferences(font) || differencesUnicodeCompliant(font, validation));
}

bool symbolicWithoutEncoding(const FontSubject &font, Failure &, Validation &)
{
    return !isTrueType(font) || !isSymbolic(font) || !font.font.hasKey("/Encoding");
}

bool symbolicOneCmap(const FontSubject &font, Failure &failure, Validation &validation)
{
    if (!isTrueType(font) || !isSymbolic(font))
        return true;
    const fonts::FontProgram *program = trueTypeProgram(font, validation);
    if (!program)
        return true;
    failure.arg(qint64(program->cmapSubtables().size()));
    return program->cmapSubtables().size() == 1;
}

bool symbolicCmapPart23(const FontSubject &font, Failure &failure, Validation &validation)
{
    if (!isTrueType(font) || !isSymbolic(font))
        return true;
    const fonts::FontProgram *program = trueTypeProgram(font, validation);
    if (!program)
        return true;
    failure.arg(qint64(program->cmapSubtables().size()));
    return program->cmapSubtables().size() == 1 || program->hasCmap(3, 0);
}

bool nonSymbolicCmapPart23(const FontSubject &font, Failure &, Validation &validation)
{
    if (!isTrueType(font) || isSymbolic(font))
        return true;
    const fonts::FontProgram *program = trueTypeProgram(font, validation);
    if (!program)
        return true;
    // A (3,0) subtable is a symbolic one: a non-symbolic font needs another besides it.
    const qsizetype count = program->cmapSubtables().size();
    return program->hasCmap(3, 0) ? count > 1 : count > 0;
}

#define RULE_TEXT(text) QT_TRANSLATE_NOOP("granska::pdfa::Rule", text)

const Rule<FontSubject> kFontDictionaryRules[] = {
    // ISO 19005-1
    {P1, "6.3.2", 1, AnyLevel, RULE_TEXT("The font dictionary of %1 has the type %2 instead of Font."), whenShown<typeIsFont>},
    {P1, "6.3.2", 2, AnyLevel, RULE_TEXT("The font %1 has the subtype %2, which is not a font type of PDF."), whenShown<subtypeKnown>},
    {P1, "6.3.2", 3, AnyLevel, RULE_TEXT("The font %1 has no BaseFont name."), whenShown<hasBaseFont>},
    {P1, "6.3.2", 4, AnyLevel, RULE_TEXT("The font %1 has no FirstChar entry."), whenShown<hasFirstChar>},
    {P1, "6.3.2", 5, AnyLevel, RULE_TEXT("The font %1 has no LastChar entry."), whenShown<hasLastChar>},
    {P1, "6.3.2", 6, AnyLevel, RULE_TEXT("The Widths array of the font %1 (%2 entries) does not cover exactly the codes from FirstChar to LastChar."), whenShown<widthsFitRange>},
    {P1, "6.3.2", 7, AnyLevel, RULE_TEXT("The embedded program of the font %1 has the subtype %2, which PDF 1.4 does not define."), whenShown<fontFileSubtypePart1>},
    {P1, "6.3.4", 1, AnyLevel, RULE_TEXT("The font %1 is used to draw text but its program is not embedded."), whenShown<embeddedWhenRendered>},
    {P1, "6.3.5", 2, AnyLevel, RULE_TEXT("The Type 1 subset %1 has no CharSet, or its CharSet does not list the glyph %2 that the document uses."), whenShown<charSetListsUsedGlyphs>},
    {P1, "6.3.7", 1, AnyLevel, RULE_TEXT("The non-symbolic TrueType font %1 has the encoding %2 (or Differences); only MacRomanEncoding or WinAnsiEncoding are allowed."), whenShown<nonSymbolicEncodingPart1>},
    {P1, "6.3.7", 2, AnyLevel, RULE_TEXT("The symbolic TrueType font %1 has an Encoding entry."), whenShown<symbolicWithoutEncoding>},
    {P1, "6.3.7", 3, AnyLevel, RULE_TEXT("The 'cmap' table of the symbolic TrueType font %1 has %2 encodings instead of exactly one."), whenShown<symbolicOneCmap>},

    // ISO 19005-2 and -3
    {P23, "6.2.11.2", 1, AnyLevel, RULE_TEXT("The font dictionary of %1 has the type %2 instead of Font."), whenShown<typeIsFont>},
    {P23, "6.2.11.2", 2, AnyLevel, RULE_TEXT("The font %1 has the subtype %2, which is not a font type of PDF."), whenShown<subtypeKnown>},
    {P23, "6.2.11.2", 3, AnyLevel, RULE_TEXT("The font %1 has no BaseFont name."), whenShown<hasBaseFont>},
    {P23, "6.2.11.2", 4, AnyLevel, RULE_TEXT("The font %1 has no FirstChar entry."), whenShown<hasFirstChar>},
    {P23, "6.2.11.2", 5, AnyLevel, RULE_TEXT("The font %1 has no LastChar entry."), whenShown<hasLastChar>},
    {P23, "6.2.11.2", 6, AnyLevel, RULE_TEXT("The Widths array of the font %1 (%2 entries) does not cover exactly the codes from FirstChar to LastChar."), whenShown<widthsFitRange>},
    {P23, "6.2.11.2", 7, AnyLevel, RULE_TEXT("The embedded program of the font %1 has the subtype %2, which ISO 32000-1 does not define."), whenShown<fontFileSubtypePart23>},
    {P23, "6.2.11.4.1", 1, AnyLevel, RULE_TEXT("The font %1 is used to draw text but its program is not embedded."), whenShown<embeddedWhenRendered>},
    {P23, "6.2.11.4.2", 1, AnyLevel, RULE_TEXT("The CharSet of the Type 1 subset %1 does not match its embedded program: the glyph %2 is in one but not the other."), whenShown<charSetListsProgramGlyphs>},
    {P23, "6.2.11.6", 1, AnyLevel, RULE_TEXT("The program of the non-symbolic TrueType font %1 has no non-symbolic 'cmap' subtable to look glyphs up in."), whenShown<nonSymbolicCmapPart23>},
    {P23, "6.2.11.6", 2, AnyLevel, RULE_TEXT("The non-symbolic TrueType font %1 has the encoding %2, or Differences that are not Adobe Glyph List names backed by a (3,1) 'cmap' subtable; MacRomanEncoding or WinAnsiEncoding is required."), whenShown<nonSymbolicEncodingPart23>},
    {P23, "6.2.11.6", 3, AnyLevel, RULE_TEXT("The symbolic TrueType font %1 has an Encoding entry."), whenShown<symbolicWithoutEncoding>},
    {P23, "6.2.11.6", 4, AnyLevel, RULE_TEXT("The 'cmap' table of the symbolic TrueType font %1 has %2 encodings and none of them is Microsoft Symbol (3,0)."), whenShown<symbolicCmapPart23>},
};

} // namespace

void registerFontDictionaryRules(Registry &registry)
{
    registry.add(kFontDictionaryRules);
}

} // namespace granska::pdfa
