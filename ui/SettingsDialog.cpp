#include "SettingsDialog.h"

#include "AppSettings.h"
#include "Presentation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace granska {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));

    m_reviewGroup = new QGroupBox(this);
    m_reviewerLabel = new QLabel(m_reviewGroup);
    m_reviewer = new QLineEdit(m_reviewGroup);
    m_reviewer->setObjectName(QStringLiteral("reviewerName"));
    m_reviewerLabel->setBuddy(m_reviewer);
    m_languageLabel = new QLabel(m_reviewGroup);
    m_language = new QComboBox(m_reviewGroup);
    m_language->setObjectName(QStringLiteral("language"));
    m_languageLabel->setBuddy(m_language);
    m_language->addItem(QString(), QString());
    // Language names are written in their own language, as in the language menu.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    auto *reviewForm = new QFormLayout(m_reviewGroup);
    reviewForm->addRow(m_reviewerLabel, m_reviewer);
    reviewForm->addRow(m_languageLabel, m_language);

    m_assessGroup = new QGroupBox(this);
    m_profileLabel = new QLabel(m_assessGroup);
    m_profile = new QComboBox(m_assessGroup);
    m_profile->setObjectName(QStringLiteral("pdfaProfile"));
    m_profileLabel->setBuddy(m_profile);
    for (const QString &profile : AppSettings::pdfaProfiles())
        m_profile->addItem(QString(), profile);
    m_timeLabel = new QLabel(m_assessGroup);
    m_time = new QComboBox(m_assessGroup);
    m_time->setObjectName(QStringLiteral("validationTime"));
    m_timeLabel->setBuddy(m_time);
    m_time->addItem(QString(), int(ValidationPolicy::Time::Now));
    m_time->addItem(QString(), int(ValidationPolicy::Time::SigningTime));
    m_time->addItem(QString(), int(ValidationPolicy::Time::Given));
    m_fixedLabel = new QLabel(m_assessGroup);
    m_fixedTime = new QDateTimeEdit(m_assessGroup);
    m_fixedTime->setObjectName(QStringLiteral("fixedValidationTime"));
    m_fixedTime->setTimeSpec(Qt::UTC);
    m_fixedTime->setCalendarPopup(true);
    m_fixedTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    m_fixedTime->setDateTime(QDateTime::currentDateTimeUtc());
    m_fixedLabel->setBuddy(m_fixedTime);
    m_trustStore = new QPushButton(m_assessGroup);
    m_trustStore->setObjectName(QStringLiteral("trustStoreButton"));
    auto *assessForm = new QFormLayout(m_assessGroup);
    assessForm->addRow(m_profileLabel, m_profile);
    assessForm->addRow(m_timeLabel, m_time);
    assessForm->addRow(m_fixedLabel, m_fixedTime);
    assessForm->addRow(QString(), m_trustStore);

    m_reportGroup = new QGroupBox(this);
    m_personalData = new QCheckBox(m_reportGroup);
    m_personalData->setObjectName(QStringLiteral("showPersonalData"));
    auto *reportLayout = new QVBoxLayout(m_reportGroup);
    reportLayout->addWidget(m_personalData);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reviewGroup);
    layout->addWidget(m_assessGroup);
    layout->addWidget(m_reportGroup);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_trustStore, &QPushButton::clicked, this, &SettingsDialog::trustStoreRequested);
    connect(m_time, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateFixedTime);

    setReviewerName(AppSettings::reviewerName());
    setLanguage(AppSettings::languageChoice());
    setPdfaProfile(AppSettings::pdfaProfile());
    setValidationPolicy(AppSettings::validationPolicy());
    setShowPersonalData(AppSettings::showPersonalData());
    retranslateUi();
    updateFixedTime();
}

