// Where two renderings of a page differ: the pixels that changed, grouped into rectangles a person
// can look at. A plain function of two images (no widgets, no Poppler) so that it can be tested on
// synthetic images and run on a worker thread.
#pragma once

#include <QImage>
#include <QList>
#include <QRect>

namespace granska {

struct PageDiffOptions {
    // A pixel counts as changed when a colour channel differs by more than this (0-255); absorbs
    // anti-aliasing noise without hiding a changed character.
    int tolerance = 32;
    // Changed pixels are collected in square cells of this many pixels ...
    int cellSize = 8;
    // ... and cells at most this many cells apart end up in the same rectangle, so that a changed
    // line of text is one region rather than one per letter.
    int mergeDistance = 2;
};

struct PageDiff {
    QList<QRect> regions;  // in pixels of the larger image, top-left origin, sorted top to bottom
    qint64 changedPixels = 0;
    bool sizeMismatch = false; // the two pages differ in size; the part only one has is a region too

    bool hasChanges() const { return sizeMismatch || !regions.isEmpty(); }
};

PageDiff diffPages(const QImage &before, const QImage &after, const PageDiffOptions &options = {});

} // namespace granska
