// Document-wide features: embedded files (ISO 19005-2/3 6.8), optional content (6.9), alternate
// presentations (6.10) and requirements (6.11).
#include "Interactive.h"

#include "pdf/ObjGenHash.h"
#include "pdf/PdfDocument.h"
#include "pdf/RevisionScanner.h"
#include "pdf/XmpMetadata.h"
#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"
#include "pdfa/Validation.h"
#include "pdfa/Validator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace granska::pdfa {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::DocumentFeatures)
};

using interactive::nameOf;

constexpr int kMaxTreeDepth = 64;

// A file specification dictionary reachable from the document (name tree, attachment annotation,
// associated-files array).
struct FileSpecificationSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle spec;
    bool associated = false; // listed in some /AF array
};

// The stream of an embedded file (the /EF /F or /UF entry of a file specification).
struct EmbeddedFileSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle stream;
    std::optional<bool> conformingPdfA12; // PDF/A-2: the embedded file is itself PDF/A-1 or -2
};

// An optional-content configuration (the default /D or one of /Configs).
struct OptionalContentConfigSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle config;
    bool duplicateName = false;
    QStringList groupsNotInOrder;
};

bool embeddedFileSpecHasNames(const FileSpecificationSubject &s, Failure &)
{
    return !s.spec.hasKey("/EF") || (s.spec.hasKey("/F") && s.spec.hasKey("/UF"));
}

bool hasRelationship(const FileSpecificationSubject &s, Failure &)
{
    return !s.spec.hasKey("/EF") || s.spec.getKey("/AFRelationship").isName();
}

bool isAssociated(const FileSpecificationSubject &s, Failure &)
{
    return !s.spec.hasKey("/EF") || s.associated;
}

