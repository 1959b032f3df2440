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

ByteRangeCheck checkByteRange(const QList<qint64> &range, QByteArrayView file);

} // namespace granska
