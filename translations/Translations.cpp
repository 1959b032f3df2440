#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace granska {
namespace {

const char kLanguageKey[] = "ui/language";

QTranslator *&granskaTranslator()
{
    static QTranslator *translator = nullptr;
    return translator;
}

QTranslator *&qtTranslator()
{
    static QTranslator *translator = nullptr;
    return translator;
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("sv")};
}

QString preferredLanguage()
{
    const QString chosen = QSettings().value(QLatin1String(kLanguageKey)).toString();
    if (availableLanguages().contains(chosen))
        return chosen;
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (availableLanguages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

void setPreferredLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1String(kLanguageKey));
    else
        settings.setValue(QLatin1String(kLanguageKey), language);
}

bool installTranslations(const QString &language)
{
    for (QTranslator **slot : {&granskaTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete *slot;
            *slot = nullptr;
        }
    }
    QLocale::setDefault(QLocale(language));
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral(":/i18n/granska_%1.qm").arg(language))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    granskaTranslator() = own;
    if (language == QLatin1String("en"))
        return true; // Qt's own strings are written in English: there is no file to look for
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
    return true;
}

} // namespace granska
