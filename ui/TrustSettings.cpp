#include "TrustSettings.h"

#include "signatures/OpenSsl.h"
#include "signatures/TrustedList.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace granska {
namespace {

constexpr const char *kUseSystemStoreKey = "trust/useSystemStore";
constexpr qint64 kMaxFileSize = 64LL * 1024 * 1024;

CertificateInfo certificateFromDer(const QByteArray &der)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    ossl::X509Ptr certificate(d2i_X509(nullptr, &p, long(der.size())));
    if (!certificate) {
        ossl::clearErrors();
        return {};
    }
    return ossl::certificateInfo(certificate.get());
}

TrustStoreEntry readEntry(const QFileInfo &info)
{
    TrustStoreEntry entry;
    entry.fileName = info.fileName();
    QFile file(info.filePath());
    if (info.size() > kMaxFileSize || !file.open(QIODevice::ReadOnly)) {
        entry.error = TrustSettings::tr("The file cannot be read.");
        return entry;
    }
    const QByteArray data = file.readAll();
    if (data.trimmed().startsWith('<')) {
        entry.kind = TrustStoreEntry::Kind::TrustedList;
        if (std::optional<TrustedListData> list = parseTrustedList(data, entry.fileName, &entry.error)) {
            entry.list = list->info;
            entry.services = list->services;
        }
        return entry;
    }
    TrustStore store;
    if (!store.addCertificateData(data, entry.fileName, &entry.error))
        return entry;
    for (const TrustStore::Anchor &anchor : store.importedCertificates())
        entry.certificates << certificateFromDer(anchor.der);
    return entry;
}

} // namespace

TrustSettings::TrustSettings(QObject *parent) : QObject(parent)
{
    reload();
}

QString TrustSettings::directory()
{
    return TrustStore::defaultDirectory();
}

void TrustSettings::reload()
{
    m_entries.clear();
    const QDir dir(directory());
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name))
        m_entries << readEntry(info);
}

bool TrustSettings::contains(const QString &fileName) const
{
    for (const TrustStoreEntry &e : m_entries) {
        if (e.fileName == QFileInfo(fileName).fileName())
            return true;
    }
    return false;
}

bool TrustSettings::useSystemStore() const
{
    // Off unless the user chose it: an archive decision should rest on what the user trusts.
    return QSettings().value(QLatin1String(kUseSystemStoreKey), false).toBool();
}

void TrustSettings::setUseSystemStore(bool use)
{
    if (use == useSystemStore())
        return;
    QSettings().setValue(QLatin1String(kUseSystemStoreKey), use);
    Q_EMIT changed();
}

bool TrustSettings::importFile(const QString &path, QString *error)
{
    TrustStore scratch; // importIntoDefault checks the content before copying it
    if (!scratch.importIntoDefault(path, error))
        return false;
    reload();
    Q_EMIT changed();
    return true;
}

bool TrustSettings::remove(const QString &fileName, QString *error)
{
    if (!TrustStore::removeFromDefault(fileName, error))
        return false;
    reload();
    Q_EMIT changed();
    return true;
}

std::shared_ptr<const TrustStore> TrustSettings::trustStore() const
{
    auto store = std::make_shared<TrustStore>(TrustStore::loadDefault());
    store->setUseSystemStore(useSystemStore());
    return store;
}

AssessOptions TrustSettings::applyTo(AssessOptions options) const
{
    options.signatures.trust = trustStore();
    return options;
}

QString etsiUriLabel(const QString &uri)
{
    for (const char *marker : {"/Svctype/", "/Svcstatus/", "/SvcInfoExt/", "/TrstSvc/TrustedList/"}) {
        const int at = int(uri.indexOf(QLatin1String(marker)));
        if (at >= 0)
            return uri.mid(at + int(qstrlen(marker)));
    }
    const int slash = int(uri.lastIndexOf(QLatin1Char('/')));
    return slash >= 0 && slash + 1 < uri.size() ? uri.mid(slash + 1) : uri;
}

} // namespace granska
