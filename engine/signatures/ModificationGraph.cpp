#include "ModificationGraph.h"

#include "pdf/DictionaryEntries.h"
#include "pdf/PdfDocument.h"

#include <QSet>
#include <algorithm>
#include <string_view>
#include <vector>

// Keys are compared with string_view literals, which compare lengths first and need no strlen:
// the walks compare every key of every dictionary they meet.
using namespace std::string_view_literals;

namespace granska::modifications {
namespace {

constexpr qint64 kMaxVisits = 1'000'000;  // object visits per revision; far beyond real documents
constexpr int kMaxPages = 500'000;
constexpr int kMaxFieldDepth = 32;
constexpr int kMaxOwners = 8;
constexpr int kMaxAnnotationsPerPage = 100'000;

struct VisitKey {
    QPDFObjGen object;
    quint32 use;
    QPDFObjGen owner;
    bool operator==(const VisitKey &other) const { return object == other.object && use == other.use && owner == other.owner; }
};

size_t qHash(const VisitKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.object, key.use, key.owner);
}

// Uses whose objects belong to one field: the same appearance stream may serve two fields.
bool ownedByField(Use use)
{
    return use == Use::Field || use == Use::FieldValue || use == Use::SignatureValue || use == Use::Widget
           || use == Use::WidgetAppearance;
}

// Entries that point back up the graph (to a parent, a page, the signed catalog) or sideways to an
// object whose own place in the graph gives its use.
bool isBackReference(const std::string &key)
{
    return key == "/Parent"sv || key == "/P"sv || key == "/Pg"sv || key == "/Data"sv || key == "/IRT"sv || key == "/Obj"sv
           || key == "/Stm"sv || key == "/StmOwn"sv;
}

class Walker {
public:
    Walker(PdfDocument &document, Budget &budget, GraphScope scope, const SharedReading *shared)
        : m_document(document), m_budget(budget), m_fieldsOnly(scope == GraphScope::FieldsOnly), m_shared(shared)
    {
    }

    RevisionGraph run()
    {
        QPDFObjectHandle trailer = m_document.trailer();
        QPDFObjectHandle info = key(trailer, "/Info");
        if (info.isDictionary())
            push(info, Use::Info);
        if (m_fieldsOnly)
            m_graph.complete = false; // only the form's fields were walked
        catalog(key(trailer, "/Root"));
        drain();
        return std::move(m_graph);
    }

    // False when the walk met something it could not read through the final document exactly
    // (a direct page); the caller then walks again without sharing.
    bool sharingWasExact() const { return !m_sharingInexact; }

private:
    // --- Reading: every object is read through read(), which picks the document to read it from ---

    QPDFObjectHandle read(QPDFObjectHandle object)
    {
        if (!m_shared || !object.isInitialized() || !object.isIndirect())
            return object;
        const QPDFObjGen id = object.getObjGen();
        auto decided = m_readsShared.constFind(id);
        if (decided == m_readsShared.cend())
            decided = m_readsShared.insert(id, readsShared(*m_shared, id));
        return (*decided ? m_shared->document->qpdf() : m_document.qpdf()).getObject(id);
    }
    QPDFObjectHandle key(QPDFObjectHandle dictionary, const char *name) { return read(dictionary.getKey(name)); }
    QPDFObjectHandle key(const DictionaryEntries &dictionary, const char *name) { return read(dictionary.get(name)); }
    QPDFObjectHandle item(QPDFObjectHandle array, int index) { return read(array.getArrayItem(index)); }
    // The revision's own handle to an object, for what the graph keeps and others read later.
    QPDFObjectHandle own(QPDFObjectHandle object)
    {
        return m_shared && object.isIndirect() ? m_document.qpdf().getObject(object.getObjGen()) : object;
    }

    // An entry of a dictionary as the revision's own handle would give it. When the dictionary was
    // read through the final document, the revision's copy holds the same bytes, so the entry is
    // taken from what was read instead of parsing the revision's copy: a reference by its number
    // (in the revision), a direct value as it is, unless references inside it would then resolve
    // in the other document.
    // `entries` are the dictionary's, as read.
    QPDFObjectHandle ownEntry(QPDFObjectHandle dictionary, const DictionaryEntries &entries, const char *name)
    {
        const bool readShared = m_shared && dictionary.isIndirect() && m_readsShared.value(dictionary.getObjGen(), false);
        if (!readShared)
            return entries.get(name); // read from the revision itself
        QPDFObjectHandle value = entries.get(name);
        if (value.isIndirect())
            return m_document.qpdf().getObject(value.getObjGen());
        return holdsNoReferences(value) ? value : own(dictionary).getKey(name);
    }

