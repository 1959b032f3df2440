// Which shown codes lie outside every ActualText (ISO 19005-2/3 6.2.11.7.3, level A). The content
// interpreter's text events do not say what marked content surrounds them, so this walks the
// content streams again, following only what matters here: fonts, marked content and form XObjects.
// It runs only for documents that show Private Use Area characters at all.
#include "FontsActualText.h"

#include "pdf/PdfDocument.h"
#include "pdf/ObjGenHash.h"
#include "pdfa/ContentLexer.h"
#include "pdfa/Validation.h"
#include "pdfa/fonts/FontCache.h"

#include <QSet>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace granska::pdfa {
namespace {

constexpr int kMaxDepth = 16;
constexpr int kMaxTreeDepth = 32;

QPDFObjectHandle numberTreeValue(QPDFObjectHandle node, long long key, int depth)
{
    if (!node.isDictionary() || depth > kMaxTreeDepth)
        return QPDFObjectHandle::newNull();
    QPDFObjectHandle nums = node.getKey("/Nums");
    if (nums.isArray()) {
        for (int i = 0; i + 1 < nums.getArrayNItems(); i += 2) {
            QPDFObjectHandle k = nums.getArrayItem(i);
            if (k.isInteger() && k.getIntValue() == key)
                return nums.getArrayItem(i + 1);
        }
    }
    QPDFObjectHandle kids = node.getKey("/Kids");
    if (kids.isArray()) {
        for (QPDFObjectHandle kid : kids.getArrayAsVector()) {
            QPDFObjectHandle limits = kid.isDictionary() ? kid.getKey("/Limits") : QPDFObjectHandle::newNull();
            if (limits.isArray() && limits.getArrayNItems() == 2 && limits.getArrayItem(0).isInteger() &&
                limits.getArrayItem(1).isInteger() &&
                (key < limits.getArrayItem(0).getIntValue() || key > limits.getArrayItem(1).getIntValue()))
                continue;
            QPDFObjectHandle found = numberTreeValue(kid, key, depth + 1);
            if (!found.isNull())
                return found;
        }
    }
    return QPDFObjectHandle::newNull();
}

class Scanner {
public:
    Scanner(Validation &validation, fonts::FontCache &cache) : m_validation(validation), m_cache(cache)
    {
        m_parentTree = validation.qpdf().getRoot().getKey("/StructTreeRoot").getKeyIfDict("/ParentTree");
    }

    QSet<std::pair<const void *, quint32>> uncovered;

    void page(QPDFObjectHandle page)
    {
        // Resources are inheritable through the page tree.
        QPDFObjectHandle resources;
        QPDFObjectHandle node = page;
        for (int level = 0; level < kMaxTreeDepth && node.isDictionary() && !resources.isDictionary(); ++level) {
            resources = node.getKey("/Resources");
            node = node.getKey("/Parent");
        }
        QByteArray data;
        QPDFObjectHandle contents = page.getKey("/Contents");
        std::vector<QPDFObjectHandle> parts = contents.isArray() ? contents.getArrayAsVector() : std::vector<QPDFObjectHandle>{contents};
        for (QPDFObjectHandle part : parts) {
            if (!part.isStream())
                continue;
            if (const std::optional<QByteArray> decoded = m_validation.document().decodedStream(part, m_validation.budget())) {
                data.append(*decoded);
                data.append('\n');
            }
        }
        run(data, resources, page.getKey("/StructParents"), 0);
    }

private:
    struct Marked {
        bool actualText = false;
    };

    bool elementHasActualText(QPDFObjectHandle element)
    {
        for (int depth = 0; element.isDictionary() && depth < kMaxTreeDepth; ++depth) {
            if (element.getKey("/ActualText").isString())
                return true;
            element = element.getKey("/P");
        }
        return false;
    }

    bool mcidHasActualText(QPDFObjectHandle structParents, long long mcid)
    {
        if (!structParents.isInteger())
            return false;
        QPDFObjectHandle elements = numberTreeValue(m_parentTree, structParents.getIntValue(), 0);
        if (!elements.isArray() || mcid < 0 || mcid >= elements.getArrayNItems())
            return false;
        return elementHasActualText(elements.getArrayItem(int(mcid)));
    }

