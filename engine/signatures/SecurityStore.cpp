#include "SecurityStore.h"

#include "pdf/ByteSearch.h"
#include "pdf/ObjectRevisions.h"
#include "pdf/PdfDocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <algorithm>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::SecurityStore)
};

constexpr int kMaxEntries = 10000;

void readArray(PdfDocument &document, const ObjectRevisions &revisions, const Budget &budget, QPDFObjectHandle array,
               const QString &source, QList<EmbeddedObject> &out)
{
    if (!array.isArray())
        return;
    Budget &mutableBudget = const_cast<Budget &>(budget);
    const int n = std::min(array.getArrayNItems(), kMaxEntries);
    for (int i = 0; i < n; ++i) {
        QPDFObjectHandle stream = array.getArrayItem(i);
        if (!stream.isStream())
            continue;
        const std::optional<QByteArray> data = document.decodedStream(stream, mutableBudget);
        if (!data || data->isEmpty())
            continue;
        out.append({*data, source, stream.isIndirect() ? revisions.revisionOf(stream.getObjGen()) : 0});
    }
}

void readMaterial(PdfDocument &document, const ObjectRevisions &revisions, const Budget &budget, QPDFObjectHandle dict,
                  const QString &source, ValidationMaterial &out, const char *certs, const char *ocsps, const char *crls)
{
    readArray(document, revisions, budget, dict.getKey(certs), source, out.certificates);
    readArray(document, revisions, budget, dict.getKey(ocsps), source, out.ocsps);
    readArray(document, revisions, budget, dict.getKey(crls), source, out.crls);
}

} // namespace

QString vriKey(const QByteArray &contents)
{
    return QString::fromLatin1(QCryptographicHash::hash(contents, QCryptographicHash::Sha1).toHex().toUpper());
}

void ValidationMaterial::merge(const ValidationMaterial &other)
{
    auto mergeList = [](QList<EmbeddedObject> &into, const QList<EmbeddedObject> &from) {
        for (const EmbeddedObject &o : from) {
            const bool known = std::any_of(into.cbegin(), into.cend(), [&](const EmbeddedObject &e) { return e.der == o.der; });
            if (!known)
                into.append(o);
        }
    };
    mergeList(certificates, other.certificates);
    mergeList(ocsps, other.ocsps);
    mergeList(crls, other.crls);
}

namespace {

SecurityStore readOneStore(PdfDocument &document, const ObjectRevisions &revisions, const Budget &budget)
{
    SecurityStore store;
    QPDFObjectHandle root = document.root();
    QPDFObjectHandle dss = root.getKey("/DSS");
    if (!dss.isDictionary())
        return store;
    store.present = true;
    store.revision = dss.isIndirect() ? revisions.revisionOf(dss.getObjGen()) : revisions.revisionOf(root.getObjGen());
    readMaterial(document, revisions, budget, dss, Tr::tr("DSS"), store.dss, "/Certs", "/OCSPs", "/CRLs");
    QPDFObjectHandle vri = dss.getKey("/VRI");
    if (vri.isDictionary()) {
        int count = 0;
        for (const std::string &key : vri.getKeys()) {
            if (++count > kMaxEntries)
                break;
            QPDFObjectHandle entry = vri.getKey(key);
            if (!entry.isDictionary())
                continue;
            const QString name = QString::fromStdString(key).mid(1).toUpper();
            ValidationMaterial material;
            readMaterial(document, revisions, budget, entry, Tr::tr("VRI"), material, "/Cert", "/OCSP", "/CRL");
            store.vri.insert(name, material);
            if (entry.getKey("/TS").isStream())
                store.vriTimestampRevision.insert(name, revisions.revisionOf(entry.getKey("/TS").getObjGen()));
        }
    }
    return store;
}

} // namespace

SecurityStore readSecurityStore(PdfDocument &document, const QList<Revision> &revisions, const ObjectRevisions &objectRevisions,
                                const Budget &budget)
{
    SecurityStore store = readOneStore(document, objectRevisions, budget);
    if (revisions.size() < 2)
        return store;
    // Revisions that end before the first "/DSS" in the file had no security store yet.
    const qint64 firstStore = findBytes(document.bytes(), "/DSS");
    for (int i = 0; firstStore >= 0 && i + 1 < revisions.size(); ++i) {
        const Revision &revision = revisions[i];
        if (revision.end <= firstStore)
            continue;
        const QByteArrayView prefix = document.bytes().first(std::min<qint64>(revision.end, document.bytes().size()));
        PdfDocument::OpenResult earlier = PdfDocument::openView(prefix, Tr::tr("revision %1").arg(revision.index));
        if (!earlier.document)
            continue;
        try {
            const ObjectRevisions earlierRevisions(*earlier.document, revisions.first(i + 1));
            const SecurityStore old = readOneStore(*earlier.document, earlierRevisions, budget);
            if (!old.present)
                continue;
            store.present = true;
            store.dss.merge(old.dss);
            for (auto it = old.vri.cbegin(); it != old.vri.cend(); ++it)
                store.vri[it.key()].merge(it.value());
            if (store.revision == 0)
                store.revision = old.revision;
        } catch (const std::exception &) {
            // An earlier revision QPDF cannot read contributes nothing.
        }
    }
    return store;
}

} // namespace granska
