#include "FlateDecoder.h"

#include <zlib.h>
#include <cstdlib>
#include <cstring>
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

// Inflates the zlib stream `raw` into `out`; false unless it ends cleanly with every input byte
// used and at most `maxBytes` produced.
bool inflateAll(QByteArrayView raw, qint64 maxBytes, QByteArray &out)
{
    if (raw.isEmpty() || maxBytes <= 0)
        return false;
    z_stream zs = {};
    if (inflateInit(&zs) != Z_OK)
        return false;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.data()));
    zs.avail_in = uInt(raw.size());
    qint64 size = std::min<qint64>(maxBytes, std::max<qint64>(4096, raw.size() * 4));
    out.resize(qsizetype(size));
    qint64 produced = 0;
    int status = Z_OK;
    for (;;) {
        zs.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        zs.avail_out = uInt(size - produced);
        status = inflate(&zs, Z_NO_FLUSH);
        produced = size - zs.avail_out;
        if (status != Z_OK || zs.avail_out != 0)
            break; // the end, an error, or input used up before the end
        if (size == maxBytes)
            break; // more would exceed the limit
        size = std::min<qint64>(maxBytes, size * 2);
        out.resize(qsizetype(size));
    }
    inflateEnd(&zs);
    if (status != Z_STREAM_END || zs.avail_in != 0)
        return false;
    out.resize(qsizetype(produced));
    return true;
}

int paeth(int left, int up, int upperLeft)
{
    const int p = left + up - upperLeft;
    const int pa = std::abs(p - left);
    const int pb = std::abs(p - up);
    const int pc = std::abs(p - upperLeft);
    if (pa <= pb && pa <= pc)
        return left;
    return pb <= pc ? up : upperLeft;
}

// Undoes the PNG predictors row by row, in place: row r's output goes where its input began, shifted
// back by r + 1 bytes, so every byte is read before it is overwritten. The first bytesPerPixel
// bytes of a row have no left neighbour, the first row nothing above (zeros).
void unpredictPng(QByteArray &data, qint64 bytesPerRow, qint64 bytesPerPixel)
{
    const qint64 rows = data.size() / (bytesPerRow + 1);
    if (rows == 0) {
        data.clear();
        return;
    }
    auto *buffer = reinterpret_cast<unsigned char *>(data.data());
    const std::vector<unsigned char> zeros(size_t(bytesPerRow), 0); // no larger than the data: rows > 0
    const qint64 lead = std::min(bytesPerPixel, bytesPerRow);
    for (qint64 r = 0; r < rows; ++r) {
        const unsigned char filter = buffer[r * (bytesPerRow + 1)];
        const unsigned char *in = buffer + r * (bytesPerRow + 1) + 1;
        unsigned char *out = buffer + r * bytesPerRow;
        const unsigned char *up = r > 0 ? buffer + (r - 1) * bytesPerRow : zeros.data();
        switch (filter) {
        case 1: // Sub
            for (qint64 i = 0; i < lead; ++i)
                out[i] = in[i];
            for (qint64 i = lead; i < bytesPerRow; ++i)
                out[i] = static_cast<unsigned char>(in[i] + out[i - bytesPerPixel]);
            break;
        case 2: // Up
            for (qint64 i = 0; i < bytesPerRow; ++i)
                out[i] = static_cast<unsigned char>(in[i] + up[i]);
            break;
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
            std::memmove(out, in, size_t(bytesPerRow));
            break;
        }
    }
    data.resize(qsizetype(rows * bytesPerRow));
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
    QByteArray data;
    if (parameters.predictor == 1)
        return inflateAll(raw, limit, data) ? std::optional<QByteArray>(std::move(data)) : std::nullopt;
    const qint64 bitsPerPixel = qint64(parameters.bitsPerComponent) * parameters.colors;
    const qint64 bytesPerRow = (qint64(parameters.columns) * bitsPerPixel + 7) / 8;
    const qint64 bytesPerPixel = (bitsPerPixel + 7) / 8;
    // Each row has one more byte, its predictor type, than it decodes to.
    const qint64 maxInflated = limit + limit / bytesPerRow + 1;
    if (!inflateAll(raw, maxInflated, data) || data.size() % (bytesPerRow + 1) != 0
        || data.size() / (bytesPerRow + 1) * bytesPerRow > limit)
        return std::nullopt;
    unpredictPng(data, bytesPerRow, bytesPerPixel);
    return data;
}

} // namespace granska
