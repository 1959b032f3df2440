// A signed (earlier) revision beside the final document, page by page: both rendered by Poppler
// on renderer threads at the same resolution, compared pixel by pixel (PageDiff, on a worker
// thread), and what changed drawn over both pages in a translucent colour. Pages added or removed
// after signing are reported as such, unchanged pages as "No visible change".
#pragma once

#include "PageDiff.h"
#include "PageRenderer.h"

#include <QDialog>
#include <QImage>
#include <QList>

class QLabel;
class QListWidget;

namespace granska {

class PageDiffView;

class RevisionCompareDialog : public QDialog {
    Q_OBJECT
public:
    // `revisionBytes` are the earlier revision's bytes (RevisionExtractor); the final version is
    // the file at `finalPath`.
    RevisionCompareDialog(const QString &documentName, int revision, int revisionCount, const QByteArray &revisionBytes,
                          const QString &finalPath, QWidget *parent = nullptr);
    ~RevisionCompareDialog() override;

    enum class PageOutcome { Pending, Unchanged, Changed, Added, Removed };
    struct PageResult {
        PageOutcome outcome = PageOutcome::Pending;
        PageDiff diff;
        // The renderings, kept for the last few pages looked at only (a long document would need
        // hundreds of megabytes); a page shown again is rendered again.
        QImage before; // null when not kept or the page is not in the earlier revision
        QImage after;  // null when not kept or the page is not in the final version
    };

    bool isFinished() const { return m_finished; }
    QList<PageResult> results() const { return m_results; }
    QString summaryText() const;
    // The sentence about one page (1-based), e.g. "No visible change on page 2."
    QString pageReport(int page) const;
    QListWidget *pageList() const { return m_pageList; }
    void showPage(int page); // 1-based

    static constexpr double kDpi = 100.0;
    static constexpr int kKeptPages = 4;

Q_SIGNALS:
    void comparisonFinished();

private:
    void onOpened(bool before, const QList<PageInfo> &pages);
    void onFailed(const QString &message);
    void onRendered(bool before, int page, const QImage &image);
    void startNextJob();
    void jobDone(int page);
    void keepImages(int page);
    void updatePageItem(int page);
    void updateSummary();

    PageRenderer *m_before = nullptr;
    PageRenderer *m_after = nullptr;
    int m_revision = 0;
    int m_revisionCount = 0;
    int m_beforeCount = -1;
    int m_afterCount = -1;
    QList<int> m_jobs;      // 0-based pages still to render, in order
    int m_job = -1;         // the page being rendered (and compared); -1 when idle
    int m_compared = 0;     // pages whose outcome is known
    QList<int> m_kept;      // pages whose images are kept, least recently shown first
    bool m_finished = false;
    QString m_failure;
    QList<PageResult> m_results;

    QLabel *m_summary = nullptr;
    QListWidget *m_pageList = nullptr;
    QLabel *m_beforeCaption = nullptr;
    QLabel *m_afterCaption = nullptr;
    PageDiffView *m_beforeView = nullptr;
    PageDiffView *m_afterView = nullptr;
    QLabel *m_pageReport = nullptr;
};

} // namespace granska
