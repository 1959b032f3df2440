// The predefined CMaps a PDF/A file may name without embedding them (ISO 32000-1, 9.7.5.2, Table
// 118): their character collection, writing mode and code space ranges. Their code-to-CID mappings
// are not kept: glyphs shown through them are decoded into codes only.
#pragma once

namespace granska::pdfa::fonts {

struct PredefinedCMap {
    const char *name;
    const char *registry;
    const char *ordering;
    int supplement;
    int writingMode;
    const char *codeSpaceRanges; // "low-high" hexadecimal pairs separated by spaces
};

// nullptr for names not in Table 118.
const PredefinedCMap *predefinedCMap(const char *name);

} // namespace granska::pdfa::fonts
