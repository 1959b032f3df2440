#include "FlateDecoder.h"

#include <zlib.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <cstdlib>
#include <cstring>
#include <limits>
#include <vector>

namespace granska {
namespace {

constexpr qint64 kMaxColumns = 1 << 24;
constexpr int kMaxColors = 32; // the most colourants a colour space can have

bool readInteger(QPDFObjectHandle value, int &out)
{
    if (!value.isInteger())
        return false;
    const long long v = value.getIntValue();
    if (v < 0 || v > kMaxColumns)
        return false;
    out = int(v);
    return true;
}

// The PNG Paeth predictor, without branches: which of the three neighbours is nearest to
// left + up - upperLeft, ties going to left, then up.
inline int paeth(int left, int up, int upperLeft)
{
    const int pa = std::abs(up - upperLeft);            // |p - left|
    const int pb = std::abs(left - upperLeft);          // |p - up|
    const int pc = std::abs(left + up - 2 * upperLeft); // |p - upperLeft|
    const int nearer = pb < pa ? up : left;
    return pc < std::min(pa, pb) ? upperLeft : nearer;
}

// Undoes one row's PNG predictor: `in` is the row's data after its type byte, `up` the row above as
// decoded (zeros for the first), `out` where the row goes; the three do not overlap. Up rows, most
// of a typical image, are added sixteen bytes at a time.
// The first bytesPerPixel bytes of a row have no left neighbour.
void unpredictRow(unsigned char filter, const unsigned char *__restrict in, const unsigned char *__restrict up,
                  unsigned char *__restrict out, qint64 bytesPerRow, qint64 bytesPerPixel)
{
    const qint64 lead = std::min(bytesPerPixel, bytesPerRow);
    switch (filter) {
    case 1: // Sub
        for (qint64 i = 0; i < lead; ++i)
            out[i] = in[i];
        for (qint64 i = lead; i < bytesPerRow; ++i)
            out[i] = static_cast<unsigned char>(in[i] + out[i - bytesPerPixel]);
        break;
    case 2: { // Up
        qint64 i = 0;
#ifdef __SSE2__
        for (; i + 16 <= bytesPerRow; i += 16) {
            const __m128i sum = _mm_add_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i)),
                                             _mm_loadu_si128(reinterpret_cast<const __m128i *>(up + i)));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i), sum);
        }
#endif
        for (; i < bytesPerRow; ++i)
            out[i] = static_cast<unsigned char>(in[i] + up[i]);
        break;
    }
    case 3: // Average
        for (qint64 i = 0; i < lead; ++i)
            out[i] = static_cast<unsigned char>(in[i] + up[i] / 2);
        for (qint64 i = lead; i < bytesPerRow; ++i)
            out[i] = static_cast<unsigned char>(in[i] + (out[i - bytesPerPixel] + up[i]) / 2);
        break;
    case 4: // Paeth
        for (qint64 i = 0; i < lead; ++i)
            out[i] = static_cast<unsigned char>(in[i] + up[i]); // left and upper left are 0: the predictor is up
        for (qint64 i = lead; i < bytesPerRow; ++i)
            out[i] = static_cast<unsigned char>(in[i] + paeth(out[i - bytesPerPixel], up[i], up[i - bytesPerPixel]));
        break;
    default: // None, and unknown types, which readers take as None
        std::memcpy(out, in, size_t(bytesPerRow));
        break;
    }
}

} // namespace

std::optional<FlateParameters> plainFlateParameters(QPDFObjectHandle stream)
{
    QPDFObjectHandle dictionary = stream.getDict();
    QPDFObjectHandle filter = dictionary.getKey("/Filter");
    QPDFObjectHandle parameters = dictionary.getKey("/DecodeParms");
    if (filter.isArray() && filter.getArrayNItems() == 1) {
        filter = filter.getArrayItem(0);
        if (parameters.isArray() && parameters.getArrayNItems() == 1)
            parameters = parameters.getArrayItem(0);
    }
    if (!filter.isNameAndEquals("/FlateDecode"))
        return std::nullopt;
    FlateParameters p;
    if (parameters.isNull())
        return p;
    if (!parameters.isDictionary())
        return std::nullopt;
    for (const std::string &key : parameters.getKeys()) {
        QPDFObjectHandle value = parameters.getKey(key);
        const bool read = key == "/Predictor"          ? readInteger(value, p.predictor)
                          : key == "/Colors"           ? readInteger(value, p.colors)
                          : key == "/BitsPerComponent" ? readInteger(value, p.bitsPerComponent)
                          : key == "/Columns"          ? readInteger(value, p.columns)
                                                       : true;
        if (!read)
            return std::nullopt;
    }
    if (p.predictor == 1)
        return p;
    const bool png = p.predictor >= 10 && p.predictor <= 15;
    const bool bits = p.bitsPerComponent == 1 || p.bitsPerComponent == 2 || p.bitsPerComponent == 4 || p.bitsPerComponent == 8
                      || p.bitsPerComponent == 16;
    if (!png || !bits || p.colors < 1 || p.colors > kMaxColors || p.columns < 1)
        return std::nullopt;
    return p;
}

