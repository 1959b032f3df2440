// Finds the revisions of a PDF file on its raw bytes: the original document and each incremental
// update, as the byte range that ends with its %%EOF line. QPDF shows only the final object graph,
// so this works on the bytes, following the cross-reference chain (startxref, /Prev) from the end.
#pragma once

#include "assessment/Assessment.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace granska {

struct RevisionScan {
    QList<Revision> revisions;
    QStringList problems; // in plain words; empty when the chain was followed cleanly
};

RevisionScan scanRevisions(QByteArrayView file);

// The revision whose end the byte offset matches (allowing for the end-of-line after %%EOF that a
// signature's byte range may or may not include); 0 when it matches none.
int revisionEndingAt(const QList<Revision> &revisions, QByteArrayView file, qint64 offset);

} // namespace granska
