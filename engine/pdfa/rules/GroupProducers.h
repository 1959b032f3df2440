// The producers and rule registrations of each rule group. One group per area of ISO 19005, each
// in its own files under rules/ (and its helpers in a folder of its own).
#pragma once

namespace granska::pdfa {

class Registry;
class Validation;

// File structure: header, trailer, cross-reference sections, objects and streams as written,
// strings, filters, implementation limits (ISO 19005-1 6.1, ISO 19005-2/3 6.1).
void registerFileStructureRules(Registry &registry);
void produceFileStructure(Validation &validation);

// Graphics: output intents, ICC profiles, colour spaces, images, XObjects, graphics states,
// transparency, rendering intents (19005-1 6.2 and 6.4; 19005-2/3 6.2.1-6.2.10).
void registerGraphicsRules(Registry &registry);
void produceOutputIntents(Validation &validation);

// Fonts: font dictionaries, embedding, glyphs and widths, encodings, CMaps, Unicode mappings
// (19005-1 6.3; 19005-2/3 6.2.11).
void registerFontRules(Registry &registry);
void produceGlyphs(Validation &validation);

// Metadata: the XMP packet, its properties and extension schemas, PDF/A identification, the
// document information dictionary (19005-1 6.7; 19005-2/3 6.6).
void registerMetadataRules(Registry &registry);
void produceMetadata(Validation &validation);

// Interactive features and structure: annotations, actions, forms, optional content, embedded
// files, signatures, logical structure for level A (19005-1 6.5, 6.6, 6.8, 6.9;
// 19005-2/3 6.3-6.5, 6.7-6.11).
void registerInteractiveRules(Registry &registry);
void produceInteractive(Validation &validation);

} // namespace granska::pdfa
