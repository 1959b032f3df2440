// The engine's byte-level helpers on crafted input: PDF dates, XMP packets, revision scanning.
#include "EngineTest.h"

#include "pdf/PdfDate.h"
#include "pdf/RevisionScanner.h"
#include "pdf/XmpMetadata.h"

#include <QTest>

using namespace granska;
using namespace granska::fixtures;
using namespace enginetest;

void EngineTest::parsePdfDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: not a date

    QTest::newRow("full, +01'00'") << "D:20240315103000+01'00'" << utc(2024, 3, 15, 9, 30);
    QTest::newRow("full, Z") << "D:20240315103000Z" << utc(2024, 3, 15, 10, 30);
    QTest::newRow("Z with zero offset") << "D:20240315103000Z00'00'" << utc(2024, 3, 15, 10, 30);
    QTest::newRow("negative offset") << "D:20240315103000-05'30'" << utc(2024, 3, 15, 16, 0);
    QTest::newRow("offset crosses midnight") << "D:20240101050000+14'00'" << utc(2023, 12, 31, 15, 0);
    QTest::newRow("PDF 2.0 form, no closing apostrophe") << "D:20240315103000+01'00" << utc(2024, 3, 15, 9, 30);
    QTest::newRow("offset without apostrophes") << "D:20240315103000+0100" << utc(2024, 3, 15, 9, 30);
    QTest::newRow("offset hours only") << "D:20240315103000+01" << utc(2024, 3, 15, 9, 30);
    QTest::newRow("no D: prefix") << "20240315103000Z" << utc(2024, 3, 15, 10, 30);
    QTest::newRow("no offset means UTC") << "D:20240315103000" << utc(2024, 3, 15, 10, 30);
    QTest::newRow("year only") << "D:2024" << utc(2024, 1, 1);
    QTest::newRow("year and month") << "D:202403" << utc(2024, 3, 1);
    QTest::newRow("date only") << "D:20240315" << utc(2024, 3, 15);
    QTest::newRow("date and hour") << "D:2024031510" << utc(2024, 3, 15, 10, 0);
    QTest::newRow("no seconds") << "D:202403151030" << utc(2024, 3, 15, 10, 30);
    QTest::newRow("surrounding spaces") << "  D:20240315103000Z  " << utc(2024, 3, 15, 10, 30);
    QTest::newRow("leap day") << "D:20240229120000Z" << utc(2024, 2, 29, 12, 0);
    QTest::newRow("empty") << "" << QDateTime();
    QTest::newRow("D: only") << "D:" << QDateTime();
    QTest::newRow("words") << "yesterday afternoon" << QDateTime();
    QTest::newRow("three-digit year") << "D:999" << QDateTime();
    QTest::newRow("month 13") << "D:20241301" << QDateTime();
    QTest::newRow("30 February") << "D:20240230" << QDateTime();
    QTest::newRow("hour 25") << "D:20240315250000Z" << QDateTime();
    QTest::newRow("not a leap year") << "D:20230229" << QDateTime();
}