    std::string typeName(const DictionaryEntries &dictionary)
    {
        QPDFObjectHandle type = read(dictionary.get("/Type"));
        return type.isName() ? type.getName() : std::string();
    }

    // Both are asked of a dictionary (not a stream).
    bool isAnnotationDictionary(const DictionaryEntries &dictionary)
    {
        return typeName(dictionary) == "/Annot"sv || (read(dictionary.get("/Subtype")).isName() && dictionary.has("/Rect"));
    }

    static bool isFieldDictionary(const DictionaryEntries &dictionary)
    {
        return dictionary.has("/FT") || (dictionary.has("/T") && dictionary.has("/Kids"));
    }

    struct Item {
        QPDFObjectHandle object;
        Use use;
        QPDFObjGen owner;
        int page = 0;
        int depth = 0;
        QString key;
    };

    static VisitKey visitKey(QPDFObjGen id, Use use, QPDFObjGen owner)
    {
        return {id, quint32(use), ownedByField(use) ? owner : QPDFObjGen()};
    }

    // Whether the object behind this reference was walked for the use already, and meeting it again
    // at this depth would not mark the walk incomplete either.
    bool alreadyWalked(QPDFObjectHandle reference, Use use, QPDFObjGen owner, int depth) const
    {
        return depth <= m_budget.limits().maxNestingDepth && m_visited.contains(visitKey(reference.getObjGen(), use, owner));
    }

    // Records the use; false when this object was already visited for it (or the walk must stop).
    bool mark(QPDFObjectHandle object, Use use, QPDFObjGen owner = {}, int page = 0, const QString &key = {})
    {
        if (!object.isIndirect())
            return true;
        if (m_stopped)
            return false;
        const QPDFObjGen id = object.getObjGen();
        const qsizetype before = m_visited.size();
        m_visited.insert(visitKey(id, use, owner));
        if (m_visited.size() == before)
            return false; // visited already
        if (++m_visits % 1024 == 0)
            m_budget.check();
        if (m_visits > kMaxVisits) {
            m_stopped = true;
            m_graph.complete = false;
            return false;
        }
        ObjectUses &uses = m_graph.uses[id];
        uses.uses |= use;
        if (ownedByField(use) && owner.isIndirect() && !uses.fields.contains(owner)) {
            if (uses.fields.size() < kMaxOwners)
                uses.fields.append(owner);
            else
                uses.manyFields = true;
        }
        if (page > 0 && uses.page == 0)
            uses.page = page;
        if (use == Use::Other && uses.catalogKey.isEmpty())
            uses.catalogKey = key;
        return true;
    }

    // A direct object's type, asked once (streams are never direct).
    static bool isContainer(QPDFObjectHandle &direct)
    {
        const qpdf_object_type_e type = direct.getTypeCode();
        return type == ::ot_array || type == ::ot_dictionary;
    }

    void push(QPDFObjectHandle object, Use use, QPDFObjGen owner = {}, int page = 0, int depth = 0, const QString &key = {})
    {
        // Direct scalars lead nowhere; indirect ones are still recorded (a reference that does not
        // resolve in this revision may be filled in by a later one), unless already walked for this
        // use (see descend()).
        if (m_fieldsOnly)
            return;
        if (object.isIndirect() ? alreadyWalked(object, use, owner, depth) : !isContainer(object))
            return;
        m_work.push_back({object, use, owner, page, depth, key});
    }

    void drain()
    {
        const int maxDepth = m_budget.limits().maxNestingDepth;
        while (!m_work.empty() && !m_stopped) {
            Item item = std::move(m_work.back());
            m_work.pop_back();
            try {
                descend(item, maxDepth);
            } catch (const LimitExceeded &) {
                throw;
            } catch (const std::exception &) {
                // A damaged object: what it would lead to stays unknown, as it is for any reader.
            }
        }
    }

