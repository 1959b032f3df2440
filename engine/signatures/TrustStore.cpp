#include "TrustStore.h"

#include "OpenSsl.h"
#include "TrustedList.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <openssl/pem.h>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::TrustStore)
};

// Debian's bundle of the system's CA certificates.
constexpr const char *kSystemBundle = "/etc/ssl/certs/ca-certificates.crt";
constexpr qint64 kMaxFileSize = 64LL * 1024 * 1024;

QList<QByteArray> certificatesIn(const QByteArray &data)
{
    QList<QByteArray> out;
    if (data.contains("-----BEGIN CERTIFICATE-----")) {
        ossl::Bio bio(BIO_new_mem_buf(data.constData(), int(data.size())));
        while (X509 *certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
            out << ossl::derOf(certificate);
            X509_free(certificate);
        }
    } else {
        const unsigned char *p = reinterpret_cast<const unsigned char *>(data.constData());
        if (X509 *certificate = d2i_X509(nullptr, &p, long(data.size()))) {
            out << ossl::derOf(certificate);
            X509_free(certificate);
        }
    }
    ossl::clearErrors();
    return out;
}

QByteArray readSmallFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("%1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    if (file.size() > kMaxFileSize) {
        if (error)
            *error = Tr::tr("%1 is too large to be a certificate or trusted list.").arg(path);
        return {};
    }
    return file.readAll();
}

bool looksLikeXml(const QByteArray &data)
{
    return data.trimmed().startsWith('<');
}

} // namespace

QString TrustStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/trust");
}

TrustStore TrustStore::loadDefault()
{
    TrustStore store;
    QDir dir(defaultDirectory());
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name)) {
        const QByteArray data = readSmallFile(info.filePath(), nullptr);
        if (looksLikeXml(data))
            store.addTrustedList(info.filePath());
        else
            store.addCertificateData(data, Tr::tr("imported certificate %1").arg(info.fileName()));
    }
    return store;
}

bool TrustStore::addCertificates(const QString &file, QString *error)
{
    const QByteArray data = readSmallFile(file, error);
    if (data.isEmpty())
        return false;
    return addCertificateData(data, Tr::tr("imported certificate %1").arg(QFileInfo(file).fileName()), error);
}

bool TrustStore::addCertificateData(const QByteArray &data, const QString &source, QString *error)
{
    const QList<QByteArray> found = certificatesIn(data);
    if (found.isEmpty()) {
        if (error)
            *error = Tr::tr("No certificate found in %1 (PEM or DER expected).").arg(source);
        return false;
    }
    for (const QByteArray &der : found)
        m_certificates.append({der, source});
    return true;
}

bool TrustStore::addTrustedList(const QString &file, QString *error)
{
    const QByteArray data = readSmallFile(file, error);
    if (data.isEmpty())
        return false;
    std::optional<TrustedListData> list = parseTrustedList(data, QFileInfo(file).fileName(), error);
    if (!list)
        return false;
    m_lists.append(list->info);
    m_services += list->services;
    return true;
}

bool TrustStore::importIntoDefault(const QString &file, QString *error)
{
    const QByteArray data = readSmallFile(file, error);
    if (data.isEmpty())
        return false;
    const bool ok = looksLikeXml(data) ? addTrustedList(file, error) : addCertificates(file, error);
    if (!ok)
        return false;
    QDir().mkpath(defaultDirectory());
    const QString target = defaultDirectory() + QLatin1Char('/') + QFileInfo(file).fileName();
    QFile::remove(target);
    if (!QFile::copy(file, target)) {
        if (error)
            *error = Tr::tr("The file could not be copied into the trust store at %1.").arg(target);
        return false;
    }
    return true;
}

bool TrustStore::removeFromDefault(const QString &fileName, QString *error)
{
    const QString path = defaultDirectory() + QLatin1Char('/') + QFileInfo(fileName).fileName();
    if (!QFile::remove(path)) {
        if (error)
            *error = Tr::tr("%1 could not be removed from the trust store.").arg(fileName);
        return false;
    }
    return true;
}

QList<TrustStore::Anchor> TrustStore::anchors() const
{
    QList<Anchor> out = m_certificates;
    for (const TrustedService &service : m_services) {
        for (const QByteArray &der : service.certificates)
            out.append({der, Tr::tr("trusted list %1: %2 (%3)").arg(service.territory, service.serviceName, service.providerName)});
    }
    if (m_useSystemStore) {
        QString ignored;
        const QByteArray bundle = readSmallFile(QString::fromLatin1(kSystemBundle), &ignored);
        for (const QByteArray &der : certificatesIn(bundle))
            out.append({der, Tr::tr("the system's CA store")});
    }
    return out;
}

} // namespace granska
