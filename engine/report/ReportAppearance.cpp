// The report's pictures of the document: its first page beside each visible signature as it
// appears on its page. What a signature looks like is part of what the signer presented; the
// printed report lets a reader compare it with the paper or the archive copy.
#include "ReportHtml.h"
#include "ReportImages.h"
#include "ReportSections.h"

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

QString appearanceSection(const Assessment &a, const DocumentPictures &pictures)
{
    QString html = sectionHeading(Tr::tr("Appearance"));
    if (!pictures.unavailable.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(muted(Tr::tr("Thumbnails unavailable: %1").arg(pictures.unavailable)));

    QString firstPage = pictures.firstPage.image.isNull()
                            ? muted(Tr::tr("The first page could not be rendered."))
                            : imageHtml(pictures.firstPage, Tr::tr("First page")) + caption(Tr::tr("Page 1 of %1").arg(QLocale().toString(a.identity.pageCount)));
    QStringList appearances;
    for (const SignatureAppearance &shown : pictures.appearances) {
        const QString name = signatureName(a.signatures[shown.signatureIndex], shown.signatureIndex + 1);
        appearances << imageHtml(shown.picture, name) + QStringLiteral("<br/>") + text(name)
                           + caption(Tr::tr("on page %1, with the page around it").arg(QLocale().toString(shown.page)));
    }
    const int withoutAppearance = int(a.signatures.size() - pictures.appearances.size());
    QString others;
    if (a.signatures.isEmpty())
        others = muted(Tr::tr("The document has no signatures."));
    else if (appearances.isEmpty())
        others = muted(Tr::tr("No signature has a visible appearance on the pages."));
    else if (withoutAppearance > 0)
        others = muted(Tr::tr("%n other signature(s) or timestamp(s) have no visible appearance.", nullptr, withoutAppearance));
    if (!others.isEmpty())
        appearances << others;
    return html
           + QStringLiteral("<table class=\"fields\" width=\"100%\" cellspacing=\"0\"><tr>"
                            "<td class=\"label\" width=\"28%\">%1</td><td class=\"label\">%2</td></tr>"
                            "<tr><td valign=\"top\" align=\"center\">%3</td><td valign=\"top\">%4</td></tr></table>")
                 .arg(Tr::tr("First page").toHtmlEscaped(), Tr::tr("Signatures as they appear").toHtmlEscaped(), firstPage,
                      appearances.join(QStringLiteral("<br/><br/>")));
}

} // namespace granska::report
