// The assessment report: its HTML carries every value the archivist files, escapes what comes from
// the document, and its PDF export is PDF/A-1b that Granska itself and PDFBox preflight accept.
#include "Assessor.h"
#include "ReportChecks.h"
#include "ReportFixtures.h"
#include "report/AssessmentReport.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QLocale>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QtTest>
#include <poppler-qt6.h>

using namespace granska;
using namespace granska::testing;

namespace {

// The report's HTML with the non-breaking spaces that keep status words together made plain.
QString reportHtml(const Assessment &assessment, const ReportOptions &options)
{
    return AssessmentReport::html(assessment, options).replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
}

// Twelve signatures: a report long enough that its later pages lie far down the layout, where
// positions once went beyond what PDF/A-1 allows in a content stream.
Assessment manySignatures()
{
    Assessment many = richAssessment();
    for (int i = 0; i < 3; ++i)
        many.signatures += richAssessment().signatures;
    return many;
}

ReportOptions fixedOptions()
{
    ReportOptions options;
    options.generatedAt = QDateTime(QDate(2024, 3, 15), QTime(10, 20, 30), Qt::UTC);
    return options;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void htmlShowsValues_data();
    void htmlShowsValues();
    void htmlEscapesDocumentText_data();
    void htmlEscapesDocumentText();
    void summaryConclusion_data();
    void summaryConclusion();
    void signatureValidationShown_data();
    void signatureValidationShown();
    void personalNumberMaskedUnlessAsked_data();
    void personalNumberMaskedUnlessAsked();
    void violationsSortedByClause();
    void reviewerShownWhenSet_data();
    void reviewerShownWhenSet();
    void datesFollowLanguage_data();
    void datesFollowLanguage();
    void documentPageSize();
    void shortTablesStayOnOnePage_data();
    void shortTablesStayOnOnePage();
    void writePdf_data();
    void writePdf();
    void writePdfFailsOnUnwritablePath_data();
    void writePdfFailsOnUnwritablePath();
    void pdfPassesPreflight_data();
    void pdfPassesPreflight();

private:
    QTemporaryDir m_dir;
};

void TestReport::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // GRANSKA_KEEP_REPORTS=1 keeps the exported PDFs for a look with pdftoppm.
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("GRANSKA_KEEP_REPORTS"));
}

void TestReport::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestReport::htmlShowsValues_data()
{
    QTest::addColumn<Assessment>("assessment");
    QTest::addColumn<QStringList>("expected");

    const Assessment rich = richAssessment();
    QTest::newRow("identity") << rich
                              << QStringList{QStringLiteral("Document identity"), rich.identity.fileName, rich.file,
                                             rich.identity.sha256, QStringLiteral("150,000 bytes"), QStringLiteral("1.7"),
                                             QStringLiteral("Protokoll kommunstyrelsen 2024-03-12"),
                                             QStringLiteral("Exempel PDF Library 5.2"), QStringLiteral("Exempel Writer")};
    QTest::newRow("signatures") << rich
                                << QStringList{QStringLiteral("Anna Andersson"), QStringLiteral("Bertil Berg"), QStringLiteral("Test TSA"),
                                               QStringLiteral("Intact"), QStringLiteral("Broken"), QStringLiteral("Cannot be verified"),
                                               QStringLiteral("Document timestamp"), QStringLiteral("ETSI.RFC3161"),
                                               QStringLiteral("4A1F09D7"), QStringLiteral("Approval of the minutes"),
                                               QStringLiteral("their SHA-256 digest differs")};
    QTest::newRow("violations") << rich
                                << QStringList{QStringLiteral("ISO 19005-2"), QStringLiteral("6.2.11.4.1"), QStringLiteral("6.2.9"),
                                               QStringLiteral("6.6.2.1"),
                                               QStringLiteral("The font program is not embedded."),
                                               QStringLiteral("object 12, page 1, font Helvetica"), QStringLiteral("and 9 more"),
                                               QStringLiteral("Not compliant"), QStringLiteral("as the document claims")};
    QTest::newRow("revisions and findings") << rich
                                            << QStringList{QStringLiteral("Revisions"), QStringLiteral("4 (current)"),
                                                           QStringLiteral("77,810 to 91,502"), QStringLiteral("Changed after signing"),
                                                           QStringLiteral("rebuilt"), QStringLiteral("time limit"), QStringLiteral("Warning")};
    QTest::newRow("failed assessment") << failedAssessment()
                                       << QStringList{QStringLiteral("could not be assessed"),
                                                      QStringLiteral("does not start with %PDF-"), QStringLiteral("truncated.pdf")};

    if (const std::optional<Assessment> dss = corpusAssessment(QStringLiteral("dss__DSS-1983.pdf"))) {
        QStringList expected{dss->identity.sha256, QStringLiteral("dss__DSS-1983.pdf"), QStringLiteral("Document timestamp")};
        for (const SignatureInfo &s : dss->signatures)
            expected << s.signer.value_or(CertificateInfo{}).commonName;
        QTest::newRow("corpus DSS-1983") << *dss << expected;
    }
}

