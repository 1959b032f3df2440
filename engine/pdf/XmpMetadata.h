// What the engine reads from a document's XMP metadata packet: the PDF/A identification and the
// few descriptive properties shown to the user. Parsed with a real XML parser (QXmlStreamReader),
// accepting both the attribute form and the element form of simple RDF properties.
#pragma once

#include "assessment/Assessment.h"

#include <QByteArray>
#include <QString>

namespace granska {

struct XmpSummary {
    bool wellFormed = false;
    QString parseError; // empty when well formed
    PdfaClaim pdfa;
    QString title;       // dc:title, default language
    QString producer;    // pdf:Producer
    QString creatorTool; // xmp:CreatorTool
};

XmpSummary readXmpSummary(const QByteArray &packet);

} // namespace granska
