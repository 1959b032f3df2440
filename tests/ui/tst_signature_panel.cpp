// The signature panel's parts on their own: the certificate chain model and viewer on signatures
// made at test time with our own PKI, the status icons and words for each validation conclusion
// (signature tree, document list), and the trust store that the GUI keeps under AppDataLocation
// (persisting, reloading, the dialog). Runs offscreen with test-mode standard paths.
#include "Assessor.h"
#include "CertificateChainModel.h"
#include "CertificateChainView.h"
#include "AssessmentQueue.h"
#include "DocumentListModel.h"
#include "MainWindow.h"
#include "Fixtures.h"
#include "Presentation.h"
#include "SignatureDetailsView.h"
#include "SignatureModel.h"
#include "SignatureSectionsHtml.h"
#include "StatusIcons.h"
#include "TrustSettings.h"
#include "TrustStoreDialog.h"
#include "TrustStoreModel.h"

#include <QAction>
#include <QCheckBox>
#include <QMenuBar>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

using namespace granska;
using namespace granska::fixtures;

namespace {

QImage iconImage(const QIcon &icon)
{
    return icon.pixmap(32, 32).toImage();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

SignatureInfo signature(bool validated, Indication indication, Integrity integrity)
{
    SignatureInfo s;
    s.integrity = integrity;
    s.indication = indication;
    if (validated) {
        s.validationTime = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
        if (indication != Indication::TotalPassed)
            s.subIndication = QStringLiteral("NO_CERTIFICATE_CHAIN_FOUND");
    }
    return s;
}

} // namespace

class TestSignaturePanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void chainModelFollowsTheValidatedChain_data();
    void chainModelFollowsTheValidatedChain();
    void certificateExport_data();
    void certificateExport();
    void iconsAndWordsFollowTheConclusion_data();
    void iconsAndWordsFollowTheConclusion();
    void documentListSummarisesConclusions_data();
    void documentListSummarisesConclusions();
    void personalNumberIsMaskedUntilAsked();
    void corpusEvidence();
    void trustStoreImports_data();
    void trustStoreImports();
    void corpusChangesAfterSigning();
    void corpusTrustedLists_data();
    void corpusTrustedLists();
    void trustStorePersistsAndReloads();
    void trustStoreDialogImportsAndRemoves();
    void windowLoadsTheTrustStoreAtStart();

private:
    // A one-page PDF signed by `signer`, assessed with the test root as the only trust anchor when
    // `trustRoot`.
    Assessment signedAssessment(const Credential &signer, bool trustRoot);
    void saveScreenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<ValidationPki> m_pki;
    int m_files = 0;
};

void TestSignaturePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GranskaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("GranskaSignaturePanelTest"));
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<ValidationPki>();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
}

void TestSignaturePanel::init()
{
    // Every test starts with an empty trust store and default settings.
    QDir(TrustSettings::directory()).removeRecursively();
    QSettings().clear();
}

Assessment TestSignaturePanel::signedAssessment(const Credential &signer, bool trustRoot)
{
    const QString plain = m_dir.filePath(QStringLiteral("plain-%1.pdf").arg(++m_files));
    const QString signedPath = m_dir.filePath(QStringLiteral("signed-%1.pdf").arg(m_files));
    if (!makePdf(plain, 1) || !signPdf(plain, signedPath, signer))
        return {};
    AssessOptions options;
    options.profile = QStringLiteral("none");
    auto trust = std::make_shared<TrustStore>();
    if (trustRoot)
        trust->addCertificateData(m_pki->root().certificateDer(), QStringLiteral("test root"));
    options.signatures.trust = trust;
    return Assessor::assess(signedPath, options);
}

