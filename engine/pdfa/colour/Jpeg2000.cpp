#include "Jpeg2000.h"

#include "PdfValues.h"
#include "pdfa/Validation.h"

#include <qpdf/Pipeline.hh>

namespace granska::pdfa::colour {
namespace {

constexpr qint64 kHeadBytes = 4 * 1024 * 1024; // the header boxes come before the codestream
constexpr int kMaxBoxes = 4096;

// Keeps the first bytes of a stream and counts the rest away.
class HeadSink : public Pipeline {
public:
    explicit HeadSink(QByteArray &head) : Pipeline("jpx head", nullptr), m_head(head) {}
    void write(unsigned char const *data, size_t len) override
    {
        const qint64 room = kHeadBytes - m_head.size();
        if (room > 0)
            m_head.append(reinterpret_cast<const char *>(data), qsizetype(std::min<qint64>(room, qint64(len))));
    }
    void finish() override {}

private:
    QByteArray &m_head;
};

quint32 be32(QByteArrayView d, qint64 at)
{
    return (quint32(quint8(d[at])) << 24) | (quint32(quint8(d[at + 1])) << 16) | (quint32(quint8(d[at + 2])) << 8) | quint8(d[at + 3]);
}

quint16 be16(QByteArrayView d, qint64 at)
{
    return quint16((quint8(d[at]) << 8) | quint8(d[at + 1]));
}

struct Box {
    QByteArray type;
    qint64 contentStart = 0;
    qint64 contentEnd = 0;
};

// The boxes directly inside [start, end).
QList<Box> boxesIn(QByteArrayView d, qint64 start, qint64 end)
{
    QList<Box> boxes;
    qint64 at = start;
    while (at + 8 <= end && boxes.size() < kMaxBoxes) {
        quint64 length = be32(d, at);
        Box box;
        box.type = d.sliced(at + 4, 4).toByteArray();
        qint64 header = 8;
        if (length == 1) {
            if (at + 16 > end)
                break;
            length = (quint64(be32(d, at + 8)) << 32) | be32(d, at + 12);
            header = 16;
        } else if (length == 0) {
            length = quint64(end - at);
        }
        if (length < quint64(header))
            break;
        box.contentStart = at + header;
        // A box running past the data we have (the head of a long stream) is cut to it.
        const bool cut = length > quint64(end - at);
        box.contentEnd = cut ? end : at + qint64(length);
        boxes.append(box);
        if (cut || box.type == "jp2c")
            break; // the codestream: nothing of the header follows
        at = box.contentEnd;
    }
    return boxes;
}

void readCodestream(QByteArrayView d, qint64 at, qint64 end, Jpeg2000Facts &facts)
{
    // SOC (FF4F) then SIZ (FF51): Lsiz Rsiz Xsiz Ysiz XOsiz YOsiz XTsiz YTsiz XTOsiz YTOsiz Csiz {Ssiz XRsiz YRsiz}.
    if (at + 4 + 38 > end || be16(d, at) != 0xFF4F || be16(d, at + 2) != 0xFF51)
        return;
    const qint64 siz = at + 4;
    const int count = be16(d, siz + 36);
    if (count < 1 || siz + 38 + 3 * qint64(count) > end)
        return;
    facts.readable = true;
    facts.components = count;
    facts.bitDepths.clear();
    for (int i = 0; i < count && i < 16384; ++i)
        facts.bitDepths.append((quint8(d[siz + 38 + 3 * i]) & 0x7F) + 1);
}

} // namespace

const Jpeg2000Facts::ColourSpecification *Jpeg2000Facts::effectiveSpecification() const
{
    if (colourSpecifications.isEmpty())
        return nullptr;
    if (colourSpecifications.size() > 1)
        for (const ColourSpecification &spec : colourSpecifications)
            if (spec.approximation == 1)
                return &spec;
    return &colourSpecifications.first();
}

Jpeg2000Facts readJpeg2000(QByteArrayView d)
{
    Jpeg2000Facts facts;
    const qint64 size = d.size();
    if (size >= 4 && be16(d, 0) == 0xFF4F) {
        readCodestream(d, 0, size, facts);
        return facts;
    }
    if (size < 12 || d.sliced(4, 4) != QByteArrayView("jP  "))
        return facts;
    bool headerSeen = false;
    for (const Box &top : boxesIn(d, 0, size)) {
        if (top.type == "jp2c" && !headerSeen) {
            readCodestream(d, top.contentStart, top.contentEnd, facts);
            continue;
        }
        if (top.type != "jp2h")
            continue;
        headerSeen = true;
        int ihdrDepth = 0;
        for (const Box &box : boxesIn(d, top.contentStart, top.contentEnd)) {
            const qint64 n = box.contentEnd - box.contentStart;
            const qint64 at = box.contentStart;
            if (box.type == "ihdr" && n >= 14) {
                facts.readable = true;
                facts.components = be16(d, at + 8);
                const int bpc = quint8(d[at + 10]);
                ihdrDepth = bpc == 0xFF ? 0 : (bpc & 0x7F) + 1;
            } else if (box.type == "bpcc") {
                facts.bitDepthBoxPresent = true;
                facts.bitDepths.clear();
                for (qint64 i = 0; i < n && i < 16384; ++i)
                    facts.bitDepths.append((quint8(d[at + i]) & 0x7F) + 1);
            } else if (box.type == "colr" && n >= 3) {
                Jpeg2000Facts::ColourSpecification spec;
                spec.method = quint8(d[at]);
                spec.approximation = quint8(d[at + 2]);
                if (spec.method == 1 && n >= 7)
                    spec.enumeratedSpace = be32(d, at + 3);
                facts.colourSpecifications.append(spec);
            } else if (box.type == "cdef" && n >= 2) {
                const int count = be16(d, at);
                for (int i = 0; i < count && at + 2 + 6 * qint64(i) + 6 <= box.contentEnd; ++i) {
                    const int type = be16(d, at + 2 + 6 * i + 2);
                    if (type == 1 || type == 2)
                        ++facts.opacityChannels;
                }
            }
        }
        if (!facts.bitDepthBoxPresent && ihdrDepth > 0)
            facts.bitDepths = QList<int>(qMax(1, qMin(facts.components, 16384)), ihdrDepth);
        break;
    }
    return facts;
}

bool isJpeg2000Image(QPDFObjectHandle image)
{
    if (!image.isStream())
        return false;
    QPDFObjectHandle filter = image.getDict().getKey("/Filter");
    if (filter.isArray() && filter.getArrayNItems() == 1)
        filter = filter.getArrayItem(0);
    return filter.isNameAndEquals("/JPXDecode");
}

Jpeg2000Facts jpeg2000Of(Validation &validation, QPDFObjectHandle image)
{
    if (!isJpeg2000Image(image))
        return {};
    validation.budget().check();
    QByteArray head;
    HeadSink sink(head);
    try {
        image.pipeStreamData(&sink, 0, qpdf_dl_none, true, false);
    } catch (const std::exception &) {
        return {};
    }
    return readJpeg2000(head);
}

} // namespace granska::pdfa::colour
