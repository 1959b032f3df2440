#include "RevisionCompareDialog.h"

#include "StatusIcons.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace granska {

// One rendered page scaled to fit, with the changed regions drawn over it.
class PageDiffView : public QWidget {
public:
    explicit PageDiffView(QWidget *parent = nullptr) : QWidget(parent)
    {
        setMinimumSize(200, 260);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

    void show(const QImage &image, const QList<QRect> &regions, const QString &message)
    {
        m_image = image;
        m_regions = regions;
        m_message = message;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().color(QPalette::Dark));
        if (m_image.isNull()) {
            p.setPen(palette().color(QPalette::BrightText));
            p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_message);
            return;
        }
        const QSizeF fitted = QSizeF(m_image.size()).scaled(QSizeF(size()) - QSizeF(16, 16), Qt::KeepAspectRatio);
        const QRectF target(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, m_image);
        const double scale = fitted.width() / m_image.width();
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(198, 40, 40), 2));
        p.setBrush(QColor(255, 64, 64, 60));
        for (const QRect &r : m_regions) {
            const QRectF mapped(target.left() + r.left() * scale, target.top() + r.top() * scale,
                                r.width() * scale, r.height() * scale);
            p.drawRect(mapped.adjusted(-2, -2, 2, 2)); // a little air, so thin changes stay visible
        }
    }

private:
    QImage m_image;
    QList<QRect> m_regions;
    QString m_message;
};

RevisionCompareDialog::RevisionCompareDialog(const QString &documentName, int revision, int revisionCount,
                                             const QByteArray &revisionBytes, const QString &finalPath, QWidget *parent)
    : QDialog(parent), m_revision(revision), m_revisionCount(revisionCount)
{
    setWindowTitle(tr("Compare Revision %1 with the Final Version — %2").arg(revision).arg(documentName));
    setSizeGripEnabled(true);
    resize(1150, 800);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pageList = new QListWidget(this);
    m_pageList->setAccessibleName(tr("Pages compared"));
    m_pageList->setMinimumWidth(230);

    auto *pages = new QWidget(this);
    m_beforeCaption = new QLabel(tr("<b>Revision %1 of %2</b> (earlier version)").arg(revision).arg(revisionCount), pages);
    m_afterCaption = new QLabel(tr("<b>Final version</b> (revision %1, the document as it is now)").arg(revisionCount), pages);
    m_beforeView = new PageDiffView(pages);
    m_beforeView->setAccessibleName(tr("Page of the earlier revision"));
    m_afterView = new PageDiffView(pages);
    m_afterView->setAccessibleName(tr("Page of the final version"));
    m_pageReport = new QLabel(pages);
    m_pageReport->setWordWrap(true);
    auto *grid = new QGridLayout(pages);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_beforeCaption, 0, 0);
    grid->addWidget(m_afterCaption, 0, 1);
    grid->addWidget(m_beforeView, 1, 0);
    grid->addWidget(m_afterView, 1, 1);
    grid->addWidget(m_pageReport, 2, 0, 1, 2);
    grid->setRowStretch(1, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_pageList);
    splitter->addWidget(pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(row + 1);
    });

    m_before = new PageRenderer(this);
    m_after = new PageRenderer(this);
    connect(m_before, &PageRenderer::documentOpened, this, [this](const QList<PageInfo> &p) { onOpened(true, p); });
    connect(m_after, &PageRenderer::documentOpened, this, [this](const QList<PageInfo> &p) { onOpened(false, p); });
    connect(m_before, &PageRenderer::documentFailed, this, &RevisionCompareDialog::onFailed);
    connect(m_after, &PageRenderer::documentFailed, this, &RevisionCompareDialog::onFailed);
    connect(m_before, &PageRenderer::pageReady, this, [this](int page, double, const QImage &image) { onRendered(true, page, image); });
    connect(m_after, &PageRenderer::pageReady, this, [this](int page, double, const QImage &image) { onRendered(false, page, image); });
    m_summary->setText(tr("Rendering and comparing the pages…"));
    m_before->openDocumentData(revisionBytes);
    m_after->openDocument(finalPath);
}

RevisionCompareDialog::~RevisionCompareDialog() = default;