void TestReport::htmlShowsValues()
{
    QFETCH(Assessment, assessment);
    QFETCH(QStringList, expected);
    const QString html = reportHtml(assessment, fixedOptions());
    for (const QString &value : expected)
        QVERIFY2(html.contains(value.toHtmlEscaped()), qPrintable(QStringLiteral("missing: ") + value));
}

void TestReport::htmlEscapesDocumentText_data()
{
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("absent");
    QTest::newRow("script") << QStringLiteral("&lt;script&gt;alert(") << QStringLiteral("<script>");
    QTest::newRow("ampersand") << QStringLiteral("Smith &amp; Wesson") << QStringLiteral("Smith & Wesson");
    QTest::newRow("tag in title") << QStringLiteral("&lt;b&gt;Bold&lt;/b&gt;") << QStringLiteral("<b>Bold</b>");
    QTest::newRow("image") << QStringLiteral("&lt;img src=x&gt;") << QStringLiteral("<img");
    QTest::newRow("bidi override") << QStringLiteral("\uFFFDfdp.exe") << QStringLiteral("\u202E");
    QTest::newRow("control character") << QStringLiteral("line2\uFFFD") << QStringLiteral("\x01");
    QTest::newRow("file name") << QStringLiteral("hostile &lt;i&gt;&amp;amp;&lt;/i&gt; 'name'.pdf") << QStringLiteral("<i>&amp;</i>");
}

void TestReport::htmlEscapesDocumentText()
{
    QFETCH(QString, shown);
    QFETCH(QString, absent);
    const QString html = AssessmentReport::html(hostileAssessment(), fixedOptions());
    QVERIFY2(html.contains(shown), qPrintable(shown));
    QVERIFY2(!html.contains(absent), qPrintable(absent));

    // The laid-out text shows the hostile value literally instead of obeying it.
    const std::unique_ptr<QTextDocument> document = AssessmentReport::document(hostileAssessment(), fixedOptions());
    QVERIFY(document->toPlainText().contains(QStringLiteral("<script>alert('owned')</script> Smith & Wesson")));
}

