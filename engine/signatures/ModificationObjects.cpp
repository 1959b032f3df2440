// Each object an update changed, judged by what it is used for in either revision.
#include "ModificationUpdate.h"

#include <QCoreApplication>
#include <string_view>

using namespace std::string_view_literals; // see ModificationGraph.cpp

namespace granska::modifications {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::Modifications)
};

// Annotation flags (ISO 32000-1, 12.5.3) that decide whether an annotation is seen at all.
constexpr long long kVisibilityFlags = 1 /*Invisible*/ | 2 /*Hidden*/ | 4 /*Print*/ | 32 /*NoView*/ | 256 /*ToggleNoView*/;
constexpr long long kFieldReadOnly = 1; // field flag bit 1

ObjectUses mergedUses(const ObjectUses &a, const ObjectUses &b)
{
    ObjectUses out = a;
    out.uses |= b.uses;
    for (const QPDFObjGen &field : b.fields) {
        if (!out.fields.contains(field))
            out.fields.append(field);
    }
    out.manyFields = a.manyFields || b.manyFields;
    if (b.page > 0)
        out.page = b.page; // the page number in the newer revision is the one the reader sees
    if (out.catalogKey.isEmpty())
        out.catalogKey = b.catalogKey;
    return out;
}

} // namespace

void UpdateClassifier::compareObjects()
{
    std::vector<QPDFObjGen> candidates;
    for (const auto &[id, entry] : m_after.xref) {
        const auto was = m_before.xref.find(id);
        if (was == m_before.xref.end()) {
            // New objects matter through what refers to them, which changed too; except when
            // the signed revision already referred to the number and it pointed at nothing.
            if (m_before.graph.uses.contains(id))
                candidates.push_back(id);
        } else if (!sameSource(was->second, entry, m_before.xref, m_after.xref)) {
            // Written anew, or in an object stream that was: an update that rewrites an object
            // stream under its old number changes every object in it without listing them.
            candidates.push_back(id);
        }
    }
    // Objects lost to a broken chain are reported once, as such, not one by one.
    for (const auto &[id, entry] : m_before.xref) {
        if (!m_chainBroken && m_after.xref.find(id) == m_after.xref.end())
            candidates.push_back(id);
    }
    for (const QPDFObjGen &id : candidates) {
        m_budget.check();
        QPDFObjectHandle before = m_before.document->qpdf().getObject(id);
        QPDFObjectHandle after = m_after.document->qpdf().getObject(id);
        bool same = false;
        try {
            same = m_compare.sameObject(before, after);
        } catch (const LimitExceeded &) {
            throw;
        } catch (const std::exception &) {
            same = false; // unreadable in one of the revisions: a change
        }
        if (same)
            continue;
        const bool existed = m_before.xref.find(id) != m_before.xref.end();
        const ObjectUses usesBefore = m_before.graph.uses.value(id);
        const ObjectUses usesAfter = existed ? m_after.graph.uses.value(id) : ObjectUses();
        const ObjectUses uses = mergedUses(usesBefore, usesAfter);
        if (!uses.uses) {
            if (!m_before.graph.complete || !m_after.graph.complete)
                add(kOther, Tr::tr("Object %1 was changed; the document is too large to tell what it is used for.").arg(id.getObj()));
            continue; // used nowhere: it shows nothing and changes nothing
        }
        try {
            classifyObject(id, before, after, uses, usesAfter);
        } catch (const LimitExceeded &) {
            throw;
        } catch (const std::exception &) {
            add(kOther, Tr::tr("Object %1 was changed and cannot be read.").arg(id.getObj()));
        }
    }
}

