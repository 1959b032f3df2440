// Painting one page of a long laid-out document with page-relative coordinates.
//
// A QTextDocument lays out all pages in one coordinate space: the content of page 30 sits 29 page
// heights down. Painting it through a translated QPainter makes QPdfEngine write both the
// translation and the absolute positions into the PDF, and PDF/A-1 (ISO 19005-1, 6.1.12) allows
// no real number beyond ±32767: at the report's resolution, that is reached on page 6. This paint
// device takes the drawing of one page and hands it to the real painter with the translation
// already applied to every position, so that the numbers written stay within one page whatever
// the page count.
#pragma once

#include <QPaintDevice>
#include <memory>

class QPainter;
class QPaintEngine;

namespace granska::report {

class PageShiftDevice : public QPaintDevice {
public:
    // Draws on `target`, which must be active; its device's metrics are this device's.
    explicit PageShiftDevice(QPainter &target);
    ~PageShiftDevice() override;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPainter &m_target;
    std::unique_ptr<QPaintEngine> m_engine;
};

} // namespace granska::report
