#include "ObjectRevisions.h"

#include "PdfDocument.h"

#include <qpdf/QPDFXRefEntry.hh>

namespace granska {

ObjectRevisions::ObjectRevisions(PdfDocument &document, const QList<Revision> &revisions)
{
    m_single = revisions.size() == 1;
    if (revisions.size() <= 1)
        return;
    std::map<QPDFObjGen, QPDFXRefEntry> table;
    try {
        table = document.qpdf().getXRefTable();
    } catch (const std::exception &) {
        return;
    }
    for (const auto &[og, entry] : table) {
        qint64 offset = -1;
        if (entry.getType() == 1) {
            offset = entry.getOffset();
        } else if (entry.getType() == 2) {
            const auto container = table.find(QPDFObjGen(entry.getObjStreamNumber(), 0));
            if (container != table.end() && container->second.getType() == 1)
                offset = container->second.getOffset();
        }
        for (const Revision &revision : revisions) {
            if (offset >= revision.start && offset < revision.end) {
                m_revisionOfObject.insert(og, revision.index);
                break;
            }
        }
    }
}

int ObjectRevisions::revisionOf(QPDFObjGen object) const
{
    if (m_single)
        return object.getObj() > 0 ? 1 : 0;
    return m_revisionOfObject.value(object, 0);
}

} // namespace granska