void TestReport::summaryConclusion_data()
{
    QTest::addColumn<Assessment>("assessment");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");

    // Patterns, matched without regard to case; "(s)" stays in plurals until a translation is loaded.
    QTest::newRow("clean") << cleanAssessment()
                           << QStringList{QStringLiteral("No problems found"), QStringLiteral("All passed"), QStringLiteral("Compliant"),
                                          QStringLiteral("No changes"), QStringLiteral("Electronic signature by Cecilia Carlsson"),
                                          QStringLiteral("Qualified electronic signature \\(QES\\)\\. PAdES B-LTA\\."),
                                          QStringLiteral("<b>Passed\\.</b>"),
                                          QStringLiteral("Changed after signing: 2 change(\\(s\\))?, all permitted"),
                                          QStringLiteral("Document timestamp from Test TSA 2")}
                           << QStringList{QStringLiteral("Needs attention"), QStringLiteral("Indeterminate")};
    QTest::newRow("rich") << richAssessment()
                          << QStringList{QStringLiteral("Problems found"), QStringLiteral("not PDF/A-2B compliant"),
                                         QStringLiteral("1 signature(\\(s\\))? or timestamp(\\(s\\))? failed validation"),
                                         QStringLiteral("1 signature(\\(s\\))? or timestamp(\\(s\\))? could not be confirmed valid \\(indeterminate\\)"),
                                         QStringLiteral("1 error(\\(s\\))?\\."), QStringLiteral("No changes.*Document timestamp 3"),
                                         QStringLiteral("1 passed, 1 indeterminate, 1 failed"),
                                         QStringLiteral("Failed: the signed bytes changed \\(HASH_FAILURE\\)"),
                                         QStringLiteral("Indeterminate: the signature's algorithms could not be checked")}
                          << QStringList{};
    QTest::newRow("indeterminate") << indeterminateAssessment()
                                   << QStringList{QStringLiteral("Needs attention"),
                                                  QStringLiteral("could not be confirmed valid \\(indeterminate\\): not known to be broken"),
                                                  QStringLiteral("Indeterminate: no revocation information is embedded \\(TRY_LATER\\)"),
                                                  QStringLiteral("PAdES B-T"), QStringLiteral("Not changed after signing")}
                                   << QStringList{QStringLiteral("Problems found"), QStringLiteral("broken\\."), QStringLiteral("failed validation")};
    QTest::newRow("failed validation") << failedValidationAssessment()
                            << QStringList{QStringLiteral("Problems found"), QStringLiteral("1 signature(\\(s\\))? or timestamp(\\(s\\))? failed validation"),
                                           QStringLiteral("Failed: the signed bytes changed \\(HASH_FAILURE\\)")}
                            << QStringList{QStringLiteral("No problems found"), QStringLiteral("All passed")};
    QTest::newRow("seal") << sealAssessment()
                          << QStringList{QStringLiteral("No problems found"), QStringLiteral("Seal 1"),
                                         QStringLiteral("Electronic seal by Exempelkommunen e-tjänster"),
                                         QStringLiteral("qualified electronic seal \\(QESeal\\)")}
                          << QStringList{QStringLiteral("Electronic signature by")};
    QTest::newRow("not permitted") << notPermittedAssessment()
                                   << QStringList{QStringLiteral("Problems found"),
                                                  QStringLiteral("Failed: the document was changed after signing in a way the signature does not "
                                                                 "permit \\(FORMAT_FAILURE\\)"),
                                                  QStringLiteral("Changed after signing: 1 of 2 change(\\(s\\))? not permitted")}
                                   << QStringList{QStringLiteral("No problems found")};
    QTest::newRow("not validated") << unvalidatedAssessment()
                                   << QStringList{QStringLiteral("No problems found"), QStringLiteral("Not validated"),
                                                  QStringLiteral("2 intact but not validated"), QStringLiteral("no validation result is recorded")}
                                   << QStringList{QStringLiteral("Passed"), QStringLiteral("Indeterminate")};
    QTest::newRow("failed") << failedAssessment()
                            << QStringList{QStringLiteral("Problems found"), QStringLiteral("the document could not be assessed"),
                                           QStringLiteral("does not start with %PDF-")}
                            << QStringList{};
    Assessment unsigned_ = cleanAssessment();
    unsigned_.signatures.clear();
    unsigned_.pdfa = {};
    unsigned_.pdfa.note = QStringLiteral("The document does not claim PDF/A conformance.");
    QTest::newRow("unsigned, no claim") << unsigned_
                                        << QStringList{QStringLiteral("No problems found"), QStringLiteral("Not validated"),
                                                       QStringLiteral("no signatures")}
                                        << QStringList{};
}

