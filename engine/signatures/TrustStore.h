// What Granska trusts when it validates signatures: certificates the user imported as trust
// anchors, the services of ETSI TS 119 612 trusted lists the user imported, and (only if the
// user opts in) the system's CA store. The GUI manages a persistent store under AppDataLocation;
// the CLI builds one from --trust-anchor and --trusted-list.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace granska {

// One trust service of a trusted list, with its status history (ETSI TS 119 612, 5.5).
struct TrustedService {
    QString territory;       // the list's scheme territory, e.g. "SE"
    QString providerName;    // TSPName
    QString serviceName;
    QString type;            // ServiceTypeIdentifier URI, e.g. http://uri.etsi.org/TrstSvc/Svctype/CA/QC
    // A Qualifications extension element: qualifiers that apply to the certificates matching its
    // criteria (certificate policies, all or at least one of them).
    struct QualificationRule {
        QStringList qualifiers; // Qualifier URIs, e.g. .../SvcInfoExt/QCWithSSCD
        QStringList policies;   // PolicyIdentifier OIDs of the criteria
        QString assertion;      // "all", "atLeastOne", "none"
    };
    struct Status {
        QString status;      // ServiceStatus URI, e.g. .../Svcstatus/granted
        QDateTime from;      // StatusStartingTime
        QList<QualificationRule> qualifications;
        QStringList additionalInformation; // AdditionalServiceInformation URIs, e.g. .../ForeSignatures
    };
    QList<Status> history;   // newest first: the current status, then ServiceHistory
    QList<QByteArray> certificates; // X509Certificate of ServiceDigitalIdentity (DER)
    QString listFile;        // the trusted list it came from

    // The status in force at the given time; nullptr before the first known status.
    const Status *statusAt(const QDateTime &time) const;
};

struct TrustedListInfo {
    QString file;
    QString territory;
    QString operatorName;
    QString sequenceNumber;
    QDateTime issued;
    QDateTime nextUpdate;
    int serviceCount = 0;
    bool isListOfLists = false; // the EU list of trusted lists points to lists; it has no services
};

class TrustStore {
public:
    struct Anchor {
        QByteArray der;
        QString source; // plain words: "imported certificate root.pem", "trusted list SE: <service>"
    };

    // The user's persistent store (folder "trust" under AppDataLocation), loaded from disk.
    static QString defaultDirectory();
    static TrustStore loadDefault();

    // Adds every certificate in a PEM or DER file as a trust anchor.
    bool addCertificates(const QString &file, QString *error = nullptr);
    bool addCertificateData(const QByteArray &data, const QString &source, QString *error = nullptr);
    // Adds the services of an ETSI TS 119 612 trusted list (XML).
    bool addTrustedList(const QString &file, QString *error = nullptr);
    void setUseSystemStore(bool use) { m_useSystemStore = use; }
    bool useSystemStore() const { return m_useSystemStore; }

    // Copies a file into the persistent store (and adds it); removes an imported file.
    bool importIntoDefault(const QString &file, QString *error = nullptr);
    static bool removeFromDefault(const QString &fileName, QString *error = nullptr);

    QList<Anchor> anchors() const; // imported certificates and every trusted-list service certificate
    const QList<TrustedService> &services() const { return m_services; }
    const QList<TrustedListInfo> &lists() const { return m_lists; }
    const QList<Anchor> &importedCertificates() const { return m_certificates; }
    bool isEmpty() const { return m_certificates.isEmpty() && m_services.isEmpty() && !m_useSystemStore; }

private:
    QList<Anchor> m_certificates;
    QList<TrustedService> m_services;
    QList<TrustedListInfo> m_lists;
    bool m_useSystemStore = false;
};

} // namespace granska
