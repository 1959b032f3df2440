#include "PdfFont.h"

#include "GlyphList.h"
#include "pdf/PdfDocument.h"
#include "pdfa/ContentLexer.h"
#include "pdfa/Validation.h"

#include <QStringList>
#include <algorithm>

namespace granska::pdfa::fonts {
namespace {

constexpr int kMaxWidthEntries = 100'000;
constexpr quint32 kInvalidCode = 0xFFFFFFFFu;

QByteArray nameOf(QPDFObjectHandle object)
{
    return object.isName() ? QByteArray::fromStdString(object.getName()).mid(1) : QByteArray();
}

std::optional<double> numberOf(QPDFObjectHandle object)
{
    if (object.isInteger())
        return double(object.getIntValue());
    if (object.isReal())
        return object.getNumericValue();
    return std::nullopt;
}

QByteArray stringOf(QPDFObjectHandle object)
{
    return object.isString() ? QByteArray::fromStdString(object.getStringValue()) : QByteArray();
}

// The font programs of ISO 32000-1 Table 126 (and their misplaced neighbours).
QPDFObjectHandle fontFileOf(QPDFObjectHandle descriptor)
{
    if (!descriptor.isDictionary())
        return QPDFObjectHandle::newNull();
    for (const char *key : {"/FontFile", "/FontFile2", "/FontFile3"}) {
        QPDFObjectHandle file = descriptor.getKey(key);
        if (file.isStream())
            return file;
    }
    return QPDFObjectHandle::newNull();
}

bool isStandardCollection(const QByteArray &registry, const QByteArray &ordering)
{
    return registry == "Adobe" && (ordering == "GB1" || ordering == "CNS1" || ordering == "Japan1" || ordering == "Korea1");
}

} // namespace

PdfFont::PdfFont(QPDFObjectHandle font, Validation &validation, FreeTypeLibrary &library)
    : m_font(font), m_validation(validation)
{
    m_subtype = nameOf(font.getKey("/Subtype"));
    m_name = QString::fromLatin1(nameOf(font.getKey("/BaseFont")));
    if (m_subtype == "Type0") {
        m_kind = Kind::Composite;
        QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
        if (descendants.isArray() && descendants.getArrayNItems() > 0 && descendants.getArrayItem(0).isDictionary())
            m_descendant = descendants.getArrayItem(0);
        else
            m_descendant = QPDFObjectHandle::newDictionary();
        m_descriptor = m_descendant.getKey("/FontDescriptor");
    } else {
        if (m_subtype == "Type1" || m_subtype == "MMType1")
            m_kind = Kind::Type1;
        else if (m_subtype == "TrueType")
            m_kind = Kind::TrueType;
        else if (m_subtype == "Type3")
            m_kind = Kind::Type3;
        m_descriptor = font.getKey("/FontDescriptor");
        if (m_kind == Kind::Type3 && m_name.isEmpty())
            m_name = QString::fromLatin1(nameOf(font.getKey("/Name")));
    }
    if (!m_descriptor.isDictionary())
        m_descriptor = QPDFObjectHandle::newDictionary();
    QPDFObjectHandle flags = m_descriptor.getKey("/Flags");
    // Symbolic (bit 3) set and Nonsymbolic (bit 6) clear.
    m_symbolic = flags.isInteger() && (flags.getIntValue() & 0x24) == 0x04;
    m_missingWidth = numberOf(m_descriptor.getKey("/MissingWidth"));
    m_fontFile = fontFileOf(m_descriptor);

    if (m_kind == Kind::Composite) {
        readCidFont();
    } else {
        readSimpleEncoding();
        readWidths();
    }

    QPDFObjectHandle toUnicode = font.getKey("/ToUnicode");
    if (toUnicode.isStream()) {
        const std::optional<QByteArray> data = validation.document().decodedStream(toUnicode, validation.budget());
        if (data)
            m_toUnicode = CMap::parse(*data);
    } else if (toUnicode.isName()) {
        m_toUnicodeIdentity = nameOf(toUnicode).startsWith("Identity-");
    }
    loadProgram(validation, library);
}

void PdfFont::readSimpleEncoding()
{
    QPDFObjectHandle encoding = m_font.getKey("/Encoding");
    m_hasEncodingEntry = !encoding.isNull();
    SimpleEncoding base;
    if (encoding.isName()) {
        if (encodingByName(nameOf(encoding), base))
            m_baseEncoding = base;
        return;
    }
    if (!encoding.isDictionary())
        return;
    m_encodingIsDictionary = true;
    if (encodingByName(nameOf(encoding.getKey("/BaseEncoding")), base))
        m_baseEncoding = base;
    QPDFObjectHandle differences = encoding.getKey("/Differences");
    if (!differences.isArray())
        return;
    int code = -1;
    const int count = std::min(differences.getArrayNItems(), 4096);
    for (int i = 0; i < count; ++i) {
        QPDFObjectHandle item = differences.getArrayItem(i);
        if (item.isInteger()) {
            code = int(std::clamp<long long>(item.getIntValue(), -1, 1 << 20));
        } else if (item.isName() && code >= 0) {
            m_differences.insert(code, nameOf(item));
            ++code;
        }
    }
}

void PdfFont::readWidths()
{
    QPDFObjectHandle first = m_font.getKey("/FirstChar");
    QPDFObjectHandle widths = m_font.getKey("/Widths");
    if (!first.isInteger() || !widths.isArray())
        return;
    m_firstChar = int(std::clamp<long long>(first.getIntValue(), -1, 1 << 20));
    const int count = std::min(widths.getArrayNItems(), kMaxWidthEntries);
    for (int i = 0; i < count; ++i)
        m_widths.append(numberOf(widths.getArrayItem(i)).value_or(0));
}

void PdfFont::readCidFont()
{
    QPDFObjectHandle encoding = m_font.getKey("/Encoding");
    if (encoding.isName()) {
        m_cmap = CMap::predefined(nameOf(encoding));
    } else if (encoding.isStream()) {
        const std::optional<QByteArray> data = m_validation.document().decodedStream(encoding, m_validation.budget());
        if (data) {
            m_cmap = CMap::parse(*data);
            // A CMap may build on another, named in the program or in the stream dictionary.
            QByteArray used = m_cmap->usedCMap();
            QPDFObjectHandle useCMap = encoding.getDict().getKey("/UseCMap");
            if (useCMap.isName())
                used = nameOf(useCMap);
            if (!used.isEmpty()) {
                if (const std::optional<CMap> base = CMap::predefined(used))
                    m_cmap->inherit(*base);
            } else if (useCMap.isStream()) {
                const std::optional<QByteArray> baseData = m_validation.document().decodedStream(useCMap, m_validation.budget());
                if (baseData)
                    m_cmap->inherit(CMap::parse(*baseData));
            }
        }
    }

    QPDFObjectHandle info = m_descendant.getKey("/CIDSystemInfo");
    if (info.isArray() && info.getArrayNItems() > 0)
        info = info.getArrayItem(0);
    if (info.isDictionary())
        m_standardCollection = isStandardCollection(stringOf(info.getKey("/Registry")), stringOf(info.getKey("/Ordering")));
    if (m_cmap && !m_cmap->isIdentity() && isStandardCollection(m_cmap->registry(), m_cmap->ordering()))
        m_standardCollection = true;

    if (const std::optional<double> dw = numberOf(m_descendant.getKey("/DW")))
        m_defaultWidth = *dw;
    QPDFObjectHandle w = m_descendant.getKey("/W");
    if (w.isArray()) {
        const int count = std::min(w.getArrayNItems(), kMaxWidthEntries);
        int total = 0; // widths kept over all entries, bounded like the entries themselves
        for (int i = 0; i + 1 < count && total < kMaxWidthEntries;) {
            QPDFObjectHandle first = w.getArrayItem(i);
            QPDFObjectHandle next = w.getArrayItem(i + 1);
            if (!first.isInteger() || first.getIntValue() < 0)
                break;
            if (next.isArray()) {
                WidthRange range;
                range.first = quint32(first.getIntValue());
                const int n = std::min(next.getArrayNItems(), kMaxWidthEntries - total);
                total += std::max(n, 1);
                for (int k = 0; k < n; ++k)
                    range.widths.append(numberOf(next.getArrayItem(k)).value_or(0));
                range.last = range.first + quint32(std::max<qsizetype>(range.widths.size(), 1)) - 1;
                range.width = 0;
                m_cidWidths.append(range);
                i += 2;
            } else if (next.isInteger() && i + 2 < count) {
                const std::optional<double> width = numberOf(w.getArrayItem(i + 2));
                ++total;
                if (width && next.getIntValue() >= first.getIntValue())
                    m_cidWidths.append({quint32(first.getIntValue()), quint32(next.getIntValue()), *width, {}});
                i += 3;
            } else {
                break;
            }
        }
    }
    QPDFObjectHandle map = m_descendant.getKey("/CIDToGIDMap");
    if (map.isStream()) {
        const std::optional<QByteArray> data = m_validation.document().decodedStream(map, m_validation.budget());
        m_cidToGidIdentity = false;
        m_cidToGid = data.value_or(QByteArray());
    }
}

void PdfFont::loadProgram(Validation &validation, FreeTypeLibrary &library)
{
    if (!m_fontFile.isStream() || m_kind == Kind::Type3 || m_kind == Kind::Other)
        return;
    std::optional<QByteArray> data = validation.document().decodedStream(m_fontFile, validation.budget());
    if (data)
        m_program = FontProgram::open(library, std::move(*data));
}

QList<quint32> PdfFont::codes(const QByteArray &bytes) const
{
    QList<quint32> result;
    if (m_kind != Kind::Composite) {
        result.reserve(bytes.size());
        for (char byte : bytes)
            result.append(quint8(byte));
        return result;
    }
    for (int position = 0; position < bytes.size();) {
        if (m_cmap) {
            result.append(m_cmap->nextCode(bytes, position));
        } else {
            const int length = std::min<int>(2, int(bytes.size()) - position);
            quint32 code = quint8(bytes[position]);
            if (length == 2)
                code = (code << 8) | quint8(bytes[position + 1]);
            position += length;
            result.append(code);
        }
    }
    return result;
}

QByteArray PdfFont::encodingName(quint32 code) const
{
    if (code > 255)
        return {};
    const auto difference = m_differences.constFind(int(code));
    if (difference != m_differences.cend())
        return *difference;
    if (m_baseEncoding) {
        const char *name = encodingTable(*m_baseEncoding)[code];
        return name ? QByteArray(name) : QByteArray(".notdef");
    }
    return {};
}

// ISO 32000-1, 9.6.6.4: a non-symbolic TrueType font's codes become glyph names through its
// encoding (StandardEncoding where none is given), and names become glyphs through the 'cmap'.
QByteArray PdfFont::trueTypeGlyphName(quint32 code) const
{
    if (code > 255)
        return ".notdef";
    const auto difference = m_differences.constFind(int(code));
    if (difference != m_differences.cend() && *difference != ".notdef")
        return *difference;
    const char *name = nullptr;
    if (m_baseEncoding)
        name = encodingTable(*m_baseEncoding)[code];
    if (!name)
        name = encodingTable(SimpleEncoding::Standard)[code];
    return name ? QByteArray(name) : QByteArray(".notdef");
}

std::optional<double> PdfFont::type3Width(const QByteArray &glyphName) const
{
    QPDFObjectHandle procs = m_font.getKey("/CharProcs");
    if (!procs.isDictionary() || glyphName.isEmpty())
        return std::nullopt;
    QPDFObjectHandle proc = procs.getKey("/" + glyphName.toStdString());
    if (!proc.isStream())
        return std::nullopt;
    const std::optional<QByteArray> data = m_validation.document().decodedStream(proc, m_validation.budget());
    if (!data)
        return std::nullopt;
    // The glyph's width is the first operand of its d0 or d1 operator.
    ContentLexer lexer(*data);
    ContentToken token;
    std::optional<double> first;
    for (int count = 0; count < 64 && lexer.next(token); ++count) {
        if (token.isOperator) {
            if (token.op == "d0" || token.op == "d1")
                return first;
            first.reset();
        } else if (!first && token.operand.type == Operand::Type::Number) {
            first = token.operand.number;
        }
    }
    return std::nullopt;
}

void PdfFont::simpleGlyph(quint32 code, GlyphFacts &facts) const
{
    facts.name = encodingName(code);
    // The width the dictionary gives: Widths, else MissingWidth, else 0.
    const qint64 index = qint64(code) - m_firstChar;
    if (index >= 0 && index < m_widths.size())
        facts.widthInDictionary = m_widths[int(index)];
    else
        facts.widthInDictionary = m_missingWidth.value_or(0);
    const double fallback = m_missingWidth.value_or(0);

    if (m_kind == Kind::Type3) {
        QPDFObjectHandle procs = m_font.getKey("/CharProcs");
        facts.present = !facts.name.isEmpty() && procs.isDictionary() && procs.hasKey("/" + facts.name.toStdString());
        facts.notdef = facts.name == ".notdef";
        if (facts.present.value())
            facts.widthInProgram = type3Width(facts.name); // nothing to compare without d0 or d1
        return;
    }
    if (m_kind == Kind::Type1) {
        facts.notdef = facts.name == ".notdef";
        if (!m_program) {
            facts.widthInDictionary.reset(); // nothing to compare it with
            // A standard 14 font's own encoding is known without its program (ISO 32000-1, 9.6.6.2).
            if (facts.name.isEmpty() && code <= 255) {
                const QString base = m_name;
                const SimpleEncoding builtin = base == QLatin1String("Symbol") ? SimpleEncoding::Symbol
                                               : base == QLatin1String("ZapfDingbats") ? SimpleEncoding::ZapfDingbats
                                                                                      : SimpleEncoding::Standard;
                static const QStringList standard14 = {
                    QStringLiteral("Times-Roman"), QStringLiteral("Times-Bold"), QStringLiteral("Times-Italic"),
                    QStringLiteral("Times-BoldItalic"), QStringLiteral("Helvetica"), QStringLiteral("Helvetica-Bold"),
                    QStringLiteral("Helvetica-Oblique"), QStringLiteral("Helvetica-BoldOblique"), QStringLiteral("Courier"),
                    QStringLiteral("Courier-Bold"), QStringLiteral("Courier-Oblique"), QStringLiteral("Courier-BoldOblique"),
                    QStringLiteral("Symbol"), QStringLiteral("ZapfDingbats")};
                if (standard14.contains(base)) {
                    const char *name = encodingTable(builtin)[code];
                    facts.name = name ? QByteArray(name) : QByteArray(".notdef");
                }
            }
            return;
        }
        std::optional<unsigned> glyph;
        if (!facts.name.isEmpty()) {
            glyph = m_program->glyphByName(facts.name);
        } else {
            const unsigned builtin = m_program->builtinEncodingGlyph(int(code));
            if (builtin != 0)
                glyph = builtin;
            facts.notdef = builtin == 0;
            facts.name = m_program->glyphName(builtin);
        }
        facts.present = glyph.has_value();
        if (glyph)
            facts.widthInProgram = m_program->advance(*glyph).value_or(fallback);
        return;
    }
    if (m_kind != Kind::TrueType)
        return;
    if (!m_program) {
        facts.notdef = facts.name == ".notdef";
        facts.widthInDictionary.reset();
        return;
    }
    unsigned glyph = 0;
    if (m_symbolic) {
        // (3,0) subtables put symbol codes at 0xF000 and up (or in another high-byte page).
        if (m_program->hasCmap(3, 0)) {
            for (quint32 page : {0x0000u, 0xF000u, 0xF100u, 0xF200u}) {
                glyph = m_program->lookup(3, 0, page + code);
                if (glyph)
                    break;
            }
        }
        if (!glyph && m_program->hasCmap(1, 0))
            glyph = m_program->lookup(1, 0, code);
        if (facts.name.isEmpty())
            facts.name = m_program->glyphName(glyph);
    } else {
        const QByteArray name = trueTypeGlyphName(code);
        facts.name = name;
        if (name != ".notdef") {
            const QString text = unicodeOfGlyphName(name);
            if (text.size() == 1 || (text.size() == 2 && text[0].isHighSurrogate()))
                glyph = m_program->lookup(3, 1, text.toUcs4().value(0));
            if (!glyph) {
                const int macCode = codeOfGlyphName(SimpleEncoding::MacOsRoman, name);
                if (macCode >= 0)
                    glyph = m_program->lookup(1, 0, quint32(macCode));
            }
            if (!glyph)
                glyph = m_program->glyphByName(name).value_or(0);
        }
    }
    facts.present = glyph != 0 && int(glyph) < m_program->glyphCount();
    facts.notdef = !facts.present.value();
    if (facts.present.value())
        facts.widthInProgram = m_program->advance(glyph).value_or(fallback);
}

void PdfFont::compositeGlyph(quint32 code, GlyphFacts &facts) const
{
    if (code == kInvalidCode) {
        facts.cid = 0u; // outside every code space range: .notdef (ISO 32000-1, 9.7.6.3)
    } else if (m_cmap && m_cmap->knowsCids()) {
        facts.cid = m_cmap->cid(code).value_or(0);
    } else if (!m_cmap) {
        facts.cid = code; // no usable CMap: read the codes as CIDs, the most common case
    }
    if (!facts.cid)
        return; // a predefined CMap whose mappings we do not keep
    const quint32 cid = *facts.cid;
    facts.widthInDictionary = m_defaultWidth;
    for (const WidthRange &range : m_cidWidths) {
        if (cid < range.first || cid > range.last)
            continue;
        facts.widthInDictionary = range.widths.isEmpty() ? range.width : range.widths.value(int(cid - range.first));
        break;
    }
    if (cid == 0) {
        facts.notdef = true;
        facts.widthInDictionary.reset();
        return;
    }
    if (!m_program) {
        facts.widthInDictionary.reset();
        return;
    }
    const std::optional<unsigned> glyph = programGlyphOfCid(cid);
    facts.present = glyph.has_value();
    facts.notdef = !glyph;
    if (glyph)
        facts.widthInProgram = m_program->advance(*glyph).value_or(m_defaultWidth);
}

std::optional<unsigned> PdfFont::programGlyphOfCid(quint32 cid) const
{
    if (!m_program || cid == 0)
        return std::nullopt;
    if (!m_program->isTrueType())
        return m_program->hasCid(cid) ? std::optional<unsigned>(cid) : std::nullopt; // CFF finds a CID's glyph itself
    quint32 gid = cid;
    if (!m_cidToGidIdentity) {
        if (2 * qsizetype(cid) + 1 >= m_cidToGid.size())
            return std::nullopt;
        gid = (quint32(quint8(m_cidToGid[2 * cid])) << 8) | quint8(m_cidToGid[2 * cid + 1]);
    }
    if (gid == 0 || int(gid) >= m_program->glyphCount())
        return std::nullopt;
    return gid;
}

QList<PdfFont::ProgramCid> PdfFont::programCids() const
{
    QList<ProgramCid> result;
    if (!m_program)
        return result;
    if (!m_program->isTrueType()) {
        for (unsigned cid : m_program->cids())
            if (cid != 0)
                result.append({cid, true});
        std::sort(result.begin(), result.end(), [](const ProgramCid &a, const ProgramCid &b) { return a.cid < b.cid; });
        return result;
    }
    const quint32 count = m_cidToGidIdentity ? quint32(m_program->glyphCount()) : quint32(m_cidToGid.size() / 2);
    for (quint32 cid = 1; cid < std::min<quint32>(count, 65536); ++cid)
        if (const std::optional<unsigned> gid = programGlyphOfCid(cid))
            result.append({cid, m_program->glyphHasData(*gid)});
    return result;
}

void PdfFont::unicodeOf(quint32 code, int part, GlyphFacts &facts) const
{
    if (m_toUnicodeIdentity && code <= 0xFFFF) {
        facts.unicodeMapped = true;
        facts.unicode = QString(QChar(char16_t(code)));
        return;
    }
    if (m_toUnicode) {
        if (std::optional<QString> text = m_toUnicode->unicode(code)) {
            facts.unicodeMapped = true;
            facts.unicode = std::move(text);
            return;
        }
    }
    if (m_kind == Kind::Composite) {
        facts.unicodeMapped = m_standardCollection;
        return;
    }
    if (m_kind == Kind::Other || (part == 1 && m_kind == Kind::Type3))
        return;
    // Glyph names: from the encoding, and for Type 1 fonts from the program's own encoding.
    QByteArray name = encodingName(code);
    if (name.isEmpty() && m_kind == Kind::Type1)
        name = facts.name;
    if (!name.isEmpty() && name != ".notdef") {
        const QString text = unicodeOfGlyphName(name);
        if (!text.isEmpty()) {
            facts.unicodeMapped = true;
            // ISO 19005-1 only asks for names of the standard Latin set for Type 1 fonts.
            if (!(part == 1 && m_kind == Kind::Type1))
                facts.unicode = text;
            return;
        }
        if ((m_kind == Kind::Type1 || part > 1) && inSymbolSet(name)) {
            facts.unicodeMapped = true;
            return;
        }
    }
    // Non-symbolic TrueType fonts need no other mapping in PDF/A-2 and -3 (6.2.11.7.2 d).
    if (part > 1 && m_kind == Kind::TrueType && !m_symbolic)
        facts.unicodeMapped = true;
}

GlyphFacts PdfFont::glyph(quint32 code, int part) const
{
    GlyphFacts facts;
    if (m_kind == Kind::Composite)
        compositeGlyph(code, facts);
    else if (code != kInvalidCode)
        simpleGlyph(code, facts);
    unicodeOf(code, part, facts);
    return facts;
}

} // namespace granska::pdfa::fonts
