// What changed after each signature, and whether it was permitted: generated documents (approval
// and certification signatures followed by each kind of update, and the attacks that hide or swap
// signed content) and real signed files from the shared corpus.
#include "Fixtures.h"
#include "HostilePdfs.h"
#include "IncrementalUpdate.h"
#include "ModificationFixtures.h"
#include "pdf/PdfDocument.h"
#include "pdf/RevisionScanner.h"
#include "signatures/ModificationPolicy.h"
#include "signatures/Modifications.h"
#include "signatures/SignatureAnalyzer.h"
#include "signatures/SignatureDictionaries.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace granska;
using namespace granska::fixtures;
using namespace modificationtest;

namespace {

QString corpusDir()
{
    return QStringLiteral(GRANSKA_SHARED_DIR "/corpus/signed/files");
}

struct Judged {
    QString error;
    QList<Revision> revisions;
    QList<SignatureInfo> signatures;
    qint64 judgeMs = 0;
};

Judged judge(const QString &path)
{
    Judged out;
    PdfDocument::OpenResult opened = PdfDocument::open(path);
    if (!opened.document) {
        out.error = opened.message;
        return out;
    }
    PdfDocument &document = *opened.document;
    out.revisions = scanRevisions(document.bytes()).revisions;
    const Budget budget;
    try {
        out.signatures = analyzeSignatures(document, out.revisions, SignatureOptions(), budget).signatures;
    } catch (const std::exception &) {
        // The analyzer gives up on some hostile final revisions (a page tree loop): take the
        // signatures as the revision before the last one shows them; their byte ranges are the same.
        if (out.revisions.size() < 2)
            throw;
        const QByteArrayView earlier = signedRevisionBytes(document.bytes(), out.revisions[out.revisions.size() - 2]);
        PdfDocument::OpenResult previous = PdfDocument::openView(earlier, QStringLiteral("earlier revision"));
        if (!previous.document)
            throw;
        out.signatures = analyzeSignatures(*previous.document, out.revisions.first(out.revisions.size() - 1), SignatureOptions(), budget).signatures;
    }
    QElapsedTimer timer;
    timer.start();
    judgeModifications(document, out.revisions, out.signatures, budget);
    out.judgeMs = timer.elapsed();
    return out;
}

QString describe(const SignatureInfo &s)
{
    QStringList lines;
    lines << QStringLiteral("%1 (revision %2, P=%3): %4").arg(s.field).arg(s.revision).arg(s.certificationLevel).arg(s.modificationsAfter);
    for (const ModificationInfo &m : s.modifications)
        lines << QStringLiteral("  r%1 %2 %3: %4").arg(m.revision).arg(m.kind, m.permitted ? "ok" : "NO", m.description);
    return lines.join(QLatin1Char('\n'));
}

QString describe(const Judged &judged)
{
    if (!judged.error.isEmpty())
        return judged.error;
    QStringList parts;
    for (const SignatureInfo &s : judged.signatures)
        parts << describe(s);
    return parts.join(QLatin1Char('\n'));
}

QStringList kindsOf(const SignatureInfo &s)
{
    QStringList kinds;
    for (const ModificationInfo &m : s.modifications) {
        if (!kinds.contains(m.kind))
            kinds << m.kind;
    }
    return kinds;
}

} // namespace

class ModificationsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void permissionLevels_data();
    void permissionLevels();
    void fieldLocks_data();
    void fieldLocks();
    void generated_data();
    void generated();
    void signedRevisionBytesArePrefixes();
    void tenRevisionsAreQuick();
    void earlierRevisionsReadNoUnreadObject();

    void corpus_data();
    void corpus();
    void corpusWithoutModifications_data();
    void corpusWithoutModifications();
    void everyCorpusFileIsJudged_data();
    void everyCorpusFileIsJudged();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString rowPath(const QString &suffix) const;
    FixtureStatus applyAction(const QString &action, const QString &signedFile, const QString &modified, int danglingObject) const;

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    QStringList m_table; // file -> verdicts, printed at the end for the report
};

