// Producers walk the document and hand subjects to the validation. The core ones here cover the
// object graph (catalog, pages, annotations, forms, actions, fonts, every object); rule groups add
// their own (the raw file scan, glyphs, XMP) in Producers.cpp's list.
#pragma once

namespace granska::pdfa {

class Validation;

using Producer = void (*)(Validation &);

void produceDocument(Validation &v);       // catalog, trailer, info
void produceObjects(Validation &v);        // every object's numbers, strings, names, arrays, dictionaries, streams
void producePages(Validation &v);          // pages, their content, annotations and appearance streams
void produceForms(Validation &v);          // the interactive form and its fields
void produceActions(Validation &v);        // actions wherever they hang
void produceFonts(Validation &v);          // fonts used by content streams (after producePages)

// All producers in the order they run: the core ones first, then each rule group's.
const Producer *allProducers(int &count);

} // namespace granska::pdfa