void UpdateClassifier::classifyObject(QPDFObjGen id, QPDFObjectHandle before, QPDFObjectHandle after, const ObjectUses &uses, const ObjectUses &usesAfter)
{
    const auto has = [&](Use use) { return uses.uses.testFlag(use); };
    const int page = uses.page;
    if (has(Use::Catalog))
        compareCatalog(before, after);
    if (has(Use::Info))
        add(kMetadata, Tr::tr("The document information (title, author, dates) was updated."));
    if (has(Use::XmpMetadata))
        add(kMetadata, Tr::tr("The XMP metadata was updated."));
    if (has(Use::SecurityStore))
        add(kValidationData, Tr::tr("The document security store (/DSS) was updated."));
    if (has(Use::Extensions))
        add(kMetadata, Tr::tr("The declared extensions to PDF (/Extensions) were updated."));
    if (has(Use::Structure))
        structureChanged(before, after);
    if (has(Use::PrivateData))
        add(kMetadata, Tr::tr("Private application data (/PieceInfo) was updated."));
    if (has(Use::Permissions))
        add(kOther, Tr::tr("The permissions of the document (/Perms) were changed."));
    if (has(Use::Form))
        compareForm(before, after);
    if (has(Use::FormResources))
        formSettingChanged(Tr::tr("The default resources of the form (/DR) were updated."));
    if (has(Use::Field))
        fieldChanged(id, before, after, page);
    else if (has(Use::Widget))
        widgetChanged(id, before, after, page);
    if (has(Use::FieldValue)) {
        for (const QPDFObjGen &field : uses.fields)
            add(kFormFill, Tr::tr("The value of form field \"%1\" was changed.").arg(fieldName(field)), fieldName(field));
    }
    if (has(Use::SignatureValue) && !isNothing(before)) {
        for (const QPDFObjGen &field : uses.fields)
            add(kOther, Tr::tr("The signature dictionary in field \"%1\" was changed after it was signed.").arg(fieldName(field)));
    }
    if (has(Use::WidgetAppearance)) {
        for (const QPDFObjGen &field : uses.fields)
            appearanceOfField(field);
        if (uses.manyFields || uses.fields.isEmpty())
            add(kOther, Tr::tr("An appearance of form fields was changed (object %1).").arg(id.getObj()));
    }
    if (has(Use::PageTree))
        comparePageTreeNode(before, after);
    if (has(Use::Page))
        pageChanged(before, after, page);
    if (has(Use::PageContent)) {
        m_changedContent[page].append(id.getObj());
    }
    // A removed annotation is reported with its page's list, unless a page still refers to it.
    if (has(Use::Annotation) && (!isNothing(after) || usesAfter.uses.testFlag(Use::Annotation))) {
        add(kAnnotation, isNothing(after) ? Tr::tr("An annotation on page %1 was removed.").arg(page)
                                          : Tr::tr("An annotation on page %1 was changed.").arg(page));
    }
    if (has(Use::AnnotationAppearance))
        add(kAnnotation, Tr::tr("The appearance of an annotation on page %1 was changed.").arg(page));
    if (has(Use::NameDictionary))
        compareNames(before, after);
    if (has(Use::NamedAppearance))
        add(kAnnotation, Tr::tr("Named appearances for annotations (/Names /AP) were updated."));
    if (has(Use::Other)) {
        m_changedByCatalogKey[uses.catalogKey].append(id.getObj());
    }
}

// Tags may grow (new annotations and fields get structure elements); what the existing
// elements say, such as alternate and actual text read out by assistive technology, may not.
void UpdateClassifier::structureChanged(QPDFObjectHandle before, QPDFObjectHandle after)
{
    const bool element = isDictionaryValue(before) && before.getKey("/S").isName()
                         && (before.getKey("/Type").isNameAndEquals("/StructElem") || !before.hasKey("/Type"));
    if (element && !isNothing(after)) {
        const auto a = entries(before);
        const auto b = entries(after);
        for (const std::string &key : keysOf(a, b)) {
            if (key == "/K"sv || key == "/P"sv || key == "/Pg"sv || m_compare.sameContent(valueOf(a, key), valueOf(b, key)))
                continue;
            add(kOther, Tr::tr("The tagged content of the document was changed (/%1 of a structure element).").arg(keyName(key)));
            return;
        }
        if (!keepsItems(valueOf(a, "/K"), valueOf(b, "/K"))) {
            add(kOther, Tr::tr("Elements of the logical structure (tags) were removed."));
            return;
        }
    } else if (element) {
        add(kOther, Tr::tr("Elements of the logical structure (tags) were removed."));
        return;
    }
    add(kMetadata, Tr::tr("The logical structure (tags) of the document was updated."));
}

