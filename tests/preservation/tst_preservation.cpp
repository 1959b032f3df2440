// The preservation checklist: the active content scan on small PDFs written at test time (scripts,
// actions, external streams, attachments, loops), the verdict built from Assessment values, and
// the JSON round trip of what the scan found.
#include "Assessor.h"
#include "PdfMaker.h"
#include "assessment/AssessmentJson.h"
#include "preservation/PreservationVerdict.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

using namespace granska;

namespace {

// What a test document gets added to a plain one-page PDF.
enum class Feature {
    None,
    OpenActionJavaScript,
    NamesJavaScript,
    PageLaunch,
    UriLink,
    ExternalStream,
    EmbeddedFile,
    FileAttachment,
    ActionLoop,
    SubmitAndRemote,
    Xfa,
    DeepChain,
};

QPDFObjectHandle parse(const char *text)
{
    return QPDFObjectHandle::parse(text);
}

void addFeature(QPDF &pdf, Feature feature)
{
    QPDFObjectHandle root = pdf.getRoot();
    QPDFObjectHandle page = QPDFPageDocumentHelper(pdf).getAllPages().front().getObjectHandle();
    auto annotate = [&](QPDFObjectHandle annotation) {
        QPDFObjectHandle annots = QPDFObjectHandle::newArray();
        annots.appendItem(pdf.makeIndirectObject(annotation));
        page.replaceKey("/Annots", annots);
    };
    switch (feature) {
    case Feature::None:
        break;
    case Feature::OpenActionJavaScript:
        root.replaceKey("/OpenAction", parse("<< /S /JavaScript /JS (app.alert\\('opened'\\);) >>"));
        break;
    case Feature::NamesJavaScript: {
        QPDFObjectHandle script = pdf.newStream(std::string("this.print({bUI: false});"));
        QPDFObjectHandle action = pdf.makeIndirectObject(parse("<< /S /JavaScript >>"));
        action.replaceKey("/JS", script);
        QPDFObjectHandle names = QPDFObjectHandle::newArray();
        names.appendItem(QPDFObjectHandle::newString("init"));
        names.appendItem(action);
        QPDFObjectHandle tree = QPDFObjectHandle::newDictionary();
        tree.replaceKey("/Names", names);
        root.replaceKey("/Names", QPDFObjectHandle::newDictionary());
        root.getKey("/Names").replaceKey("/JavaScript", tree);
        break;
    }
    case Feature::PageLaunch:
        page.replaceKey("/AA", parse("<< /O << /S /Launch /F (calc.exe) >> >>"));
        break;
    case Feature::UriLink:
        annotate(parse("<< /Type /Annot /Subtype /Link /Rect [72 700 200 720] /A << /S /URI /URI (https://example.org/) >> >>"));
        break;
    case Feature::ExternalStream: {
        QPDFObjectHandle image = pdf.newStream(std::string());
        image.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
        image.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/Image"));
        image.getDict().replaceKey("/Width", QPDFObjectHandle::newInteger(1));
        image.getDict().replaceKey("/Height", QPDFObjectHandle::newInteger(1));
        image.getDict().replaceKey("/F", QPDFObjectHandle::newString("picture.raw"));
        QPDFObjectHandle xobjects = QPDFObjectHandle::newDictionary();
        xobjects.replaceKey("/Im1", image);
        page.getKey("/Resources").replaceKey("/XObject", xobjects);
        break;
    }
    case Feature::EmbeddedFile: {
        QPDFObjectHandle file = pdf.newStream(std::string("meeting notes"));
        file.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/EmbeddedFile"));
        QPDFObjectHandle spec = pdf.makeIndirectObject(parse("<< /Type /Filespec /F (notes.txt) /UF (notes.txt) >>"));
        spec.replaceKey("/EF", QPDFObjectHandle::newDictionary());
        spec.getKey("/EF").replaceKey("/F", file);
        QPDFObjectHandle names = QPDFObjectHandle::newArray();
        names.appendItem(QPDFObjectHandle::newString("notes.txt"));
        names.appendItem(spec);
        QPDFObjectHandle tree = QPDFObjectHandle::newDictionary();
        tree.replaceKey("/Names", names);
        root.replaceKey("/Names", QPDFObjectHandle::newDictionary());
        root.getKey("/Names").replaceKey("/EmbeddedFiles", tree);
        // Reached a second time through /AF: still one embedded file.
        QPDFObjectHandle af = QPDFObjectHandle::newArray();
        af.appendItem(spec);
        root.replaceKey("/AF", af);
        break;
    }
    case Feature::FileAttachment: {
        QPDFObjectHandle file = pdf.newStream(std::string("1,2,3"));
        QPDFObjectHandle spec = parse("<< /Type /Filespec /F (data.csv) >>");
        spec.replaceKey("/EF", QPDFObjectHandle::newDictionary());
        spec.getKey("/EF").replaceKey("/F", file);
        QPDFObjectHandle annotation = parse("<< /Type /Annot /Subtype /FileAttachment /Rect [72 700 90 720] >>");
        annotation.replaceKey("/FS", spec);
        annotate(annotation);
        break;
    }
    case Feature::ActionLoop: {
        // Two actions chained by /Next into a loop: a viewer would run them forever.
        QPDFObjectHandle first = pdf.makeIndirectObject(parse("<< /S /JavaScript /JS (looping\\(\\);) >>"));
        QPDFObjectHandle second = pdf.makeIndirectObject(parse("<< /S /Named /N /NextPage >>"));
        first.replaceKey("/Next", second);
        second.replaceKey("/Next", first);
        QPDFObjectHandle aa = QPDFObjectHandle::newDictionary();
        aa.replaceKey("/O", first);
        aa.replaceKey("/C", second);
        page.replaceKey("/AA", aa);
        root.replaceKey("/AA", aa); // the same dictionary twice
        break;
    }
    case Feature::SubmitAndRemote:
        annotate(parse("<< /Type /Annot /Subtype /Widget /Rect [72 700 200 720] /FT /Btn /T (send) "
                       "/A << /S /SubmitForm /F << /FS /URL /F (https://example.org/submit) >> "
                       "/Next << /S /GoToR /F (other.pdf) /D [0 /Fit] >> >> >>"));
        break;
    case Feature::Xfa: {
        QPDFObjectHandle xdp = pdf.newStream(std::string("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"/>"));
        QPDFObjectHandle form = parse("<< /Fields [] >>");
        form.replaceKey("/XFA", xdp);
        root.replaceKey("/AcroForm", form);
        root.replaceKey("/NeedsRendering", QPDFObjectHandle::newBool(true));
        break;
    }
    case Feature::DeepChain: {
        // 400 indirect dictionaries, each pointing to the next: deeper than the nesting limit,
        // with a script at the bottom.
        QPDFObjectHandle next = pdf.makeIndirectObject(parse("<< /S /JavaScript /JS (deep\\(\\);) >>"));
        for (int i = 0; i < 400; ++i) {
            QPDFObjectHandle link = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            link.replaceKey("/Down", next);
            next = link;
        }
        root.replaceKey("/PieceInfo", next);
        break;
    }
    }
}

} // namespace

class PreservationTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scan_data();
    void scan();
    void scanIsDeterministicAndQuick();
    void verdict_data();
    void verdict();
    void readinessFollowsWorstCheck();
    void jsonRoundTrip();
    void verdictJson();

private:
    QString makeDocument(Feature feature, const QString &name);
    QTemporaryDir m_dir;
};

void PreservationTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString PreservationTest::makeDocument(Feature feature, const QString &name)
{
    const QString plain = m_dir.filePath(name + QStringLiteral("-plain.pdf"));
    const fixtures::FixtureStatus made = fixtures::makePdf(plain, 1);
    if (!made)
        return {};
    QPDF pdf;
    pdf.processFile(plain.toStdString().c_str());
    addFeature(pdf, feature);
    const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
    QPDFWriter writer(pdf, path.toStdString().c_str());
    writer.setObjectStreamMode(qpdf_o_disable);
    writer.write();
    return path;
}

void PreservationTest::scan_data()
{
    QTest::addColumn<int>("feature");
    QTest::addColumn<QStringList>("kinds");   // kinds found, in order
    QTest::addColumn<QString>("context");     // part of the first item's location
    QTest::addColumn<int>("page");            // the first item's page
    QTest::addColumn<QString>("detail");      // part of the first item's detail
    QTest::addColumn<QString>("activeState"); // the "active-content" check

    QTest::newRow("plain") << int(Feature::None) << QStringList() << QString() << 0 << QString() << "pass";
    QTest::newRow("open action JavaScript") << int(Feature::OpenActionJavaScript) << QStringList{"javascript"}
                                            << "/OpenAction" << 0 << "app.alert('opened');" << "fail";
    QTest::newRow("JavaScript name tree") << int(Feature::NamesJavaScript) << QStringList{"javascript"}
                                          << "/Names/JavaScript/Names[1]" << 0 << "this.print" << "fail";
    QTest::newRow("page open Launch") << int(Feature::PageLaunch) << QStringList{"launch"} << "/AA/O" << 1 << "calc.exe" << "fail";
    QTest::newRow("URI link") << int(Feature::UriLink) << QStringList{"uri"} << "/Annots[0]/A" << 1 << "https://example.org/" << "pass";
    QTest::newRow("external stream") << int(Feature::ExternalStream) << QStringList{"external-stream"}
                                     << "/Resources/XObject/Im1" << 1 << "picture.raw" << "fail";
    QTest::newRow("embedded file") << int(Feature::EmbeddedFile) << QStringList{"embedded-file"} << "/AF[0]" << 0
                                   << "notes.txt" << "info";
    QTest::newRow("file attachment") << int(Feature::FileAttachment) << QStringList{"embedded-file"} << "/Annots[0]/FS" << 1
                                     << "data.csv" << "info";
    QTest::newRow("loop in /AA") << int(Feature::ActionLoop) << QStringList{"javascript"} << "/AA" << 0 << "looping();" << "fail";
    QTest::newRow("submit and remote go-to") << int(Feature::SubmitAndRemote) << QStringList{"submit-form", "goto-remote"}
                                             << "/Annots[0]/A" << 1 << "https://example.org/submit" << "warning";
    QTest::newRow("XFA") << int(Feature::Xfa) << QStringList{"xfa"} << "/AcroForm/XFA" << 0 << "Dynamic XFA" << "fail";
}

void PreservationTest::scan()
{
    QFETCH(int, feature);
    QFETCH(QStringList, kinds);
    QFETCH(QString, context);
    QFETCH(int, page);
    QFETCH(QString, detail);
    QFETCH(QString, activeState);

    const QString path = makeDocument(Feature(feature), QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')).replace(QLatin1Char('/'), QLatin1Char('-')));
    QVERIFY(!path.isEmpty());
    AssessOptions options;
    options.profile = QStringLiteral("none");
    const Assessment a = Assessor::assess(path, options);
    QCOMPARE(a.status, AssessmentStatus::Ok);
    QVERIFY(a.activeContent.scanned);
    QStringList found;
    for (const ActiveContentItem &item : a.activeContent.items)
        found << toString(item.kind);
    QCOMPARE(found, kinds);
    if (!kinds.isEmpty()) {
        const ActiveContentItem &first = a.activeContent.items.first();
        QVERIFY2(first.location.context.contains(context), qPrintable(first.location.context));
        QCOMPARE(first.location.page, page);
        QVERIFY2(first.detail.contains(detail), qPrintable(first.detail));
    }
    const PreservationVerdict verdict = preservationVerdict(a);
    const auto check = std::find_if(verdict.checks.begin(), verdict.checks.end(),
                                    [](const PreservationCheck &c) { return c.id == QLatin1String("active-content"); });
    QVERIFY(check != verdict.checks.end());
    QCOMPARE(toString(check->state), activeState);
    QVERIFY(!check->reason.isEmpty());
}

void PreservationTest::scanIsDeterministicAndQuick()
{
    // A chain deeper than the nesting limit ends the walk there, says so, and does not claim the
    // document is free of scripts.
    const QString path = makeDocument(Feature::DeepChain, QStringLiteral("deep"));
    QVERIFY(!path.isEmpty());
    AssessOptions options;
    options.profile = QStringLiteral("none");
    QElapsedTimer timer;
    timer.start();
    const Assessment a = Assessor::assess(path, options);
    QVERIFY(timer.elapsed() < 10'000);
    QCOMPARE(a.status, AssessmentStatus::Ok);
    QVERIFY(!a.activeContent.scanned);
    QVERIFY(std::any_of(a.findings.begin(), a.findings.end(), [](const Finding &f) { return f.code == QLatin1String("active-content-depth"); }));
    const PreservationVerdict verdict = preservationVerdict(a);
    QCOMPARE(verdict.readiness == Readiness::Ready, false);
}

namespace {

SignatureInfo goodSignature(const QString &name)
{
    SignatureInfo s;
    s.field = QStringLiteral("Signature1");
    s.integrity = Integrity::Intact;
    s.indication = Indication::TotalPassed;
    s.validationTime = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    s.validationDataEmbedded = true;
    s.modificationsAfter = QStringLiteral("none");
    CertificateInfo signer;
    signer.commonName = name;
    s.signer = signer;
    CertificateInfo ca;
    ca.commonName = QStringLiteral("Test CA");
    s.chain = {signer, ca};
    return s;
}

// A document that passes everything: PDF/A-2B claimed and verified, nothing active.
Assessment readyAssessment()
{
    Assessment a;
    a.pdfa.claim.part = 2;
    a.pdfa.claim.conformance = QStringLiteral("B");
    a.pdfa.profile = QStringLiteral("2b");
    a.pdfa.origin = ProfileOrigin::Claim;
    a.pdfa.compliant = true;
    a.pdfa.rulesChecked = 120;
    a.activeContent.scanned = true;
    return a;
}

} // namespace

void PreservationTest::verdict_data()
{
    QTest::addColumn<Assessment>("assessment");
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("reasonPart");
    QTest::addColumn<QString>("readiness");

    Assessment a = readyAssessment();
    QTest::newRow("ready") << a << "pdfa" << "pass" << "PDF/A-2B claimed and verified" << "ready";
    QTest::newRow("no signatures") << a << "signatures-intact" << "not-applicable" << "no signatures" << "ready";

    a = readyAssessment();
    a.pdfa = {};
    QTest::newRow("no PDF/A claim") << a << "pdfa" << "fail" << "does not claim" << "not-ready";

    a = readyAssessment();
    a.pdfa.compliant = false;
    a.pdfa.violations = {RuleViolation{QStringLiteral("ISO 19005-2"), QStringLiteral("6.2.11.4.1"), 1, QStringLiteral("font not embedded"), 3, {}},
                         RuleViolation{QStringLiteral("ISO 19005-2"), QStringLiteral("6.1.7.1"), 2, QStringLiteral("stream length"), 1, {}}};
    QTest::newRow("PDF/A rules failed") << a << "pdfa" << "fail" << "failed: 6.2.11.4.1, 6.1.7.1." << "not-ready";

    a = readyAssessment();
    a.pdfa.profile.clear();
    a.pdfa.compliant.reset();
    a.pdfa.note = QStringLiteral("Validation was not requested.");
    QTest::newRow("PDF/A not verified") << a << "pdfa" << "warning" << "not verified" << "needs-review";

    a = readyAssessment();
    a.identity.encrypted = true;
    a.identity.encryption = QStringLiteral("AES-256 (revision 6), opens without a password");
    QTest::newRow("encrypted") << a << "encryption" << "fail" << "AES-256" << "not-ready";

    a = readyAssessment();
    a.activeContent.items = {{ActiveContentKind::Uri, {0, 0, 1, 0, QStringLiteral("/Annots[0]/A")}, QStringLiteral("https://example.org")},
                             {ActiveContentKind::Uri, {}, QStringLiteral("https://example.com")}};
    QTest::newRow("web links only") << a << "active-content" << "pass" << "Only 2 web link" << "ready";

    a = readyAssessment();
    a.activeContent.items = {{ActiveContentKind::Launch, {12, 0, 2, 0, QStringLiteral("/AA/O")}, QStringLiteral("opens calc.exe")},
                             {ActiveContentKind::Uri, {}, QStringLiteral("https://example.org")}};
    QTest::newRow("launch action") << a << "active-content" << "fail" << "opens calc.exe (page 2, /AA/O, object 12)" << "not-ready";

    a = readyAssessment();
    a.activeContent.scanned = false;
    QTest::newRow("not scanned") << a << "active-content" << "warning" << "Assess the document again" << "needs-review";

    a = readyAssessment();
    a.signatures = {goodSignature(QStringLiteral("Anna Svensson"))};
    QTest::newRow("good signature") << a << "signatures-intact" << "pass" << "intact and passed validation" << "ready";

    a.signatures[0].integrity = Integrity::Broken;
    a.signatures[0].integrityDetail = QStringLiteral("The signed bytes changed");
    QTest::newRow("broken signature") << a << "signatures-intact" << "fail" << "Signature 1 (Anna Svensson) is broken: The signed bytes changed." << "not-ready";

    a.signatures = {goodSignature(QStringLiteral("Anna Svensson"))};
    a.signatures[0].indication = Indication::Indeterminate;
    a.signatures[0].subIndication = QStringLiteral("NO_CERTIFICATE_CHAIN_FOUND");
    a.signatures[0].indicationDetail = QStringLiteral("no trusted certificate chain");
    QTest::newRow("indeterminate") << a << "signatures-intact" << "warning" << "indeterminate: no trusted certificate chain" << "needs-review";

    a.signatures = {goodSignature(QStringLiteral("Bo Ek")), goodSignature(QStringLiteral("Anna Svensson"))};
    a.signatures[1].validationDataEmbedded = false;
    QTest::newRow("no revocation data") << a << "validation-material" << "warning"
                                        << "Signature 2 (Anna Svensson) has no revocation data embedded for its signer certificate" << "needs-review";

    a.signatures = {goodSignature(QStringLiteral("Anna Svensson"))};
    a.signatures[0].modificationsAfter = QStringLiteral("not-permitted");
    a.signatures[0].modifications = {ModificationInfo{3, QStringLiteral("page-added"), QStringLiteral("Page 2 added"), false}};
    QTest::newRow("forbidden change") << a << "changes-after-signing" << "fail" << "does not permit. Revision 3: Page 2 added." << "not-ready";

    a.signatures = {goodSignature(QStringLiteral("Anna Svensson"))};
    a.signatures[0].personalNumber = {QStringLiteral("Swedish personal identity number"), QStringLiteral("195207301234"),
                                      QStringLiteral("19520730-****"), QStringLiteral("subject serialNumber")};
    QTest::newRow("personal number") << a << "personal-data" << "info" << "19520730-****" << "ready";

    a = Assessment();
    a.status = AssessmentStatus::Error;
    a.error = QStringLiteral("The file is not a PDF document.");
    QTest::newRow("not assessed") << a << "assessment" << "fail" << "not a PDF document" << "not-ready";
}

void PreservationTest::verdict()
{
    QFETCH(Assessment, assessment);
    QFETCH(QString, checkId);
    QFETCH(QString, state);
    QFETCH(QString, reasonPart);
    QFETCH(QString, readiness);

    const PreservationVerdict verdict = preservationVerdict(assessment);
    const auto check = std::find_if(verdict.checks.begin(), verdict.checks.end(),
                                    [&](const PreservationCheck &c) { return c.id == checkId; });
    QVERIFY2(check != verdict.checks.end(), qPrintable(checkId));
    QCOMPARE(toString(check->state), state);
    QVERIFY2(check->reason.contains(reasonPart, Qt::CaseInsensitive), qPrintable(check->reason));
    QVERIFY(!check->title.isEmpty());
    QCOMPARE(toString(verdict.readiness), readiness);
    // Personal numbers never appear unmasked in the checklist.
    for (const PreservationCheck &c : verdict.checks)
        QVERIFY(!c.reason.contains(QLatin1String("195207301234")));
}

void PreservationTest::readinessFollowsWorstCheck()
{
    Assessment a = readyAssessment();
    a.signatures = {goodSignature(QStringLiteral("Anna Svensson"))};
    PreservationVerdict v = preservationVerdict(a);
    QStringList ids;
    for (const PreservationCheck &c : v.checks)
        ids << c.id;
    QCOMPARE(ids, (QStringList{"pdfa", "encryption", "active-content", "signatures-intact", "validation-material",
                               "changes-after-signing", "personal-data"}));
    QCOMPARE(toString(v.readiness), toString(Readiness::Ready));
    a.signatures[0].validationDataEmbedded = false; // warning
    QCOMPARE(toString(preservationVerdict(a).readiness), toString(Readiness::NeedsReview));
    a.identity.encrypted = true; // and a failure
    QCOMPARE(toString(preservationVerdict(a).readiness), toString(Readiness::NotReady));
    QVERIFY(readinessSummary(preservationVerdict(a)).contains(QLatin1String("1 of 7")));
}

void PreservationTest::jsonRoundTrip()
{
    Assessment a = readyAssessment();
    a.activeContent.items = {
        {ActiveContentKind::JavaScript, {14, 0, 0, 0, QStringLiteral("/OpenAction")}, QStringLiteral("app.alert('x');")},
        {ActiveContentKind::EmbeddedFile, {20, 1, 3, 0, QStringLiteral("/Annots[1]/FS")}, QStringLiteral("notes.txt (text/plain), 12 bytes")},
        {ActiveContentKind::ExternalStream, {}, QStringLiteral("stream data kept in picture.raw")},
    };
    const QJsonObject json = toJson(a);
    QCOMPARE(json.value(QStringLiteral("activeContent")).toObject().value(QStringLiteral("items")).toArray().size(), 3);
    const Assessment back = assessmentFromJson(json);
    QCOMPARE(back.activeContent.scanned, true);
    QCOMPARE(back.activeContent.items.size(), a.activeContent.items.size());
    for (int i = 0; i < a.activeContent.items.size(); ++i) {
        const ActiveContentItem &x = a.activeContent.items[i], &y = back.activeContent.items[i];
        QCOMPARE(toString(y.kind), toString(x.kind));
        QCOMPARE(y.detail, x.detail);
        QCOMPARE(y.location.objectNumber, x.location.objectNumber);
        QCOMPARE(y.location.generation, x.location.generation);
        QCOMPARE(y.location.page, x.location.page);
        QCOMPARE(y.location.context, x.location.context);
    }
    QCOMPARE(toJson(back), json);

    // A record from before the scan existed reads as not scanned, and the checklist says so.
    QJsonObject old = json;
    old.remove(QStringLiteral("activeContent"));
    const Assessment earlier = assessmentFromJson(old);
    QVERIFY(!earlier.activeContent.scanned);
    QCOMPARE(toString(preservationVerdict(earlier).readiness), toString(Readiness::NeedsReview));
}

void PreservationTest::verdictJson()
{
    Assessment a = readyAssessment();
    a.identity.encrypted = true;
    const QJsonObject json = toJson(preservationVerdict(a));
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("not-ready"));
    const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
    QCOMPARE(checks.size(), 7);
    const QJsonObject encryption = checks.at(1).toObject();
    QCOMPARE(encryption.value(QStringLiteral("id")).toString(), QStringLiteral("encryption"));
    QCOMPARE(encryption.value(QStringLiteral("state")).toString(), QStringLiteral("fail"));
    QVERIFY(!encryption.value(QStringLiteral("reason")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(PreservationTest)
#include "tst_preservation.moc"
