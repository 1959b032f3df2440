// The XMP reader and the value-type checks behind the PDF/A metadata rules.
#include "pdfa/xmp/XmpDate.h"
#include "pdfa/xmp/XmpExtensions.h"
#include "pdfa/xmp/XmpParser.h"
#include "pdfa/xmp/XmpSchemas.h"
#include "pdfa/xmp/XmpTypes.h"

#include <QStringEncoder>
#include <QtTest>

using namespace granska::pdfa::xmp;

namespace {

// A packet around the given rdf:Description content, with the usual namespaces declared.
QByteArray packet(const QByteArray &descriptions, const QByteArray &header = "begin='' id='W5M0MpCehiHzreSzNTczkc9d'")
{
    return "<?xpacket " + header + "?>\n<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
           "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
           + descriptions + "\n</rdf:RDF></x:xmpmeta>\n<?xpacket end='w'?>";
}

QByteArray description(const QByteArray &content, const QByteArray &attributes = {})
{
    return "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
           "xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:pdfaid='http://www.aiim.org/pdfa/ns/id/' "
           "xmlns:stDim='http://ns.adobe.com/xap/1.0/sType/Dimensions#' xmlns:xmpTPg='http://ns.adobe.com/xap/1.0/t/pg/' "
           "xmlns:xmpidq='http://ns.adobe.com/xmp/Identifier/qual/1.0/' "
           + attributes + ">" + content + "</rdf:Description>";
}

const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kXmp = QStringLiteral("http://ns.adobe.com/xap/1.0/");

} // namespace

class TestPdfaMetadata : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsPropertyForms();
    void readsQualifiedValues();
    void keepsPrefixes();
    void rejectsWhatXmpForbids_data();
    void rejectsWhatXmpForbids();
    void readsEncodings_data();
    void readsEncodings();
    void readsPacketHeader();
    void checksValueTypes_data();
    void checksValueTypes();
    void knowsPredefinedProperties_data();
    void knowsPredefinedProperties();
    void readsExtensionSchemas();
    void parsesDates_data();
    void parsesDates();
};

void TestPdfaMetadata::readsPropertyForms()
{
    const XmpPacket p = parseXmpPacket(packet(description(
        "<dc:creator><rdf:Seq><rdf:li>Anna</rdf:li><rdf:li>Bo</rdf:li></rdf:Seq></dc:creator>"
        "<dc:subject><rdf:Bag><rdf:li>a</rdf:li></rdf:Bag></dc:subject>"
        "<dc:title><rdf:Alt><rdf:li xml:lang='sv'>Titel</rdf:li><rdf:li xml:lang='x-default'>Title</rdf:li></rdf:Alt></dc:title>"
        "<xmpTPg:MaxPageSize rdf:parseType='Resource'><stDim:w>210</stDim:w><stDim:h>297</stDim:h></xmpTPg:MaxPageSize>",
        "xmp:CreatorTool='Writer' pdfaid:part='2'")));
    QVERIFY2(p.valid, qPrintable(p.problem));
    QCOMPARE(p.properties.size(), size_t(6));

    const XmpNode *creator = p.property(kDc, QStringLiteral("creator"));
    QVERIFY(creator && creator->isSeq());
    QCOMPARE(creator->children.size(), size_t(2));
    QVERIFY(creator->children[0].arrayItem);
    QCOMPARE(creator->children[1].value, QStringLiteral("Bo"));

    QVERIFY(p.property(kDc, QStringLiteral("subject"))->isBag());

    const XmpNode *title = p.property(kDc, QStringLiteral("title"));
    QVERIFY(title->isAlt() && title->altText);
    QCOMPARE(title->children.front().language(), QStringLiteral("x-default")); // moved first

    const XmpNode *size = p.property(QStringLiteral("http://ns.adobe.com/xap/1.0/t/pg/"), QStringLiteral("MaxPageSize"));
    QVERIFY(size && size->isStructure());
    QCOMPARE(size->children.size(), size_t(2));

    const XmpNode *tool = p.property(kXmp, QStringLiteral("CreatorTool"));
    QVERIFY(tool && tool->isSimple());
    QCOMPARE(tool->value, QStringLiteral("Writer"));
}

