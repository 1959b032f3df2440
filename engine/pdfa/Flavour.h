// PDF/A parts and conformance levels as bit sets, so that a rule can say in one line which
// flavours it belongs to.
#pragma once

#include <QString>
#include <cstdint>

namespace granska::pdfa {

enum Part : std::uint8_t { P1 = 1 << 0, P2 = 1 << 1, P3 = 1 << 2, P4 = 1 << 3 };
using Parts = std::uint8_t;
constexpr Parts P23 = P2 | P3;
constexpr Parts P123 = P1 | P2 | P3;

enum Level : std::uint8_t { LA = 1 << 0, LB = 1 << 1, LU = 1 << 2, LNone = 1 << 3 };
using Levels = std::uint8_t;
constexpr Levels AnyLevel = LA | LB | LU | LNone;
constexpr Levels LevelA = LA;        // logical structure: the "accessible" level
constexpr Levels LevelAU = LA | LU;  // Unicode mappings: required by a and u

struct Flavour {
    int part = 0;        // 1..4
    Level level = LNone; // a, b, u, or none (PDF/A-4 without e/f)
    bool valid() const { return part > 0; }
    Parts partBit() const { return Parts(1 << (part - 1)); }
    QString specification() const { return QStringLiteral("ISO 19005-%1").arg(part); }
};

// "2b" -> {2, LB}; invalid Flavour for anything else.
Flavour parseFlavour(const QString &text);

} // namespace granska::pdfa
