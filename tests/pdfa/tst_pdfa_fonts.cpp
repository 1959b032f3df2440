// The font rule group: CMap parsing, glyph names and encodings, and the font rules on small
// documents written here (standard fonts, Type 3 fonts, composite fonts with CMaps, and an embedded
// TrueType program from the system's fonts where one is installed).
#include "pdf/PdfDocument.h"
#include "pdf/RevisionScanner.h"
#include "pdfa/Validator.h"
#include "pdfa/fonts/CMap.h"
#include "pdfa/fonts/Encodings.h"
#include "pdfa/fonts/FontProgram.h"
#include "pdfa/fonts/GlyphList.h"

#include <QFile>
#include <QTest>

using namespace granska;
using namespace granska::pdfa::fonts;

namespace {

// A one-page document showing `content`, with the font resources given and further objects
// numbered from 5 on.
QByteArray onePagePdf(const QByteArray &content, const QByteArray &fonts, const QList<QByteArray> &extraObjects = {})
{
    QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << " + fonts + " >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
    };
    objects += extraObjects;
    QByteArray pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
    QList<qint64> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qint64 xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref)
           + "\n%%EOF\n";
    return pdf;
}

QByteArray stream(const QByteArray &dictionary, const QByteArray &data)
{
    return "<< " + dictionary + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream";
}

// The clause/test ids ("6.2.11.5/1") of the failed font rules.
QStringList failedFontRules(const QByteArray &pdf, const QString &flavour)
{
    PdfDocument::OpenResult opened = PdfDocument::openBytes(pdf, QStringLiteral("test.pdf"));
    if (!opened.document)
        return {QStringLiteral("unreadable: ") + opened.message};
    const RevisionScan revisions = scanRevisions(opened.document->bytes());
    Budget budget;
    PdfaResult result;
    validatePdfa(*opened.document, revisions.revisions, flavour, budget, result);
    QStringList ids;
    for (const RuleViolation &violation : result.violations) {
        const bool font = violation.clause.startsWith(QLatin1String("6.2.11")) ||
                          (flavour.startsWith(QLatin1Char('1')) && violation.clause.startsWith(QLatin1String("6.3.")));
        if (font)
            ids << violation.clause + QLatin1Char('/') + QString::number(violation.test);
    }
    ids.sort();
    return ids;
}

const QByteArray kType3Font =
    "/F1 << /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
    "/CharProcs << /square 5 0 R >> /Encoding << /Type /Encoding /Differences [65 /square 66 /.notdef] >> "
    "/FirstChar 65 /LastChar 65 /Widths [%WIDTH%] /Resources << >> >>";

QByteArray type3Font(int width)
{
    return QByteArray(kType3Font).replace("%WIDTH%", QByteArray::number(width));
}

const QByteArray kSquareGlyph = stream("", "600 0 0 0 600 600 d1 0 0 600 600 re f");