void TestReport::summaryConclusion()
{
    QFETCH(Assessment, assessment);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const QString html = reportHtml(assessment, fixedOptions());
    // The summary comes before the document identity.
    const QString summary = html.left(html.indexOf(QStringLiteral("Document identity")));
    for (const QString &pattern : expected) {
        const QRegularExpression expression(pattern, QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(summary.contains(expression), qPrintable(QStringLiteral("missing from the summary: ") + pattern));
    }
    for (const QString &pattern : absent) {
        const QRegularExpression expression(pattern);
        QVERIFY2(!summary.contains(expression), qPrintable(QStringLiteral("in the summary but should not be: ") + pattern));
    }
}

void TestReport::signatureValidationShown_data()
{
    QTest::addColumn<Assessment>("assessment");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("passed, QES, B-LTA")
        << cleanAssessment()
        << QStringList{QStringLiteral("Validation"), QStringLiteral("Passed"), QStringLiteral("ETSI EN 319 102-1: TOTAL-PASSED"),
                       QStringLiteral("its certificate chain reaches a trusted certificate"),
                       QStringLiteral("Electronic signature by a person."), QStringLiteral("Signed by"),
                       QStringLiteral("Qualified electronic signature"), QStringLiteral("with the key on a qualified device"),
                       QStringLiteral("PAdES B-LTA"), QStringLiteral("Long-term validation data protected by a document timestamp"),
                       QStringLiteral("Validation time"), QStringLiteral("14 March 2024 13:45:10 UTC"),
                       QStringLiteral("Best signature time"), QStringLiteral("12 March 2024 09:15:09 UTC"),
                       QStringLiteral("The earliest time a trusted timestamp proves the signature existed."),
                       QStringLiteral("Trust anchor"), QStringLiteral("Trusted list SE, service “Test Root CA”"),
                       QStringLiteral("Validation data embedded"), QStringLiteral("Yes: revocation information for the certificate chain"),
                       QStringLiteral("Certificate chain"), QStringLiteral("Test Issuing CA 3"), QStringLiteral("2B0C"), QStringLiteral("RSA 4096"),
                       QStringLiteral("Issuing authority"), QStringLiteral("Signer's certificate"),
                       QStringLiteral("Timestamps"), QStringLiteral("Signature timestamp"), QStringLiteral("Test TSA 2"), QStringLiteral("Trusted"),
                       QStringLiteral("Document timestamp (revision 4)"), QStringLiteral("13 March 2024 08:00:12 UTC"),
                       QStringLiteral("Revocation information"), QStringLiteral("<td>OCSP</td>"), QStringLiteral("<td>CRL</td>"),
                       QStringLiteral("<td>DSS</td>"), QStringLiteral("Not revoked"), QStringLiteral("12 March 2024 09:20:00 UTC"),
                       QStringLiteral("19 March 2024 09:20:00 UTC"),
                       QStringLiteral("Changes after signing"), QStringLiteral("Permitted changes"), QStringLiteral("Validation data added"),
                       QStringLiteral("Document timestamp added"), QStringLiteral("1 OCSP response and 1 CRL was added"),
                       QStringLiteral("Personal identity number"), QStringLiteral("Swedish personal identity number"),
                       QStringLiteral("Document timestamp 2 “Signature2”"), QStringLiteral("Stamped by")}
        << QStringList{QStringLiteral("INDETERMINATE"), QStringLiteral("TOTAL-FAILED"), QStringLiteral("No trusted chain"),
                       QStringLiteral("Certification signature")};
    QTest::newRow("indeterminate, TRY_LATER")
        << indeterminateAssessment()
        << QStringList{QStringLiteral("Indeterminate"), QStringLiteral("No revocation information is embedded."),
                       QStringLiteral("ETSI EN 319 102-1: INDETERMINATE / TRY_LATER"), QStringLiteral("cannot be established offline"),
                       QStringLiteral("PAdES B-T"), QStringLiteral("Next level: B-LT needs the certificates and revocation data"),
                       QStringLiteral("No: validating the signature later needs revocation information"),
                       QStringLiteral("None found in the signature or the document."), QStringLiteral("Nothing was changed after this signature.")}
        << QStringList{QStringLiteral("TOTAL-PASSED"), QStringLiteral("Not revoked"), QStringLiteral("<td>OCSP</td>")};
    QTest::newRow("failed, HASH_FAILURE")
        << failedValidationAssessment()
        << QStringList{QStringLiteral("Failed"), QStringLiteral("The signed bytes changed."),
                       QStringLiteral("ETSI EN 319 102-1: TOTAL-FAILED / HASH_FAILURE"), QStringLiteral("their SHA-256 digest differs"),
                       QStringLiteral("not determined"), QStringLiteral("not an advanced electronic signature or seal")}
        << QStringList{QStringLiteral("TOTAL-PASSED")};
    QTest::newRow("seal, QESeal")
        << sealAssessment()
        << QStringList{QStringLiteral("Seal 1 “Signature1”"), QStringLiteral("Electronic seal: the certificate is issued to an organisation"),
                       QStringLiteral("Sealed by"), QStringLiteral("Exempelkommunen e-tjänster"), QStringLiteral("QESeal"),
                       QStringLiteral("Qualified electronic seal"), QStringLiteral("Seal certificate"), QStringLiteral("3D1E77")}
        << QStringList{QStringLiteral("Personal identity number"), QStringLiteral("Electronic signature by a person.")};
    QTest::newRow("changes not permitted")
        << notPermittedAssessment()
        << QStringList{QStringLiteral("The document was changed after signing in a way the signature does not permit."),
                       QStringLiteral("ETSI EN 319 102-1: TOTAL-FAILED / FORMAT_FAILURE"),
                       QStringLiteral("Certification signature (P=1): no changes are permitted."), QStringLiteral("Not permitted"),
                       QStringLiteral("1 of 2 change(s) made after signing are not permitted"), QStringLiteral("Annotation"),
                       QStringLiteral("The certification (P=1) permits no changes."), QStringLiteral("Warnings"),
                       QStringLiteral("The signature uses SHA-1"), QStringLiteral("Next level: B-LTA needs a document timestamp")}
        << QStringList{QStringLiteral("Permitted changes")};
    QTest::newRow("not validated")
        << unvalidatedAssessment()
        << QStringList{QStringLiteral("Not validated"), QStringLiteral("holds no validation result"), QStringLiteral("Intact")}
        << QStringList{QStringLiteral("ETSI EN 319 102-1:"), QStringLiteral("Certificate chain"), QStringLiteral("Revocation information"),
                       QStringLiteral("Validation time")};
    QTest::newRow("rich")
        << richAssessment()
        << QStringList{QStringLiteral("INDETERMINATE / CRYPTO_CONSTRAINTS_FAILURE_NO_POE"), QStringLiteral("TOTAL-FAILED / HASH_FAILURE"),
                       QStringLiteral("No trusted chain"), QStringLiteral("The chain ends at Test TSA, which is not a trusted certificate."),
                       QStringLiteral("Signature added"), QStringLiteral("Signature field “Justerare” was signed.")}
        << QStringList{};
}

void TestReport::signatureValidationShown()
{
    QFETCH(Assessment, assessment);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    QString html = reportHtml(assessment, fixedOptions());
    // The signatures section: after its heading, before its closing note on the ETSI terms.
    html = html.mid(html.indexOf(QStringLiteral("<h2>Signatures</h2>")));
    html = html.left(html.indexOf(QStringLiteral("<p class=\"note\">")));
    for (const QString &value : expected) {
        const QString escaped = value.startsWith(QLatin1String("<td>")) ? value : value.toHtmlEscaped();
        QVERIFY2(html.contains(escaped), qPrintable(QStringLiteral("missing: ") + value));
    }
    for (const QString &value : absent)
        QVERIFY2(!html.contains(value.toHtmlEscaped()), qPrintable(QStringLiteral("shown but should not be: ") + value));
}

void TestReport::personalNumberMaskedUnlessAsked_data()
{
    QTest::addColumn<Assessment>("assessment");
    QTest::addColumn<bool>("showPersonalData");
    QTest::newRow("masked") << cleanAssessment() << false;
    QTest::newRow("shown") << cleanAssessment() << true;
    // The number is also in the common name, in another form.
    QTest::newRow("masked, also in the name") << notPermittedAssessment() << false;
    QTest::newRow("shown, also in the name") << notPermittedAssessment() << true;
}

void TestReport::personalNumberMaskedUnlessAsked()
{
    QFETCH(Assessment, assessment);
    QFETCH(bool, showPersonalData);
    ReportOptions options = fixedOptions();
    options.showPersonalData = showPersonalData;
    const QString html = reportHtml(assessment, options);
    const QStringList forms{QStringLiteral("197803154280"), QStringLiteral("19780315-4280"), QStringLiteral("780315-4280")};

    QVERIFY(html.contains(QStringLiteral("Personal identity number")));
    if (showPersonalData) {
        QVERIFY(html.contains(QLatin1String(kPersonalNumber)));
        QVERIFY(html.contains(QStringLiteral("Shown in full, as asked for")));
        return;
    }
    QVERIFY(html.contains(QLatin1String(kPersonalNumberMasked)));
    QVERIFY(html.contains(QStringLiteral("Masked: personal data are shown in full only when asked for.")));
    for (const QString &form : forms)
        QVERIFY2(!html.contains(form), qPrintable(form));
    // The certificate still reads: only the number is hidden.
    QVERIFY(html.contains(QStringLiteral("serialNumber=PNOSE-19780315-****")));

    // Nor is it in the PDF a reader may copy text from.
    const QString path = m_dir.filePath(QStringLiteral("masked-%1.pdf").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
    QString error;
    QVERIFY2(AssessmentReport::writePdf(assessment, path, options, &error), qPrintable(error));
    const QString pdf = pdfText(path);
    QVERIFY(pdf.contains(QStringLiteral("Personal identity number")));
    for (const QString &form : forms)
        QVERIFY2(!pdf.contains(form), qPrintable(form));
}

void TestReport::violationsSortedByClause()
{
    const QString html = AssessmentReport::html(richAssessment(), fixedOptions());
    const qsizetype first = html.indexOf(QStringLiteral("<td>6.2.9</td>"));
    const qsizetype second = html.indexOf(QStringLiteral("<td>6.2.11.4.1</td>"));
    const qsizetype third = html.indexOf(QStringLiteral("<td>6.6.2.1</td>"));
    QVERIFY(first > 0);
    QVERIFY(first < second);
    QVERIFY(second < third);
    // Each row: clause, test number, failed checks.
    QVERIFY(html.contains(QStringLiteral("<td>6.2.11.4.1</td><td>1</td><td>12</td>")));
    QVERIFY(html.contains(QStringLiteral("<td>6.2.9</td><td>3</td><td>1</td>")));
}

void TestReport::reviewerShownWhenSet_data()
{
    QTest::addColumn<QString>("reviewer");
    QTest::newRow("none") << QString();
    QTest::newRow("named") << QStringLiteral("Eva Ek, arkivarie");
}

void TestReport::reviewerShownWhenSet()
{
    QFETCH(QString, reviewer);
    ReportOptions options = fixedOptions();
    options.reviewer = reviewer;
    const QString html = AssessmentReport::html(cleanAssessment(), options);
    QCOMPARE(html.contains(QStringLiteral("Reviewer")), !reviewer.isEmpty());
    if (!reviewer.isEmpty())
        QVERIFY(html.contains(reviewer));
    QVERIFY(html.contains(QStringLiteral("Granska ") + Assessor::engineVersion()));
}

void TestReport::datesFollowLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("date"); // a pattern: locales order and punctuate dates differently
    QTest::newRow("English (UK)") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("15 March 2024");
    QTest::newRow("English (US)") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("March 15, 2024");
    QTest::newRow("Swedish") << QLocale(QLocale::Swedish, QLocale::Sweden) << QStringLiteral("15 mars 2024");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("15\\. März 2024");
}

void TestReport::datesFollowLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, date);
    QLocale::setDefault(locale);
    const QString html = AssessmentReport::html(cleanAssessment(), fixedOptions());
    QVERIFY2(html.contains(QRegularExpression(date)), qPrintable(date));
    QVERIFY(html.contains(QStringLiteral("10:20:30")));
    QVERIFY(!html.contains(QStringLiteral("Friday"))); // the weekday only lengthens the line
}

