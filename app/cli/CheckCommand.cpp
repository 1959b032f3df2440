#include "CheckCommand.h"

#include "Assessor.h"

#include "AssessmentOptions.h"
#include "TextOutput.h"
#include "assessment/AssessmentJson.h"
#include "preservation/PreservationVerdict.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <QThreadPool>
#include <algorithm>

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
               "  --json       one JSON object per document per line (JSON Lines)\n")
           + AssessmentOptions::help()
           + Tr::tr("\nExit status: 0 no findings, 1 findings, 2 a document could not be assessed or bad usage.\n");
}

int runCheck(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    AssessmentOptions shared(parser);
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({jsonOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("check")} + arguments)) {
        err << parser.errorText() << "\n\n" << usage();
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << usage();
        return 0;
    }
    QString error;
    if (!shared.read(parser, &error)) {
        err << error << "\n\n" << usage();
        return 2;
    }

    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << Tr::tr("No document given.") << "\n\n" << usage();
        return 2;
    }
    const QStringList files = collectDocuments(paths);
    const bool json = parser.isSet(jsonOption);
    JsonOptions jsonOptions;
    jsonOptions.includeCertificateData = shared.includeCertificates();
    jsonOptions.maskPersonalData = !shared.showPersonalData();

    // One document, or one job, is assessed on this thread: a worker thread and its malloc arena
    // cost as much as a small document, and scripts often run one process per file.
    const bool inParallel = files.size() > 1 && shared.jobs() > 1;
    QThreadPool pool;
    pool.setMaxThreadCount(shared.jobs());
    QFuture<Assessment> future = inParallel ? assessInParallel(pool, files, shared.assessOptions()) : QFuture<Assessment>();
    int status = 0;
    AssessOptions lastOptions = shared.assessOptions();
    lastOptions.processEndsAfter = true;
    for (int i = 0; i < files.size(); ++i) {
        const bool last = i + 1 == files.size();
        const Assessment assessment = inParallel ? future.resultAt(i) : Assessor::assess(files[i], last ? lastOptions : shared.assessOptions());
        if (json) {
            // The verdict is derived from the assessment, so the record carries it beside it
            // rather than inside the stored form.
            QJsonObject record = toJson(assessment, jsonOptions);
            record.insert(QStringLiteral("preservation"), toJson(preservationVerdict(assessment)));
            out << QJsonDocument(record).toJson(QJsonDocument::Compact) << '\n';
        }
        else
            out << formatText(assessment, shared.showPersonalData()) << '\n';
        out.flush();
        status = std::max(status, exitStatusFor({assessment}));
    }
    if (files.isEmpty()) {
        err << Tr::tr("No PDF documents found.") << "\n";
        return 2;
    }
    return status;
}

} // namespace granska::cli
