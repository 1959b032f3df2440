#include "CheckCommand.h"

#include "Assessor.h"
#include "TextOutput.h"
#include "assessment/AssessmentJson.h"
#include "pdfa/Profile.h"
#include "preservation/PreservationVerdict.h"
#include "signatures/TrustStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace granska::cli {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::cli::Check)
};

} // namespace

QString usage()
{
    return Tr::tr(
        "Usage: granska-cli check [--profile auto|none|1a|1b|2a|2b|2u|3a|3b|3u|4|4e|4f] [--json] [--jobs N]\n"
        "                         [--validation-time T] [--trust-anchor FILE]... [--trusted-list FILE]... PATH...\n"
        "\n"
        "Assesses PDF documents: identity, revisions, PDF/A claim and validation, signatures.\n"
        "PATH may be a file or a folder (searched recursively for .pdf files).\n"
        "\n"
        "  --profile P  PDF/A profile: auto follows the document's claim (default), none skips PDF/A\n"
        "  --json       one JSON object per document per line (JSON Lines)\n"
        "  --jobs N     documents assessed in parallel (default: number of processors)\n"
        "  --validation-time T     validate signatures at T: now (default), signing, or an ISO 8601 time\n"
        "  --trust-anchor FILE     trust the certificates in FILE (PEM or DER); repeatable\n"
        "  --trusted-list FILE     trust the services of an ETSI TS 119 612 trusted list; repeatable\n"
        "  --system-trust          also trust the system's CA certificates\n"
        "  --include-certificates  add each certificate (DER, base64) to the JSON\n"
        "  --show-personal-data    show personal identity numbers unmasked\n"
        "\n"
        "Exit status: 0 no findings, 1 findings, 2 a document could not be assessed or bad usage.\n");
}

int runCheck(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(), QStringLiteral("P"), QStringLiteral("auto"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QString(), QStringLiteral("N"));
    const QCommandLineOption validationTimeOption(QStringLiteral("validation-time"), QString(), QStringLiteral("TIME"));
    const QCommandLineOption trustAnchorOption(QStringLiteral("trust-anchor"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption trustedListOption(QStringLiteral("trusted-list"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption systemTrustOption(QStringLiteral("system-trust"));
    const QCommandLineOption certificatesOption(QStringLiteral("include-certificates"));
    const QCommandLineOption personalDataOption(QStringLiteral("show-personal-data"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({profileOption, jsonOption, jobsOption, validationTimeOption, trustAnchorOption, trustedListOption,
                       systemTrustOption, certificatesOption, personalDataOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("check")} + arguments)) {
        err << parser.errorText() << "\n\n" << usage();
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << usage();
        return 0;
    }
    AssessOptions options;
    options.profile = parser.value(profileOption).toLower();
    if (!isValidProfileRequest(options.profile)) {
        err << Tr::tr("Unknown profile \"%1\".").arg(parser.value(profileOption)) << "\n\n" << usage();
        return 2;
    }
    int jobs = QThread::idealThreadCount();
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || jobs < 1 || jobs > 256) {
            err << Tr::tr("--jobs needs a number from 1 to 256.") << "\n";
            return 2;
        }
    }
    if (parser.isSet(validationTimeOption)) {
        const QString value = parser.value(validationTimeOption);
        if (value == QLatin1String("now")) {
            options.signatures.policy.time = ValidationPolicy::Time::Now;
        } else if (value == QLatin1String("signing")) {
            options.signatures.policy.time = ValidationPolicy::Time::SigningTime;
        } else {
            QDateTime time = QDateTime::fromString(value, Qt::ISODate);
            if (!time.isValid())
                time = QDateTime(QDate::fromString(value, Qt::ISODate), QTime(0, 0), Qt::UTC);
            if (!time.isValid()) {
                err << Tr::tr("--validation-time needs \"now\", \"signing\" or an ISO 8601 date or time, such as 2020-11-01T00:00:00Z.") << "\n";
                return 2;
            }
            options.signatures.policy.time = ValidationPolicy::Time::Given;
            options.signatures.policy.given = time;
        }
    }
    auto trust = std::make_shared<TrustStore>();
    for (const QString &file : parser.values(trustAnchorOption)) {
        QString error;
        if (!trust->addCertificates(file, &error)) {
            err << error << "\n";
            return 2;
        }
    }
    for (const QString &file : parser.values(trustedListOption)) {
        QString error;
        if (!trust->addTrustedList(file, &error)) {
            err << error << "\n";
            return 2;
        }
    }
    trust->setUseSystemStore(parser.isSet(systemTrustOption));
    options.signatures.trust = trust;

    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << Tr::tr("No document given.") << "\n\n" << usage();
        return 2;
    }
    const QStringList files = collectDocuments(paths);
    const bool json = parser.isSet(jsonOption);
    JsonOptions jsonOptions;
    jsonOptions.includeCertificateData = parser.isSet(certificatesOption);
    jsonOptions.maskPersonalData = !parser.isSet(personalDataOption);

    QThreadPool pool;
    pool.setMaxThreadCount(jobs);
    // Results arrive in input order whatever order the threads finish in.
    QFuture<Assessment> future = QtConcurrent::mapped(&pool, files, [options](const QString &file) {
        return Assessor::assess(file, options);
    });
    int status = 0;
    for (int i = 0; i < files.size(); ++i) {
        const Assessment assessment = future.resultAt(i);
        if (json) {
            // The verdict is derived from the assessment, so the record carries it beside it
            // rather than inside the stored form.
            QJsonObject record = toJson(assessment, jsonOptions);
            record.insert(QStringLiteral("preservation"), toJson(preservationVerdict(assessment)));
            out << QJsonDocument(record).toJson(QJsonDocument::Compact) << '\n';
        }
        else
            out << formatText(assessment) << '\n';
        out.flush();
        if (assessment.status == AssessmentStatus::Error)
            status = 2;
        else if (status == 0 && assessment.hasProblems())
            status = 1;
    }
    if (files.isEmpty()) {
        err << Tr::tr("No PDF documents found.") << "\n";
        return 2;
    }
    return status;
}

} // namespace granska::cli