void EngineTest::parsePdfDate()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = granska::parsePdfDate(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void EngineTest::readXmpSummary_data()
{
    QTest::addColumn<QByteArray>("packet");
    QTest::addColumn<bool>("wellFormed");
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("conformance");
    QTest::addColumn<QString>("amendment");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("producer");
    QTest::addColumn<QString>("creatorTool");

    const QByteArray open = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">";
    const QByteArray close = "</rdf:RDF></x:xmpmeta>";
    const QByteArray ns = " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                          " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"";

    QTest::newRow("attributes") << open + "<rdf:Description rdf:about=\"\"" + ns
                                           + " pdfaid:part=\"2\" pdfaid:conformance=\"B\" pdf:Producer=\"Prod\" xmp:CreatorTool=\"Tool\"/>" + close
                                << true << 2 << "B" << "" << "" << "" << "Prod" << "Tool";
    QTest::newRow("elements") << open + "<rdf:Description rdf:about=\"\"" + ns
                                         + "><pdfaid:part>1</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>"
                                           "<pdf:Producer>Prod</pdf:Producer><xmp:CreatorTool>Tool</xmp:CreatorTool></rdf:Description>" + close
                              << true << 1 << "A" << "" << "" << "" << "Prod" << "Tool";
    QTest::newRow("in separate descriptions") << open + "<rdf:Description rdf:about=\"\"" + ns
                                                         + "><dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Titel</rdf:li></rdf:Alt></dc:title>"
                                                           "</rdf:Description><rdf:Description rdf:about=\"\"" + ns
                                                         + " pdfaid:part=\"3\" pdfaid:conformance=\"U\"/>" + close
                                              << true << 3 << "U" << "" << "" << "Titel" << "" << "";
    QTest::newRow("PDF/A-4 with rev") << open + "<rdf:Description rdf:about=\"\"" + ns + " pdfaid:part=\"4\" pdfaid:rev=\"2020\"/>" + close
                                      << true << 4 << "" << "" << "2020" << "" << "" << "";
    QTest::newRow("amendment") << open + "<rdf:Description rdf:about=\"\"" + ns
                                          + " pdfaid:part=\"1\" pdfaid:conformance=\"B\" pdfaid:amd=\"2005\"/>" + close
                               << true << 1 << "B" << "2005" << "" << "" << "" << "";
    QTest::newRow("whitespace and lower case") << open + "<rdf:Description rdf:about=\"\"" + ns
                                                          + "><pdfaid:part> 2 </pdfaid:part><pdfaid:conformance> u </pdfaid:conformance></rdf:Description>" + close
                                               << true << 2 << "U" << "" << "" << "" << "" << "";
    QTest::newRow("first title of several") << open + "<rdf:Description rdf:about=\"\"" + ns
                                                       + "><dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Först</rdf:li>"
                                                         "<rdf:li xml:lang=\"en\">First</rdf:li></rdf:Alt></dc:title></rdf:Description>" + close
                                            << true << 0 << "" << "" << "" << QStringLiteral("Först") << "" << "";
    QTest::newRow("wrong namespace is no claim") << open + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://example.com/not-pdfa/\""
                                                            " pdfaid:part=\"2\" pdfaid:conformance=\"B\"/>" + close
                                                 << true << 0 << "" << "" << "" << "" << "" << "";
    QTest::newRow("with xpacket wrapper") << "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>" + open
                                                 + "<rdf:Description rdf:about=\"\"" + ns + " pdfaid:part=\"2\" pdfaid:conformance=\"A\"/>" + close
                                                 + "<?xpacket end=\"w\"?>"
                                          << true << 2 << "A" << "" << "" << "" << "" << "";
    QTest::newRow("not well-formed") << open + "<rdf:Description rdf:about=\"\"" + ns + " pdfaid:part=\"2\">" + close
                                     << false << 2 << "" << "" << "" << "" << "" << "";
    QTest::newRow("empty") << QByteArray() << false << 0 << "" << "" << "" << "" << "" << "";
}

void EngineTest::readXmpSummary()
{
    QFETCH(QByteArray, packet);
    QFETCH(bool, wellFormed);
    QFETCH(int, part);
    QFETCH(QString, conformance);
    QFETCH(QString, amendment);
    QFETCH(QString, revision);
    QFETCH(QString, title);
    QFETCH(QString, producer);
    QFETCH(QString, creatorTool);

    const XmpSummary xmp = granska::readXmpSummary(packet);
    QCOMPARE(xmp.wellFormed, wellFormed);
    QCOMPARE(xmp.parseError.isEmpty(), wellFormed);
    QCOMPARE(xmp.pdfa.part, part);
    QCOMPARE(xmp.pdfa.conformance, conformance);
    QCOMPARE(xmp.pdfa.amendment, amendment);
    QCOMPARE(xmp.pdfa.revision, revision);
    QCOMPARE(xmp.title, title);
    QCOMPARE(xmp.producer, producer);
    QCOMPARE(xmp.creatorTool, creatorTool);
}

namespace {

// Crafted files for the revision scanner: each section is a small object, an xref table and a
// trailer (with a fixed-width /Prev when given, so it can be patched), startxref and %%EOF
// followed by `eol`.
struct CraftedFile {
    QByteArray bytes = "%PDF-1.4\n";
    QList<qint64> xrefs;
    QList<qint64> ends;
    QList<qint64> prevAt; // where each section's /Prev digits are; -1 when it has none

    void addTableSection(std::optional<qint64> prev, QByteArrayView eol = "\n", std::optional<qint64> startxref = {})
    {
        bytes += QByteArray::number(xrefs.size() + 1) + " 0 obj\n<< >>\nendobj\n";
        const qint64 xref = bytes.size();
        bytes += "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1";
        prevAt << -1;
        if (prev) {
            bytes += " /Prev ";
            prevAt.last() = bytes.size();
            bytes += QByteArray::number(*prev).rightJustified(10, '0');
        }
        bytes += " >>\nstartxref\n" + QByteArray::number(startxref.value_or(xref)) + "\n%%EOF" + eol.toByteArray();
        xrefs << xref;
        ends << bytes.size();
    }
    void addStreamSection(std::optional<qint64> prev)
    {
        const qint64 xref = bytes.size();
        bytes += QByteArray::number(xrefs.size() + 10) + " 0 obj\n<< /Type /XRef /Size 1 /W [1 2 1] /Length 0";
        if (prev)
            bytes += " /Prev " + QByteArray::number(*prev);
        bytes += " >>\nstream\n\nendstream\nendobj\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        xrefs << xref;
        ends << bytes.size();
        prevAt << -1;
    }
    void patchPrev(int section, qint64 value)
    {
        bytes.replace(prevAt.at(section), 10, QByteArray::number(value).rightJustified(10, '0'));
    }
};

QString joined(const QList<qint64> &numbers)
{
    QStringList parts;
    for (qint64 n : numbers)
        parts << QString::number(n);
    return parts.join(QLatin1Char(','));
}

} // namespace

void EngineTest::scanRevisions_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("ends");
    QTest::addColumn<QString>("xrefs"); // 0: unknown
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<bool>("problems");

    {
        CraftedFile f;
        f.addTableSection({});
        QTest::newRow("one revision") << f.bytes << joined(f.ends) << joined(f.xrefs) << QStringList{"table"} << false;
    }
    {
        CraftedFile f;
        f.addTableSection({});
        f.addTableSection(f.xrefs.last());
        f.addTableSection(f.xrefs.last());
        QTest::newRow("three revisions") << f.bytes << joined(f.ends) << joined(f.xrefs) << QStringList{"table", "table", "table"} << false;
    }
    {
        CraftedFile f;
        f.addTableSection({}, "\r\n");
        f.addTableSection(f.xrefs.last(), "\r\n");
        QTest::newRow("CRLF after %%EOF") << f.bytes << joined(f.ends) << joined(f.xrefs) << QStringList{"table", "table"} << false;
    }
    {
        CraftedFile f;
        f.addTableSection({}, "\r");
        f.addTableSection(f.xrefs.last(), "");
        QTest::newRow("CR, then nothing after %%EOF") << f.bytes << joined(f.ends) << joined(f.xrefs) << QStringList{"table", "table"} << false;
    }
    {
        CraftedFile f;
        f.addStreamSection({});
        f.addStreamSection(f.xrefs.last());
        QTest::newRow("cross-reference streams") << f.bytes << joined(f.ends) << joined(f.xrefs) << QStringList{"stream", "stream"} << false;
    }
    {
        CraftedFile f;
        f.addTableSection({});
        f.addStreamSection(f.xrefs.last());
        QTest::newRow("table, then stream") << f.bytes << joined(f.ends) << joined(f.xrefs) << QStringList{"table", "stream"} << false;
    }
    {
        CraftedFile f;
        f.addTableSection({});
        f.bytes += "garbage appended after the end\n";
        QTest::newRow("trailing garbage") << f.bytes << joined(f.ends) << joined(f.xrefs) << QStringList{"table"} << false;
    }
    {
        CraftedFile f;
        f.addTableSection({});
        f.addTableSection(0);
        f.patchPrev(1, f.xrefs.at(1)); // the newest section names itself
        QTest::newRow("/Prev names its own section") << f.bytes << joined(f.ends) << joined({0, f.xrefs.at(1)})
                                                     << QStringList{"unknown", "table"} << true;
    }
    {
        CraftedFile f;
        f.addTableSection(0);
        f.addTableSection(f.xrefs.at(0));
        f.patchPrev(0, f.xrefs.at(1)); // the oldest names the newest
        QTest::newRow("/Prev loop") << f.bytes << joined(f.ends) << joined(f.xrefs) << QStringList{"table", "table"} << true;
    }
    {
        CraftedFile f;
        f.addTableSection({});
        f.addTableSection(f.xrefs.last(), "\n", 3); // startxref points into the header
        QTest::newRow("startxref points at nothing") << f.bytes << joined(f.ends) << "0,0" << QStringList{"unknown", "unknown"} << true;
    }
    {
        CraftedFile f;
        f.addTableSection({});
        const qint64 firstXref = f.xrefs.last();
        f.addTableSection({}, "\n", firstXref); // a later update whose startxref names the first section
        QTest::newRow("update not reachable") << f.bytes << joined(f.ends) << QString::number(firstXref) + ",0"
                                              << QStringList{"table", "unknown"} << true;
    }
    QTest::newRow("no startxref") << QByteArray("%PDF-1.4\n1 0 obj\n<< >>\nendobj\n%%EOF\n") << "" << "" << QStringList{} << true;
    QTest::newRow("empty") << QByteArray() << "" << "" << QStringList{} << true;
}

