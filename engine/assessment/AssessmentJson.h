// The JSON form of an Assessment: the CLI's public --json output (one object per line) and the
// form the history store keeps. fromJson(toJson(a)) gives back a.
#pragma once

#include "Assessment.h"

#include <QJsonObject>

namespace granska {

QJsonObject toJson(const Assessment &assessment);
Assessment assessmentFromJson(const QJsonObject &object);

} // namespace granska
