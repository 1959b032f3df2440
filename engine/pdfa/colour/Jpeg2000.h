// The header of JPEG 2000 image data (JPXDecode), as far as PDF/A restricts it: colour channels,
// colour specification boxes and bit depth. Reads the JP2 boxes (ISO 15444-1, Annex I) or, for a
// bare codestream, its SIZ marker segment. QPDF does not decode JPX, so the encoded data is read.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <qpdf/QPDFObjectHandle.hh>

namespace granska::pdfa {
class Validation;
}

namespace granska::pdfa::colour {

struct Jpeg2000Facts {
    struct ColourSpecification {
        int method = 0;      // METH: 1 enumerated, 2 restricted ICC, 3 any ICC, 4 vendor ...
        int approximation = 0; // APPROX
        qint64 enumeratedSpace = -1; // EnumCS when method is 1
    };
    bool readable = false;    // a JP2 header or a codestream SIZ segment was found
    int components = 0;       // NC (ihdr) or Csiz (SIZ)
    int opacityChannels = 0;  // channels the cdef box marks as opacity
    QList<ColourSpecification> colourSpecifications; // colr boxes, in order
    QList<int> bitDepths;     // per component, 1..38 for valid data
    bool bitDepthBoxPresent = false; // bpcc: the depths differ between components

    int colourChannels() const { return components - opacityChannels; }
    // The specification a reader uses: the only one, or the one marked as the approximation.
    const ColourSpecification *effectiveSpecification() const;
};

Jpeg2000Facts readJpeg2000(QByteArrayView data);

// The facts of an image stream whose only filter is JPXDecode; unreadable facts otherwise.
Jpeg2000Facts jpeg2000Of(Validation &validation, QPDFObjectHandle image);

bool isJpeg2000Image(QPDFObjectHandle image);

} // namespace granska::pdfa::colour
