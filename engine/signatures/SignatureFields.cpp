#include "SignatureFields.h"

#include "ModificationGraph.h"
#include "pdf/PdfDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <string_view>
#include <qpdf/QPDFPageDocumentHelper.hh>

using namespace std::string_view_literals; // see ModificationGraph.cpp

namespace granska {
namespace {

constexpr int kMaxFieldDepth = 32;

quint64 key(QPDFObjGen og) { return (quint64(og.getObj()) << 16) ^ quint64(og.getGen()); }

using Table = std::map<QPDFObjGen, QPDFXRefEntry>;

class Walker {
public:
    Walker(PdfDocument &document, const Budget &budget, bool pages, const modifications::SharedReading *shared = nullptr)
        : m_document(document), m_budget(budget), m_shared(shared)
    {
        if (pages)
            indexWidgetsByPage();
    }

    void walkForm()
    {
        QPDFObjectHandle form = entry(read(m_document.root()), "/AcroForm");
        QPDFObjectHandle fields = form.isDictionary() ? entry(form, "/Fields") : QPDFObjectHandle();
        if (!fields.isArray())
            return;
        for (QPDFObjectHandle field : fields.getArrayAsVector())
            walkField(read(field), QString(), std::string(), 0);
    }

    // Signature widgets on pages that the form does not reach (broken or absent /AcroForm).
    void walkPageWidgets()
    {
        for (auto it = m_pageOfWidget.cbegin(); it != m_pageOfWidget.cend(); ++it) {
            QPDFObjectHandle widget = m_widgets.value(it.key());
            if (m_visitedFields.contains(it.key()))
                continue;
            // A widget's field is itself (merged) or its parent; names are rebuilt upwards.
            QString name;
            std::string type;
            for (QPDFObjectHandle node = widget; node.isDictionary() && name.size() < 4096;) {
                const QString part = pdfText(node.getKey("/T"));
                if (!part.isEmpty())
                    name = name.isEmpty() ? part : part + QLatin1Char('.') + name;
                if (type.empty() && node.getKey("/FT").isName())
                    type = node.getKey("/FT").getName();
                QPDFObjectHandle parent = node.getKey("/Parent");
                if (!parent.isDictionary() || parent.getObjGen() == node.getObjGen())
                    break;
                node = parent;
            }
            if (type == "/Sig"sv)
                addField(widget, name, widget);
        }
    }

    SignatureFieldScan result;

private:
    // Every object the form walk reaches is read through read(): from the final document when the
    // revision shares it (modifications::readsShared), else from the revision itself.
    QPDFObjectHandle read(QPDFObjectHandle object)
    {
        if (!m_shared || !object.isInitialized() || !object.isIndirect())
            return object;
        const QPDFObjGen id = object.getObjGen();
        auto decided = m_readsShared.constFind(key(id));
        if (decided == m_readsShared.cend())
            decided = m_readsShared.insert(key(id), modifications::readsShared(*m_shared, id));
        return (*decided ? m_shared->document->qpdf() : m_document.qpdf()).getObject(id);
    }
    QPDFObjectHandle entry(QPDFObjectHandle dictionary, const char *name) { return read(dictionary.getKey(name)); }

    void indexWidgetsByPage()
    {
        std::vector<QPDFPageObjectHelper> pages;
        try {
            pages = QPDFPageDocumentHelper(m_document.qpdf()).getAllPages();
        } catch (const std::exception &e) {
            // A damaged page tree (a loop, say) costs the widgets' page numbers, not the signatures.
            result.problems << QCoreApplication::translate("granska::SignatureFields", "The page tree cannot be read (%1); signature widgets are not placed on pages.")
                                   .arg(QString::fromUtf8(e.what()));
            return;
        }
        int pageNumber = 0;
        for (QPDFPageObjectHelper &page : pages) {
            ++pageNumber;
            m_budget.check();
            QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
            if (!annots.isArray())
                continue;
            for (QPDFObjectHandle annot : annots.getArrayAsVector()) {
                if (annot.isDictionary() && annot.isIndirect() && annot.getKey("/Subtype").isNameAndEquals("/Widget")) {
                    m_pageOfWidget.insert(key(annot.getObjGen()), pageNumber);
                    m_widgets.insert(key(annot.getObjGen()), annot);
                }
            }
        }
    }

