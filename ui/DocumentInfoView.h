// The Document tab: who the file is (name, path, size, SHA-256, PDF version, pages, producer,
// encryption), when and by which engine version it was assessed, and its revisions.
#pragma once

#include "assessment/Assessment.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;
class QTextEdit;
class QTableView;
class QGroupBox;

namespace granska {

class RevisionTableModel;

class DocumentInfoView : public QWidget {
    Q_OBJECT
public:
    explicit DocumentInfoView(QWidget *parent = nullptr);

    void setAssessment(const Assessment &assessment, bool fromHistory);
    void clear();
    RevisionTableModel *revisionModel() const { return m_revisions; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addRow(const QString &key);
    void retranslateUi();
    void fill();

    Assessment m_assessment;
    bool m_fromHistory = false;
    bool m_hasAssessment = false;

    QScrollArea *m_scroll = nullptr;
    QLabel *m_errorBanner = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_values; // keyed by a stable name, for retranslation
    QHash<QString, QLabel *> m_labels;
    QTextEdit *m_path = nullptr;
    QTextEdit *m_sha256 = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_shaLabel = nullptr;
    QGroupBox *m_revisionBox = nullptr;
    QTableView *m_revisionTable = nullptr;
    RevisionTableModel *m_revisions = nullptr;
};

} // namespace granska
