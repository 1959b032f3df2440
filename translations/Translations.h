// The user-interface language: Swedish or English, following the system locale unless the user
// chose one (stored in QSettings under "ui/language").
#pragma once

#include <QString>
#include <QStringList>

namespace granska {

QStringList availableLanguages(); // "en", "sv"
QString preferredLanguage();      // the user's choice, else the system locale's if available, else "en"
void setPreferredLanguage(const QString &language); // empty: follow the system
// Loads Granska's and Qt's own translations for the language into the running application,
// replacing earlier ones. Returns false when the language has no translation.
bool installTranslations(const QString &language);

} // namespace granska