QString systemTrueTypeFont()
{
    for (const char *path : {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"})
        if (QFile::exists(QLatin1String(path)))
            return QLatin1String(path);
    return {};
}

} // namespace

class TestPdfaFonts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cmapSplitsCodesByCodeSpace()
    {
        const CMap cmap = CMap::parse("/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
                                      "/CMapName /Test-H def /WMode 1 def /Other-H usecmap\n"
                                      "2 begincodespacerange <00> <80> <8140> <9ffc> endcodespacerange\n"
                                      "1 begincidrange <8140> <817e> 633 endcidrange\n"
                                      "1 begincidchar <41> 34 endcidchar endcmap");
        const QByteArray shown("\x41\x81\x42\x81", 4);
        int position = 0;
        QCOMPARE(cmap.nextCode(shown, position), quint32(0x41));
        QCOMPARE(cmap.nextCode(shown, position), quint32(0x8142));
        QCOMPARE(position, 3);
        // A byte in no code space range is consumed and selects nothing.
        QCOMPARE(cmap.nextCode(shown, position), quint32(0xFFFFFFFF));
        QCOMPARE(position, 4);
        // A string ending inside a two-byte code is read as if padded with zeros.
        const CMap identity = CMap::identity(0);
        position = 0;
        QCOMPARE(identity.nextCode(QByteArray("\x00\x41\x23", 3), position), quint32(0x41));
        QCOMPARE(identity.nextCode(QByteArray("\x00\x41\x23", 3), position), quint32(0x2300));
        QCOMPARE(position, 3);
        QCOMPARE(cmap.cid(0x41).value_or(0), quint32(34));
        QCOMPARE(cmap.cid(0x8142).value_or(0), quint32(635));
        QVERIFY(!cmap.cid(0x42));
        QCOMPARE(cmap.name(), QByteArray("Test-H"));
        QCOMPARE(cmap.writingMode().value_or(0), 1);
        QCOMPARE(cmap.usedCMap(), QByteArray("Other-H"));
    }

    void toUnicodeRangesAndArrays()
    {
        const CMap cmap = CMap::parse("1 begincodespacerange <0000> <ffff> endcodespacerange\n"
                                      "2 beginbfrange <0010> <0012> <0041> <0020> <0021> [<0078> <d835dc00>] endbfrange\n"
                                      "1 beginbfchar <0005> <00660069> endbfchar");
        QCOMPARE(cmap.unicode(0x11).value_or(QString()), QStringLiteral("B"));
        QCOMPARE(cmap.unicode(0x20).value_or(QString()), QStringLiteral("x"));
        QCOMPARE(cmap.unicode(0x21).value_or(QString()).toUcs4().value(0), char32_t(0x1D400));
        QCOMPARE(cmap.unicode(0x05).value_or(QString()), QStringLiteral("fi"));
        QVERIFY(!cmap.unicode(0x13));
    }

    void cmapSurvivesGarbage()
    {
        // Deterministic noise and truncated real programs: parsing ends, and reading codes always advances.
        quint32 state = 12345;
        const QByteArray tokens[] = {"<", ">", "<<", ">>", "[", "]", "(", ")", "\\", "/", "begincodespacerange", "endcodespacerange",
                                     "beginbfrange", "endbfrange", "begincidrange", "endcidrange", "<00>", "<ffff>", "12", " ", "usecmap"};
        for (int round = 0; round < 200; ++round) {
            QByteArray program;
            for (int i = 0; i < 300; ++i) {
                state = state * 1103515245u + 12345u;
                program += tokens[(state >> 16) % std::size(tokens)];
                program += ' ';
            }
            const CMap cmap = CMap::parse(program);
            const QByteArray shown("\x81\x00\xff\x41\x00", 5);
            int position = 0;
            for (int guard = 0; position < shown.size() && guard < 10; ++guard)
                cmap.nextCode(shown, position);
            QCOMPARE(position, int(shown.size()));
            Q_UNUSED(cmap.unicode(0x41));
        }
    }

    void predefinedCMaps()
    {
        const std::optional<CMap> cmap = CMap::predefined("90ms-RKSJ-H");
        QVERIFY(cmap);
        QCOMPARE(cmap->registry(), QByteArray("Adobe"));
        QCOMPARE(cmap->ordering(), QByteArray("Japan1"));
        int position = 0;
        QCOMPARE(cmap->nextCode(QByteArray("\x82\xa0", 2), position), quint32(0x82a0));
        QVERIFY(!CMap::predefined("Not-A-CMap"));
        QVERIFY(CMap::predefined("Identity-V")->isIdentity());
    }

    void glyphNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("text");
        QTest::newRow("list") << QByteArray("Aacute") << QStringLiteral("\u00C1");
        QTest::newRow("suffix") << QByteArray("a.sc") << QStringLiteral("a");
        QTest::newRow("uni") << QByteArray("uni00410042") << QStringLiteral("AB");
        QTest::newRow("u") << QByteArray("u1F600") << QString::fromUcs4(U"\U0001F600", 1);
        QTest::newRow("lower-case hex is no uni name") << QByteArray("uni00e9") << QString();
        QTest::newRow("unknown") << QByteArray("g123") << QString();
    }

    void glyphNames()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, text);
        QCOMPARE(unicodeOfGlyphName(name), text);
    }

    void encodings()
    {
        QCOMPARE(QByteArray(encodingTable(SimpleEncoding::WinAnsi)[0x80]), QByteArray("Euro"));
        QCOMPARE(QByteArray(encodingTable(SimpleEncoding::MacRoman)[0x8A]), QByteArray("adieresis"));
        QCOMPARE(QByteArray(encodingTable(SimpleEncoding::Standard)[0x27]), QByteArray("quoteright"));
        QVERIFY(!encodingTable(SimpleEncoding::Standard)[0x01]);
        QCOMPARE(codeOfGlyphName(SimpleEncoding::MacOsRoman, "Adieresis"), 0x80);
        QVERIFY(inSymbolSet("universal"));
        QVERIFY(!inSymbolSet("A"));
    }

    void standardFontMustBeEmbedded_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("drawn") << QByteArray("BT /F1 12 Tf 10 10 Td (Hi) Tj ET") << QStringList{QStringLiteral("6.2.11.4.1/1")};
        QTest::newRow("invisible") << QByteArray("BT /F1 12 Tf 3 Tr 10 10 Td (Hi) Tj ET") << QStringList();
        QTest::newRow("selected, nothing shown") << QByteArray("BT /F1 12 Tf ET") << QStringList();
    }

    void standardFontMustBeEmbedded()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, expected);
        const QByteArray pdf = onePagePdf(content, "/F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        QCOMPARE(failedFontRules(pdf, QStringLiteral("2b")), expected);
        // Its glyph names are standard ones, so level U needs no ToUnicode.
        QCOMPARE(failedFontRules(pdf, QStringLiteral("2u")), expected);
    }

    void type3Glyphs_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("flavour");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("consistent") << QByteArray("(A)") << 600 << QStringLiteral("2b") << QStringList();
        QTest::newRow("width off") << QByteArray("(A)") << 500 << QStringLiteral("2b") << QStringList{QStringLiteral("6.2.11.5/1")};
        QTest::newRow("width off, part 1") << QByteArray("(A)") << 500 << QStringLiteral("1b") << QStringList{QStringLiteral("6.3.6/1")};
        QTest::newRow("notdef") << QByteArray("(B)") << 600 << QStringLiteral("2b")
                                << QStringList{QStringLiteral("6.2.11.4.1/2"), QStringLiteral("6.2.11.8/1")};
        QTest::newRow("no procedure") << QByteArray("(C)") << 600 << QStringLiteral("2b") << QStringList{QStringLiteral("6.2.11.4.1/2")};
        // A name outside the glyph list has no Unicode meaning without a ToUnicode CMap.
        QTest::newRow("level U") << QByteArray("(A)") << 600 << QStringLiteral("2u") << QStringList{QStringLiteral("6.2.11.7.2/1")};
        QTest::newRow("level A, part 1") << QByteArray("(A)") << 600 << QStringLiteral("1a") << QStringList{QStringLiteral("6.3.8/1")};
    }

    void type3Glyphs()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, width);
        QFETCH(QString, flavour);
        QFETCH(QStringList, expected);
        const QByteArray pdf = onePagePdf("BT /F1 12 Tf 10 10 Td " + content + " Tj ET", type3Font(width), {kSquareGlyph});
        QCOMPARE(failedFontRules(pdf, flavour), expected);
    }

    void toUnicodeValues()
    {
        const QByteArray toUnicode = stream("", "1 begincodespacerange <00> <ff> endcodespacerange\n"
                                                "2 beginbfchar <41> <feff> <43> <0041> endbfchar");
        const QByteArray font = type3Font(600).replace("/Resources << >>", "/Resources << >> /ToUnicode 6 0 R");
        QCOMPARE(failedFontRules(onePagePdf("BT /F1 12 Tf (A) Tj ET", font, {kSquareGlyph, toUnicode}), QStringLiteral("2u")),
                 QStringList{QStringLiteral("6.2.11.7.2/2")});
    }

    void compositeFontCMaps_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("cmapObject");
        QTest::addColumn<QStringList>("expected");
        const QByteArray cmapProgram = "/CIDInit /ProcSet findresource begin begincmap /CMapName /Custom-H def /WMode 0 def "
                                       "1 begincodespacerange <0000> <ffff> endcodespacerange "
                                       "1 begincidrange <0000> <ffff> 0 endcidrange endcmap";
        const QByteArray info = "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>";
        QTest::newRow("identity") << QByteArray("/Identity-H") << QByteArray("null") << QStringList();
        QTest::newRow("unknown predefined name") << QByteArray("/Custom-H") << QByteArray("null")
                                                 << QStringList{QStringLiteral("6.2.11.3.1/1"), QStringLiteral("6.2.11.3.3/1")};
        QTest::newRow("embedded") << QByteArray("6 0 R") << stream("/Type /CMap /CMapName /Custom-H " + info, cmapProgram)
                                  << QStringList();
        QTest::newRow("writing modes differ") << QByteArray("6 0 R")
                                              << stream("/Type /CMap /WMode 1 /CMapName /Custom-H " + info, cmapProgram)
                                              << QStringList{QStringLiteral("6.2.11.3.3/2")};
        QTest::newRow("builds on an unknown CMap") << QByteArray("6 0 R")
                                                   << stream("/Type /CMap /UseCMap /Mine-H /CMapName /Custom-H " + info, cmapProgram)
                                                   << QStringList{QStringLiteral("6.2.11.3.3/3")};
    }

    void compositeFontCMaps()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, cmapObject);
        QFETCH(QStringList, expected);
        // A CIDFont used only in rendering mode 3, so that it need not be embedded.
        const QByteArray fonts = "/F1 << /Type /Font /Subtype /Type0 /BaseFont /Test /Encoding " + encoding +
                                 " /DescendantFonts [5 0 R] /ToUnicode /Identity-H >>";
        const QByteArray cidFont = "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /Test "
                                   "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                                   "/FontDescriptor << /Type /FontDescriptor /FontName /Test /Flags 4 >> >>";
        const QByteArray pdf = onePagePdf("BT /F1 12 Tf 3 Tr <00410042> Tj ET", fonts, {cidFont, cmapObject});
        QCOMPARE(failedFontRules(pdf, QStringLiteral("2b")), expected);
    }

    void embeddedTrueType_data()
    {
        QTest::addColumn<QByteArray>("differences");
        QTest::addColumn<int>("widthChange");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("as embedded") << QByteArray() << 0 << QStringList();
        QTest::newRow("within a unit") << QByteArray() << 1 << QStringList();
        QTest::newRow("width differs") << QByteArray() << 40 << QStringList{QStringLiteral("6.2.11.5/1")};
        QTest::newRow("glyph missing") << QByteArray("/Differences [65 /nosuchglyph]") << 0
                                       << QStringList{QStringLiteral("6.2.11.4.1/2"), QStringLiteral("6.2.11.6/2"),
                                                      QStringLiteral("6.2.11.8/1")};
    }

    void embeddedTrueType()
    {
        QFETCH(QByteArray, differences);
        QFETCH(int, widthChange);
        QFETCH(QStringList, expected);
        const QString path = systemTrueTypeFont();
        if (path.isEmpty())
            QSKIP("No DejaVu TrueType font installed to embed.");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray program = file.readAll();
        FreeTypeLibrary library;
        const std::unique_ptr<FontProgram> parsed = FontProgram::open(library, program);
        QVERIFY(parsed);
        const unsigned glyphA = parsed->lookup(3, 1, 'A');
        QVERIFY(glyphA != 0);
        const int width = int(std::lround(parsed->advance(glyphA).value_or(0))) + widthChange;
        const QByteArray fonts = "/F1 << /Type /Font /Subtype /TrueType /BaseFont /Embedded /FirstChar 65 /LastChar 65 /Widths [" +
                                 QByteArray::number(width) + "] /Encoding << /BaseEncoding /WinAnsiEncoding " + differences +
                                 " >> /FontDescriptor 5 0 R >>";
        const QByteArray descriptor = "<< /Type /FontDescriptor /FontName /Embedded /Flags 32 /FontBBox [0 0 1000 1000] "
                                      "/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 6 0 R >>";
        const QByteArray pdf = onePagePdf("BT /F1 12 Tf (A) Tj ET", fonts, {descriptor, stream("", program)});
        QCOMPARE(failedFontRules(pdf, QStringLiteral("2b")), expected);
    }

    void damagedProgramIsSurvived()
    {
        const QByteArray fonts = "/F1 << /Type /Font /Subtype /TrueType /BaseFont /Broken /FirstChar 65 /LastChar 65 /Widths [500] "
                                 "/Encoding /WinAnsiEncoding /FontDescriptor 5 0 R >>";
        const QByteArray descriptor = "<< /Type /FontDescriptor /FontName /Broken /Flags 32 /FontFile2 6 0 R >>";
        const QByteArray garbage = QByteArray("\x00\x01\x00\x00\x00\x10", 6) + QByteArray(300, '\x7f');
        const QByteArray pdf = onePagePdf("BT /F1 12 Tf (AAAA) Tj ET", fonts, {descriptor, stream("", garbage)});
        QCOMPARE(failedFontRules(pdf, QStringLiteral("2b")), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPdfaFonts)
#include "tst_pdfa_fonts.moc"
