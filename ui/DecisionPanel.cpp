#include "DecisionPanel.h"

#include "AppSettings.h"
#include "Presentation.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace granska {
namespace {

const QList<DecisionKind> kinds{DecisionKind::Approve, DecisionKind::Reject, DecisionKind::FollowUp};

} // namespace

DecisionPanel::DecisionPanel(HistoryStore *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("decisionPanel"));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_current = new QLabel(this);
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_kinds = new QButtonGroup(this);
    m_kinds->setExclusive(true);
    auto *buttons = new QHBoxLayout;
    for (DecisionKind kind : kinds) {
        auto *button = new QRadioButton(this);
        m_kinds->addButton(button, int(kind));
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("decisionComment"));
    m_comment->setClearButtonEnabled(true);
    m_record = new QPushButton(this);
    m_record->setObjectName(QStringLiteral("recordDecision"));
    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_comment, 1);
    commentRow->addWidget(m_record);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);

    m_trailLabel = new QLabel(this);
    m_trail = new QListWidget(this);
    m_trail->setObjectName(QStringLiteral("decisionTrail"));
    m_trail->setWordWrap(true);
    m_trail->setSelectionMode(QAbstractItemView::NoSelection);
    m_trail->setMaximumHeight(m_trail->fontMetrics().height() * 6);
    m_trailLabel->setBuddy(m_trail);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_current);
    layout->addLayout(buttons);
    layout->addLayout(commentRow);
    layout->addWidget(m_hint);
    layout->addWidget(m_trailLabel);
    layout->addWidget(m_trail);

    connect(m_kinds, &QButtonGroup::idToggled, this, &DecisionPanel::updateState);
    connect(m_record, &QPushButton::clicked, this, &DecisionPanel::recordDecision);
    connect(m_comment, &QLineEdit::returnPressed, this, [this] {
        if (m_record->isEnabled())
            recordDecision();
    });
    connect(m_hint, &QLabel::linkActivated, this, &DecisionPanel::preferencesRequested);

    m_reviewer = AppSettings::reviewerName();
    retranslateUi();
}

QString DecisionPanel::decisionText(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Approve: return tr("Approved for transfer");
    case DecisionKind::Reject: return tr("Rejected");
    case DecisionKind::FollowUp: return tr("Needs follow-up");
    }
    return {};
}

QString DecisionPanel::trailText(const Decision &d)
{
    const QString when = d.decidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (d.comment.isEmpty())
        //: A recorded decision: time, reviewer, decision
        return tr("%1 %2: %3").arg(when, d.reviewer, decisionText(d.kind));
    //: A recorded decision: time, reviewer, decision — comment
    return tr("%1 %2: %3 — %4").arg(when, d.reviewer, decisionText(d.kind), d.comment);
}

void DecisionPanel::setAssessment(const std::optional<Assessment> &assessment)
{
    m_unavailableReason.clear();
    if (!assessment) {
        setDocument(0, QString());
        return;
    }
    if (assessment->identity.sha256.isEmpty()) {
        setDocument(0, QString());
        m_unavailableReason = tr("The file could not be read, so there is nothing to decide on.");
        updateState();
        return;
    }
    qint64 id = 0;
    if (m_store && m_store->isOpen()) {
        for (const HistoryEntry &entry : m_store->entriesForSha256(assessment->identity.sha256)) {
            if (entry.assessedAt == assessment->assessedAt) {
                id = entry.id;
                break;
            }
        }
    }
    setDocument(id, assessment->identity.sha256);
    if (id == 0) {
        m_unavailableReason = wasCancelled(*assessment)
                                  ? tr("The assessment was stopped before it finished; assess the document again to decide on it.")
                                  : tr("This result is not in the history, so no decision can be recorded on it.");
        updateState();
    }
}

void DecisionPanel::setDocument(qint64 assessmentId, const QString &sha256)
{
    const bool otherDocument = sha256.toLower() != m_sha256;
    m_assessmentId = assessmentId;
    m_sha256 = sha256.toLower();
    m_unavailableReason.clear();
    m_error.clear();
    if (otherDocument) {
        // A half-made choice belongs to the document it was made on.
        m_kinds->setExclusive(false);
        for (QAbstractButton *button : m_kinds->buttons())
            button->setChecked(false);
        m_kinds->setExclusive(true);
        m_comment->clear();
    }
    refresh();
}

