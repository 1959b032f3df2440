// Glyph-name conventions around the generated tables: encodings by name, reverse look-ups and the
// Unicode meaning of a glyph name.
#include "Encodings.h"
#include "GlyphList.h"

#include <QHash>

namespace granska::pdfa::fonts {
namespace {

bool isUpperHex(QByteArrayView digits)
{
    for (char c : digits)
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F')))
            return false;
    return true;
}

// A Unicode scalar value suitable for text (not a surrogate).
bool isScalar(uint value)
{
    return value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF);
}

const QHash<QByteArray, int> &reverseTable(SimpleEncoding encoding)
{
    static QHash<QByteArray, int> tables[7];
    static const bool filled = [] {
        for (int e = 0; e < 7; ++e) {
            const char *const *names = encodingTable(SimpleEncoding(e));
            for (int code = 255; code >= 0; --code) // the lowest code wins where a name repeats
                if (names[code])
                    tables[e].insert(QByteArray(names[code]), code);
        }
        return true;
    }();
    Q_UNUSED(filled);
    return tables[int(encoding)];
}

} // namespace

bool encodingByName(const QByteArray &name, SimpleEncoding &encoding)
{
    if (name == "StandardEncoding")
        encoding = SimpleEncoding::Standard;
    else if (name == "WinAnsiEncoding")
        encoding = SimpleEncoding::WinAnsi;
    else if (name == "MacRomanEncoding")
        encoding = SimpleEncoding::MacRoman;
    else if (name == "MacExpertEncoding")
        encoding = SimpleEncoding::MacExpert;
    else
        return false;
    return true;
}

int codeOfGlyphName(SimpleEncoding encoding, const QByteArray &name)
{
    return reverseTable(encoding).value(name, -1);
}

QString unicodeOfGlyphName(const QByteArray &fullName)
{
    // A suffix after a period (a.sc, f_f.liga) does not change the characters (AGL specification).
    QByteArray name = fullName;
    const int period = name.indexOf('.');
    if (period > 0)
        name.truncate(period);
    if (name.isEmpty())
        return {};
    if (const char32_t listed = glyphListUnicode(name.constData()))
        return QString::fromUcs4(&listed, 1);
    QString text;
    if (name.startsWith("uni") && name.size() >= 7 && (name.size() - 3) % 4 == 0 && isUpperHex(QByteArrayView(name).sliced(3))) {
        for (int i = 3; i < name.size(); i += 4) {
            const uint value = name.mid(i, 4).toUInt(nullptr, 16);
            if (value >= 0xD800 && value <= 0xDFFF)
                return {};
            text.append(QChar(char16_t(value)));
        }
        return text;
    }
    if (name.startsWith('u') && name.size() >= 5 && name.size() <= 7 && isUpperHex(QByteArrayView(name).sliced(1))) {
        const uint value = name.mid(1).toUInt(nullptr, 16);
        if (!isScalar(value))
            return {};
        const char32_t c = value;
        return QString::fromUcs4(&c, 1);
    }
    return {};
}

bool inSymbolSet(const QByteArray &name)
{
    return codeOfGlyphName(SimpleEncoding::Symbol, name) >= 0;
}

} // namespace granska::pdfa::fonts
