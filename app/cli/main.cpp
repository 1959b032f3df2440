// granska-cli: the engine from the command line, for batch work and scripts.
#include "Assessor.h"
#include "CheckCommand.h"
#include "ReportCommand.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <memory>

int main(int argc, char *argv[])
{
    // Reports are laid out with fonts, which need a QGuiApplication. They are only drawn into
    // files, so no display is needed: without a platform chosen, the offscreen one lets the
    // command run on servers and in scripts.
    const bool needsFonts = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (needsFonts && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = needsFonts ? std::make_unique<QGuiApplication>(argc, argv)
                                                       : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Granska"));
    QCoreApplication::setOrganizationName(QStringLiteral("Granska"));
    QCoreApplication::setApplicationVersion(granska::Assessor::engineVersion());
    granska::installTranslations(granska::preferredLanguage());

    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (command == QLatin1String("check"))
        return granska::cli::runCheck(arguments);
    if (command == QLatin1String("report"))
        return granska::cli::runReport(arguments);
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "granska-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    const bool help = command == QLatin1String("--help") || command == QLatin1String("help");
    QTextStream out(help ? stdout : stderr);
    out << granska::cli::usage() << '\n' << granska::cli::reportUsage();
    return help ? 0 : 2;
}
