#include "CertificateChainView.h"

#include "CertificateChainModel.h"
#include "SignatureSectionsHtml.h"
#include "DetailsHtml.h"
#include "Presentation.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace granska {
namespace {

QString revocationEntryHtml(const RevocationInfo &r)
{
    QStringList facts;
    facts << CertificateChainView::tr("%1 from %2").arg(r.kind, r.source);
    if (r.producedAt.isValid())
        facts << CertificateChainView::tr("issued %1").arg(formatTimestamp(r.producedAt));
    if (r.nextUpdate.isValid())
        facts << CertificateChainView::tr("next update %1").arg(formatTimestamp(r.nextUpdate));
    if (r.revocationTime.isValid())
        facts << CertificateChainView::tr("revoked %1").arg(formatTimestamp(r.revocationTime));
    QString html = QStringLiteral("<b>%1</b><br>%2").arg(htmlEscaped(revocationStatusText(r.status)), greyHtml(htmlEscaped(facts.join(QStringLiteral(", ")))));
    if (!r.detail.isEmpty())
        html += QStringLiteral("<br>") + greyHtml(htmlEscaped(r.detail));
    return html;
}

} // namespace

QString certificateDetailsHtml(const CertificateChainModel &model, int position)
{
    if (position < 0 || position >= model.certificateCount())
        return {};
    const CertificateInfo &c = model.certificate(position);
    QString rows;
    auto row = [&rows](const QString &label, const QString &valueHtml) {
        rows += QStringLiteral("<tr><td style='color:#5f6368; padding-right:12px; white-space:nowrap' valign='top'>%1</td>"
                               "<td valign='top'>%2</td></tr>")
                    .arg(htmlEscaped(label), valueHtml);
    };
    row(CertificateChainView::tr("Subject"), distinguishedNameHtml(c.subject));
    row(CertificateChainView::tr("Issuer"), distinguishedNameHtml(c.issuer));
    row(CertificateChainView::tr("Serial number"), QStringLiteral("<tt>%1</tt>").arg(htmlEscaped(c.serialNumber)));
    QString validity = htmlEscaped(CertificateChainView::tr("%1 to %2").arg(formatTimestamp(c.notBefore), formatTimestamp(c.notAfter)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (c.notAfter.isValid() && c.notAfter < now)
        validity += QStringLiteral(" ") + greyHtml(htmlEscaped(CertificateChainView::tr("(expired)")));
    row(CertificateChainView::tr("Valid"), validity);
    row(CertificateChainView::tr("Public key"), htmlEscaped(c.publicKey.isEmpty() ? QStringLiteral("—") : c.publicKey));
    row(CertificateChainView::tr("Certificate authority"), htmlEscaped(c.isCa ? CertificateChainView::tr("yes") : CertificateChainView::tr("no")));
    if (!c.keyUsage.isEmpty())
        row(CertificateChainView::tr("Key usage"), htmlEscaped(c.keyUsage.join(QStringLiteral(", "))));
    if (!c.qcStatements.isEmpty())
        row(CertificateChainView::tr("QC statements"), htmlEscaped(c.qcStatements.join(QStringLiteral(", "))));
    if (!c.policies.isEmpty())
        row(CertificateChainView::tr("Certificate policies"), htmlEscaped(c.policies.join(QStringLiteral(", "))));
    row(CertificateChainView::tr("SHA-256 fingerprint"), QStringLiteral("<tt>%1</tt>").arg(htmlEscaped(groupedHex(c.sha256Fingerprint))));

    QString trust;
    if (model.trustAnchorSource().isEmpty())
        trust = htmlEscaped(CertificateChainView::tr("Not trusted: the chain does not reach a trust anchor or a trusted list."));
    else if (model.isTrustAnchor(position))
        trust = htmlEscaped(CertificateChainView::tr("Trust anchor (%1)").arg(model.trustAnchorSource()));
    else
        trust = htmlEscaped(CertificateChainView::tr("Trusted through the chain above it, which ends in: %1").arg(model.trustAnchorSource()));
    row(CertificateChainView::tr("Trust"), trust);

    const QList<RevocationInfo> revocation = model.revocationFor(position);
    QStringList entries;
    for (const RevocationInfo &r : revocation)
        entries << revocationEntryHtml(r);
    QString revocationHtml;
    if (!entries.isEmpty())
        revocationHtml = entries.join(QStringLiteral("<br>"));
    else if (model.isTrustAnchor(position))
        revocationHtml = htmlEscaped(CertificateChainView::tr("not needed for a trust anchor"));
    else
        revocationHtml = htmlEscaped(CertificateChainView::tr("no OCSP response or CRL found for this certificate"));
    row(CertificateChainView::tr("Revocation"), revocationHtml);

    return QStringLiteral("<h4 style='margin-bottom:4px'>%1</h4><table cellspacing='0' cellpadding='2' width='100%'>%2</table>")
        .arg(htmlEscaped(certificateDisplayName(c)), rows);
}

CertificateChainView::CertificateChainView(QWidget *parent) : QWidget(parent)
{
    m_model = new CertificateChainModel(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    m_chainView = new QTreeView(left);
    m_chainView->setModel(m_model);
    m_chainView->setHeaderHidden(true);
    m_chainView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chainView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chainView->setItemsExpandable(false);
    m_chainView->setRootIsDecorated(false);
    m_chainView->setIndentation(14);
    // Long names scroll sideways rather than being cut short.
    m_chainView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chainView->header()->setStretchLastSection(false);
    m_exportButton = new QPushButton(left);
    m_empty = new QLabel(left);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_chainView, 1);
    leftLayout->addWidget(m_empty);
    leftLayout->addWidget(m_exportButton, 0, Qt::AlignLeft);
    m_details = new QTextBrowser(splitter);
    m_details->setFrameShape(QFrame::NoFrame);
    m_details->setOpenLinks(false);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({280, 420});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_chainView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { showCurrent(); });
    connect(m_exportButton, &QPushButton::clicked, this, &CertificateChainView::exportCertificate);
    retranslateUi();
    showCurrent();
}

void CertificateChainView::setSignature(const SignatureInfo &signature, bool showPersonalNumber)
{
    m_model->setSignature(signature, showPersonalNumber);
    m_chainView->expandAll();
    m_chainView->setCurrentIndex(m_model->indexForPosition(0));
    m_empty->setVisible(m_model->certificateCount() == 0);
    showCurrent();
}

void CertificateChainView::clear()
{
    setSignature(SignatureInfo{});
}

int CertificateChainView::currentPosition() const
{
    return m_model->positionOf(m_chainView->currentIndex());
}

void CertificateChainView::showCurrent()
{
    const int position = currentPosition();
    m_exportButton->setEnabled(position >= 0 && !m_model->certificate(position).der.isEmpty());
    m_details->setHtml(position >= 0 ? certificateDetailsHtml(*m_model, position) : QString());
}

bool CertificateChainView::exportCurrent(const QString &path, QString *error) const
{
    const int position = currentPosition();
    if (position < 0 || m_model->certificate(position).der.isEmpty()) {
        if (error)
            *error = tr("No certificate is selected.");
        return false;
    }
    const QByteArray der = m_model->certificate(position).der;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool pem = suffix == QLatin1String("pem") || suffix == QLatin1String("crt");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem ? certificatePem(der) : der) < 0 || !file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void CertificateChainView::exportCertificate()
{
    const int position = currentPosition();
    if (position < 0)
        return;
    const CertificateInfo &c = m_model->certificate(position);
    QString base = certificateDisplayName(c);
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("_"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString pemFilter = tr("PEM certificate (*.pem *.crt)");
    const QString derFilter = tr("DER certificate (*.der *.cer)");
    QString selected = pemFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Certificate"), folder + QLatin1Char('/') + base + QStringLiteral(".pem"),
                                                pemFilter + QStringLiteral(";;") + derFilter, &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected == derFilter ? QStringLiteral(".der") : QStringLiteral(".pem");
    QString error;
    if (!exportCurrent(path, &error))
        QMessageBox::warning(this, tr("Export Certificate"), error);
}

void CertificateChainView::retranslateUi()
{
    m_chainView->setAccessibleName(tr("Certificate chain"));
    m_details->setAccessibleName(tr("Certificate details"));
    m_exportButton->setText(tr("Export Certificate…"));
    m_exportButton->setToolTip(tr("Save the selected certificate as a PEM or DER file"));
    m_empty->setText(tr("The signature names no certificate."));
    showCurrent();
}

void CertificateChainView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace granska
