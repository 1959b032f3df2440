// Small readers of PDF values shared by the graphics rules and the paint walker: names without
// the slash, colour space families, numbers that may be missing.
#pragma once

#include <QByteArray>
#include <initializer_list>
#include <optional>
#include <qpdf/QPDFObjectHandle.hh>

namespace granska::pdfa::colour {

inline QByteArray nameOf(QPDFObjectHandle object)
{
    return object.isName() ? QByteArray::fromStdString(object.getName()).mid(1) : QByteArray();
}

inline bool isOneOf(const QByteArray &value, std::initializer_list<const char *> allowed)
{
    for (const char *a : allowed)
        if (value == a)
            return true;
    return false;
}

// The family of a colour space given as a name or an array ("DeviceRGB", "ICCBased", ...).
// Inline-image abbreviations are expanded.
inline QByteArray familyOf(QPDFObjectHandle space)
{
    QByteArray family;
    if (space.isName())
        family = nameOf(space);
    else if (space.isArray() && space.getArrayNItems() > 0)
        family = nameOf(space.getArrayItem(0));
    if (family == "G")
        return "DeviceGray";
    if (family == "RGB")
        return "DeviceRGB";
    if (family == "CMYK")
        return "DeviceCMYK";
    if (family == "I")
        return "Indexed";
    return family;
}

inline bool isDeviceFamily(const QByteArray &family)
{
    return family == "DeviceGray" || family == "DeviceRGB" || family == "DeviceCMYK";
}

inline std::optional<double> numberOf(QPDFObjectHandle object)
{
    if (object.isNumber())
        return object.getNumericValue();
    return std::nullopt;
}

inline bool isTrue(QPDFObjectHandle object)
{
    return object.isBool() && object.getBoolValue();
}

// The dictionary of a stream, or the object itself when it is a dictionary.
inline QPDFObjectHandle dictOf(QPDFObjectHandle object)
{
    return object.isStream() ? object.getDict() : object;
}

} // namespace granska::pdfa::colour