    void descend(const Item &item, int maxDepth)
    {
        // A reference to an object already walked for this use is not read again: a tagged
        // document reaches each structure element twice, through its parent's kids and through
        // the parent tree, and reading and admitting it again costs more than the hash lookup.
        if (item.object.isIndirect() && alreadyWalked(item.object, item.use, item.owner, item.depth))
            return;
        QPDFObjectHandle object = read(item.object);
        if (item.depth > maxDepth) {
            m_graph.complete = false;
            return;
        }
        const bool dictionary = object.isDictionary();
        if (!dictionary && !object.isStream()) {
            if (mark(object, item.use, item.owner, item.page, item.key) && object.isArray()) {
                const int n = object.getArrayNItems();
                for (int i = 0; i < n; ++i)
                    push(object.getArrayItem(i), item.use, item.owner, item.page, item.depth + 1, item.key);
            }
            return;
        }
        const DictionaryEntries entries(object); // a stream's are its dictionary's
        if (dictionary && !admits(entries, item.use))
            return;
        if (!mark(object, item.use, item.owner, item.page, item.key))
            return;
        for (const auto &[key, value] : entries.all()) {
            if (isBackReference(key))
                continue;
            push(value, item.use, item.owner, item.page, item.depth + 1, item.key);
        }
    }

    // Pages, annotations, fields and the catalog get their uses from their own place in the graph
    // only: an outline's destination names a page, an action names a field, a structure element
    // names its page, and none of these make the page, field or annotation part of them.
    bool admits(const DictionaryEntries &dictionary, Use use)
    {
        const std::string type = typeName(dictionary);
        if (type == "/Catalog"sv || type == "/Page"sv || type == "/Pages"sv)
            return false;
        if (isAnnotationDictionary(dictionary) || isFieldDictionary(dictionary))
            return false;
        if (type == "/StructElem"sv)
            return use == Use::Structure;
        return true;
    }

    void catalog(QPDFObjectHandle root)
    {
        root = read(root);
        if (!root.isDictionary() || !mark(root, Use::Catalog))
            return;
        for (const auto &[key, value] : root.getDictAsMap()) {
            m_budget.check();
            if (m_fieldsOnly && key != "/AcroForm"sv)
                continue;
            const QString name = QString::fromStdString(key).mid(1);
            try {
                if (key == "/Pages"sv)
                    pageTree(value);
                else if (key == "/AcroForm"sv)
                    form(value);
                else if (key == "/DSS"sv)
                    push(value, Use::SecurityStore);
                else if (key == "/Metadata"sv)
                    push(value, Use::XmpMetadata);
                else if (key == "/Extensions"sv)
                    push(value, Use::Extensions);
                else if (key == "/StructTreeRoot"sv || key == "/MarkInfo"sv)
                    push(value, Use::Structure);
                else if (key == "/PieceInfo"sv)
                    push(value, Use::PrivateData);
                else if (key == "/Perms"sv)
                    push(value, Use::Permissions);
                else if (key == "/Names"sv)
                    names(value);
                else
                    push(value, Use::Other, {}, 0, 0, name);
            } catch (const LimitExceeded &) {
                throw;
            } catch (const std::exception &) {
                // A damaged entry: the rest of the catalog is still walked.
            }
        }
    }

    void names(QPDFObjectHandle dictionary)
    {
        dictionary = read(dictionary);
        if (!dictionary.isDictionary() || !mark(dictionary, Use::NameDictionary))
            return;
        for (const auto &[key, value] : dictionary.getDictAsMap()) {
            if (key == "/AP"sv)
                push(value, Use::NamedAppearance);
            else
                push(value, Use::Other, {}, 0, 0, QStringLiteral("Names/") + QString::fromStdString(key).mid(1));
        }
    }

    // --- Pages ----------------------------------------------------------------------------------

