#include "RevisionExtractor.h"

#include "signatures/OpenSsl.h"

#include <QCoreApplication>
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

AssessedFile readAssessedFile(const Assessment &assessment)
{
    AssessedFile out;
    QFile file(assessment.file);
    if (assessment.file.isEmpty() || !QFileInfo(assessment.file).isFile()) {
        out.problem = AssessedFile::Problem::Missing;
        return out;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.problem = AssessedFile::Problem::Unreadable;
        out.detail = file.errorString();
        return out;
    }
    if (file.size() != assessment.identity.size) {
        out.problem = AssessedFile::Problem::SizeChanged;
        return out;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        out.problem = AssessedFile::Problem::Unreadable;
        out.detail = file.errorString();
        return out;
    }
    // A short read fails here too.
    if (assessment.identity.sha256.isEmpty()
        || QString::fromLatin1(ossl::sha256(bytes).toHex()).compare(assessment.identity.sha256, Qt::CaseInsensitive) != 0) {
        out.problem = AssessedFile::Problem::ContentChanged;
        return out;
    }
    out.bytes = std::move(bytes);
    return out;
}

ExtractedRevision extractRevision(const Assessment &assessment, int revision)
{
    const int count = int(assessment.revisions.size());
    if (revision < 1 || revision > count)
        return failure(revision, count, Tr::tr("The document has no revision %1.").arg(revision));
    const Revision &r = assessment.revisions.at(revision - 1);
    const qint64 size = assessment.identity.size;
    if (r.end <= 0 || (size > 0 && r.end > size))
        return failure(revision, count, Tr::tr("Revision %1 does not end inside the file.").arg(revision));

    const AssessedFile file = readAssessedFile(assessment);
    switch (file.problem) {
    case AssessedFile::Problem::None:
        break;
    case AssessedFile::Problem::Missing:
        return failure(revision, count, Tr::tr("The file is no longer at %1.").arg(assessment.file));
    case AssessedFile::Problem::Unreadable:
        return failure(revision, count, Tr::tr("The file cannot be read: %1.").arg(file.detail));
    case AssessedFile::Problem::SizeChanged:
        return failure(revision, count, Tr::tr("The file has changed since it was assessed (its size differs); "
                                               "assess it again to view its revisions."));
    case AssessedFile::Problem::ContentChanged:
        return failure(revision, count, Tr::tr("The file has changed since it was assessed (its SHA-256 checksum differs); "
                                               "assess it again to view its revisions."));
    }
    const QByteArray prefix = file.bytes.left(r.end);
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
