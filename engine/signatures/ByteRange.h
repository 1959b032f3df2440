// The /ByteRange of a signature checked against the file: whether its ranges lie inside the file,
// whether they have the standard shape (from the start of the file to the /Contents string, and
// from after it to the end of a revision), and the signature value found in the unsigned gap.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace granska {

struct ByteRangeCheck {
    bool usable = false;      // the ranges lie inside the file and can be hashed
    bool malformed = false;   // the ranges contradict each other: no verdict of intact is possible
    QString problem;          // why the ranges are not the standard shape, if they are not
    QList<QByteArrayView> signedBytes;
    std::optional<QByteArray> gapContents; // the decoded /Contents when the gap is exactly its hex string
};

// `usedOffsets` (sorted) are where the document as read has its objects and cross-reference
// sections: unsigned bytes the reader uses must not hide in the gap between the signed ranges.
ByteRangeCheck checkByteRange(const QList<qint64> &range, QByteArrayView file, const QList<qint64> &usedOffsets = {});

class PdfDocument;
struct Revision;
// The offsets of every object in the document's final cross-reference table and of every
// cross-reference section, sorted.
QList<qint64> usedOffsets(PdfDocument &document, const QList<Revision> &revisions);

} // namespace granska