void TestSignaturePanel::saveScreenshot(QWidget *widget, const QString &name)
{
    // For looking at the widgets while developing: GRANSKA_UI_SCREENSHOTS=<folder>.
    const QString folder = qEnvironmentVariable("GRANSKA_UI_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QTest::qWait(100);
    widget->grab().save(QDir(folder).filePath(name));
}

void TestSignaturePanel::chainModelFollowsTheValidatedChain_data()
{
    QTest::addColumn<bool>("trustRoot");
    QTest::addColumn<int>("chainLength");
    QTest::addColumn<bool>("topIsAnchor");
    QTest::newRow("root trusted: signer, intermediate, root") << true << 3 << true;
    // Without an anchor the chain stops at the highest certificate in the signature.
    QTest::newRow("nothing trusted: signer, intermediate") << false << 2 << false;
}

void TestSignaturePanel::chainModelFollowsTheValidatedChain()
{
    QFETCH(bool, trustRoot);
    QFETCH(int, chainLength);
    QFETCH(bool, topIsAnchor);
    const Assessment a = signedAssessment(m_pki->rsaSigner(), trustRoot);
    QCOMPARE(a.signatures.size(), 1);
    const SignatureInfo &s = a.signatures.first();
    QCOMPARE(s.chain.size(), chainLength);

    CertificateChainModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSignature(s);
    QCOMPARE(model.certificateCount(), chainLength);
    // The anchor (or the highest certificate) is the root of the tree, the signer its deepest leaf.
    QModelIndex index = model.index(0, 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(index.data(CertificateChainModel::ChainPositionRole).toInt(), chainLength - 1);
    QCOMPARE(index.data(CertificateChainModel::IsTrustAnchorRole).toBool(), topIsAnchor);
    int depth = 0;
    while (model.rowCount(index) > 0) {
        index = model.index(0, 0, index);
        ++depth;
        QCOMPARE(model.parent(index).data(CertificateChainModel::ChainPositionRole).toInt(),
                 index.data(CertificateChainModel::ChainPositionRole).toInt() + 1);
    }
    QCOMPARE(depth, chainLength - 1);
    QVERIFY(index.data(CertificateChainModel::IsSignerRole).toBool());
    QCOMPARE(index.data(CertificateChainModel::FingerprintRole).toString(), s.chain.first().sha256Fingerprint);
    QVERIFY(index.data().toString().startsWith(s.chain.first().commonName));
    QCOMPARE(model.indexForPosition(0), index);

    // The viewer opens on the signer and tells what it is.
    CertificateChainView view;
    view.setSignature(s);
    QCOMPARE(view.currentPosition(), 0);
    const QString details = view.detailsView()->toPlainText();
    QVERIFY2(details.contains(s.chain.first().serialNumber), qPrintable(details));
    QVERIFY(details.contains(s.chain.first().sha256Fingerprint.left(8)));
    QVERIFY(details.contains(s.chain.first().publicKey));
    QVERIFY(details.contains(topIsAnchor ? QStringLiteral("ends in: test root") : QStringLiteral("Not trusted")));
    view.chainView()->setCurrentIndex(model.index(0, 0).isValid() ? view.model()->index(0, 0) : QModelIndex());
    QCOMPARE(view.currentPosition(), chainLength - 1);
    QCOMPARE(view.detailsView()->toPlainText().contains(QLatin1String("Trust anchor (test root)")), topIsAnchor);
}

void TestSignaturePanel::certificateExport_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("pem");
    QTest::newRow("PEM") << QStringLiteral("signer.pem") << true;
    QTest::newRow("CRT is PEM") << QStringLiteral("signer.crt") << true;
    QTest::newRow("DER") << QStringLiteral("signer.der") << false;
    QTest::newRow("CER is DER") << QStringLiteral("signer.cer") << false;
}

void TestSignaturePanel::certificateExport()
{
    QFETCH(QString, fileName);
    QFETCH(bool, pem);
    const Assessment a = signedAssessment(m_pki->rsaSigner(), true);
    QCOMPARE(a.signatures.size(), 1);
    CertificateChainView view;
    view.setSignature(a.signatures.first());
    QVERIFY(view.exportButton()->isEnabled());
    const QString path = m_dir.filePath(fileName);
    QString error;
    QVERIFY2(view.exportCurrent(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    const QByteArray der = a.signatures.first().chain.first().der;
    QCOMPARE(written, pem ? certificatePem(der) : der);
    if (pem) {
        // What other tools read back is the same certificate.
        TrustStore store;
        QVERIFY(store.addCertificates(path));
        QCOMPARE(store.importedCertificates().first().der, der);
    }
}

void TestSignaturePanel::iconsAndWordsFollowTheConclusion_data()
{
    QTest::addColumn<bool>("validated");
    QTest::addColumn<Indication>("indication");
    QTest::addColumn<Integrity>("integrity");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QIcon>("icon");
    const QIcon passed = indicationIcon(Indication::TotalPassed);
    const QIcon indeterminate = indicationIcon(Indication::Indeterminate);
    const QIcon failed = indicationIcon(Indication::TotalFailed);
    QTest::newRow("TOTAL-PASSED") << true << Indication::TotalPassed << Integrity::Intact << QStringLiteral("Passed") << passed;
    QTest::newRow("INDETERMINATE") << true << Indication::Indeterminate << Integrity::Intact << QStringLiteral("Indeterminate") << indeterminate;
    QTest::newRow("TOTAL-FAILED") << true << Indication::TotalFailed << Integrity::Broken << QStringLiteral("Failed") << failed;
    QTest::newRow("not validated, intact") << false << Indication::Indeterminate << Integrity::Intact
                                           << QStringLiteral("Intact (not validated)") << signatureStatusIcon(signature(false, Indication::Indeterminate, Integrity::Intact));
    QTest::newRow("not validated, broken") << false << Indication::Indeterminate << Integrity::Broken << QStringLiteral("Broken")
                                           << integrityIcon(Integrity::Broken);
}

void TestSignaturePanel::iconsAndWordsFollowTheConclusion()
{
    QFETCH(bool, validated);
    QFETCH(Indication, indication);
    QFETCH(Integrity, integrity);
    QFETCH(QString, words);
    QFETCH(QIcon, icon);
    const SignatureInfo s = signature(validated, indication, integrity);
    QCOMPARE(isValidated(s), validated);
    QCOMPARE(signatureStatusText(s), words);
    QCOMPARE(iconImage(signatureStatusIcon(s)), iconImage(icon));

    // The signature tree shows the same icon and words (colour is never the only carrier).
    Assessment a;
    a.revisions = {Revision{1, 0, 100, 50, QStringLiteral("table")}};
    SignatureInfo inTree = s;
    inTree.revision = 1;
    inTree.field = QStringLiteral("Signature1");
    a.signatures = {inTree};
    SignatureModel model;
    model.setAssessment(a);
    const QModelIndex row = model.indexForSignature(0);
    QCOMPARE(iconImage(row.data(Qt::DecorationRole).value<QIcon>()), iconImage(icon));
    QCOMPARE(row.data(SignatureModel::StatusTextRole).toString(), words);
    QVERIFY(row.data(Qt::AccessibleTextRole).toString().contains(words));
    const QString validationWords = row.siblingAtColumn(SignatureModel::ValidationColumn).data().toString();
    QCOMPARE(validationWords, validated ? indicationText(indication) : QStringLiteral("Not validated"));
    // A neutral icon would be a green one if the "not validated" state borrowed the passed icon.
    if (!validated)
        QVERIFY(iconImage(icon) != iconImage(indicationIcon(Indication::TotalPassed)));
}

void TestSignaturePanel::documentListSummarisesConclusions_data()
{
    QTest::addColumn<QList<int>>("indications"); // Indication values of validated signatures
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QIcon>("icon");
    const int passed = int(Indication::TotalPassed), indeterminate = int(Indication::Indeterminate), failed = int(Indication::TotalFailed);
    // (The plural is the source text's "signature(s)" unless an English translation is installed.)
    QTest::newRow("all passed") << QList<int>{passed, passed} << QStringLiteral("2 signature(s): 2 passed") << statusIcon(DocumentStatus::Clean);
    QTest::newRow("passed and indeterminate") << QList<int>{passed, indeterminate, indeterminate}
                                              << QStringLiteral("3 signature(s): 2 indeterminate, 1 passed")
                                              << indicationIcon(Indication::Indeterminate);
    QTest::newRow("one failed") << QList<int>{failed, passed} << QStringLiteral("2 signature(s): 1 failed, 1 passed")
                                << statusIcon(DocumentStatus::Problems);
    QTest::newRow("no signatures") << QList<int>{} << QStringLiteral("no signatures") << statusIcon(DocumentStatus::Clean);
}

void TestSignaturePanel::documentListSummarisesConclusions()
{
    QFETCH(QList<int>, indications);
    QFETCH(QString, summary);
    QFETCH(QIcon, icon);
    Assessment a;
    a.file = QStringLiteral("/archive/document.pdf");
    for (int indication : indications)
        a.signatures << signature(true, Indication(indication), Integrity::Intact);
    QCOMPARE(signatureSummary(a).replace(QRegularExpression(QStringLiteral("^(\\d+) signatures:")), QStringLiteral("\\1 signature(s):")), summary);

    DocumentListModel model;
    const int row = model.setAssessment(a);
    const QModelIndex index = model.index(row, DocumentListModel::NameColumn);
    QCOMPARE(iconImage(index.data(Qt::DecorationRole).value<QIcon>()), iconImage(icon));
    QVERIFY2(index.data(DocumentListModel::SummaryRole).toString().contains(signatureSummary(a)),
             qPrintable(index.data(DocumentListModel::SummaryRole).toString()));
    // The amber icon has its words in the status too.
    if (a.needsAttention())
        QVERIFY(index.siblingAtColumn(DocumentListModel::StatusColumn).data().toString().contains(QLatin1String("could not be validated")));
}

void TestSignaturePanel::personalNumberIsMaskedUntilAsked()
{
    const Assessment a = signedAssessment(m_pki->qualifiedPerson(), true);
    QCOMPARE(a.signatures.size(), 1);
    const PersonalIdentifier &number = a.signatures.first().personalNumber;
    QVERIFY(number.isPresent());
    SignatureDetailsView view;
    view.setAssessment(a);
    view.showSignature(0);
    QString text = view.summary()->toPlainText();
    QVERIFY2(text.contains(number.masked), qPrintable(text));
    QVERIFY2(!text.contains(number.value), qPrintable(text));
    QVERIFY(!view.certificates()->detailsView()->toPlainText().contains(number.value));
    Q_EMIT view.summary()->anchorClicked(QUrl(QLatin1String(kShowPersonalNumberLink)));
    QVERIFY(view.showsPersonalNumber());
    QVERIFY(view.summary()->toPlainText().contains(number.value));
    // Another signature (or the same one chosen again later) starts masked.
    view.showRevision(1);
    view.showSignature(0);
    QVERIFY(!view.showsPersonalNumber());
    QVERIFY(!view.summary()->toPlainText().contains(number.value));
    // The other tabs: the chain and the evidence.
    QCOMPARE(view.certificates()->model()->certificateCount(), a.signatures.first().chain.size());
    QVERIFY(view.evidence()->toPlainText().contains(QLatin1String("Revocation data")));
    view.resize(640, 520);
    view.show();
    saveScreenshot(&view, QStringLiteral("details-summary.png"));
    view.setCurrentIndex(SignatureDetailsView::CertificatesTab);
    saveScreenshot(&view, QStringLiteral("details-certificates.png"));
    view.setCurrentIndex(SignatureDetailsView::EvidenceTab);
    saveScreenshot(&view, QStringLiteral("details-evidence.png"));
}

void TestSignaturePanel::corpusEvidence()
{
    // A pyHanko PAdES document with validation data in the DSS and a document timestamp, validated
    // against pyHanko's testing root.
    const QString corpus = QStringLiteral(GRANSKA_SHARED_DIR "/corpus/signed");
    const QString file = corpus + QStringLiteral("/files/pyhanko__pades-lta-dss-indirect-arrs-test.pdf");
    const QString root = corpus + QStringLiteral("/trust-anchors/pyhanko-testing-ca-root.cert.pem");
    if (!QFile::exists(file) || !QFile::exists(root))
        QSKIP("The signed corpus is not available");
    auto trust = std::make_shared<TrustStore>();
    QVERIFY(trust->addCertificates(root));
    AssessOptions options;
    options.profile = QStringLiteral("none");
    options.signatures.trust = trust;
    const Assessment a = Assessor::assess(file, options);
    int index = -1;
    for (int i = 0; i < a.signatures.size() && index < 0; ++i) {
        if (a.signatures.at(i).kind != SignatureKind::DocumentTimestamp)
            index = i;
    }
    QVERIFY(index >= 0);
    const SignatureInfo &s = a.signatures.at(index);
    QVERIFY(!s.revocation.isEmpty());

    SignatureDetailsView view;
    view.setAssessment(a);
    view.showSignature(index);
    QCOMPARE(view.certificates()->model()->index(0, 0).data(CertificateChainModel::IsTrustAnchorRole).toBool(), !s.trustAnchor.isEmpty());
    const QString evidence = view.evidence()->toPlainText();
    // Every revocation entry is shown under the certificate it covers, with where it was found.
    for (const RevocationInfo &r : s.revocation) {
        QVERIFY2(evidence.contains(r.kind), qPrintable(evidence));
        QVERIFY2(evidence.contains(r.source), qPrintable(evidence));
    }
    QVERIFY(evidence.contains(QStringLiteral("Signer: %1").arg(s.chain.first().commonName)));
    for (const TimestampInfo &t : s.timestamps)
        QVERIFY2(evidence.contains(formatTimestamp(t.time)), qPrintable(evidence));
    view.resize(640, 560);
    view.show();
    view.setCurrentIndex(SignatureDetailsView::EvidenceTab);
    saveScreenshot(&view, QStringLiteral("corpus-evidence.png"));
    view.setCurrentIndex(SignatureDetailsView::CertificatesTab);
    view.certificates()->chainView()->setCurrentIndex(view.certificates()->model()->index(0, 0));
    saveScreenshot(&view, QStringLiteral("corpus-certificates.png"));
}

void TestSignaturePanel::trustStoreImports_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("kind"); // TrustStoreEntry::Kind
    QTest::addColumn<QString>("name"); // a certificate's common name or a service's name
    TrustedListSpec spec;
    TrustedListService service;
    service.name = QStringLiteral("Granska Test Qualified CA");
    service.certificate = m_pki->intermediate().certificateDer();
    TrustedListStatus granted;
    granted.from = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    granted.qualifications = {{{QStringLiteral("QCWithSSCD")}, {}, QStringLiteral("atLeastOne")}};
    service.history = {granted};
    spec.services = {service};
    const QString rootName = m_pki->root().request().subject.commonName;
    QTest::newRow("PEM certificate") << QStringLiteral("root.pem") << m_pki->root().certificatePem() << true
                                     << int(TrustStoreEntry::Kind::Certificates) << rootName;
    QTest::newRow("DER certificate") << QStringLiteral("root.cer") << m_pki->root().certificateDer() << true
                                     << int(TrustStoreEntry::Kind::Certificates) << rootName;
    QTest::newRow("trusted list") << QStringLiteral("SE-TL.xml") << trustedListXml(spec) << true
                                  << int(TrustStoreEntry::Kind::TrustedList) << service.name;
    QTest::newRow("not a certificate") << QStringLiteral("notes.txt") << QByteArray("just some words\n") << false << 0 << QString();
    QTest::newRow("XML that is no trusted list") << QStringLiteral("other.xml") << QByteArray("<html><body/></html>") << false << 0 << QString();
}

void TestSignaturePanel::trustStoreImports()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(bool, accepted);
    QFETCH(int, kind);
    QFETCH(QString, name);
    const QString path = m_dir.filePath(fileName);
    QVERIFY(writeFile(path, content));

    TrustSettings settings;
    QSignalSpy changed(&settings, &TrustSettings::changed);
    QString error;
    QCOMPARE(settings.importFile(path, &error), accepted);
    QCOMPARE(changed.count(), accepted ? 1 : 0);
    if (!accepted) {
        QVERIFY(!error.isEmpty());
        QVERIFY(settings.entries().isEmpty());
        QVERIFY(!QFile::exists(QDir(TrustSettings::directory()).filePath(fileName)));
        return;
    }
    // A copy is kept: the original may go away.
    QVERIFY(QFile::remove(path));
    QCOMPARE(settings.entries().size(), 1);
    const TrustStoreEntry &entry = settings.entries().first();
    QCOMPARE(entry.fileName, fileName);
    QCOMPARE(int(entry.kind), kind);
    QVERIFY2(entry.error.isEmpty(), qPrintable(entry.error));

    TrustStoreModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(settings.entries());
    const bool list = TrustStoreEntry::Kind(kind) == TrustStoreEntry::Kind::TrustedList;
    const QModelIndex group = model.index(list ? 1 : 0, 0);
    QCOMPARE(model.rowCount(group), 1);
    QModelIndex item = model.index(0, 0, group);
    QCOMPARE(item.data(TrustStoreModel::FileNameRole).toString(), fileName);
    if (list) {
        QCOMPARE(item.data().toString(), QStringLiteral("SE: Granska Test Supervisory Body"));
        QCOMPARE(model.rowCount(item), 1);
        item = model.index(0, 0, item);
        QCOMPARE(item.siblingAtColumn(TrustStoreModel::TypeColumn).data().toString(), QStringLiteral("CA/QC"));
        QCOMPARE(item.siblingAtColumn(TrustStoreModel::StatusColumn).data().toString(), QStringLiteral("granted"));
        QVERIFY(item.siblingAtColumn(TrustStoreModel::DetailsColumn).data().toString().contains(QLatin1String("QCWithSSCD")));
    }
    QCOMPARE(item.data().toString(), name);
    // What assessments trust now includes it.
    const std::shared_ptr<const TrustStore> store = settings.trustStore();
    const QByteArray anchor = list ? m_pki->intermediate().certificateDer() : m_pki->root().certificateDer();
    bool found = false;
    for (const TrustStore::Anchor &a : store->anchors())
        found = found || a.der == anchor;
    QVERIFY(found);
}

void TestSignaturePanel::corpusChangesAfterSigning()
{
    // pyHanko's form update that sneaks a new appearance stream in after signing.
    const QString file = QStringLiteral(GRANSKA_SHARED_DIR "/corpus/signed/files/pyhanko__form-update-override-appearance-stream-sneaky.pdf");
    if (!QFile::exists(file))
        QSKIP("The signed corpus is not available");
    AssessOptions options;
    options.profile = QStringLiteral("none");
    const Assessment a = Assessor::assess(file, options);
    int index = -1;
    for (int i = 0; i < a.signatures.size() && index < 0; ++i) {
        if (!a.signatures.at(i).modifications.isEmpty())
            index = i;
    }
    QVERIFY(index >= 0);
    SignatureDetailsView view;
    view.setAssessment(a);
    view.showSignature(index);
    const QString text = view.summary()->toPlainText();
    // Every change is listed with its kind, whether it is allowed and the engine's explanation.
    for (const ModificationInfo &m : a.signatures.at(index).modifications) {
        QVERIFY2(text.contains(m.description), qPrintable(text));
        QVERIFY(text.contains(modificationKindText(m.kind)));
    }
    QVERIFY(text.contains(QLatin1String("not permitted")) || text.contains(QLatin1String("permitted")));
    view.resize(640, 900);
    view.show();
    view.summary()->scrollToAnchor(QString());
    view.summary()->verticalScrollBar()->setValue(view.summary()->verticalScrollBar()->maximum() / 3);
    saveScreenshot(&view, QStringLiteral("corpus-changes.png"));
}

void TestSignaturePanel::corpusTrustedLists_data()
{
    QTest::addColumn<QString>("path");
    const QDir folder(QStringLiteral(GRANSKA_SHARED_DIR "/corpus/signed/trusted-lists"));
    for (const QFileInfo &info : folder.entryInfoList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(info.fileName())) << info.filePath();
    if (folder.isEmpty())
        QTest::newRow("corpus not available") << QString();
}

void TestSignaturePanel::corpusTrustedLists()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("The trusted lists of the corpus are not available");
    TrustSettings settings;
    QString error;
    QVERIFY2(settings.importFile(path, &error), qPrintable(error));
    QCOMPARE(settings.entries().size(), 1);
    const TrustStoreEntry &entry = settings.entries().first();
    QCOMPARE(entry.kind, TrustStoreEntry::Kind::TrustedList);
    QVERIFY2(entry.error.isEmpty(), qPrintable(entry.error));
    QCOMPARE(entry.services.size(), entry.list.serviceCount);
    TrustStoreModel model;
    model.setEntries(settings.entries());
    const QModelIndex list = model.index(0, 0, model.index(1, 0));
    QCOMPARE(model.rowCount(list), entry.services.size());
    // Every service has a readable type and status.
    for (int row = 0; row < model.rowCount(list); ++row) {
        const QModelIndex service = model.index(row, 0, list);
        QVERIFY(!service.siblingAtColumn(TrustStoreModel::TypeColumn).data().toString().startsWith(QLatin1String("http")));
        QVERIFY(!service.siblingAtColumn(TrustStoreModel::StatusColumn).data().toString().startsWith(QLatin1String("http")));
    }
    if (entry.services.size() > 3) {
        TrustStoreDialog dialog(&settings);
        dialog.view()->expandAll();
        dialog.view()->setCurrentIndex(dialog.model()->index(2, 0, dialog.model()->index(0, 0, dialog.model()->index(1, 0))));
        dialog.show();
        saveScreenshot(&dialog, QStringLiteral("trust-store-%1.png").arg(QFileInfo(path).baseName()));
    }
}

