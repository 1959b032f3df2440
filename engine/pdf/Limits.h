// Bounds on the work one document may cause, so that hostile files (decompression bombs, reference
// loops, deep nesting, endless content) end in a finding instead of a hang or an exhausted machine.
#pragma once

#include <QDeadlineTimer>
#include <QString>
#include <atomic>
#include <stdexcept>

namespace granska {

struct Limits {
    // Content streams, metadata, fonts and profiles are what gets decoded (images are not): even
    // large real documents stay far below these, decompression bombs do not.
    qint64 maxDecodedStreamBytes = 64LL * 1024 * 1024; // one stream, after filters
    qint64 maxDecodedTotalBytes = 512LL * 1024 * 1024; // all streams of one document
    int maxNestingDepth = 256;                           // arrays and dictionaries inside each other
    qint64 timeLimitMs = 60'000;                         // one document, all checks
};

// Thrown when a limit is reached; the assessor turns it into a finding and keeps what it has.
class LimitExceeded : public std::runtime_error {
public:
    enum class Kind { Time, Memory, Depth, Cancelled };
    LimitExceeded(Kind kind, const std::string &what) : std::runtime_error(what), m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// The running account of one assessment against its Limits. Cheap to check in inner loops.
class Budget {
public:
    explicit Budget(const Limits &limits = {}, const std::atomic_bool *cancel = nullptr)
        : m_limits(limits), m_deadline(limits.timeLimitMs), m_cancel(cancel) {}

    const Limits &limits() const { return m_limits; }

    // Throws LimitExceeded when time is up or the caller cancelled.
    void check() const
    {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            throw LimitExceeded(LimitExceeded::Kind::Cancelled, "cancelled");
        if (m_deadline.hasExpired())
            throw LimitExceeded(LimitExceeded::Kind::Time, "time limit reached");
    }

    // Accounts for decoded bytes; throws when the document's total allowance is spent.
    void spendDecodedBytes(qint64 bytes)
    {
        m_decodedTotal += bytes;
        if (m_decodedTotal > m_limits.maxDecodedTotalBytes)
            throw LimitExceeded(LimitExceeded::Kind::Memory, "decoded data limit reached");
    }

private:
    Limits m_limits;
    QDeadlineTimer m_deadline;
    const std::atomic_bool *m_cancel = nullptr;
    qint64 m_decodedTotal = 0;
};

} // namespace granska
