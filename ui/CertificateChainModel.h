// The certificate chain of one signature as a tree, the way certificate viewers show it: the trust
// anchor (or the highest certificate found) at the top and each certificate it issued below it,
// down to the signer. Each node knows whether it is the anchor and what revocation data says about it.
#pragma once

#include "assessment/Assessment.h"

#include <QAbstractItemModel>
#include <QList>

namespace granska {

class CertificateChainModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        ChainPositionRole = Qt::UserRole + 1, // int: 0 = signer, counting up towards the anchor
        IsSignerRole,                         // bool
        IsTrustAnchorRole,                    // bool: the chain ends in a trusted certificate and this is it
        RevocationStatusRole,                 // QString: "good", "revoked", "unknown", "invalid", or empty when none found
        FingerprintRole,                      // QString: SHA-256, hexadecimal
    };

    explicit CertificateChainModel(QObject *parent = nullptr);

    // The signature's validated chain (SignatureInfo::chain); when validation found none, the
    // signer's certificate alone. Personal identifiers in the names are masked unless
    // `showPersonalNumber`.
    void setSignature(const SignatureInfo &signature, bool showPersonalNumber = false);
    void clear();

    int certificateCount() const { return int(m_chain.size()); }
    // Position 0 is the signer.
    const CertificateInfo &certificate(int position) const { return m_chain.at(position); }
    QModelIndex indexForPosition(int position) const;
    int positionOf(const QModelIndex &index) const; // -1 for an invalid index
    bool isTrustAnchor(int position) const;
    // The revocation entries that are about the certificate at `position`.
    QList<RevocationInfo> revocationFor(int position) const;
    // The status the revocation data gives the certificate: "revoked" wins over "good", "good" over
    // the rest; empty when no data covers it.
    QString revocationStatus(int position) const;
    const QString &trustAnchorSource() const { return m_trustAnchor; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Tree depth d holds chain position (count - 1 - d): one child per level.
    int depthOf(int position) const { return int(m_chain.size()) - 1 - position; }
    int positionAtDepth(int depth) const { return int(m_chain.size()) - 1 - depth; }

    QList<CertificateInfo> m_chain; // signer first
    QList<RevocationInfo> m_revocation;
    QString m_trustAnchor;
};

// The certificate as PEM text ("-----BEGIN CERTIFICATE-----", 64 characters a line).
QByteArray certificatePem(const QByteArray &der);
// A certificate's short name: its common name, else its subject.
QString certificateDisplayName(const CertificateInfo &certificate);

} // namespace granska
