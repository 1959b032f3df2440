#include "Profile.h"

#include <QCoreApplication>

namespace granska {
namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::Profile)
};
} // namespace

QStringList knownFlavours()
{
    return {QStringLiteral("1a"), QStringLiteral("1b"), QStringLiteral("2a"), QStringLiteral("2b"),
            QStringLiteral("2u"), QStringLiteral("3a"), QStringLiteral("3b"), QStringLiteral("3u"),
            QStringLiteral("4"),  QStringLiteral("4e"), QStringLiteral("4f")};
}

bool isKnownFlavour(const QString &flavour)
{
    return knownFlavours().contains(flavour);
}

bool isValidProfileRequest(const QString &request)
{
    return request == QLatin1String("auto") || request == QLatin1String("none") || isKnownFlavour(request);
}

ProfileChoice chooseProfile(const QString &request, const PdfaClaim &claim)
{
    ProfileChoice choice;
    if (request == QLatin1String("none")) {
        choice.note = Tr::tr("PDF/A validation was not requested.");
        return choice;
    }
    if (request != QLatin1String("auto")) {
        choice.flavour = request;
        choice.origin = ProfileOrigin::Requested;
        return choice;
    }
    if (!claim.isPresent()) {
        choice.note = Tr::tr("The document does not claim PDF/A conformance in its XMP metadata, so it was not validated as PDF/A.");
        return choice;
    }
    if (!isKnownFlavour(claim.flavour())) {
        choice.note = Tr::tr("The document claims PDF/A part %1 conformance \"%2\", which is not a known PDF/A flavour.")
                          .arg(claim.part)
                          .arg(claim.conformance);
        return choice;
    }
    choice.flavour = claim.flavour();
    choice.origin = ProfileOrigin::Claim;
    return choice;
}

} // namespace granska
