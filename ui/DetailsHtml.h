// Rich-text descriptions of one signature or one revision for the details panel: everything the
// assessment knows about it, laid out as label/value rows the archivist can read and copy.
#pragma once

#include "assessment/Assessment.h"

#include <QString>
#include <QStringList>

class QTextDocument;

namespace granska {

// The personal identifier is masked unless `showPersonalNumber` (the details offer a link to show it).
QString signatureDetailsHtml(const Assessment &assessment, int signatureIndex, bool showPersonalNumber = false);
QString revisionDetailsHtml(const Assessment &assessment, int revisionIndex); // 1-based
// Registers the status images the HTML above refers to with the document that shows it.
void addDetailsResources(QTextDocument *document, int iconSize);
// Splits a distinguished name at its separating commas (not escaped ones), one part per entry.
QStringList distinguishedNameParts(const QString &dn);

} // namespace granska
