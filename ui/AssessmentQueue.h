// Assesses documents in the background, a few at a time, and reports each result on the UI thread
// as soon as it is ready. Folders are expanded off the UI thread too, so dropping a large archive
// never freezes the window.
#pragma once

#include "Assessor.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace granska {

class AssessmentQueue : public QObject {
    Q_OBJECT
public:
    explicit AssessmentQueue(QObject *parent = nullptr);
    ~AssessmentQueue() override;

    void setOptions(const AssessOptions &options);
    AssessOptions options() const;
    // How many documents are assessed at the same time.
    void setMaxConcurrent(int count);
    int maxConcurrent() const;

    bool isBusy() const;
    int doneCount() const { return m_done; }
    int totalCount() const { return m_total; }

public Q_SLOTS:
    // Files and folders; folders are searched recursively for PDF files (collectDocuments). A file
    // already waiting or being assessed is not queued twice.
    void add(const QStringList &paths);
    // Stops the batch: documents not yet started are dropped (reported by notStarted), running
    // assessments are asked to stop early and still report their (incomplete) result.
    void cancel();

Q_SIGNALS:
    void queued(const QStringList &files);
    void started(const QString &file);
    void assessed(const granska::Assessment &assessment);
    void notStarted(const QStringList &files);
    void progress(int done, int total);
    void busyChanged(bool busy);
    void finished();

private:
    void startMore();
    void enqueueCollected(const QStringList &files, quint64 batch);
    void onResultReady(const Assessment &assessment);
    void deliverNext();
    void finishIfIdle();

    QThreadPool m_pool;
    AssessOptions m_options;
    int m_maxConcurrent = 2;
    QList<QString> m_pending; // in the order given
    QList<Assessment> m_ready; // finished, waiting to be delivered
    QSet<QString> m_waitingOrRunning;
    int m_running = 0; // started and not yet delivered
    bool m_deliveryScheduled = false;
    int m_collecting = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_busy = false;
    // Each batch has its own flag: cancelling one batch must not stop documents added afterwards.
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    quint64 m_batch = 0;
};

} // namespace granska
