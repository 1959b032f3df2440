// The plain-text form of an assessment, for people reading a terminal.
#pragma once

#include "assessment/Assessment.h"

#include <QString>

namespace granska::cli {

// Personal identity numbers in signers' names are masked unless `showPersonalData`.
QString formatText(const Assessment &assessment, bool showPersonalData = false);

} // namespace granska::cli
