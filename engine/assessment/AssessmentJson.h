// The JSON form of an Assessment: the CLI's public --json output (one object per line) and the
// form the history store keeps. fromJson(toJson(a)) gives back a.
#pragma once

#include "Assessment.h"

#include <QJsonObject>

namespace granska {

struct JsonOptions {
    bool includeCertificateData = true; // each certificate's DER (base64): needed to view or re-check it
    bool maskPersonalData = false;      // show personal identity numbers masked
};

QJsonObject toJson(const Assessment &assessment, const JsonOptions &options = {});
Assessment assessmentFromJson(const QJsonObject &object);

} // namespace granska
