// Measures how long the UI thread's event loop goes without turning: a precise timer asks to run
// every few milliseconds, and each gap between two of its ticks longer than the interval is time
// in which the window could not have repainted or reacted to input. Used by the batch tests and
// by tools/gui-batch.sh.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <algorithm>
#include <cmath>

class EventLoopMonitor {
public:
    explicit EventLoopMonitor(int intervalMs = 5)
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(intervalMs);
    }

    void start()
    {
        m_gaps.clear();
        m_longest = 0;
        m_longestEndedMs = 0;
        m_clock.start();
        m_last = 0;
        QObject::connect(&m_ticker, &QTimer::timeout, &m_ticker, [this] {
            const qint64 now = m_clock.nsecsElapsed() / 1000; // microseconds
            if (m_gaps.isEmpty() || now - m_last > m_longest) {
                m_longest = now - m_last;
                m_longestEndedMs = now / 1000;
            }
            m_gaps.append(now - m_last);
            m_last = now;
        });
        m_ticker.start();
    }

    void stop()
    {
        m_ticker.stop();
        QObject::disconnect(&m_ticker, nullptr, nullptr, nullptr);
        m_elapsedMs = m_clock.elapsed();
    }

    qint64 elapsedMs() const { return m_elapsedMs; }
    int ticks() const { return int(m_gaps.size()); }
    // The longest gap between two ticks, in milliseconds.
    double maxGapMs() const { return m_gaps.isEmpty() ? 0.0 : *std::max_element(m_gaps.begin(), m_gaps.end()) / 1000.0; }
    // When the longest gap ended, in milliseconds after start(): tells which part of the batch stalled.
    qint64 longestGapEndedMs() const { return m_longestEndedMs; }
    // The gap that 99 % of the gaps do not exceed (nearest rank), in milliseconds.
    double percentileGapMs(double percentile) const
    {
        if (m_gaps.isEmpty())
            return 0.0;
        QList<qint64> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        const int rank = qBound(1, int(std::ceil(percentile / 100.0 * sorted.size())), int(sorted.size()));
        return sorted.at(rank - 1) / 1000.0;
    }
    // How many gaps were longer than `ms`.
    int gapsAbove(double ms) const
    {
        return int(std::count_if(m_gaps.begin(), m_gaps.end(), [ms](qint64 gap) { return gap > ms * 1000.0; }));
    }

private:
    QTimer m_ticker;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_elapsedMs = 0;
    qint64 m_longest = 0; // microseconds
    qint64 m_longestEndedMs = 0;
    QList<qint64> m_gaps; // microseconds
};
