// History → Show History…: every stored assessment, searchable by file name, path or checksum and
// filterable by date, verdict and decision. The same file assessed again (same SHA-256) is
// recognised: a column counts its assessments and Compare shows two of them side by side.
// Opening an entry shows the stored result in the main window without assessing the file again;
// Export writes the shown or the selected rows as CSV.
#pragma once

#include "history/HistoryStore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace granska {

class HistoryModel;

class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    explicit HistoryDialog(const HistoryStore *store, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *verdictCombo() const { return m_verdict; }
    QComboBox *decisionCombo() const { return m_decision; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *compareButton() const { return m_compare; }

    // The query the filters describe.
    HistoryQuery query() const;
    // The two assessments Compare would show (earlier first), or none: two selected rows of the
    // same file, or one selected row and the file's previous assessment.
    std::optional<std::pair<qint64, qint64>> comparisonPair() const;
    // Writes the selected rows (all shown rows when `selectedOnly` is false, without the display
    // limit) to `path` as CSV.
    bool exportCsv(const QString &path, bool selectedOnly, QString *error = nullptr) const;

public Q_SLOTS:
    void refresh();
    void openSelected();
    void compareSelected();
    void exportShown();
    void exportSelected();

Q_SIGNALS:
    void openRequested(const QList<qint64> &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    QList<HistoryEntry> selectedEntries() const;
    void exportWithDialog(bool selectedOnly);

    const HistoryStore *m_store;
    HistoryModel *m_model = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_verdictLabel = nullptr;
    QComboBox *m_verdict = nullptr;
    QLabel *m_decisionLabel = nullptr;
    QComboBox *m_decision = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_export = nullptr;
    QAction *m_exportShown = nullptr;
    QAction *m_exportSelected = nullptr;
    QTimer *m_filterTimer = nullptr;
};

} // namespace granska