// Whether every kid of a structure element before is still one of its kids after. Kids are
// compared by a key: the object they name, or their written form for direct ones.
bool UpdateClassifier::keepsItems(QPDFObjectHandle before, QPDFObjectHandle after)
{
    const auto keysOf = [](QPDFObjectHandle value) {
        QSet<QByteArray> keys;
        std::vector<QPDFObjectHandle> items;
        if (value.isInitialized() && value.isArray())
            items = value.getArrayAsVector();
        else if (!isNothing(value))
            items.push_back(value);
        for (QPDFObjectHandle item : items) {
            keys.insert(item.isIndirect() ? QByteArray::fromStdString(item.getObjGen().unparse(' ') + " R")
                                          : QByteArray::fromStdString(item.unparse()));
        }
        return keys;
    };
    return keysOf(after).contains(keysOf(before));
}

void UpdateClassifier::appearanceOfField(QPDFObjGen field)
{
    if (m_touchedFields.contains(field))
        return; // the appearance that goes with the field's new value or signature
    add(kOther, Tr::tr("The appearance of form field \"%1\" was changed although its value was not.").arg(fieldName(field)));
}

void UpdateClassifier::annotationFlagsChanged(QPDFObjectHandle before, QPDFObjectHandle after, const QString &field)
{
    const long long changed = integerOf(before) ^ integerOf(after);
    if (changed & kVisibilityFlags)
        add(kOther, Tr::tr("The widget of form field \"%1\" was hidden, shown or excluded from printing.").arg(field));
    else
        add(kFormFill, Tr::tr("The widget of form field \"%1\" was locked or made read-only.").arg(field));
}

void UpdateClassifier::fieldFlagsChanged(QPDFObjectHandle before, QPDFObjectHandle after, const QString &field)
{
    const long long changed = integerOf(before) ^ integerOf(after);
    if (changed == kFieldReadOnly)
        add(kFormFill, Tr::tr("Form field \"%1\" was made read-only.").arg(field));
    else
        add(kOther, Tr::tr("The behaviour of form field \"%1\" was changed (/Ff).").arg(field));
}

// A field dictionary, possibly merged with its only widget.
void UpdateClassifier::fieldChanged(QPDFObjGen id, QPDFObjectHandle before, QPDFObjectHandle after, int page)
{
    if (isNothing(before) || isNothing(after))
        return; // added or removed fields are reported with the form's list of fields
    const QString name = fieldName(id);
    const auto a = entries(before);
    const auto b = entries(after);
    for (const std::string &key : keysOf(a, b)) {
        const QPDFObjectHandle was = valueOf(a, key);
        const QPDFObjectHandle now = valueOf(b, key);
        if (m_compare.sameContent(was, now))
            continue;
        if (key == "/V"sv || key == "/Kids"sv || key == "/T"sv || key == "/FT"sv || key == "/P"sv || key == "/Parent"sv || key == "/M"sv || key == "/NM"sv)
            continue; // compared as lists, or bookkeeping
        if (key == "/DV"sv || key == "/I"sv)
            add(kFormFill, Tr::tr("The value of form field \"%1\" was changed.").arg(name), name);
        else if (key == "/AP"sv || key == "/AS"sv || key == "/MK"sv || key == "/DA"sv)
            appearanceOfField(id);
        else if (key == "/F"sv)
            annotationFlagsChanged(was, now, name);
        else if (key == "/Ff"sv)
            fieldFlagsChanged(was, now, name);
        else if (key == "/Lock"sv || key == "/SV"sv)
            add(kOther, Tr::tr("The lock or seed value of signature field \"%1\" was changed.").arg(name));
        else if (key == "/StructParent"sv)
            add(kMetadata, Tr::tr("The logical structure (tags) of the document was updated."));
        else if (page > 0)
            add(kOther, Tr::tr("Form field \"%1\" on page %2 was changed (/%3).").arg(name).arg(page).arg(keyName(key)));
        else
            add(kOther, Tr::tr("Form field \"%1\" was changed (/%2).").arg(name, keyName(key)));
    }
}