std::optional<QByteArray> decodeFlate(QByteArrayView raw, const FlateParameters &parameters, qint64 limit)
{
    FlateReader reader(raw, parameters, limit);
    reader.readTo(std::numeric_limits<qint64>::max());
    return reader.finished() ? std::optional<QByteArray>(reader.data()) : std::nullopt;
}

struct FlateReader::Inflater {
    z_stream zs = {};
    bool open = false;
    ~Inflater()
    {
        if (open)
            inflateEnd(&zs);
    }
};

FlateReader::FlateReader(QByteArrayView raw, const FlateParameters &parameters, qint64 limit)
    : m_inflater(std::make_unique<Inflater>()), m_raw(raw), m_parameters(parameters), m_limit(limit)
{
    m_maxInflated = limit;
    if (parameters.predictor != 1) {
        const qint64 bitsPerPixel = qint64(parameters.bitsPerComponent) * parameters.colors;
        m_bytesPerRow = (qint64(parameters.columns) * bitsPerPixel + 7) / 8;
        m_bytesPerPixel = (bitsPerPixel + 7) / 8;
        m_maxInflated = limit + limit / m_bytesPerRow + 1; // as decodeFlate() allows
    }
    if (raw.isEmpty() || limit <= 0 || inflateInit(&m_inflater->zs) != Z_OK) {
        m_state = State::Failed;
        return;
    }
    m_inflater->open = true;
    m_inflater->zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.data()));
    m_inflater->zs.avail_in = uInt(raw.size());
}

FlateReader::~FlateReader() = default;

void FlateReader::readTo(qint64 size)
{
    constexpr qint64 kPiece = 64 * 1024;
    z_stream &zs = m_inflater->zs;
    while (m_state == State::Reading && m_out.size() < size) {
        // Inflated bytes go straight to the output without predictors, else to the rows pending.
        QByteArray &target = m_parameters.predictor == 1 ? m_out : m_rows;
        // About what is asked for; read to the end, pieces grow with what is out (the data is
        // often some times its compressed size), so that a large stream takes few copies.
        const qint64 guess = std::max<qint64>(m_raw.size() * 4, m_inflated);
        const qint64 room = std::min(std::max(kPiece, std::min(size - m_out.size(), guess)), m_maxInflated - m_inflated);
        if (room <= 0) {
            m_state = State::Failed; // more than the limit
            return;
        }
        const qsizetype before = target.size();
        target.resize(before + qsizetype(room));
        zs.next_out = reinterpret_cast<Bytef *>(target.data() + before);
        zs.avail_out = uInt(room);
        const int status = inflate(&zs, Z_NO_FLUSH);
        const qint64 produced = room - zs.avail_out;
        target.resize(before + qsizetype(produced));
        m_inflated += produced;
        const bool ended = status == Z_STREAM_END;
        if (status != Z_OK && !ended) {
            m_state = State::Failed; // damaged data, or input used up before the end
            return;
        }
        if (!ended && produced == 0 && zs.avail_in == 0) {
            m_state = State::Failed; // truncated
            return;
        }
        if (m_parameters.predictor != 1 && !unpredictRows(ended))
            return;
        if (ended)
            m_state = zs.avail_in == 0 && m_out.size() <= m_limit ? State::Finished : State::Failed;
    }
}

// Moves the complete rows pending to the output; at the end, nothing may be left over.
bool FlateReader::unpredictRows(bool atEnd)
{
    const qint64 rowBytes = m_bytesPerRow + 1;
    const qint64 rows = m_rows.size() / rowBytes;
    if (rows > 0) {
        if (m_out.size() + rows * m_bytesPerRow > m_limit) {
            m_state = State::Failed;
            return false;
        }
        const qsizetype start = m_out.size();
        m_out.resize(start + qsizetype(rows * m_bytesPerRow));
        auto *out = reinterpret_cast<unsigned char *>(m_out.data()) + start;
        const auto *in = reinterpret_cast<const unsigned char *>(m_rows.constData());
        const std::vector<unsigned char> zeros(start == 0 ? size_t(m_bytesPerRow) : 0, 0);
        for (qint64 r = 0; r < rows; ++r) {
            const unsigned char *up = start + r * m_bytesPerRow == 0 ? zeros.data() : out + r * m_bytesPerRow - m_bytesPerRow;
            unpredictRow(in[r * rowBytes], in + r * rowBytes + 1, up, out + r * m_bytesPerRow, m_bytesPerRow, m_bytesPerPixel);
        }
        m_rows.remove(0, qsizetype(rows * rowBytes));
    }
    if (atEnd && !m_rows.isEmpty()) {
        m_state = State::Failed; // an incomplete last row
        return false;
    }
    return true;
}

} // namespace granska
