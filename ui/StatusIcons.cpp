#include "StatusIcons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace granska {
namespace {

enum class Shape { Circle, HollowCircle, Triangle, Octagon, Diamond, Page, Seal };
enum class Glyph { None, Check, Cross, Exclamation, Question, Info, Dots, Clock, Slash, Lines };

struct IconSpec {
    Shape shape;
    Glyph glyph;
    QColor colour;
};

// Paths are laid out on a 16 × 16 grid and scaled to the requested size.
QPainterPath shapePath(Shape shape)
{
    QPainterPath path;
    switch (shape) {
    case Shape::Circle:
    case Shape::HollowCircle:
    case Shape::Seal:
        path.addEllipse(QRectF(1, 1, 14, 14));
        break;
    case Shape::Triangle:
        path.moveTo(8, 1);
        path.lineTo(15.2, 14.5);
        path.lineTo(0.8, 14.5);
        path.closeSubpath();
        break;
    case Shape::Octagon: {
        const qreal a = 1, b = 5.1, c = 10.9, d = 15;
        path.moveTo(b, a);
        path.lineTo(c, a);
        path.lineTo(d, b);
        path.lineTo(d, c);
        path.lineTo(c, d);
        path.lineTo(b, d);
        path.lineTo(a, c);
        path.lineTo(a, b);
        path.closeSubpath();
        break;
    }
    case Shape::Diamond:
        path.moveTo(8, 0.5);
        path.lineTo(15.5, 8);
        path.lineTo(8, 15.5);
        path.lineTo(0.5, 8);
        path.closeSubpath();
        break;
    case Shape::Page:
        path.moveTo(3, 1);
        path.lineTo(10, 1);
        path.lineTo(13.5, 4.5);
        path.lineTo(13.5, 15);
        path.lineTo(3, 15);
        path.closeSubpath();
        break;
    }
    return path;
}

void drawGlyph(QPainter &p, Glyph glyph, Shape shape, const QColor &ink)
{
    QPen pen(ink, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    // The triangle's visual centre sits lower than the box's.
    const qreal dy = shape == Shape::Triangle ? 1.5 : 0;
    switch (glyph) {
    case Glyph::None:
        break;
    case Glyph::Check: {
        QPainterPath check;
        check.moveTo(4.6, 8.3);
        check.lineTo(7.0, 10.7);
        check.lineTo(11.6, 5.6);
        p.drawPath(check);
        break;
    }
    case Glyph::Cross:
        p.drawLine(QPointF(5.4, 5.4), QPointF(10.6, 10.6));
        p.drawLine(QPointF(10.6, 5.4), QPointF(5.4, 10.6));
        break;
    case Glyph::Exclamation:
        p.drawLine(QPointF(8, 4.5 + dy * 0.4), QPointF(8, 9.0 + dy * 0.4));
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(QPointF(8, 12.0 + dy * 0.3), 1.2, 1.2);
        break;
    case Glyph::Question: {
        QPainterPath q;
        q.moveTo(5.8, 6.2);
        q.cubicTo(5.8, 3.6, 10.4, 3.6, 10.4, 6.2);
        q.cubicTo(10.4, 7.8, 8, 7.8, 8, 9.6);
        p.setPen(QPen(ink, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(q);
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(QPointF(8, 12.0), 1.1, 1.1);
        break;
    }
    case Glyph::Info:
        p.drawLine(QPointF(8, 7.2), QPointF(8, 11.6));
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(QPointF(8, 4.6), 1.2, 1.2);
        break;
    case Glyph::Dots:
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        for (qreal x : {4.8, 8.0, 11.2})
            p.drawEllipse(QPointF(x, 8), 1.15, 1.15);
        break;
    case Glyph::Clock:
        p.setPen(QPen(ink, 1.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(8, 8), QPointF(8, 4.6));
        p.drawLine(QPointF(8, 8), QPointF(10.6, 9.6));
        break;
    case Glyph::Slash:
        p.drawLine(QPointF(4.2, 11.8), QPointF(11.8, 4.2));
        break;
    case Glyph::Lines:
        p.setPen(QPen(ink, 1.1, Qt::SolidLine, Qt::FlatCap));
        for (qreal y : {6.5, 9.0, 11.5})
            p.drawLine(QPointF(5, y), QPointF(11.5, y));
        break;
    }
}

void paintSpec(QPainter &p, const QRectF &rect, const IconSpec &spec, bool disabled)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(rect.width(), rect.height());
    p.translate(rect.center() - QPointF(side / 2, side / 2));
    p.scale(side / 16.0, side / 16.0);
    const QColor colour = disabled ? QColor(150, 150, 150) : spec.colour;
    const QPainterPath path = shapePath(spec.shape);
    if (spec.shape == Shape::HollowCircle) {
        p.setPen(QPen(colour, 1.6));
        p.setBrush(Qt::white);
        p.drawPath(path);
        drawGlyph(p, spec.glyph, spec.shape, colour);
    } else if (spec.shape == Shape::Page) {
        p.setPen(QPen(colour.darker(130), 1.0));
        p.setBrush(QColor(250, 250, 250));
        p.drawPath(path);
        drawGlyph(p, spec.glyph, spec.shape, colour);
    } else {
        p.setPen(QPen(colour.darker(125), 0.8));
        p.setBrush(colour);
        p.drawPath(path);
        drawGlyph(p, spec.glyph, spec.shape, Qt::white);
    }
    p.restore();
}

// Draws on demand at whatever size and device pixel ratio the view asks for, so icons stay sharp.
class PaintedIconEngine : public QIconEngine {
public:
    explicit PaintedIconEngine(const IconSpec &spec) : m_spec(spec) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        paintSpec(*painter, rect, m_spec, mode == QIcon::Disabled);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new PaintedIconEngine(m_spec); }

private:
    IconSpec m_spec;
};

QIcon painted(Shape shape, Glyph glyph, const QColor &colour)
{
    return QIcon(new PaintedIconEngine({shape, glyph, colour}));
}

const QColor kGreen(46, 125, 50);
const QColor kOrange(230, 126, 0);
const QColor kRed(198, 40, 40);
const QColor kBlue(21, 101, 192);
const QColor kGrey(117, 117, 117);
const QColor kAmber(191, 144, 0);

} // namespace

QIcon statusIcon(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Pending: return painted(Shape::HollowCircle, Glyph::Clock, kGrey);
    case DocumentStatus::Assessing: return painted(Shape::Circle, Glyph::Dots, kBlue);
    case DocumentStatus::Clean: return painted(Shape::Circle, Glyph::Check, kGreen);
    case DocumentStatus::Problems: return painted(Shape::Triangle, Glyph::Exclamation, kOrange);
    case DocumentStatus::Error: return painted(Shape::Octagon, Glyph::Cross, kRed);
    case DocumentStatus::Cancelled: return painted(Shape::HollowCircle, Glyph::Slash, kGrey);
    }
    return {};
}

QIcon integrityIcon(Integrity integrity)
{
    switch (integrity) {
    case Integrity::Intact: return painted(Shape::Circle, Glyph::Check, kGreen);
    case Integrity::Broken: return painted(Shape::Octagon, Glyph::Cross, kRed);
    case Integrity::Unverifiable: break;
    }
    return painted(Shape::Diamond, Glyph::Question, kAmber);
}

QIcon indicationIcon(Indication indication)
{
    switch (indication) {
    case Indication::TotalPassed: return painted(Shape::Circle, Glyph::Check, kGreen);
    case Indication::TotalFailed: return painted(Shape::Octagon, Glyph::Cross, kRed);
    case Indication::Indeterminate: break;
    }
    return painted(Shape::Diamond, Glyph::Question, kAmber);
}

QIcon signatureStatusIcon(const SignatureInfo &signature)
{
    if (isValidated(signature))
        return indicationIcon(signature.indication);
    if (signature.integrity == Integrity::Intact)
        return painted(Shape::HollowCircle, Glyph::Check, kGrey);
    return integrityIcon(signature.integrity);
}

QIcon documentIcon(DocumentStatus status, const Assessment *assessment)
{
    if (status == DocumentStatus::Clean && assessment && assessment->needsAttention())
        return indicationIcon(Indication::Indeterminate);
    return statusIcon(status);
}

QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Info: return painted(Shape::Circle, Glyph::Info, kBlue);
    case Severity::Error: return painted(Shape::Octagon, Glyph::Cross, kRed);
    case Severity::Warning: break;
    }
    return painted(Shape::Triangle, Glyph::Exclamation, kOrange);
}