    void pageTree(QPDFObjectHandle root)
    {
        std::vector<std::pair<QPDFObjectHandle, int>> stack{{root, 0}};
        QSet<QPDFObjGen> seenNodes;
        while (!stack.empty()) {
            auto [unread, depth] = stack.back();
            stack.pop_back();
            QPDFObjectHandle node = read(unread);
            if (!node.isDictionary() || node.isStream() || depth > m_budget.limits().maxNestingDepth)
                continue;
            if (node.isIndirect()) {
                if (seenNodes.contains(node.getObjGen()))
                    continue; // a loop in the page tree, or a node listed twice
                seenNodes.insert(node.getObjGen());
            }
            m_budget.check();
            QPDFObjectHandle kids = key(node, "/Kids");
            if (kids.isArray()) {
                mark(node, Use::PageTree);
                if (kids.isIndirect())
                    mark(kids, Use::PageTree);
                // What a node passes on to its pages (ISO 32000-1, table 30); readers ignore the rest.
                for (const char *inherited : {"/Resources", "/MediaBox", "/CropBox", "/Rotate"})
                    push(node.getKey(inherited), Use::PageContent);
                const int n = kids.getArrayNItems();
                for (int i = n - 1; i >= 0; --i)
                    stack.emplace_back(kids.getArrayItem(i), depth + 1);
                continue;
            }
            if (m_graph.pages.size() >= kMaxPages) {
                m_graph.complete = false;
                return;
            }
            page(node);
        }
    }

    void page(QPDFObjectHandle page)
    {
        const QPDFObjGen id = page.isIndirect() ? page.getObjGen() : QPDFObjGen();
        if (!page.isIndirect())
            m_sharingInexact = true; // its annotations could not be kept as the revision's own
        m_graph.pages.append(id);
        const int number = int(m_graph.pages.size());
        mark(page, Use::Page, {}, number);
        for (const auto &[key, value] : page.getDictAsMap()) {
            if (key == "/Annots"sv)
                annotations(id, value, number);
            else if (key != "/Parent"sv && key != "/Type"sv)
                push(value, Use::PageContent, {}, number);
        }
    }

    void annotations(QPDFObjGen page, QPDFObjectHandle annots, int number)
    {
        annots = read(annots);
        if (annots.isIndirect())
            mark(annots, Use::AnnotationList, {}, number);
        if (!annots.isArray())
            return;
        // The list as the revision itself has it, for a direct annotation the graph keeps; looked
        // up only then, since it may mean reading the page again in the revision.
        QPDFObjectHandle ownList;
        const auto ownItem = [&](int i) {
            if (!ownList.isInitialized()) {
                ownList = !m_shared || !page.isIndirect() ? annots
                          : annots.isIndirect()           ? own(annots)
                                                          : m_document.qpdf().getObject(page).getKey("/Annots");
            }
            return ownList.getArrayItem(i);
        };
        QList<AnnotationEntry> &list = m_graph.annotations[page];
        const int n = std::min(annots.getArrayNItems(), kMaxAnnotationsPerPage);
        for (int i = 0; i < n; ++i) {
            QPDFObjectHandle annotation = item(annots, i);
            if (!annotation.isDictionary() || annotation.isStream())
                continue;
            const DictionaryEntries entries(annotation);
            AnnotationEntry entry;
            entry.id = annotation.isIndirect() ? annotation.getObjGen() : QPDFObjGen();
            entry.annotation = annotation.isIndirect() ? own(annotation) : ownItem(i);
            QPDFObjectHandle subtype = key(entries, "/Subtype");
            entry.widget = subtype.isNameAndEquals("/Widget");
            entry.subtype = pdfText(subtype);
            list.append(entry);
            if (entry.widget) {
                const QPDFObjGen owner = widgetOwner(annotation, entries);
                if (mark(annotation, Use::Widget, owner, number))
                    widgetEntries(entries, owner, number);
            } else if (mark(annotation, Use::Annotation, {}, number)) {
                annotationEntries(entries, number, 0);
            }
        }
    }

    QPDFObjGen widgetOwner(QPDFObjectHandle widget, const DictionaryEntries &entries)
    {
        if (entries.has("/T") || entries.has("/FT") || !key(entries, "/Parent").isDictionary())
            return widget.getObjGen();
        QPDFObjectHandle parent = entries.get("/Parent");
        return parent.isIndirect() ? parent.getObjGen() : widget.getObjGen();
    }

    void widgetEntries(const DictionaryEntries &widget, QPDFObjGen owner, int page)
    {
        for (const auto &[key, value] : widget.all()) {
            if (key == "/AP"sv || key == "/MK"sv)
                push(value, Use::WidgetAppearance, owner, page);
            else if (key == "/Popup"sv)
                popup(value, page);
            else if (!isBackReference(key) && key != "/V"sv && key != "/DV"sv && key != "/Kids"sv && key != "/Lock"sv && key != "/SV"sv)
                push(value, Use::Widget, owner, page);
        }
    }