void TestPdfaMetadata::readsQualifiedValues()
{
    const XmpPacket p = parseXmpPacket(packet(description(
        "<xmp:Identifier><rdf:Bag><rdf:li><rdf:Description><rdf:value>ISBN 1</rdf:value>"
        "<xmpidq:Scheme>isbn</xmpidq:Scheme></rdf:Description></rdf:li></rdf:Bag></xmp:Identifier>"
        "<xmp:Nickname rdf:resource='http://example.org/'/>")));
    QVERIFY2(p.valid, qPrintable(p.problem));
    const XmpNode *identifier = p.property(kXmp, QStringLiteral("Identifier"));
    QVERIFY(identifier && identifier->isBag());
    const XmpNode &item = identifier->children.front();
    QVERIFY(item.isSimple());
    QCOMPARE(item.value, QStringLiteral("ISBN 1"));
    QCOMPARE(item.qualifiers.size(), 1);
    const XmpNode *nickname = p.property(kXmp, QStringLiteral("Nickname"));
    QVERIFY(nickname->isSimple() && nickname->uri);
}

void TestPdfaMetadata::keepsPrefixes()
{
    const XmpPacket p = parseXmpPacket(packet(
        "<rdf:Description rdf:about='' xmlns:pdfa='http://www.aiim.org/pdfa/ns/id/' pdfa:part='1'/>"
        "<rdf:Description rdf:about='' xmlns:dcx='http://purl.org/dc/1.1/'><dcx:format>application/pdf</dcx:format></rdf:Description>"));
    QVERIFY2(p.valid, qPrintable(p.problem));
    QCOMPARE(p.property(QStringLiteral("http://www.aiim.org/pdfa/ns/id/"), QStringLiteral("part"))->prefix, QStringLiteral("pdfa"));
    // The old Dublin Core namespace is read as the current one.
    QVERIFY(p.property(kDc, QStringLiteral("format")));
}

void TestPdfaMetadata::rejectsWhatXmpForbids_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not XML") << QByteArray("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF");
    QTest::newRow("duplicate property") << packet(description("<dc:format>a/b</dc:format>") + description("<dc:format>c/d</dc:format>"));
    QTest::newRow("parseType Literal") << packet(description("<dc:source rdf:parseType='Literal'><b>x</b></dc:source>"));
    QTest::newRow("misplaced li") << packet(description("<dc:source><rdf:Description><rdf:li>x</rdf:li></rdf:Description></dc:source>"));
    QTest::newRow("mixed content") << packet(description("<dc:source>text<rdf:Bag/></dc:source>"));
    QTest::newRow("two resources") << packet(description("<dc:source rdf:about='a'/>", "") + "<rdf:Description rdf:about='b'/>"
                                             + "<rdf:Description rdf:about='c'/>");
    QTest::newRow("typed node at top level") << packet("<dc:thing xmlns:dc='http://purl.org/dc/elements/1.1/'/>");
    QTest::newRow("value and resource") << packet(description("<dc:source rdf:value='a' rdf:resource='b'/>"));
}

void TestPdfaMetadata::rejectsWhatXmpForbids()
{
    QFETCH(QByteArray, content);
    const XmpPacket p = parseXmpPacket(content);
    QVERIFY(!p.valid);
    QVERIFY(!p.problem.isEmpty());
}

void TestPdfaMetadata::readsEncodings_data()
{
    QTest::addColumn<QString>("encodingName");
    QTest::addColumn<int>("converter");
    QTest::addColumn<bool>("byteOrderMark");
    QTest::addColumn<QString>("declaration");
    QTest::newRow("UTF-8") << "UTF-8" << int(QStringConverter::Utf8) << false << QString();
    QTest::newRow("UTF-8 BOM") << "UTF-8" << int(QStringConverter::Utf8) << true << QString();
    QTest::newRow("UTF-8 declared") << "UTF-8" << int(QStringConverter::Utf8) << false << "utf-8";
    QTest::newRow("Latin-1 declared") << "ISO-8859-1" << int(QStringConverter::Latin1) << false << "ISO-8859-1";
    QTest::newRow("UTF-16LE") << "UTF-16LE" << int(QStringConverter::Utf16LE) << false << QString();
    QTest::newRow("UTF-16BE BOM") << "UTF-16BE" << int(QStringConverter::Utf16BE) << true << QString();
    QTest::newRow("UTF-16LE declared") << "UTF-16LE" << int(QStringConverter::Utf16LE) << false << "UTF-16";
    QTest::newRow("UTF-32LE") << "UTF-32LE" << int(QStringConverter::Utf32LE) << false << QString();
    QTest::newRow("UTF-32BE BOM") << "UTF-32BE" << int(QStringConverter::Utf32BE) << true << QString();
}

