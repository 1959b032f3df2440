// The validation test: one Qt Test class whose functions are spread over a few files by subject
// (PAdES levels, conclusions, timestamps and revocation data, qualification and personal numbers,
// certification, the CLI), with the document recipes and helpers they share.
#pragma once

#include "Assessor.h"
#include "Fixtures.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QTemporaryDir>
#include <memory>

namespace validationtest {

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0);

// The times of the standard story: signed, timestamped, checked for revocation, validated.
extern const QDateTime kSigningTime;      // /M and CMS signingTime (2024-03-15 09:30 UTC)
extern const QDateTime kTimestampTime;    // genTime of the signature timestamp, a minute later
extern const QDateTime kRevocationCheck;  // thisUpdate/producedAt of OCSP responses and CRLs
extern const QDateTime kDocumentTimestampTime;
extern const QDateTime kValidationTime;   // ValidationPolicy::Time::Given in most rows: 2030-01-01

// The signature of the assessment that is not a document timestamp (the first such), or null.
const granska::SignatureInfo *mainSignature(const granska::Assessment &assessment);
const granska::SignatureInfo *documentTimestamp(const granska::Assessment &assessment);
// The validation fields of a signature in one line, for failure messages.
QString describe(const granska::SignatureInfo &signature);
QString describe(const granska::Assessment &assessment);

} // namespace validationtest

// How a row's document is made and validated. The defaults describe an ordinary signature by
// "ec-signer" on 2024-03-15 with nothing else, validated on 2030-01-01 against our root.
struct Recipe {
    enum class Revocation { None, OcspGood, OcspRevoked, CrlGood, CrlRevoked };
    enum class Placement { Dss, Vri, SignatureArchival, CmsCrls };
    enum class Anchor { Root, None, Unrelated };

    QString signer = QStringLiteral("ec-signer");
    QDateTime signingTime;             // invalid: kSigningTime
    QDateTime signatureTimestamp;      // invalid: no signature timestamp
    bool timestampOverOtherData = false;
    bool documentTimestampBeforeDss = false;
    Revocation revocation = Revocation::None;
    QDateTime revokedAt;
    Placement placement = Placement::Dss;
    bool documentTimestampAfterDss = false;
    bool tamper = false;
    bool wrongSigningCertificate = false;
    Anchor anchor = Anchor::Root;
    QString trustedList;               // a list made in initTestCase (see trustedListPath), empty: none
    granska::ValidationPolicy::Time time = granska::ValidationPolicy::Time::Given;
    QDateTime validationTime;          // for Time::Given; invalid: kValidationTime

    Recipe by(const QString &label) const { Recipe r = *this; r.signer = label; return r; }
    Recipe signedAt(const QDateTime &t) const { Recipe r = *this; r.signingTime = t; return r; }
    Recipe timestamped(const QDateTime &t) const { Recipe r = *this; r.signatureTimestamp = t; return r; }
    Recipe timestampOverOtherBytes() const { Recipe r = *this; r.timestampOverOtherData = true; return r; }
    Recipe documentTimestamped() const { Recipe r = *this; r.documentTimestampBeforeDss = true; return r; }
    Recipe revocationData(Revocation kind, Placement where = Placement::Dss, const QDateTime &revoked = {}) const
    {
        Recipe r = *this;
        r.revocation = kind;
        r.placement = where;
        r.revokedAt = revoked;
        return r;
    }
    Recipe archiveTimestamped() const { Recipe r = *this; r.documentTimestampAfterDss = true; return r; }
    Recipe tampered() const { Recipe r = *this; r.tamper = true; return r; }
    Recipe wrongSigningCertificateAttribute() const { Recipe r = *this; r.wrongSigningCertificate = true; return r; }
    Recipe anchoredIn(Anchor a) const { Recipe r = *this; r.anchor = a; return r; }
    Recipe withTrustedList(const QString &name) const { Recipe r = *this; r.trustedList = name; return r; }
    Recipe validatedAt(granska::ValidationPolicy::Time t, const QDateTime &given = {}) const
    {
        Recipe r = *this;
        r.time = t;
        r.validationTime = given;
        return r;
    }
};
Q_DECLARE_METATYPE(Recipe)

class ValidationTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void fixturesAreWellFormed();

    void padesLevel_data();
    void padesLevel();
    void documentTimestampIsItsOwnEntry();

    void conclusion_data();
    void conclusion();
    void revokedAfterProofOfExistence();
    void expiredSignerAndValidationTime_data();
    void expiredSignerAndValidationTime();

    void signatureTimestamp_data();
    void signatureTimestamp();
    void revocationSources_data();
    void revocationSources();

    void qualification_data();
    void qualification();
    void personalNumber_data();
    void personalNumber();
    void personalNumberMaskedInJson();

    void certification_data();
    void certification();

    void cliJson();
    void cliBadValidationTime_data();
    void cliBadValidationTime();

private:
    // A fresh name in the temporary folder for the current test (and row).
    QString rowPath(const QString &suffix);
    const granska::fixtures::Credential &credential(const QString &label) const;
    // Makes the document the recipe describes (a fresh file for the row) and returns its path;
    // an empty path after a failed QVERIFY (check QTest::currentTestFailed()).
    QString makeDocument(const Recipe &recipe);
    granska::fixtures::ValidationData revocationMaterial(const Recipe &recipe);
    granska::AssessOptions optionsFor(const Recipe &recipe) const;
    // makeDocument and Assessor::assess with optionsFor.
    granska::Assessment build(const Recipe &recipe, QString *path = nullptr);
    QString trustedListPath(const QString &name) const;
    void writeTrustedLists();

    QTemporaryDir m_dir;
    std::unique_ptr<granska::fixtures::ValidationPki> m_pki;
    QHash<QString, granska::fixtures::Credential> m_credentials; // by label
    QString m_plain;     // one page, no form
    QString m_withField; // one page with an empty text field "Remark"
    QString m_rootPem;
    int m_counter = 0;
};