QString SettingsDialog::reviewerName() const
{
    return m_reviewer->text().trimmed();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

QString SettingsDialog::pdfaProfile() const
{
    return m_profile->currentData().toString();
}

ValidationPolicy SettingsDialog::validationPolicy() const
{
    ValidationPolicy policy;
    policy.time = ValidationPolicy::Time(m_time->currentData().toInt());
    if (policy.time == ValidationPolicy::Time::Given)
        policy.given = m_fixedTime->dateTime().toUTC();
    return policy;
}

bool SettingsDialog::showPersonalData() const
{
    return m_personalData->isChecked();
}

void SettingsDialog::setReviewerName(const QString &name)
{
    m_reviewer->setText(name);
}

void SettingsDialog::setLanguage(const QString &language)
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
}

void SettingsDialog::setPdfaProfile(const QString &profile)
{
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(profile.toLower())));
}

void SettingsDialog::setValidationPolicy(const ValidationPolicy &policy)
{
    m_time->setCurrentIndex(qMax(0, m_time->findData(int(policy.time))));
    if (policy.time == ValidationPolicy::Time::Given && policy.given.isValid())
        m_fixedTime->setDateTime(policy.given.toUTC());
}

void SettingsDialog::setShowPersonalData(bool show)
{
    m_personalData->setChecked(show);
}

void SettingsDialog::save() const
{
    AppSettings::setReviewerName(reviewerName());
    AppSettings::setPdfaProfile(pdfaProfile());
    const ValidationPolicy policy = validationPolicy();
    AppSettings::setValidationTime(policy.time);
    if (policy.time == ValidationPolicy::Time::Given)
        AppSettings::setFixedValidationTime(policy.given);
    AppSettings::setShowPersonalData(showPersonalData());
}

void SettingsDialog::updateFixedTime()
{
    const bool fixed = ValidationPolicy::Time(m_time->currentData().toInt()) == ValidationPolicy::Time::Given;
    m_fixedTime->setEnabled(fixed);
    m_fixedLabel->setEnabled(fixed);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_reviewGroup->setTitle(tr("Reviewer"));
    m_reviewerLabel->setText(tr("&Name:"));
    m_reviewer->setPlaceholderText(tr("Recorded with decisions and printed on reports"));
    m_reviewer->setAccessibleName(tr("Reviewer name"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("Follow the system"));
    m_language->setAccessibleName(tr("Language"));

    m_assessGroup->setTitle(tr("Assessment"));
    m_profileLabel->setText(tr("&PDF/A profile:"));
    m_profile->setAccessibleName(tr("PDF/A profile"));
    m_profile->setToolTip(tr("The PDF/A flavour documents are validated against; applies to documents assessed from now on"));
    for (int i = 0; i < m_profile->count(); ++i) {
        const QString profile = m_profile->itemData(i).toString();
        if (profile == QLatin1String("auto"))
            m_profile->setItemText(i, tr("The one the document claims"));
        else if (profile == QLatin1String("none"))
            m_profile->setItemText(i, tr("Do not check PDF/A"));
        else
            m_profile->setItemText(i, flavourName(profile));
    }
    m_timeLabel->setText(tr("&Validate signatures at:"));
    m_time->setAccessibleName(tr("Validation time"));
    m_time->setItemText(0, tr("The present time"));
    m_time->setItemText(1, tr("The claimed signing time"));
    m_time->setItemText(2, tr("A fixed time"));
    m_time->setToolTip(tr("The time at which certificates must have been valid and not revoked"));
    m_fixedLabel->setText(tr("&Fixed time:"));
    m_fixedTime->setAccessibleName(tr("Fixed validation time (UTC)"));
    m_trustStore->setText(tr("&Trust Store…"));
    m_trustStore->setToolTip(tr("The certificates and trusted lists that signatures are validated against"));

    m_reportGroup->setTitle(tr("Reports"));
    m_personalData->setText(tr("Show personal identity &numbers in full"));
    m_personalData->setToolTip(tr("Personal identity numbers found in certificates are personal data; "
                                  "by default reports show them masked (19520730-****)"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace granska
