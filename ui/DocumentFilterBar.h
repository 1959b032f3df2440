// The row above the document list: which documents to show ("Signature problem (12)") and in
// which order. Drives a DocumentFilterModel and keeps the counts in its entries up to date.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace granska {

class DocumentFilterModel;

class DocumentFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit DocumentFilterBar(DocumentFilterModel *model, QWidget *parent = nullptr);

    QComboBox *filterCombo() const { return m_filter; }
    QComboBox *sortCombo() const { return m_sort; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCounts();

    DocumentFilterModel *m_model;
    QLabel *m_filterLabel = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_sortLabel = nullptr;
    QComboBox *m_sort = nullptr;
};

} // namespace granska