void ModificationsTest::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    m_pki = std::make_unique<TestPki>();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
}

void ModificationsTest::cleanupTestCase()
{
    if (!m_table.isEmpty())
        qInfo().noquote() << "\nfile | signature: verdict [kinds]\n" + m_table.join(QLatin1Char('\n'));
}

QString ModificationsTest::rowPath(const QString &suffix) const
{
    QString tag = QString::fromUtf8(QTest::currentDataTag());
    tag.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return path(tag + QLatin1Char('-') + suffix);
}

// ISO 32000-1, table 254 (DocMDP P), with PAdES's validation data and document timestamps, which
// every level allows; 0 stands for an approval signature without certification.
void ModificationsTest::permissionLevels_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QList<bool>>("permitted"); // at P = 0 (approval), 1, 2, 3

    QTest::newRow("validation data") << "validation-data" << QList<bool>{true, true, true, true};
    QTest::newRow("document timestamp") << "document-timestamp" << QList<bool>{true, true, true, true};
    QTest::newRow("metadata") << "metadata" << QList<bool>{true, true, true, true};
    QTest::newRow("signature") << "signature" << QList<bool>{true, false, true, true};
    QTest::newRow("form filling") << "form-fill" << QList<bool>{true, false, true, true};
    QTest::newRow("annotation") << "annotation" << QList<bool>{true, false, false, true};
    QTest::newRow("page added") << "page-added" << QList<bool>{false, false, false, false};
    QTest::newRow("page removed") << "page-removed" << QList<bool>{false, false, false, false};
    QTest::newRow("other") << "other" << QList<bool>{false, false, false, false};
}

void ModificationsTest::permissionLevels()
{
    QFETCH(QString, kind);
    QFETCH(QList<bool>, permitted);
    for (int level = 0; level <= 3; ++level) {
        const modifications::Change change{2, kind, QStringLiteral("A change."), QString()};
        const modifications::Verdict verdict = modifications::judgeChange(change, level, {});
        QVERIFY2(verdict.permitted == permitted[level], qPrintable(QStringLiteral("P=%1").arg(level)));
        QCOMPARE(verdict.reason.isEmpty(), verdict.permitted);
    }
}

void ModificationsTest::fieldLocks_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("locked");

    QTest::newRow("all") << "All" << QStringList() << "Anything" << true;
    QTest::newRow("include, listed") << "Include" << QStringList{"Name", "Date"} << "Date" << true;
    QTest::newRow("include, not listed") << "Include" << QStringList{"Name"} << "Date" << false;
    QTest::newRow("include, below a listed parent") << "Include" << QStringList{"Applicant"} << "Applicant.Name" << true;
    QTest::newRow("include, same prefix only") << "Include" << QStringList{"Name"} << "Names" << false;
    QTest::newRow("exclude, listed") << "Exclude" << QStringList{"Remarks"} << "Remarks" << false;
    QTest::newRow("exclude, not listed") << "Exclude" << QStringList{"Remarks"} << "Name" << true;
}

void ModificationsTest::fieldLocks()
{
    QFETCH(QString, action);
    QFETCH(QStringList, fields);
    QFETCH(QString, field);
    QFETCH(bool, locked);
    modifications::FieldLock lock;
    lock.action = action == QLatin1String("All")       ? modifications::FieldLock::Action::All
                  : action == QLatin1String("Include") ? modifications::FieldLock::Action::Include
                                                       : modifications::FieldLock::Action::Exclude;
    lock.fields = fields;
    lock.lockedBy = QStringLiteral("Approval");
    QCOMPARE(lock.locks(field), locked);
    // A lock forbids filling the field and signing it, at any level that otherwise allows both.
    for (const char *kind : {"form-fill", "signature"}) {
        const modifications::Change change{3, QLatin1String(kind), QStringLiteral("A change."), field};
        const modifications::Verdict verdict = modifications::judgeChange(change, 0, {lock});
        QCOMPARE(verdict.permitted, !locked);
        QCOMPARE(verdict.reason.contains(QLatin1String("Approval")), locked);
    }
}

