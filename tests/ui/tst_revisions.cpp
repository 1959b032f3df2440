// Earlier revisions: extracting the bytes of a revision (and refusing a file that changed since it
// was assessed), the pixel comparison of two page renderings, the revision timeline's content for
// a document changed after signing, viewing a revision in the preview and going back, saving the
// signed version, and the visual comparison of a signed revision with the final document.
// Documents are made at test time (tests/fixtures): two pages, signed, then a comment on page 2
// and a blank page added, each as an incremental update.
#include "Fixtures.h"
#include "MainWindow.h"
#include "PageDiff.h"
#include "PagePreview.h"
#include "RevisionBrowser.h"
#include "RevisionCompareDialog.h"
#include "RevisionTimeline.h"
#include "RevisionTimelineModel.h"
#include "Assessor.h"
#include "pdf/RevisionExtractor.h"

#include <QFile>
#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace granska;
using namespace granska::fixtures;

Q_DECLARE_METATYPE(QList<QRect>)

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QImage blankPage(int width = 200, int height = 280)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::white);
    return image;
}

QImage withBoxes(const QImage &page, const QList<QRect> &boxes, const QColor &colour = Qt::black)
{
    QImage out = page;
    QPainter p(&out);
    for (const QRect &box : boxes)
        p.fillRect(box, colour);
    return out;
}

QStringList changeKinds(const QModelIndex &index)
{
    QStringList kinds;
    for (const QVariant &v : index.data(RevisionTimelineModel::ChangesRole).toList())
        kinds << v.toMap().value(QStringLiteral("kind")).toString();
    return kinds;
}

} // namespace

class TestRevisions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void extractionIsThePrefix_data();
    void extractionIsThePrefix();
    void extractionRefusesAChangedFile_data();
    void extractionRefusesAChangedFile();
    void pageDiff_data();
    void pageDiff();
    void timelineShowsSignaturesAndChanges_data();
    void timelineShowsSignaturesAndChanges();
    void timelineTimeComesFromTheBestSource_data();
    void timelineTimeComesFromTheBestSource();
    void previewSwitchesToARevisionAndBack();
    void signedVersionIsSavedNeverOverTheInput();
    void comparisonHighlightsWhatChanged();
    void comparisonOfALongDocumentKeepsFewImages();

private:
    std::unique_ptr<MainWindow> openInWindow(const QString &path);

    QTemporaryDir m_dir;
    std::unique_ptr<ValidationPki> m_pki;
    QString m_timestamped; // 3 revisions: original, signature with a signature timestamp, document timestamp
    QString m_final;   // 4 revisions: original, signature, comment on page 2, blank page 3
    Assessment m_assessment;
};

void TestRevisions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GranskaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("GranskaRevisionsTest"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<ValidationPki>();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
    const QString signedPdf = m_dir.filePath(QStringLiteral("signed.pdf"));
    const QString commented = m_dir.filePath(QStringLiteral("commented.pdf"));
    m_final = m_dir.filePath(QStringLiteral("final.pdf"));
    QVERIFY_FIXTURE(makePdf(plain, 2));
    SignOptions options;
    options.visibleRect = QRectF(72, 72, 200, 60);
    QVERIFY_FIXTURE(signPdf(plain, signedPdf, m_pki->ecSigner(), options));
    QVERIFY_FIXTURE(addComment(signedPdf, commented, 2));
    QVERIFY_FIXTURE(addBlankPage(commented, m_final));
    const QString stamped = m_dir.filePath(QStringLiteral("stamped.pdf"));
    m_timestamped = m_dir.filePath(QStringLiteral("timestamped.pdf"));
    SignOptions withTimestamp;
    withTimestamp.signatureTimestamp = SignatureTimestamp{m_pki->timestampAuthority(), QDateTime(QDate(2024, 3, 15), QTime(9, 31), Qt::UTC)};
    QVERIFY_FIXTURE(signPdf(plain, stamped, m_pki->rsaSigner(), withTimestamp));
    QVERIFY_FIXTURE(addDocumentTimestamp(stamped, m_timestamped, m_pki->timestampAuthority(),
                                         QDateTime(QDate(2024, 4, 2), QTime(12, 0), Qt::UTC)));
    m_assessment = Assessor::assess(m_final);
    QCOMPARE(m_assessment.status, AssessmentStatus::Ok);
    QCOMPARE(m_assessment.revisions.size(), 4);
    QCOMPARE(m_assessment.signatures.size(), 1);
    QCOMPARE(m_assessment.signatures.first().revision, 2);
}