    void annotationEntries(const DictionaryEntries &annotation, int page, int depth)
    {
        for (const auto &[key, value] : annotation.all()) {
            if (key == "/AP"sv)
                push(value, Use::AnnotationAppearance, {}, page);
            else if (key == "/Popup"sv) {
                if (depth == 0)
                    popup(value, page);
            } else if (!isBackReference(key))
                push(value, Use::Annotation, {}, page);
        }
    }

    void popup(QPDFObjectHandle value, int page)
    {
        value = read(value);
        if (value.isDictionary() && !value.isStream() && mark(value, Use::Annotation, {}, page))
            annotationEntries(DictionaryEntries(value), page, 1);
    }

    // --- The interactive form -------------------------------------------------------------------

    void form(QPDFObjectHandle acroForm)
    {
        acroForm = read(acroForm);
        if (!acroForm.isDictionary() || !mark(acroForm, Use::Form))
            return;
        for (const auto &[key, value] : acroForm.getDictAsMap()) {
            if (key == "/Fields"sv)
                fieldList(value, QString(), std::string(), 0);
            else if (key == "/DR"sv)
                push(value, Use::FormResources);
            else if (key == "/XFA"sv)
                push(value, Use::Other, {}, 0, 0, QStringLiteral("AcroForm/XFA"));
            else
                push(value, Use::Form);
        }
    }

    void fieldList(QPDFObjectHandle list, const QString &parentName, const std::string &inheritedType, int depth)
    {
        list = read(list);
        if (list.isIndirect() && !mark(list, Use::FieldList))
            return;
        if (!list.isArray())
            return;
        const int n = list.getArrayNItems();
        for (int i = 0; i < n; ++i)
            field(list.getArrayItem(i), parentName, inheritedType, depth);
    }

    static bool isChildField(QPDFObjectHandle kid)
    {
        return kid.hasKey("/T") || kid.hasKey("/FT") || kid.hasKey("/Kids");
    }

    void field(QPDFObjectHandle field, const QString &parentName, const std::string &inheritedType, int depth)
    {
        field = read(field);
        if (!field.isDictionary() || field.isStream() || depth > kMaxFieldDepth)
            return;
        const QPDFObjGen id = field.isIndirect() ? field.getObjGen() : QPDFObjGen();
        if (field.isIndirect()) {
            if (m_fieldsSeen.contains(id))
                return; // a loop through /Kids, or a field listed twice
            m_fieldsSeen.insert(id);
        }
        m_budget.check();
        mark(field, Use::Field, id);
        const DictionaryEntries entries(field);
        const QString partial = pdfText(key(entries, "/T"));
        const QString name = partial.isEmpty() ? parentName : (parentName.isEmpty() ? partial : parentName + QLatin1Char('.') + partial);
        std::string type = inheritedType;
        if (QPDFObjectHandle fieldType = key(entries, "/FT"); fieldType.isName())
            type = fieldType.getName();

        bool hasChildFields = false;
        QPDFObjectHandle kids = key(entries, "/Kids");
        if (kids.isArray()) {
            if (kids.isIndirect())
                mark(kids, Use::FieldList);
            const int n = kids.getArrayNItems();
            for (int i = 0; i < n; ++i) {
                QPDFObjectHandle kid = item(kids, i);
                if (!kid.isDictionary() || kid.isStream())
                    continue;
                if (isChildField(kid)) {
                    hasChildFields = true;
                    this->field(kid, name, type, depth + 1);
                } else {
                    if (kid.isIndirect())
                        m_graph.fieldOfWidget.insert(kid.getObjGen(), id);
                    if (mark(kid, Use::Widget, id))
                        widgetEntries(DictionaryEntries(kid), id, 0);
                }
            }
        }
        if (key(entries, "/Subtype").isNameAndEquals("/Widget")) {
            if (field.isIndirect())
                m_graph.fieldOfWidget.insert(id, id);
            if (mark(field, Use::Widget, id))
                widgetEntries(entries, id, 0);
        }
        const bool signature = type == "/Sig"sv;
        for (const auto &[key, value] : entries.all()) {
            if (key == "/V"sv)
                push(value, signature ? Use::SignatureValue : Use::FieldValue, id);
            else if (key == "/DV"sv)
                push(value, Use::FieldValue, id);
            else if (key == "/Lock"sv || key == "/SV"sv || key == "/Opt"sv || key == "/A"sv || key == "/AA"sv)
                push(value, Use::Field, id);
        }
        if (field.isIndirect()) {
            FieldState state;
            state.id = id;
            state.name = name;
            state.signature = signature;
            state.terminal = !hasChildFields;
            state.dictionary = own(field);
            state.value = ownEntry(field, entries, "/V");
            m_graph.fields.insert(id, state);
        }
    }

