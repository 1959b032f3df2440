// The file-structure rule group: the raw-byte reader (engine/pdfa/cos) on small files written
// here byte by byte, and the rules it feeds, end to end through the validator.
#include "pdf/Limits.h"
#include "pdf/PdfDocument.h"
#include "pdf/RevisionScanner.h"
#include "pdfa/Validator.h"
#include "pdfa/cos/ContentOperands.h"
#include "pdfa/cos/FileLayout.h"

#include <QTest>

using namespace granska;
using namespace granska::pdfa;

namespace {

// A small PDF from object texts ("n 0 obj ... endobj\n", numbered 1.. in order), with a correct
// cross-reference table unless a test changes the parts that make it up.
struct PdfBuilder {
    QByteArray header = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<QByteArray> objects;
    QByteArray xrefKeyword = "xref\n";
    QByteArray subsectionHeader; // "0 n\n" when empty
    QByteArray trailerEntries = "/ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]";
    QByteArray end = "%%EOF\n";

    QByteArray build() const
    {
        QByteArray out = header;
        QList<qint64> offsets;
        for (const QByteArray &object : objects) {
            offsets << out.size();
            out += object;
        }
        const qint64 xref = out.size();
        out += xrefKeyword;
        out += subsectionHeader.isEmpty() ? QByteArray("0 ") + QByteArray::number(objects.size() + 1) + "\n" : subsectionHeader;
        out += "0000000000 65535 f\r\n";
        for (qint64 offset : offsets)
            out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n\r\n";
        out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailerEntries + " >>\n";
        out += "startxref\n" + QByteArray::number(xref) + "\n" + end;
        return out;
    }
};

// A one-page document; `extra` objects follow as 4, 5, ...
PdfBuilder document(const QList<QByteArray> &extra = {}, const QByteArray &pageEntries = {}, const QByteArray &catalogEntries = {})
{
    PdfBuilder b;
    b.objects << "1 0 obj\n<< /Type /Catalog /Pages 2 0 R " + catalogEntries + " >>\nendobj\n"
              << "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
              << "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] " + pageEntries + " >>\nendobj\n";
    b.objects << extra;
    return b;
}

// A linearized one-page file: the linearization dictionary first, then the first-page
// cross-reference section (whose trailer names the main one with /Prev), the objects, and the
// main section at the end. The last startxref names the first-page section, as in real files.
// The placeholders are as wide as the ten-digit numbers that replace them.
QByteArray linearizedDocument(const QByteArray &firstPageTrailer, const QByteArray &mainTrailer)
{
    auto padded = [](qint64 value) { return QByteArray::number(value).rightJustified(10, '0'); };
    QByteArray out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    const qint64 first = out.size();
    out += "1 0 obj\n<< /Linearized 1 /L @LENGTH@@@ >>\nendobj\n";
    const qint64 firstXref = out.size();
    out += "xref\n1 1\n" + padded(first) + " 00000 n\r\n";
    out += "trailer\n<< /Size 5 /Root 2 0 R /Prev @MAINXREF@ " + firstPageTrailer + " >>\nstartxref\n0\n%%EOF\n";
    QList<qint64> offsets{first};
    for (const QByteArray &object : {QByteArray("2 0 obj\n<< /Type /Catalog /Pages 3 0 R >>\nendobj\n"),
                                     QByteArray("3 0 obj\n<< /Type /Pages /Kids [4 0 R] /Count 1 >>\nendobj\n"),
                                     QByteArray("4 0 obj\n<< /Type /Page /Parent 3 0 R /MediaBox [0 0 200 200] >>\nendobj\n")}) {
        offsets << out.size();
        out += object;
    }
    const qint64 mainXref = out.size();
    out += "xref\n0 5\n0000000000 65535 f\r\n";
    for (qint64 offset : offsets)
        out += padded(offset) + " 00000 n\r\n";
    out += "trailer\n<< /Size 5 " + mainTrailer + " >>\nstartxref\n" + QByteArray::number(firstXref) + "\n%%EOF\n";
    out.replace("@MAINXREF@", padded(mainXref));
    out.replace("@LENGTH@@@", padded(out.size()));
    return out;
}

cos::FileLayout layoutOf(const QByteArray &bytes)
{
    Budget budget;
    return cos::readFileLayout(bytes, {}, {}, budget);
}

const cos::IndirectObject *objectNumbered(const cos::FileLayout &layout, int number)
{
    for (const cos::IndirectObject &object : layout.objects)
        if (object.number == number)
            return &object;
    return nullptr;
}

// The rules (clause, test) that failed when the bytes are validated against the flavour.
QSet<QString> failedRules(const QByteArray &bytes, const QString &flavour)
{
    PdfDocument::OpenResult opened = PdfDocument::openBytes(bytes, QStringLiteral("test.pdf"));
    if (!opened.document)
        return {QStringLiteral("unreadable")};
    const RevisionScan scan = scanRevisions(opened.document->bytes());
    Budget budget;
    PdfaResult result;
    validatePdfa(*opened.document, scan.revisions, flavour, budget, result);
    QSet<QString> failed;
    for (const RuleViolation &violation : result.violations)
        failed << violation.clause + QLatin1Char('/') + QString::number(violation.test);
    return failed;
}

} // namespace