void TestRevisions::cleanup()
{
    QSettings().clear();
}

void TestRevisions::extractionIsThePrefix_data()
{
    QTest::addColumn<int>("revision");
    for (int r = 1; r <= 4; ++r)
        QTest::addRow("revision %d", r) << r;
}

void TestRevisions::extractionIsThePrefix()
{
    QFETCH(int, revision);
    const ExtractedRevision extracted = extractRevision(m_assessment, revision);
    QVERIFY2(extracted.isValid(), qPrintable(extracted.error));
    QCOMPARE(extracted.revision, revision);
    QCOMPARE(extracted.revisionCount, 4);
    const QByteArray file = readAll(m_final);
    QCOMPARE(extracted.bytes.size(), m_assessment.revisions.at(revision - 1).end);
    QCOMPARE(extracted.bytes, file.left(extracted.bytes.size()));
    QVERIFY(extracted.bytes.trimmed().endsWith("%%EOF"));
    // The signature's revision is what "view signed version" extracts.
    if (revision == 2)
        QCOMPARE(extractSignedRevision(m_assessment, 0).bytes, extracted.bytes);
}

void TestRevisions::extractionRefusesAChangedFile_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("bytes appended") << QStringLiteral("append");
    QTest::newRow("one byte changed, same size") << QStringLiteral("flip");
    QTest::newRow("file removed") << QStringLiteral("remove");
    QTest::newRow("no such revision") << QStringLiteral("revision");
}

void TestRevisions::extractionRefusesAChangedFile()
{
    QFETCH(QString, change);
    const QString copy = m_dir.filePath(QStringLiteral("changed-%1.pdf").arg(change));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_final, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Assessment assessment = m_assessment;
    assessment.file = copy;
    QVERIFY(extractRevision(assessment, 2).isValid());

    QByteArray bytes = readAll(copy);
    int revision = 2;
    if (change == QLatin1String("append"))
        QVERIFY(writeAll(copy, bytes + "\n% appended\n"));
    else if (change == QLatin1String("flip")) {
        bytes[10] = char(bytes.at(10) ^ 0x01);
        QVERIFY(writeAll(copy, bytes));
    } else if (change == QLatin1String("remove"))
        QVERIFY(QFile::remove(copy));
    else
        revision = 5;
    const ExtractedRevision extracted = extractRevision(assessment, revision);
    QVERIFY(!extracted.isValid());
    QVERIFY(extracted.bytes.isEmpty());
    QVERIFY(!extracted.error.isEmpty());
}

void TestRevisions::pageDiff_data()
{
    QTest::addColumn<QImage>("before");
    QTest::addColumn<QImage>("after");
    QTest::addColumn<QList<QRect>>("expected"); // each expected region must lie inside one found
    QTest::addColumn<int>("regionCount");
    QTest::addColumn<bool>("sizeMismatch");

    const QImage page = blankPage();
    const QImage text = withBoxes(page, {QRect(20, 20, 150, 10), QRect(20, 40, 120, 10)});
    QTest::newRow("no change") << text << text << QList<QRect>{} << 0 << false;
    QTest::newRow("faint noise below the tolerance")
        << page << withBoxes(page, {QRect(50, 50, 40, 40)}, QColor(245, 245, 245)) << QList<QRect>{} << 0 << false;
    QTest::newRow("one rectangle") << text << withBoxes(text, {QRect(60, 150, 50, 30)})
                                   << QList<QRect>{QRect(60, 150, 50, 30)} << 1 << false;
    QTest::newRow("nearby marks make one region")
        << page << withBoxes(page, {QRect(60, 150, 4, 10), QRect(70, 150, 4, 10), QRect(80, 150, 4, 10)})
        << QList<QRect>{QRect(60, 150, 24, 10)} << 1 << false;
    QTest::newRow("two separate regions")
        << text << withBoxes(text, {QRect(10, 100, 30, 20), QRect(150, 240, 30, 20)})
        << QList<QRect>{QRect(10, 100, 30, 20), QRect(150, 240, 30, 20)} << 2 << false;
    QTest::newRow("something removed") << text << page << QList<QRect>{QRect(20, 20, 150, 30)} << 1 << false;
    QTest::newRow("size mismatch") << blankPage(200, 280) << blankPage(280, 200)
                                   << QList<QRect>{QRect(200, 0, 80, 200), QRect(0, 200, 200, 80)} << -1 << true;
}

