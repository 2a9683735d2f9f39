#pragma once

#include "documents/pageddocument.h"
#include "routine/routine.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageSize>
#include <QString>

namespace limber {

// A routine on paper, for the fridge, the desk or the physiotherapist
// (File ▸ Export handout…, File ▸ Print…, `limber --handout`), in the
// interface's language:
//
//   - the title, how many exercises and about how long, the summary;
//   - the safety box first: the routine's and each exercise's warnings and
//     cautions, and the medical disclaimer;
//   - what you need, with the routine's substitutes;
//   - every exercise with every step: its figure drawn as vector graphics
//     (the pose the step leads to, as the still overview shows it) or its
//     picture, the step's words and its dose in words ("Hold 30 s to
//     1 min", "Hold for 5 breaths"); a repeat block says how often
//     ("Repeat 10 to 15 times: steps 4–5");
//   - the source, and the day it was printed;
//   - on every page the routine's title, the day and "Page 2 of 5".
class Handout {
    Q_DECLARE_TR_FUNCTIONS(Handout)

public:
    [[nodiscard]] static PagedDocument compose(const Routine& routine, const QDate& printed);

    // compose() written as a PDF file; PagedDocument::writePdf() says what
    // it returns.
    [[nodiscard]] static QString writePdf(const Routine& routine, const QString& file,
                                          QPageSize::PageSizeId paper, const QDate& printed);
};

} // namespace limber
