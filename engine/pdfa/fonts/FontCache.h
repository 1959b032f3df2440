// The font rules' per-document facts: one PdfFont per font dictionary, and how the content streams
// used each font (which codes, in which rendering modes, where first). Kept in
// Validation::cache<FontCache>() so that the font-dictionary rules and the glyph producer share
// the parsed programs.
#pragma once

#include "FontProgram.h"
#include "PdfFont.h"

#include "assessment/Assessment.h"

#include <QHash>
#include <QList>
#include <memory>
#include <qpdf/QPDFObjectHandle.hh>

namespace granska::pdfa {
class Validation;
}

namespace granska::pdfa::fonts {

struct CodeUse {
    quint32 code = 0;
    ObjectLocation where;         // first place the code was shown
    bool rendered = false;        // shown at least once in a mode other than 3 (invisible)
    bool invisible = false;       // shown at least once in mode 3
};

struct FontUse {
    mutable QPDFObjectHandle font;  // the dictionary Tf selected
    std::shared_ptr<const PdfFont> model;
    bool rendered = false;          // some text shown with it in a mode other than 3
    QList<CodeUse> codes;           // distinct codes in order of first use
    QHash<quint32, int> codeIndex;
};

class FontCache {
public:
    // The model of a font dictionary, built on first use. nullptr for anything but a dictionary.
    std::shared_ptr<const PdfFont> font(QPDFObjectHandle dictionary, Validation &validation);

    // Every font that showed text, with its codes (from ContentFacts::textShown), built once.
    const QList<FontUse> &uses(Validation &validation);
    // The use of one font dictionary (a Type 0 font, for its CIDFont pass the Type 0 font); nullptr
    // when no text was shown with it.
    const FontUse *use(QPDFObjectHandle dictionary, Validation &validation);

private:
    std::unique_ptr<FreeTypeLibrary> m_library;
    QHash<const void *, std::shared_ptr<const PdfFont>> m_fonts;
    QList<QPDFObjectHandle> m_keepAlive; // the dictionaries whose addresses key m_fonts
    QList<FontUse> m_uses;
    QHash<const void *, int> m_useIndex;
    bool m_usesBuilt = false;
};

} // namespace granska::pdfa::fonts
