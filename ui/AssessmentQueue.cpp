#include "AssessmentQueue.h"

#include <QFutureWatcher>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace granska {
namespace {

// Assessment threads yield to the UI thread: on a two-core machine two busy workers would otherwise
// take their full share and the window's event loop would wait for the scheduler. Qt's thread
// priorities have no effect under Linux's default scheduler (only IdlePriority does, which would
// let any other program starve the batch), so the thread's nice value is raised instead.
void lowerWorkerPriority()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // Five steps nicer than the process: a third of the UI thread's share when both want the CPU.
    const id_t thread = static_cast<id_t>(gettid());
    setpriority(PRIO_PROCESS, thread, qMin(19, getpriority(PRIO_PROCESS, thread) + 5));
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace

AssessmentQueue::AssessmentQueue(QObject *parent)
    : QObject(parent), m_cancelFlag(std::make_shared<std::atomic_bool>(false))
{
    // Leave a core for the UI and the page renderer on small machines, but use a few on big ones.
    m_maxConcurrent = qBound(1, QThread::idealThreadCount() - 1, 4);
    if (QThread::idealThreadCount() >= 2)
        m_maxConcurrent = qMax(m_maxConcurrent, 2);
    m_pool.setMaxThreadCount(m_maxConcurrent + 1); // +1 for folder collection
}

AssessmentQueue::~AssessmentQueue()
{
    m_cancelFlag->store(true);
    m_pending.clear();
    m_pool.waitForDone();
}

void AssessmentQueue::setOptions(const AssessOptions &options)
{
    m_options = options;
}

AssessOptions AssessmentQueue::options() const
{
    return m_options;
}

void AssessmentQueue::setMaxConcurrent(int count)
{
    m_maxConcurrent = qMax(1, count);
    m_pool.setMaxThreadCount(m_maxConcurrent + 1);
    startMore();
}

int AssessmentQueue::maxConcurrent() const
{
    return m_maxConcurrent;
}

bool AssessmentQueue::isBusy() const
{
    return m_busy;
}

void AssessmentQueue::add(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!m_busy) {
        m_busy = true;
        m_done = 0;
        m_total = 0;
        Q_EMIT busyChanged(true);
    }
    ++m_collecting;
    const quint64 batch = m_batch;
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, batch] {
        watcher->deleteLater();
        --m_collecting;
        enqueueCollected(watcher->result(), batch);
        finishIfIdle();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [paths] {
        lowerWorkerPriority();
        return collectDocuments(paths);
    }));
}

void AssessmentQueue::enqueueCollected(const QStringList &files, quint64 batch)
{
    if (batch != m_batch)
        return; // the batch was cancelled while its folders were being searched
    QStringList fresh;
    for (const QString &file : files) {
        if (m_waitingOrRunning.contains(file))
            continue;
        m_waitingOrRunning.insert(file);
        m_pending.push_back(file);
        fresh << file;
    }
    if (fresh.isEmpty())
        return;
    m_total += int(fresh.size());
    Q_EMIT queued(fresh);
    Q_EMIT progress(m_done, m_total);
    startMore();
}

void AssessmentQueue::startMore()
{
    while (m_running < m_maxConcurrent && !m_pending.isEmpty()) {
        const QString file = m_pending.takeFirst();
        ++m_running;
        Q_EMIT started(file);
        auto *watcher = new QFutureWatcher<Assessment>(this);
        connect(watcher, &QFutureWatcher<Assessment>::finished, this, [this, watcher] {
            watcher->deleteLater();
            onResultReady(watcher->result());
        });
        // The task holds the flag and a copy of the options, never `this`: it may outlive a cancel.
        std::shared_ptr<std::atomic_bool> flag = m_cancelFlag;
        const AssessOptions options = m_options;
        watcher->setFuture(QtConcurrent::run(&m_pool, [file, options, flag] {
            lowerWorkerPriority();
            return Assessor::assess(file, options, flag.get());
        }));
    }
}

void AssessmentQueue::onResultReady(const Assessment &assessment)
{
    // Results are handed out one per event-loop turn: when several finish at once, their
    // receivers (model updates, history writes) never run back to back and starve timers and
    // painting.
    m_ready.append(assessment);
    if (m_deliveryScheduled)
        return;
    m_deliveryScheduled = true;
    QTimer::singleShot(0, this, &AssessmentQueue::deliverNext);
}

void AssessmentQueue::deliverNext()
{
    m_deliveryScheduled = false;
    if (m_ready.isEmpty())
        return;
    const Assessment assessment = m_ready.takeFirst();
    if (!m_ready.isEmpty()) {
        m_deliveryScheduled = true;
        QTimer::singleShot(0, this, &AssessmentQueue::deliverNext);
    }
    --m_running;
    m_waitingOrRunning.remove(assessment.file);
    ++m_done;
    Q_EMIT assessed(assessment);
    Q_EMIT progress(m_done, m_total);
    // Start the next only now: results are consumed at the pace the UI handles them, so a fast
    // engine never floods the event loop with thousands of queued results.
    startMore();
    finishIfIdle();
}

void AssessmentQueue::cancel()
{
    if (!m_busy)
        return;
    m_cancelFlag->store(true);
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    ++m_batch;
    QStringList dropped;
    while (!m_pending.isEmpty()) {
        const QString file = m_pending.takeFirst();
        m_waitingOrRunning.remove(file);
        dropped << file;
    }
    if (!dropped.isEmpty()) {
        m_total -= int(dropped.size());
        Q_EMIT notStarted(dropped);
        Q_EMIT progress(m_done, m_total);
    }
    finishIfIdle();
}

void AssessmentQueue::finishIfIdle()
{
    if (!m_busy || m_running > 0 || m_collecting > 0 || !m_pending.isEmpty() || !m_ready.isEmpty())
        return;
    m_busy = false;
    Q_EMIT busyChanged(false);
    Q_EMIT finished();
}

} // namespace granska
