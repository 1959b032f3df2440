#include "AssessmentOptions.h"

#include "pdfa/Profile.h"
#include "signatures/TrustStore.h"

#include <QCoreApplication>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace granska::cli {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::cli::Check)
};

} // namespace

AssessmentOptions::AssessmentOptions(QCommandLineParser &parser)
    : m_profile(QStringLiteral("profile"), QString(), QStringLiteral("P"), QStringLiteral("auto")),
      m_jobsOption(QStringLiteral("jobs"), QString(), QStringLiteral("N")),
      m_validationTime(QStringLiteral("validation-time"), QString(), QStringLiteral("TIME")),
      m_trustAnchor(QStringLiteral("trust-anchor"), QString(), QStringLiteral("FILE")),
      m_trustedList(QStringLiteral("trusted-list"), QString(), QStringLiteral("FILE")),
      m_systemTrust(QStringLiteral("system-trust")),
      m_certificates(QStringLiteral("include-certificates")),
      m_personalData(QStringLiteral("show-personal-data"))
{
    parser.addOptions({m_profile, m_jobsOption, m_validationTime, m_trustAnchor, m_trustedList, m_systemTrust, m_certificates, m_personalData});
}

QString AssessmentOptions::help()
{
    return Tr::tr(
        "  --profile P  PDF/A profile: auto follows the document's claim (default), none skips PDF/A\n"
        "  --jobs N     documents assessed in parallel (default: number of processors)\n"
        "  --validation-time T     validate signatures at T: now (default), signing, or an ISO 8601 time\n"
        "  --trust-anchor FILE     trust the certificates in FILE (PEM or DER); repeatable\n"
        "  --trusted-list FILE     trust the services of an ETSI TS 119 612 trusted list; repeatable\n"
        "  --system-trust          also trust the system's CA certificates\n"
        "  --include-certificates  add each certificate (DER, base64) to the JSON\n"
        "  --show-personal-data    show personal identity numbers unmasked\n");
}

bool AssessmentOptions::read(const QCommandLineParser &parser, QString *error)
{
    m_options = AssessOptions();
    m_options.profile = parser.value(m_profile).toLower();
    if (!isValidProfileRequest(m_options.profile)) {
        *error = Tr::tr("Unknown profile \"%1\".").arg(parser.value(m_profile));
        return false;
    }
    m_jobs = QThread::idealThreadCount();
    if (parser.isSet(m_jobsOption)) {
        bool ok = false;
        m_jobs = parser.value(m_jobsOption).toInt(&ok);
        if (!ok || m_jobs < 1 || m_jobs > 256) {
            *error = Tr::tr("--jobs needs a number from 1 to 256.");
            return false;
        }
    }
    if (parser.isSet(m_validationTime)) {
        const QString value = parser.value(m_validationTime);
        if (value == QLatin1String("now")) {
            m_options.signatures.policy.time = ValidationPolicy::Time::Now;
        } else if (value == QLatin1String("signing")) {
            m_options.signatures.policy.time = ValidationPolicy::Time::SigningTime;
        } else {
            QDateTime time = QDateTime::fromString(value, Qt::ISODate);
            if (!time.isValid())
                time = QDateTime(QDate::fromString(value, Qt::ISODate), QTime(0, 0), Qt::UTC);
            if (!time.isValid()) {
                *error = Tr::tr("--validation-time needs \"now\", \"signing\" or an ISO 8601 date or time, such as 2020-11-01T00:00:00Z.");
                return false;
            }
            m_options.signatures.policy.time = ValidationPolicy::Time::Given;
            m_options.signatures.policy.given = time;
        }
    }
    auto trust = std::make_shared<TrustStore>();
    for (const QString &file : parser.values(m_trustAnchor)) {
        if (!trust->addCertificates(file, error))
            return false;
    }
    for (const QString &file : parser.values(m_trustedList)) {
        if (!trust->addTrustedList(file, error))
            return false;
    }
    trust->setUseSystemStore(parser.isSet(m_systemTrust));
    m_options.signatures.trust = trust;
    m_showPersonalData = parser.isSet(m_personalData);
    m_includeCertificates = parser.isSet(m_certificates);
    return true;
}

// One task per file, each putting its result at the file's index. Written with QPromise rather
// than QtConcurrent::mapped so that granska-cli does not load QtConcurrent at every start.
QFuture<Assessment> assessInParallel(QThreadPool &pool, const QStringList &files, const AssessOptions &options)
{
    auto promise = std::make_shared<QPromise<Assessment>>();
    auto remaining = std::make_shared<std::atomic<qsizetype>>(files.size());
    QFuture<Assessment> future = promise->future();
    promise->start();
    if (files.isEmpty())
        promise->finish();
    for (qsizetype i = 0; i < files.size(); ++i) {
        pool.start([promise, remaining, options, file = files[i], index = int(i)] {
            promise->addResult(Assessor::assess(file, options), index);
            if (--*remaining == 0)
                promise->finish();
        });
    }
    return future;
}

int exitStatusFor(const QList<Assessment> &assessments)
{
    int status = 0;
    for (const Assessment &assessment : assessments) {
        if (assessment.status == AssessmentStatus::Error)
            return 2;
        if (assessment.hasProblems())
            status = 1;
    }
    return status;
}

} // namespace granska::cli
