// granska-cli-report: `granska-cli report`, which granska-cli hands over to (see main.cpp).
#include "Assessor.h"
#include "ReportCommand.h"
#include "Translations.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Reports are laid out with fonts, which need a QGuiApplication. They are only drawn into
    // files, so no display is needed: without a platform chosen, the offscreen one lets the
    // command run on servers and in scripts.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Granska"));
    QCoreApplication::setOrganizationName(QStringLiteral("Granska"));
    QCoreApplication::setApplicationVersion(granska::Assessor::engineVersion());
    granska::installTranslations(granska::preferredLanguage());
    return granska::cli::runReport(QCoreApplication::arguments().mid(1));
}
