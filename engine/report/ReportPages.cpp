#include "ReportPages.h"

#include "PageShiftPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace granska::report {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::AssessmentReport)
};

QFont footerFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7);
    return font;
}

const QColor kFooterInk(0x4a, 0x4a, 0x4a);
const QColor kFooterRule(0x9f, 0xb0, 0xc0);

void paintFooter(QPainter &painter, QPaintDevice &device, const QString &left, int page, int pageCount)
{
    const QFont font = footerFont();
    const QFontMetricsF metrics(font, &device);
    const qreal width = device.width();
    const qreal baseline = device.height() - metrics.descent();
    const qreal ruleY = device.height() - metrics.height() * 1.6;

    painter.save();
    painter.setPen(QPen(kFooterRule, device.logicalDpiY() / 144.0)); // half a point
    painter.drawLine(QPointF(0, ruleY), QPointF(width, ruleY));
    painter.setFont(font);
    painter.setPen(kFooterInk);
    const QString right = Tr::tr("Page %1 of %2").arg(page).arg(pageCount);
    const qreal rightWidth = metrics.horizontalAdvance(right);
    painter.drawText(QPointF(width - rightWidth, baseline), right);
    const qreal room = width - rightWidth - metrics.horizontalAdvance(QStringLiteral("MMMM"));
    painter.drawText(QPointF(0, baseline), metrics.elidedText(left, Qt::ElideMiddle, room));
    painter.restore();
}

// Tables taller than this share of a page are let to break across pages.
constexpr qreal kKeepTogetherShare = 0.6;
// Paragraphs up to this share are kept whole: a note cut after its first lines, or with its last
// word alone on the next page, reads badly on paper.
constexpr qreal kKeepParagraphShare = 0.15;
constexpr int kMaxMoves = 500; // each move pushes content down, so this is never reached in practice

bool isRule(const QTextBlock &block)
{
    return block.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth);
}

bool isHeading(const QTextBlock &block)
{
    return block.blockFormat().headingLevel() > 0;
}

int pageOf(qreal y, qreal pageHeight)
{
    return int(y / pageHeight);
}

// Both return false when the break is already there: then nothing can be gained by moving it.
bool breakBefore(const QTextBlock &block)
{
    QTextBlockFormat format = block.blockFormat();
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return false;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
    return true;
}

bool breakBefore(QTextFrame *frame)
{
    QTextFrameFormat format = frame->frameFormat();
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return false;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    frame->setFrameFormat(format);
    return true;
}

// One pass over the top level of the document; true when it moved something (which changes the
// layout of all that follows, so the caller starts again).
bool moveOneBreak(QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    QTextBlock headingStart; // the first of the headings (and rules) just before the current item
    for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        QRectF itemRect;
        QTextFrame *frame = it.currentFrame();
        const QTextBlock block = it.currentBlock();
        if (frame) {
            itemRect = layout->frameBoundingRect(frame);
        } else if (block.isValid()) {
            if (isHeading(block) || (isRule(block) && headingStart.isValid())) {
                if (!headingStart.isValid())
                    headingStart = block;
                continue;
            }
            itemRect = layout->blockBoundingRect(block);
        } else {
            continue;
        }
        if (itemRect.isEmpty()) {
            headingStart = QTextBlock();
            continue;
        }
        const int firstPage = pageOf(itemRect.top(), pageHeight);
        const qreal keepShare = frame ? kKeepTogetherShare : kKeepParagraphShare;
        const bool straddles = pageOf(itemRect.bottom() - 1, pageHeight) != firstPage && itemRect.height() <= pageHeight * keepShare;
        // For a long table, its first row is what must follow its heading.
        qreal contentTop = itemRect.top();
        if (auto *table = qobject_cast<QTextTable *>(frame); table && !straddles && table->rows() > 0)
            contentTop = layout->blockBoundingRect(table->cellAt(0, 0).firstCursorPosition().block()).top();
        const bool orphanedHeading = headingStart.isValid()
                                     && pageOf(layout->blockBoundingRect(headingStart).top(), pageHeight) != pageOf(contentTop, pageHeight);
        if ((straddles || orphanedHeading)
            && (headingStart.isValid() ? breakBefore(headingStart) : frame ? breakBefore(frame) : breakBefore(block)))
            return true;
        headingStart = QTextBlock();
    }
    return false;
}

} // namespace

void keepTogether(QTextDocument &document)
{
    if (document.pageSize().height() <= 0)
        return;
    for (int moves = 0; moves < kMaxMoves && moveOneBreak(document); ++moves)
        document.documentLayout()->documentSize(); // lay out again before looking at positions
}

qreal footerHeight(QPaintDevice *device)
{
    return QFontMetricsF(footerFont(), device).height() * 3;
}

void paintPages(QTextDocument &document, QPainter &painter, QPagedPaintDevice &device, const QString &footerText)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const QSizeF page = document.pageSize();
    const int pageCount = document.pageCount();
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0)
            device.newPage();
        const QRectF view(0, index * page.height(), page.width(), page.height());
        // Page-relative coordinates in the output, however far down the document the page is.
        PageShiftDevice shifted(painter);
        QPainter pagePainter(&shifted);
        pagePainter.translate(0, -view.top());
        // Table borders and cell grounds may reach past the page's last line; the clip keeps
        // them off the footer.
        pagePainter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout->draw(&pagePainter, context);
        pagePainter.end();
        paintFooter(painter, device, footerText, index + 1, pageCount);
    }
}

} // namespace granska::report
