#include "DocumentInfoView.h"

#include "Presentation.h"
#include "RevisionTableModel.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QAbstractTextDocumentLayout>
#include <QTextEdit>
#include <QtMath>
#include <QTextDocument>
#include <memory>
#include <QLocale>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace granska {
namespace {

// Stable keys of the form rows; their labels are looked up through rowLabel() for each language.
const char *const kRowKeys[] = {"name", "path", "size", "sha256", "version", "pages", "title", "producer",
                                "creator", "encryption", "linearized", "assessed", "engine", "source"};

// Selectable text that wraps anywhere, so that a checksum or a long path is shown whole and is
// copied exactly as it is (a label wraps only at spaces; a line edit hides what does not fit).
class WrappingField : public QTextEdit {
public:
    WrappingField(QWidget *parent, bool monospace) : QTextEdit(parent)
    {
        setReadOnly(true);
        setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        setFrameShape(QFrame::NoFrame);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setWordWrapMode(QTextOption::WrapAnywhere);
        QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
        viewport()->setAutoFillBackground(false);
        setStyleSheet(QStringLiteral("QTextEdit { background: transparent; }"));
        document()->setDocumentMargin(1);
        if (monospace)
            setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }

    bool hasHeightForWidth() const override { return true; }

    // As tall as the text wrapped to the given width: the form grows a row instead of hiding text.
    int heightForWidth(int width) const override
    {
        std::unique_ptr<QTextDocument> measure(document()->clone());
        measure->setTextWidth(qMax(1, width - 2 * frameWidth()));
        return qCeil(measure->size().height()) + 2 * frameWidth();
    }

    QSize sizeHint() const override { return {200, heightForWidth(width() > 0 ? width() : 200)}; }
    QSize minimumSizeHint() const override { return {60, fontMetrics().lineSpacing() + 4}; }
};

QTextEdit *readOnlyField(QWidget *parent, bool monospace)
{
    return new WrappingField(parent, monospace);
}

} // namespace

DocumentInfoView::DocumentInfoView(QWidget *parent) : QWidget(parent)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    m_errorBanner = new QLabel(content);
    m_errorBanner->setWordWrap(true);
    m_errorBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBanner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; border: 1px solid #e0a8a4; border-radius: 3px; padding: 8px; color: #611a15; }"));
    m_errorBanner->hide();
    layout->addWidget(m_errorBanner);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    for (const char *key : kRowKeys) {
        const QString k = QString::fromLatin1(key);
        auto *label = new QLabel(content);
        m_labels.insert(k, label);
        if (k == QLatin1String("path")) {
            m_path = readOnlyField(content, false);
            m_form->addRow(label, m_path);
            label->setBuddy(m_path);
        } else if (k == QLatin1String("sha256")) {
            m_sha256 = readOnlyField(content, true);
            m_form->addRow(label, m_sha256);
            label->setBuddy(m_sha256);
        } else {
            auto *value = new QLabel(content);
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            m_values.insert(k, value);
            m_form->addRow(label, value);
        }
    }
    layout->addLayout(m_form);

    m_revisionBox = new QGroupBox(content);
    auto *boxLayout = new QVBoxLayout(m_revisionBox);
    m_revisions = new RevisionTableModel(this);
    m_revisionTable = new QTableView(m_revisionBox);
    m_revisionTable->setModel(m_revisions);
    m_revisionTable->verticalHeader()->hide();
    m_revisionTable->horizontalHeader()->setStretchLastSection(true);
    m_revisionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_revisionTable->horizontalHeader()->setSectionResizeMode(RevisionTableModel::SignedColumn, QHeaderView::Stretch);
    m_revisionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_revisionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_revisionTable->setWordWrap(false);
    m_revisionTable->setMinimumHeight(120);
    boxLayout->addWidget(m_revisionTable);
    layout->addWidget(m_revisionBox, 1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The form follows the pane's width (long values wrap); only the revisions table scrolls sideways.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    retranslateUi();
    clear();
}

void DocumentInfoView::setAssessment(const Assessment &assessment, bool fromHistory)
{
    m_assessment = assessment;
    m_fromHistory = fromHistory;
    m_hasAssessment = true;
    m_revisions->setAssessment(assessment);
    fill();
}

void DocumentInfoView::clear()
{
    m_assessment = Assessment{};
    m_hasAssessment = false;
    m_revisions->setAssessment(m_assessment);
    fill();
}

void DocumentInfoView::fill()
{
    const Assessment &a = m_assessment;
    const DocumentIdentity &id = a.identity;
    const QLocale locale;
    auto set = [this](const char *key, const QString &text) {
        m_values.value(QString::fromLatin1(key))->setText(text.isEmpty() ? QStringLiteral("—") : text);
    };
    m_errorBanner->setVisible(m_hasAssessment && a.status == AssessmentStatus::Error);
    m_errorBanner->setText(tr("<b>This document could not be assessed.</b><br>%1").arg(a.error.toHtmlEscaped()));

    set("name", id.fileName);
    m_path->setPlainText(QDir::toNativeSeparators(a.file));
    m_path->updateGeometry(); // its height follows the text
    set("size", m_hasAssessment && id.size > 0 ? formatByteCount(id.size) : QString());
    m_sha256->setPlainText(id.sha256);
    m_sha256->updateGeometry();
    set("version", id.pdfVersion);
    set("pages", id.pageCount > 0 ? locale.toString(id.pageCount) : QString());
    set("title", id.title);
    set("producer", id.producer);
    set("creator", id.creator);
    set("encryption", !m_hasAssessment ? QString() : id.encrypted ? id.encryption : tr("not encrypted"));
    set("linearized", !m_hasAssessment ? QString() : id.linearized ? tr("yes") : tr("no"));
    set("assessed", m_hasAssessment ? tr("%1, in %2 ms").arg(formatTimestamp(a.assessedAt)).arg(a.durationMs) : QString());
    set("engine", a.engineVersion.isEmpty() ? QString() : tr("Granska %1").arg(a.engineVersion));
    set("source", !m_hasAssessment ? QString()
                  : m_fromHistory ? tr("reopened from the history (not assessed again)")
                                  : tr("assessed in this session"));
    m_revisionBox->setTitle(tr("Revisions (%1)").arg(a.revisions.size()));
}

void DocumentInfoView::retranslateUi()
{
    const QHash<QString, QString> labels = {
        {QStringLiteral("name"), tr("File name:")},
        {QStringLiteral("path"), tr("Path:")},
        {QStringLiteral("size"), tr("Size:")},
        {QStringLiteral("sha256"), tr("SHA-256:")},
        {QStringLiteral("version"), tr("PDF version:")},
        {QStringLiteral("pages"), tr("Pages:")},
        {QStringLiteral("title"), tr("Title:")},
        {QStringLiteral("producer"), tr("Producer:")},
        {QStringLiteral("creator"), tr("Creator:")},
        {QStringLiteral("encryption"), tr("Encryption:")},
        {QStringLiteral("linearized"), tr("Fast web view:")},
        {QStringLiteral("assessed"), tr("Assessed:")},
        {QStringLiteral("engine"), tr("Engine:")},
        {QStringLiteral("source"), tr("Result:")},
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        m_labels.value(it.key())->setText(it.value());
    m_scroll->setAccessibleName(tr("Document information"));
    m_path->setAccessibleName(tr("Path"));
    m_sha256->setAccessibleName(tr("SHA-256 checksum"));
    m_revisionTable->setAccessibleName(tr("Revisions"));
    m_revisions->retranslate();
    fill();
}

void DocumentInfoView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace granska