void TestSignaturePanel::trustStorePersistsAndReloads()
{
    const QString pem = m_dir.filePath(QStringLiteral("persist-root.pem"));
    QVERIFY(writeFile(pem, m_pki->root().certificatePem()));
    {
        TrustSettings settings;
        QVERIFY(settings.entries().isEmpty());
        QVERIFY(!settings.useSystemStore()); // off unless chosen
        QVERIFY(settings.trustStore()->isEmpty());
        QVERIFY(settings.importFile(pem));
        QSignalSpy changed(&settings, &TrustSettings::changed);
        settings.setUseSystemStore(true);
        QCOMPARE(changed.count(), 1);
    }
    // A new session (a new object reading disk and settings) finds the same store.
    TrustSettings reloaded;
    QCOMPARE(reloaded.entries().size(), 1);
    QCOMPARE(reloaded.entries().first().fileName, QStringLiteral("persist-root.pem"));
    QCOMPARE(reloaded.entries().first().certificates.first().der, m_pki->root().certificateDer());
    QVERIFY(reloaded.useSystemStore());
    QVERIFY(reloaded.trustStore()->useSystemStore());
    const AssessOptions options = reloaded.applyTo(AssessOptions{});
    QVERIFY(options.signatures.trust);
    QCOMPARE(options.signatures.trust->importedCertificates().size(), 1);

    // The signature that the stored anchor makes trusted is validated with it.
    const QString plain = m_dir.filePath(QStringLiteral("persist-plain.pdf"));
    const QString signedPath = m_dir.filePath(QStringLiteral("persist-signed.pdf"));
    QVERIFY_FIXTURE(makePdf(plain, 1));
    QVERIFY_FIXTURE(signPdf(plain, signedPath, m_pki->rsaSigner()));
    const Assessment a = Assessor::assess(signedPath, options);
    QCOMPARE(a.signatures.size(), 1);
    QVERIFY2(!a.signatures.first().trustAnchor.isEmpty(), qPrintable(a.signatures.first().indicationDetail));

    QString error;
    QVERIFY2(reloaded.remove(QStringLiteral("persist-root.pem"), &error), qPrintable(error));
    QVERIFY(TrustSettings().entries().isEmpty());
    QVERIFY(!reloaded.remove(QStringLiteral("persist-root.pem"), &error));
}

