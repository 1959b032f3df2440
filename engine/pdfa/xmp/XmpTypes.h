// XMP value types and whether a property value has one: the simple types (Text, Integer, Real,
// Boolean, Date, URI, URL, MIMEType, ...), language alternatives, Bag/Seq/Alt of a type, and
// structured types (a namespace plus typed fields) such as Dimensions or ResourceRef. Type names
// are read the way PDF/A extension schemas write them: case does not matter, "Closed Choice of
// Integer" means Integer, "Bag" alone means "Bag Text".
#pragma once

#include "XmpModel.h"

#include <QHash>
#include <QString>

namespace granska::pdfa::xmp {

// The XMP Specification a PDF/A part refers to: PDF/A-1 the edition of 2004, PDF/A-2 and
// PDF/A-3 that of 2005, which adds schemas, properties and types.
enum class XmpEdition : quint8 { Xmp2004 = 1, Xmp2005 = 2 };

class ValueTypes {
public:
    // Only the simple types every XMP reader knows.
    static const ValueTypes &basic();
    // The simple and structured types the edition defines.
    static const ValueTypes &predefined(XmpEdition edition);

    // The canonical form of a type name ("Closed Choice of Integer" -> "integer").
    static QString simplified(QStringView typeName);

    bool isKnown(QStringView typeName) const;
    // Whether the node is a value of the type (the name in any spelling).
    bool matches(const XmpNode &node, QStringView typeName) const;
    // As matches, for a name already simplified.
    bool matchesSimplified(const XmpNode &node, const QString &type) const;

    // A type from an extension schema: a structure when it has fields, else text. A later
    // definition of a name replaces an earlier one.
    void defineStructure(QStringView typeName, const QString &namespaceUri, const QHash<QString, QString> &fieldTypes);
    void defineText(QStringView typeName);

private:
    enum class Kind : quint8 { Text, Boolean, Integer, Real, MimeType, Date, LanguageAlternative, Url, GpsCoordinate2004, GpsCoordinate2005, Structure };
    struct Type {
        Kind kind = Kind::Text;
        QString namespaceUri;            // structures: the namespace of their fields
        QHash<QString, QString> fields;  // structures: field name -> simplified type
    };

    bool matches(const XmpNode &node, const QString &type, int depth) const;
    bool matchesKind(const XmpNode &node, const Type &type, int depth) const;

    QHash<QString, Type> m_types; // by simplified name
};

} // namespace granska::pdfa::xmp
