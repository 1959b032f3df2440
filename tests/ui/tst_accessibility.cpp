// Keyboard and screen-reader audit of the main window and its dialogs: every control that takes
// keyboard focus must have a name an assistive technology can read out (its own text, a label
// whose buddy it is, or an accessible name), and the keyboard shortcuts promised in the menus and
// panes must work.
#include "AssessmentQueue.h"
#include "DecisionPanel.h"
#include "DocumentFilterBar.h"
#include "FindingsPane.h"
#include "HistoryDialog.h"
#include "MainWindow.h"
#include "PagePreview.h"
#include "SettingsDialog.h"
#include "TrustSettings.h"
#include "TrustStoreDialog.h"
#include "history/HistoryStore.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>
#include <functional>
#include <memory>

using namespace granska;

namespace {

const QString kSigned = QStringLiteral(GRANSKA_SHARED_DIR "/corpus/signed/files/dss__DSS-1983.pdf");

// Parts of a compound control that Qt gives focus to on the control's behalf; the control's own
// name covers them.
bool isInternalPart(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (!parent)
        return false;
    if (qobject_cast<const QLineEdit *>(widget)
        && (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)))
        return true;
    return widget->focusProxy() != nullptr;
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// "QPushButton 'addButton' in SettingsDialog > QGroupBox"
QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget())
        path.prepend(QString::fromLatin1(w->metaObject()->className()));
    return QStringLiteral("%1 '%2' in %3").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                                path.join(QStringLiteral(" > ")));
}

// Every focusable control under `top` without a name.
QStringList unnamedControls(QWidget *top)
{
    QStringList problems;
    const QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // Popups (a combo box's list) are windows of their own, named by the control that opens them.
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isEnabled() || isInternalPart(widget) || widget->window() != top)
            continue;
        // Tab bars of tab widgets: each tab has its title; the tab widget carries the name.
        if (qobject_cast<QTabBar *>(widget) && qobject_cast<QTabWidget *>(widget->parentWidget()))
            continue;
        if (accessibleName(widget).isEmpty())
            problems << describe(widget);
    }
    // A label that promises a mnemonic (Alt + the underlined letter) must say which control it
    // moves the focus to.
    for (QLabel *label : top->findChildren<QLabel *>()) {
        const QString text = label->text();
        const bool mnemonic = label->textFormat() != Qt::RichText && QKeySequence::mnemonic(text) != QKeySequence();
        if (mnemonic && !label->buddy())
            problems << QStringLiteral("label \"%1\" without a buddy (%2)").arg(text, describe(label));
    }
    return problems;
}

// The Alt+letter mnemonics active at the moment in `top`: the menu bar's and those of the visible
// buttons, labels (with a buddy) and group boxes. Letter → the texts that claim it.
QMultiHash<QString, QString> activeMnemonics(QWidget *top)
{
    QMultiHash<QString, QString> claims;
    const auto claim = [&claims](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            claims.insert(key.toString(), text);
    };
    if (auto *window = qobject_cast<QMainWindow *>(top)) {
        for (QAction *action : window->menuBar()->actions())
            claim(action->text());
    }
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(top) || widget->window() != top)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            claim(button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            claim(label->text());
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            claim(box->title());
    }
    return claims;
}

// The focus chain from `top`, as Tab walks it: only the controls a user can reach.
QList<QWidget *> tabChain(QWidget *top)
{
    QList<QWidget *> chain;
    for (QWidget *w = top->nextInFocusChain(); w && w != top; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(top) && w->isEnabled() && w->window() == top && !isInternalPart(w))
            chain << w;
    }
    return chain;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void auditFindsUnnamedControls();
    void everyControlIsNamed_data();
    void everyControlIsNamed();
    void tabOrderFollowsTheLayout();
    void mnemonicsAreUnambiguous();
    void findingsTabsHaveShortcuts();
    void f6CyclesThePanes();

private:
    std::unique_ptr<MainWindow> assessedWindow();
    QTemporaryDir m_temp;
    int m_histories = 0;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GranskaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("GranskaAccessibilityTest"));
    QVERIFY(m_temp.isValid());
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestAccessibility::assessedWindow()
{
    auto window = std::make_unique<MainWindow>(m_temp.filePath(QStringLiteral("history-%1.sqlite").arg(++m_histories)));
    window->resize(1400, 900);
    window->show();
    if (QFile::exists(kSigned)) {
        // A signed document fills the panes, so their controls are all created.
        QSignalSpy finished(window->queue(), &AssessmentQueue::finished);
        window->openPaths({kSigned});
        if (!finished.wait(120000))
            qWarning("the document was not assessed in time");
        QTest::qWait(100);
    }
    return window;
}

