#include "Producers.h"

#include "ContentInterpreter.h"
#include "Validation.h"
#include "pdf/PdfDocument.h"
#include "rules/GroupProducers.h"

#include <QCoreApplication>
#include <QSet>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFXRefEntry.hh>

namespace granska::pdfa {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::Producers)
};

constexpr int kMaxTreeDepth = 64;

QByteArray nameOf(QPDFObjectHandle object)
{
    return object.isName() ? QByteArray::fromStdString(object.getName()).mid(1) : QByteArray();
}

ObjectLocation locate(Validation &v, QPDFObjectHandle object, int page = 0, const QString &context = {})
{
    return v.locate(object.isIndirect() ? object.getObjGen() : QPDFObjGen(), page, context);
}

// --- every object ----------------------------------------------------------------------------

struct CosWalk {
    Validation &v;
    bool integers, reals, strings, names, arrays, dicts, streams;
    int maxDepth;

    void visit(QPDFObjectHandle object, const ObjectLocation &where, int depth)
    {
        if (depth > maxDepth)
            throw LimitExceeded(LimitExceeded::Kind::Depth, "object nesting");
        switch (object.getTypeCode()) {
        case ::ot_integer:
            if (integers)
                v.check(CosIntegerSubject{where, object.getIntValue()});
            break;
        case ::ot_real:
            if (reals) {
                const std::string text = object.getRealValue();
                const QByteArrayView written(text.data(), qsizetype(text.size()));
                v.check(CosRealSubject{where, written.toDouble(), written});
            }
            break;
        case ::ot_string:
            if (strings)
                v.check(CosStringSubject{where, qint64(object.getStringValue().size())});
            break;
        case ::ot_name:
            if (names)
                v.check(CosNameSubject{where, QByteArray::fromStdString(object.getName()).mid(1)});
            break;
        case ::ot_array: {
            const int n = object.getArrayNItems();
            if (arrays)
                v.check(CosArraySubject{where, n});
            for (int i = 0; i < n; ++i) {
                QPDFObjectHandle item = object.getArrayItem(i);
                if (!item.isIndirect())
                    visit(item, where, depth + 1);
            }
            break;
        }
        case ::ot_dictionary:
        case ::ot_stream: {
            QPDFObjectHandle dict = object.isStream() ? object.getDict() : object;
            if (object.isStream() && streams)
                v.check(CosStreamSubject{where, object});
            const std::set<std::string> keys = dict.getKeys();
            if (dicts)
                v.check(CosDictSubject{where, int(keys.size()), dict});
            for (const std::string &key : keys) {
                if (names)
                    v.check(CosNameSubject{where, QByteArray::fromStdString(key).mid(1)});
                QPDFObjectHandle value = dict.getKey(key);
                if (!value.isIndirect())
                    visit(value, where, depth + 1);
            }
            break;
        }
        default:
            break;
        }
    }
};

// --- actions -----------------------------------------------------------------------------------

struct ActionWalk {
    Validation &v;
    QSet<QPDFObjGen> seen;

    void action(QPDFObjectHandle action, const ObjectLocation &where, int depth = 0)
    {
        if (!action.isDictionary() || depth > kMaxTreeDepth)
            return;
        if (action.isIndirect()) {
            if (seen.contains(action.getObjGen()))
                return;
            seen.insert(action.getObjGen());
        }
        const ObjectLocation at = action.isIndirect() ? v.locate(action.getObjGen(), where.page, where.context) : where;
        v.check(ActionSubject{at, action, nameOf(action.getKey("/S"))});
        QPDFObjectHandle next = action.getKey("/Next");
        if (next.isDictionary())
            this->action(next, where, depth + 1);
        else if (next.isArray())
            for (QPDFObjectHandle n : next.getArrayAsVector())
                this->action(n, where, depth + 1);
    }

