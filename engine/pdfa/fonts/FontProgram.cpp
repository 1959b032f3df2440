#include "FontProgram.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_CID_H
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H

namespace granska::pdfa::fonts {
namespace {

quint16 readU16(const QByteArray &data, qsizetype offset)
{
    if (offset < 0 || offset + 2 > data.size())
        return 0;
    return quint16((quint8(data[offset]) << 8) | quint8(data[offset + 1]));
}

quint32 readU32(const QByteArray &data, qsizetype offset)
{
    if (offset < 0 || offset + 4 > data.size())
        return 0;
    return (quint32(readU16(data, offset)) << 16) | readU16(data, offset + 2);
}

QByteArray sfntTable(FT_Face face, FT_ULong tag)
{
    FT_ULong length = 0;
    if (FT_Load_Sfnt_Table(face, tag, 0, nullptr, &length) != 0 || length == 0 || length > 64 * 1024 * 1024)
        return {};
    QByteArray table(qsizetype(length), Qt::Uninitialized);
    if (FT_Load_Sfnt_Table(face, tag, 0, reinterpret_cast<FT_Byte *>(table.data()), &length) != 0)
        return {};
    return table;
}

} // namespace

FreeTypeLibrary::FreeTypeLibrary()
{
    if (FT_Init_FreeType(&m_library) != 0)
        m_library = nullptr;
}

FreeTypeLibrary::~FreeTypeLibrary()
{
    if (m_library)
        FT_Done_FreeType(m_library);
}

std::unique_ptr<FontProgram> FontProgram::open(FreeTypeLibrary &library, QByteArray data)
{
    if (!library.handle() || data.isEmpty())
        return nullptr;
    std::unique_ptr<FontProgram> program(new FontProgram);
    program->m_data = std::move(data);
    FT_Face face = nullptr;
    if (FT_New_Memory_Face(library.handle(), reinterpret_cast<const FT_Byte *>(program->m_data.constData()),
                           FT_Long(program->m_data.size()), 0, &face) != 0)
        return nullptr;
    program->m_face = face;
    FT_Bool cidKeyed = 0;
    if (FT_Get_CID_Is_Internally_CID_Keyed(face, &cidKeyed) == 0)
        program->m_cidKeyed = cidKeyed;
    if (FT_IS_SFNT(face))
        program->readSfntTables();
    return program;
}

FontProgram::~FontProgram()
{
    if (m_face)
        FT_Done_Face(m_face);
}

void FontProgram::readSfntTables()
{
    // The 'cmap' table's own list: FreeType drops subtables it cannot use, but the PDF/A rules count
    // what the program contains.
    const QByteArray cmap = sfntTable(m_face, TTAG_cmap);
    const int count = readU16(cmap, 2);
    for (int i = 0; i < count && 4 + 8 * (i + 1) <= cmap.size(); ++i)
        m_cmaps.append({readU16(cmap, 4 + 8 * i), readU16(cmap, 6 + 8 * i)});
    const QByteArray loca = sfntTable(m_face, TTAG_loca);
    const QByteArray head = sfntTable(m_face, TTAG_head);
    if (loca.isEmpty() || head.size() < 54)
        return;
    m_sfntTrueType = true;
    const bool longOffsets = readU16(head, 50) != 0;
    const int entries = int(m_face->num_glyphs) + 1;
    for (int i = 0; i < entries; ++i) {
        const qsizetype at = longOffsets ? 4 * qsizetype(i) : 2 * qsizetype(i);
        if (at + (longOffsets ? 4 : 2) > loca.size())
            break;
        m_locaOffsets.append(longOffsets ? readU32(loca, at) : quint32(readU16(loca, at)) * 2);
    }
}

int FontProgram::glyphCount() const
{
    return int(m_face->num_glyphs);
}

std::optional<unsigned> FontProgram::glyphByName(const QByteArray &name) const
{
    if (name.isEmpty() || !FT_HAS_GLYPH_NAMES(m_face))
        return std::nullopt;
    const FT_UInt index = FT_Get_Name_Index(m_face, name.constData());
    if (index != 0)
        return index;
    // Index 0 is both "not found" and the glyph at index 0 (normally .notdef).
    if (glyphName(0) == name)
        return 0u;
    return std::nullopt;
}

QByteArray FontProgram::glyphName(unsigned glyph) const
{
    if (!FT_HAS_GLYPH_NAMES(m_face) || glyph >= unsigned(m_face->num_glyphs))
        return {};
    char buffer[128] = {};
    if (FT_Get_Glyph_Name(m_face, glyph, buffer, sizeof buffer) != 0)
        return {};
    return QByteArray(buffer);
}

QSet<QByteArray> FontProgram::glyphNames() const
{
    QSet<QByteArray> names;
    const int count = std::min<int>(int(m_face->num_glyphs), 65536);
    for (int glyph = 0; glyph < count; ++glyph) {
        const QByteArray name = glyphName(unsigned(glyph));
        if (!name.isEmpty())
            names.insert(name);
    }
    return names;
}

std::optional<double> FontProgram::advance(unsigned glyphOrCid) const
{
    const auto cached = m_advances.constFind(glyphOrCid);
    if (cached != m_advances.cend())
        return *cached;
    std::optional<double> result;
    const bool exists = m_cidKeyed ? hasCid(glyphOrCid) : glyphOrCid < unsigned(m_face->num_glyphs);
    FT_Fixed advance = 0;
    if (exists && FT_Get_Advance(m_face, glyphOrCid, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING, &advance) == 0) {
        const double unitsPerEm = m_face->units_per_EM > 0 ? m_face->units_per_EM : 1000.0;
        result = double(advance) * 1000.0 / unitsPerEm;
    }
    if (m_advances.size() < 65536)
        m_advances.insert(glyphOrCid, result);
    return result;
}

bool FontProgram::hasCmap(int platform, int encoding) const
{
    for (const CmapSubtable &table : m_cmaps)
        if (table.platform == platform && table.encoding == encoding)
            return true;
    return false;
}

unsigned FontProgram::lookup(int platform, int encoding, quint32 code) const
{
    for (int i = 0; i < m_face->num_charmaps; ++i) {
        FT_CharMap charmap = m_face->charmaps[i];
        if (charmap->platform_id != platform || charmap->encoding_id != encoding)
            continue;
        if (FT_Set_Charmap(m_face, charmap) != 0)
            return 0;
        return FT_Get_Char_Index(m_face, code);
    }
    return 0;
}

unsigned FontProgram::builtinEncodingGlyph(int code) const
{
    for (int i = 0; i < m_face->num_charmaps; ++i) {
        FT_CharMap charmap = m_face->charmaps[i];
        if (charmap->encoding != FT_ENCODING_ADOBE_CUSTOM && charmap->encoding != FT_ENCODING_ADOBE_STANDARD &&
            charmap->encoding != FT_ENCODING_ADOBE_EXPERT && charmap->encoding != FT_ENCODING_ADOBE_LATIN_1)
            continue;
        if (FT_Set_Charmap(m_face, charmap) != 0)
            return 0;
        return FT_Get_Char_Index(m_face, FT_ULong(code));
    }
    return 0;
}

bool FontProgram::hasCid(unsigned cid) const
{
    if (!m_cidKeyed)
        return cid < unsigned(m_face->num_glyphs);
    return cids().contains(cid);
}

QSet<unsigned> FontProgram::cids() const
{
    if (!m_cids) {
        QSet<unsigned> all;
        const int count = std::min<int>(int(m_face->num_glyphs), 65536);
        for (int glyph = 0; glyph < count; ++glyph) {
            FT_UInt cid = 0;
            if (m_cidKeyed) {
                if (FT_Get_CID_From_Glyph_Index(m_face, FT_UInt(glyph), &cid) == 0)
                    all.insert(cid);
            } else {
                all.insert(unsigned(glyph));
            }
        }
        m_cids = std::move(all);
    }
    return *m_cids;
}

bool FontProgram::glyphHasData(unsigned glyph) const
{
    if (m_locaOffsets.isEmpty())
        return glyph < unsigned(m_face->num_glyphs);
    if (glyph + 1 >= unsigned(m_locaOffsets.size()))
        return false;
    return m_locaOffsets[int(glyph) + 1] > m_locaOffsets[int(glyph)];
}

} // namespace granska::pdfa::fonts