void TestAccessibility::auditFindsUnnamedControls()
{
    // The audit itself: a bare line edit is reported; a labelled one, a button with text and a
    // line edit with an accessible name are not; a label with a mnemonic but no buddy is.
    QWidget form;
    auto *bare = new QLineEdit(&form);
    bare->setObjectName(QStringLiteral("bare"));
    auto *labelled = new QLineEdit(&form);
    auto *label = new QLabel(QStringLiteral("&Name:"), &form);
    label->setBuddy(labelled);
    new QPushButton(QStringLiteral("Save"), &form);
    (new QLineEdit(&form))->setAccessibleName(QStringLiteral("Comment"));
    new QLabel(QStringLiteral("&Orphan:"), &form);
    const QStringList problems = unnamedControls(&form);
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).contains(QStringLiteral("'bare'")));
    QVERIFY(problems.at(1).contains(QStringLiteral("Orphan")));
}

void TestAccessibility::everyControlIsNamed_data()
{
    QTest::addColumn<QString>("surface");
    QTest::newRow("main window") << QStringLiteral("main");
    QTest::newRow("preferences") << QStringLiteral("settings");
    QTest::newRow("trust store") << QStringLiteral("trust");
    QTest::newRow("history") << QStringLiteral("history");
}

void TestAccessibility::everyControlIsNamed()
{
    QFETCH(QString, surface);
    auto window = assessedWindow();
    std::unique_ptr<QWidget> dialog;
    if (surface == QLatin1String("settings"))
        dialog = std::make_unique<SettingsDialog>(window.get());
    else if (surface == QLatin1String("trust"))
        dialog = std::make_unique<TrustStoreDialog>(window->trustSettings(), window.get());
    else if (surface == QLatin1String("history"))
        dialog = std::make_unique<HistoryDialog>(window->historyStore(), window.get());
    QWidget *top = dialog ? dialog.get() : window.get();
    top->show();
    QVERIFY(QTest::qWaitForWindowExposed(top));
    const QStringList problems = unnamedControls(top);
    for (const QString &problem : problems)
        qWarning("no accessible name: %s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 focusable control(s) without a name").arg(problems.size())));
}

void TestAccessibility::tabOrderFollowsTheLayout()
{
    // Tab walks the window as it is read: the document column (filter, list, decision), then the
    // page preview, then the findings.
    auto window = assessedWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QList<QWidget *> chain = tabChain(window.get());
    const auto firstIn = [&chain](const QWidget *pane) {
        for (int i = 0; i < chain.size(); ++i) {
            if (pane == chain[i] || pane->isAncestorOf(chain[i]))
                return i;
        }
        return -1;
    };
    QList<QWidget *> panes;
    panes << window->documentFilterBar() << window->documentView() << window->decisionPanel() << window->preview()
          << window->findingsPane();
    int previous = -1;
    for (QWidget *pane : panes) {
        const int at = firstIn(pane);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("Tab never reaches %1").arg(QString::fromLatin1(pane->metaObject()->className()))));
        QVERIFY2(at > previous, qPrintable(QStringLiteral("%1 comes too early in the tab order").arg(QString::fromLatin1(pane->metaObject()->className()))));
        previous = at;
    }
}

void TestAccessibility::mnemonicsAreUnambiguous()
{
    // Two controls with the same Alt+letter at once: the key no longer does what its label says.
    auto window = assessedWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTabWidget *tabs = window->findingsPane()->tabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        const QMultiHash<QString, QString> claims = activeMnemonics(window.get());
        for (const QString &key : claims.uniqueKeys()) {
            const QStringList texts = claims.values(key);
            QVERIFY2(texts.size() == 1, qPrintable(QStringLiteral("with the %1 tab shown, %2 belongs to: %3")
                                                       .arg(tabs->tabText(tab), key, texts.join(QStringLiteral(" | ")))));
        }
    }
}

void TestAccessibility::findingsTabsHaveShortcuts()
{
    auto window = assessedWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTabWidget *tabs = window->findingsPane()->tabs();
    QVERIFY(tabs->count() >= 4);
    for (int i = tabs->count() - 1; i >= 0; --i) {
        if (i >= 9)
            continue;
        QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), i);
    }
}

void TestAccessibility::f6CyclesThePanes()
{
    auto window = assessedWindow();
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QSet<QWidget *> visited;
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(window.get(), Qt::Key_F6);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        visited.insert(focus);
    }
    // The document list, the page preview and the findings at least.
    QVERIFY2(visited.size() >= 3, qPrintable(QStringLiteral("F6 reached %1 pane(s)").arg(visited.size())));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
