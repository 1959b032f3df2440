#include "RevisionExtractor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::RevisionExtractor)
};

ExtractedRevision failure(int revision, int count, const QString &why)
{
    ExtractedRevision out;
    out.revision = revision;
    out.revisionCount = count;
    out.error = why;
    return out;
}

} // namespace

ExtractedRevision extractRevision(const Assessment &assessment, int revision)
{
    const int count = int(assessment.revisions.size());
    if (revision < 1 || revision > count)
        return failure(revision, count, Tr::tr("The document has no revision %1.").arg(revision));
    const Revision &r = assessment.revisions.at(revision - 1);
    const qint64 size = assessment.identity.size;
    if (r.end <= 0 || (size > 0 && r.end > size))
        return failure(revision, count, Tr::tr("Revision %1 does not end inside the file.").arg(revision));

    QFile file(assessment.file);
    if (!QFileInfo::exists(assessment.file))
        return failure(revision, count, Tr::tr("The file is no longer at %1.").arg(assessment.file));
    if (!file.open(QIODevice::ReadOnly))
        return failure(revision, count, Tr::tr("The file cannot be read: %1.").arg(file.errorString()));
    // The whole file is hashed before anything is handed out: the revision's bytes are only
    // meaningful for the very file the assessment measured.
    if (file.size() != size)
        return failure(revision, count, Tr::tr("The file has changed since it was assessed (its size differs); "
                                               "assess it again to view its revisions."));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray prefix;
    prefix.reserve(r.end);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return failure(revision, count, Tr::tr("The file cannot be read: %1.").arg(file.errorString()));
            break; // a short file fails the checksum below
        }
        hash.addData(chunk);
        const qint64 wanted = r.end - prefix.size();
        if (wanted > 0)
            prefix.append(chunk.left(wanted));
    }
    if (QString::fromLatin1(hash.result().toHex()).compare(assessment.identity.sha256, Qt::CaseInsensitive) != 0)
        return failure(revision, count, Tr::tr("The file has changed since it was assessed (its SHA-256 checksum differs); "
                                               "assess it again to view its revisions."));
    ExtractedRevision out;
    out.revision = revision;
    out.revisionCount = count;
    out.bytes = prefix;
    return out;
}

ExtractedRevision extractSignedRevision(const Assessment &assessment, int signatureIndex)
{
    const int count = int(assessment.revisions.size());
    if (signatureIndex < 0 || signatureIndex >= assessment.signatures.size())
        return failure(0, count, Tr::tr("There is no such signature."));
    const int revision = assessment.signatures.at(signatureIndex).revision;
    if (revision <= 0)
        return failure(0, count, Tr::tr("The signed bytes do not end where a revision of the file ends, "
                                        "so the signed version cannot be extracted as a document of its own."));
    return extractRevision(assessment, revision);
}

} // namespace granska
