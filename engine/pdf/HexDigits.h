// Hexadecimal digits by table, for the signature values the engine decodes itself (a signature's
// /Contents runs to tens of thousands of digits).
#pragma once

#include <array>

namespace granska {

// A byte's value as a hex digit (0 to 15); kHexSpace for the white space a signature's hex
// string may hold between digits (space, CR, LF, tab); kHexInvalid for anything else.
inline constexpr signed char kHexSpace = -1;
inline constexpr signed char kHexInvalid = -2;

inline constexpr std::array<signed char, 256> kHexDigitValues = [] {
    std::array<signed char, 256> values{};
    for (int c = 0; c < 256; ++c) {
        values[size_t(c)] = c >= '0' && c <= '9'                              ? c - '0'
                            : c >= 'a' && c <= 'f'                            ? c - 'a' + 10
                            : c >= 'A' && c <= 'F'                            ? c - 'A' + 10
                            : c == ' ' || c == '\n' || c == '\r' || c == '\t' ? kHexSpace
                                                                              : kHexInvalid;
    }
    return values;
}();

} // namespace granska