void RevisionCompareDialog::onOpened(bool before, const QList<PageInfo> &pages)
{
    (before ? m_beforeCount : m_afterCount) = int(pages.size());
    if (m_beforeCount < 0 || m_afterCount < 0)
        return;
    const int count = qMax(m_beforeCount, m_afterCount);
    m_results = QList<PageResult>(count);
    for (int page = 1; page <= count; ++page) {
        m_pageList->addItem(QString());
        updatePageItem(page);
        m_jobs << page - 1;
    }
    m_pageList->setCurrentRow(0);
    startNextJob();
}

void RevisionCompareDialog::onFailed(const QString &message)
{
    m_failure = message;
    m_finished = true;
    m_jobs.clear();
    updateSummary();
    Q_EMIT comparisonFinished();
}

// One page at a time, both sides at the same resolution, so the two images line up pixel for
// pixel (and so that the renderers never drop a request as outdated).
void RevisionCompareDialog::startNextJob()
{
    if (m_job >= 0 || m_jobs.isEmpty() || !m_failure.isEmpty())
        return;
    m_job = m_jobs.takeFirst();
    PageResult &result = m_results[m_job];
    result.before = QImage();
    result.after = QImage();
    if (m_job < m_beforeCount)
        m_before->requestPage(m_job, kDpi);
    if (m_job < m_afterCount)
        m_after->requestPage(m_job, kDpi);
}

void RevisionCompareDialog::onRendered(bool before, int page, const QImage &image)
{
    if (page != m_job || page >= m_results.size())
        return;
    PageResult &result = m_results[page];
    (before ? result.before : result.after) = image;
    const bool beforeDone = page >= m_beforeCount || !result.before.isNull();
    const bool afterDone = page >= m_afterCount || !result.after.isNull();
    if (!beforeDone || !afterDone)
        return;
    if (result.outcome != PageOutcome::Pending) { // rendered again to be shown
        jobDone(page);
        return;
    }
    if (result.before.isNull() || result.after.isNull()) {
        result.outcome = result.before.isNull() ? PageOutcome::Added : PageOutcome::Removed;
        ++m_compared;
        jobDone(page);
        return;
    }
    auto *watcher = new QFutureWatcher<PageDiff>(this);
    connect(watcher, &QFutureWatcher<PageDiff>::finished, this, [this, watcher, page] {
        PageResult &r = m_results[page];
        r.diff = watcher->result();
        r.outcome = r.diff.hasChanges() ? PageOutcome::Changed : PageOutcome::Unchanged;
        ++m_compared;
        watcher->deleteLater();
        jobDone(page);
    });
    watcher->setFuture(QtConcurrent::run([a = result.before, b = result.after] { return diffPages(a, b); }));
}

void RevisionCompareDialog::jobDone(int page)
{
    m_job = -1;
    keepImages(page);
    updatePageItem(page + 1);
    if (m_pageList->currentRow() == page)
        showPage(page + 1);
    if (!m_finished && m_compared == m_results.size()) {
        m_finished = true;
        updateSummary();
        Q_EMIT comparisonFinished();
    } else {
        updateSummary();
    }
    startNextJob();
}

void RevisionCompareDialog::keepImages(int page)
{
    m_kept.removeAll(page);
    m_kept.append(page);
    while (m_kept.size() > kKeptPages) {
        const int oldest = m_kept.takeFirst();
        if (oldest == m_pageList->currentRow()) {
            m_kept.append(oldest);
            continue;
        }
        m_results[oldest].before = QImage();
        m_results[oldest].after = QImage();
    }
}

QString RevisionCompareDialog::pageReport(int page) const
{
    if (page < 1 || page > m_results.size())
        return {};
    const PageResult &r = m_results.at(page - 1);
    switch (r.outcome) {
    case PageOutcome::Pending: return tr("Page %1 is being compared…").arg(page);
    case PageOutcome::Unchanged: return tr("No visible change on page %1.").arg(page);
    case PageOutcome::Added: return tr("Page %1 was added after revision %2: it is only in the final version.").arg(page).arg(m_revision);
    case PageOutcome::Removed: return tr("Page %1 was removed after revision %2: it is only in the earlier version.").arg(page).arg(m_revision);
    case PageOutcome::Changed:
        if (r.diff.sizeMismatch)
            return tr("Page %1 changed size or orientation.").arg(page);
        return tr("Page %1 changed: %n area(s) differ, highlighted on both pages.", nullptr, int(r.diff.regions.size())).arg(page);
    }
    return {};
}

