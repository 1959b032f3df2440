// granska: the desktop application. Paths given on the command line are assessed at start.
//
// --history FILE keeps the assessment history in FILE instead of the user's database (tests and
// separate archive projects). With the environment variable GRANSKA_TRACE_DONE set to 1, every
// assessment the window shows as done is also written to standard output as one line
// "done <absolute path>", flushed at once, after it has been committed to the history; the
// kill-safety test uses these lines to know which results must survive a kill.
#include "Assessor.h"
#include "AssessmentQueue.h"
#include "MainWindow.h"
#include "Presentation.h"
#include "StatusIcons.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Granska"));
    QApplication::setOrganizationName(QStringLiteral("Granska"));
    QApplication::setApplicationVersion(granska::Assessor::engineVersion());
    QApplication::setWindowIcon(granska::applicationIcon());
    granska::installTranslations(granska::preferredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("granska::main", "Reviews signed PDF documents before archiving."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QCoreApplication::translate("granska::main", "PDF files or folders to assess."),
                                 QStringLiteral("[paths...]"));
    const QCommandLineOption historyOption(QStringLiteral("history"),
                                           QCoreApplication::translate("granska::main", "Keep the assessment history in <file> instead of the default database."),
                                           QCoreApplication::translate("granska::main", "file"));
    parser.addOption(historyOption);
    parser.process(app);

    granska::MainWindow window(parser.value(historyOption));
    if (qEnvironmentVariableIntValue("GRANSKA_TRACE_DONE") == 1) {
        // Connected after the window's own handler, which stores the result and then shows it.
        QObject::connect(window.queue(), &granska::AssessmentQueue::assessed, &window, [](const granska::Assessment &a) {
            if (granska::wasCancelled(a))
                return;
            std::fprintf(stdout, "done %s\n", a.file.toLocal8Bit().constData());
            std::fflush(stdout);
        });
    }
    window.show();
    window.openPaths(parser.positionalArguments());
    return app.exec();
}
