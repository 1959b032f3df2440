// The details of the item selected in the signature tree, in tabs as signature properties dialogs
// have them: Summary (conclusion, coverage, signature, validation, level, qualification, changes
// after signing, signer certificate), Certificates (the chain viewer), and Timestamps and
// validation data. A revision shows its summary only.
#pragma once

#include "assessment/Assessment.h"

#include <QTabWidget>

class QTextBrowser;
class QUrl;

namespace granska {

class CertificateChainView;

class SignatureDetailsView : public QTabWidget {
    Q_OBJECT
public:
    enum Tab { SummaryTab, CertificatesTab, EvidenceTab };

    explicit SignatureDetailsView(QWidget *parent = nullptr);

    void setAssessment(const Assessment &assessment);
    // Shows one signature (index into Assessment::signatures).
    void showSignature(int signatureIndex);
    // Shows one revision (1-based).
    void showRevision(int revisionIndex);
    // Shows a hint instead of details.
    void showNothing();

    // Whether personal identifiers are shown in full; off for every new signature shown.
    bool showsPersonalNumber() const { return m_showPersonalNumber; }
    void setShowPersonalNumber(bool show);

    QTextBrowser *summary() const { return m_summary; }
    CertificateChainView *certificates() const { return m_certificates; }
    QTextBrowser *evidence() const { return m_evidence; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslateUi();
    void onLinkClicked(const QUrl &url);

    Assessment m_assessment;
    int m_signature = -1;
    int m_revision = 0;
    bool m_showPersonalNumber = false;
    QTextBrowser *m_summary = nullptr;
    CertificateChainView *m_certificates = nullptr;
    QTextBrowser *m_evidence = nullptr;
};

} // namespace granska
