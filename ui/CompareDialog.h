// History → Compare: two assessments of the same file side by side, the differences marked.
#pragma once

#include "AssessmentComparison.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace granska {

class CompareDialog : public QDialog {
    Q_OBJECT
public:
    // `earlier` and `later` in time order.
    CompareDialog(const Assessment &earlier, const Assessment &later, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QList<ComparisonRow> rows() const { return m_rows; }

private:
    void fill();

    QList<ComparisonRow> m_rows;
    QLabel *m_summary = nullptr;
    QCheckBox *m_onlyDifferences = nullptr;
    QTableWidget *m_table = nullptr;
    QString m_earlierTitle, m_laterTitle;
};

} // namespace granska
