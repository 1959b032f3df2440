#include "CertificateChainModel.h"

#include "Presentation.h"
#include "SignatureSectionsHtml.h"
#include "StatusIcons.h"

namespace granska {

CertificateChainModel::CertificateChainModel(QObject *parent) : QAbstractItemModel(parent) {}

void CertificateChainModel::setSignature(const SignatureInfo &signature, bool showPersonalNumber)
{
    beginResetModel();
    m_chain = signature.chain;
    if (m_chain.isEmpty() && signature.signer)
        m_chain.append(*signature.signer);
    if (!showPersonalNumber) {
        for (CertificateInfo &c : m_chain)
            c = withPersonalNumberMasked(c, signature.personalNumber);
    }
    m_revocation = signature.revocation;
    m_trustAnchor = signature.chain.isEmpty() ? QString() : signature.trustAnchor;
    endResetModel();
}

void CertificateChainModel::clear()
{
    setSignature(SignatureInfo{});
}

QModelIndex CertificateChainModel::indexForPosition(int position) const
{
    if (position < 0 || position >= m_chain.size())
        return {};
    return createIndex(0, 0, quintptr(depthOf(position)));
}

int CertificateChainModel::positionOf(const QModelIndex &index) const
{
    return index.isValid() ? positionAtDepth(int(index.internalId())) : -1;
}

bool CertificateChainModel::isTrustAnchor(int position) const
{
    // The engine lists a trusted chain up to and including its anchor.
    return !m_trustAnchor.isEmpty() && position == m_chain.size() - 1;
}

QList<RevocationInfo> CertificateChainModel::revocationFor(int position) const
{
    QList<RevocationInfo> out;
    if (position < 0 || position >= m_chain.size())
        return out;
    for (const RevocationInfo &r : m_revocation) {
        if (isAbout(r, m_chain.at(position)))
            out << r;
    }
    return out;
}

QString CertificateChainModel::revocationStatus(int position) const
{
    QString status;
    for (const RevocationInfo &r : revocationFor(position)) {
        if (r.status == QLatin1String("revoked"))
            return r.status;
        if (r.status == QLatin1String("good") || status.isEmpty())
            status = r.status;
    }
    return status;
}

QModelIndex CertificateChainModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row != 0 || column != 0)
        return {};
    const int depth = parent.isValid() ? int(parent.internalId()) + 1 : 0;
    if (depth >= m_chain.size())
        return {};
    return createIndex(0, 0, quintptr(depth));
}

QModelIndex CertificateChainModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(0, 0, quintptr(child.internalId() - 1));
}

int CertificateChainModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_chain.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return int(parent.internalId()) + 1 < m_chain.size() ? 1 : 0;
}

int CertificateChainModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CertificateChainModel::data(const QModelIndex &index, int role) const
{
    const int position = positionOf(index);
    if (position < 0 || position >= m_chain.size())
        return {};
    const CertificateInfo &c = m_chain.at(position);
    const QString revocation = revocationStatus(position);
    switch (role) {
    case Qt::DisplayRole: {
        QString place;
        if (position == 0)
            place = tr("signer");
        else if (isTrustAnchor(position))
            place = tr("trust anchor");
        else if (position == m_chain.size() - 1)
            place = tr("not trusted");
        else
            place = tr("intermediate");
        if (revocation == QLatin1String("revoked"))
            place = tr("%1, revoked").arg(place);
        return tr("%1 (%2)").arg(certificateDisplayName(c), place);
    }
    case Qt::DecorationRole:
        if (revocation == QLatin1String("revoked"))
            return indicationIcon(Indication::TotalFailed);
        if (isTrustAnchor(position))
            return indicationIcon(Indication::TotalPassed);
        if (m_trustAnchor.isEmpty() && position == m_chain.size() - 1)
            return indicationIcon(Indication::Indeterminate);
        return {};
    case Qt::ToolTipRole:
        return tr("Issued by %1\nValid %2 to %3").arg(c.issuer, formatTimestamp(c.notBefore), formatTimestamp(c.notAfter));
    case ChainPositionRole: return position;
    case IsSignerRole: return position == 0;
    case IsTrustAnchorRole: return isTrustAnchor(position);
    case RevocationStatusRole: return revocation;
    case FingerprintRole: return c.sha256Fingerprint;
    }
    return {};
}

QVariant CertificateChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Certificate chain");
    return {};
}

QByteArray certificatePem(const QByteArray &der)
{
    const QByteArray base64 = der.toBase64();
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    return pem + "-----END CERTIFICATE-----\n";
}

QString certificateDisplayName(const CertificateInfo &certificate)
{
    return certificate.commonName.isEmpty() ? certificate.subject : certificate.commonName;
}

} // namespace granska
