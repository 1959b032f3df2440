// Which revision last wrote each object: from the final cross-reference table's offsets and the
// revisions' byte ranges. Objects in object streams take the revision of their stream.
#pragma once

#include "ObjGenHash.h"
#include "assessment/Assessment.h"

#include <QHash>

namespace granska {

class PdfDocument;

class ObjectRevisions {
public:
    ObjectRevisions(PdfDocument &document, const QList<Revision> &revisions);
    // 1-based revision; 0 when unknown (a direct object, or one not in the table).
    int revisionOf(QPDFObjGen object) const;

private:
    QHash<QPDFObjGen, int> m_revisionOfObject;
    bool m_single = false;
};

} // namespace granska