// setup: how the document is signed ("approval" with a real signature, "certN" with DocMDP P=N,
// "lock" = P=2 with a FieldMDP lock on field Name, "sneaky" = approval where the first field's
// appearance is also referenced from the catalog, "dangling" = approval where the page content
// refers to an object that does not exist yet). action: the update made after signing.
void ModificationsTest::generated_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expected"); // modificationsAfter
    QTest::addColumn<QString>("kind");     // a kind the modifications must include; empty for none

    QTest::newRow("P=1, form fill") << "cert1" << "fill" << "not-permitted" << "form-fill";
    QTest::newRow("P=1, validation data") << "cert1" << "dss" << "permitted" << "validation-data";
    QTest::newRow("P=1, document timestamp") << "cert1" << "timestamp" << "permitted" << "document-timestamp";
    QTest::newRow("P=1, second signature") << "cert1" << "sign" << "not-permitted" << "signature";
    QTest::newRow("P=2, form fill") << "cert2" << "fill" << "permitted" << "form-fill";
    QTest::newRow("P=2, second signature") << "cert2" << "sign" << "permitted" << "signature";
    QTest::newRow("P=2, annotation") << "cert2" << "annotation" << "not-permitted" << "annotation";
    QTest::newRow("P=3, annotation") << "cert3" << "annotation" << "permitted" << "annotation";
    QTest::newRow("P=3, page added") << "cert3" << "page" << "not-permitted" << "page-added";
    QTest::newRow("FieldMDP, locked field filled") << "lock" << "fill" << "not-permitted" << "form-fill";
    QTest::newRow("FieldMDP, other field filled") << "lock" << "fill-other" << "permitted" << "form-fill";
    QTest::newRow("approval, form fill") << "approval" << "fill" << "permitted" << "form-fill";
    QTest::newRow("approval, form fill in place") << "approval" << "fill-in-place" << "permitted" << "form-fill";
    QTest::newRow("approval, annotation") << "approval" << "annotation" << "permitted" << "annotation";
    QTest::newRow("approval, validation data") << "approval" << "dss" << "permitted" << "validation-data";
    QTest::newRow("approval, second signature") << "approval" << "sign" << "permitted" << "signature";
    QTest::newRow("approval, title changed") << "approval" << "title" << "permitted" << "metadata";
    QTest::newRow("approval, page added") << "approval" << "page" << "not-permitted" << "page-added";
    QTest::newRow("approval, page removed") << "approval" << "remove-page" << "not-permitted" << "page-removed";
    QTest::newRow("approval, page content replaced") << "approval" << "content" << "not-permitted" << "other";
    QTest::newRow("approval, appearance without value") << "approval" << "appearance-only" << "not-permitted" << "other";
    QTest::newRow("approval, widget hidden") << "approval" << "hide" << "not-permitted" << "other";
    QTest::newRow("approval, widget made read-only") << "approval" << "read-only" << "permitted" << "form-fill";
    QTest::newRow("approval, unchanged objects written again") << "approval" << "rewrite" << "none" << "";
    QTest::newRow("shared appearance filled in place") << "sneaky" << "fill-in-place" << "not-permitted" << "other";
    QTest::newRow("shared appearance replaced by a new one") << "sneaky" << "fill" << "permitted" << "form-fill";
    QTest::newRow("reference filled in after signing") << "dangling" << "fill-dangling" << "not-permitted" << "other";
    QTest::newRow("page tree made a loop") << "approval" << "loop" << "not-permitted" << "other";
    QTest::newRow("deeply nested arrays") << "approval" << "deep" << "not-permitted" << "other";
    QTest::newRow("huge array") << "approval" << "huge" << "not-permitted" << "other";
    QTest::newRow("update without %%EOF") << "approval" << "title-without-eof" << "not-permitted" << "other";
    QTest::newRow("comment appended after %%EOF") << "approval" << "comment" << "none" << "";
    QTest::newRow("objects in object streams, field filled") << "objstm" << "fill" << "permitted" << "form-fill";
    QTest::newRow("object stream rewritten under its number") << "objstm" << "objstm-page" << "not-permitted" << "other";
    // The signed revision reads the objects a later update wrote again from its object streams.
    QTest::newRow("objects in object streams, page content replaced") << "objstm" << "content" << "not-permitted" << "other";
    QTest::newRow("objects in object streams, widget hidden") << "objstm" << "hide" << "not-permitted" << "other";
    QTest::newRow("objects in object streams, annotation") << "objstm" << "annotation" << "permitted" << "annotation";
    QTest::newRow("objects in object streams, written again unchanged") << "objstm" << "rewrite" << "none" << "";
}

