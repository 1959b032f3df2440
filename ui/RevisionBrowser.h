// Everything about looking at earlier revisions, wired into the window: the revision timeline tab,
// showing a revision's pages in the preview, "View Signed Version" and "Save Signed Version As…" on
// a signature (context menu of the signature tree and buttons under its details), and the visual
// comparison of a revision with the final version. The bytes come from the engine
// (RevisionExtractor), which refuses a file that changed since it was assessed.
#pragma once

#include "RevisionCompareDialog.h"
#include "assessment/Assessment.h"

#include <QObject>
#include <QPointer>

class QAction;
class QPushButton;
class QWidget;

namespace granska {

class FindingsPane;
class PagePreview;
class RevisionTimeline;

class RevisionBrowser : public QObject {
    Q_OBJECT
public:
    // Adds the timeline as a tab of `findings` and the signature actions to its signature tree.
    RevisionBrowser(FindingsPane *findings, PagePreview *preview, QWidget *window);

    void setAssessment(const Assessment &assessment);
    void clear();

    RevisionTimeline *timeline() const { return m_timeline; }
    QAction *viewSignedAction() const { return m_viewSigned; }
    QAction *compareSignedAction() const { return m_compareSigned; }
    QAction *saveSignedAction() const { return m_saveSigned; }
    QPushButton *viewSignedButton() const { return m_viewSignedButton; }
    RevisionCompareDialog *compareDialog() const { return m_compareDialog; }

    // Without dialogs (the actions wrap these and show the error): false and `error` when the
    // revision cannot be extracted, e.g. because the file changed since the assessment.
    bool viewRevision(int revision, QString *error = nullptr);
    bool viewSignedVersion(int signatureIndex, QString *error = nullptr);
    // Never writes over the assessed file itself.
    bool saveRevision(int revision, const QString &path, QString *error = nullptr);
    RevisionCompareDialog *compareRevision(int revision, QString *error = nullptr);

    // The signature selected in the signature tree; -1 when none.
    int selectedSignature() const;

private:
    void addTimelineTab();
    void addSignatureActions();
    void retranslateUi();
    void updateSignatureActions();
    void askToSave(int revision);
    void warn(const QString &message) const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    FindingsPane *m_findings = nullptr;
    PagePreview *m_preview = nullptr;
    QWidget *m_window = nullptr;
    Assessment m_assessment;
    bool m_hasAssessment = false;
    RevisionTimeline *m_timeline = nullptr;
    QAction *m_viewSigned = nullptr;
    QAction *m_compareSigned = nullptr;
    QAction *m_saveSigned = nullptr;
    QWidget *m_signatureButtons = nullptr;
    QPushButton *m_viewSignedButton = nullptr;
    QPushButton *m_compareSignedButton = nullptr;
    QPushButton *m_saveSignedButton = nullptr;
    QPointer<RevisionCompareDialog> m_compareDialog;
};

} // namespace granska