void TestReport::documentPageSize()
{
    const std::unique_ptr<QTextDocument> a4 = AssessmentReport::document(richAssessment(), fixedOptions());
    QVERIFY(a4->pageSize().isValid());
    QCOMPARE(qRound(a4->pageSize().height() / a4->pageSize().width() * 1000), qRound(297.0 / 210.0 * 1000));
    QVERIFY(a4->pageCount() >= 2);

    QPdfWriter writer(m_dir.filePath(QStringLiteral("letter.pdf")));
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    const std::unique_ptr<QTextDocument> letter = AssessmentReport::document(richAssessment(), fixedOptions(), &writer);
    QCOMPARE(letter->pageSize().width(), qreal(writer.width()));
    QVERIFY(letter->pageSize().height() < writer.height()); // room for the footer

    // print() paginates the same layout onto the device, one device page per document page.
    QString error;
    QVERIFY2(AssessmentReport::print(richAssessment(), &writer, fixedOptions(), &error), qPrintable(error));
    const std::unique_ptr<Poppler::Document> printed = Poppler::Document::load(m_dir.filePath(QStringLiteral("letter.pdf")));
    QVERIFY(printed);
    QCOMPARE(printed->numPages(), letter->pageCount());
    QCOMPARE(qRound(printed->page(0)->pageSizeF().width()), 612); // US Letter, in points
    QVERIFY(!AssessmentReport::print(richAssessment(), nullptr, fixedOptions(), &error));
    QVERIFY(!error.isEmpty());
}

