// The checklist widgets: the model's roles, the text copied from the view, and the verdict banner.
#include "PreservationChecklist.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>
#include <QtTest>

using namespace granska;

class ChecklistTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelRoles();
    void copiesSelectedChecksOrAll();
    void clearEmptiesTheList();

private:
    static Assessment encryptedAssessment();
};

Assessment ChecklistTest::encryptedAssessment()
{
    Assessment a;
    a.pdfa.claim.part = 1;
    a.pdfa.claim.conformance = QStringLiteral("B");
    a.pdfa.profile = QStringLiteral("1b");
    a.pdfa.compliant = true;
    a.pdfa.rulesChecked = 80;
    a.activeContent.scanned = true;
    a.identity.encrypted = true;
    a.identity.encryption = QStringLiteral("AES-128 (revision 4), opens without a password");
    return a;
}

void ChecklistTest::modelRoles()
{
    PreservationChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAssessment(encryptedAssessment());
    QCOMPARE(model.rowCount(), 7);
    const QModelIndex encryption = model.index(1);
    QCOMPARE(encryption.data(PreservationChecklistModel::CheckIdRole).toString(), QStringLiteral("encryption"));
    QCOMPARE(encryption.data(PreservationChecklistModel::StateRole).toInt(), int(CheckState::Fail));
    QVERIFY(encryption.data(PreservationChecklistModel::ReasonRole).toString().contains(QLatin1String("AES-128")));
    QCOMPARE(encryption.data(Qt::ToolTipRole), encryption.data(PreservationChecklistModel::ReasonRole));
    QVERIFY(!encryption.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(encryption.data(Qt::ForegroundRole).value<QColor>(), checkStateColour(CheckState::Fail));
    // Screen readers hear the requirement and its state; the reason is the description.
    QVERIFY(encryption.data(Qt::AccessibleTextRole).toString().contains(checkStateText(CheckState::Fail)));
    QVERIFY(model.roleNames().values().contains("reason"));
    QCOMPARE(toString(model.verdict().readiness), QStringLiteral("not-ready"));
}

void ChecklistTest::copiesSelectedChecksOrAll()
{
    PreservationChecklistView view;
    view.resize(500, 600);
    view.show();
    view.setAssessment(encryptedAssessment());
    QVERIFY(!view.listView()->accessibleName().isEmpty());

    const QString all = view.text(true); // nothing selected: everything
    QCOMPARE(all.count(QLatin1Char('\n')), 7);
    QVERIFY(all.startsWith(readinessSummary(view.model()->verdict())));

    view.listView()->selectionModel()->select(view.model()->index(1), QItemSelectionModel::ClearAndSelect);
    view.copy();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(QStringLiteral("\u2718 ")), qPrintable(copied));
    QVERIFY(copied.contains(QLatin1String("AES-128")));
    QVERIFY(!copied.contains(QLatin1Char('\n')));

    // Rows are as high as their wrapped reasons.
    const QRect first = view.listView()->visualRect(view.model()->index(0));
    QVERIFY(first.height() > view.fontMetrics().height() * 2);
}

void ChecklistTest::clearEmptiesTheList()
{
    PreservationChecklistModel model;
    model.setAssessment(encryptedAssessment());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(ChecklistTest)
#include "tst_checklist.moc"
