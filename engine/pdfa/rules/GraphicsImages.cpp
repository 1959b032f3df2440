// Images: ISO 19005-1 6.2.4; ISO 19005-2/-3 6.2.8 (6.2.8.1 general, 6.2.8.3 JPEG 2000). An image
// must look the same everywhere: no alternate versions or OPI proxies to be swapped in, no
// reader-dependent smoothing, bit depths every reader supports, and JPEG 2000 data whose colour
// a reader can determine unambiguously.
#include "Graphics.h"

#include "pdf/ObjGenHash.h"
#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"
#include "pdfa/Validation.h"
#include "pdfa/colour/Jpeg2000.h"
#include "pdfa/colour/PdfValues.h"

#include <QCoreApplication>
#include <QHash>

namespace granska::pdfa {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::GraphicsImages)
};

using colour::dictOf;
using colour::isTrue;
using colour::Jpeg2000Facts;

QPDFObjectHandle imageDict(const ImageSubject &s)
{
    return dictOf(s.image);
}

bool noAlternates(const ImageSubject &s, Failure &)
{
    return !imageDict(s).hasKey("/Alternates");
}

bool noOpiOnImage(const ImageSubject &s, Failure &)
{
    return !imageDict(s).hasKey("/OPI");
}

// PDF/A-1 words this for every XObject, images and forms alike.
bool noOpiOnXObject(const XObjectSubject &s, Failure &)
{
    return !s.xobject.getDict().hasKey("/OPI");
}

bool notInterpolated(const ImageSubject &s, Failure &)
{
    return !isTrue(imageDict(s).getKey("/Interpolate"));
}

bool bitsPerComponentAllowed(const ImageSubject &s, Failure &f, std::initializer_list<long long> allowed)
{
    QPDFObjectHandle dict = imageDict(s);
    if (isTrue(dict.getKey("/ImageMask")))
        return true;
    QPDFObjectHandle bpc = dict.getKey("/BitsPerComponent");
    if (!bpc.isInitialized() || bpc.isNull())
        return true;
    f.arg(bpc.isInteger() ? QString::number(bpc.getIntValue()) : QString::fromStdString(bpc.unparse()));
    if (!bpc.isInteger())
        return false;
    for (long long value : allowed)
        if (bpc.getIntValue() == value)
            return true;
    return false;
}

bool bitsPerComponentPart1(const ImageSubject &s, Failure &f)
{
    return bitsPerComponentAllowed(s, f, {1, 2, 4, 8});
}

bool bitsPerComponentPart23(const ImageSubject &s, Failure &f)
{
    return bitsPerComponentAllowed(s, f, {1, 2, 4, 8, 16});
}

// A stencil mask (ImageMask true, itself or as the image's Mask) has one bit per sample.
bool maskIsOneBit(const ImageSubject &s, Failure &f)
{
    auto oneBit = [&f](QPDFObjectHandle dict) {
        QPDFObjectHandle bpc = dict.getKey("/BitsPerComponent");
        if (!bpc.isInitialized() || bpc.isNull() || (bpc.isInteger() && bpc.getIntValue() == 1))
            return true;
        f.arg(QString::fromStdString(bpc.unparse()));
        return false;
    };
    QPDFObjectHandle dict = imageDict(s);
    if (isTrue(dict.getKey("/ImageMask")) && !oneBit(dict))
        return false;
    QPDFObjectHandle mask = dict.getKey("/Mask");
    return !(mask.isStream() && isTrue(mask.getDict().getKey("/ImageMask")) && !oneBit(mask.getDict()));
}

// --- JPEG 2000 -----------------------------------------------------------------------------------

struct Jpeg2000Cache {
    QHash<QPDFObjGen, Jpeg2000Facts> byImage;
};

// The facts of a JPX image, or null for other images and unreadable data (another rule reports
// undecodable streams).
const Jpeg2000Facts *jpeg2000(const ImageSubject &s, Validation &v)
{
    if (s.isInline || !colour::isJpeg2000Image(s.image))
        return nullptr;
    Jpeg2000Cache &cache = v.cache<Jpeg2000Cache>();
    const QPDFObjGen key = s.image.getObjGen();
    auto found = cache.byImage.find(key);
    if (found == cache.byImage.end())
        found = cache.byImage.insert(key, colour::jpeg2000Of(v, s.image));
    return found->readable ? &*found : nullptr;
}

bool hasColourSpaceEntry(const ImageSubject &s)
{
    return imageDict(s).hasKey("/ColorSpace");
}

bool jpxColourChannels(const ImageSubject &s, Failure &f, Validation &v)
{
    const Jpeg2000Facts *jpx = jpeg2000(s, v);
    if (!jpx)
        return true;
    f.arg(qint64(jpx->colourChannels()));
    return jpx->colourChannels() == 1 || jpx->colourChannels() == 3 || jpx->colourChannels() == 4;
}