void TestRevisions::pageDiff()
{
    QFETCH(QImage, before);
    QFETCH(QImage, after);
    QFETCH(QList<QRect>, expected);
    QFETCH(int, regionCount);
    QFETCH(bool, sizeMismatch);

    const PageDiff diff = diffPages(before, after);
    QCOMPARE(diff.sizeMismatch, sizeMismatch);
    if (regionCount >= 0)
        QCOMPARE(diff.regions.size(), regionCount);
    QCOMPARE(diff.hasChanges(), !expected.isEmpty());
    QCOMPARE(diff.changedPixels == 0, expected.isEmpty());
    for (const QRect &want : expected) {
        const bool covered = std::any_of(diff.regions.cbegin(), diff.regions.cend(), [&want](const QRect &r) { return r.contains(want); });
        QVERIFY2(covered, qPrintable(QStringLiteral("(%1,%2 %3x%4) is not inside a region").arg(want.x()).arg(want.y()).arg(want.width()).arg(want.height())));
    }
    // Regions are tight: no bigger than the changes plus one cell of rounding on each side.
    for (const QRect &r : diff.regions) {
        QVERIFY(r.width() <= qMax(before.width(), after.width()));
        QVERIFY(r.height() <= qMax(before.height(), after.height()));
        if (!sizeMismatch) {
            QRect bound;
            for (const QRect &want : expected) {
                if (r.intersects(want))
                    bound = bound.united(want);
            }
            QVERIFY(bound.adjusted(-16, -16, 16, 16).contains(r));
        }
    }
    // The same comparison either way round finds the same regions.
    QCOMPARE(diffPages(after, before).regions, diff.regions);
}

void TestRevisions::timelineShowsSignaturesAndChanges_data()
{
    QTest::addColumn<int>("revision");
    QTest::addColumn<bool>("isSigned");
    QTest::addColumn<QStringList>("changeKinds");
    QTest::addColumn<bool>("isFinal");
    QTest::newRow("original") << 1 << false << QStringList{} << false;
    QTest::newRow("signed") << 2 << true << QStringList{} << false;
    QTest::newRow("comment after signing") << 3 << false << QStringList{QStringLiteral("annotation")} << false;
    QTest::newRow("page added after signing") << 4 << false << QStringList{QStringLiteral("page-added")} << true;
}

void TestRevisions::timelineShowsSignaturesAndChanges()
{
    QFETCH(int, revision);
    QFETCH(bool, isSigned);
    QFETCH(QStringList, changeKinds);
    QFETCH(bool, isFinal);

    RevisionTimelineModel model;
    model.setAssessment(m_assessment);
    QCOMPARE(model.rowCount(), 4);
    const QModelIndex index = model.indexForRevision(revision);
    QVERIFY(index.isValid());
    QCOMPARE(index.row(), revision - 1); // oldest first
    QCOMPARE(index.data(RevisionTimelineModel::RevisionRole).toInt(), revision);
    QCOMPARE(index.data(RevisionTimelineModel::IsFinalRole).toBool(), isFinal);
    QCOMPARE(index.data(RevisionTimelineModel::SignedRole).toBool(), isSigned);
    QVERIFY(index.data(Qt::DisplayRole).toString().contains(QStringLiteral("Revision %1 of 4").arg(revision)));

    const QVariantList signatures = index.data(RevisionTimelineModel::SignaturesRole).toList();
    QCOMPARE(signatures.size(), isSigned ? 1 : 0);
    if (isSigned) {
        const QVariantMap s = signatures.first().toMap();
        QCOMPARE(s.value(QStringLiteral("index")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("indication")).toInt(), int(m_assessment.signatures.first().indication));
        // The signing time of the fixture (10:30 at +01:00) is the revision's time.
        QCOMPARE(index.data(RevisionTimelineModel::TimeRole).toDateTime().toUTC(),
                 QDateTime(QDate(2024, 3, 15), QTime(9, 30), Qt::UTC));
    } else {
        QVERIFY(!index.data(RevisionTimelineModel::TimeRole).toDateTime().isValid());
    }
    const QStringList kinds = ::changeKinds(index);
    for (const QString &kind : changeKinds)
        QVERIFY2(kinds.contains(kind), qPrintable(kinds.join(QLatin1Char(','))));
    if (changeKinds.isEmpty())
        QVERIFY2(kinds.isEmpty() || revision == 2, qPrintable(kinds.join(QLatin1Char(','))));
    // Permitted or not, as the signature judged it; the flag of the whole revision agrees.
    bool forbidden = false;
    for (const QVariant &v : index.data(RevisionTimelineModel::ChangesRole).toList())
        forbidden = forbidden || !v.toMap().value(QStringLiteral("permitted")).toBool();
    QCOMPARE(index.data(RevisionTimelineModel::ForbiddenChangesRole).toBool(), forbidden);
    // Everything on the line is in the accessible text too.
    const QString summary = index.data(Qt::AccessibleTextRole).toString();
    QVERIFY(summary.contains(QStringLiteral("Revision %1 of 4").arg(revision)));
    for (const QVariant &v : index.data(RevisionTimelineModel::ChangesRole).toList())
        QVERIFY(summary.contains(v.toMap().value(QStringLiteral("text")).toString()));
}

