// The Flate decoder against QPDF's: the same bytes for every PNG predictor and sample layout, and
// no answer (QPDF is left to decode) for data that is not clean. The decoder that reads a piece at
// a time (FlateReader) gives the same, read in any steps.
#include "pdf/FlateDecoder.h"
#include "pdf/QpdfCrypto.h"

#include <QRandomGenerator>
#include <QTest>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <zlib.h>

using namespace granska;

namespace {

QByteArray deflated(const QByteArray &data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.constData()), uLong(data.size())) != Z_OK)
        return {};
    out.resize(qsizetype(size));
    return out;
}

int paeth(int a, int b, int c)
{
    const int p = a + b - c;
    const int pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
    return pa <= pb && pa <= pc ? a : (pb <= pc ? b : c);
}

// Random samples, each row filtered with the PNG filter type `types` gives for it (cycling).
QByteArray pngFiltered(int rows, int bytesPerRow, int bytesPerPixel, const QList<int> &types, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray previous(bytesPerRow, '\0');
    QByteArray out;
    for (int r = 0; r < rows; ++r) {
        QByteArray row(bytesPerRow, '\0');
        for (char &c : row)
            c = char(random.bounded(256));
        const int type = types[r % types.size()];
        out.append(char(type));
        for (int i = 0; i < bytesPerRow; ++i) {
            const int x = quint8(row[i]);
            const int a = i >= bytesPerPixel ? quint8(row[i - bytesPerPixel]) : 0;
            const int b = quint8(previous[i]);
            const int c = i >= bytesPerPixel ? quint8(previous[i - bytesPerPixel]) : 0;
            const int predicted = type == 1 ? a : type == 2 ? b : type == 3 ? (a + b) / 2 : type == 4 ? paeth(a, b, c) : 0;
            out.append(char((x - predicted) & 0xFF));
        }
        previous = row;
    }
    return out;
}

// What QPDF decodes the stream to.
QByteArray qpdfDecoded(const QByteArray &raw, const FlateParameters &p)
{
    QPDF pdf;
    pdf.emptyPDF();
    QPDFObjectHandle parameters = QPDFObjectHandle::parse(QStringLiteral("<< /Predictor %1 /Colors %2 /BitsPerComponent %3 /Columns %4 >>")
                                                             .arg(p.predictor)
                                                             .arg(p.colors)
                                                             .arg(p.bitsPerComponent)
                                                             .arg(p.columns)
                                                             .toStdString());
    QPDFObjectHandle stream = QPDFObjectHandle::newStream(&pdf);
    stream.replaceStreamData(raw.toStdString(), QPDFObjectHandle::newName("/FlateDecode"), parameters);
    Pl_Buffer sink("decoded");
    stream.pipeStreamData(&sink, 0, qpdf_dl_generalized);
    std::unique_ptr<Buffer> buffer(sink.getBuffer());
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

// What FlateReader decodes, asked for `step` more bytes at a time; nothing when it fails.
std::optional<QByteArray> readInSteps(const QByteArray &raw, const FlateParameters &p, qint64 limit, qint64 step)
{
    FlateReader reader(raw, p, limit);
    for (qint64 wanted = step; !reader.finished() && !reader.failed(); wanted += step) {
        const qint64 before = reader.data().size();
        reader.readTo(wanted);
        if (!reader.finished() && !reader.failed() && reader.data().size() < std::min(wanted, before + 1))
            return QByteArray("stopped short");
    }
    return reader.finished() ? std::optional<QByteArray>(reader.data()) : std::nullopt;
}

} // namespace

class FlateTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useOpenSslForQpdf(); } // QPDF as the engine links it, without GnuTLS
    void sameAsQpdf_data();
    void sameAsQpdf();
    void leftToQpdf_data();
    void leftToQpdf();
    void parameters_data();
    void parameters();
    void hugeRowsWithoutData();
};

void FlateTest::sameAsQpdf_data()
{
    QTest::addColumn<int>("predictor");
    QTest::addColumn<int>("colors");
    QTest::addColumn<int>("bitsPerComponent");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QList<int>>("types");

    QTest::newRow("no predictor") << 1 << 1 << 8 << 1 << QList<int>{};
    QTest::newRow("RGB, None") << 15 << 3 << 8 << 97 << QList<int>{0};
    QTest::newRow("RGB, Sub") << 15 << 3 << 8 << 97 << QList<int>{1};
    QTest::newRow("RGB, Up") << 15 << 3 << 8 << 97 << QList<int>{2};
    QTest::newRow("RGB, Average") << 15 << 3 << 8 << 97 << QList<int>{3};
    QTest::newRow("RGB, Paeth") << 15 << 3 << 8 << 97 << QList<int>{4};
    QTest::newRow("RGB, mixed") << 12 << 3 << 8 << 97 << QList<int>{4, 0, 1, 3, 2, 4};
    QTest::newRow("unknown type taken as None") << 15 << 1 << 8 << 40 << QList<int>{7, 4};
    QTest::newRow("grey") << 15 << 1 << 8 << 1 << QList<int>{1, 4, 3};
    QTest::newRow("CMYK") << 15 << 4 << 8 << 33 << QList<int>{3, 4, 1};
    QTest::newRow("16 bits") << 15 << 3 << 16 << 20 << QList<int>{4, 3, 1, 2};
    QTest::newRow("1 bit") << 15 << 1 << 1 << 70 << QList<int>{4, 1, 2};
    QTest::newRow("4 bits, odd width") << 10 << 3 << 4 << 9 << QList<int>{4, 3};
    QTest::newRow("cross-reference stream") << 12 << 1 << 8 << 5 << QList<int>{2};
    QTest::newRow("wide rows, several pieces") << 15 << 3 << 8 << 4001 << QList<int>{4, 1, 2, 3, 0};
}