// Several colour specifications are only unambiguous when exactly one is marked as the one to use.
bool jpxOneColourSpecification(const ImageSubject &s, Failure &f, Validation &v)
{
    const Jpeg2000Facts *jpx = jpeg2000(s, v);
    if (!jpx || hasColourSpaceEntry(s) || jpx->colourSpecifications.size() <= 1)
        return true;
    int marked = 0;
    for (const Jpeg2000Facts::ColourSpecification &spec : jpx->colourSpecifications)
        marked += spec.approximation == 1 ? 1 : 0;
    f.arg(qint64(jpx->colourSpecifications.size())).arg(qint64(marked));
    return marked == 1;
}

bool jpxColourMethod(const ImageSubject &s, Failure &f, Validation &v)
{
    const Jpeg2000Facts *jpx = jpeg2000(s, v);
    const Jpeg2000Facts::ColourSpecification *spec = jpx ? jpx->effectiveSpecification() : nullptr;
    if (!spec || hasColourSpaceEntry(s))
        return true;
    f.arg(qint64(spec->method));
    return spec->method >= 1 && spec->method <= 3;
}

bool jpxNotCieJab(const ImageSubject &s, Failure &, Validation &v)
{
    const Jpeg2000Facts *jpx = jpeg2000(s, v);
    const Jpeg2000Facts::ColourSpecification *spec = jpx ? jpx->effectiveSpecification() : nullptr;
    if (!spec || hasColourSpaceEntry(s))
        return true;
    return !(spec->method == 1 && spec->enumeratedSpace == 19);
}

bool jpxBitDepth(const ImageSubject &s, Failure &f, Validation &v)
{
    const Jpeg2000Facts *jpx = jpeg2000(s, v);
    if (!jpx)
        return true;
    if (jpx->bitDepths.isEmpty()) {
        f.arg(Tr::tr("not given"));
        return false;
    }
    QStringList depths;
    bool ok = true;
    for (int depth : jpx->bitDepths) {
        if (!depths.contains(QString::number(depth)))
            depths << QString::number(depth);
        ok = ok && depth >= 1 && depth <= 38 && depth == jpx->bitDepths.first();
    }
    f.arg(depths.join(QStringLiteral(", ")));
    return ok;
}

const Rule<ImageSubject> kImageRules[] = {
    {P1, "6.2.4", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An image has alternate versions (Alternates)."), noAlternates},
    {P1, "6.2.4", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An image asks readers to smooth it (Interpolate true)."),
     notInterpolated},
    {P1, "6.2.4", 4, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An image has %1 bits per component; PDF/A-1 allows 1, 2, 4 or 8."), bitsPerComponentPart1},
    {P1, "6.2.4", 5, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An image mask has %1 bits per component instead of 1."),
     maskIsOneBit},
    // veraPDF numbers these 6.2.8 t1-t5; ISO 19005-2 and the test corpus place them in 6.2.8.1.
    {P23, "6.2.8.1", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An image has alternate versions (Alternates)."),
     noAlternates},
    {P23, "6.2.8.1", 2, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An image carries OPI information for replacing it with another image."), noOpiOnImage},
    {P23, "6.2.8.1", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An image asks readers to smooth it (Interpolate true)."),
     notInterpolated},
    {P23, "6.2.8.1", 4, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An image has %1 bits per component; only 1, 2, 4, 8 or 16 are allowed."),
     bitsPerComponentPart23},
    {P23, "6.2.8.1", 5, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An image mask has %1 bits per component instead of 1."),
     maskIsOneBit},
    {P23, "6.2.8.3", 1, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A JPEG 2000 image has %1 colour channels; only 1, 3 or 4 are allowed."),
     jpxColourChannels},
    {P23, "6.2.8.3", 2, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "A JPEG 2000 image without a ColorSpace entry has %1 colour specifications, of which %2 (not exactly one) "
                       "is marked as the one to use."),
     jpxOneColourSpecification},
    {P23, "6.2.8.3", 3, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "A JPEG 2000 image without a ColorSpace entry specifies its colour with method %1; only 1, 2 or 3 are allowed."),
     jpxColourMethod},
    {P23, "6.2.8.3", 4, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A JPEG 2000 image without a ColorSpace entry uses the CIEJab colour space (19)."),
     jpxNotCieJab},
    {P23, "6.2.8.3", 5, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "A JPEG 2000 image has the bit depths %1; all channels must share one depth between 1 and 38."),
     jpxBitDepth},
};

const Rule<XObjectSubject> kXObjectRules[] = {
    {P1, "6.2.4", 2, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An XObject carries OPI information for replacing it with other content."),
     noOpiOnXObject},
};

} // namespace

void registerImageRules(Registry &registry)
{
    registry.add(kImageRules);
    registry.add(kXObjectRules);
}

} // namespace granska::pdfa
