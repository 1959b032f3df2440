#include "AppSettings.h"

#include "pdfa/Profile.h"

#include <QSettings>

namespace granska {
namespace {

const QString kLanguage = QStringLiteral("ui/language"); // read by granska::preferredLanguage()
const QString kReviewer = QStringLiteral("report/reviewer");
const QString kShowPersonalData = QStringLiteral("report/showPersonalData");
const QString kPdfaProfile = QStringLiteral("assessment/pdfaProfile");
const QString kValidationTime = QStringLiteral("signatures/validationTime");
const QString kFixedValidationTime = QStringLiteral("signatures/fixedValidationTime");

// Stored as words rather than enum numbers, so that the file stays readable and reordering the
// enum never changes a user's choice.
const QString kNow = QStringLiteral("now");
const QString kSigningTime = QStringLiteral("signing-time");
const QString kFixed = QStringLiteral("fixed");

} // namespace

QString AppSettings::languageChoice()
{
    return QSettings().value(kLanguage).toString();
}

QString AppSettings::reviewerName()
{
    return QSettings().value(kReviewer).toString().trimmed();
}

void AppSettings::setReviewerName(const QString &name)
{
    QSettings().setValue(kReviewer, name.trimmed());
}

QStringList AppSettings::pdfaProfiles()
{
    return QStringList{QStringLiteral("auto"), QStringLiteral("none")} + knownFlavours();
}

QString AppSettings::pdfaProfile()
{
    const QString profile = QSettings().value(kPdfaProfile).toString().toLower();
    return pdfaProfiles().contains(profile) ? profile : QStringLiteral("auto");
}

void AppSettings::setPdfaProfile(const QString &profile)
{
    const QString value = profile.toLower();
    QSettings().setValue(kPdfaProfile, pdfaProfiles().contains(value) ? value : QStringLiteral("auto"));
}

ValidationPolicy::Time AppSettings::validationTime()
{
    const QString value = QSettings().value(kValidationTime).toString();
    if (value == kSigningTime)
        return ValidationPolicy::Time::SigningTime;
    // A fixed time that was never given (or is damaged) cannot be used: validate at the present.
    if (value == kFixed && fixedValidationTime().isValid())
        return ValidationPolicy::Time::Given;
    return ValidationPolicy::Time::Now;
}

void AppSettings::setValidationTime(ValidationPolicy::Time time)
{
    QString value = kNow;
    if (time == ValidationPolicy::Time::SigningTime)
        value = kSigningTime;
    else if (time == ValidationPolicy::Time::Given)
        value = kFixed;
    QSettings().setValue(kValidationTime, value);
}

QDateTime AppSettings::fixedValidationTime()
{
    return QDateTime::fromString(QSettings().value(kFixedValidationTime).toString(), Qt::ISODate).toUTC();
}

void AppSettings::setFixedValidationTime(const QDateTime &time)
{
    QSettings().setValue(kFixedValidationTime, time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString());
}

ValidationPolicy AppSettings::validationPolicy()
{
    ValidationPolicy policy;
    policy.time = validationTime();
    if (policy.time == ValidationPolicy::Time::Given)
        policy.given = fixedValidationTime();
    return policy;
}

bool AppSettings::showPersonalData()
{
    return QSettings().value(kShowPersonalData, false).toBool();
}

void AppSettings::setShowPersonalData(bool show)
{
    QSettings().setValue(kShowPersonalData, show);
}

AssessOptions AppSettings::applyTo(AssessOptions options)
{
    options.profile = pdfaProfile();
    options.signatures.policy = validationPolicy();
    return options;
}

} // namespace granska
