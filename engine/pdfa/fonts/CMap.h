// CMaps (ISO 32000-1, 9.7.5 and 9.10.3): the code space ranges that split a shown string into
// character codes, the code-to-CID mappings of a Type 0 font's encoding, and the code-to-Unicode
// mappings of a ToUnicode CMap. Parsed from the CMap program's text, within fixed bounds.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace granska::pdfa::fonts {

class CMap {
public:
    // The CMap program of an embedded CMap or ToUnicode stream (decoded data).
    static CMap parse(const QByteArray &program);
    // Identity-H / Identity-V: two-byte codes that are their own CIDs.
    static CMap identity(int writingMode);
    // Code space ranges and character collection of a predefined CMap (Table 118), without its
    // mappings; nullopt for other names.
    static std::optional<CMap> predefined(const QByteArray &name);

    // Takes the code space ranges and CID mappings of the CMap this one builds on (usecmap); its
    // own mappings take precedence.
    void inherit(const CMap &base);

    // Reads the next character code from `bytes` at `position`, advancing it (at least one byte).
    quint32 nextCode(const QByteArray &bytes, int &position) const;

    // The CID of a code; nullopt when this CMap cannot tell (no mapping, or a predefined CMap).
    std::optional<quint32> cid(quint32 code) const;
    bool knowsCids() const { return m_identity || !m_cidRanges.isEmpty(); }
    bool isIdentity() const { return m_identity; }

    // The Unicode text of a code in a ToUnicode CMap; nullopt when not mapped.
    std::optional<QString> unicode(quint32 code) const;

    QByteArray name() const { return m_name; }               // /CMapName in the program
    QByteArray usedCMap() const { return m_usedCMap; }       // the name given to usecmap, if any
    std::optional<int> writingMode() const { return m_writingMode; } // /WMode in the program
    QByteArray registry() const { return m_registry; }
    QByteArray ordering() const { return m_ordering; }
    std::optional<int> supplement() const { return m_supplement; }

private:
    struct CodeSpace {
        int length = 1;
        quint8 low[4] = {};
        quint8 high[4] = {};
    };
    struct CidRange {
        quint32 low, high, cid;
    };
    struct UnicodeRange {
        quint32 low, high;
        QString first;            // the destination of `low`; later codes increment the last unit
        QList<QString> perCode;   // or one destination per code (array form)
    };

    bool inCodeSpace(const quint8 *bytes, int length) const;
    void addCodeSpace(const QByteArray &low, const QByteArray &high);

    QList<CodeSpace> m_codeSpaces;
    QList<CidRange> m_cidRanges;   // cidrange and cidchar, in the order found
    QList<CidRange> m_notdefRanges;
    QHash<quint32, QString> m_unicodeChars;
    QList<UnicodeRange> m_unicodeRanges;
    bool m_identity = false;
    QByteArray m_name;
    QByteArray m_usedCMap;
    std::optional<int> m_writingMode;
    QByteArray m_registry;
    QByteArray m_ordering;
    std::optional<int> m_supplement;
};

} // namespace granska::pdfa::fonts
