#include "TrustStoreDialog.h"

#include "DetailsHtml.h"
#include "Presentation.h"
#include "TrustSettings.h"
#include "TrustStoreModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace granska {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

class RowTable {
public:
    void row(const QString &label, const QString &valueHtml)
    {
        m_html += QStringLiteral("<tr><td style='color:#5f6368; padding-right:12px; white-space:nowrap' valign='top'>%1</td>"
                                 "<td valign='top'>%2</td></tr>")
                      .arg(esc(label), valueHtml);
    }
    QString html(const QString &title) const
    {
        return QStringLiteral("<h4 style='margin-bottom:4px'>%1</h4><table cellspacing='0' cellpadding='2'>%2</table>").arg(esc(title), m_html);
    }

private:
    QString m_html;
};

QString dnHtml(const QString &dn)
{
    QStringList parts;
    for (const QString &part : distinguishedNameParts(dn))
        parts << esc(part);
    return parts.join(QStringLiteral("<br>"));
}

QString date(const QDateTime &time)
{
    return time.isValid() ? formatTimestamp(time) : QStringLiteral("—");
}

} // namespace

TrustStoreDialog::TrustStoreDialog(TrustSettings *settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    m_model = new TrustStoreModel(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_view = new QTreeView(splitter);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setSectionResizeMode(TrustStoreModel::NameColumn, QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    m_details = new QTextBrowser(splitter);
    m_details->setOpenLinks(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_importCertificateButton = new QPushButton(this);
    m_importListButton = new QPushButton(this);
    m_removeButton = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_importCertificateButton);
    buttons->addWidget(m_importListButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);

    m_systemStore = new QCheckBox(this);
    m_systemStore->setChecked(m_settings->useSystemStore());
    m_location = new QLabel(this);
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));

    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = box->button(QDialogButtonBox::Close);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_systemStore);
    layout->addWidget(m_location);
    layout->addWidget(box);

    connect(m_importCertificateButton, &QPushButton::clicked, this, &TrustStoreDialog::importCertificate);
    connect(m_importListButton, &QPushButton::clicked, this, &TrustStoreDialog::importTrustedList);
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_systemStore, &QCheckBox::toggled, this, [this](bool checked) {
        m_settings->setUseSystemStore(checked);
        m_changed = true;
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { showSelection(); });

    resize(860, 620);
    retranslateUi();
    refresh();
}

void TrustStoreDialog::refresh()
{
    m_settings->reload();
    m_model->setEntries(m_settings->entries());
    m_view->expandToDepth(1); // the groups and the lists, so that the services show
    // Wide enough for the names, but never so wide that the status goes out of sight.
    for (int column = 0; column < TrustStoreModel::DetailsColumn; ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), column == TrustStoreModel::NameColumn ? 380 : 200));
    }
    showSelection();
}

void TrustStoreDialog::showSelection()
{
    const QModelIndex current = m_view->currentIndex();
    m_removeButton->setEnabled(current.isValid() && !current.data(TrustStoreModel::FileNameRole).toString().isEmpty());
    m_details->setHtml(selectionDetailsHtml());
}