const Rule<FileSpecificationSubject> kFileSpecRules[] = {
    {P23, "6.8", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A file specification of an embedded file lacks the F or UF file name."), embeddedFileSpecHasNames},
    {P3, "6.8", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An embedded file's specification does not say how the file relates to the document (AFRelationship)."), hasRelationship},
    {P3, "6.8", 4, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An embedded file is not associated with the document or a part of it through an AF array."), isAssociated},
};

bool embeddedIsPdfA12(const EmbeddedFileSubject &e, Failure &)
{
    return e.conformingPdfA12.value_or(true);
}

bool hasMimeType(const EmbeddedFileSubject &e, Failure &f)
{
    static const QRegularExpression mime(QStringLiteral("^[-\\w+\\.]+/[-\\w+\\.]+$"));
    const QString subtype = QString::fromLatin1(nameOf(e.stream.getDict().getKey("/Subtype")));
    f.arg(subtype.isEmpty() ? Tr::tr("none") : subtype);
    return !subtype.isEmpty() && mime.match(subtype).hasMatch();
}

const Rule<EmbeddedFileSubject> kEmbeddedFileRules[] = {
    {P2, "6.8", 5, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An embedded file is not a conforming PDF/A-1 or PDF/A-2 document."), embeddedIsPdfA12},
    {P3, "6.8", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An embedded file has no valid MIME type in its Subtype (%1)."), hasMimeType},
};

bool configHasName(const OptionalContentConfigSubject &c, Failure &)
{
    QPDFObjectHandle name = c.config.getKey("/Name");
    return name.isString() && !name.getStringValue().empty();
}

bool configNameUnique(const OptionalContentConfigSubject &c, Failure &f)
{
    f.arg(QString::fromStdString(c.config.getKey("/Name").isString() ? c.config.getKey("/Name").getUTF8Value() : std::string()));
    return !c.duplicateName;
}

bool allGroupsInOrder(const OptionalContentConfigSubject &c, Failure &f)
{
    f.arg(c.groupsNotInOrder.join(QStringLiteral(", ")));
    return c.groupsNotInOrder.isEmpty();
}

bool noAutoState(const OptionalContentConfigSubject &c, Failure &)
{
    return !c.config.hasKey("/AS");
}

const Rule<OptionalContentConfigSubject> kOptionalContentRules[] = {
    {P23, "6.9", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An optional content configuration has no name."), configHasName},
    {P23, "6.9", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "Two optional content configurations share the name \"%1\"."), configNameUnique},
    {P23, "6.9", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An optional content configuration's Order does not list every optional content group (missing: %1)."), allGroupsInOrder},
    {P23, "6.9", 4, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An optional content configuration has automatic state changes (AS)."), noAutoState},
};

bool noAlternatePresentations(const CatalogSubject &c, Failure &)
{
    return !c.catalog.getKey("/Names").getKeyIfDict("/AlternatePresentations").isInitialized()
           || c.catalog.getKey("/Names").getKeyIfDict("/AlternatePresentations").isNull();
}

bool noRequirements(const CatalogSubject &c, Failure &)
{
    return !c.catalog.hasKey("/Requirements");
}

const Rule<CatalogSubject> kCatalogRules[] = {
    {P23, "6.10", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The document contains alternate presentations (slide shows)."), noAlternatePresentations},
    {P23, "6.11", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The document catalog lists requirements (Requirements) a viewer must meet."), noRequirements},
};

bool noPresentationSteps(const PageSubject &p, Failure &)
{
    return !p.page.hasKey("/PresSteps");
}

const Rule<PageSubject> kPageRules[] = {
    {P23, "6.10", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A page has presentation steps (PresSteps)."), noPresentationSteps},
};

// --- producers ------------------------------------------------------------------------------------

void collectNameTreeValues(QPDFObjectHandle node, QList<QPDFObjectHandle> &out, QSet<QPDFObjGen> &visited, int depth)
{
    if (!node.isDictionary() || depth > kMaxTreeDepth)
        return;
    if (node.isIndirect()) {
        if (visited.contains(node.getObjGen()))
            return;
        visited.insert(node.getObjGen());
    }
    QPDFObjectHandle names = node.getKey("/Names");
    if (names.isArray())
        for (int i = 1; i < names.getArrayNItems(); i += 2)
            out.append(names.getArrayItem(i));
    QPDFObjectHandle kids = node.getKey("/Kids");
    if (kids.isArray())
        for (QPDFObjectHandle kid : kids.getArrayAsVector())
            collectNameTreeValues(kid, out, visited, depth + 1);
}

// Whether the embedded file is itself a conforming PDF/A-1 or PDF/A-2 document: it is opened and
// validated against the level B of the part it claims. Embedded files inside it are not followed.
std::optional<bool> checkEmbeddedPdfA12(Validation &v, QPDFObjectHandle stream)
{
    static thread_local int nesting = 0;
    if (nesting > 0)
        return std::nullopt;
    QString problem;
    const std::optional<QByteArray> data = v.document().decodedStream(stream, v.budget(), &problem);
    if (!data)
        return false;
    PdfDocument::OpenResult opened = PdfDocument::openBytes(*data, Tr::tr("embedded file"));
    if (!opened.document)
        return false;
    PdfDocument &embedded = *opened.document;
    QPDFObjectHandle metadata = embedded.root().getKey("/Metadata");
    if (!metadata.isStream())
        return false;
    const std::optional<QByteArray> packet = embedded.decodedStream(metadata, v.budget());
    if (!packet)
        return false;
    const PdfaClaim claim = readXmpSummary(*packet).pdfa;
    if (claim.part != 1 && claim.part != 2)
        return false;
    ++nesting;
    PdfaResult result;
    try {
        const RevisionScan revisions = scanRevisions(embedded.bytes());
        validatePdfa(embedded, revisions.revisions, QStringLiteral("%1b").arg(claim.part), v.budget(), result);
    } catch (const LimitExceeded &) {
        --nesting;
        throw;
    } catch (const std::exception &) {
        result.compliant = false;
    }
    --nesting;
    return result.compliant.value_or(false);
}

void produceFileSpecifications(Validation &v)
{
    if (!v.wants<FileSpecificationSubject>() && !v.wants<EmbeddedFileSubject>())
        return;
    QPDFObjectHandle catalog = v.qpdf().getRoot();
    QList<QPDFObjectHandle> specs;
    QSet<QPDFObjGen> visited;
    collectNameTreeValues(catalog.getKey("/Names").getKeyIfDict("/EmbeddedFiles"), specs, visited, 0);
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(v.qpdf()).getAllPages()) {
        QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
        if (!annots.isArray())
            continue;
        for (QPDFObjectHandle annot : annots.getArrayAsVector())
            if (annot.isDictionary() && annot.getKey("/Subtype").isNameAndEquals("/FileAttachment"))
                specs.append(annot.getKey("/FS"));
    }
    // Associated files (PDF 2.0 / PDF/A-3): any dictionary's /AF array lists file specifications.
    QSet<QPDFObjGen> associated;
    QList<QPDFObjectHandle> associatedDirect;
    if (v.flavour().part == 3) {
        int visitedObjects = 0;
        for (QPDFObjectHandle object : v.qpdf().getAllObjects()) {
            if ((++visitedObjects & 255) == 0)
                v.budget().check();
            QPDFObjectHandle dict = object.isStream() ? object.getDict() : object;
            if (!dict.isDictionary())
                continue;
            QPDFObjectHandle af = dict.getKey("/AF");
            if (!af.isArray())
                continue;
            for (QPDFObjectHandle spec : af.getArrayAsVector()) {
                if (spec.isIndirect())
                    associated.insert(spec.getObjGen());
                specs.append(spec);
            }
        }
    }
    QSet<QPDFObjGen> seen;
    for (QPDFObjectHandle spec : specs) {
        if (!spec.isDictionary())
            continue;
        if (spec.isIndirect()) {
            if (seen.contains(spec.getObjGen()))
                continue;
            seen.insert(spec.getObjGen());
        }
        const ObjectLocation where = v.locate(spec.isIndirect() ? spec.getObjGen() : QPDFObjGen(), 0, Tr::tr("file specification"));
        v.check(FileSpecificationSubject{where, spec, spec.isIndirect() && associated.contains(spec.getObjGen())});
        QPDFObjectHandle ef = spec.getKey("/EF");
        if (!ef.isDictionary() || !v.wants<EmbeddedFileSubject>())
            continue;
        QPDFObjectHandle stream = ef.getKey("/F").isStream() ? ef.getKey("/F") : ef.getKey("/UF");
        if (!stream.isStream())
            continue;
        EmbeddedFileSubject embedded{v.locate(stream.isIndirect() ? stream.getObjGen() : QPDFObjGen(), 0, Tr::tr("embedded file")), stream, std::nullopt};
        if (v.flavour().part == 2)
            embedded.conformingPdfA12 = checkEmbeddedPdfA12(v, stream);
        v.check(embedded);
    }
}

void produceOptionalContent(Validation &v)
{
    if (!v.wants<OptionalContentConfigSubject>())
        return;
    QPDFObjectHandle properties = v.qpdf().getRoot().getKey("/OCProperties");
    if (!properties.isDictionary())
        return;
    QList<QPDFObjectHandle> configs;
    if (properties.getKey("/D").isDictionary())
        configs.append(properties.getKey("/D"));
    QPDFObjectHandle others = properties.getKey("/Configs");
    if (others.isArray())
        for (QPDFObjectHandle c : others.getArrayAsVector())
            if (c.isDictionary())
                configs.append(c);
    QHash<QString, int> nameCount;
    for (QPDFObjectHandle c : configs)
        if (c.getKey("/Name").isString())
            ++nameCount[QString::fromStdString(c.getKey("/Name").getUTF8Value())];
    QList<QPDFObjectHandle> groups;
    QPDFObjectHandle ocgs = properties.getKey("/OCGs");
    if (ocgs.isArray())
        for (QPDFObjectHandle g : ocgs.getArrayAsVector())
            groups.append(g);
    for (QPDFObjectHandle c : configs) {
        OptionalContentConfigSubject subject;
        subject.where = v.locate(c.isIndirect() ? c.getObjGen() : QPDFObjGen(), 0, Tr::tr("optional content configuration"));
        subject.config = c;
        subject.duplicateName = c.getKey("/Name").isString() && nameCount.value(QString::fromStdString(c.getKey("/Name").getUTF8Value())) > 1;
        // Everything the Order array (and its nested arrays) mentions.
        QSet<QPDFObjGen> inOrder;
        QList<QPDFObjectHandle> pending{c.getKey("/Order")};
        int steps = 0;
        while (!pending.isEmpty() && ++steps < 100000) {
            QPDFObjectHandle item = pending.takeLast();
            if (item.isArray()) {
                for (QPDFObjectHandle i : item.getArrayAsVector())
                    pending.append(i);
            } else if (item.isIndirect()) {
                inOrder.insert(item.getObjGen());
            }
        }
        for (QPDFObjectHandle g : groups) {
            if (g.isIndirect() && !inOrder.contains(g.getObjGen())) {
                const QString name = g.isDictionary() && g.getKey("/Name").isString() ? QString::fromStdString(g.getKey("/Name").getUTF8Value())
                                                                                     : QString::number(g.getObjectID());
                subject.groupsNotInOrder << name;
            }
        }
        v.check(subject);
    }
}

} // namespace

void registerDocumentFeatureRules(Registry &registry)
{
    registry.add(kFileSpecRules);
    registry.add(kEmbeddedFileRules);
    registry.add(kOptionalContentRules);
    registry.add(kCatalogRules);
    registry.add(kPageRules);
}

void produceDocumentFeatures(Validation &v)
{
    produceFileSpecifications(v);
    produceOptionalContent(v);
}

} // namespace granska::pdfa
