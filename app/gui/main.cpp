// granska: the desktop application. Paths given on the command line are assessed at start.
#include "Assessor.h"
#include "MainWindow.h"
#include "StatusIcons.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>

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
    parser.process(app);

    granska::MainWindow window;
    window.show();
    window.openPaths(parser.positionalArguments());
    return app.exec();
}
