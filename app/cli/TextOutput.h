// The plain-text form of an assessment, for people reading a terminal.
#pragma once

#include "assessment/Assessment.h"

#include <QString>

namespace granska::cli {

QString formatText(const Assessment &assessment);

} // namespace granska::cli