void TestPdfaMetadata::readsEncodings()
{
    QFETCH(QString, encodingName);
    QFETCH(int, converter);
    QFETCH(bool, byteOrderMark);
    QFETCH(QString, declaration);
    QString text = QString::fromUtf8(packet(description("<dc:format>application/pdf</dc:format>", "xmp:CreatorTool='Åsa'")));
    if (!declaration.isEmpty())
        text.prepend(QStringLiteral("<?xml version=\"1.0\" encoding=\"%1\"?>").arg(declaration));
    QStringEncoder encoder(QStringConverter::Encoding(converter),
                           byteOrderMark ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    const QByteArray bytes = encoder.encode(text);
    const XmpPacket p = parseXmpPacket(bytes);
    QVERIFY2(p.valid, qPrintable(p.problem));
    QCOMPARE(p.encoding, encodingName);
    QCOMPARE(p.property(kXmp, QStringLiteral("CreatorTool"))->value, QStringLiteral("Åsa"));
}

void TestPdfaMetadata::readsPacketHeader()
{
    const XmpPacket p = parseXmpPacket(packet(description(""), "begin='' id='W5M0MpCehiHzreSzNTczkc9d' bytes='1234'"));
    QVERIFY(p.valid);
    QVERIFY(p.header && p.header->contains(QLatin1String("bytes='1234'")));
    // Stray Latin-1 bytes and control characters are forgiven, as XMP readers do.
    const XmpPacket latin = parseXmpPacket(packet(description("<dc:source>Malm\xf6\x01</dc:source>")));
    QVERIFY2(latin.valid, qPrintable(latin.problem));
    QCOMPARE(latin.property(kDc, QStringLiteral("source"))->value, QStringLiteral("Malmö "));
}

void TestPdfaMetadata::checksValueTypes_data()
{
    QTest::addColumn<QByteArray>("property");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("matches");
    QTest::newRow("integer") << QByteArray("<xmp:X>-42</xmp:X>") << "Integer" << true;
    QTest::newRow("not integer") << QByteArray("<xmp:X>2.3</xmp:X>") << "Closed Choice of Integer" << false;
    QTest::newRow("real") << QByteArray("<xmp:X>.5</xmp:X>") << "Real" << true;
    QTest::newRow("not real") << QByteArray("<xmp:X>1.2.3</xmp:X>") << "Real" << false;
    QTest::newRow("boolean") << QByteArray("<xmp:X>True</xmp:X>") << "Boolean" << true;
    QTest::newRow("boolean case") << QByteArray("<xmp:X>true</xmp:X>") << "Boolean" << false;
    QTest::newRow("date") << QByteArray("<xmp:X>2016-02-01T13:19:21+01:00</xmp:X>") << "Date" << true;
    QTest::newRow("not date") << QByteArray("<xmp:X>1 February 2016</xmp:X>") << "Date" << false;
    QTest::newRow("mime") << QByteArray("<xmp:X>application/pdf</xmp:X>") << "MIMEType" << true;
    QTest::newRow("url") << QByteArray("<xmp:X>http://verapdf.org</xmp:X>") << "URL" << true;
    QTest::newRow("not url") << QByteArray("<xmp:X>verapdf.org</xmp:X>") << "URL" << false;
    QTest::newRow("text is simple") << QByteArray("<xmp:X><rdf:Bag/></xmp:X>") << "Text" << false;
    QTest::newRow("bag") << QByteArray("<xmp:X><rdf:Bag><rdf:li>1</rdf:li></rdf:Bag></xmp:X>") << "Bag Integer" << true;
    QTest::newRow("seq is not bag") << QByteArray("<xmp:X><rdf:Seq><rdf:li>1</rdf:li></rdf:Seq></xmp:X>") << "bag Integer" << false;
    QTest::newRow("lang alt") << QByteArray("<xmp:X><rdf:Alt><rdf:li xml:lang='x-default'>t</rdf:li></rdf:Alt></xmp:X>") << "Lang Alt" << true;
    QTest::newRow("alt without languages") << QByteArray("<xmp:X><rdf:Alt><rdf:li>t</rdf:li></rdf:Alt></xmp:X>") << "Lang Alt" << false;
    QTest::newRow("structure") << QByteArray("<xmp:X rdf:parseType='Resource'><stDim:w>1</stDim:w><stDim:unit>mm</stDim:unit></xmp:X>")
                               << "Dimensions" << true;
    QTest::newRow("structure field type") << QByteArray("<xmp:X rdf:parseType='Resource'><stDim:w>wide</stDim:w></xmp:X>") << "Dimensions" << false;
    QTest::newRow("structure field namespace") << QByteArray("<xmp:X rdf:parseType='Resource'><xmp:w>1</xmp:w></xmp:X>") << "Dimensions" << false;
}

void TestPdfaMetadata::checksValueTypes()
{
    QFETCH(QByteArray, property);
    QFETCH(QString, type);
    QFETCH(bool, matches);
    const XmpPacket p = parseXmpPacket(packet(description(property)));
    QVERIFY2(p.valid, qPrintable(p.problem));
    QCOMPARE(ValueTypes::predefined(XmpEdition::Xmp2005).matches(p.properties.front(), type), matches);
}

void TestPdfaMetadata::knowsPredefinedProperties_data()
{
    QTest::addColumn<QString>("namespaceUri");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("in2004");
    QTest::addColumn<bool>("in2005");
    QTest::newRow("dc:title") << kDc << "title" << true << true;
    QTest::newRow("xmp:Rating") << kXmp << "Rating" << false << true;
    QTest::newRow("xmp:Title") << kXmp << "Title" << false << false;
    QTest::newRow("pdf:Trapped") << "http://ns.adobe.com/pdf/1.3/" << "Trapped" << false << false;
    QTest::newRow("pdfaid:corr") << "http://www.aiim.org/pdfa/ns/id/" << "corr" << false << true;
    QTest::newRow("aux:Lens") << "http://ns.adobe.com/exif/1.0/aux/" << "Lens" << false << true;
    QTest::newRow("exif:MakerNote") << "http://ns.adobe.com/exif/1.0/" << "MakerNote" << true << false;
}

void TestPdfaMetadata::knowsPredefinedProperties()
{
    QFETCH(QString, namespaceUri);
    QFETCH(QString, name);
    QFETCH(bool, in2004);
    QFETCH(bool, in2005);
    XmpNode property;
    property.namespaceUri = namespaceUri;
    property.name = name;
    QCOMPARE(PredefinedSchemas::of(XmpEdition::Xmp2004).defines(property), in2004);
    QCOMPARE(PredefinedSchemas::of(XmpEdition::Xmp2005).defines(property), in2005);
}

void TestPdfaMetadata::readsExtensionSchemas()
{
    const QByteArray container =
        "<rdf:Description rdf:about='' xmlns:pdfaExtension='http://www.aiim.org/pdfa/ns/extension/' "
        "xmlns:pdfaSchema='http://www.aiim.org/pdfa/ns/schema#' xmlns:pdfaProperty='http://www.aiim.org/pdfa/ns/property#' "
        "xmlns:pdfaType='http://www.aiim.org/pdfa/ns/type#' xmlns:pdfaField='http://www.aiim.org/pdfa/ns/field#'>"
        "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType='Resource'>"
        "<pdfaSchema:schema>Machines</pdfaSchema:schema><pdfaSchema:namespaceURI>http://example.org/m/</pdfaSchema:namespaceURI>"
        "<pdfaSchema:prefix>m</pdfaSchema:prefix>"
        "<pdfaSchema:property><rdf:Seq>"
        "<rdf:li rdf:parseType='Resource'><pdfaProperty:name>Serial</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
        "<pdfaProperty:category>internal</pdfaProperty:category><pdfaProperty:description>d</pdfaProperty:description></rdf:li>"
        "<rdf:li rdf:parseType='Resource'><pdfaProperty:name>Part</pdfaProperty:name><pdfaProperty:valueType>PartNumber</pdfaProperty:valueType>"
        "<pdfaProperty:category>internal</pdfaProperty:category><pdfaProperty:description>d</pdfaProperty:description></rdf:li>"
        "<rdf:li rdf:parseType='Resource'><pdfaProperty:name>Odd</pdfaProperty:name><pdfaProperty:valueType>Unknown</pdfaProperty:valueType>"
        "<pdfaProperty:category>internal</pdfaProperty:category><pdfaProperty:description>d</pdfaProperty:description></rdf:li>"
        "</rdf:Seq></pdfaSchema:property>"
        "<pdfaSchema:valueType><rdf:Seq><rdf:li rdf:parseType='Resource'><pdfaType:type>PartNumber</pdfaType:type>"
        "<pdfaType:namespaceURI>http://example.org/p/</pdfaType:namespaceURI><pdfaType:prefix>p</pdfaType:prefix>"
        "<pdfaType:description>d</pdfaType:description><pdfaType:field><rdf:Seq><rdf:li rdf:parseType='Resource'>"
        "<pdfaField:name>Number</pdfaField:name><pdfaField:valueType>Text</pdfaField:valueType><pdfaField:description>d</pdfaField:description>"
        "</rdf:li></rdf:Seq></pdfaType:field></rdf:li></rdf:Seq></pdfaSchema:valueType>"
        "</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>"
        "<rdf:Description rdf:about='' xmlns:m='http://example.org/m/' xmlns:p='http://example.org/p/'>"
        "<m:Serial>12</m:Serial><m:Part rdf:parseType='Resource'><p:Number>A1</p:Number></m:Part><m:Odd>x</m:Odd></rdf:Description>";
    const XmpPacket p = parseXmpPacket(packet(container));
    QVERIFY2(p.valid, qPrintable(p.problem));
    QVERIFY(p.extensionSchemas && p.extensionSchemas->isBag());
    QCOMPARE(p.properties.size(), size_t(3)); // the container is not a property

    const ExtensionSchemas schemas(p, XmpEdition::Xmp2005);
    const XmpNode *serial = p.property(QStringLiteral("http://example.org/m/"), QStringLiteral("Serial"));
    const XmpNode *part = p.property(QStringLiteral("http://example.org/m/"), QStringLiteral("Part"));
    const XmpNode *odd = p.property(QStringLiteral("http://example.org/m/"), QStringLiteral("Odd"));
    QVERIFY(schemas.defines(*serial) && schemas.hasDefinedType(*serial));
    QVERIFY(schemas.defines(*part) && schemas.hasDefinedType(*part));
    QVERIFY(!schemas.defines(*odd)); // its value type is not known, so the description does not take effect
    QVERIFY(schemas.typesOf(QStringLiteral("http://example.org/m/")).isKnown(QStringLiteral("seq PartNumber")));
    QVERIFY(!schemas.typesOf(QStringLiteral("http://example.org/other/")).isKnown(QStringLiteral("Dimensions")));
}

void TestPdfaMetadata::parsesDates_data()
{
    QTest::addColumn<QString>("xmp");
    QTest::addColumn<QString>("pdf");
    QTest::addColumn<bool>("same");
    QTest::newRow("with zone") << "2016-02-01T13:19:21+01:00" << "D:20160201131921+01'00'" << true;
    QTest::newRow("zone converted") << "2016-02-01T12:19:21Z" << "D:20160201131921+01'00" << true;
    QTest::newRow("fraction ignored by PDF") << "2016-02-01T13:19:21.000+01:00" << "D:20160201131921+01'00'" << true;
    QTest::newRow("different") << "2016-02-01T13:19:22+01:00" << "D:20160201131921+01'00'" << false;
    QTest::newRow("no zone is UTC") << "2016-02-01T13:19" << "D:201602011319" << true;
}

void TestPdfaMetadata::parsesDates()
{
    QFETCH(QString, xmp);
    QFETCH(QString, pdf);
    QFETCH(bool, same);
    const std::optional<QDateTime> a = parseXmpDate(xmp);
    const std::optional<QDateTime> b = parsePdfDate(pdf);
    QVERIFY(a && b);
    QCOMPARE(*a == *b, same);
    QVERIFY(!parsePdfDate(QStringLiteral("20160201")));         // "D:" is required
    QVERIFY(!parsePdfDate(QStringLiteral("D:2016020113192x"))); // incomplete field
    QVERIFY(isXmpDate(QStringLiteral("2016")));
    QVERIFY(!isXmpDate(QStringLiteral("2016-02-01 13:19")));
}

QTEST_GUILESS_MAIN(TestPdfaMetadata)
#include "tst_pdfa_metadata.moc"