QIcon verdictIcon(const std::optional<bool> &compliant)
{
    if (!compliant)
        return painted(Shape::Diamond, Glyph::Question, kAmber);
    return *compliant ? painted(Shape::Circle, Glyph::Check, kGreen) : painted(Shape::Triangle, Glyph::Exclamation, kOrange);
}

QIcon revisionIcon()
{
    return painted(Shape::Page, Glyph::Lines, kGrey);
}

namespace {

// Monochrome line icons for the page tool bar, drawn on the same 16 × 16 grid.
class ToolIconEngine : public QIconEngine {
public:
    explicit ToolIconEngine(ToolIcon icon) : m_icon(icon) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QPainter &p = *painter;
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        p.translate(QPointF(rect.center()) - QPointF(side / 2, side / 2));
        p.scale(side / 16.0, side / 16.0);
        const QColor ink = mode == QIcon::Disabled ? QColor(170, 170, 170) : QColor(60, 60, 60);
        p.setPen(QPen(ink, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        switch (m_icon) {
        case ToolIcon::PreviousPage:
            p.drawPolyline(QPolygonF({QPointF(3.5, 10.5), QPointF(8, 6), QPointF(12.5, 10.5)}));
            break;
        case ToolIcon::NextPage:
            p.drawPolyline(QPolygonF({QPointF(3.5, 5.5), QPointF(8, 10), QPointF(12.5, 5.5)}));
            break;
        case ToolIcon::ZoomIn:
        case ToolIcon::ZoomOut:
            p.drawEllipse(QPointF(6.5, 6.5), 4.5, 4.5);
            p.drawLine(QPointF(10, 10), QPointF(14.5, 14.5));
            p.drawLine(QPointF(4.5, 6.5), QPointF(8.5, 6.5));
            if (m_icon == ToolIcon::ZoomIn)
                p.drawLine(QPointF(6.5, 4.5), QPointF(6.5, 8.5));
            break;
        case ToolIcon::FitWidth:
            p.drawLine(QPointF(1.5, 3), QPointF(1.5, 13));
            p.drawLine(QPointF(14.5, 3), QPointF(14.5, 13));
            p.drawLine(QPointF(4, 8), QPointF(12, 8));
            p.drawPolyline(QPolygonF({QPointF(6.5, 5.5), QPointF(4, 8), QPointF(6.5, 10.5)}));
            p.drawPolyline(QPolygonF({QPointF(9.5, 5.5), QPointF(12, 8), QPointF(9.5, 10.5)}));
            break;
        }
        p.restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new ToolIconEngine(m_icon); }

private:
    ToolIcon m_icon;
};

} // namespace

QIcon toolIcon(ToolIcon icon)
{
    const char *themeName = nullptr;
    switch (icon) {
    case ToolIcon::PreviousPage: themeName = "go-previous-view-page"; break;
    case ToolIcon::NextPage: themeName = "go-next-view-page"; break;
    case ToolIcon::ZoomIn: themeName = "zoom-in"; break;
    case ToolIcon::ZoomOut: themeName = "zoom-out"; break;
    case ToolIcon::FitWidth: themeName = "zoom-fit-width"; break;
    }
    return QIcon::fromTheme(QString::fromLatin1(themeName), QIcon(new ToolIconEngine(icon)));
}

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        // A page with a green seal in its corner: a checked document.
        p.setPen(QPen(QColor(70, 70, 70), 0.6));
        p.setBrush(Qt::white);
        p.drawPath(shapePath(Shape::Page));
        p.setPen(QPen(QColor(150, 150, 150), 0.7));
        for (qreal y : {4.5, 6.5, 8.5})
            p.drawLine(QPointF(4.5, y), QPointF(10.5, y));
        p.translate(6.5, 6.5);
        p.scale(9.5 / 16.0, 9.5 / 16.0);
        p.setPen(QPen(kGreen.darker(130), 0.8));
        p.setBrush(kGreen);
        p.drawPath(shapePath(Shape::Circle));
        drawGlyph(p, Glyph::Check, Shape::Circle, Qt::white);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace granska
