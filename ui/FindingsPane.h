// The right-hand pane: what the assessment found about the selected document, in four tabs
// (Verdict, Document, PDF/A, Signatures), each a model shown in a view with a details area below it.
#pragma once

#include "assessment/Assessment.h"

#include <QRectF>
#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QTreeView;
class QItemSelection;
class QSplitter;

namespace granska {

class DocumentInfoView;
class FindingsModel;
class SignatureDetailsView;
class PreservationChecklistView;
class SignatureModel;

class FindingsPane : public QWidget {
    Q_OBJECT
public:
    enum Tab { VerdictTab, DocumentTab, PdfaTab, SignaturesTab };

    explicit FindingsPane(QWidget *parent = nullptr);

    // Shows a message instead of the tabs (nothing selected, still being assessed).
    void showMessage(const QString &message);
    void setAssessment(const Assessment &assessment, bool fromHistory);
    bool hasAssessment() const { return m_hasAssessment; }

    SignatureModel *signatureModel() const { return m_signatureModel; }
    FindingsModel *findingsModel() const { return m_findingsModel; }
    QTreeView *signatureView() const { return m_signatureView; }
    QTreeView *findingsView() const { return m_findingsView; }
    QTextBrowser *signatureDetails() const; // the Summary tab of signatureDetailsView()
    SignatureDetailsView *signatureDetailsView() const { return m_signatureDetails; }
    DocumentInfoView *documentInfo() const { return m_documentInfo; }
    PreservationChecklistView *checklist() const { return m_checklist; }
    QTabWidget *tabs() const { return m_tabs; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    // The user selected something that lives on a page; `highlight` is in PDF user space (may be null).
    void pageRequested(int page, const QRectF &highlight);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateTabTitles();
    void showSignatureDetails();
    void showFindingDetails();

    bool m_hasAssessment = false;
    bool m_selectingProgrammatically = false;
    Assessment m_assessment;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    PreservationChecklistView *m_checklist = nullptr;
    DocumentInfoView *m_documentInfo = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    QTreeView *m_findingsView = nullptr;
    QLabel *m_findingDetails = nullptr;
    QScrollArea *m_findingDetailsScroll = nullptr;
    QTimer *m_findingsRelayout = nullptr;
    SignatureModel *m_signatureModel = nullptr;
    QTreeView *m_signatureView = nullptr;
    SignatureDetailsView *m_signatureDetails = nullptr;
    QSplitter *m_pdfaSplitter = nullptr;
    QSplitter *m_signatureSplitter = nullptr;
};

} // namespace granska