// The update made after signing, by name (see generated_data()).
FixtureStatus ModificationsTest::applyAction(const QString &action, const QString &signedFile, const QString &modified,
                                             int danglingObject) const
{
    const QString value = QStringLiteral("Filled after signing");
    const QString name = QStringLiteral("Name");
    if (action == QLatin1String("fill"))
        return fillField(signedFile, modified, name, value);
    if (action == QLatin1String("fill-other"))
        return fillField(signedFile, modified, QStringLiteral("Other"), value);
    if (action == QLatin1String("fill-in-place"))
        return fillField(signedFile, modified, name, value, AppearanceUpdate::InPlace);
    if (action == QLatin1String("dss"))
        return addDss(signedFile, modified);
    if (action == QLatin1String("sign")) {
        SignOptions second;
        second.fieldName = QStringLiteral("Second");
        return signPdf(signedFile, modified, m_pki->rsaSigner(), second);
    }
    if (action == QLatin1String("timestamp")) {
        Certification timestamp;
        timestamp.p = 0;
        timestamp.fieldName = QStringLiteral("Timestamp");
        timestamp.documentTimestamp = true;
        return certify(signedFile, modified, timestamp);
    }
    if (action == QLatin1String("annotation"))
        return addAnnotation(signedFile, modified);
    if (action == QLatin1String("page"))
        return addPage(signedFile, modified);
    if (action == QLatin1String("remove-page"))
        return removeLastPage(signedFile, modified);
    if (action == QLatin1String("content"))
        return replacePageContent(signedFile, modified, QStringLiteral("Something else was signed"));
    if (action == QLatin1String("appearance-only"))
        return changeAppearanceOnly(signedFile, modified, name);
    if (action == QLatin1String("hide"))
        return setWidgetFlags(signedFile, modified, name, 4 | 2); // Print | Hidden
    if (action == QLatin1String("read-only"))
        return setWidgetFlags(signedFile, modified, name, 4 | 64); // Print | ReadOnly
    if (action == QLatin1String("title"))
        return appendIncrementalUpdate(signedFile, modified);
    if (action == QLatin1String("rewrite"))
        return rewriteUnchanged(signedFile, modified);
    if (action == QLatin1String("fill-dangling"))
        return fillDanglingContent(signedFile, modified, danglingObject);
    if (action == QLatin1String("deep"))
        return addRawResource(signedFile, modified, QByteArray(5000, '[') + QByteArray(5000, ']'));
    if (action == QLatin1String("huge"))
        return addRawResource(signedFile, modified, '[' + QByteArray("0 ").repeated(300'000) + ']');
    if (action == QLatin1String("loop"))
        return loopPageTree(signedFile, modified);
    if (action == QLatin1String("objstm-page"))
        return rewriteObjectStreamOfAPage(signedFile, modified);
    if (action == QLatin1String("comment"))
        return appendBytes(signedFile, modified, "% a comment after the end\n");
    if (action == QLatin1String("title-without-eof")) {
        const QString updated = modified + QStringLiteral(".closed.pdf");
        const FixtureStatus status = appendIncrementalUpdate(signedFile, updated);
        return status ? removeFinalEofMarker(updated, modified) : status;
    }
    return FixtureStatus::failure(QStringLiteral("unknown action %1").arg(action));
}

void ModificationsTest::generated()
{
    QFETCH(QString, setup);
    QFETCH(QString, action);
    QFETCH(QString, expected);
    QFETCH(QString, kind);

    constexpr int kDanglingObject = 900;
    PdfOptions options;
    options.title = QStringLiteral("Protokoll");
    const QString plain = rowPath(QStringLiteral("plain.pdf"));
    QVERIFY_FIXTURE(makePdf(plain, 2, options));
    const QString withFields = rowPath(QStringLiteral("fields.pdf"));
    QVERIFY_FIXTURE(addTextFields(plain, withFields, {QStringLiteral("Name"), QStringLiteral("Other")},
                                  setup == QLatin1String("sneaky") ? QStringLiteral("FooBar") : QString()));
    QString toSign = withFields;
    if (setup == QLatin1String("objstm")) {
        toSign = rowPath(QStringLiteral("packed.pdf"));
        QVERIFY_FIXTURE(packIntoObjectStreams(withFields, toSign));
    }
    if (setup == QLatin1String("dangling")) {
        toSign = rowPath(QStringLiteral("dangling.pdf"));
        QVERIFY_FIXTURE(addDanglingContent(withFields, toSign, kDanglingObject));
    }

    const QString signedFile = rowPath(QStringLiteral("signed.pdf"));
    int level = 0;
    if (setup.startsWith(QLatin1String("cert")) || setup == QLatin1String("lock")) {
        Certification certification;
        certification.p = setup == QLatin1String("lock") ? 2 : setup.mid(4).toInt();
        if (setup == QLatin1String("lock"))
            certification.lockedFields << QStringLiteral("Name");
        level = certification.p;
        QVERIFY_FIXTURE(certify(toSign, signedFile, certification));
    } else {
        QVERIFY_FIXTURE(signPdf(toSign, signedFile, m_pki->ecSigner()));
    }

    const QString modified = rowPath(QStringLiteral("modified.pdf"));
    QVERIFY_FIXTURE(applyAction(action, signedFile, modified, kDanglingObject));

    const Judged judged = judge(modified);
    QVERIFY2(judged.error.isEmpty(), qPrintable(judged.error));
    QVERIFY2(!judged.signatures.isEmpty(), qPrintable(describe(judged)));
    const SignatureInfo &first = judged.signatures.first();
    // Data appended without %%EOF is no revision of its own: the signed revision is then the last.
    const bool unclosed = action == QLatin1String("title-without-eof") || action == QLatin1String("comment");
    const qsizetype lastRevision = judged.revisions.size() + (unclosed ? 1 : 0);
    QCOMPARE(first.revision, lastRevision - 1);
    QVERIFY2(first.modificationsAfter == expected, qPrintable(describe(judged)));
    QCOMPARE(first.certificationLevel, level);
    if (kind.isEmpty())
        QVERIFY2(first.modifications.isEmpty(), qPrintable(describe(judged)));
    else
        QVERIFY2(kindsOf(first).contains(kind), qPrintable(describe(judged)));
    QVERIFY2(judged.judgeMs < 2000, qPrintable(QStringLiteral("%1 ms").arg(judged.judgeMs)));
    for (const ModificationInfo &m : first.modifications) {
        QCOMPARE(m.revision, lastRevision);
        QVERIFY(!m.description.isEmpty());
    }
    // The signature added last has nothing after it.
    if (judged.signatures.size() > 1)
        QCOMPARE(judged.signatures.last().modificationsAfter, QStringLiteral("none"));
}

void ModificationsTest::signedRevisionBytesArePrefixes()
{
    const QString plain = path(QStringLiteral("prefix-plain.pdf"));
    const QString signedFile = path(QStringLiteral("prefix-signed.pdf"));
    const QString updated = path(QStringLiteral("prefix-updated.pdf"));
    QVERIFY_FIXTURE(makePdf(plain, 1));
    QVERIFY_FIXTURE(signPdf(plain, signedFile, m_pki->ecSigner()));
    QVERIFY_FIXTURE(appendIncrementalUpdate(signedFile, updated));
    QFile file(updated);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QList<Revision> revisions = scanRevisions(bytes).revisions;
    QCOMPARE(revisions.size(), 3);
    QFile original(signedFile);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArrayView view = signedRevisionBytes(bytes, revisions[1]);
    QCOMPARE(view.data(), bytes.constData()); // a view into the file, not a copy
    QCOMPARE(view.toByteArray(), original.readAll());
    QCOMPARE(signedRevisionBytes(bytes, revisions.last()).size(), bytes.size());
    QVERIFY(signedRevisionBytes(bytes, Revision()).isEmpty());
    // The signed version opens on its own.
    PdfDocument::OpenResult opened = PdfDocument::openView(view, QStringLiteral("signed version"));
    QVERIFY2(opened.document, qPrintable(opened.message));
}

// A signature dictionary that nothing refers to, whose value is damaged, is never read: not in the
// document, and not because an earlier revision, opened to judge what changed, asks about it (it
// once asked the document whether the object is a stream, which read it and reported the damage).
void ModificationsTest::earlierRevisionsReadNoUnreadObject()
{
    const QByteArray hex = "ab" + QByteArray(998, 'c');
    const QByteArray range = "/ByteRange [0 0000000000 0000000000 0000000000]";
    QByteArray pdf = classicPdf({
        {1, "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] /SigFlags 3 >> >>"},
        {2, "<< /Type /Pages /Kids [5 0 R] /Count 1 >>"},
        {3, "<< /FT /Sig /T (Signature1) /V 4 0 R /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /P 5 0 R >>"},
        {4, "<< /Type /Sig /SubFilter /ETSI.CAdES.detached " + range + " /Contents <" + hex + "> >>"},
        {5, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [3 0 R] >>"},
        {6, "<< /Type /Sig /SubFilter /ETSI.CAdES.detached " + range + " /Contents <" + hex.left(500) + "zz" + hex.mid(500) + "> >>"},
    });
    // Both byte ranges cover the first revision but for their own value.
    for (const QByteArray &object : {QByteArray("4 0 obj"), QByteArray("6 0 obj")}) {
        const qsizetype at = pdf.indexOf(object);
        const qsizetype start = pdf.indexOf("<ab", at);
        const qsizetype end = pdf.indexOf('>', start) + 1;
        const auto number = [](qint64 n) { return QByteArray::number(n).rightJustified(10, '0'); };
        pdf.replace(pdf.indexOf(range, at), range.size(),
                    "/ByteRange [0 " + number(start) + ' ' + number(end) + ' ' + number(pdf.size() - end) + ']');
    }
    // A second revision changes the document information only.
    IncrementalUpdate update(pdf);
    update.setTrailerKey("/Info", update.addRawObject("<< /Producer (test) >>"));
    pdf = update.write().bytes;

    PdfDocument::OpenResult opened = PdfDocument::openView(pdf, QStringLiteral("test"));
    QVERIFY(opened.document);
    PdfDocument &document = *opened.document;
    const QList<Revision> revisions = scanRevisions(document.bytes()).revisions;
    QCOMPARE(revisions.size(), 2);
    const QList<QList<qint64>> ranges = rawByteRanges(document.bytes());
    QCOMPARE(ranges.size(), 2);
    readSignatureDictionaries(document, ranges);
    QList<SignatureInfo> signatures = analyzeSignatures(document, revisions, SignatureOptions(), Budget(), nullptr, &ranges).signatures;
    QCOMPARE(signatures.size(), 1);
    QCOMPARE(signatures.first().revision, 1); // so the first revision is opened to compare
    judgeModifications(document, revisions, signatures, Budget(), &ranges);
    for (const QString &warning : document.takeParserWarnings())
        QVERIFY2(!warning.contains(QLatin1String("object 6 0")), qPrintable(warning));
}

void ModificationsTest::tenRevisionsAreQuick()
{
    const QString plain = path(QStringLiteral("ten-plain.pdf"));
    const QString fields = path(QStringLiteral("ten-fields.pdf"));
    QVERIFY_FIXTURE(makePdf(plain, 3));
    QVERIFY_FIXTURE(addTextFields(plain, fields, {QStringLiteral("Name"), QStringLiteral("Other")}));
    QString current = path(QStringLiteral("ten-1.pdf"));
    QVERIFY_FIXTURE(signPdf(fields, current, m_pki->ecSigner()));
    for (int i = 2; i <= 8; ++i) {
        const QString next = path(QStringLiteral("ten-%1.pdf").arg(i));
        if (i % 2 == 0)
            QVERIFY_FIXTURE(fillField(current, next, QStringLiteral("Name"), QStringLiteral("Value %1").arg(i)));
        else
            QVERIFY_FIXTURE(appendIncrementalUpdate(current, next, QStringLiteral("Title %1").arg(i)));
        current = next;
    }
    const Judged judged = judge(current);
    QVERIFY2(judged.error.isEmpty(), qPrintable(judged.error));
    QCOMPARE(judged.revisions.size(), 10);
    QCOMPARE(judged.signatures.size(), 1);
    QCOMPARE(judged.signatures.first().modificationsAfter, QStringLiteral("permitted"));
    qInfo("ten revisions judged in %lld ms", judged.judgeMs);
    QVERIFY2(judged.judgeMs < 1000, qPrintable(QStringLiteral("%1 ms").arg(judged.judgeMs)));
}

// Real files whose changes after signing are known from the projects that published them.
void ModificationsTest::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("signature"); // index, oldest first
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *file, int signature, const char *expected) {
        QTest::addRow("%s #%d", file, signature) << QString::fromLatin1(file) << signature << QString::fromLatin1(expected);
    };
    row("dss__pdf-removed-pages.pdf", 0, "not-permitted");
    row("dss__dss-2236_hide.pdf", 0, "not-permitted");
    row("dss__dss-2236_annotation-and-visible-change.pdf", 0, "not-permitted");
    row("dss__modified_after_signature.pdf", 0, "not-permitted");
    row("dss__pades-signed-annot-added.pdf", 0, "permitted");
    row("dss__pades-signed-filled-form.pdf", 0, "permitted");
    row("dss__DSS-2821.pdf", 0, "permitted");
    row("dss__DSS-2821.pdf", 1, "permitted");
    row("dss__DSS-3577.pdf", 0, "permitted");
    row("dss__dss-2554_certified-no-change-permitted.pdf", 0, "none");
    row("dss__dss-2554_fieldmdp-exclude-signed.pdf", 0, "permitted");
    row("dss__timestamped-fields.pdf", 0, "permitted");
    row("dss__timestamped-fields.pdf", 1, "none");
    row("dss__pdf-structtreeroot-changes.pdf", 0, "permitted");
    row("dss__pdf-structtreeroot-changes.pdf", 1, "none");
    row("pyhanko__extensions-direct.pdf", 0, "permitted");
    row("pyhanko__extensions-indirect-not-all-paths.pdf", 0, "not-permitted");
    row("pyhanko__form-update-override-appearance-stream.pdf", 0, "permitted");
    row("pyhanko__form-update-override-appearance-stream-sneaky.pdf", 0, "not-permitted");
    row("pyhanko__minimal-signed-twice-both-created.pdf", 0, "permitted");
    row("pyhanko__minimal-signed-twice-no-sig-type.pdf", 0, "permitted");
    row("sigval__add-annotation.pdf", 0, "permitted");
    // Files the DSS project's default test finds no modification in, judged differently here on
    // purpose: DSS reports these only as warnings of its policy.
    // FieldMDP /Action /All on TestSignature; TestField2 changes from TEST2 to TEST20 afterwards.
    row("dss__test-with-vri.pdf", 0, "not-permitted");
    // The last update's trailer says /Prev 0: a reader that follows its cross-reference table, as
    // QPDF does, sees no pages at all; others repair the file.
    row("dss__pades-5-signatures-and-1-document-timestamp.pdf", 0, "not-permitted");
}

