#include "RevisionBrowser.h"

#include "FindingsPane.h"
#include "PagePreview.h"
#include "RevisionCompareDialog.h"
#include "RevisionTimeline.h"
#include "RevisionTimelineModel.h"
#include "SignatureDetailsView.h"
#include "SignatureModel.h"
#include "pdf/RevisionExtractor.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace granska {

RevisionBrowser::RevisionBrowser(FindingsPane *findings, PagePreview *preview, QWidget *window)
    : QObject(window), m_findings(findings), m_preview(preview), m_window(window)
{
    addTimelineTab();
    addSignatureActions();

    connect(m_timeline, &RevisionTimeline::viewRequested, this, [this](int revision) {
        QString error;
        if (!viewRevision(revision, &error))
            warn(error);
    });
    connect(m_timeline, &RevisionTimeline::compareRequested, this, [this](int revision) {
        QString error;
        if (!compareRevision(revision, &error))
            warn(error);
    });
    connect(m_timeline, &RevisionTimeline::saveRequested, this, &RevisionBrowser::askToSave);
    // The timeline follows the preview, also when its banner's button goes back to the final version.
    connect(m_preview, &PagePreview::revisionShown, this, [this](int revision) {
        m_timeline->setCurrentRevision(revision > 0 ? revision : m_timeline->model()->revisionCount());
    });
    retranslateUi();
    updateSignatureActions();
}

void RevisionBrowser::addTimelineTab()
{
    m_timeline = new RevisionTimeline(m_findings->tabs());
    m_findings->tabs()->addTab(m_timeline, QString());
    m_timeline->installEventFilter(this); // its tab title follows the language
}

void RevisionBrowser::addSignatureActions()
{
    m_viewSigned = new QAction(this);
    m_compareSigned = new QAction(this);
    m_saveSigned = new QAction(this);
    connect(m_viewSigned, &QAction::triggered, this, [this] {
        QString error;
        if (!viewSignedVersion(selectedSignature(), &error))
            warn(error);
    });
    connect(m_compareSigned, &QAction::triggered, this, [this] {
        const int s = selectedSignature();
        QString error;
        if (s >= 0 && !compareRevision(m_assessment.signatures.at(s).revision, &error))
            warn(error);
    });
    connect(m_saveSigned, &QAction::triggered, this, [this] {
        const int s = selectedSignature();
        if (s >= 0)
            askToSave(m_assessment.signatures.at(s).revision);
    });

    QTreeView *tree = m_findings->signatureView();
    if (tree->contextMenuPolicy() == Qt::DefaultContextMenu)
        tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    tree->addAction(m_viewSigned);
    tree->addAction(m_compareSigned);
    tree->addAction(m_saveSigned);
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &RevisionBrowser::updateSignatureActions);

    // The same three as buttons under the signature's details: put the details and a button row
    // together where the details were.
    QWidget *details = m_findings->signatureDetailsView();
    auto *splitter = qobject_cast<QSplitter *>(details->parentWidget());
    m_signatureButtons = new QWidget;
    m_viewSignedButton = new QPushButton(m_signatureButtons);
    m_compareSignedButton = new QPushButton(m_signatureButtons);
    m_saveSignedButton = new QPushButton(m_signatureButtons);
    connect(m_viewSignedButton, &QPushButton::clicked, m_viewSigned, &QAction::trigger);
    connect(m_compareSignedButton, &QPushButton::clicked, m_compareSigned, &QAction::trigger);
    connect(m_saveSignedButton, &QPushButton::clicked, m_saveSigned, &QAction::trigger);
    auto *row = new QHBoxLayout(m_signatureButtons);
    row->setContentsMargins(6, 4, 6, 4);
    row->addWidget(m_viewSignedButton);
    row->addWidget(m_compareSignedButton);
    row->addWidget(m_saveSignedButton);
    row->addStretch(1);
    if (splitter) {
        auto *container = new QWidget;
        auto *column = new QVBoxLayout(container);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(0);
        splitter->replaceWidget(splitter->indexOf(details), container);
        column->addWidget(details, 1);
        column->addWidget(m_signatureButtons);
        details->show();
    } else {
        m_signatureButtons->setParent(m_findings);
        m_signatureButtons->hide();
    }
}

void RevisionBrowser::setAssessment(const Assessment &assessment)
{
    m_assessment = assessment;
    m_hasAssessment = true;
    m_timeline->model()->setAssessment(assessment);
    m_timeline->setCurrentRevision(m_preview->shownRevision() > 0 ? m_preview->shownRevision()
                                                                  : int(assessment.revisions.size()));
    updateSignatureActions();
}

void RevisionBrowser::clear()
{
    m_assessment = Assessment();
    m_hasAssessment = false;
    m_timeline->model()->clear();
    updateSignatureActions();
}

int RevisionBrowser::selectedSignature() const
{
    const QModelIndex current = m_findings->signatureView()->currentIndex();
    if (!m_hasAssessment || !current.isValid())
        return -1;
    const int signature = current.data(SignatureModel::SignatureIndexRole).toInt();
    return signature >= 0 && signature < m_assessment.signatures.size() ? signature : -1;
}

