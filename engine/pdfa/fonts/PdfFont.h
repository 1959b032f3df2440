// A PDF font as the font rules see it: the font dictionary (with its descendant CIDFont for Type 0
// fonts), its encoding or CMap, widths, ToUnicode CMap and embedded program, and for every character
// code what glyph it selects (ISO 32000-1, 9.6.6 and 9.7), whether the program has it, its widths in
// the dictionary and in the program, and its Unicode meaning.
#pragma once

#include "CMap.h"
#include "Encodings.h"
#include "FontProgram.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <memory>
#include <optional>
#include <qpdf/QPDFObjectHandle.hh>

namespace granska::pdfa {
class Validation;
}

namespace granska::pdfa::fonts {

// What one character code of a font shows.
struct GlyphFacts {
    std::optional<quint32> cid;              // composite fonts, when the CMap tells
    QByteArray name;                         // the glyph name, where the font names its glyphs
    std::optional<bool> present;             // nullopt: cannot tell (no usable program)
    bool notdef = false;                     // the code selects the .notdef glyph
    std::optional<double> widthInDictionary; // nullopt: nothing to compare
    std::optional<double> widthInProgram;    // only for glyphs the font has
    bool unicodeMapped = false;              // some mechanism of 6.3.8 / 6.2.11.7.2 maps the code
    std::optional<QString> unicode;          // the text, when known
};

class PdfFont {
public:
    enum class Kind { Type1, TrueType, Type3, Composite, Other };

    // The font dictionary used by Tf (a Type 0 font, not its descendant).
    PdfFont(QPDFObjectHandle font, Validation &validation, FreeTypeLibrary &library);

    Kind kind() const { return m_kind; }
    QByteArray subtype() const { return m_subtype; }      // of the font dictionary
    QString name() const { return m_name; }
    const FontProgram *program() const { return m_program.get(); }

    // Splits a shown string into character codes (one byte each for simple fonts; by the CMap's code
    // space ranges for composite fonts).
    QList<quint32> codes(const QByteArray &bytes) const;
    // What a code shows. `part` is the PDF/A part (1: Unicode as ISO 19005-1 6.3.8 defines it).
    GlyphFacts glyph(quint32 code, int part) const;

    // Composite fonts: whether the embedded program has a glyph for a CID, and every CID it has one
    // for. `hasData` is false for TrueType glyphs without outline data, which subsetters keep as empty
    // place holders.
    struct ProgramCid {
        quint32 cid;
        bool hasData;
    };
    std::optional<unsigned> programGlyphOfCid(quint32 cid) const;
    QList<ProgramCid> programCids() const;

    // Simple fonts: the glyph name /Encoding gives a code (Differences, then the base encoding);
    // empty when it gives none.
    QByteArray encodingName(quint32 code) const;

private:
    void readSimpleEncoding();
    void readWidths();
    void readCidFont();
    void loadProgram(Validation &validation, FreeTypeLibrary &library);
    QByteArray trueTypeGlyphName(quint32 code) const; // for non-symbolic TrueType look-ups
    void simpleGlyph(quint32 code, GlyphFacts &facts) const;
    void compositeGlyph(quint32 code, GlyphFacts &facts) const;
    void unicodeOf(quint32 code, int part, GlyphFacts &facts) const;
    std::optional<double> type3Width(const QByteArray &glyphName) const;

    mutable QPDFObjectHandle m_font;
    mutable QPDFObjectHandle m_descendant; // CIDFont of a Type 0 font
    mutable QPDFObjectHandle m_descriptor;
    mutable QPDFObjectHandle m_fontFile;
    Validation &m_validation;
    Kind m_kind = Kind::Other;
    QByteArray m_subtype;
    QString m_name;
    bool m_symbolic = false;
    std::unique_ptr<FontProgram> m_program;

    // Simple fonts.
    std::optional<SimpleEncoding> m_baseEncoding;
    QHash<int, QByteArray> m_differences;
    bool m_hasEncodingEntry = false;
    bool m_encodingIsDictionary = false;
    int m_firstChar = 0;
    QList<double> m_widths;
    std::optional<double> m_missingWidth;

    // Composite fonts.
    std::optional<CMap> m_cmap;
    struct WidthRange {
        quint32 first, last;
        double width;            // when `widths` is empty
        QList<double> widths;    // per CID from `first`
    };
    QList<WidthRange> m_cidWidths;
    double m_defaultWidth = 1000;
    bool m_cidToGidIdentity = true;
    QByteArray m_cidToGid;       // two bytes per CID when a stream

    // Unicode.
    std::optional<CMap> m_toUnicode;
    bool m_toUnicodeIdentity = false;
    bool m_standardCollection = false; // Adobe-GB1, -CNS1, -Japan1 or -Korea1
};

} // namespace granska::pdfa::fonts
