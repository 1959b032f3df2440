#include "IccProfile.h"

#include "pdf/ObjGenHash.h"
#include "pdf/PdfDocument.h"
#include "pdfa/Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <lcms2.h>

namespace granska::pdfa::colour {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::colour::IccProfile)
};

constexpr int kHeaderSize = 128;

void ignoreLcmsError(cmsContext, cmsUInt32Number, const char *)
{
    // LittleCMS reports why a profile is unusable; the caller only needs to know that it is.
}

struct IccProfileCache {
    QHash<QPDFObjGen, IccProfileFacts> byStream;
};

} // namespace

int IccProfileFacts::components() const
{
    if (colourSpace == "GRAY")
        return 1;
    if (colourSpace == "RGB " || colourSpace == "Lab ")
        return 3;
    if (colourSpace == "CMYK")
        return 4;
    return 0;
}

IccProfileFacts readIccProfile(QByteArrayView data)
{
    IccProfileFacts facts;
    if (data.size() < kHeaderSize || data.sliced(36, 4) != QByteArrayView("acsp")) {
        facts.problem = Tr::tr("the data is not an ICC profile");
        return facts;
    }
    // The header fields as written, also when the rest of the profile is damaged.
    facts.major = quint8(data[8]);
    facts.minor = quint8(data[9]) >> 4;
    facts.deviceClass = data.sliced(12, 4).toByteArray();
    facts.colourSpace = data.sliced(16, 4).toByteArray();

    cmsContext context = cmsCreateContext(nullptr, nullptr);
    if (!context) {
        facts.problem = Tr::tr("the profile could not be examined");
        return facts;
    }
    cmsSetLogErrorHandlerTHR(context, ignoreLcmsError);
    cmsHPROFILE profile = cmsOpenProfileFromMemTHR(context, data.data(), cmsUInt32Number(data.size()));
    if (profile) {
        facts.readable = true;
        cmsCloseProfile(profile);
    } else {
        facts.problem = Tr::tr("the profile is damaged or incomplete");
    }
    cmsDeleteContext(context);
    return facts;
}

const IccProfileFacts &iccProfileOf(Validation &validation, QPDFObjectHandle stream)
{
    IccProfileCache &cache = validation.cache<IccProfileCache>();
    const QPDFObjGen key = stream.isIndirect() ? stream.getObjGen() : QPDFObjGen();
    if (key.isIndirect()) {
        const auto found = cache.byStream.constFind(key);
        if (found != cache.byStream.constEnd())
            return *found;
    }
    IccProfileFacts facts;
    if (!stream.isStream()) {
        facts.problem = Tr::tr("the profile is not a stream");
    } else {
        QString problem;
        const std::optional<QByteArray> data = validation.document().decodedStream(stream, validation.budget(), &problem);
        if (data)
            facts = readIccProfile(*data);
        else
            facts.problem = Tr::tr("the profile stream cannot be read: %1").arg(problem);
    }
    // Direct streams do not exist in PDF; anything without an object number shares one slot.
    return cache.byStream[key] = facts;
}

} // namespace granska::pdfa::colour
