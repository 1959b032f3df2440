// Turns each signature field of a document into a SignatureInfo: its dictionary entries, the byte
// range it covers and the revision that range ends with, and the cryptographic integrity check.
#pragma once

#include "SignatureValidator.h"
#include "TrustStore.h"
#include "assessment/Assessment.h"
#include "pdf/Limits.h"

#include <QList>
#include <memory>

namespace granska {

class PdfDocument;
namespace ossl {
class FileDigests;
}

struct SignatureAnalysis {
    QList<SignatureInfo> signatures; // oldest first (by the end of their byte range)
    QList<Finding> findings;
};

struct SignatureOptions {
    std::shared_ptr<const TrustStore> trust; // null: nothing is trusted
    ValidationPolicy policy;
};

// `fileDigests`, the document's own, spares hashing each signature's byte range in full;
// `byteRanges`, every "/ByteRange" the file's bytes hold (rawByteRanges()), reading them again.
SignatureAnalysis analyzeSignatures(PdfDocument &document, const QList<Revision> &revisions, const SignatureOptions &options,
                                    const Budget &budget, const ossl::FileDigests *fileDigests = nullptr,
                                    const QList<QList<qint64>> *byteRanges = nullptr);

} // namespace granska