    void additionalActions(QPDFObjectHandle aa, const ObjectLocation &where)
    {
        if (!aa.isDictionary())
            return;
        for (const std::string &key : aa.getKeys())
            action(aa.getKey(key), where);
    }

    void outline(QPDFObjectHandle item, int depth, QSet<QPDFObjGen> &visited)
    {
        while (item.isDictionary() && depth < kMaxTreeDepth) {
            if (item.isIndirect()) {
                if (visited.contains(item.getObjGen()))
                    return;
                visited.insert(item.getObjGen());
            }
            v.budget().check();
            action(item.getKey("/A"), locate(v, item, 0, Tr::tr("outline item")));
            outline(item.getKey("/First"), depth + 1, visited);
            item = item.getKey("/Next");
        }
    }

    void nameTree(QPDFObjectHandle node, int depth, QSet<QPDFObjGen> &visited)
    {
        if (!node.isDictionary() || depth > kMaxTreeDepth)
            return;
        if (node.isIndirect()) {
            if (visited.contains(node.getObjGen()))
                return;
            visited.insert(node.getObjGen());
        }
        QPDFObjectHandle names = node.getKey("/Names");
        if (names.isArray()) {
            for (int i = 1; i < names.getArrayNItems(); i += 2)
                action(names.getArrayItem(i), locate(v, names.getArrayItem(i), 0, Tr::tr("document JavaScript")));
        }
        QPDFObjectHandle kids = node.getKey("/Kids");
        if (kids.isArray())
            for (QPDFObjectHandle kid : kids.getArrayAsVector())
                nameTree(kid, depth + 1, visited);
    }
};

// --- the interactive form ------------------------------------------------------------------------

void walkFields(Validation &v, QPDFObjectHandle field, int depth, QSet<QPDFObjGen> &visited)
{
    if (!field.isDictionary() || depth > kMaxTreeDepth)
        return;
    if (field.isIndirect()) {
        if (visited.contains(field.getObjGen()))
            return;
        visited.insert(field.getObjGen());
    }
    v.check(FormFieldSubject{locate(v, field, 0, Tr::tr("form field")), field});
    QPDFObjectHandle kids = field.getKey("/Kids");
    if (kids.isArray()) {
        for (QPDFObjectHandle kid : kids.getArrayAsVector()) {
            if (kid.isDictionary() && (kid.hasKey("/T") || kid.hasKey("/FT") || kid.hasKey("/Kids")))
                walkFields(v, kid, depth + 1, visited);
        }
    }
}

// The field a widget belongs to, and its (inherited) field type.
std::pair<QPDFObjectHandle, QByteArray> fieldOfWidget(QPDFObjectHandle widget)
{
    QPDFObjectHandle field = widget;
    QByteArray type;
    int depth = 0;
    for (QPDFObjectHandle node = widget; node.isDictionary() && depth < kMaxTreeDepth; ++depth) {
        if (type.isEmpty() && node.getKey("/FT").isName())
            type = nameOf(node.getKey("/FT"));
        if (node.hasKey("/T") && field.getObjGen() == widget.getObjGen() && !widget.hasKey("/T"))
            field = node;
        QPDFObjectHandle parent = node.getKey("/Parent");
        if (!parent.isDictionary() || (parent.isIndirect() && node.isIndirect() && parent.getObjGen() == node.getObjGen()))
            break;
        node = parent;
    }
    return {field, type};
}

void interpretAppearances(ContentInterpreter &interpreter, QPDFObjectHandle annotation, int page)
{
    QPDFObjectHandle ap = annotation.getKey("/AP");
    if (!ap.isDictionary())
        return;
    const QString context = Tr::tr("appearance of annotation %1").arg(annotation.isIndirect() ? annotation.getObjectID() : 0);
    for (const char *key : {"/N", "/R", "/D"}) {
        QPDFObjectHandle appearance = ap.getKey(key);
        if (appearance.isStream()) {
            interpreter.interpretForm(appearance, page, context);
        } else if (appearance.isDictionary()) {
            for (const std::string &state : appearance.getKeys())
                interpreter.interpretForm(appearance.getKey(state), page, context);
        }
    }
}

} // namespace

