// The certificate chain viewer of the signature details: the chain as a tree on the left, everything
// about the selected certificate on the right (subject, issuer, validity, key, QC statements,
// fingerprint, trust and revocation), and a button to export it for other tools.
#pragma once

#include "assessment/Assessment.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace granska {

class CertificateChainModel;

class CertificateChainView : public QWidget {
    Q_OBJECT
public:
    explicit CertificateChainView(QWidget *parent = nullptr);

    // Shows the signature's chain with its signer selected.
    void setSignature(const SignatureInfo &signature, bool showPersonalNumber = false);
    void clear();

    CertificateChainModel *model() const { return m_model; }
    QTreeView *chainView() const { return m_chainView; }
    QTextBrowser *detailsView() const { return m_details; }
    QPushButton *exportButton() const { return m_exportButton; }
    int currentPosition() const; // chain position of the selected certificate, -1 when none

    // Writes the selected certificate as PEM (".pem", ".crt") or DER (anything else).
    bool exportCurrent(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    void exportCertificate(); // asks where, then exportCurrent()

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void retranslateUi();

    CertificateChainModel *m_model = nullptr;
    QTreeView *m_chainView = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_exportButton = nullptr;
};

// Rich text about one certificate of a chain, for the viewer above and the tests.
QString certificateDetailsHtml(const CertificateChainModel &model, int position);

} // namespace granska