void FlateTest::sameAsQpdf()
{
    QFETCH(int, predictor);
    QFETCH(int, colors);
    QFETCH(int, bitsPerComponent);
    QFETCH(int, columns);
    QFETCH(QList<int>, types);
    const FlateParameters p{predictor, colors, bitsPerComponent, columns};
    const int bytesPerRow = (columns * colors * bitsPerComponent + 7) / 8;
    const int bytesPerPixel = (colors * bitsPerComponent + 7) / 8;
    const QByteArray data = predictor == 1 ? QByteArray(5000, 'q') + "BT /F1 12 Tf (text) Tj ET"
                                           : pngFiltered(57, bytesPerRow, bytesPerPixel, types, quint32(columns * 31 + colors));
    const QByteArray raw = deflated(data);
    QVERIFY(!raw.isEmpty());
    const std::optional<QByteArray> decoded = decodeFlate(raw, p, 64 << 20);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, qpdfDecoded(raw, p));
    for (qint64 step : {qint64(1), qint64(7), qint64(bytesPerRow), qint64(100000), qint64(1) << 40})
        QCOMPARE(readInSteps(raw, p, 64 << 20, step), decoded);
}

void FlateTest::leftToQpdf_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("columns");
    QTest::addColumn<qint64>("limit");

    const QByteArray rows = pngFiltered(10, 30, 3, {4}, 7); // ten rows of 10 RGB pixels
    const QByteArray raw = deflated(rows);
    QTest::newRow("truncated") << raw.left(raw.size() / 2) << 10 << qint64(1 << 20);
    QTest::newRow("bytes after the end") << raw + "\r\n" << 10 << qint64(1 << 20);
    QTest::newRow("not deflate data") << QByteArray("plain text, not compressed") << 10 << qint64(1 << 20);
    QTest::newRow("empty") << QByteArray() << 10 << qint64(1 << 20);
    QTest::newRow("incomplete last row") << deflated(rows.left(rows.size() - 5)) << 10 << qint64(1 << 20);
    QTest::newRow("over the limit") << raw << 10 << qint64(299);
}

void FlateTest::leftToQpdf()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, columns);
    QFETCH(qint64, limit);
    QVERIFY(!decodeFlate(raw, FlateParameters{15, 3, 8, columns}, limit).has_value());
    for (qint64 step : {qint64(1), qint64(50), qint64(1) << 40})
        QVERIFY(!readInSteps(raw, FlateParameters{15, 3, 8, columns}, limit, step).has_value());
}

void FlateTest::parameters_data()
{
    QTest::addColumn<QByteArray>("dictionary");
    QTest::addColumn<bool>("decodedHere");

    QTest::newRow("plain") << QByteArray("<< /Filter /FlateDecode >>") << true;
    QTest::newRow("in an array") << QByteArray("<< /Filter [/FlateDecode] /DecodeParms [<< /Predictor 12 /Columns 4 >>] >>") << true;
    QTest::newRow("PNG") << QByteArray("<< /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 3 /Columns 9 >> >>") << true;
    QTest::newRow("TIFF predictor") << QByteArray("<< /Filter /FlateDecode /DecodeParms << /Predictor 2 /Columns 9 >> >>") << false;
    QTest::newRow("two filters") << QByteArray("<< /Filter [/ASCIIHexDecode /FlateDecode] >>") << false;
    QTest::newRow("other filter") << QByteArray("<< /Filter /LZWDecode >>") << false;
    QTest::newRow("real column count") << QByteArray("<< /Filter /FlateDecode /DecodeParms << /Predictor 15 /Columns 9.0 >> >>") << false;
    QTest::newRow("3 bits") << QByteArray("<< /Filter /FlateDecode /DecodeParms << /Predictor 15 /BitsPerComponent 3 >> >>") << false;
    QTest::newRow("no columns") << QByteArray("<< /Filter /FlateDecode /DecodeParms << /Predictor 15 /Columns 0 >> >>") << false;
}

void FlateTest::parameters()
{
    QFETCH(QByteArray, dictionary);
    QFETCH(bool, decodedHere);
    QPDF pdf;
    pdf.emptyPDF();
    QPDFObjectHandle stream = QPDFObjectHandle::newStream(&pdf, std::string("x"));
    stream.replaceDict(QPDFObjectHandle::parse(dictionary.toStdString()));
    QCOMPARE(plainFlateParameters(stream).has_value(), decodedHere);
}

// A row length of a gigabyte is claimed but no row is there: nothing is allocated for it.
void FlateTest::hugeRowsWithoutData()
{
    const std::optional<QByteArray> decoded = decodeFlate(deflated(QByteArray()), FlateParameters{15, 32, 16, 1 << 24}, 64 << 20);
    QVERIFY(decoded.has_value());
    QVERIFY(decoded->isEmpty());
    QCOMPARE(readInSteps(deflated(QByteArray()), FlateParameters{15, 32, 16, 1 << 24}, 64 << 20, 1000), decoded);
}

QTEST_GUILESS_MAIN(FlateTest)
#include "tst_flate.moc"
