// The command-line options shared by the commands that assess documents (`check`, `report`):
// PDF/A profile, parallel jobs, validation time, trust, personal data. One definition, so that
// both commands accept and check them the same way.
#pragma once

#include "Assessor.h"
#include "assessment/Assessment.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFuture>
#include <QStringList>

class QThreadPool;

namespace granska::cli {

class AssessmentOptions {
public:
    // Adds the shared options to `parser`.
    explicit AssessmentOptions(QCommandLineParser &parser);

    // Reads the options after parsing. False with `error` set on a bad value (exit status 2).
    bool read(const QCommandLineParser &parser, QString *error);

    const AssessOptions &assessOptions() const { return m_options; }
    int jobs() const { return m_jobs; }
    bool showPersonalData() const { return m_showPersonalData; }
    bool includeCertificates() const { return m_includeCertificates; }

    // The option lines for a command's usage text.
    static QString help();

private:
    QCommandLineOption m_profile;
    QCommandLineOption m_jobsOption;
    QCommandLineOption m_validationTime;
    QCommandLineOption m_trustAnchor;
    QCommandLineOption m_trustedList;
    QCommandLineOption m_systemTrust;
    QCommandLineOption m_certificates;
    QCommandLineOption m_personalData;

    AssessOptions m_options;
    int m_jobs = 1;
    bool m_showPersonalData = false;
    bool m_includeCertificates = false;
};

// Assesses `files` on `pool`; the future's results are in the order of `files`, whatever order
// the threads finish in.
QFuture<Assessment> assessInParallel(QThreadPool &pool, const QStringList &files, const AssessOptions &options);

// The exit status for a set of results: 2 when a document could not be assessed, 1 when one has
// problems, 0 otherwise.
int exitStatusFor(const QList<Assessment> &assessments);

} // namespace granska::cli
