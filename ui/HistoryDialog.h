// History → Show History…: every stored assessment, filterable by file name, path or checksum.
// Opening an entry shows the stored result in the main window without assessing the file again.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace granska {

class HistoryModel;
class HistoryStore;

class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    explicit HistoryDialog(const HistoryStore *store, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

public Q_SLOTS:
    void refresh();
    void openSelected();

Q_SIGNALS:
    void openRequested(const QList<qint64> &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    const HistoryStore *m_store;
    HistoryModel *m_model = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_open = nullptr;
    QTimer *m_filterTimer = nullptr;
};

} // namespace granska