QString TrustStoreDialog::selectionDetailsHtml() const
{
    const QModelIndex current = m_view->currentIndex();
    const int entryIndex = current.isValid() ? current.data(TrustStoreModel::EntryRole).toInt() : -1;
    if (entryIndex < 0 || entryIndex >= m_model->entries().size()) {
        return QStringLiteral("<p style='color:#5f6368'>%1</p>")
            .arg(esc(m_model->entries().isEmpty() ? tr("Nothing is trusted yet. Import the certificates of the certificate authorities "
                                                        "you trust, or a trusted list such as your country's.")
                                                  : tr("Select a certificate, a trusted list or a service to see its details.")));
    }
    const TrustStoreEntry &entry = m_model->entries().at(entryIndex);
    const int item = current.data(TrustStoreModel::ItemRole).toInt();
    RowTable t;
    switch (TrustStoreModel::NodeKind(current.data(TrustStoreModel::NodeKindRole).toInt())) {
    case TrustStoreModel::CertificateNode: {
        const CertificateInfo &c = entry.certificates.at(item);
        t.row(tr("Subject"), dnHtml(c.subject));
        t.row(tr("Issuer"), dnHtml(c.issuer));
        t.row(tr("Serial number"), QStringLiteral("<tt>%1</tt>").arg(esc(c.serialNumber)));
        t.row(tr("Valid"), esc(tr("%1 to %2").arg(date(c.notBefore), date(c.notAfter))));
        t.row(tr("Public key"), esc(c.publicKey));
        t.row(tr("SHA-256 fingerprint"), QStringLiteral("<tt>%1</tt>").arg(esc(c.sha256Fingerprint)));
        t.row(tr("File"), esc(entry.fileName));
        return t.html(c.commonName.isEmpty() ? c.subject : c.commonName);
    }
    case TrustStoreModel::ListNode:
        t.row(tr("Territory"), esc(entry.list.territory));
        t.row(tr("Operator"), esc(entry.list.operatorName));
        t.row(tr("Sequence number"), esc(entry.list.sequenceNumber));
        t.row(tr("Issued"), esc(date(entry.list.issued)));
        t.row(tr("Next update"), esc(date(entry.list.nextUpdate)));
        t.row(tr("Services"), esc(QString::number(entry.services.size())));
        if (entry.list.isListOfLists)
            t.row(tr("Note"), esc(tr("A list of trusted lists points to the national lists; it has no services of its own. "
                                     "Import the national lists you need.")));
        t.row(tr("File"), esc(entry.fileName));
        t.row(tr("Signature of the list"), esc(tr("not verified: importing a list is your decision to trust it")));
        return t.html(tr("Trusted list %1").arg(entry.list.territory));
    case TrustStoreModel::ServiceNode: {
        const TrustedService &s = entry.services.at(item);
        t.row(tr("Provider"), esc(s.providerName));
        t.row(tr("Type"), esc(s.type));
        QStringList history;
        for (const TrustedService::Status &status : s.history) {
            QStringList qualifiers;
            for (const TrustedService::QualificationRule &rule : status.qualifications) {
                for (const QString &q : rule.qualifiers)
                    qualifiers << etsiUriLabel(q);
            }
            for (const QString &info : status.additionalInformation)
                qualifiers << etsiUriLabel(info);
            qualifiers.removeDuplicates();
            QString line = esc(tr("%1 from %2").arg(etsiUriLabel(status.status), date(status.from)));
            if (!qualifiers.isEmpty())
                line += QStringLiteral("<br><span style='color:#5f6368'>%1</span>").arg(esc(qualifiers.join(QStringLiteral(", "))));
            history << line;
        }
        t.row(tr("Status history"), history.join(QStringLiteral("<br>")));
        t.row(tr("Certificates"), esc(QString::number(s.certificates.size())));
        t.row(tr("Trusted list"), esc(entry.fileName));
        return t.html(s.serviceName);
    }
    case TrustStoreModel::BrokenFileNode:
        t.row(tr("Problem"), esc(entry.error));
        return t.html(entry.fileName);
    case TrustStoreModel::AnchorGroupNode:
    case TrustStoreModel::ListGroupNode:
        break;
    }
    return {};
}

bool TrustStoreDialog::importPath(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (m_settings->contains(name)
        && QMessageBox::question(this, tr("Import"), tr("The trust store already has a file named %1. Replace it?").arg(name))
               != QMessageBox::Yes) {
        return false;
    }
    QString error;
    if (!m_settings->importFile(path, &error)) {
        QMessageBox::warning(this, tr("Import"), error);
        return false;
    }
    m_changed = true;
    refresh();
    return true;
}

void TrustStoreDialog::importCertificate()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Certificate"), QDir::homePath(),
                                                            tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    for (const QString &file : files)
        importPath(file);
}

void TrustStoreDialog::importTrustedList()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Trusted List"), QDir::homePath(),
                                                            tr("Trusted lists (*.xml);;All files (*)"));
    for (const QString &file : files)
        importPath(file);
}

bool TrustStoreDialog::removeSelected(bool confirm)
{
    const QString fileName = m_view->currentIndex().data(TrustStoreModel::FileNameRole).toString();
    if (fileName.isEmpty())
        return false;
    if (confirm
        && QMessageBox::question(this, tr("Remove"), tr("Remove %1 from the trust store? Signatures that relied on it will no longer be trusted.").arg(fileName))
               != QMessageBox::Yes) {
        return false;
    }
    QString error;
    if (!m_settings->remove(fileName, &error)) {
        QMessageBox::warning(this, tr("Remove"), error);
        return false;
    }
    m_changed = true;
    refresh();
    return true;
}

bool TrustStoreDialog::askToReassess(QWidget *parent, int documentCount)
{
    return QMessageBox::question(parent, tr("Trust Store Changed"),
                                 tr("The trust store has changed. Assess the %n document(s) in the window again so that "
                                    "their signatures are validated with it?", nullptr, documentCount))
        == QMessageBox::Yes;
}

void TrustStoreDialog::retranslateUi()
{
    setWindowTitle(tr("Trust Store"));
    m_intro->setText(tr("A signature is trusted when its certificate chain ends in a certificate imported here, or in a "
                        "service of an imported trusted list (ETSI TS 119 612). Nothing else is trusted unless you "
                        "choose so below."));
    m_importCertificateButton->setText(tr("Import &Certificate…"));
    m_importCertificateButton->setToolTip(tr("Trust a certificate authority: a PEM or DER certificate file"));
    m_importListButton->setText(tr("Import &Trusted List…"));
    m_importListButton->setToolTip(tr("Trust the services of an ETSI TS 119 612 trusted list (XML)"));
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setToolTip(tr("Remove the file of the selected item from the trust store"));
    m_systemStore->setText(tr("Also trust the system's certificate authorities"));
    m_systemStore->setToolTip(tr("The web's certificate authorities of this computer; not needed for qualified signatures"));
    m_location->setText(tr("Stored in %1").arg(QDir::toNativeSeparators(TrustSettings::directory())));
    m_view->setAccessibleName(tr("Trusted certificates and lists"));
    m_details->setAccessibleName(tr("Details"));
    showSelection();
}

void TrustStoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace granska