class TestFileStructure : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void header_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<bool>("comment");
        QTest::newRow("conforming") << QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n") << qint64(0) << true;
        QTest::newRow("CR LF") << QByteArray("%PDF-1.7\r\n%\xE2\xE3\xCF\xD3\r\n") << qint64(0) << true;
        QTest::newRow("bytes before") << QByteArray("abc\n%PDF-1.4\n%\xE2\xE3\xCF\xD3\n") << qint64(4) << true;
        QTest::newRow("blank line before comment") << QByteArray("%PDF-1.4\n\n%\xE2\xE3\xCF\xD3\n") << qint64(0) << false;
        QTest::newRow("short comment") << QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\n") << qint64(0) << false;
        QTest::newRow("no comment") << QByteArray("%PDF-1.4\n1 0 obj\n") << qint64(0) << false;
    }
    void header()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, offset);
        QFETCH(bool, comment);
        PdfBuilder b = document();
        b.header = header;
        const cos::FileLayout layout = layoutOf(b.build());
        QCOMPARE(layout.header.offset, offset);
        QCOMPARE(layout.header.commentPresent, comment);
    }

    void endOfFile_data()
    {
        QTest::addColumn<QByteArray>("end");
        QTest::addColumn<int>("after");
        QTest::newRow("LF") << QByteArray("%%EOF\n") << 0;
        QTest::newRow("CR LF") << QByteArray("%%EOF\r\n") << 0;
        QTest::newRow("none") << QByteArray("%%EOF") << 0;
        QTest::newRow("two LF") << QByteArray("%%EOF\n\n") << 1;
        QTest::newRow("garbage") << QByteArray("%%EOF\ngarbage") << 7;
        QTest::newRow("missing") << QByteArray("") << -1;
    }
    void endOfFile()
    {
        QFETCH(QByteArray, end);
        QFETCH(int, after);
        PdfBuilder b = document();
        b.end = end;
        QCOMPARE(layoutOf(b.build()).postEofBytes, after);
    }

    void crossReferenceTable_data()
    {
        QTest::addColumn<QByteArray>("keyword");
        QTest::addColumn<QByteArray>("subsection");
        QTest::addColumn<bool>("eol");
        QTest::addColumn<bool>("spaced");
        QTest::newRow("conforming") << QByteArray("xref\n") << QByteArray() << true << true;
        QTest::newRow("CR LF") << QByteArray("xref\r\n") << QByteArray() << true << true;
        QTest::newRow("space before EOL") << QByteArray("xref \n") << QByteArray() << false << true;
        QTest::newRow("two LF") << QByteArray("xref\n\n") << QByteArray() << false << true;
        QTest::newRow("two spaces in header") << QByteArray("xref\n") << QByteArray("0  4\n") << true << false;
    }
    void crossReferenceTable()
    {
        QFETCH(QByteArray, keyword);
        QFETCH(QByteArray, subsection);
        QFETCH(bool, eol);
        QFETCH(bool, spaced);
        PdfBuilder b = document();
        b.xrefKeyword = keyword;
        b.subsectionHeader = subsection;
        const cos::FileLayout layout = layoutOf(b.build());
        QCOMPARE(layout.sections.size(), std::size_t(1));
        QCOMPARE(layout.sections.front().kind, cos::XRefSection::Kind::Table);
        QCOMPARE(layout.sections.front().eolAfterKeyword, eol);
        QCOMPARE(layout.sections.front().subsectionHeadersSpaced, spaced);
        QCOMPARE(layout.objects.size(), std::size_t(3));
    }

    void objectSpacing_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<bool>("conforming");
        QTest::newRow("conforming") << QByteArray("4 0 obj\n<< /A 1 >>\nendobj\n") << true;
        QTest::newRow("CR") << QByteArray("4 0 obj\r<< /A 1 >>\rendobj\r") << true;
        QTest::newRow("two spaces after number") << QByteArray("4  0 obj\n<< /A 1 >>\nendobj\n") << false;
        QTest::newRow("dictionary on obj line") << QByteArray("4 0 obj << /A 1 >>\nendobj\n") << false;
        QTest::newRow("endobj after value") << QByteArray("4 0 obj\n<< /A 1 >> endobj\n") << false;
        QTest::newRow("space before endobj") << QByteArray("4 0 obj\n<< /A 1 >>\n endobj\n") << false;
        QTest::newRow("nothing after endobj") << QByteArray("4 0 obj\n<< /A 1 >>\nendobj ") << false;
        QTest::newRow("empty object") << QByteArray("4 0 obj\nendobj\n") << true;
    }
    void objectSpacing()
    {
        QFETCH(QByteArray, object);
        QFETCH(bool, conforming);
        const cos::FileLayout layout = layoutOf(document({object}).build());
        const cos::IndirectObject *o = objectNumbered(layout, 4);
        QVERIFY(o);
        const bool ok = o->eolBeforeHeader && o->singleSpaceAfterNumber && o->singleSpaceAfterGeneration && o->eolAfterObj
                        && o->endobjFound && o->eolBeforeEndobj && o->eolAfterEndobj;
        QCOMPARE(ok, conforming);
    }

    void streams_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<qint64>("realLength");
        QTest::addColumn<bool>("keywordEols");
        QTest::newRow("LF") << QByteArray("4 0 obj\n<< /Length 5 >>\nstream\nhello\nendstream\nendobj\n") << qint64(5) << true;
        QTest::newRow("CR LF") << QByteArray("4 0 obj\n<< /Length 5 >>\nstream\r\nhello\r\nendstream\nendobj\n") << qint64(5) << true;
        QTest::newRow("wrong Length") << QByteArray("4 0 obj\n<< /Length 3 >>\nstream\nhello\nendstream\nendobj\n") << qint64(5) << true;
        QTest::newRow("CR alone after stream") << QByteArray("4 0 obj\n<< /Length 5 >>\nstream\rhello\nendstream\nendobj\n") << qint64(5) << false;
        QTest::newRow("space before EOL") << QByteArray("4 0 obj\n<< /Length 5 >>\nstream \nhello\nendstream\nendobj\n") << qint64(7) << false;
        QTest::newRow("no EOL before endstream") << QByteArray("4 0 obj\n<< /Length 5 >>\nstream\nhelloendstream\nendobj\n") << qint64(5) << false;
        QTest::newRow("blank line before endstream") << QByteArray("4 0 obj\n<< /Length 5 >>\nstream\nhello\n\nendstream\nendobj\n") << qint64(6) << true;
    }
    void streams()
    {
        QFETCH(QByteArray, object);
        QFETCH(qint64, realLength);
        QFETCH(bool, keywordEols);
        const cos::FileLayout layout = layoutOf(document({object}).build());
        const cos::IndirectObject *o = objectNumbered(layout, 4);
        QVERIFY(o);
        QVERIFY(o->isStream);
        QCOMPARE(o->stream.realLength, realLength);
        QCOMPARE(o->stream.eolAfterKeyword && o->stream.eolBeforeEndstream, keywordEols);
        QVERIFY(o->endobjFound);
    }

    void hexStrings_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("characters");
        QTest::addColumn<bool>("onlyDigits");
        QTest::newRow("even") << QByteArray("<41 42>") << qint64(4) << true;
        QTest::newRow("odd") << QByteArray("<414>") << qint64(3) << true;
        QTest::newRow("not hex") << QByteArray("<41 4G>") << qint64(4) << false;
        QTest::newRow("nested in array") << QByteArray("[1 (a) << /K <ABC> >>]") << qint64(3) << true;
    }
    void hexStrings()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, characters);
        QFETCH(bool, onlyDigits);
        const cos::FileLayout layout = layoutOf(document({"4 0 obj\n" + value + "\nendobj\n"}).build());
        const cos::IndirectObject *o = objectNumbered(layout, 4);
        QVERIFY(o);
        QCOMPARE(o->hexStrings.size(), std::size_t(1));
        QCOMPARE(o->hexStrings.front().characters, characters);
        QCOMPARE(o->hexStrings.front().onlyDigits, onlyDigits);
    }

    void unreferencedObjectsAreNotRead()
    {
        // Bytes that look like an object but that no cross-reference entry names are not objects.
        PdfBuilder b = document();
        b.objects.last() += "9 0 obj\n<< /Length 99 >>\nstream\nx\nendstream endobj\n";
        const cos::FileLayout layout = layoutOf(b.build());
        QVERIFY(!objectNumbered(layout, 9));
    }

    void linearizedTrailers_data()
    {
        QTest::addColumn<QByteArray>("firstPage");
        QTest::addColumn<QByteArray>("main");
        QTest::addColumn<QString>("flavour");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("fails");
        const QByteArray a = "/ID [<0A0B> <0A0B>]";
        const QByteArray b = "/ID [<0C0D> <0C0D>]";
        QTest::newRow("1b first-page ID only") << a << QByteArray() << "1b" << "6.1.3/1" << false;
        QTest::newRow("1b main ID only") << QByteArray() << a << "1b" << "6.1.3/1" << true;
        QTest::newRow("2b main ID only") << QByteArray() << a << "2b" << "6.1.3/1" << true;
        QTest::newRow("1b same IDs") << a << a << "1b" << "6.1.3/4" << false;
        QTest::newRow("1b different IDs") << a << b << "1b" << "6.1.3/4" << true;
    }
    void linearizedTrailers()
    {
        QFETCH(QByteArray, firstPage);
        QFETCH(QByteArray, main);
        QFETCH(QString, flavour);
        QFETCH(QString, rule);
        QFETCH(bool, fails);
        const QByteArray bytes = linearizedDocument(firstPage, main);
        const cos::FileLayout layout = layoutOf(bytes);
        QVERIFY(layout.linearized);
        QCOMPARE(layout.sections.size(), std::size_t(2));
        const QSet<QString> failed = failedRules(bytes, flavour);
        QVERIFY2(failed.contains(rule) == fails, qPrintable(QStringList(failed.begin(), failed.end()).join(QLatin1Char(' '))));
    }

    void contentOperands()
    {
        const QByteArray content = "q 1 0 0 1 60000.5 0 cm /P <</MCID 70000>> BDC [(a) <414> 3] TJ EMC "
                                   "BI /W 1 /H 1 ID \x01\x02 99999 EI Q";
        QList<QByteArray> seen;
        Budget budget;
        cos::visitContentOperands(content, budget, [&](const cos::Token &token) {
            seen << (token.kind == cos::Token::Kind::Number ? token.text.toByteArray() : token.bytes.toHex());
        });
        // The marked-content property and the inline image's dictionary and data are not operands.
        QCOMPARE(seen, (QList<QByteArray>{"1", "0", "0", "1", "60000.5", "0", "61", "4140", "3"}));
    }

    void rules_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("flavour");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("fails");

        const QByteArray plain = document().build();
        QTest::newRow("1b header ok") << plain << "1b" << "6.1.2/1" << false;
        QTest::newRow("1b binary comment ok") << plain << "1b" << "6.1.2/2" << false;
        QTest::newRow("1b ID present") << plain << "1b" << "6.1.3/1" << false;
        QTest::newRow("1b nothing after EOF") << plain << "1b" << "6.1.3/3" << false;
        QTest::newRow("1b xref ok") << plain << "1b" << "6.1.4/2" << false;
        QTest::newRow("1b objects ok") << plain << "1b" << "6.1.8/1" << false;
        QTest::newRow("2b objects ok") << plain << "2b" << "6.1.9/1" << false;

        PdfBuilder version20 = document();
        version20.header = "%PDF-2.0\n%\xE2\xE3\xCF\xD3\n";
        QTest::newRow("1b takes any version") << version20.build() << "1b" << "6.1.2/1" << false;
        QTest::newRow("2b takes 1.0 to 1.7") << version20.build() << "2b" << "6.1.2/1" << true;

        PdfBuilder noId = document();
        noId.trailerEntries.clear();
        QTest::newRow("1b no ID") << noId.build() << "1b" << "6.1.3/1" << true;
        PdfBuilder emptyId = document();
        emptyId.trailerEntries = "/ID [<> <>]";
        QTest::newRow("2b empty ID") << emptyId.build() << "2b" << "6.1.3/1" << true;
        QTest::newRow("1b empty ID is present") << emptyId.build() << "1b" << "6.1.3/1" << false;

        PdfBuilder trailing = document();
        trailing.end = "%%EOF\n\n\n";
        QTest::newRow("2b data after EOF") << trailing.build() << "2b" << "6.1.3/3" << true;

        const QByteArray oddHex = document({"4 0 obj\n<< /X <414> >>\nendobj\n"}).build();
        QTest::newRow("1b odd hex") << oddHex << "1b" << "6.1.6/1" << true;
        QTest::newRow("3u odd hex") << oddHex << "3u" << "6.1.6/1" << true;

        const QByteArray badLength = document({"4 0 obj\n<< /Length 2 >>\nstream\nhello\nendstream\nendobj\n"}).build();
        QTest::newRow("1b Length") << badLength << "1b" << "6.1.7/1" << true;
        QTest::newRow("2a Length") << badLength << "2a" << "6.1.7.1/1" << true;

        const QByteArray external = document({"4 0 obj\n<< /Length 5 /F (data.bin) >>\nstream\nhello\nendstream\nendobj\n"}).build();
        QTest::newRow("2b external stream") << external << "2b" << "6.1.7.1/3" << true;

        const QByteArray lzw = document({"4 0 obj\n<< /Length 5 /Filter /LZWDecode >>\nstream\nhello\nendstream\nendobj\n"}).build();
        QTest::newRow("1b LZW") << lzw << "1b" << "6.1.10/1" << true;
        QTest::newRow("2b LZW") << lzw << "2b" << "6.1.7.2/1" << true;

        const QByteArray spacing = document({"4  0 obj\n<< /A 1 >>\nendobj\n"}).build();
        QTest::newRow("1a spacing") << spacing << "1a" << "6.1.8/1" << true;
        QTest::newRow("3b spacing") << spacing << "3b" << "6.1.9/1" << true;

        const QByteArray bigReal = document({"4 0 obj\n<< /X 40000.5 >>\nendobj\n"}).build();
        QTest::newRow("1b real limit") << bigReal << "1b" << "6.1.12/2" << true;
        QTest::newRow("2b real limit is wider") << bigReal << "2b" << "6.1.13/2" << false;

        const QByteArray tinyBox = document({}, "/CropBox [0 0 2 2]").build();
        QTest::newRow("2b page boundary") << tinyBox << "2b" << "6.1.13/11" << true;

        const QByteArray badUtf8 = document({"4 0 obj\n<< /Type /StructTreeRoot /K 5 0 R >>\nendobj\n",
                                             "5 0 obj\n<< /Type /StructElem /S /Caf#E9 /P 4 0 R >>\nendobj\n"},
                                            {}, "/StructTreeRoot 4 0 R")
                                       .build();
        QTest::newRow("2u structure type not UTF-8") << badUtf8 << "2u" << "6.1.8/1" << true;
    }
    void rules()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, flavour);
        QFETCH(QString, rule);
        QFETCH(bool, fails);
        const QSet<QString> failed = failedRules(bytes, flavour);
        QVERIFY2(!failed.contains(QStringLiteral("unreadable")), "the test document could not be opened");
        QVERIFY2(failed.contains(rule) == fails, qPrintable(QStringList(failed.begin(), failed.end()).join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestFileStructure)
#include "tst_pdfa_filestructure.moc"