void RevisionCompareDialog::updatePageItem(int page)
{
    QListWidgetItem *item = m_pageList->item(page - 1);
    if (!item)
        return;
    const PageResult &r = m_results.at(page - 1);
    QString text;
    QIcon icon;
    switch (r.outcome) {
    case PageOutcome::Pending: text = tr("Page %1 — comparing…").arg(page); break;
    case PageOutcome::Unchanged: text = tr("Page %1 — no visible change").arg(page); icon = integrityIcon(Integrity::Intact); break;
    case PageOutcome::Changed:
        text = r.diff.sizeMismatch ? tr("Page %1 — size changed").arg(page)
                                   : tr("Page %1 — %n area(s) changed", nullptr, int(r.diff.regions.size())).arg(page);
        icon = severityIcon(Severity::Warning);
        break;
    case PageOutcome::Added: text = tr("Page %1 — added").arg(page); icon = severityIcon(Severity::Warning); break;
    case PageOutcome::Removed: text = tr("Page %1 — removed").arg(page); icon = severityIcon(Severity::Warning); break;
    }
    item->setText(text);
    item->setIcon(icon);
    item->setToolTip(pageReport(page));
}

void RevisionCompareDialog::showPage(int page)
{
    if (page < 1 || page > m_results.size())
        return;
    if (m_pageList->currentRow() != page - 1)
        m_pageList->setCurrentRow(page - 1);
    const PageResult &r = m_results.at(page - 1);
    const bool dropped = r.outcome != PageOutcome::Pending && r.before.isNull() && r.after.isNull();
    if (dropped && m_job != page - 1 && !m_jobs.contains(page - 1)) {
        m_jobs.prepend(page - 1); // before the pages still to compare: the user is waiting for it
        startNextJob();
    } else if (!dropped && m_kept.contains(page - 1)) {
        m_kept.removeAll(page - 1);
        m_kept.append(page - 1);
    }
    const QString waiting = tr("Rendering…");
    m_beforeView->show(r.before, r.diff.regions,
                       page > m_beforeCount ? tr("Revision %1 has no page %2.").arg(m_revision).arg(page) : waiting);
    m_afterView->show(r.after, r.diff.regions,
                      page > m_afterCount ? tr("The final version has no page %1.").arg(page) : waiting);
    m_pageReport->setText(pageReport(page));
}

QString RevisionCompareDialog::summaryText() const
{
    return m_summary->text();
}

void RevisionCompareDialog::updateSummary()
{
    if (!m_failure.isEmpty()) {
        m_summary->setText(tr("The comparison could not be made: %1").arg(m_failure));
        return;
    }
    if (!m_finished) {
        m_summary->setText(tr("Comparing the pages: %1 of %2 done…").arg(m_compared).arg(m_results.size()));
        return;
    }
    QStringList changed, added, removed;
    for (int i = 0; i < m_results.size(); ++i) {
        const QString number = QString::number(i + 1);
        switch (m_results.at(i).outcome) {
        case PageOutcome::Changed: changed << number; break;
        case PageOutcome::Added: added << number; break;
        case PageOutcome::Removed: removed << number; break;
        case PageOutcome::Unchanged:
        case PageOutcome::Pending: break;
        }
    }
    QStringList parts;
    if (changed.isEmpty() && added.isEmpty() && removed.isEmpty())
        parts << tr("No visible change: every page of revision %1 looks the same in the final version.").arg(m_revision);
    if (!changed.isEmpty())
        parts << tr("Visibly changed: page(s) %1.", nullptr, int(changed.size())).arg(changed.join(QStringLiteral(", ")));
    if (!added.isEmpty())
        parts << tr("Added after revision %1: page(s) %2.", nullptr, int(added.size())).arg(m_revision).arg(added.join(QStringLiteral(", ")));
    if (!removed.isEmpty())
        parts << tr("Removed after revision %1: page(s) %2.", nullptr, int(removed.size())).arg(m_revision).arg(removed.join(QStringLiteral(", ")));
    parts << tr("Changes that do not show on the page (metadata, form values behind hidden fields, validation data) "
                "are listed in the revision timeline, not here.");
    m_summary->setText(parts.join(QLatin1Char(' ')));
}

} // namespace granska
