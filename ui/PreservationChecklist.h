// The preservation checklist of the selected document: is it ready for transfer to the e-archive,
// and each requirement (PDF/A, encryption, active content, signatures, validation material,
// changes after signing, personal data) with an icon, a coloured state word and its reason.
#pragma once

#include "preservation/PreservationVerdict.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>
#include <QWidget>

class QLabel;
class QListView;

namespace granska {

class PreservationChecklistModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        StateRole = Qt::UserRole + 1, // CheckState as int
        StateTextRole,                // "Passed", "Needs review" ...
        ReasonRole,
        CheckIdRole, // the stable id: "pdfa", "encryption" ...
    };

    explicit PreservationChecklistModel(QObject *parent = nullptr);

    void setAssessment(const Assessment &assessment);
    void clear();
    // Words change with the language; the verdict is computed again in the new one.
    void retranslate();
    const PreservationVerdict &verdict() const { return m_verdict; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "✔ PDF/A claimed and verified — Passed: PDF/A-2B claimed and verified ..." for copying.
    QString plainText(const QModelIndex &index) const;

private:
    Assessment m_assessment;
    bool m_hasAssessment = false;
    PreservationVerdict m_verdict;
};

// Draws one check as an icon, the requirement in bold with its state word in the state's colour,
// and the reason wrapped underneath.
class PreservationCheckDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit PreservationCheckDelegate(QListView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QListView *m_view;
};

// The overall verdict as a banner, then the checks. Selected checks copy as text (Ctrl+C or the
// context menu); with nothing selected, the whole checklist is copied.
class PreservationChecklistView : public QWidget {
    Q_OBJECT
public:
    explicit PreservationChecklistView(QWidget *parent = nullptr);

    void setAssessment(const Assessment &assessment);
    PreservationChecklistModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    // The checklist as plain text: the verdict line and one line per check (selected ones only
    // when `selectedOnly` and something is selected).
    QString text(bool selectedOnly) const;
    void copy() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateBanner();
    void retranslateUi();

    PreservationChecklistModel *m_model = nullptr;
    QLabel *m_bannerIcon = nullptr;
    QLabel *m_bannerText = nullptr;
    QListView *m_list = nullptr;
};

// The colour a check state's words are drawn in (the icon's shape and the word carry the meaning too).
QColor checkStateColour(CheckState state);
QIcon checkStateIcon(CheckState state);
QIcon readinessIcon(Readiness readiness);

} // namespace granska
