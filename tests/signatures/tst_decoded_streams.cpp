// Comparing two streams' decoded data a piece at a time (DecodedStreams::sameData) against
// decoding both in full: the same answer whether they differ early, late, in length or not at
// all, and no answer (left to full decoding) for data that is not clean Flate data.
#include "signatures/ModificationCompare.h"

#include "pdf/PdfDocument.h"

#include <QTest>
#include <memory>
#include <zlib.h>

using namespace granska;
using namespace granska::modifications;

namespace {

QByteArray deflated(const QByteArray &data, int level)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.constData()), uLong(data.size()), level);
    out.resize(qsizetype(size));
    return out;
}

// Samples that compress, but not to nothing.
QByteArray samples(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = seed;
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1103515245u + 12345u;
        out[i] = char((i / 97) % 7 == 0 ? (x >> 24) : (i % 251));
    }
    return out;
}

// A document whose objects 1 and 2 are streams with these raw bytes and dictionary entries.
QByteArray documentWith(const QByteArray &first, const QByteArray &second, const QByteArray &entries)
{
    QByteArray pdf = "%PDF-1.7\n";
    QList<qint64> offsets;
    for (const QByteArray &raw : {first, second}) {
        offsets << pdf.size();
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n<< /Length " + QByteArray::number(raw.size()) + ' ' + entries + " >>\nstream\n" + raw
               + "\nendstream\nendobj\n";
    }
    offsets << pdf.size();
    pdf += "3 0 obj\n<< /Type /Catalog /Pages 4 0 R >>\nendobj\n";
    offsets << pdf.size();
    pdf += "4 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
    const qint64 xref = pdf.size();
    pdf += "xref\n0 5\n0000000000 65535 f \n";
    for (qint64 offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 5 /Root 3 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

class DecodedStreamsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameAsFullDecoding_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<QByteArray>("entries");
        QTest::addColumn<int>("expected"); // 1 same, 0 different, -1 left to full decoding

        const QByteArray data = samples(900000, 1);
        QByteArray early = data;
        early[10] = char(early[10] ^ 1);
        QByteArray late = data;
        late[late.size() - 3] = char(late[late.size() - 3] ^ 1);
        const QByteArray plain = "/Filter /FlateDecode";
        QTest::newRow("same data, other compression") << deflated(data, 1) << deflated(data, 9) << plain << 1;
        QTest::newRow("differ early") << deflated(data, 1) << deflated(early, 9) << plain << 0;
        QTest::newRow("differ late") << deflated(data, 1) << deflated(late, 9) << plain << 0;
        QTest::newRow("one longer") << deflated(data, 1) << deflated(data + "more", 9) << plain << 0;
        QTest::newRow("one shorter") << deflated(data + "more", 1) << deflated(data, 9) << plain << 0;
        QTest::newRow("both empty") << deflated(QByteArray(), 1) << deflated(QByteArray(), 9) << plain << 1;
        const QByteArray damaged = deflated(data, 9).left(5000);
        QTest::newRow("one truncated") << deflated(data, 1) << damaged << plain << -1;
        // 300 RGB pixels a row, as an image with a PNG predictor: the rows are 901 bytes inflated.
        const QByteArray png = "/Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 3 /Columns 300 >>";
        QByteArray rows;
        for (int r = 0; r < 800; ++r)
            rows += char(r % 5) + samples(900, quint32(r));
        QByteArray rowsChanged = rows;
        rowsChanged[901 * 400 + 17] = char(rowsChanged[901 * 400 + 17] ^ 4);
        QTest::newRow("PNG rows, same") << deflated(rows, 1) << deflated(rows, 9) << png << 1;
        QTest::newRow("PNG rows, differ in the middle") << deflated(rows, 1) << deflated(rowsChanged, 9) << png << 0;
        QTest::newRow("PNG rows, incomplete last row") << deflated(rows, 1) << deflated(rows + "xyz", 9) << png << -1;
        QTest::newRow("another filter") << QByteArray("abc") << QByteArray("abd") << QByteArray() << -1;
    }

    void sameAsFullDecoding()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        QFETCH(QByteArray, entries);
        QFETCH(int, expected);
        const QByteArray bytes = documentWith(first, second, entries);
        PdfDocument::OpenResult opened = PdfDocument::openView(bytes, QStringLiteral("test"));
        QVERIFY(opened.document);
        PdfDocument &document = *opened.document;
        QPDFObjectHandle a = document.qpdf().getObject(1, 0);
        QPDFObjectHandle b = document.qpdf().getObject(2, 0);
        QVERIFY(a.isStream() && b.isStream());
        Budget budget;

        DecodedStreams streams;
        const std::optional<bool> same = streams.sameData(document, a, document, b, budget);
        QCOMPARE(same.has_value() ? int(*same) : -1, expected);
        // Asked again, it goes on from what it read, with the same answer.
        QCOMPARE(streams.sameData(document, a, document, b, budget), same);
        if (same) {
            // Decoding both in full agrees.
            const std::optional<QByteArray> x = streams.decoded(document, a, budget);
            const std::optional<QByteArray> y = streams.decoded(document, b, budget);
            QCOMPARE(x && y && *x == *y, *same);
        }
    }
};

QTEST_GUILESS_MAIN(DecodedStreamsTest)
#include "tst_decoded_streams.moc"
