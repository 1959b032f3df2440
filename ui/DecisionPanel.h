// The archivist's decision on the selected document: approve for transfer, reject or needs
// follow-up, with a comment, recorded in the history under the reviewer's name. Shows the current
// decision and the whole trail of earlier ones ("2026-11-29 10:02 Anna Svensson: Needs follow-up
// — missing LTV"); a changed decision is a new entry, never an edit.
#pragma once

#include "assessment/Assessment.h"
#include "history/HistoryStore.h"

#include <QWidget>
#include <optional>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace granska {

class DecisionPanel : public QWidget {
    Q_OBJECT
public:
    explicit DecisionPanel(HistoryStore *store, QWidget *parent = nullptr);

    static QString decisionText(DecisionKind kind);       // "Needs follow-up"
    static QString trailText(const Decision &decision);   // "2026-11-29 10:02 Anna Svensson: Needs follow-up — missing LTV"

    // The document to decide on: the stored assessment that is the same as this one (same file
    // bytes, same time). Nothing selected, an unreadable file or a result that is not in the
    // history disables recording, with the reason shown.
    void setAssessment(const std::optional<Assessment> &assessment);
    // The same, when the history id is known.
    void setDocument(qint64 assessmentId, const QString &sha256);
    qint64 assessmentId() const { return m_assessmentId; }

    void setReviewer(const QString &name);
    QString reviewer() const { return m_reviewer; }

    QAbstractButton *decisionButton(DecisionKind kind) const;
    QLineEdit *commentEdit() const { return m_comment; }
    QPushButton *recordButton() const { return m_record; }
    QListWidget *trailView() const { return m_trail; }
    QLabel *currentLabel() const { return m_current; }

public Q_SLOTS:
    // Records the chosen decision; returns false (with the reason shown) when it could not.
    bool recordDecision();
    void refresh(); // reads the trail again

Q_SIGNALS:
    void decisionRecorded(const granska::Decision &decision);
    // The reviewer name is missing and the user asked to set it.
    void preferencesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    std::optional<DecisionKind> chosenKind() const;

    HistoryStore *m_store;
    qint64 m_assessmentId = 0;
    QString m_sha256;
    QString m_unavailableReason; // why no decision can be recorded on this document
    QString m_reviewer;
    QString m_error;
    QList<Decision> m_decisions;

    QLabel *m_title = nullptr;
    QLabel *m_current = nullptr;
    QButtonGroup *m_kinds = nullptr;
    QLineEdit *m_comment = nullptr;
    QPushButton *m_record = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_trailLabel = nullptr;
    QListWidget *m_trail = nullptr;
};

} // namespace granska
