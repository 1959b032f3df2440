#include "ModificationPolicy.h"

#include "ModificationCompare.h"
#include "pdf/PdfDocument.h"

#include <QCoreApplication>

namespace granska::modifications {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::Modifications)
};

constexpr int kMaxReferences = 64;
constexpr int kMaxLockedFields = 10'000;

// DocMDP P (ISO 32000-1, table 254): 1, 2 or 3; absent means 2. An unknown value is read as the
// default rather than as a stricter or looser level nobody defined.
int permissionLevel(QPDFObjectHandle params)
{
    QPDFObjectHandle p = params.isDictionary() ? params.getKey("/P") : QPDFObjectHandle::newNull();
    if (!p.isInteger())
        return 2;
    const long long value = p.getIntValue();
    return value >= 1 && value <= 3 ? int(value) : 2;
}

FieldLock lockFrom(QPDFObjectHandle params, const QString &lockedBy)
{
    FieldLock lock;
    lock.lockedBy = lockedBy;
    QPDFObjectHandle action = params.getKey("/Action");
    if (action.isNameAndEquals("/Include"))
        lock.action = FieldLock::Action::Include;
    else if (action.isNameAndEquals("/Exclude"))
        lock.action = FieldLock::Action::Exclude;
    QPDFObjectHandle fields = params.getKey("/Fields");
    if (fields.isArray()) {
        const int n = std::min(fields.getArrayNItems(), kMaxLockedFields);
        for (int i = 0; i < n; ++i) {
            const QString name = pdfText(fields.getArrayItem(i));
            if (!name.isEmpty())
                lock.fields << name;
        }
    }
    return lock;
}

// The signature's field in this revision: by the object number of its signature dictionary, else
// by its name.
// `readable` gives the handle to resolve a field's value through (see readPermissions): the number
// is compared first, so that only the signature's own dictionary is ever read.
template <typename Readable>
const FieldState *signatureField(const RevisionGraph &graph, const SignatureInfo &signature, Readable readable)
{
    if (signature.objectNumber > 0) {
        for (auto it = graph.fields.cbegin(); it != graph.fields.cend(); ++it) {
            if (it->signature && it->value.isIndirect() && it->value.getObjectID() == signature.objectNumber && !isNothing(readable(it->value)))
                return &it.value();
        }
    }
    return graph.fieldNamed(signature.field);
}

// Whether what is read of a signature's references, each one's /TransformMethod and
// /TransformParams, holds no reference, so that reading them through the final document gives what
// the revision holds. /Data, which names the signed object and is not read, does not count: Adobe
// Acrobat writes it in every certification signature.
bool methodsHoldNoReferences(QPDFObjectHandle references)
{
    if (references.isNull())
        return true;
    if (references.isIndirect())
        return false;
    std::vector<QPDFObjectHandle> items;
    if (references.isArray()) {
        if (references.getArrayNItems() > 256)
            return false;
        items = references.getArrayAsVector();
    } else {
        items.push_back(references);
    }
    for (QPDFObjectHandle &item : items) {
        if (item.isIndirect())
            return false;
        if (item.isDictionary() && (!holdsNoReferences(item.getKey("/TransformMethod")) || !holdsNoReferences(item.getKey("/TransformParams"))))
            return false;
    }
    return true;
}

bool permittedByLevel(const QString &kind, int level)
{
    if (kind == QLatin1String(kValidationData) || kind == QLatin1String(kDocumentTimestamp) || kind == QLatin1String(kMetadata))
        return true;
    if (kind == QLatin1String(kSignature) || kind == QLatin1String(kFormFill))
        return level == 0 || level >= 2;
    if (kind == QLatin1String(kAnnotation))
        return level == 0 || level >= 3;
    return false; // pages added or removed, and other changes of content, are never permitted
}

QString levelReason(int level)
{
    switch (level) {
    case 1:
        return Tr::tr("The certification permits no changes except validation data and document timestamps.");
    case 2:
        return Tr::tr("The certification permits only form filling and signing.");
    case 3:
        return Tr::tr("The certification permits only form filling, signing and annotations.");
    default:
        return Tr::tr("After signing, only validation data, timestamps, signatures, form filling and annotations may be added.");
    }
}

} // namespace

