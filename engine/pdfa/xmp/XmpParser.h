// Reads an XMP packet (the bytes of a metadata stream) into the XMP data model. The XML is parsed
// with QXmlStreamReader; the RDF/XML is then mapped the way the XMP toolkits do it: rdf:Description
// with attribute and element properties, rdf:parseType="Resource", rdf:value with qualifiers,
// typed nodes, rdf:Bag/Seq/Alt with rdf:li, xml:lang. What XMP does not allow (rdf:parseType
// "Literal" or "Collection", mixed content, duplicate properties, misplaced rdf:li ...) makes the
// packet invalid, with the reason in plain words.
#pragma once

#include "XmpModel.h"

#include <QByteArray>

namespace granska::pdfa::xmp {

// Never throws; hostile input (deep nesting, huge node counts) ends in an invalid packet.
XmpPacket parseXmpPacket(const QByteArray &bytes);

} // namespace granska::pdfa::xmp