void TestReport::shortTablesStayOnOnePage_data()
{
    QTest::addColumn<Assessment>("assessment");
    QTest::newRow("rich") << richAssessment();
    QTest::newRow("twelve signatures") << manySignatures();
}

void TestReport::shortTablesStayOnOnePage()
{
    QFETCH(Assessment, assessment);
    QPdfWriter writer(m_dir.filePath(QStringLiteral("layout.pdf")));
    writer.setPageSize(QPageSize(QPageSize::A4));
    const std::unique_ptr<QTextDocument> document = AssessmentReport::document(assessment, fixedOptions(), &writer);
    const qreal page = document->pageSize().height();
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    int tables = 0;
    for (QTextFrame::iterator it = document->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            const QRectF rect = layout->frameBoundingRect(frame);
            if (rect.height() < page / 2) {
                ++tables;
                QCOMPARE(int(rect.top() / page), int((rect.bottom() - 1) / page));
            }
        } else if (it.currentBlock().blockFormat().headingLevel() > 0) {
            // A heading never ends a page: some of what it introduces follows on the same page.
            const QRectF heading = layout->blockBoundingRect(it.currentBlock());
            QVERIFY(int(heading.top() / page) == int((heading.bottom() + page / 20) / page));
        } else if (const QRectF paragraph = layout->blockBoundingRect(it.currentBlock()); paragraph.height() < page / 10) {
            // Nor is a short paragraph, such as the notes under the tables, cut in two.
            QCOMPARE(int(paragraph.top() / page), int((paragraph.bottom() - 1) / page));
        }
    }
    QVERIFY(tables >= 5);
}

