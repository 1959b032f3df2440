// The predefined simple-font encodings of ISO 32000-1 Annex D and the Mac OS Roman character set.
#pragma once

#include <QByteArray>

namespace granska::pdfa::fonts {

enum class SimpleEncoding { Standard, WinAnsi, MacRoman, MacExpert, Symbol, ZapfDingbats, MacOsRoman };

// 256 glyph names; nullptr where the code is not assigned (.notdef).
const char *const *encodingTable(SimpleEncoding encoding);

// The encoding a /Encoding or /BaseEncoding name stands for; false for other names.
bool encodingByName(const QByteArray &name, SimpleEncoding &encoding);

// The code of a glyph name in an encoding, or -1.
int codeOfGlyphName(SimpleEncoding encoding, const QByteArray &name);

} // namespace granska::pdfa::fonts