    void run(QByteArrayView data, QPDFObjectHandle resources, QPDFObjectHandle structParents, int depth)
    {
        ContentLexer lexer(data);
        ContentToken token;
        QList<Operand> operands;
        QList<QPDFObjectHandle> fontStack{QPDFObjectHandle::newNull()};
        QList<Marked> marked;
        int sinceCheck = 0;
        while (lexer.next(token)) {
            if (++sinceCheck == 4096) {
                sinceCheck = 0;
                m_validation.budget().check();
            }
            if (!token.isOperator) {
                if (operands.size() < 64)
                    operands.append(std::move(token.operand));
                continue;
            }
            const QByteArrayView op = token.op;
            if (op == "q") {
                fontStack.append(fontStack.last());
            } else if (op == "Q") {
                if (fontStack.size() > 1)
                    fontStack.removeLast();
            } else if (op == "Tf" && !operands.isEmpty() && operands.first().type == Operand::Type::Name) {
                fontStack.last() = resource(resources, "/Font", operands.first().bytes);
            } else if (op == "BMC") {
                marked.append(Marked{coveredAbove(marked)});
            } else if (op == "BDC" && operands.size() >= 2) {
                QPDFObjectHandle properties = operands[1].type == Operand::Type::Name
                                                  ? resource(resources, "/Properties", operands[1].bytes)
                                                  : QPDFObjectHandle::newNull();
                bool covered = coveredAbove(marked);
                if (operands[1].type == Operand::Type::Dictionary) {
                    covered = covered || operands[1].value("ActualText");
                    const Operand *mcid = operands[1].value("MCID");
                    if (mcid && mcid->type == Operand::Type::Number)
                        covered = covered || mcidHasActualText(structParents, (long long)mcid->number);
                } else if (properties.isDictionary()) {
                    covered = covered || properties.getKey("/ActualText").isString();
                    if (properties.getKey("/MCID").isInteger())
                        covered = covered || mcidHasActualText(structParents, properties.getKey("/MCID").getIntValue());
                }
                marked.append(Marked{covered});
            } else if (op == "EMC") {
                if (!marked.isEmpty())
                    marked.removeLast();
            } else if ((op == "Tj" || op == "'" || op == "\"" || op == "TJ") && !operands.isEmpty()) {
                if (!coveredAbove(marked))
                    show(fontStack.last(), operands.last());
            } else if (op == "Do" && !operands.isEmpty() && operands.first().type == Operand::Type::Name && depth < kMaxDepth) {
                QPDFObjectHandle form = resource(resources, "/XObject", operands.first().bytes);
                if (form.isStream() && form.getDict().getKey("/Subtype").isNameAndEquals("/Form") &&
                    (!form.isIndirect() || !m_visited.contains(form.getObjGen()))) {
                    if (form.isIndirect())
                        m_visited.insert(form.getObjGen());
                    QPDFObjectHandle own = form.getDict().getKey("/Resources");
                    QPDFObjectHandle parents = form.getDict().getKey("/StructParents");
                    if (const std::optional<QByteArray> body = m_validation.document().decodedStream(form, m_validation.budget()))
                        run(*body, own.isDictionary() ? own : resources, parents.isInteger() ? parents : structParents, depth + 1);
                }
            }
            operands.clear();
        }
    }

    static bool coveredAbove(const QList<Marked> &marked)
    {
        return !marked.isEmpty() && marked.last().actualText;
    }

    static QPDFObjectHandle resource(QPDFObjectHandle resources, const char *category, const QByteArray &name)
    {
        QPDFObjectHandle dict = resources.isDictionary() ? resources.getKey(category) : QPDFObjectHandle::newNull();
        return dict.isDictionary() ? dict.getKey("/" + name.toStdString()) : QPDFObjectHandle::newNull();
    }

    void show(QPDFObjectHandle font, const Operand &operand)
    {
        const std::shared_ptr<const fonts::PdfFont> model = m_cache.font(font, m_validation);
        if (!model)
            return;
        QByteArray bytes;
        if (operand.type == Operand::Type::String)
            bytes = operand.bytes;
        else if (operand.type == Operand::Type::Array)
            for (const Operand &item : operand.items)
                if (item.type == Operand::Type::String)
                    bytes.append(item.bytes);
        for (quint32 code : model->codes(bytes))
            uncovered.insert({model.get(), code});
    }

    Validation &m_validation;
    fonts::FontCache &m_cache;
    QPDFObjectHandle m_parentTree;
    QSet<QPDFObjGen> m_visited;
};

} // namespace

QSet<std::pair<const void *, quint32>> codesOutsideActualText(Validation &validation)
{
    Scanner scanner(validation, validation.cache<fonts::FontCache>());
    for (QPDFPageObjectHelper &helper : QPDFPageDocumentHelper(validation.qpdf()).getAllPages())
        scanner.page(helper.getObjectHandle());
    return scanner.uncovered;
}

} // namespace granska::pdfa