void UpdateClassifier::widgetChanged(QPDFObjGen id, QPDFObjectHandle before, QPDFObjectHandle after, int page)
{
    if (isNothing(before) || isNothing(after))
        return; // reported with the page's list of annotations
    const QPDFObjGen field = fieldOfWidget(id);
    const QString name = fieldName(field);
    const auto a = entries(before);
    const auto b = entries(after);
    for (const std::string &key : keysOf(a, b)) {
        const QPDFObjectHandle was = valueOf(a, key);
        const QPDFObjectHandle now = valueOf(b, key);
        if (m_compare.sameContent(was, now) || key == "/P"sv || key == "/Parent"sv || key == "/M"sv || key == "/NM"sv)
            continue;
        if (key == "/AP"sv || key == "/AS"sv || key == "/MK"sv || key == "/DA"sv)
            appearanceOfField(field);
        else if (key == "/F"sv)
            annotationFlagsChanged(was, now, name);
        else if (key == "/StructParent"sv)
            add(kMetadata, Tr::tr("The logical structure (tags) of the document was updated."));
        else
            add(kOther, Tr::tr("The widget of form field \"%1\" on page %2 was changed (/%3).").arg(name).arg(page).arg(keyName(key)));
    }
}

void UpdateClassifier::comparePageTreeNode(QPDFObjectHandle before, QPDFObjectHandle after)
{
    if (isNothing(before) || isNothing(after))
        return; // pages added or removed are reported from the list of pages
    const auto a = entries(before);
    const auto b = entries(after);
    for (const std::string &key : keysOf(a, b)) {
        if (key == "/Parent"sv || key == "/Type"sv || key == "/Count"sv || m_compare.sameContent(valueOf(a, key), valueOf(b, key)))
            continue;
        if (key == "/Kids"sv) {
            if (m_before.graph.pages == m_after.graph.pages && !m_compare.sameContent(valueOf(a, key), valueOf(b, key)))
                add(kOther, Tr::tr("The page tree was rearranged."));
            continue; // otherwise the pages added, removed or reordered say it
        }
        // A node of the page tree passes on only these to its pages (ISO 32000-1, table 30);
        // readers ignore anything else in it.
        if (key == "/Resources"sv || key == "/MediaBox"sv || key == "/CropBox"sv || key == "/Rotate"sv)
            add(kOther, Tr::tr("Page attributes inherited through the page tree were changed (/%1).").arg(keyName(key)));
        else
            add(kMetadata, Tr::tr("Private data in the page tree was changed (/%1).").arg(keyName(key)));
    }
}

void UpdateClassifier::pageChanged(QPDFObjectHandle before, QPDFObjectHandle after, int page)
{
    if (isNothing(before) || isNothing(after))
        return; // reported from the list of pages
    const auto a = entries(before);
    const auto b = entries(after);
    for (const std::string &key : keysOf(a, b)) {
        if (key == "/Annots"sv || key == "/Parent"sv || key == "/Type"sv || m_compare.sameContent(valueOf(a, key), valueOf(b, key)))
            continue; // annotations are compared as lists
        if (key == "/StructParents"sv)
            add(kMetadata, Tr::tr("The logical structure (tags) of the document was updated."));
        else if (key == "/Tabs"sv)
            add(kMetadata, Tr::tr("The tab order of page %1 was changed.").arg(page));
        else if (key == "/PieceInfo"sv || key == "/LastModified"sv || key == "/Metadata"sv)
            add(kMetadata, Tr::tr("Metadata of page %1 was updated (/%2).").arg(page).arg(keyName(key)));
        else
            add(kOther, Tr::tr("Page %1 was changed (/%2).").arg(page).arg(keyName(key)));
    }
}

} // namespace granska::modifications
