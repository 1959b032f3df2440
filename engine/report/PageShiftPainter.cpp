#include "PageShiftPainter.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

namespace granska::report {
namespace {

// Forwards every drawing operation to the target painter. A transformation that only moves (all
// that text layout uses) is applied here to the coordinates, so the target keeps its own
// transformation and receives small numbers; anything else is handed on as a transformation.
class ShiftingEngine : public QPaintEngine {
public:
    explicit ShiftingEngine(QPainter &target)
        : QPaintEngine(QPaintEngine::AllFeatures), m_target(target)
    {
    }

    bool begin(QPaintDevice *) override
    {
        m_target.save();
        m_base = m_target.worldTransform();
        m_transform = QTransform();
        return true;
    }

    bool end() override
    {
        m_target.restore();
        return true;
    }

    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags flags = state.state();
        // The transformation first: a clip in the same update is given in its coordinates.
        if (flags & DirtyTransform) {
            m_transform = state.transform();
            m_shiftOnly = m_transform.type() <= QTransform::TxTranslate;
            m_target.setWorldTransform(m_shiftOnly ? m_base : m_transform * m_base);
        }
        if (flags & DirtyPen)
            m_target.setPen(state.pen());
        if (flags & DirtyBrush)
            m_target.setBrush(state.brush());
        if (flags & DirtyBrushOrigin)
            m_target.setBrushOrigin(map(state.brushOrigin()));
        if (flags & DirtyBackground)
            m_target.setBackground(state.backgroundBrush());
        if (flags & DirtyBackgroundMode)
            m_target.setBackgroundMode(state.backgroundMode());
        if (flags & DirtyFont)
            m_target.setFont(state.font());
        if (flags & DirtyHints)
            m_target.setRenderHints(state.renderHints());
        if (flags & DirtyCompositionMode)
            m_target.setCompositionMode(state.compositionMode());
        if (flags & DirtyOpacity)
            m_target.setOpacity(state.opacity());
        if (flags & DirtyClipPath)
            setClip(state.clipOperation(), map(state.clipPath()));
        if (flags & DirtyClipRegion)
            setClip(state.clipOperation(), map(state.clipRegion()));
        if (flags & DirtyClipEnabled)
            m_target.setClipping(state.isClipEnabled());
    }

    void drawRects(const QRectF *rects, int count) override
    {
        for (int i = 0; i < count; ++i)
            m_target.drawRect(map(rects[i]));
    }

    void drawLines(const QLineF *lines, int count) override
    {
        for (int i = 0; i < count; ++i)
            m_target.drawLine(QLineF(map(lines[i].p1()), map(lines[i].p2())));
    }

    void drawEllipse(const QRectF &rect) override { m_target.drawEllipse(map(rect)); }

    void drawPath(const QPainterPath &path) override { m_target.drawPath(map(path)); }

    void drawPoints(const QPointF *points, int count) override
    {
        const QPolygonF shifted = map(points, count);
        m_target.drawPoints(shifted.constData(), int(shifted.size()));
    }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        const QPolygonF shifted = map(points, count);
        switch (mode) {
        case PolylineMode: m_target.drawPolyline(shifted); break;
        case ConvexMode: m_target.drawConvexPolygon(shifted); break;
        case OddEvenMode: m_target.drawPolygon(shifted, Qt::OddEvenFill); break;
        case WindingMode: m_target.drawPolygon(shifted, Qt::WindingFill); break;
        }
    }

    void drawPixmap(const QRectF &rect, const QPixmap &pixmap, const QRectF &source) override
    {
        m_target.drawPixmap(map(rect), pixmap, source);
    }

    void drawTiledPixmap(const QRectF &rect, const QPixmap &pixmap, const QPointF &offset) override
    {
        m_target.drawTiledPixmap(map(rect), pixmap, offset);
    }

    void drawImage(const QRectF &rect, const QImage &image, const QRectF &source, Qt::ImageConversionFlags flags) override
    {
        m_target.drawImage(map(rect), image, source, flags);
    }

    void drawTextItem(const QPointF &position, const QTextItem &item) override { m_target.drawTextItem(map(position), item); }

private:
    QPointF map(const QPointF &p) const { return m_shiftOnly ? m_transform.map(p) : p; }
    QRectF map(const QRectF &r) const { return m_shiftOnly ? r.translated(m_transform.dx(), m_transform.dy()) : r; }
    QPainterPath map(const QPainterPath &path) const { return m_shiftOnly ? m_transform.map(path) : path; }
    QRegion map(const QRegion &region) const
    {
        return m_shiftOnly ? region.translated(qRound(m_transform.dx()), qRound(m_transform.dy())) : region;
    }
    QPolygonF map(const QPointF *points, int count) const
    {
        QPolygonF polygon(count);
        for (int i = 0; i < count; ++i)
            polygon[i] = map(points[i]);
        return polygon;
    }

    template <typename Clip>
    void setClip(Qt::ClipOperation operation, const Clip &clip)
    {
        if (operation == Qt::NoClip) {
            m_target.setClipping(false);
            return;
        }
        if constexpr (std::is_same_v<Clip, QRegion>)
            m_target.setClipRegion(clip, operation);
        else
            m_target.setClipPath(clip, operation);
    }

    QPainter &m_target;
    QTransform m_base;      // the target's own transformation, kept throughout
    QTransform m_transform; // the one set on this device
    bool m_shiftOnly = true;
};

} // namespace

PageShiftDevice::PageShiftDevice(QPainter &target)
    : m_target(target), m_engine(std::make_unique<ShiftingEngine>(target))
{
}

PageShiftDevice::~PageShiftDevice() = default;

QPaintEngine *PageShiftDevice::paintEngine() const
{
    return m_engine.get();
}

int PageShiftDevice::metric(PaintDeviceMetric metric) const
{
    const QPaintDevice *device = m_target.device();
    switch (metric) {
    case PdmWidth: return device->width();
    case PdmHeight: return device->height();
    case PdmWidthMM: return device->widthMM();
    case PdmHeightMM: return device->heightMM();
    case PdmNumColors: return device->colorCount();
    case PdmDepth: return device->depth();
    case PdmDpiX: return device->logicalDpiX();
    case PdmDpiY: return device->logicalDpiY();
    case PdmPhysicalDpiX: return device->physicalDpiX();
    case PdmPhysicalDpiY: return device->physicalDpiY();
    case PdmDevicePixelRatio: return qRound(device->devicePixelRatio());
    case PdmDevicePixelRatioScaled: return qRound(device->devicePixelRatio() * devicePixelRatioFScale());
    }
    return QPaintDevice::metric(metric);
}

} // namespace granska::report
