// The schemas the XMP Specification predefines, per edition: Dublin Core, XMP Basic, XMP Rights
// Management, XMP Media Management, XMP Basic Job Ticket, XMP Paged-Text, Adobe PDF, Photoshop,
// TIFF, EXIF and the PDF/A identification schema; from the 2005 edition also XMP Dynamic Media,
// Camera Raw and the additional EXIF properties. A property in one of them needs no extension
// schema, and its value must have the type given here.
#pragma once

#include "XmpTypes.h"

namespace granska::pdfa::xmp {

class PredefinedSchemas {
public:
    static const PredefinedSchemas &of(XmpEdition edition);

    bool defines(const XmpNode &property) const;
    // Whether a predefined property's value has its type; false for properties not predefined.
    bool hasDefinedType(const XmpNode &property) const;
    // The type name of a predefined property, simplified; empty when it is not predefined.
    QString typeOf(const XmpNode &property) const;

private:
    explicit PredefinedSchemas(XmpEdition edition);

    XmpEdition m_edition;
    QHash<QString, QHash<QString, QString>> m_properties; // namespace -> name -> simplified type
};

} // namespace granska::pdfa::xmp