void ModificationsTest::corpus()
{
    QFETCH(QString, file);
    QFETCH(int, signature);
    QFETCH(QString, expected);
    const QString full = QDir(corpusDir()).filePath(file);
    if (!QFileInfo::exists(full))
        QSKIP("the shared corpus is not available");
    const Judged judged = judge(full);
    QVERIFY2(judged.error.isEmpty(), qPrintable(judged.error));
    QVERIFY2(signature < judged.signatures.size(), qPrintable(describe(judged)));
    const SignatureInfo &s = judged.signatures[signature];
    m_table << QStringLiteral("%1 | #%2 %3: %4 [%5] (expected %6)")
                   .arg(file)
                   .arg(signature)
                   .arg(s.field, s.modificationsAfter, kindsOf(s).join(QLatin1Char(',')), expected);
    QVERIFY2(s.modificationsAfter == expected, qPrintable(describe(judged)));
}

// Files for which the DSS project's tests find no modifications: every signature is either
// untouched or followed only by permitted changes (validation data, timestamps, signatures).
void ModificationsTest::corpusWithoutModifications_data()
{
    QTest::addColumn<QString>("file");
    QFile manifest(QStringLiteral(GRANSKA_SHARED_DIR "/corpus/signed/manifest.csv"));
    if (!manifest.open(QIODevice::ReadOnly)) {
        QTest::newRow("no corpus") << QString();
        return;
    }
    // Judged differently on purpose: see corpus_data().
    const QList<QByteArray> different{"dss__test-with-vri.pdf", "dss__pades-5-signatures-and-1-document-timestamp.pdf"};
    const QList<QByteArray> lines = manifest.readAll().split('\n');
    for (const QByteArray &line : lines.mid(1)) {
        const QByteArray file = line.left(line.indexOf(','));
        if (line.contains("no PDF modifications detected (DSS-default)") && !different.contains(file))
            QTest::newRow(file.constData()) << QString::fromUtf8(file);
    }
}