void EngineTest::scanRevisions()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, ends);
    QFETCH(QString, xrefs);
    QFETCH(QStringList, kinds);
    QFETCH(bool, problems);

    const RevisionScan scan = granska::scanRevisions(file);
    QList<qint64> gotEnds, gotXrefs;
    QStringList gotKinds;
    qint64 start = 0;
    for (const Revision &r : scan.revisions) {
        QCOMPARE(r.index, gotEnds.size() + 1);
        QCOMPARE(r.start, start);
        start = r.end;
        gotEnds << r.end;
        gotXrefs << r.xrefOffset;
        gotKinds << r.xrefKind;
    }
    QCOMPARE(joined(gotEnds), ends);
    QCOMPARE(joined(gotXrefs), xrefs);
    QCOMPARE(gotKinds, kinds);
    QVERIFY2(scan.problems.isEmpty() != problems, qPrintable(scan.problems.join(QLatin1String(" | "))));
}

void EngineTest::revisionEndingAt_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("expected");

    // Two revisions: the first ends "%%EOF\r\n", the second "%%EOF" with nothing after it.
    CraftedFile f;
    f.addTableSection({}, "\r\n");
    f.addTableSection(f.xrefs.last(), "");
    const qint64 firstEof = f.ends.at(0) - 2; // just past "%%EOF"
    QTest::newRow("just after the first %%EOF") << firstEof << 1;
    QTest::newRow("after its CR") << firstEof + 1 << 1;
    QTest::newRow("after its CRLF") << firstEof + 2 << 1;
    QTest::newRow("inside the first %%EOF") << firstEof - 1 << 0;
    QTest::newRow("in the second revision") << firstEof + 10 << 0;
    QTest::newRow("end of file") << f.ends.at(1) << 2;
    QTest::newRow("start of file") << qint64(0) << 0;
    QTest::newRow("past the end") << f.ends.at(1) + 5 << 0;
}

void EngineTest::revisionEndingAt()
{
    QFETCH(qint64, offset);
    QFETCH(int, expected);
    CraftedFile f;
    f.addTableSection({}, "\r\n");
    f.addTableSection(f.xrefs.last(), "");
    const RevisionScan scan = granska::scanRevisions(f.bytes);
    QCOMPARE(scan.revisions.size(), 2);
    QCOMPARE(granska::revisionEndingAt(scan.revisions, f.bytes, offset), expected);
}
