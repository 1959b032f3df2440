// ICC profiles embedded in a PDF (output intents' destination profiles and ICCBased colour
// spaces): the header facts PDF/A restricts, and whether LittleCMS can read the profile at all.
// Read once per profile stream and kept for the validation.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <qpdf/QPDFObjectHandle.hh>

namespace granska::pdfa {
class Validation;
}

namespace granska::pdfa::colour {

struct IccProfileFacts {
    bool readable = false;  // LittleCMS could open it (header, tag table and sizes consistent)
    QByteArray deviceClass; // "mntr", "prtr", "scnr", "spac", ... as in the header
    QByteArray colourSpace; // data colour space: "RGB ", "CMYK", "GRAY", "Lab ", ...
    int major = 0;          // profile version, e.g. 2.1 or 4.3
    int minor = 0;
    QString problem;        // why it is not readable, in plain words

    // Colour components of the data colour space; 0 when PDF has no matching space.
    int components() const;
    QString versionText() const { return QStringLiteral("%1.%2").arg(major).arg(minor); }
    QString colourSpaceText() const { return QString::fromLatin1(colourSpace).trimmed(); }
    QString deviceClassText() const { return QString::fromLatin1(deviceClass).trimmed(); }
};

IccProfileFacts readIccProfile(QByteArrayView data);

// The facts of the profile in a stream, decoded and read on first use.
const IccProfileFacts &iccProfileOf(Validation &validation, QPDFObjectHandle stream);

} // namespace granska::pdfa::colour
