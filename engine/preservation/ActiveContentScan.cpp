#include "ActiveContentScan.h"

#include "pdf/DictionaryEntries.h"
#include "pdf/ObjGenHash.h"
#include "pdf/PdfDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <climits>
#include <deque>
#include <string>
#include <string_view>
#include <vector>
#include <qpdf/QPDFPageDocumentHelper.hh>

using namespace std::string_view_literals; // see ModificationGraph.cpp

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::ActiveContentScan)
};

constexpr int kDetailLength = 160;   // characters of a script or address shown
constexpr int kChecksEvery = 256;    // objects between budget checks
constexpr qint64 kScriptPeek = 4096; // a script stream larger than this is not decoded for its start

// Keys that lead back up the graph or into parts that cannot hold actions: following them would
// only cost time (the structure tree of a tagged document can hold most of its objects).
bool skippedKey(const std::string &key)
{
    return key == "/Parent"sv || key == "/P"sv || key == "/StructTreeRoot"sv || key == "/ParentTree"sv
        || key == "/Contents"sv || key == "/ByteRange"sv || key == "/Cert"sv;
}

QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > kDetailLength)
        text = text.left(kDetailLength - 1) + QChar(0x2026);
    return text;
}

QString nameOf(QPDFObjectHandle object)
{
    return object.isName() ? QString::fromStdString(object.getName()) : QString();
}

// A file specification is a string or a dictionary with /UF, /F, /Unix, /DOS or /Mac.
QString fileSpecName(QPDFObjectHandle spec)
{
    if (spec.isString())
        return pdfText(spec);
    if (!spec.isDictionary())
        return {};
    for (const char *key : {"/UF", "/F", "/Unix", "/DOS", "/Mac"}) {
        const QString name = pdfText(spec.getKey(key));
        if (!name.isEmpty())
            return name;
    }
    // A URL file specification keeps the address in /F with /FS /URL; covered above.
    return {};
}

// Where an object was reached: keys and indexes from the catalog or from its page, e.g.
// "/Annots[2]/A". Kept as steps and spelled out only for what is reported, since most objects
// hold nothing to report.
struct PathStep {
    int parent = -1;   // the step before; -1 at the catalog or a page
    int index = -1;    // an array index, or -1 for a dictionary key
    std::string key;
};

struct Pending {
    QPDFObjectHandle object;
    int path = -1; // its last step in Scanner::m_steps; -1 for none
    int page = 0;
    int depth = 0;
};

class Scanner {
public:
    Scanner(PdfDocument &document, Budget &budget) : m_document(document), m_budget(budget) {}

