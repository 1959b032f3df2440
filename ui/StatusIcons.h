// Status icons drawn with QPainter. Every state has its own shape as well as its own colour, so the
// list stays readable for colour-blind users and in grey-scale print-outs.
#pragma once

#include "Presentation.h"

#include <QIcon>
#include <optional>

namespace granska {

QIcon statusIcon(DocumentStatus status);
QIcon integrityIcon(Integrity integrity);
// The ETSI conclusion: a green check, an amber question mark, a red cross.
QIcon indicationIcon(Indication indication);
// The icon for signatureStatusText(): the conclusion when validated; a neutral grey check for an
// intact signature that was not validated; broken and unverifiable as integrityIcon().
QIcon signatureStatusIcon(const SignatureInfo &signature);
// The document list's icon: statusIcon(), except that a document without problems whose
// signatures could not all be validated (Assessment::needsAttention) shows the amber question mark.
QIcon documentIcon(DocumentStatus status, const Assessment *assessment);
QIcon severityIcon(Severity severity);
// Compliant, not compliant, or no verdict.
QIcon verdictIcon(const std::optional<bool> &compliant);
QIcon revisionIcon();

enum class ToolIcon { PreviousPage, NextPage, ZoomIn, ZoomOut, FitWidth };
// The desktop theme's icon when there is one, else a simple drawn one.
QIcon toolIcon(ToolIcon icon);
QIcon applicationIcon();

} // namespace granska
