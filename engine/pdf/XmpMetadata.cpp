#include "XmpMetadata.h"

#include <QXmlStreamReader>

namespace granska {
namespace {

constexpr QLatin1StringView kRdf("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
constexpr QLatin1StringView kPdfaId("http://www.aiim.org/pdfa/ns/id/");
constexpr QLatin1StringView kDc("http://purl.org/dc/elements/1.1/");
constexpr QLatin1StringView kPdf("http://ns.adobe.com/pdf/1.3/");
constexpr QLatin1StringView kXmp("http://ns.adobe.com/xap/1.0/");

void assign(XmpSummary &summary, QStringView ns, QStringView name, const QString &value)
{
    if (ns == kPdfaId) {
        if (name == QLatin1String("part"))
            summary.pdfa.part = value.trimmed().toInt();
        else if (name == QLatin1String("conformance"))
            summary.pdfa.conformance = value.trimmed().toUpper();
        else if (name == QLatin1String("amd"))
            summary.pdfa.amendment = value.trimmed();
        else if (name == QLatin1String("rev"))
            summary.pdfa.revision = value.trimmed();
    } else if (ns == kPdf && name == QLatin1String("Producer")) {
        summary.producer = value;
    } else if (ns == kXmp && name == QLatin1String("CreatorTool")) {
        summary.creatorTool = value;
    }
}

// Text of the first rdf:li inside an rdf:Alt (dc:title), or the element's own text.
QString readTitle(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (text.isEmpty() && !xml.isWhitespace())
                text = xml.text().toString();
            break;
        default:
            break;
        }
    }
    return text.trimmed();
}

} // namespace

XmpSummary readXmpSummary(const QByteArray &packet)
{
    XmpSummary summary;
    QXmlStreamReader xml(packet);
    bool inDescription = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView ns = xml.namespaceUri();
        const QStringView name = xml.name();
        if (ns == kRdf && name == QLatin1String("Description")) {
            inDescription = true;
            for (const QXmlStreamAttribute &attribute : xml.attributes())
                assign(summary, attribute.namespaceUri(), attribute.name(), attribute.value().toString());
            continue;
        }
        if (!inDescription)
            continue;
        if (ns == kDc && name == QLatin1String("title")) {
            summary.title = readTitle(xml);
        } else if (ns == kPdfaId || ns == kPdf || ns == kXmp) {
            const QString nsCopy = ns.toString();
            const QString nameCopy = name.toString();
            const QString value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            assign(summary, nsCopy, nameCopy, value);
        }
    }
    summary.wellFormed = !xml.hasError();
    if (xml.hasError())
        summary.parseError = xml.errorString();
    return summary;
}

} // namespace granska