void DecisionPanel::setReviewer(const QString &name)
{
    m_reviewer = name.trimmed();
    updateState();
}

QAbstractButton *DecisionPanel::decisionButton(DecisionKind kind) const
{
    return m_kinds->button(int(kind));
}

std::optional<DecisionKind> DecisionPanel::chosenKind() const
{
    const int id = m_kinds->checkedId();
    return id < 0 ? std::nullopt : std::optional<DecisionKind>(DecisionKind(id));
}

bool DecisionPanel::recordDecision()
{
    const std::optional<DecisionKind> kind = chosenKind();
    if (!kind || m_assessmentId == 0 || m_reviewer.isEmpty() || !m_store)
        return false;
    QString error;
    Decision decision;
    decision.assessmentId = m_assessmentId;
    decision.kind = *kind;
    decision.reviewer = m_reviewer;
    decision.comment = m_comment->text().trimmed();
    decision.decidedAt = QDateTime::currentDateTimeUtc();
    decision.id = m_store->addDecision(decision, &error);
    if (decision.id == 0) {
        m_error = error;
        updateState();
        return false;
    }
    decision.sha256 = m_sha256;
    decision.comment = decision.comment.trimmed();
    m_error.clear();
    // Cleared so that a second press cannot record the same decision twice by accident.
    m_kinds->setExclusive(false);
    m_kinds->checkedButton()->setChecked(false);
    m_kinds->setExclusive(true);
    m_comment->clear();
    refresh();
    Q_EMIT decisionRecorded(decision);
    return true;
}

void DecisionPanel::refresh()
{
    m_decisions = m_store && m_store->isOpen() && !m_sha256.isEmpty() ? m_store->decisions(m_sha256) : QList<Decision>{};
    m_trail->clear();
    for (const Decision &decision : std::as_const(m_decisions)) {
        auto *item = new QListWidgetItem(trailText(decision), m_trail);
        item->setToolTip(tr("Recorded %1 by %2").arg(formatTimestamp(decision.decidedAt), decision.reviewer));
    }
    updateState();
}

void DecisionPanel::updateState()
{
    const bool hasDocument = m_assessmentId != 0;
    for (QAbstractButton *button : m_kinds->buttons())
        button->setEnabled(hasDocument);
    m_comment->setEnabled(hasDocument);
    m_record->setEnabled(hasDocument && !m_reviewer.isEmpty() && chosenKind().has_value());

    if (m_sha256.isEmpty() && m_unavailableReason.isEmpty())
        m_current->setText(tr("No document selected."));
    else if (m_decisions.isEmpty())
        m_current->setText(tr("No decision recorded yet."));
    else
        m_current->setText(tr("Current decision: <b>%1</b>, by %2 on %3")
                               .arg(decisionText(m_decisions.constFirst().kind),
                                    m_decisions.constFirst().reviewer.toHtmlEscaped(),
                                    m_decisions.constFirst().decidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));

    QString hint;
    if (!m_error.isEmpty())
        hint = tr("The decision was not recorded: %1").arg(m_error.toHtmlEscaped());
    else if (!m_unavailableReason.isEmpty())
        hint = m_unavailableReason.toHtmlEscaped();
    else if (hasDocument && m_reviewer.isEmpty())
        hint = tr("Decisions are recorded under your name. <a href=\"preferences\">Set your name…</a>");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_trailLabel->setVisible(!m_decisions.isEmpty());
    m_trail->setVisible(!m_decisions.isEmpty());
}

void DecisionPanel::retranslateUi()
{
    m_title->setText(tr("Decision"));
    m_kinds->button(int(DecisionKind::Approve))->setText(tr("&Approve for transfer"));
    m_kinds->button(int(DecisionKind::Reject))->setText(tr("Re&ject"));
    m_kinds->button(int(DecisionKind::FollowUp))->setText(tr("Needs f&ollow-up"));
    m_comment->setPlaceholderText(tr("Comment, e.g. what is missing"));
    m_comment->setAccessibleName(tr("Decision comment"));
    m_record->setText(tr("Record &Decision"));
    m_record->setToolTip(tr("Adds the decision to the history under your name; earlier decisions are kept"));
    m_trailLabel->setText(tr("Decisions on this file, newest first:"));
    m_trail->setAccessibleName(tr("Decisions on this file, newest first"));
    refresh();
}

void DecisionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace granska