void RevisionBrowser::updateSignatureActions()
{
    const int s = selectedSignature();
    const int revision = s >= 0 ? m_assessment.signatures.at(s).revision : 0;
    const bool extractable = revision > 0;
    const bool earlier = extractable && revision < m_assessment.revisions.size();
    m_viewSigned->setEnabled(extractable);
    m_saveSigned->setEnabled(extractable);
    m_compareSigned->setEnabled(earlier);
    m_viewSignedButton->setEnabled(extractable);
    m_saveSignedButton->setEnabled(extractable);
    m_compareSignedButton->setEnabled(earlier);
    m_signatureButtons->setVisible(s >= 0);
    const QString why = s >= 0 && !extractable
                            ? tr("The signed bytes do not end where a revision of the file ends, so there is no signed version to extract.")
                            : QString();
    m_viewSignedButton->setToolTip(why.isEmpty() ? tr("Show the pages as they were when this was signed") : why);
    m_compareSignedButton->setToolTip(earlier ? tr("Compare the signed version with the final version, page by page")
                                              : tr("Nothing was added after this signature"));
}

bool RevisionBrowser::viewRevision(int revision, QString *error)
{
    if (!m_hasAssessment)
        return false;
    if (revision == m_assessment.revisions.size()) {
        m_preview->showFinalVersion();
        return true;
    }
    const ExtractedRevision extracted = extractRevision(m_assessment, revision);
    if (!extracted.isValid()) {
        if (error)
            *error = extracted.error;
        return false;
    }
    m_preview->showRevision(extracted.revision, extracted.revisionCount, extracted.bytes);
    return true;
}

bool RevisionBrowser::viewSignedVersion(int signatureIndex, QString *error)
{
    if (!m_hasAssessment || signatureIndex < 0 || signatureIndex >= m_assessment.signatures.size())
        return false;
    const int revision = m_assessment.signatures.at(signatureIndex).revision;
    if (revision <= 0) {
        if (error)
            *error = extractSignedRevision(m_assessment, signatureIndex).error;
        return false;
    }
    return viewRevision(revision, error);
}

bool RevisionBrowser::saveRevision(int revision, const QString &path, QString *error)
{
    const ExtractedRevision extracted = extractRevision(m_assessment, revision);
    if (!extracted.isValid()) {
        if (error)
            *error = extracted.error;
        return false;
    }
    const QFileInfo target(path);
    const QFileInfo input(m_assessment.file);
    if (target.absoluteFilePath() == input.absoluteFilePath()
        || (target.exists() && target.canonicalFilePath() == input.canonicalFilePath())) {
        if (error)
            *error = tr("The revision cannot be saved over the document it comes from; choose another file name.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(extracted.bytes) != extracted.bytes.size() || !file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void RevisionBrowser::askToSave(int revision)
{
    if (!m_hasAssessment || revision <= 0)
        return;
    const QFileInfo input(m_assessment.file);
    const QString suggestion = input.absoluteDir().filePath(
        tr("%1 (revision %2 of %3).pdf").arg(input.completeBaseName()).arg(revision).arg(m_assessment.revisions.size()));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Revision %1 As").arg(revision), suggestion,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveRevision(revision, path, &error))
        warn(error);
}

RevisionCompareDialog *RevisionBrowser::compareRevision(int revision, QString *error)
{
    if (!m_hasAssessment)
        return nullptr;
    const ExtractedRevision extracted = extractRevision(m_assessment, revision);
    if (!extracted.isValid()) {
        if (error)
            *error = extracted.error;
        return nullptr;
    }
    if (m_compareDialog)
        m_compareDialog->close();
    auto *dialog = new RevisionCompareDialog(m_assessment.identity.fileName, extracted.revision, extracted.revisionCount,
                                             extracted.bytes, m_assessment.file, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_compareDialog = dialog;
    dialog->show();
    return dialog;
}

void RevisionBrowser::warn(const QString &message) const
{
    if (!message.isEmpty())
        QMessageBox::warning(m_window, tr("Revision Not Available"), message);
}

void RevisionBrowser::retranslateUi()
{
    const int tab = m_findings->tabs()->indexOf(m_timeline);
    if (tab >= 0) {
        m_findings->tabs()->setTabText(tab, tr("Revisions"));
        m_findings->tabs()->setTabToolTip(tab, tr("The document's revisions and what signs each of them"));
    }
    m_viewSigned->setText(tr("View Si&gned Version"));
    m_compareSigned->setText(tr("&Compare Signed Version with Final…"));
    m_saveSigned->setText(tr("Sav&e Signed Version As…"));
    m_viewSignedButton->setText(tr("View Signed Version"));
    m_compareSignedButton->setText(tr("Compare with Final…"));
    m_saveSignedButton->setText(tr("Save Signed Version As…"));
    updateSignatureActions();
}

bool RevisionBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_timeline && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

} // namespace granska
