// An embedded font program (FontFile, FontFile2, FontFile3), opened with FreeType: its glyphs by
// name, by index, by CID and through its 'cmap' subtables, and their advance widths in the
// 1000-unit glyph space of PDF.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <memory>
#include <optional>

struct FT_LibraryRec_;
struct FT_FaceRec_;

namespace granska::pdfa::fonts {

// One FreeType library per validation: FreeType objects must not be shared between threads.
class FreeTypeLibrary {
public:
    FreeTypeLibrary();
    ~FreeTypeLibrary();
    FreeTypeLibrary(const FreeTypeLibrary &) = delete;
    FreeTypeLibrary &operator=(const FreeTypeLibrary &) = delete;
    FT_LibraryRec_ *handle() const { return m_library; }

private:
    FT_LibraryRec_ *m_library = nullptr;
};

class FontProgram {
public:
    struct CmapSubtable {
        int platform;
        int encoding;
    };

    // nullptr when FreeType cannot read the data as a font.
    static std::unique_ptr<FontProgram> open(FreeTypeLibrary &library, QByteArray data);
    ~FontProgram();
    FontProgram(const FontProgram &) = delete;
    FontProgram &operator=(const FontProgram &) = delete;

    int glyphCount() const;
    bool isTrueType() const { return m_sfntTrueType; } // glyf-based outlines
    bool isCidKeyed() const { return m_cidKeyed; }

    // The glyph of a name; nullopt when the program has no glyph of that name.
    std::optional<unsigned> glyphByName(const QByteArray &name) const;
    QByteArray glyphName(unsigned glyph) const;
    // All glyph names (Type 1 and CFF programs), for CharSet checks.
    QSet<QByteArray> glyphNames() const;

    // The advance width of a glyph in 1000-unit glyph space; nullopt for glyphs not in the program.
    // For CID-keyed programs the glyph is given by its CID.
    std::optional<double> advance(unsigned glyphOrCid) const;

    // The 'cmap' subtables as the table lists them (TrueType and OpenType programs).
    const QList<CmapSubtable> &cmapSubtables() const { return m_cmaps; }
    bool hasCmap(int platform, int encoding) const;
    // The glyph a code maps to in the subtable; 0 when it maps to nothing or there is no such table.
    unsigned lookup(int platform, int encoding, quint32 code) const;
    // The glyph a code selects through the program's own encoding (Type 1 and CFF), 0 for none.
    unsigned builtinEncodingGlyph(int code) const;

    // CID-keyed CFF programs: whether the CID has a glyph, and every CID that has one.
    bool hasCid(unsigned cid) const;
    QSet<unsigned> cids() const;

    // TrueType programs: whether the glyph has outline data ('loca'); true for other programs.
    bool glyphHasData(unsigned glyph) const;

private:
    FontProgram() = default;
    void readSfntTables();

    QByteArray m_data; // FreeType reads from this buffer for the face's lifetime
    FT_FaceRec_ *m_face = nullptr;
    bool m_cidKeyed = false;
    bool m_sfntTrueType = false;
    QList<CmapSubtable> m_cmaps;
    QList<quint32> m_locaOffsets; // numGlyphs + 1 entries when read
    mutable std::optional<QSet<unsigned>> m_cids;
    mutable QHash<unsigned, std::optional<double>> m_advances;
};

} // namespace granska::pdfa::fonts
