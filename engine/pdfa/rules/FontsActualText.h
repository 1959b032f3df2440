// Codes shown outside any ActualText, for the Private Use Area rule of level A.
#pragma once

#include <QSet>
#include <utility>

namespace granska::pdfa {

class Validation;

// (font model, code) pairs of the fonts in Validation::cache<fonts::FontCache>() that some page
// shows where neither an enclosing marked-content sequence nor its structure element (or one of
// the element's ancestors) has an ActualText.
QSet<std::pair<const void *, quint32>> codesOutsideActualText(Validation &validation);

} // namespace granska::pdfa
