// Settings → Preferences…: who reviews (the name recorded with decisions and printed on reports),
// the language, how documents are assessed (PDF/A profile, time at which signatures are validated)
// and whether reports show personal identity numbers. Stored through AppSettings when accepted.
#pragma once

#include "signatures/SignatureValidator.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace granska {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // What the dialog shows; save() stores it.
    QString reviewerName() const;
    QString language() const; // "en", "sv", empty to follow the system
    QString pdfaProfile() const;
    ValidationPolicy validationPolicy() const;
    bool showPersonalData() const;

    void setReviewerName(const QString &name);
    void setLanguage(const QString &language);
    void setPdfaProfile(const QString &profile);
    void setValidationPolicy(const ValidationPolicy &policy);
    void setShowPersonalData(bool show);

    // Writes everything but the language to AppSettings; the language is applied by the caller,
    // which also updates the language menu.
    void save() const;

    QPushButton *trustStoreButton() const { return m_trustStore; }

Q_SIGNALS:
    // "Trust Store…" was pressed; the window opens the trust store dialog.
    void trustStoreRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateFixedTime();

    QGroupBox *m_reviewGroup = nullptr;
    QLabel *m_reviewerLabel = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QGroupBox *m_assessGroup = nullptr;
    QLabel *m_profileLabel = nullptr;
    QComboBox *m_profile = nullptr;
    QLabel *m_timeLabel = nullptr;
    QComboBox *m_time = nullptr;
    QLabel *m_fixedLabel = nullptr;
    QDateTimeEdit *m_fixedTime = nullptr;
    QPushButton *m_trustStore = nullptr;
    QGroupBox *m_reportGroup = nullptr;
    QCheckBox *m_personalData = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace granska
