// Fonts: ISO 19005-1 6.3 and ISO 19005-2/3 6.2.11. Registration and the helpers the topic files share.
#include "Fonts.h"
#include "GroupProducers.h"

#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"
#include "pdfa/Validation.h"
#include "pdfa/fonts/FontCache.h"

#include <QCoreApplication>

namespace granska::pdfa {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::Fonts)
};

// For a CIDFont subject, its Type 0 font: the dictionary the content streams selected.
QPDFObjectHandle selectedFont(const FontSubject &font)
{
    return font.parent.isDictionary() ? font.parent : font.font;
}

} // namespace

void registerFontRules(Registry &registry)
{
    registerFontDictionaryRules(registry);
    registerCompositeFontRules(registry);
    registerGlyphRules(registry);
}

namespace fontrules {

QByteArray nameOf(QPDFObjectHandle object)
{
    return object.isName() ? QByteArray::fromStdString(object.getName()).mid(1) : QByteArray();
}

QString displayName(const FontSubject &font)
{
    const QByteArray base = nameOf(font.font.getKey("/BaseFont"));
    if (!base.isEmpty())
        return QString::fromLatin1(base);
    if (font.subtype == "Type3")
        return Tr::tr("(Type 3 font)");
    return Tr::tr("(font without a name)");
}

bool showsText(const FontSubject &font, Validation &validation)
{
    return validation.cache<fonts::FontCache>().use(selectedFont(font), validation) != nullptr;
}

bool rendersText(const FontSubject &font, Validation &validation)
{
    const fonts::FontUse *use = validation.cache<fonts::FontCache>().use(selectedFont(font), validation);
    return use && use->rendered;
}

const fonts::PdfFont *modelOf(const FontSubject &font, Validation &validation)
{
    const fonts::FontUse *use = validation.cache<fonts::FontCache>().use(selectedFont(font), validation);
    return use ? use->model.get() : nullptr;
}

bool isSubsetName(const QByteArray &baseFont)
{
    if (baseFont.size() < 7 || baseFont[6] != '+')
        return false;
    for (int i = 0; i < 6; ++i)
        if (baseFont[i] < 'A' || baseFont[i] > 'Z')
            return false;
    return true;
}

} // namespace fontrules
} // namespace granska::pdfa
