// The engine test: one Qt Test class whose functions are spread over a few files by subject
// (identity, signatures, robustness, byte-level helpers, corpus), with the helpers they share.
#pragma once

#include "Assessor.h"
#include "Fixtures.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QTemporaryDir>
#include <memory>

namespace enginetest {

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0);
QByteArray fileBytes(const QString &path);
granska::Assessment assess(const QString &path, const QString &profile = QStringLiteral("none"),
                           const granska::Limits &limits = {});
// Status, error, findings and signatures in one line, for failure messages.
QString describe(const granska::Assessment &assessment);
bool hasFinding(const granska::Assessment &assessment, const QString &code);

} // namespace enginetest

class EngineTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void identity_data();
    void identity();
    void revisions_data();
    void revisions();
    void xmpClaim_data();
    void xmpClaim();

    void freshSignatureIsIntact_data();
    void freshSignatureIsIntact();
    void laterUpdateKeepsSignatureIntact();
    void changedSignedByteBreaksSignature_data();
    void changedSignedByteBreaksSignature();
    void changedSignatureValueIsNotIntact_data();
    void changedSignatureValueIsNotIntact();
    void twoSignaturesInOrder();
    void signatureDroppedFromFormIsStillFound();
    void signerCertificate_data();
    void signerCertificate();
    void claimedSigningTime_data();
    void claimedSigningTime();

    void encryptedWithoutUserPassword();
    void encryptedWithUserPassword();
    void truncated_data();
    void truncated();
    void unreadable_data();
    void unreadable();
    void hostile_data();
    void hostile();

    void parsePdfDate_data();
    void parsePdfDate();
    void readXmpSummary_data();
    void readXmpSummary();
    void scanRevisions_data();
    void scanRevisions();
    void revisionEndingAt_data();
    void revisionEndingAt();

    void corpusSignaturesIntact_data();
    void corpusSignaturesIntact();
    void corpusChangedByteBreaksSignature_data();
    void corpusChangedByteBreaksSignature();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A fresh name in the temporary folder for the current test row.
    QString rowPath(const QString &suffix) const;
    const granska::fixtures::Credential &credential(const QString &label) const;
    // A one-page document signed once by the given credential; fails the test if it cannot be made.
    bool makeSigned(const QString &output, const granska::fixtures::Credential &signer,
                    const granska::fixtures::SignOptions &options = {}, granska::fixtures::SignatureLayout *layout = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<granska::fixtures::TestPki> m_pki;
    QString m_plain; // one page, no metadata
};
