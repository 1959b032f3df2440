#include "SignatureDetailsView.h"

#include "CertificateChainView.h"
#include "DetailsHtml.h"
#include "SignatureSectionsHtml.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>

namespace granska {
namespace {

QTextBrowser *makeBrowser(QWidget *parent)
{
    auto *browser = new QTextBrowser(parent);
    browser->setOpenLinks(false);
    browser->setFrameShape(QFrame::NoFrame);
    addDetailsResources(browser->document(), 16);
    return browser;
}

QString hintHtml(const QString &text)
{
    return QStringLiteral("<p style='color:#5f6368'>%1</p>").arg(text.toHtmlEscaped());
}

} // namespace

SignatureDetailsView::SignatureDetailsView(QWidget *parent) : QTabWidget(parent)
{
    setDocumentMode(true);
    m_summary = makeBrowser(this);
    m_certificates = new CertificateChainView(this);
    m_evidence = makeBrowser(this);
    addTab(m_summary, QString());
    addTab(m_certificates, QString());
    addTab(m_evidence, QString());
    connect(m_summary, &QTextBrowser::anchorClicked, this, &SignatureDetailsView::onLinkClicked);
    retranslateUi();
}

void SignatureDetailsView::setAssessment(const Assessment &assessment)
{
    m_assessment = assessment;
    m_signature = -1;
    m_revision = 0;
    render();
}

void SignatureDetailsView::showSignature(int signatureIndex)
{
    if (signatureIndex != m_signature)
        m_showPersonalNumber = false; // shown for one signature at a time, on request
    m_signature = signatureIndex;
    m_revision = 0;
    render();
}

void SignatureDetailsView::showRevision(int revisionIndex)
{
    m_signature = -1;
    m_revision = revisionIndex;
    render();
}

void SignatureDetailsView::showNothing()
{
    m_signature = -1;
    m_revision = 0;
    render();
}

void SignatureDetailsView::setShowPersonalNumber(bool show)
{
    if (show == m_showPersonalNumber)
        return;
    m_showPersonalNumber = show;
    const int scroll = m_summary->verticalScrollBar()->value();
    render();
    m_summary->verticalScrollBar()->setValue(scroll);
}

void SignatureDetailsView::onLinkClicked(const QUrl &url)
{
    if (url.toString() == QLatin1String(kShowPersonalNumberLink))
        setShowPersonalNumber(true);
    else if (url.toString() == QLatin1String(kHidePersonalNumberLink))
        setShowPersonalNumber(false);
}

void SignatureDetailsView::render()
{
    const bool signature = m_signature >= 0 && m_signature < m_assessment.signatures.size();
    setTabEnabled(CertificatesTab, signature);
    setTabEnabled(EvidenceTab, signature);
    if (signature) {
        const SignatureInfo &s = m_assessment.signatures.at(m_signature);
        m_summary->setHtml(signatureDetailsHtml(m_assessment, m_signature, m_showPersonalNumber));
        m_certificates->setSignature(s, m_showPersonalNumber);
        m_evidence->setHtml(QStringLiteral("<h4>%1</h4>%2<h4>%3</h4>%4")
                                .arg(tr("Timestamps").toHtmlEscaped(), timestampsHtml(s),
                                     tr("Revocation data (OCSP and CRL)").toHtmlEscaped(), validationDataHtml(s)));
        return;
    }
    m_certificates->clear();
    // Never empty: an empty text clears the document, and with it the icons registered with it.
    m_evidence->setHtml(hintHtml(tr("Select a signature to see its timestamps and validation data.")));
    if (currentIndex() != SummaryTab)
        setCurrentIndex(SummaryTab);
    const QString revision = m_revision > 0 ? revisionDetailsHtml(m_assessment, m_revision) : QString();
    if (!revision.isEmpty())
        m_summary->setHtml(revision);
    else
        m_summary->setHtml(hintHtml(m_assessment.signatures.isEmpty() ? tr("The document has no signatures.")
                                                                     : tr("Select a signature or a revision to see its details.")));
}

void SignatureDetailsView::retranslateUi()
{
    setTabText(SummaryTab, tr("Summary"));
    setTabText(CertificatesTab, tr("Certificates"));
    setTabText(EvidenceTab, tr("Timestamps and Validation Data"));
    m_summary->setAccessibleName(tr("Signature details"));
    m_evidence->setAccessibleName(tr("Timestamps and validation data"));
    render();
}

void SignatureDetailsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

} // namespace granska