    ActiveContentScan run()
    {
        numberPages();
        enqueue(m_document.root(), -1, 0, 0);
        QPDFObjectHandle xfa = m_document.root().getKey("/AcroForm").getKeyIfDict("/XFA");
        if (!xfa.isNull()) {
            const bool dynamic = m_document.root().getKey("/NeedsRendering").isBool()
                && m_document.root().getKey("/NeedsRendering").getBoolValue();
            add(ActiveContentKind::Xfa, xfa, step(step(-1, "/AcroForm"), "/XFA"), 0,
                dynamic ? Tr::tr("Dynamic XFA form: the viewer builds the pages when the document opens")
                        : Tr::tr("XFA form data beside the ordinary form"));
        }
        int sinceCheck = 0;
        while (!m_queue.empty()) {
            if (++sinceCheck == kChecksEvery) {
                sinceCheck = 0;
                m_budget.check();
            }
            Pending next = std::move(m_queue.front());
            m_queue.pop_front();
            visit(next);
        }
        m_result.content.scanned = !m_tooDeep;
        if (m_tooDeep) {
            m_result.findings.append({Severity::Warning, QStringLiteral("active-content-depth"),
                                      Tr::tr("Objects are nested deeper than %1 levels; the search for scripts and external content did not look below that depth.")
                                          .arg(m_budget.limits().maxNestingDepth)});
        }
        return std::move(m_result);
    }

private:
    void numberPages()
    {
        try {
            int n = 0;
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(m_document.qpdf()).getAllPages())
                m_pageNumbers.insert(page.getObjectHandle().getObjGen(), ++n);
        } catch (const std::exception &) {
            // A damaged page tree costs page numbers in the locations, not the search.
        }
    }

    int step(int parent, const std::string &key)
    {
        m_steps.push_back({parent, -1, key});
        return int(m_steps.size() - 1);
    }

    int step(int parent, int index)
    {
        m_steps.push_back({parent, index, {}});
        return int(m_steps.size() - 1);
    }

    QString pathText(int last) const
    {
        QStringList parts;
        for (int at = last; at >= 0; at = m_steps[size_t(at)].parent) {
            const PathStep &s = m_steps[size_t(at)];
            parts.prepend(s.index >= 0 ? QStringLiteral("[%1]").arg(s.index) : QString::fromStdString(s.key));
        }
        return parts.join(QString());
    }

    // Only containers are queued; the step that reaches an object is recorded with it.
    bool worthVisiting(QPDFObjectHandle object, int depth)
    {
        // One question of the type instead of three: arrays of numbers (a font's widths) are long.
        const qpdf_object_type_e type = object.getTypeCode();
        if (type != ::ot_dictionary && type != ::ot_array && type != ::ot_stream)
            return false;
        if (object.isIndirect()) {
            // Each object once, whatever loops the document has.
            if (m_visited.contains(object.getObjGen()))
                return false;
            m_visited.insert(object.getObjGen());
        }
        if (depth > m_budget.limits().maxNestingDepth) {
            m_tooDeep = true;
            return false;
        }
        return true;
    }

    void enqueue(QPDFObjectHandle object, int path, int page, int depth)
    {
        if (worthVisiting(object, depth))
            m_queue.push_back({object, path, page, depth});
    }

    void visit(const Pending &item)
    {
        QPDFObjectHandle object = item.object;
        int page = item.page;
        int path = item.path;
        if (object.isIndirect()) {
            const auto number = m_pageNumbers.constFind(object.getObjGen());
            if (number != m_pageNumbers.constEnd()) {
                // Below a page its number says where; the path starts again there.
                page = *number;
                path = -1;
            }
        }
        if (object.isArray()) {
            const int n = object.getArrayNItems();
            for (int i = 0; i < n; ++i) {
                QPDFObjectHandle child = object.getArrayItem(i);
                if (worthVisiting(child, item.depth + 1))
                    m_queue.push_back({child, step(path, i), page, item.depth + 1});
            }
            return;
        }
        const DictionaryEntries entries(object); // a stream's are its dictionary's
        if (object.isStream())
            examineStream(object, entries, path, page);
        else
            examineDictionary(object, entries, path, page);
        for (const auto &[key, value] : entries.all()) {
            QPDFObjectHandle child = value;
            if (skippedKey(key)) {
                // Still read, not walked: reading an object is what makes QPDF report it damaged
                // (a page's content stream with a wrong /Length, say), and its reports are findings.
                child.isNull();
                continue;
            }
            if (worthVisiting(child, item.depth + 1))
                m_queue.push_back({child, step(path, key), page, item.depth + 1});
        }
    }

    void examineDictionary(QPDFObjectHandle dict, const DictionaryEntries &entries, int path, int page)
    {
        if (entries.get("/Type").isNameAndEquals("/StructElem"))
            return;
        const QString action = nameOf(entries.get("/S"));
        if (!action.isEmpty())
            examineAction(dict, action, path, page);

        const QString subtype = nameOf(entries.get("/Subtype"));
        if (subtype == QLatin1String("/Movie") || subtype == QLatin1String("/Sound") || subtype == QLatin1String("/Screen")
            || subtype == QLatin1String("/RichMedia") || subtype == QLatin1String("/3D")) {
            if (entries.has("/Rect")) // an annotation, not a sound object or 3D stream's dictionary
                add(ActiveContentKind::Multimedia, dict, path, page, Tr::tr("%1 annotation").arg(subtype.mid(1)));
        }
        // An embedded file is reported where its file specification is; a file attachment
        // annotation and the EmbeddedFiles tree both lead to one.
        QPDFObjectHandle ef = entries.get("/EF");
        if (ef.isDictionary()) {
            QPDFObjectHandle file = ef.getKey("/UF").isStream() ? ef.getKey("/UF") : ef.getKey("/F");
            QString detail = fileSpecName(dict);
            if (detail.isEmpty())
                detail = Tr::tr("unnamed file");
            if (file.isStream()) {
                QPDFObjectHandle size = file.getDict().getKey("/Params").getKeyIfDict("/Size");
                const QString type = nameOf(file.getDict().getKey("/Subtype"));
                if (!type.isEmpty())
                    detail += QStringLiteral(" (%1)").arg(type.mid(1).replace(QLatin1String("#2F"), QLatin1String("/")));
                if (size.isInteger())
                    detail += QStringLiteral(", ") + Tr::tr("%n byte(s)", nullptr, int(qMin<long long>(size.getIntValue(), INT_MAX)));
            }
            add(ActiveContentKind::EmbeddedFile, dict, path, page, detail);
        }
    }

    void examineAction(QPDFObjectHandle dict, const QString &action, int path, int page)
    {
        if (action == QLatin1String("/JavaScript")) {
            if (dict.hasKey("/JS"))
                add(ActiveContentKind::JavaScript, dict, path, page, scriptStart(dict.getKey("/JS")));
        } else if (action == QLatin1String("/Launch")) {
            QString target = fileSpecName(dict.getKey("/F"));
            for (const char *platform : {"/Win", "/Unix", "/Mac"}) {
                QPDFObjectHandle launch = dict.getKey(platform);
                if (target.isEmpty() && launch.isDictionary())
                    target = pdfText(launch.getKey("/F"));
            }
            add(ActiveContentKind::Launch, dict, path, page,
                target.isEmpty() ? Tr::tr("starts a program or opens a file") : Tr::tr("opens %1").arg(target));
        } else if (action == QLatin1String("/GoToR")) {
            add(ActiveContentKind::RemoteGoTo, dict, path, page, Tr::tr("opens %1").arg(fileSpecName(dict.getKey("/F"))));
        } else if (action == QLatin1String("/GoToE")) {
            add(ActiveContentKind::EmbeddedGoTo, dict, path, page, Tr::tr("opens an embedded PDF document"));
        } else if (action == QLatin1String("/ImportData")) {
            add(ActiveContentKind::ImportData, dict, path, page, Tr::tr("imports form data from %1").arg(fileSpecName(dict.getKey("/F"))));
        } else if (action == QLatin1String("/SubmitForm")) {
            add(ActiveContentKind::SubmitForm, dict, path, page, Tr::tr("sends form data to %1").arg(fileSpecName(dict.getKey("/F"))));
        } else if (action == QLatin1String("/URI")) {
            if (dict.hasKey("/URI"))
                add(ActiveContentKind::Uri, dict, path, page, QString::fromStdString(dict.getKey("/URI").isString() ? dict.getKey("/URI").getStringValue() : std::string()));
        } else if (action == QLatin1String("/Movie") || action == QLatin1String("/Sound") || action == QLatin1String("/Rendition")
                   || action == QLatin1String("/GoTo3DView") || action == QLatin1String("/RichMediaExecute")) {
            add(ActiveContentKind::Multimedia, dict, path, page, Tr::tr("%1 action").arg(action.mid(1)));
        }
    }

    void examineStream(QPDFObjectHandle stream, const DictionaryEntries &dict, int path, int page)
    {
        if (dict.has("/F")) {
            const QString file = fileSpecName(dict.get("/F"));
            add(ActiveContentKind::ExternalStream, stream, path, page,
                file.isEmpty() ? Tr::tr("stream data kept in another file") : Tr::tr("stream data kept in %1").arg(file));
        }
        const QString subtype = nameOf(dict.get("/Subtype"));
        if (subtype == QLatin1String("/PS") || nameOf(dict.get("/Subtype2")) == QLatin1String("/PS"))
            add(ActiveContentKind::PostScript, stream, path, page, Tr::tr("PostScript XObject"));
        if (dict.has("/OPI"))
            add(ActiveContentKind::PostScript, stream, path, page, Tr::tr("OPI proxy: the printed image is replaced from another file"));
    }

    // The first words of a script, to show what it does; a string or a stream.
    QString scriptStart(QPDFObjectHandle js)
    {
        if (js.isString())
            return shortened(pdfText(js));
        if (!js.isStream())
            return Tr::tr("script");
        QPDFObjectHandle length = js.getDict().getKey("/Length");
        if (length.isInteger() && length.getIntValue() > kScriptPeek)
            return Tr::tr("script of %n byte(s)", nullptr, int(qMin<long long>(length.getIntValue(), INT_MAX)));
        const std::optional<QByteArray> data = m_document.decodedStream(js, m_budget);
        if (!data)
            return Tr::tr("script in a stream that cannot be decoded");
        // JavaScript in PDF is PDFDocEncoding or UTF-16; its start is almost always ASCII.
        return shortened(data->startsWith("\xFE\xFF") ? QString::fromUtf16(reinterpret_cast<const char16_t *>(data->constData() + 2), (data->size() - 2) / 2)
                                                     : QString::fromLatin1(*data));
    }

    void add(ActiveContentKind kind, QPDFObjectHandle object, int path, int page, const QString &detail)
    {
        int &count = m_counts[int(kind)];
        if (++count > ActiveContent::kMaxItemsPerKind)
            return;
        ActiveContentItem item;
        item.kind = kind;
        if (object.isIndirect()) {
            item.location.objectNumber = object.getObjectID();
            item.location.generation = object.getGeneration();
        }
        item.location.page = page;
        item.location.context = path < 0 ? (page > 0 ? Tr::tr("page") : Tr::tr("document catalog")) : pathText(path);
        item.detail = shortened(detail);
        m_result.content.items.append(item);
    }

    PdfDocument &m_document;
    Budget &m_budget;
    QHash<QPDFObjGen, int> m_pageNumbers;
    QSet<QPDFObjGen> m_visited;
    std::deque<Pending> m_queue;
    std::vector<PathStep> m_steps;
    QHash<int, int> m_counts;
    bool m_tooDeep = false;
    ActiveContentScan m_result;
};

} // namespace

ActiveContentScan scanActiveContent(PdfDocument &document, Budget &budget)
{
    return Scanner(document, budget).run();
}

} // namespace granska
