// The graphics rule group: ICC profile and JPEG 2000 header reading, and the paint semantics of
// the colour rules (device colour counts where it is painted, not where it is set) on small
// documents written here.
#include "pdf/PdfDocument.h"
#include "pdf/RevisionScanner.h"
#include "pdfa/Validator.h"
#include "pdfa/colour/IccProfile.h"
#include "pdfa/colour/Jpeg2000.h"

#include <QElapsedTimer>
#include <QTest>
#include <QtEndian>
#include <lcms2.h>

using namespace granska;
using namespace granska::pdfa::colour;

namespace {

// A one-page document; `resources` and `extra` are PDF source inserted as they are.
QByteArray onePagePdf(const QByteArray &content, const QByteArray &resources, const QByteArray &catalogExtra = {},
                      const QByteArray &pageExtra = {}, const QList<QByteArray> &extraObjects = {})
{
    QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R " + catalogExtra + " >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << " + resources + " >> " + pageExtra + " >>",
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

// The clause/test ids ("6.2.4.3/2") of the failed rules of the graphics clauses.
QStringList failedGraphicsRules(const QByteArray &pdf, const QString &flavour)
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
        const bool graphics = (violation.clause.startsWith(QLatin1String("6.2.")) && !violation.clause.startsWith(QLatin1String("6.2.11")))
                              || violation.clause == QLatin1String("6.4");
        if (graphics)
            ids << violation.clause + QLatin1Char('/') + QString::number(violation.test);
    }
    return ids;
}

QByteArray srgbProfile()
{
    cmsHPROFILE profile = cmsCreate_sRGBProfile();
    cmsSetProfileVersion(profile, 2.1);
    cmsUInt32Number size = 0;
    cmsSaveProfileToMem(profile, nullptr, &size);
    QByteArray data(int(size), '\0');
    cmsSaveProfileToMem(profile, data.data(), &size);
    cmsCloseProfile(profile);
    return data;
}

QByteArray box(const QByteArray &type, const QByteArray &content)
{
    QByteArray length(4, '\0');
    qToBigEndian<quint32>(quint32(8 + content.size()), length.data());
    return length + type + content;
}

QByteArray be(quint32 value, int bytes)
{
    QByteArray out;
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xFF));
    return out;
}

QByteArray jp2(int components, int bitDepth, const QList<QByteArray> &colrBoxes, const QByteArray &more = {})
{
    QByteArray ihdr = be(16, 4) + be(16, 4) + be(quint32(components), 2) + char(bitDepth == 0 ? 0xFF : bitDepth - 1) + char(7) + char(0) + char(0);
    QByteArray header = box("ihdr", ihdr) + more;
    for (const QByteArray &colr : colrBoxes)
        header += box("colr", colr);
    return box("jP  ", QByteArray("\x0D\x0A\x87\x0A", 4)) + box("ftyp", "jp2 " + be(0, 4) + "jp2 ") + box("jp2h", header)
           + box("jp2c", QByteArray("\xFF\x4F\xFF\x51", 4));
}

QByteArray enumerated(int approx, quint32 space)
{
    return QByteArray(1, char(1)) + char(0) + char(approx) + be(space, 4);
}

} // namespace

