// granska-cli: the engine from the command line, for batch work and scripts.
//
// `check` runs here. `report` runs in a companion executable, granska-cli-report, which this one
// replaces itself with: reports need fonts, QtGui and Poppler, and loading those libraries takes
// longer than assessing a typical signed document. Scripts run `check` once per file by the
// thousand, so its start-up is kept to what it uses.
#include "Assessor.h"
#include "CheckCommand.h"
#include "ReportCommand.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::cli::Main)
};

// Replaces this process with granska-cli-report given the same arguments; returns only on failure.
int execReport(int argc, char *argv[])
{
    const QByteArray program = QFile::encodeName(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("granska-cli-report")));
    std::vector<char *> arguments{const_cast<char *>(program.constData())};
    for (int i = 2; i < argc; ++i)
        arguments.push_back(argv[i]);
    arguments.push_back(nullptr);
    ::execv(program.constData(), arguments.data());
    QTextStream(stderr) << Tr::tr("Cannot start %1: %2").arg(QFile::decodeName(program), QString::fromLocal8Bit(std::strerror(errno))) << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "report") == 0)
        return execReport(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Granska"));
    QCoreApplication::setOrganizationName(QStringLiteral("Granska"));
    QCoreApplication::setApplicationVersion(granska::Assessor::engineVersion());
    granska::installTranslations(granska::preferredLanguage());

    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (command == QLatin1String("check"))
        return granska::cli::runCheck(arguments);
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "granska-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    const bool help = command == QLatin1String("--help") || command == QLatin1String("help");
    QTextStream out(help ? stdout : stderr);
    out << granska::cli::usage() << '\n' << granska::cli::reportUsage();
    return help ? 0 : 2;
}
