// The bytes of one earlier revision of an assessed document: an incremental update only appends,
// so revision N is exactly the file's first Revision::end bytes, a complete PDF of its own (the
// state a signature covering revision N signed). Read-only; the file must still be the one the
// assessment describes, else the extracted "signed version" could silently be of another file.
#pragma once

#include "assessment/Assessment.h"

#include <QByteArray>
#include <QString>

namespace granska {

// The file an assessment describes, read whole and checked against its identity (size and
// SHA-256): what is shown or extracted from it later must come from the very bytes assessed.
struct AssessedFile {
    enum class Problem { None, Missing, Unreadable, SizeChanged, ContentChanged };
    Problem problem = Problem::None;
    QString detail;   // the system's reason when Unreadable
    QByteArray bytes; // the whole file when there is no problem
};
AssessedFile readAssessedFile(const Assessment &assessment);

struct ExtractedRevision {
    int revision = 0;     // 1-based, as in Assessment::revisions
    int revisionCount = 0;
    QByteArray bytes;     // empty on failure
    QString error;        // why it could not be extracted, in plain words; empty on success

    bool isValid() const { return error.isEmpty() && !bytes.isEmpty(); }
    bool isFinal() const { return revision == revisionCount; }
};

// The document at the end of `revision` (1-based). Reads `assessment.file` and checks that its size
// and SHA-256 still match `assessment.identity`; a file changed or missing since the assessment is
// reported in `error`, never extracted.
ExtractedRevision extractRevision(const Assessment &assessment, int revision);

// The revision a signature or document timestamp covers (SignatureInfo::revision); an error when
// the signature matches no revision (its byte range ends elsewhere).
ExtractedRevision extractSignedRevision(const Assessment &assessment, int signatureIndex);

} // namespace granska
