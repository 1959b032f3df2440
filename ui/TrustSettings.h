// The user's persistent trust store, as the GUI manages it: copies of imported certificates and
// ETSI TS 119 612 trusted lists in TrustStore::defaultDirectory() (under AppDataLocation), and the
// choice to also trust the system's certificate authorities in QSettings. Reads each file on its own
// so that the trust store dialog can list them, and builds the TrustStore assessments use.
#pragma once

#include "Assessor.h"
#include "signatures/TrustStore.h"

#include <QList>
#include <QObject>
#include <memory>

namespace granska {

// One file of the store.
struct TrustStoreEntry {
    enum class Kind { Certificates, TrustedList };
    QString fileName; // inside the store's folder
    Kind kind = Kind::Certificates;
    QList<CertificateInfo> certificates; // Certificates: what the file holds
    TrustedListInfo list;                // TrustedList: the scheme information
    QList<TrustedService> services;      // TrustedList: its services
    QString error;                       // why the file could not be read; empty when it could
};

class TrustSettings : public QObject {
    Q_OBJECT
public:
    explicit TrustSettings(QObject *parent = nullptr);

    static QString directory();
    const QList<TrustStoreEntry> &entries() const { return m_entries; }
    bool contains(const QString &fileName) const;

    bool useSystemStore() const;
    void setUseSystemStore(bool use);

    // Copies a PEM/DER certificate file or a trusted list into the store (replacing a file of the
    // same name). Fails with a message when the file is neither.
    bool importFile(const QString &path, QString *error = nullptr);
    bool remove(const QString &fileName, QString *error = nullptr);

    // What assessments trust: every file of the store, plus the system's CAs when chosen.
    std::shared_ptr<const TrustStore> trustStore() const;
    // `options` with its trust replaced by trustStore().
    AssessOptions applyTo(AssessOptions options) const;

public Q_SLOTS:
    void reload(); // reads the folder again

Q_SIGNALS:
    void changed();

private:
    QList<TrustStoreEntry> m_entries;
};

// The last part of an ETSI URI, readable on its own: ".../Svctype/CA/QC" -> "CA/QC",
// ".../Svcstatus/granted" -> "granted", ".../SvcInfoExt/QCWithSSCD" -> "QCWithSSCD".
QString etsiUriLabel(const QString &uri);

} // namespace granska
