#include "PageDiff.h"

#include <QtGlobal>
#include <algorithm>
#include <cstdlib>

namespace granska {
namespace {

bool differs(QRgb a, QRgb b, int tolerance)
{
    return std::abs(qRed(a) - qRed(b)) > tolerance || std::abs(qGreen(a) - qGreen(b)) > tolerance
        || std::abs(qBlue(a) - qBlue(b)) > tolerance || std::abs(qAlpha(a) - qAlpha(b)) > tolerance;
}

} // namespace

PageDiff diffPages(const QImage &before, const QImage &after, const PageDiffOptions &options)
{
    PageDiff diff;
    const int cell = qMax(1, options.cellSize);
    const int width = qMax(before.width(), after.width());
    const int height = qMax(before.height(), after.height());
    if (width <= 0 || height <= 0)
        return diff;
    diff.sizeMismatch = before.size() != after.size();

    // Both in one known format, so that pixels compare as plain numbers whatever Poppler produced.
    const QImage a = before.convertToFormat(QImage::Format_ARGB32);
    const QImage b = after.convertToFormat(QImage::Format_ARGB32);
    const int columns = (width + cell - 1) / cell;
    const int rows = (height + cell - 1) / cell;
    QList<bool> marked(qsizetype(columns) * rows, false);

    const int commonWidth = qMin(a.width(), b.width());
    const int commonHeight = qMin(a.height(), b.height());
    for (int y = 0; y < height; ++y) {
        const QRgb *lineA = y < a.height() ? reinterpret_cast<const QRgb *>(a.constScanLine(y)) : nullptr;
        const QRgb *lineB = y < b.height() ? reinterpret_cast<const QRgb *>(b.constScanLine(y)) : nullptr;
        for (int x = 0; x < width; ++x) {
            // Outside the common area only one page has pixels: that part changed by definition.
            const bool changed = (y >= commonHeight || x >= commonWidth) || differs(lineA[x], lineB[x], options.tolerance);
            if (changed) {
                ++diff.changedPixels;
                marked[qsizetype(y / cell) * columns + x / cell] = true;
            }
        }
    }

    // Group the marked cells: cells within mergeDistance of each other belong to one region.
    QList<bool> visited(marked.size(), false);
    const int reach = qMax(0, options.mergeDistance);
    QList<qsizetype> stack;
    for (qsizetype start = 0; start < marked.size(); ++start) {
        if (!marked[start] || visited[start])
            continue;
        int minColumn = columns, minRow = rows, maxColumn = -1, maxRow = -1;
        stack.append(start);
        visited[start] = true;
        while (!stack.isEmpty()) {
            const qsizetype current = stack.takeLast();
            const int row = int(current / columns);
            const int column = int(current % columns);
            minColumn = qMin(minColumn, column);
            maxColumn = qMax(maxColumn, column);
            minRow = qMin(minRow, row);
            maxRow = qMax(maxRow, row);
            for (int r = qMax(0, row - reach); r <= qMin(rows - 1, row + reach); ++r) {
                for (int c = qMax(0, column - reach); c <= qMin(columns - 1, column + reach); ++c) {
                    const qsizetype next = qsizetype(r) * columns + c;
                    if (marked[next] && !visited[next]) {
                        visited[next] = true;
                        stack.append(next);
                    }
                }
            }
        }
        const QRect region(QPoint(minColumn * cell, minRow * cell),
                           QPoint(qMin(width, (maxColumn + 1) * cell) - 1, qMin(height, (maxRow + 1) * cell) - 1));
        diff.regions.append(region);
    }
    std::sort(diff.regions.begin(), diff.regions.end(), [](const QRect &l, const QRect &r) {
        return l.top() != r.top() ? l.top() < r.top() : l.left() < r.left();
    });
    return diff;
}

} // namespace granska
