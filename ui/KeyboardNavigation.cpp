#include "KeyboardNavigation.h"

#include <QApplication>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QWidget>

namespace granska {
namespace {

bool takesTabFocus(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() && widget->isEnabled();
}

// The first control in `pane` that Tab would reach, or the pane itself.
QWidget *focusTarget(QWidget *pane)
{
    if (takesTabFocus(pane))
        return pane;
    for (QWidget *w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain()) {
        if (pane->isAncestorOf(w) && takesTabFocus(w))
            return w;
    }
    return nullptr;
}

} // namespace

KeyboardNavigation::KeyboardNavigation(QWidget *window, QTabWidget *findingsTabs, const QList<QWidget *> &panes)
    : QObject(window), m_window(window), m_tabs(findingsTabs)
{
    for (QWidget *pane : panes)
        m_panes << pane;

    for (int i = 0; i < 9; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), window);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (m_tabs && i < m_tabs->count() && m_tabs->isTabEnabled(i)) {
                m_tabs->setCurrentIndex(i);
                if (m_tabs->isVisible())
                    m_tabs->tabBar()->setFocus(Qt::ShortcutFocusReason);
            }
        });
    }
    auto *next = new QShortcut(QKeySequence(Qt::Key_F6), window);
    connect(next, &QShortcut::activated, this, &KeyboardNavigation::focusNextPane);
    auto *previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6), window);
    connect(previous, &QShortcut::activated, this, &KeyboardNavigation::focusPreviousPane);
}

int KeyboardNavigation::currentPane() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (int i = 0; focus && i < m_panes.size(); ++i) {
        if (m_panes[i] && (m_panes[i] == focus || m_panes[i]->isAncestorOf(focus)))
            return i;
    }
    return -1;
}

void KeyboardNavigation::focusPane(int index)
{
    if (index < 0 || index >= m_panes.size() || !m_panes[index])
        return;
    if (QWidget *target = focusTarget(m_panes[index]))
        target->setFocus(Qt::OtherFocusReason);
}

void KeyboardNavigation::focusNextPane()
{
    // Panes with nothing focusable at the moment (a message instead of findings) are skipped.
    const int count = int(m_panes.size());
    const int from = currentPane();
    for (int step = 1; step <= count; ++step) {
        const int index = ((from < 0 ? -1 : from) + step) % count;
        if (m_panes[index] && focusTarget(m_panes[index])) {
            focusPane(index);
            return;
        }
    }
}

void KeyboardNavigation::focusPreviousPane()
{
    const int count = int(m_panes.size());
    const int from = currentPane();
    for (int step = 1; step <= count; ++step) {
        const int index = ((from < 0 ? 0 : from) - step + 2 * count) % count;
        if (m_panes[index] && focusTarget(m_panes[index])) {
            focusPane(index);
            return;
        }
    }
}

} // namespace granska