    void walkField(QPDFObjectHandle field, const QString &parentName, const std::string &inheritedType, int depth)
    {
        if (!field.isDictionary() || depth > kMaxFieldDepth)
            return;
        if (field.isIndirect()) {
            if (m_visitedFields.contains(key(field.getObjGen()))) {
                // A field listed twice is harmless; a field that is its own ancestor is a loop.
                if (m_ancestors.contains(key(field.getObjGen())))
                    result.problems << QCoreApplication::translate("granska::SignatureFields",
                                                                   "The interactive form's field tree loops back to field %1; the fields in the loop were read once.")
                                           .arg(field.getObjectID());
                return;
            }
            m_visitedFields.insert(key(field.getObjGen()));
        }
        m_budget.check();
        const QString partial = pdfText(entry(field, "/T"));
        const QString name = partial.isEmpty() ? parentName
                                               : (parentName.isEmpty() ? partial : parentName + QLatin1Char('.') + partial);
        std::string type = inheritedType;
        if (QPDFObjectHandle fieldType = entry(field, "/FT"); fieldType.isName())
            type = fieldType.getName();

        QPDFObjectHandle kids = entry(field, "/Kids");
        bool hasChildFields = false;
        bool childFieldsReached = false;
        const quint64 self = field.isIndirect() ? key(field.getObjGen()) : 0;
        if (self)
            m_ancestors.insert(self);
        QPDFObjectHandle widget = field; // a field merged with its only widget
        if (kids.isArray()) {
            for (QPDFObjectHandle kid : kids.getArrayAsVector()) {
                kid = read(kid);
                if (!kid.isDictionary())
                    continue;
                // Kids with /T are fields; kids without are the field's widgets.
                if (kid.hasKey("/T") || kid.hasKey("/FT") || kid.hasKey("/Kids")) {
                    hasChildFields = true;
                    const bool loop = kid.isIndirect() && m_ancestors.contains(key(kid.getObjGen()));
                    childFieldsReached = childFieldsReached || !loop;
                    walkField(kid, name, type, depth + 1);
                } else {
                    if (kid.isIndirect())
                        m_visitedFields.insert(key(kid.getObjGen()));
                    if (widget.getObjGen() == field.getObjGen())
                        widget = kid;
                }
            }
        }
        if (self)
            m_ancestors.remove(self);
        // A signature field whose only "child fields" were a loop back up is still a field.
        if (type == "/Sig"sv && (!hasChildFields || !childFieldsReached))
            addField(field, name, widget);
    }

    void addField(QPDFObjectHandle field, const QString &name, QPDFObjectHandle widget)
    {
        if (field.isIndirect())
            m_visitedFields.insert(key(field.getObjGen()));
        int page = 0;
        if (widget.isIndirect())
            page = m_pageOfWidget.value(key(widget.getObjGen()), 0);
        QPDFObjectHandle value = entry(field, "/V");
        if (!value.isDictionary()) {
            result.empty.append({name, page});
            return;
        }
        if (value.isIndirect()) {
            if (m_signatures.contains(key(value.getObjGen())))
                return; // the same signature referenced from another field
            m_signatures.insert(key(value.getObjGen()));
        }
        SignatureField out;
        out.name = name;
        out.field = field;
        out.value = value;
        out.page = page;
        QPDFObjectHandle rect = entry(widget, "/Rect");
        if (rect.isArray() && rect.getArrayNItems() == 4) {
            double v[4];
            bool numeric = true;
            for (int i = 0; i < 4; ++i) {
                QPDFObjectHandle n = read(rect.getArrayItem(i));
                numeric = numeric && n.isNumber();
                v[i] = numeric ? n.getNumericValue() : 0;
            }
            if (numeric)
                out.rect = QRectF(QPointF(std::min(v[0], v[2]), std::min(v[1], v[3])), QPointF(std::max(v[0], v[2]), std::max(v[1], v[3])));
        }
        QPDFObjectHandle flagsValue = entry(widget, "/F");
        const long long flags = flagsValue.isInteger() ? flagsValue.getIntValue() : 0;
        const bool hidden = (flags & 2) || (flags & 32); // Hidden, NoView
        out.visible = page > 0 && !hidden && out.rect.width() > 0 && out.rect.height() > 0;
        result.signed_.append(out);
    }

    PdfDocument &m_document;
    const Budget &m_budget;
    const modifications::SharedReading *m_shared; // null: everything is read from m_document
    QHash<quint64, bool> m_readsShared;           // per object: read from the final document
    QHash<quint64, int> m_pageOfWidget;
    QHash<quint64, QPDFObjectHandle> m_widgets;
    QSet<quint64> m_visitedFields;
    QSet<quint64> m_ancestors; // the fields on the path from the form's root to the current one
    QSet<quint64> m_signatures;
};

} // namespace

SignatureFieldScan findSignatureFields(PdfDocument &document, const Budget &budget, bool pages)
{
    Walker walker(document, budget, pages);
    walker.walkForm();
    walker.walkPageWidgets();
    return std::move(walker.result);
}

SignatureFieldScan findSignatureFieldsOfRevision(PdfDocument &revision, PdfDocument &final, const Budget &budget)
{
    const Table finalTable = final.qpdf().getXRefTable();
    const Table ownTable = revision.qpdf().getXRefTable();
    const modifications::SharedReading shared{&final, &finalTable, &ownTable};
    Walker walker(revision, budget, false, &shared);
    walker.walkForm();
    walker.walkPageWidgets();
    if (modifications::sameTable(revision.qpdf().getXRefTable(), ownTable) && modifications::sameTable(final.qpdf().getXRefTable(), finalTable))
        return std::move(walker.result);
    return findSignatureFields(revision, budget, false);
}

} // namespace granska