void produceDocument(Validation &v)
{
    QPDFObjectHandle catalog = v.qpdf().getRoot();
    v.check(CatalogSubject{locate(v, catalog, 0, Tr::tr("document catalog")), catalog});
    QPDFObjectHandle trailer = v.qpdf().getTrailer();
    v.check(TrailerSubject{ObjectLocation{0, 0, 0, int(v.revisions().size()), Tr::tr("trailer")}, trailer});
    QPDFObjectHandle info = trailer.getKey("/Info");
    if (info.isDictionary())
        v.check(InfoSubject{locate(v, info, 0, Tr::tr("document information dictionary")), info});
}

void produceObjects(Validation &v)
{
    CosWalk walk{v,
                 v.wants<CosIntegerSubject>(), v.wants<CosRealSubject>(), v.wants<CosStringSubject>(),
                 v.wants<CosNameSubject>(),    v.wants<CosArraySubject>(), v.wants<CosDictSubject>(),
                 v.wants<CosStreamSubject>(),  v.budget().limits().maxNestingDepth};
    if (!(walk.integers || walk.reals || walk.strings || walk.names || walk.arrays || walk.dicts || walk.streams))
        return;
    // Object by object from the cross-reference table rather than getAllObjects(), so that a file
    // whose every object is expensive to parse still meets the time limit.
    std::map<QPDFObjGen, QPDFXRefEntry> table;
    try {
        table = v.qpdf().getXRefTable();
    } catch (const std::exception &) {
    }
    for (const auto &[og, entry] : table) {
        v.budget().check();
        if (entry.getType() == 0)
            continue;
        QPDFObjectHandle object = v.qpdf().getObjectByObjGen(og);
        walk.visit(object, v.locate(og), 0);
    }
    walk.visit(v.qpdf().getTrailer(), ObjectLocation{0, 0, 0, 0, Tr::tr("trailer")}, 0);
}

void producePages(Validation &v)
{
    ContentInterpreter interpreter(v);
    int number = 0;
    for (QPDFPageObjectHelper &helper : QPDFPageDocumentHelper(v.qpdf()).getAllPages()) {
        ++number;
        v.budget().check();
        QPDFObjectHandle page = helper.getObjectHandle();
        v.check(PageSubject{locate(v, page, number, Tr::tr("page %1").arg(number)), page, number});
        QPDFObjectHandle group = page.getKey("/Group");
        interpreter.interpretPage(page, number);
        QPDFObjectHandle annots = page.getKey("/Annots");
        if (!annots.isArray())
            continue;
        for (QPDFObjectHandle annotation : annots.getArrayAsVector()) {
            if (!annotation.isDictionary())
                continue;
            AnnotationSubject subject;
            subject.where = locate(v, annotation, number, Tr::tr("annotation on page %1").arg(number));
            subject.annotation = annotation;
            subject.subtype = nameOf(annotation.getKey("/Subtype"));
            if (subject.subtype == "Widget")
                std::tie(subject.field, subject.fieldType) = fieldOfWidget(annotation);
            v.check(subject);
            interpretAppearances(interpreter, annotation, number);
        }
    }
}

void produceForms(Validation &v)
{
    QPDFObjectHandle acroForm = v.qpdf().getRoot().getKey("/AcroForm");
    if (!acroForm.isDictionary())
        return;
    v.check(AcroFormSubject{locate(v, acroForm, 0, Tr::tr("interactive form")), acroForm});
    QPDFObjectHandle fields = acroForm.getKey("/Fields");
    if (!fields.isArray())
        return;
    QSet<QPDFObjGen> visited;
    for (QPDFObjectHandle field : fields.getArrayAsVector())
        walkFields(v, field, 0, visited);
}