void TestRevisions::timelineTimeComesFromTheBestSource_data()
{
    QTest::addColumn<int>("revision");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("changeKind");
    QTest::newRow("original: no time") << 1 << QDateTime() << QString() << QString();
    QTest::newRow("signature with a signature timestamp")
        << 2 << QDateTime(QDate(2024, 3, 15), QTime(9, 31), Qt::UTC) << QStringLiteral("signature timestamp") << QString();
    QTest::newRow("document timestamp")
        << 3 << QDateTime(QDate(2024, 4, 2), QTime(12, 0), Qt::UTC) << QStringLiteral("document timestamp")
        << QStringLiteral("document-timestamp");
}

void TestRevisions::timelineTimeComesFromTheBestSource()
{
    QFETCH(int, revision);
    QFETCH(QDateTime, time);
    QFETCH(QString, source);
    QFETCH(QString, changeKind);
    const Assessment assessment = Assessor::assess(m_timestamped);
    QCOMPARE(assessment.revisions.size(), 3);
    RevisionTimelineModel model;
    model.setAssessment(assessment);
    const QModelIndex index = model.indexForRevision(revision);
    QCOMPARE(index.data(RevisionTimelineModel::TimeRole).toDateTime().toUTC(), time.isValid() ? time.toUTC() : QDateTime());
    const QString text = index.data(RevisionTimelineModel::TimeTextRole).toString();
    if (time.isValid())
        QVERIFY2(text.contains(source), qPrintable(text));
    if (!changeKind.isEmpty())
        QVERIFY(::changeKinds(index).contains(changeKind));
    // The document timestamp is listed as what signs the last revision.
    const QVariantList signatures = index.data(RevisionTimelineModel::SignaturesRole).toList();
    QCOMPARE(signatures.size(), revision == 1 ? 0 : 1);
    if (revision == 3)
        QCOMPARE(signatures.first().toMap().value(QStringLiteral("kind")).toInt(), int(SignatureKind::DocumentTimestamp));
}

std::unique_ptr<MainWindow> TestRevisions::openInWindow(const QString &path)
{
    auto window = std::make_unique<MainWindow>(m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())));
    window->resize(1400, 900);
    window->show();
    window->openPaths({path});
    [&] { QTRY_VERIFY_WITH_TIMEOUT(window->currentAssessment().has_value(), 60000); }();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(window->preview()->pageCount() > 0, 20000); }();
    return window;
}

void TestRevisions::previewSwitchesToARevisionAndBack()
{
    auto window = openInWindow(m_final);
    PagePreview *preview = window->preview();
    RevisionBrowser *browser = window->revisionBrowser();
    QCOMPARE(preview->pageCount(), 3);
    QCOMPARE(browser->timeline()->model()->rowCount(), 4);
    QCOMPARE(browser->timeline()->currentRevision(), 4); // the final version is what is shown
    QVERIFY(!preview->isShowingRevisionBanner());

    QSignalSpy shown(preview, &PagePreview::revisionShown);
    QSignalSpy ready(preview, &PagePreview::documentReady);
    QString error;
    // The signature's signed version: revision 2, two pages.
    QVERIFY2(browser->viewSignedVersion(0, &error), qPrintable(error));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.takeFirst().at(0).toInt(), 2);
    QCOMPARE(preview->shownRevision(), 2);
    QVERIFY(preview->isShowingRevisionBanner());
    QVERIFY(preview->revisionBannerText().contains(QStringLiteral("Revision 2 of 4")));
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000);
    QCOMPARE(ready.takeFirst().at(0).toInt(), 2);
    QCOMPARE(browser->timeline()->currentRevision(), 2);

    // Selecting another revision in the timeline shows that one.
    browser->timeline()->view()->setFocus();
    QTest::keyClick(browser->timeline()->view(), Qt::Key_Up); // keyboard: from revision 2 to 1
    QCOMPARE(browser->timeline()->currentRevision(), 1);
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(shown.takeFirst().at(0).toInt(), 1);
    QVERIFY(preview->revisionBannerText().contains(QStringLiteral("Revision 1 of 4")));
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000);
    QCOMPARE(ready.takeFirst().at(0).toInt(), 2);
    QCOMPARE(preview->pageCount(), 2);

    // And the banner's button goes back to the file itself.
    preview->backToFinalButton()->click();
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.takeFirst().at(0).toInt(), 0);
    QCOMPARE(preview->shownRevision(), 0);
    QVERIFY(!preview->isShowingRevisionBanner());
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000);
    QCOMPARE(preview->pageCount(), 3);
    QCOMPARE(browser->timeline()->currentRevision(), 4);
}

