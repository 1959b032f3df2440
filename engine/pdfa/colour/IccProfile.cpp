#include "IccProfile.h"

#include "pdf/ObjGenHash.h"
#include "pdf/PdfDocument.h"
#include "pdfa/Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibrary>
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

// LittleCMS is loaded the first time a profile is examined instead of being linked: few documents
// have one, and every linked library is mapped and has its symbols looked up at each start of
// granska-cli, which checks one document per process in scripts.
struct LittleCms {
    decltype(&cmsCreateContext) createContext = nullptr;
    decltype(&cmsSetLogErrorHandlerTHR) setLogErrorHandler = nullptr;
    decltype(&cmsOpenProfileFromMemTHR) openProfileFromMem = nullptr;
    decltype(&cmsCloseProfile) closeProfile = nullptr;
    decltype(&cmsDeleteContext) deleteContext = nullptr;

    bool usable() const { return createContext && setLogErrorHandler && openProfileFromMem && closeProfile && deleteContext; }
};

template <typename Function>
void resolve(QLibrary &library, const char *symbol, Function &function)
{
    function = reinterpret_cast<Function>(library.resolve(symbol));
}

const LittleCms &littleCms()
{
    static const LittleCms loaded = [] {
        LittleCms lcms;
        QLibrary library(QStringLiteral("lcms2"), LCMS_VERSION / 1000); // liblcms2.so.2
        if (!library.load())
            return lcms;
        resolve(library, "cmsCreateContext", lcms.createContext);
        resolve(library, "cmsSetLogErrorHandlerTHR", lcms.setLogErrorHandler);
        resolve(library, "cmsOpenProfileFromMemTHR", lcms.openProfileFromMem);
        resolve(library, "cmsCloseProfile", lcms.closeProfile);
        resolve(library, "cmsDeleteContext", lcms.deleteContext);
        return lcms; // the library stays loaded: QLibrary unloads only when asked to
    }();
    return loaded;
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

    const LittleCms &lcms = littleCms();
    cmsContext context = lcms.usable() ? lcms.createContext(nullptr, nullptr) : nullptr;
    if (!context) {
        facts.problem = Tr::tr("the profile could not be examined");
        return facts;
    }
    lcms.setLogErrorHandler(context, ignoreLcmsError);
    cmsHPROFILE profile = lcms.openProfileFromMem(context, data.data(), cmsUInt32Number(data.size()));
    if (profile) {
        facts.readable = true;
        lcms.closeProfile(profile);
    } else {
        facts.problem = Tr::tr("the profile is damaged or incomplete");
    }
    lcms.deleteContext(context);
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
