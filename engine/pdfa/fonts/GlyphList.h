// Glyph names and Unicode: the Adobe Glyph List and the naming conventions of the Adobe Glyph List
// specification (uniXXXX, uXXXX[XX]), used where a simple font's glyph names are its only Unicode
// mapping (ISO 19005-1 6.3.8, ISO 19005-2/3 6.2.11.7.2) and for TrueType 'cmap' look-ups by name.
#pragma once

#include <QByteArray>
#include <QString>

namespace granska::pdfa::fonts {

// The Unicode value the Adobe Glyph List gives the name; 0 when the list does not have it.
char32_t glyphListUnicode(const char *name);

// The Unicode text a glyph name stands for: the Adobe Glyph List first, then uniXXXX[XXXX...] and
// uXXXX[XX] names. Empty when the name means nothing to either.
QString unicodeOfGlyphName(const QByteArray &name);

// True when the name is one of the glyphs of the standard Symbol font.
bool inSymbolSet(const QByteArray &name);

} // namespace granska::pdfa::fonts
