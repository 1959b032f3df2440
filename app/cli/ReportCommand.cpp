#include "ReportCommand.h"

#include "AssessmentOptions.h"
#include "report/AssessmentReport.h"
#include "report/BatchReport.h"
#include "report/ReportJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QThreadPool>

namespace granska::cli {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::cli::Report)
};

bool writeJson(const QJsonObject &report, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(report).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = Tr::tr("Cannot write the report to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

// The documents under review are never overwritten, not even by a mistyped -o.
bool isOneOf(const QString &output, const QStringList &files)
{
    const QString target = QFileInfo(output).absoluteFilePath();
    const QString canonicalTarget = QFileInfo(output).canonicalFilePath();
    for (const QString &file : files) {
        const QFileInfo info(file);
        if (info.absoluteFilePath() == target || (!canonicalTarget.isEmpty() && info.canonicalFilePath() == canonicalTarget))
            return true;
    }
    return false;
}

} // namespace

int runReport(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    AssessmentOptions shared(parser);
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("OUT"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption reviewerOption(QStringLiteral("reviewer"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption summaryOption(QStringLiteral("summary"));
    const QCommandLineOption fullOption(QStringLiteral("full"));
    const QCommandLineOption noPicturesOption(QStringLiteral("no-pictures"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({outputOption, jsonOption, reviewerOption, titleOption, summaryOption, fullOption, noPicturesOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("report")} + arguments)) {
        err << parser.errorText() << "\n\n" << reportUsage();
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << reportUsage();
        return 0;
    }
    QString error;
    if (!shared.read(parser, &error)) {
        err << error << "\n\n" << reportUsage();
        return 2;
    }
    const QString output = parser.value(outputOption);
    if (output.isEmpty()) {
        err << Tr::tr("No report file given: use -o OUT.") << "\n\n" << reportUsage();
        return 2;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << Tr::tr("No document given.") << "\n\n" << reportUsage();
        return 2;
    }
    const QStringList files = collectDocuments(paths);
    if (files.isEmpty()) {
        err << Tr::tr("No PDF documents found.") << "\n";
        return 2;
    }
    if (isOneOf(output, files)) {
        err << Tr::tr("The report cannot replace a document it describes: %1").arg(QDir::toNativeSeparators(output)) << "\n";
        return 2;
    }

    QThreadPool pool;
    pool.setMaxThreadCount(shared.jobs());
    const QList<Assessment> assessments = assessInParallel(pool, files, shared.assessOptions()).results();

    BatchReportOptions options;
    options.report.generatedAt = QDateTime::currentDateTimeUtc();
    options.report.reviewer = parser.value(reviewerOption).trimmed();
    options.report.showPersonalData = shared.showPersonalData();
    options.report.includePictures = !parser.isSet(noPicturesOption);
    options.title = parser.value(titleOption).trimmed();
    options.includeDocumentReports = parser.isSet(fullOption);
    // One file named on its own gets its own report; a folder, several files or --summary a summary.
    const bool single = !parser.isSet(summaryOption) && paths.size() == 1 && !QFileInfo(paths.first()).isDir();

    bool written = false;
    if (parser.isSet(jsonOption)) {
        JsonOptions jsonOptions;
        jsonOptions.includeCertificateData = shared.includeCertificates();
        jsonOptions.maskPersonalData = !shared.showPersonalData();
        written = writeJson(reportToJson(assessments, options, jsonOptions), output, &error);
    } else if (single) {
        written = AssessmentReport::writePdf(assessments.first(), output, options.report, &error);
    } else {
        written = BatchReport::writePdf(assessments, output, options, &error);
    }
    if (!written) {
        err << error << "\n";
        return 2;
    }
    const BatchCounts counts = BatchCounts::of(assessments);
    out << Tr::tr("Report written to %1: %n document(s), %2 with problems, %3 needing attention, %4 not assessed.", nullptr, counts.documents)
               .arg(QDir::toNativeSeparators(output))
               .arg(counts.problemsFound)
               .arg(counts.needsAttention)
               .arg(counts.notAssessed)
        << "\n";
    return exitStatusFor(assessments);
}

} // namespace granska::cli
