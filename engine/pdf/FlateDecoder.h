// Decodes the most common stream encoding, /FlateDecode with or without a PNG predictor, straight
// from the raw bytes, in a few large pieces. QPDF's filter pipeline gives the same bytes but copies
// every chunk through a chain of pipelines and un-predicts a byte at a time; change analysis decodes
// whole signature-appearance images of every revision, where that was most of the time spent.
//
// Only clean data is decoded here: anything QPDF might warn about or repair (a damaged or
// truncated deflate stream, bytes after its end, an incomplete last row, unusual parameters) is
// left to QPDF, so that the result and the warnings are always QPDF's own.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <memory>
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

// The decoding a piece at a time, for comparing two streams that may differ early; decodeFlate()
// reads it to the end. It fails wherever the data is not clean or decodes to more than `limit`.
// `raw` must outlive the reader.
class FlateReader {
public:
    FlateReader(QByteArrayView raw, const FlateParameters &parameters, qint64 limit);
    ~FlateReader();
    FlateReader(const FlateReader &) = delete;
    FlateReader &operator=(const FlateReader &) = delete;

    // Decodes until at least `size` bytes are out, or the data ends, or it fails.
    void readTo(qint64 size);
    const QByteArray &data() const { return m_out; }
    bool finished() const { return m_state == State::Finished; }
    bool failed() const { return m_state == State::Failed; }

private:
    enum class State { Reading, Finished, Failed };
    bool unpredictRows(bool atEnd);

    struct Inflater;
    std::unique_ptr<Inflater> m_inflater;
    QByteArrayView m_raw;
    FlateParameters m_parameters;
    qint64 m_limit = 0;        // of the decoded data
    qint64 m_maxInflated = 0;  // of the inflated data, predictor bytes included
    qint64 m_inflated = 0;
    qint64 m_bytesPerRow = 0;  // PNG predictors: a row's decoded bytes
    qint64 m_bytesPerPixel = 0;
    QByteArray m_rows;         // PNG predictors: inflated bytes not yet unpredicted
    QByteArray m_out;
    State m_state = State::Reading;
};

} // namespace granska
