// What changed in a document after each signature, and whether that was permitted: each
// incremental update after the signed revision is compared with the revision before it, its
// changes are classified (validation data, document timestamp, signature, form filling,
// annotation, page added or removed, metadata, other) and judged against the DocMDP permissions of
// a certification signature and the FieldMDP locks of the signatures. Attacks that hide, replace or
// overlay signed content through later updates (shadow attacks, incremental saving attacks, form
// filling that swaps an appearance used elsewhere) show up as "other" changes, never permitted.
#pragma once

#include "assessment/Assessment.h"
#include "pdf/Limits.h"

#include <QByteArrayView>
#include <QList>

namespace granska {

class PdfDocument;

// Fills modificationsAfter ("none", "permitted", "not-permitted"), modifications (one entry per
// change, with the revision that made it, its kind, a plain-words description and whether it is
// permitted) and certificationLevel for every signature and document timestamp, comparing the
// signed revision with each later one. Signatures whose byte range ends at no revision
// (revision 0) are left undetermined: modificationsAfter stays empty. Data appended after the last
// %%EOF that changes the document counts as one more revision (revisions.size() + 1).
// Throws LimitExceeded when the budget's time is up or the caller cancelled; signatures not yet
// judged then keep an empty modificationsAfter.
// `byteRanges` are the byte ranges written in the file (rawByteRanges()), read again when not given:
// each earlier revision opened reads its signature dictionaries ahead of QPDF with them.
void judgeModifications(PdfDocument &document, const QList<Revision> &revisions, QList<SignatureInfo> &signatures, const Budget &budget,
                        const QList<QList<qint64>> *byteRanges = nullptr);

// The bytes of the document as it was when the given revision was complete ("view signed version"):
// a prefix of the file, not a copy. Empty when the revision lies outside the file.
QByteArrayView signedRevisionBytes(QByteArrayView file, const Revision &revision);

} // namespace granska
