// The operands of a content stream as written, for the implementation limits of ISO 19005 (numbers
// and strings) and the spelling of hexadecimal strings, which the content interpreter does not
// keep. Only operands proper are visited: values given to operators directly or inside an array
// (TJ); values inside dictionaries (marked-content properties, inline image dictionaries) and
// inline image data are not.
#pragma once

#include "CosScanner.h"

#include <functional>

namespace granska {
class Budget;
}

namespace granska::pdfa::cos {

void visitContentOperands(QByteArrayView data, Budget &budget, const std::function<void(const Token &)> &visit);

} // namespace granska::pdfa::cos
