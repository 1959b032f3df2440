// Status icons drawn with QPainter. Every state has its own shape as well as its own colour, so the
// list stays readable for colour-blind users and in grey-scale print-outs.
#pragma once

#include "Presentation.h"

#include <QIcon>
#include <optional>

namespace granska {

QIcon statusIcon(DocumentStatus status);
QIcon integrityIcon(Integrity integrity);
QIcon severityIcon(Severity severity);
// Compliant, not compliant, or no verdict.
QIcon verdictIcon(const std::optional<bool> &compliant);
QIcon revisionIcon();

enum class ToolIcon { PreviousPage, NextPage, ZoomIn, ZoomOut, FitWidth };
// The desktop theme's icon when there is one, else a simple drawn one.
QIcon toolIcon(ToolIcon icon);
QIcon applicationIcon();

} // namespace granska
