// Window-wide keys for working without the mouse: Ctrl+1 … Ctrl+9 choose the findings tab with that
// number, F6 and Shift+F6 move the keyboard focus to the next and previous pane (the convention
// of file managers and browsers for moving between the parts of a window).
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QTabWidget;
class QWidget;

namespace granska {

class KeyboardNavigation : public QObject {
    Q_OBJECT
public:
    // `panes` in the order F6 visits them; every one must be a descendant of `window`.
    KeyboardNavigation(QWidget *window, QTabWidget *findingsTabs, const QList<QWidget *> &panes);

    // The pane that holds the focus now, -1 when none does.
    int currentPane() const;
    void focusPane(int index);
    void focusNextPane();
    void focusPreviousPane();

private:
    QWidget *m_window;
    QPointer<QTabWidget> m_tabs;
    QList<QPointer<QWidget>> m_panes;
};

} // namespace granska