class TestPdfaGraphics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void iccProfileHeader()
    {
        const IccProfileFacts facts = readIccProfile(srgbProfile());
        QVERIFY(facts.readable);
        QCOMPARE(facts.deviceClass, QByteArray("mntr"));
        QCOMPARE(facts.colourSpace, QByteArray("RGB "));
        QCOMPARE(facts.major, 2);
        QCOMPARE(facts.components(), 3);
    }

    void iccProfileDamaged_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a profile") << QByteArray(200, 'x');
        QTest::newRow("truncated") << srgbProfile().left(140);
    }
    void iccProfileDamaged()
    {
        QFETCH(QByteArray, data);
        const IccProfileFacts facts = readIccProfile(data);
        QVERIFY(!facts.readable);
        QVERIFY(!facts.problem.isEmpty());
    }

    void jpeg2000Header_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("specifications");
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("depth");
        QTest::newRow("sRGB") << jp2(3, 8, {enumerated(0, 16)}) << 3 << 1 << 1 << 8;
        QTest::newRow("five channels") << jp2(5, 8, {enumerated(0, 12)}) << 5 << 1 << 1 << 8;
        QTest::newRow("two specifications, second marked") << jp2(3, 8, {enumerated(0, 16), enumerated(1, 16)}) << 3 << 2 << 1 << 8;
        QTest::newRow("vendor method") << jp2(1, 12, {QByteArray(1, char(4)) + char(0) + char(0)}) << 1 << 1 << 4 << 12;
        QTest::newRow("alpha channel") << jp2(4, 8, {enumerated(0, 16)}, box("cdef", be(1, 2) + be(3, 2) + be(1, 2) + be(0, 2))) << 3 << 1 << 1
                                       << 8;
        QTest::newRow("codestream only") << QByteArray("\xFF\x4F\xFF\x51", 4) + be(41, 2) + be(0, 2) + QByteArray(32, '\0') + be(1, 2)
                                                + QByteArray("\x07\x01\x01", 3)
                                         << 1 << 0 << 0 << 8;
    }
    void jpeg2000Header()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, channels);
        QFETCH(int, specifications);
        QFETCH(int, method);
        QFETCH(int, depth);
        const Jpeg2000Facts facts = readJpeg2000(data);
        QVERIFY(facts.readable);
        QCOMPARE(facts.colourChannels(), channels);
        QCOMPARE(int(facts.colourSpecifications.size()), specifications);
        if (method)
            QCOMPARE(facts.effectiveSpecification()->method, method);
        QVERIFY(!facts.bitDepths.isEmpty());
        QCOMPARE(facts.bitDepths.first(), depth);
    }

    void jpeg2000Hostile()
    {
        // Box lengths that lie must not read out of bounds.
        QByteArray data = box("jP  ", QByteArray("\x0D\x0A\x87\x0A", 4)) + be(0xFFFFFFF0u, 4) + "jp2h" + be(1, 4) + "ihdr";
        const Jpeg2000Facts facts = readJpeg2000(data);
        QVERIFY(!facts.readable);
        QVERIFY(!readJpeg2000(QByteArray(3, '\0')).readable);
    }

    // Device colour counts where it is selected and where it is painted: the paint walker's semantics.
    void deviceColourInUse_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("resources");
        QTest::addColumn<QString>("expected"); // the rule that must fail, or empty for none of 6.2.4.3
        const QByteArray font = "/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>";
        QTest::newRow("RGB fill") << QByteArray("1 0 0 rg 0 0 10 10 re f") << QByteArray() << QStringLiteral("6.2.4.3/2");
        // ISO TC 171 resolved that colours count even when nothing is painted with them.
        QTest::newRow("RGB set, nothing painted") << QByteArray("1 0 0 rg 0 0 10 10 re n") << QByteArray() << QStringLiteral("6.2.4.3/2");
        QTest::newRow("RGB for invisible text") << QByteArray("BT 3 Tr 1 0 0 rg /F1 12 Tf (x) Tj ET") << font << QStringLiteral("6.2.4.3/2");
        // The initial DeviceGray counts only where it is painted with.
        QTest::newRow("filled text, initial stroke colour unused")
            << QByteArray("BT /CS0 cs 0 scn /F1 12 Tf (x) Tj ET")
            << font + " /ColorSpace << /CS0 [/CalGray << /WhitePoint [0.95 1 1.09] >>] >>" << QString();
        QTest::newRow("stroked text, initial stroke colour")
            << QByteArray("BT 1 Tr /CS0 cs 0 scn /F1 12 Tf (x) Tj ET")
            << font + " /ColorSpace << /CS0 [/CalGray << /WhitePoint [0.95 1 1.09] >>] >>" << QStringLiteral("6.2.4.3/4");
        QTest::newRow("RGB for visible text") << QByteArray("BT 1 0 0 rg /F1 12 Tf (x) Tj ET") << font << QStringLiteral("6.2.4.3/2");
        QTest::newRow("CMYK stroke") << QByteArray("0 0 0 1 K 0 0 m 10 10 l S") << QByteArray() << QStringLiteral("6.2.4.3/3");
        QTest::newRow("initial gray fill") << QByteArray("0 0 10 10 re f") << QByteArray() << QStringLiteral("6.2.4.3/4");
        QTest::newRow("RGB replaced by DefaultRGB")
            << QByteArray("1 0 0 rg 0 0 10 10 re f") << QByteArray("/ColorSpace << /DefaultRGB [/CalRGB << /WhitePoint [0.95 1 1.09] >>] >>")
            << QString();
        QTest::newRow("RGB in a form XObject")
            << QByteArray("/X1 Do") << QByteArray("/XObject << /X1 5 0 R >>") << QStringLiteral("6.2.4.3/2");
        QTest::newRow("form inherits the RGB fill")
            << QByteArray("0 1 0 rg /X2 Do") << QByteArray("/XObject << /X2 6 0 R >>") << QStringLiteral("6.2.4.3/2");
    }
    void deviceColourInUse()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, resources);
        QFETCH(QString, expected);
        const QByteArray formRgb = "1 0 0 rg 0 0 5 5 re f";
        const QByteArray formPlain = "0 0 5 5 re f";
        const QList<QByteArray> forms = {
            "<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << >> /Length " + QByteArray::number(formRgb.size())
                + " >>\nstream\n" + formRgb + "\nendstream",
            "<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << >> /Length " + QByteArray::number(formPlain.size())
                + " >>\nstream\n" + formPlain + "\nendstream",
        };
        const QStringList failed = failedGraphicsRules(onePagePdf(content, resources, {}, {}, forms), QStringLiteral("2b"));
        QStringList deviceRules;
        for (const QString &id : failed)
            if (id.startsWith(QLatin1String("6.2.4.3/")))
                deviceRules << id;
        if (expected.isEmpty())
            QVERIFY2(deviceRules.isEmpty(), qPrintable(failed.join(QLatin1Char(' '))));
        else
            QVERIFY2(deviceRules.contains(expected), qPrintable(failed.join(QLatin1Char(' '))));
        // The document-level rule names the missing PDF/A output intent exactly when device colour is used.
        QCOMPARE(failed.contains(QStringLiteral("6.2.3/4")), !deviceRules.isEmpty());
    }

    void transparencyNeedsBlendingSpace_data()
    {
        QTest::addColumn<QByteArray>("pageExtra");
        QTest::addColumn<bool>("fails");
        QTest::newRow("no page group") << QByteArray() << true;
        QTest::newRow("page group without CS") << QByteArray("/Group << /S /Transparency >>") << true;
        QTest::newRow("page group with CS")
            << QByteArray("/Group << /S /Transparency /CS [/CalRGB << /WhitePoint [0.95 1 1.09] >>] >>") << false;
    }
    void transparencyNeedsBlendingSpace()
    {
        QFETCH(QByteArray, pageExtra);
        QFETCH(bool, fails);
        const QByteArray resources = "/ExtGState << /G1 << /ca 0.5 >> >> /ColorSpace << /DefaultGray [/CalGray << /WhitePoint [0.95 1 1.09] >>] >>";
        const QStringList failed = failedGraphicsRules(onePagePdf("/G1 gs 0 0 10 10 re f", resources, {}, pageExtra), QStringLiteral("2b"));
        QCOMPARE(failed.contains(QStringLiteral("6.2.10/2")), fails);
        // PDF/A-1 has no transparency at all.
        QVERIFY(failedGraphicsRules(onePagePdf("/G1 gs 0 0 10 10 re f", resources, {}, pageExtra), QStringLiteral("1b"))
                    .contains(QStringLiteral("6.4/6")));
    }

    void undefinedOperatorsEvenInCompatibilitySection()
    {
        QVERIFY(failedGraphicsRules(onePagePdf("BX foo EX", {}), QStringLiteral("2b")).contains(QStringLiteral("6.2.2/1")));
        QVERIFY(failedGraphicsRules(onePagePdf("BX foo EX", {}), QStringLiteral("1b")).contains(QStringLiteral("6.2.10/1")));
        QVERIFY(!failedGraphicsRules(onePagePdf("q Q", {}), QStringLiteral("2b")).contains(QStringLiteral("6.2.2/1")));
    }

    // Self-referencing content and colour spaces must end, quickly, without a crash.
    void hostileStructures_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("resources");
        QTest::addColumn<QByteArray>("object5");
        QTest::newRow("form drawing itself")
            << QByteArray("/X1 Do") << QByteArray("/XObject << /X1 5 0 R >>")
            << QByteArray("<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << /X1 5 0 R >> >> /Length 6 >>\n"
                          "stream\n/X1 Do\nendstream");
        QTest::newRow("Indexed space based on itself")
            << QByteArray("/C1 cs 0 sc 0 0 1 1 re f") << QByteArray("/ColorSpace << /C1 5 0 R >>") << QByteArray("[/Indexed 5 0 R 0 <00>]");
        QTest::newRow("pattern painting with itself")
            << QByteArray("/Pattern cs /P1 scn 0 0 1 1 re f") << QByteArray("/Pattern << /P1 5 0 R >>")
            << QByteArray("<< /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 1 1] /XStep 1 /YStep 1 "
                          "/Resources << /Pattern << /P1 5 0 R >> >> /Length 32 >>\nstream\n/Pattern cs /P1 scn 0 0 1 1 re f\nendstream");
    }
    void hostileStructures()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, resources);
        QFETCH(QByteArray, object5);
        QElapsedTimer timer;
        timer.start();
        for (const char *flavour : {"1b", "2b"})
            failedGraphicsRules(onePagePdf(content, resources, {}, {}, {object5}), QString::fromLatin1(flavour));
        QVERIFY(timer.elapsed() < 2000);
    }

    void outputIntentProfile()
    {
        const QByteArray profile = srgbProfile();
        const QByteArray stream = "<< /N 3 /Length " + QByteArray::number(profile.size()) + " >>\nstream\n" + profile + "\nendstream";
        const QByteArray intent = "/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB) /DestOutputProfile 5 0 R >>]";
        const QStringList failed = failedGraphicsRules(onePagePdf("1 0 0 rg 0 0 10 10 re f", {}, intent, {}, {stream}), QStringLiteral("2b"));
        QVERIFY2(!failed.contains(QStringLiteral("6.2.3/1")), qPrintable(failed.join(QLatin1Char(' '))));
        QVERIFY2(!failed.contains(QStringLiteral("6.2.4.3/2")), qPrintable(failed.join(QLatin1Char(' '))));
        // The same colour against a profile of the wrong device class.
        QByteArray scanner = profile;
        scanner.replace(12, 4, "scnr");
        const QByteArray badStream = "<< /N 3 /Length " + QByteArray::number(scanner.size()) + " >>\nstream\n" + scanner + "\nendstream";
        QVERIFY(failedGraphicsRules(onePagePdf("0 0 10 10 re f", {}, intent, {}, {badStream}), QStringLiteral("2b"))
                    .contains(QStringLiteral("6.2.3/1")));
    }
};

QTEST_GUILESS_MAIN(TestPdfaGraphics)
#include "tst_pdfa_graphics.moc"
