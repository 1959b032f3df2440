// Decodes the most common stream encoding, /FlateDecode with or without a PNG predictor, straight
// from the raw bytes into one buffer. QPDF's filter pipeline gives the same bytes but copies every
// chunk through a chain of pipelines and un-predicts a byte at a time; change analysis decodes
// whole signature-appearance images of every revision, where that was most of the time spent.
//
// Only clean data is decoded here: anything QPDF might warn about or repair (a damaged or
// truncated deflate stream, bytes after its end, an incomplete last row, unusual parameters) is
// left to QPDF, so that the result and the warnings are always QPDF's own.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>
#include <qpdf/QPDFObjectHandle.hh>

namespace granska {

struct FlateParameters {
    int predictor = 1; // 1: none; 10 to 15: PNG
    int colors = 1;
    int bitsPerComponent = 8;
    int columns = 1;
};

// The parameters when `stream` is encoded with /FlateDecode alone and they are ones decoded here.
std::optional<FlateParameters> plainFlateParameters(QPDFObjectHandle stream);

// The decoded data, or nothing when the data is not clean (see above) or would decode to more
// than `limit` bytes: then QPDF is to decode it.
std::optional<QByteArray> decodeFlate(QByteArrayView raw, const FlateParameters &parameters, qint64 limit);

} // namespace granska