void TestSignaturePanel::trustStoreDialogImportsAndRemoves()
{
    const QString pem = m_dir.filePath(QStringLiteral("dialog-root.pem"));
    QVERIFY(writeFile(pem, m_pki->root().certificatePem()));
    TrustedListSpec spec;
    TrustedListService service;
    service.name = QStringLiteral("Granska Test Qualified CA");
    service.certificate = m_pki->intermediate().certificateDer();
    TrustedListStatus granted;
    granted.from = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    granted.additionalInformation = {QStringLiteral("ForeSignatures")};
    service.history = {granted};
    spec.services = {service};
    const QString list = m_dir.filePath(QStringLiteral("dialog-list.xml"));
    QVERIFY_FIXTURE(writeTrustedList(list, spec));

    TrustSettings settings;
    TrustStoreDialog dialog(&settings);
    QVERIFY(!dialog.trustChanged());
    QVERIFY(!dialog.systemStoreCheckBox()->isChecked());
    QVERIFY(dialog.importPath(pem));
    QVERIFY(dialog.importPath(list));
    QVERIFY(dialog.trustChanged());
    TrustStoreModel *model = dialog.model();
    QCOMPARE(model->rowCount(model->index(0, 0)), 1);
    QCOMPARE(model->rowCount(model->index(1, 0)), 1);
    dialog.view()->expandAll();
    dialog.view()->setCurrentIndex(model->index(0, 0, model->index(0, 0, model->index(1, 0))));
    dialog.resize(900, 560);
    dialog.show();
    saveScreenshot(&dialog, QStringLiteral("trust-store-dialog.png"));

    dialog.systemStoreCheckBox()->setChecked(true);
    QVERIFY(TrustSettings().useSystemStore());

    dialog.view()->setCurrentIndex(model->index(0, 0, model->index(0, 0)));
    QVERIFY(dialog.removeButton()->isEnabled());
    QVERIFY(dialog.removeSelected(false));
    QCOMPARE(model->rowCount(model->index(0, 0)), 0);
    QCOMPARE(TrustSettings().entries().size(), 1);
    // A group heading is no file to remove.
    dialog.view()->setCurrentIndex(model->index(0, 0));
    QVERIFY(!dialog.removeButton()->isEnabled());
    QVERIFY(!dialog.removeSelected(false));
}

void TestSignaturePanel::windowLoadsTheTrustStoreAtStart()
{
    const QString pem = m_dir.filePath(QStringLiteral("window-root.pem"));
    QVERIFY(writeFile(pem, m_pki->root().certificatePem()));
    QVERIFY(TrustSettings().importFile(pem));
    MainWindow window(m_dir.filePath(QStringLiteral("window-history.sqlite")));
    const AssessOptions options = window.queue()->options();
    QVERIFY(options.signatures.trust);
    QCOMPARE(options.signatures.trust->importedCertificates().size(), 1);
    QVERIFY(!options.signatures.trust->useSystemStore());
    // Settings → Trust Store… is there for changing it.
    bool found = false;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>())
            found = found || action->text().remove(QLatin1Char('&')) == QStringLiteral("Trust Store…");
    }
    QVERIFY(found);
}

QTEST_MAIN(TestSignaturePanel)
#include "tst_signature_panel.moc"
