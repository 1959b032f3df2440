// Rule group: see GroupProducers.h and FileStructure.h.
#include "FileStructure.h"
#include "GroupProducers.h"

#include "pdf/PdfDocument.h"
#include "pdfa/Validation.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFXRefEntry.hh>

namespace granska::pdfa {

void registerFileStructureRules(Registry &registry)
{
    registerSyntaxRules(registry);
    registerLimitRules(registry);
    registerFeatureRules(registry);
}

void produceFileStructure(Validation &validation)
{
    produceSyntax(validation);
    produceContentOperands(validation);
    produceFeatures(validation);
}

const cos::FileLayout &fileLayout(Validation &validation)
{
    FileStructureFacts &facts = validation.cache<FileStructureFacts>();
    if (facts.read)
        return facts.layout;
    facts.read = true;

    // QPDF knows the offsets listed in cross-reference streams (and repairs broken tables); the
    // layout reader adds those it finds in tables itself, in every revision.
    std::vector<qint64> offsets;
    try {
        for (const auto &[objgen, entry] : validation.qpdf().getXRefTable()) {
            if (entry.getType() == 1)
                offsets.push_back(entry.getOffset());
        }
    } catch (const std::exception &) {
    }
    QPDF &qpdf = validation.qpdf();
    const cos::LengthResolver resolveLength = [&qpdf](int number, int generation) -> std::optional<qint64> {
        try {
            QPDFObjectHandle length = qpdf.getObject(number, generation);
            if (length.isInteger())
                return length.getIntValue();
        } catch (const std::exception &) {
        }
        return std::nullopt;
    };
    facts.layout = cos::readFileLayout(validation.document().bytes(), offsets, resolveLength, validation.budget());
    return facts.layout;
}

ObjectLocation locateOffset(Validation &validation, qint64 offset, const QString &context, int objectNumber, int generation)
{
    ObjectLocation where;
    where.objectNumber = objectNumber;
    where.generation = generation;
    where.context = context;
    for (const Revision &revision : validation.revisions()) {
        if (offset >= revision.start && offset < revision.end) {
            where.revision = revision.index;
            break;
        }
    }
    return where;
}

} // namespace granska::pdfa