void TestRevisions::signedVersionIsSavedNeverOverTheInput()
{
    auto window = openInWindow(m_final);
    RevisionBrowser *browser = window->revisionBrowser();
    const QString target = m_dir.filePath(QStringLiteral("signed-version.pdf"));
    QString error;
    QVERIFY2(browser->saveRevision(2, target, &error), qPrintable(error));
    QCOMPARE(readAll(target), extractRevision(m_assessment, 2).bytes);
    const QByteArray before = readAll(m_final);
    QVERIFY(!browser->saveRevision(2, m_final, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(m_final), before);
}

void TestRevisions::comparisonHighlightsWhatChanged()
{
    auto window = openInWindow(m_final);
    QString error;
    RevisionCompareDialog *dialog = window->revisionBrowser()->compareRevision(2, &error);
    QVERIFY2(dialog, qPrintable(error));
    QSignalSpy finished(dialog, &RevisionCompareDialog::comparisonFinished);
    QVERIFY(finished.wait(60000));
    QVERIFY(dialog->isFinished());
    const QList<RevisionCompareDialog::PageResult> results = dialog->results();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).outcome, RevisionCompareDialog::PageOutcome::Unchanged);
    QCOMPARE(dialog->pageReport(1), QStringLiteral("No visible change on page 1."));
    QCOMPARE(results.at(1).outcome, RevisionCompareDialog::PageOutcome::Changed); // the comment's icon
    QVERIFY(!results.at(1).diff.regions.isEmpty());
    QCOMPARE(results.at(2).outcome, RevisionCompareDialog::PageOutcome::Added);
    QVERIFY(dialog->summaryText().contains(QStringLiteral("page(s) 2")));
    QCOMPARE(dialog->pageList()->count(), 3);
    dialog->close();
}

void TestRevisions::comparisonOfALongDocumentKeepsFewImages()
{
    const QString plain = m_dir.filePath(QStringLiteral("long.pdf"));
    const QString signedPdf = m_dir.filePath(QStringLiteral("long-signed.pdf"));
    const QString commented = m_dir.filePath(QStringLiteral("long-commented.pdf"));
    QVERIFY_FIXTURE(makePdf(plain, 8));
    QVERIFY_FIXTURE(signPdf(plain, signedPdf, m_pki->ecSigner()));
    QVERIFY_FIXTURE(addComment(signedPdf, commented, 7));
    auto window = openInWindow(commented);
    QString error;
    RevisionCompareDialog *dialog = window->revisionBrowser()->compareRevision(2, &error);
    QVERIFY2(dialog, qPrintable(error));
    QSignalSpy finished(dialog, &RevisionCompareDialog::comparisonFinished);
    QVERIFY(finished.wait(60000));
    QList<RevisionCompareDialog::PageResult> results = dialog->results();
    QCOMPARE(results.size(), 8);
    int kept = 0;
    for (int page = 0; page < 8; ++page) {
        QCOMPARE(results.at(page).outcome, page == 6 ? RevisionCompareDialog::PageOutcome::Changed
                                                     : RevisionCompareDialog::PageOutcome::Unchanged);
        kept += results.at(page).before.isNull() ? 0 : 1;
    }
    QVERIFY(kept <= RevisionCompareDialog::kKeptPages + 1);
    QVERIFY(results.at(1).before.isNull()); // page 2: compared, looked at by nobody, let go
    // Looking at it renders it again, without comparing again.
    dialog->showPage(2);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->results().at(1).before.isNull() && !dialog->results().at(1).after.isNull(), 20000);
    QCOMPARE(dialog->results().at(1).outcome, RevisionCompareDialog::PageOutcome::Unchanged);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(dialog->pageReport(7), QStringLiteral("Page 7 changed: 1 area(s) differ, highlighted on both pages."));
    dialog->close();
}

QTEST_MAIN(TestRevisions)
#include "tst_revisions.moc"