void produceActions(Validation &v)
{
    if (!v.wants<ActionSubject>())
        return;
    ActionWalk walk{v, {}};
    QPDFObjectHandle catalog = v.qpdf().getRoot();
    const ObjectLocation atCatalog = locate(v, catalog, 0, Tr::tr("document catalog"));
    walk.action(catalog.getKey("/OpenAction"), atCatalog);
    walk.additionalActions(catalog.getKey("/AA"), atCatalog);
    QSet<QPDFObjGen> visited;
    walk.outline(catalog.getKey("/Outlines").getKeyIfDict("/First"), 0, visited);
    walk.nameTree(catalog.getKey("/Names").getKeyIfDict("/JavaScript"), 0, visited);
    int number = 0;
    for (QPDFPageObjectHelper &helper : QPDFPageDocumentHelper(v.qpdf()).getAllPages()) {
        ++number;
        QPDFObjectHandle page = helper.getObjectHandle();
        walk.additionalActions(page.getKey("/AA"), locate(v, page, number, Tr::tr("page %1").arg(number)));
        QPDFObjectHandle annots = page.getKey("/Annots");
        if (!annots.isArray())
            continue;
        for (QPDFObjectHandle annotation : annots.getArrayAsVector()) {
            if (!annotation.isDictionary())
                continue;
            const ObjectLocation at = locate(v, annotation, number, Tr::tr("annotation on page %1").arg(number));
            walk.action(annotation.getKey("/A"), at);
            walk.additionalActions(annotation.getKey("/AA"), at);
        }
    }
    QPDFObjectHandle fields = catalog.getKey("/AcroForm").getKeyIfDict("/Fields");
    if (fields.isArray()) {
        // Field additional actions (keystroke, format, validate, calculate).
        const std::vector<QPDFObjectHandle> top = fields.getArrayAsVector();
        QList<QPDFObjectHandle> pending(top.begin(), top.end());
        QSet<QPDFObjGen> seenFields;
        while (!pending.isEmpty() && seenFields.size() < 100000) {
            QPDFObjectHandle field = pending.takeLast();
            if (!field.isDictionary() || (field.isIndirect() && seenFields.contains(field.getObjGen())))
                continue;
            if (field.isIndirect())
                seenFields.insert(field.getObjGen());
            walk.additionalActions(field.getKey("/AA"), locate(v, field, 0, Tr::tr("form field")));
            QPDFObjectHandle kids = field.getKey("/Kids");
            if (kids.isArray())
                for (QPDFObjectHandle kid : kids.getArrayAsVector())
                    pending.append(kid);
        }
    }
}

void produceFonts(Validation &v)
{
    if (!v.wants<FontSubject>())
        return;
    for (QPDFObjectHandle font : v.cache<ContentFacts>().fontsUsed) {
        const ObjectLocation at = locate(v, font, 0, Tr::tr("font %1").arg(QString::fromLatin1(nameOf(font.getKey("/BaseFont")))));
        const QByteArray subtype = nameOf(font.getKey("/Subtype"));
        v.check(FontSubject{at, font, subtype, QPDFObjectHandle()});
        if (subtype == "Type0") {
            QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
            if (descendants.isArray() && descendants.getArrayNItems() > 0 && descendants.getArrayItem(0).isDictionary()) {
                QPDFObjectHandle cidFont = descendants.getArrayItem(0);
                v.check(FontSubject{locate(v, cidFont, 0, at.context), cidFont, nameOf(cidFont.getKey("/Subtype")), font});
            }
        }
    }
}

const Producer *allProducers(int &count)
{
    static const Producer producers[] = {
        produceDocument, produceObjects, producePages, produceForms, produceActions, produceFonts,
        produceFileStructure, produceGlyphs, produceOutputIntents, produceMetadata, produceInteractive,
    };
    count = int(std::size(producers));
    return producers;
}

} // namespace granska::pdfa
