// granska-cli: the engine from the command line, for batch work and scripts.
#include "CheckCommand.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Granska"));
    QCoreApplication::setOrganizationName(QStringLiteral("Granska"));
    granska::installTranslations(granska::preferredLanguage());

    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (command == QLatin1String("check"))
        return granska::cli::runCheck(arguments);
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "granska-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    QTextStream out(command == QLatin1String("--help") || command == QLatin1String("help") ? stdout : stderr);
    out << granska::cli::usage();
    return command == QLatin1String("--help") || command == QLatin1String("help") ? 0 : 2;
}
