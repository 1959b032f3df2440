// The user's preferences in one place: every QSettings key the preferences use is named here, read
// and written through typed functions, so that a key is never spelled twice and a missing or
// damaged value falls back to a sensible default.
#pragma once

#include "Assessor.h"
#include "signatures/SignatureValidator.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace granska {

class AppSettings {
public:
    // The name recorded with decisions and printed on reports; empty when not set.
    static QString reviewerName();
    static void setReviewerName(const QString &name);

    // The language the user chose ("en", "sv"), empty to follow the system. Written through
    // setPreferredLanguage() in Translations.h, which owns the key.
    static QString languageChoice();

    // "auto" (follow the document's claim), "none" (no PDF/A check) or a flavour ("2b").
    static QString pdfaProfile();
    static void setPdfaProfile(const QString &profile);
    static QStringList pdfaProfiles(); // every value pdfaProfile() may take, "auto" and "none" first

    // At which time signatures are validated.
    static ValidationPolicy::Time validationTime();
    static void setValidationTime(ValidationPolicy::Time time);
    static QDateTime fixedValidationTime(); // UTC; for ValidationPolicy::Time::Given
    static void setFixedValidationTime(const QDateTime &time);
    static ValidationPolicy validationPolicy();

    // Whether reports show personal identity numbers in full instead of masked.
    static bool showPersonalData();
    static void setShowPersonalData(bool show);

    // `options` with the profile and validation policy chosen here; the rest (trust store, limits)
    // is kept as it was.
    static AssessOptions applyTo(AssessOptions options);
};

} // namespace granska