void TestReport::writePdf_data()
{
    QTest::addColumn<Assessment>("assessment");
    QTest::addColumn<int>("minimumPages");
    QTest::newRow("rich") << richAssessment() << 1;
    QTest::newRow("clean") << cleanAssessment() << 1;
    QTest::newRow("hostile") << hostileAssessment() << 1;
    QTest::newRow("failed") << failedAssessment() << 1;
    QTest::newRow("indeterminate") << indeterminateAssessment() << 1;
    QTest::newRow("failed validation") << failedValidationAssessment() << 1;
    QTest::newRow("seal") << sealAssessment() << 1;
    QTest::newRow("not permitted") << notPermittedAssessment() << 1;
    QTest::newRow("not validated") << unvalidatedAssessment() << 1;
    QTest::newRow("twelve signatures") << manySignatures() << 12;
    for (const QString &file : {QStringLiteral("dss__DSS-1983.pdf"), QStringLiteral("dss__pdf-byterange-overlap.pdf")}) {
        if (const std::optional<Assessment> a = corpusAssessment(file))
            QTest::newRow(qPrintable(QStringLiteral("corpus ") + file)) << *a << 1;
    }
}

void TestReport::writePdf()
{
    QFETCH(Assessment, assessment);
    QFETCH(int, minimumPages);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')) + QStringLiteral(".pdf"));
    QString error;
    QVERIFY2(AssessmentReport::writePdf(assessment, path, fixedOptions(), &error), qPrintable(error));
    QVERIFY(error.isEmpty());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    file.close();

    const std::unique_ptr<Poppler::Document> pages = Poppler::Document::load(path);
    QVERIFY(pages);
    QVERIFY2(pages->numPages() >= minimumPages, qPrintable(QString::number(pages->numPages())));

    // Granska reads its own report's PDF/A identification.
    const Assessment report = Assessor::assess(path);
    QCOMPARE(report.status, AssessmentStatus::Ok);
    QCOMPARE(report.pdfa.claim.part, 1);
    QCOMPARE(report.pdfa.claim.conformance, QStringLiteral("B"));
    QVERIFY(report.identity.title.contains(assessment.identity.fileName));
    // Where Granska has PDF/A-1b rules, none of them may fail on its own report.
    AssessOptions asPdfa1b;
    asPdfa1b.profile = QStringLiteral("1b");
    const PdfaResult validation = Assessor::assess(path, asPdfa1b).pdfa;
    if (validation.compliant.has_value()) {
        QStringList failed;
        for (const RuleViolation &v : validation.violations)
            failed << v.ruleId() + QStringLiteral(": ") + v.message;
        QVERIFY2(*validation.compliant, qPrintable(failed.join(QLatin1Char('\n'))));
    }

    // The text a reader gets from the PDF: the hash whole on one line, the name, the page footer.
    const QString text = pdfText(path);
    QVERIFY2(text.contains(assessment.identity.sha256), qPrintable(text.left(2000)));
    QVERIFY(text.contains(assessment.identity.fileName));
    QVERIFY(text.contains(QStringLiteral("Assessment report")));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Page 1 of \\d+"))));
    if (assessment.identity.fileName.startsWith(QLatin1String("hostile")))
        QVERIFY(text.contains(QStringLiteral("<script>alert('owned')</script>")));

    if (qEnvironmentVariableIsSet("GRANSKA_KEEP_REPORTS"))
        qInfo("Report kept: %s", qPrintable(path));
}

void TestReport::writePdfFailsOnUnwritablePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("missing folder") << m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    QTest::newRow("folder as file") << m_dir.path();
    QTest::newRow("empty path") << QString();
}

void TestReport::writePdfFailsOnUnwritablePath()
{
    QFETCH(QString, path);
    QString error;
    QVERIFY(!AssessmentReport::writePdf(cleanAssessment(), path, fixedOptions(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("Cannot write the report")), qPrintable(error));
}

void TestReport::pdfPassesPreflight_data()
{
    QTest::addColumn<Assessment>("assessment");
    QTest::newRow("rich") << richAssessment();
    QTest::newRow("clean") << cleanAssessment();
    QTest::newRow("not permitted") << notPermittedAssessment();
    QTest::newRow("twelve signatures") << manySignatures();
    QTest::newRow("hostile") << hostileAssessment();
    if (const std::optional<Assessment> a = corpusAssessment(QStringLiteral("dss__DSS-1983.pdf")))
        QTest::newRow("corpus DSS-1983") << *a;
}

void TestReport::pdfPassesPreflight()
{
    QFETCH(Assessment, assessment);
    if (!preflightAvailable())
        QSKIP("PDFBox preflight is not installed (apt-get install libpdfbox2-java libactivation-java libjaxb-api-java)");

    const QString path = m_dir.filePath(QStringLiteral("preflight-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
    QString error;
    QVERIFY2(AssessmentReport::writePdf(assessment, path, fixedOptions(), &error), qPrintable(error));
    QString output;
    QVERIFY2(passesPreflight(path, &output), qPrintable(output));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
