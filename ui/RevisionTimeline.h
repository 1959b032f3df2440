// The revision timeline: the document's revisions top to bottom, oldest first, each a node on a
// line with its time, the signatures that sign it (with their validation conclusion's icon) and
// the changes it brought. Selecting a revision asks for its pages; buttons compare it with the
// final version or save it as a file of its own.
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTimer;

namespace granska {

class RevisionTimelineModel;

class RevisionTimeline : public QWidget {
    Q_OBJECT
public:
    explicit RevisionTimeline(QWidget *parent = nullptr);

    RevisionTimelineModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *saveButton() const { return m_save; }

    // The selected revision (1-based), 0 when none.
    int currentRevision() const;
    // Selects a revision without asking for its pages (to follow what the preview shows).
    void setCurrentRevision(int revision);

Q_SIGNALS:
    // The user chose a revision: show its pages (the final one means the file itself).
    void viewRequested(int revision);
    void compareRequested(int revision);
    void saveRequested(int revision);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    RevisionTimelineModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QListView *m_view = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_save = nullptr;
    QTimer *m_viewDelay = nullptr; // arrowing through the list asks only for where it stops
    bool m_following = false; // selection set programmatically: do not ask for pages
};

} // namespace granska
