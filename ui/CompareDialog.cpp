#include "CompareDialog.h"

#include "Presentation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace granska {

CompareDialog::CompareDialog(const Assessment &earlier, const Assessment &later, QWidget *parent)
    : QDialog(parent), m_rows(AssessmentComparison::compare(earlier, later))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare Assessments of %1").arg(later.identity.fileName));
    m_earlierTitle = tr("Earlier (%1)").arg(formatTimestamp(earlier.assessedAt));
    m_laterTitle = tr("Later (%1)").arg(formatTimestamp(later.assessedAt));

    const int differences = AssessmentComparison::differenceCount(m_rows);
    QStringList differing;
    for (const ComparisonRow &row : std::as_const(m_rows)) {
        if (row.differs)
            differing << row.aspect;
    }
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setText(differences == 0
                           ? tr("The same file (SHA-256 %1) gave the same result both times.").arg(later.identity.sha256)
                           : tr("The same file (SHA-256 %1) gave different results in %n aspect(s): %2.", nullptr, differences)
                                 .arg(later.identity.sha256, differing.join(QStringLiteral(", "))));
    m_onlyDifferences = new QCheckBox(tr("Show only &differences"), this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setAccessibleName(tr("Comparison of two assessments"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Aspect"), m_earlierTitle, m_laterTitle});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_onlyDifferences);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &CompareDialog::fill);
    fill();
    resize(900, 560);
}

void CompareDialog::fill()
{
    const bool onlyDifferences = m_onlyDifferences->isChecked();
    m_table->setRowCount(0);
    for (const ComparisonRow &row : std::as_const(m_rows)) {
        if (onlyDifferences && !row.differs)
            continue;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList texts{row.aspect, row.earlier, row.later};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (row.differs) {
                // Not by colour alone: bold text and a tooltip tell the differing rows apart too.
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setBackground(palette().color(QPalette::Highlight).lighter(185));
                item->setToolTip(tr("Differs between the two assessments"));
            }
            m_table->setItem(r, column, item);
        }
    }
    m_table->resizeRowsToContents();
}

} // namespace granska