void ModificationsTest::corpusWithoutModifications()
{
    QFETCH(QString, file);
    const QString full = QDir(corpusDir()).filePath(file);
    if (file.isEmpty() || !QFileInfo::exists(full))
        QSKIP("the shared corpus is not available");
    const Judged judged = judge(full);
    QVERIFY2(judged.error.isEmpty(), qPrintable(judged.error));
    for (qsizetype i = 0; i < judged.signatures.size(); ++i) {
        const SignatureInfo &s = judged.signatures[i];
        m_table << QStringLiteral("%1 | #%2 %3: %4 [%5] (expected none or permitted)")
                       .arg(file)
                       .arg(i)
                       .arg(s.field, s.modificationsAfter.isEmpty() ? QStringLiteral("undetermined") : s.modificationsAfter,
                            kindsOf(s).join(QLatin1Char(',')));
        QVERIFY2(s.modificationsAfter != QLatin1String("not-permitted"), qPrintable(describe(judged)));
    }
}

// Whatever the file, judging it ends quickly with a verdict for each signature (or none, when
// its byte range ends at no revision).
void ModificationsTest::everyCorpusFileIsJudged_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(corpusDir()).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QTest::newRow("no corpus") << QString();
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void ModificationsTest::everyCorpusFileIsJudged()
{
    QFETCH(QString, file);
    if (file.isEmpty())
        QSKIP("the shared corpus is not available");
    Judged judged;
    try {
        judged = judge(QDir(corpusDir()).filePath(file));
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }
    if (!judged.error.isEmpty())
        QSKIP(qPrintable(judged.error)); // not a PDF QPDF can open: nothing to judge
    const QStringList verdicts{QString(), QStringLiteral("none"), QStringLiteral("permitted"), QStringLiteral("not-permitted")};
    for (const SignatureInfo &s : judged.signatures) {
        QVERIFY2(verdicts.contains(s.modificationsAfter), qPrintable(describe(s)));
        QCOMPARE(s.modificationsAfter.isEmpty(), s.revision <= 0);
        QVERIFY(s.certificationLevel >= 0 && s.certificationLevel <= 3);
    }
    QVERIFY2(judged.judgeMs < 5000, qPrintable(QStringLiteral("%1 ms").arg(judged.judgeMs)));
}

QTEST_GUILESS_MAIN(ModificationsTest)
#include "tst_modifications.moc"
