#pragma once

#include "routine/routine.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace limber {

// `limber --export-figures DIR`: every figure of a routine as picture files,
// for documentation, review and places that cannot animate.
//
// Files go to DIR/<routine id>/, named after where the figure sits:
//
//   <exercise id>-cover[-<key>].png     the exercise's cover figure
//   <exercise id>-<NN>[-<key>].png      step NN of the exercise, counted
//                                       from 01 in file order (the steps
//                                       of a repeat block in place, once)
//
// A still figure (one key pose) is one file without <key>. A moving one
// gets a file per key pose, <key> = a, b, c...: wall-stretch-03-a.png is
// where the third step of the wall stretch starts, -b where it moves to.
// Each picture is written as PNG and, when `svg` is set, as SVG beside it,
// on the light palette (near-black figure on white).
struct FigureExportOptions {
    QSize size{800, 600}; // of the PNG, in pixels; the SVG's view box
    bool png = true;
    bool svg = true;
};

struct FigureExportResult {
    QStringList files;    // written, in routine order
    QStringList problems; // "cannot write ...": nothing else can go wrong
    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
};

// The file name stem of a figure (see above): cover when `step` is 0, else
// step `step` (1-based); `keyPose` is ignored for a still figure.
[[nodiscard]] QString figureFileStem(const Exercise& exercise, int step, const Figure& figure,
                                     std::size_t keyPose);

// Writes every figure of `routine` below `dir` (created when missing).
// Steps without a figure are skipped; a routine without any figure writes
// nothing.
[[nodiscard]] FigureExportResult exportFigures(const Routine& routine, const QString& dir,
                                               const FigureExportOptions& options = {});

} // namespace limber
