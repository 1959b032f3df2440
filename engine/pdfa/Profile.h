// PDF/A flavours a document can be validated against, and how the profile for one document is
// chosen from the user's request and the document's own claim.
#pragma once

#include "assessment/Assessment.h"

#include <QStringList>

namespace granska {

// "1a", "1b", "2a", "2b", "2u", "3a", "3b", "3u", "4", "4e", "4f".
QStringList knownFlavours();
bool isKnownFlavour(const QString &flavour);

// The user's request: "auto" (follow the claim), "none" (skip PDF/A), or a flavour.
bool isValidProfileRequest(const QString &request);

struct ProfileChoice {
    QString flavour; // empty: do not validate
    ProfileOrigin origin = ProfileOrigin::None;
    QString note;    // why there is no profile, in plain words; empty otherwise
};

ProfileChoice chooseProfile(const QString &request, const PdfaClaim &claim);

} // namespace granska