bool FieldLock::locks(const QString &field) const
{
    if (action == Action::All)
        return true;
    bool listed = false;
    for (const QString &name : fields) {
        // A lock on a field covers the fields below it.
        if (field == name || field.startsWith(name + QLatin1Char('.'))) {
            listed = true;
            break;
        }
    }
    return action == Action::Include ? listed : !listed;
}

SignaturePermissions readPermissions(PdfDocument &document, const RevisionGraph &graph, const SignatureInfo &signature,
                                     const SharedReading *shared)
{
    // The signature dictionary as the final document has parsed it, when the revision shares it:
    // parsing it again in the revision would tokenise its /Contents, tens of kilobytes of
    // hexadecimal, once more. Only its /Reference is read, and that only when what is read of it
    // holds no reference (which would name the final document's object).
    const auto readable = [&](QPDFObjectHandle dictionary) {
        if (shared && dictionary.isInitialized() && dictionary.isIndirect() && readsShared(*shared, dictionary.getObjGen()))
            return shared->document->qpdf().getObject(dictionary.getObjGen());
        return dictionary;
    };
    SignaturePermissions permissions;
    const FieldState *field = signatureField(graph, signature, readable);
    QPDFObjectHandle dictionary = field ? field->value : QPDFObjectHandle();
    QPDFObjectHandle read = readable(dictionary);
    if ((isNothing(read) || !read.isDictionary()) && signature.objectNumber > 0) {
        dictionary = document.qpdf().getObject(signature.objectNumber, 0);
        read = readable(dictionary);
    }
    const QString fieldName = field ? field->name : signature.field;
    int docMdp = 0;
    if (!isNothing(read) && read.isDictionary()) {
        QPDFObjectHandle references = read.getKey("/Reference");
        if (!methodsHoldNoReferences(references))
            references = dictionary.getKey("/Reference");
        std::vector<QPDFObjectHandle> items;
        if (references.isArray())
            items = references.getArrayAsVector();
        else if (references.isDictionary())
            items.push_back(references);
        if (items.size() > size_t(kMaxReferences))
            items.resize(kMaxReferences);
        for (QPDFObjectHandle reference : items) {
            if (!reference.isDictionary())
                continue;
            QPDFObjectHandle method = reference.getKey("/TransformMethod");
            QPDFObjectHandle params = reference.getKey("/TransformParams");
            if (method.isNameAndEquals("/DocMDP"))
                docMdp = permissionLevel(params);
            else if (method.isNameAndEquals("/FieldMDP") && params.isDictionary())
                permissions.locks << lockFrom(params, fieldName);
        }
        // The catalog names the certification signature; its P is in the signature's own
        // reference, else the default.
        QPDFObjectHandle certifying = document.root().getKeyIfDict("/Perms").getKeyIfDict("/DocMDP");
        if (docMdp == 0 && certifying.isIndirect() && dictionary.isIndirect() && certifying.getObjGen() == dictionary.getObjGen())
            docMdp = 2;
    }
    if (signature.kind != SignatureKind::DocumentTimestamp)
        permissions.certificationLevel = docMdp;

    int lockLevel = 0;
    if (field) {
        QPDFObjectHandle dictionaryOfField = field->dictionary;
        QPDFObjectHandle lock = dictionaryOfField.getKey("/Lock");
        if (lock.isDictionary()) {
            permissions.locks << lockFrom(lock, fieldName);
            if (lock.getKey("/P").isInteger())
                lockLevel = permissionLevel(lock); // PDF 2.0: the lock's own DocMDP-like level
        }
    }
    permissions.documentPermissions = docMdp;
    if (lockLevel > 0)
        permissions.documentPermissions = docMdp > 0 ? std::min(docMdp, lockLevel) : lockLevel;
    return permissions;
}

Verdict judgeChange(const Change &change, int documentPermissions, const QList<FieldLock> &locks)
{
    Verdict verdict;
    if (!permittedByLevel(change.kind, documentPermissions)) {
        verdict.reason = levelReason(documentPermissions);
        return verdict;
    }
    const bool fieldChange = change.kind == QLatin1String(kFormFill) || change.kind == QLatin1String(kSignature);
    if (fieldChange && !change.field.isEmpty()) {
        for (const FieldLock &lock : locks) {
            if (lock.locks(change.field)) {
                verdict.reason = Tr::tr("The field is locked by the signature in field \"%1\".").arg(lock.lockedBy);
                return verdict;
            }
        }
    }
    verdict.permitted = true;
    return verdict;
}

} // namespace granska::modifications
