// The colour space of the PDF/A output intent (veraPDF calls it gOutputCS): the data colour space
// signature of the ICC profile behind the catalog's GTS_PDFA1 output intent. Device colour is only
// allowed where it matches this space; several rule groups need it.
#pragma once

#include <QByteArray>

namespace granska::pdfa {

class Validation;

// "RGB ", "CMYK", "GRAY", "Lab " ... as in the ICC header; empty when there is no usable output
// intent. Computed once per validation.
QByteArray outputIntentColourSpace(Validation &validation);

} // namespace granska::pdfa