    PdfDocument &m_document;
    const bool m_fieldsOnly;
    const SharedReading *m_shared;            // null: everything is read from m_document
    QHash<QPDFObjGen, bool> m_readsShared;    // per object: read from the final document
    bool m_sharingInexact = false;
    Budget &m_budget;
    RevisionGraph m_graph;
    std::vector<Item> m_work;
    QSet<VisitKey> m_visited;
    QSet<QPDFObjGen> m_fieldsSeen;
    qint64 m_visits = 0;
    bool m_stopped = false;
};

} // namespace

const FieldState *RevisionGraph::fieldNamed(const QString &name) const
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it->name == name)
            return &it.value();
    }
    return nullptr;
}

QString RevisionGraph::fieldName(QPDFObjGen field) const
{
    const auto it = fields.constFind(field);
    return it == fields.cend() ? QString() : it->name;
}

bool sameSource(const QPDFXRefEntry &a, const QPDFXRefEntry &b, const std::map<QPDFObjGen, QPDFXRefEntry> &xrefA,
                const std::map<QPDFObjGen, QPDFXRefEntry> &xrefB)
{
    if (a.getType() != b.getType())
        return false;
    if (a.getType() == 1)
        return a.getOffset() == b.getOffset();
    if (a.getType() != 2)
        return true;
    if (a.getObjStreamNumber() != b.getObjStreamNumber() || a.getObjStreamIndex() != b.getObjStreamIndex())
        return false;
    // The same place in an object stream holds the same object only if the stream is the same.
    const QPDFObjGen stream(a.getObjStreamNumber(), 0);
    const auto inA = xrefA.find(stream);
    const auto inB = xrefB.find(stream);
    return inA != xrefA.end() && inB != xrefB.end() && inA->second.getType() == 1 && inB->second.getType() == 1
           && inA->second.getOffset() == inB->second.getOffset();
}

bool holdsNoReferences(QPDFObjectHandle value, int depth)
{
    if (value.isIndirect() || depth > 8)
        return false;
    if (value.isArray()) {
        const int n = value.getArrayNItems();
        if (n > 256)
            return false;
        for (int i = 0; i < n; ++i) {
            if (!holdsNoReferences(value.getArrayItem(i), depth + 1))
                return false;
        }
        return true;
    }
    if (value.isDictionary()) {
        if (value.isStream())
            return false;
        for (const auto &[key, item] : value.getDictAsMap()) {
            if (!holdsNoReferences(item, depth + 1))
                return false;
        }
        return true;
    }
    return true;
}

bool sameBytes(const SharedReading &shared, QPDFObjGen id)
{
    const auto own = shared.ownXref->find(id);
    const auto final = shared.xref->find(id);
    return own != shared.ownXref->end() && final != shared.xref->end() && sameSource(own->second, final->second, *shared.ownXref, *shared.xref);
}

bool readsShared(const SharedReading &shared, QPDFObjGen id)
{
    // A stream's length may be an object written later; streams are read from the revision.
    return sameBytes(shared, id) && !shared.document->qpdf().getObject(id).isStream();
}

bool sameTable(const std::map<QPDFObjGen, QPDFXRefEntry> &a, const std::map<QPDFObjGen, QPDFXRefEntry> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [&](const auto &x, const auto &y) { return x.first == y.first && sameSource(x.second, y.second, a, b); });
}

RevisionGraph describeRevision(PdfDocument &document, Budget &budget, GraphScope scope, const SharedReading *shared)
{
    if (shared) {
        Walker walker(document, budget, scope, shared);
        RevisionGraph graph = walker.run();
        if (walker.sharingWasExact())
            return graph;
    }
    return Walker(document, budget, scope, nullptr).run();
}

} // namespace granska::modifications
