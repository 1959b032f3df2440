// DictionaryEntries against QPDF's own getKey() and hasKey() on the same dictionary: the same
// value (a reference stays a reference, to the same object), the same answer to "has", and a null
// for a key the dictionary lacks.
#include "pdf/DictionaryEntries.h"
#include "pdf/PdfDocument.h"

#include <QTest>
#include <qpdf/QPDF.hh>

#include <memory>
#include <string>

using namespace granska;

namespace {

// Object 1 has one entry of each kind; 2 is a stream with the same entries; 9 is missing.
const std::string kDocument = R"(%PDF-1.7
1 0 obj
<< /Int 7 /Name /Sig /Ref 3 0 R /Missing 9 0 R /Null null /ToNull 4 0 R /Array [1 3 0 R] >>
endobj
2 0 obj
<< /Length 3 /Int 7 /Name /Sig /Ref 3 0 R /Missing 9 0 R /Null null /ToNull 4 0 R /Array [1 3 0 R] >>
stream
abc
endstream
endobj
3 0 obj
<< /Type /Catalog /Pages 5 0 R >>
endobj
4 0 obj
null
endobj
5 0 obj
<< /Type /Pages /Kids [] /Count 0 >>
endobj
trailer
<< /Root 3 0 R /Size 10 >>
%%EOF
)";

std::unique_ptr<PdfDocument> open()
{
    PdfDocument::OpenResult opened = PdfDocument::openView(QByteArrayView(kDocument.data(), qsizetype(kDocument.size())), QStringLiteral("entries"));
    return std::move(opened.document);
}

} // namespace

class DictionaryEntriesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameAsQpdf_data()
    {
        QTest::addColumn<int>("object");
        QTest::addColumn<QByteArray>("key");
        for (int object : {1, 2}) {
            for (const char *key : {"/Int", "/Name", "/Ref", "/Missing", "/Null", "/ToNull", "/Array", "/Absent", "/Length"}) {
                const QByteArray row = QByteArray::number(object) + ' ' + key;
                QTest::newRow(row.constData()) << object << QByteArray(key);
            }
        }
    }

    void sameAsQpdf()
    {
        QFETCH(int, object);
        QFETCH(QByteArray, key);
        std::unique_ptr<PdfDocument> document = open();
        QVERIFY(document);
        QPDF *qpdf = &document->qpdf();
        QPDFObjectHandle holder = qpdf->getObjectByID(object, 0);
        QPDFObjectHandle dictionary = holder.isStream() ? holder.getDict() : holder;
        const DictionaryEntries entries(holder);
        const std::string name = key.toStdString();

        QPDFObjectHandle expected = dictionary.getKey(name);
        QPDFObjectHandle actual = entries.get(name);
        QCOMPARE(actual.isIndirect(), expected.isIndirect());
        if (expected.isIndirect())
            QCOMPARE(actual.getObjGen(), expected.getObjGen());
        QCOMPARE(actual.getTypeCode(), expected.getTypeCode());
        QCOMPARE(actual.unparse(), expected.unparse());
        QCOMPARE(entries.has(name), dictionary.hasKey(name));
    }

    void allIsEveryEntry()
    {
        std::unique_ptr<PdfDocument> document = open();
        QVERIFY(document);
        QPDF *qpdf = &document->qpdf();
        QPDFObjectHandle dictionary = qpdf->getObjectByID(1, 0);
        const DictionaryEntries entries(dictionary);
        QCOMPARE(entries.all().size(), dictionary.getDictAsMap().size());
        QVERIFY(entries.all().count("/Null") == 1); // a null entry is listed, as getDictAsMap() lists it
    }

    void nonDictionaryHasNoEntries()
    {
        const DictionaryEntries ofInteger(QPDFObjectHandle::newInteger(3));
        QVERIFY(ofInteger.all().empty());
        QVERIFY(ofInteger.get("/Int").isNull());
        QVERIFY(!ofInteger.has("/Int"));
        const DictionaryEntries ofNothing{QPDFObjectHandle()};
        QVERIFY(ofNothing.all().empty());
    }
};

QTEST_GUILESS_MAIN(DictionaryEntriesTest)
#include "tst_dictionary_entries.moc"
