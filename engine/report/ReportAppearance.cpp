// The report's pictures of the document: its first page beside each visible signature as it
// appears on its page. What a signature looks like is part of what the signer presented; the
// printed report lets a reader compare it with the paper or the archive copy.
#include "ReportHtml.h"
#include "ReportImages.h"
#include "ReportSections.h"
#include "ReportSignatureWords.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

namespace granska::report {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::AssessmentReport)
};

// Qt's rich text takes image sizes in pixels at 96 per inch and scales them to the paint device.
constexpr double kCssPixelsPerMm = 96 / 25.4;
// The share of the page's width for a signature's picture (80 mm of about 170).
constexpr int kPictureColumnPercent = 52;

// The picture inside the HTML itself (a data URL), so that the HTML is the whole report whatever
// shows or prints it. PNG keeps it lossless; QPdfWriter compresses it again as it embeds it.
QString imageHtml(const ReportPicture &picture, const QString &alternative)
{
    // A thin grey edge: a white page on white paper would otherwise have no visible bounds.
    QImage framed = picture.image;
    {
        QPainter painter(&framed);
        painter.setPen(QColor(0x9f, 0xb0, 0xc0));
        painter.drawRect(framed.rect().adjusted(0, 0, -1, -1));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    framed.save(&buffer, "PNG");
    return QStringLiteral("<img src=\"data:image/png;base64,%1\" width=\"%2\" height=\"%3\" alt=\"%4\"/>")
        .arg(QString::fromLatin1(png.toBase64()))
        .arg(qRound(picture.sizeMm.width() * kCssPixelsPerMm))
        .arg(qRound(picture.sizeMm.height() * kCssPixelsPerMm))
        .arg(alternative.toHtmlEscaped());
}

QString caption(const QString &words)
{
    return QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(words.toHtmlEscaped());
}

} // namespace

QString firstPageFigure(const Assessment &a, const DocumentPictures &pictures)
{
    if (pictures.firstPage.image.isNull())
        return {};
    return imageHtml(pictures.firstPage, Tr::tr("First page"))
           + caption(Tr::tr("Page 1 of %1").arg(QLocale().toString(a.identity.pageCount)));
}

QString appearanceSection(const Assessment &a, const DocumentPictures &pictures)
{
    // Without signatures there is nothing to show; without pictures the identity says why.
    if (a.signatures.isEmpty() || !pictures.unavailable.isEmpty())
        return {};
    QString html = sectionHeading(Tr::tr("Signature appearances"));
    if (pictures.appearances.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(muted(Tr::tr("No signature has a visible appearance on the pages.")));
    QString rows;
    for (const SignatureAppearance &shown : pictures.appearances) {
        const SignatureInfo &signature = a.signatures[shown.signatureIndex];
        const Conclusion conclusion = conclusionOf(signature);
        const QString name = signatureName(signature, shown.signatureIndex + 1);
        rows += QStringLiteral("<tr><td width=\"%1%\" align=\"center\">%2</td><td>%3<br/>%4%5</td></tr>")
                    .arg(QString::number(kPictureColumnPercent), imageHtml(shown.picture, name), QStringLiteral("<b>%1</b>").arg(text(name)),
                         badge(conclusionWord(conclusion), conclusionTone(conclusion)),
                         caption(Tr::tr("On page %1, shown with the page around it.").arg(QLocale().toString(shown.page))));
    }
    html += QStringLiteral("<table class=\"fields\" width=\"100%\" cellspacing=\"0\">") + rows + QStringLiteral("</table>");
    const int withoutAppearance = int(a.signatures.size() - pictures.appearances.size());
    if (withoutAppearance > 0)
        html += QStringLiteral("<p class=\"note\">%1</p>")
                     .arg(text(Tr::tr("%n other signature(s) or timestamp(s) have no visible appearance.", nullptr, withoutAppearance)));
    return html;
}

} // namespace granska::report
