// Signature dictionaries read ahead of QPDF (signatures/SignatureDictionaries) against QPDF reading
// them itself: every object that holds a /ByteRange unparses to the same bytes, and QPDF warns
// the same, on every signed corpus file, on each earlier revision of it (read with the whole file's
// byte ranges, as the change analysis reads them), and on hand-made dictionaries that must be left
// to QPDF.
#include "signatures/SignatureDictionaries.h"

#include "pdf/PdfDocument.h"
#include "pdf/RevisionScanner.h"
#include "signatures/Modifications.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <map>
#include <memory>
#include <qpdf/QPDF.hh>

using namespace granska;

namespace {

const QString kSignedDir = QStringLiteral(GRANSKA_SHARED_DIR "/corpus/signed/files");

// A one-page document whose object 4 is `signature` (the dictionary's text), where "%RANGE%"
// becomes a byte range around the first hex string in it that starts with "<ab".
QByteArray documentWith(const QByteArray &signature, bool endobj = true)
{
    QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] >> >>",
        "<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        "<< /FT /Sig /T (Signature1) /V 4 0 R /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /P 5 0 R >>",
        QByteArray(signature).replace("%RANGE%", "[0 0000000000 0000000000 0000000000]"),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [3 0 R] >>",
    };
    QByteArray pdf = "%PDF-1.7\n";
    QList<qint64> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + (endobj || i != 3 ? "\nendobj\n" : "\n");
    }
    const qint64 xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    const qsizetype range = pdf.indexOf("[0 0000000000 0000000000 0000000000]");
    const qsizetype start = pdf.indexOf("<ab");
    if (range >= 0 && start >= 0) {
        const qsizetype end = pdf.indexOf('>', start) + 1;
        const auto number = [](qint64 n) { return QByteArray::number(n).rightJustified(10, '0'); };
        pdf.replace(range, 36, "[0 " + number(start) + ' ' + number(end) + ' ' + number(pdf.size() - end) + ']');
    }
    return pdf;
}

struct Reading {
    std::map<QPDFObjGen, std::string> signatureObjects; // unparsed, binary
    QStringList warnings;
    bool opened = false;
};

// With `ranges` empty, the document's own byte ranges are read ahead.
Reading readAll(const QByteArray &bytes, bool ahead, const QList<QList<qint64>> &ranges = {})
{
    Reading out;
    PdfDocument::OpenResult opened = PdfDocument::openView(bytes, QStringLiteral("test"));
    if (!opened.document)
        return out;
    out.opened = true;
    PdfDocument &document = *opened.document;
    if (ahead)
        readSignatureDictionaries(document, ranges.isEmpty() ? rawByteRanges(document.bytes()) : ranges);
    for (const auto &[id, entry] : document.qpdf().getXRefTable()) {
        try {
            QPDFObjectHandle object = document.qpdf().getObject(id);
            if (object.isDictionary() && object.hasKey("/ByteRange"))
                out.signatureObjects[id] = object.unparseBinary();
        } catch (const std::exception &e) {
            out.signatureObjects[id] = std::string("exception: ") + e.what();
        }
    }
    out.warnings = document.takeParserWarnings();
    return out;
}

} // namespace

class SignatureDictionariesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameAsQpdf_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // Of object 4, known by where it was parsed: 1 read ahead, 0 left to QPDF, -1 not asked.
        QTest::addColumn<int>("readAhead");
        QTest::addColumn<QByteArray>("whole"); // for an earlier revision, the file it is in
        const QByteArray hex = "ab" + QByteArray(3998, 'a');
        QTest::newRow("plain") << documentWith("<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange %RANGE% /Contents <"
                                               + hex + "> /M (D:20240101000000Z) >>") << 1 << QByteArray();
        QTest::newRow("references and nesting")
            << documentWith("<< /Type /Sig /ByteRange %RANGE% /Contents <" + hex
                            + "> /Reference [<< /TransformMethod /DocMDP /Data 1 0 R /TransformParams << /P 2 >> >>] /Name (A \\(B\\)) >>") << 1 << QByteArray();
        QTest::newRow("placeholder also elsewhere")
            << documentWith("<< /Type /Sig /ByteRange %RANGE% /Contents <" + hex + "> /Name <4772616E736B613A436F6E74656E7473> >>") << 0 << QByteArray();
        QTest::newRow("no endobj") << documentWith("<< /Type /Sig /ByteRange %RANGE% /Contents <" + hex + "> >>", false) << 0 << QByteArray();
        QTest::newRow("white space in the hex string")
            << documentWith("<< /Type /Sig /ByteRange %RANGE% /Contents <" + hex.left(100) + ' ' + hex.mid(100) + "> >>") << 0 << QByteArray();
        QTest::newRow("odd number of digits") << documentWith("<< /Type /Sig /ByteRange %RANGE% /Contents <" + hex + "b> >>") << 0 << QByteArray();
        QTest::newRow("not hex") << documentWith("<< /Type /Sig /ByteRange %RANGE% /Contents <" + hex + "xy> >>") << 0 << QByteArray();
        QTest::newRow("the gap under another key")
            << documentWith("<< /Type /Sig /ByteRange %RANGE% /Contents <> /Name <" + hex + "> >>") << 0 << QByteArray();
        QTest::newRow("the gap under another key, /Contents the placeholder")
            << documentWith("<< /Type /Sig /ByteRange %RANGE% /Contents <4772616E736B613A436F6E74656E7473> /Name <" + hex + "> >>") << 0 << QByteArray();
        QTest::newRow("damaged after the string") << documentWith("<< /Type /Sig /ByteRange %RANGE% /Contents <" + hex + "> /M (unclosed >>") << -1 << QByteArray(); // QPDF repairs the file
        QTest::newRow("a stream, not a dictionary")
            << documentWith("<< /Length 0 /ByteRange %RANGE% /Contents <" + hex + "> >>\nstream\n\nendstream") << -1 << QByteArray(); // a stream's offset is not the dictionary's

        const QStringList files = QDir(kSignedDir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), "the signed corpus is missing");
        for (const QString &name : files) {
            QFile file(kSignedDir + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray whole = file.readAll();
            QTest::newRow(qPrintable(name)) << whole << -1 << QByteArray();
            const QList<Revision> revisions = scanRevisions(whole).revisions;
            for (qsizetype i = 0; i + 1 < revisions.size(); ++i) {
                const QByteArrayView prefix = signedRevisionBytes(whole, revisions[i]);
                if (!prefix.isEmpty() && prefix.size() < whole.size())
                    QTest::addRow("%s, revision %d", qPrintable(name), int(i + 1)) << prefix.toByteArray() << -1 << whole;
            }
        }
    }

    void sameAsQpdf()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, readAhead);
        QFETCH(QByteArray, whole);
        const QList<QList<qint64>> ranges = whole.isEmpty() ? QList<QList<qint64>>() : rawByteRanges(whole);
        if (readAhead >= 0) {
            PdfDocument::OpenResult opened = PdfDocument::openView(bytes, QStringLiteral("test"));
            QVERIFY(opened.document);
            readSignatureDictionaries(*opened.document, rawByteRanges(opened.document->bytes()));
            // Parsed from the text handed to QPDF, not where QPDF reads it in the file.
            const qpdf_offset_t inFile = bytes.indexOf("4 0 obj\n") + 8;
            QCOMPARE(opened.document->qpdf().getObject(4, 0).getParsedOffset() != inFile, readAhead == 1);
        }
        const Reading byQpdf = readAll(bytes, false);
        const Reading ahead = readAll(bytes, true, ranges);
        QCOMPARE(ahead.opened, byQpdf.opened);
        QCOMPARE(ahead.signatureObjects.size(), byQpdf.signatureObjects.size());
        for (const auto &[id, text] : byQpdf.signatureObjects) {
            const auto it = ahead.signatureObjects.find(id);
            QVERIFY2(it != ahead.signatureObjects.end(), qPrintable(QString::fromStdString(id.unparse(' '))));
            QVERIFY2(it->second == text, qPrintable(QString::fromStdString(id.unparse(' '))));
        }
        QCOMPARE(ahead.warnings, byQpdf.warnings);
    }

    void contentsAreDecoded()
    {
        const QByteArray hex = "ab" + QByteArray(3998, 'b');
        const QByteArray bytes = documentWith("<< /Type /Sig /ByteRange %RANGE% /Contents <" + hex + "> >>");
        PdfDocument::OpenResult opened = PdfDocument::openView(bytes, QStringLiteral("test"));
        QVERIFY(opened.document);
        const QList<QList<qint64>> ranges = rawByteRanges(opened.document->bytes());
        QCOMPARE(ranges.size(), 1);
        readSignatureDictionaries(*opened.document, ranges);
        QPDFObjectHandle signature = opened.document->qpdf().getObject(4, 0);
        QCOMPARE(signature.getKey("/Contents").getStringValue(), '\xab' + std::string(1999, '\xbb'));
    }
};

QTEST_GUILESS_MAIN(SignatureDictionariesTest)
#include "tst_signature_dictionaries.moc"
