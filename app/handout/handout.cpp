#include "handout/handout.h"

#include "common/describe.h"
#include "common/disclaimer.h"
#include "common/imageloader.h"
#include "common/qtconvert.h"
#include "common/safetyicon.h"
#include "figures/figurerenderer.h"
#include "session/estimate.h"

#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPen>
#include <QUrl>
#include <chrono>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

using Style = PagedDocument::Style;

// A step's picture on paper, in millimetres (4:3, as the player's).
constexpr QSizeF kStepPicture(44, 33);
// A safety sign beside its notice.
constexpr QSizeF kSafetySign(6, 6);

qreal millimetres(const QPainter& painter, qreal mm) {
    return mm * painter.device()->logicalDpiY() / 25.4;
}

// A thin grey frame around a step's picture, so pictures read as a row of
// panels on paper.
void paintFrame(QPainter& painter, const QRectF& target) {
    const qreal radius = millimetres(painter, 1.5);
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), millimetres(painter, 0.2)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(target, radius, radius);
}

PagedDocument::Paint figurePainter(const Figure& figure) {
    return [&figure](QPainter& painter, const QRectF& target) {
        paintFrame(painter, target);
        // The pose the step leads to, as the overview and the player with
        // motion off show it.
        const FigureFrame frame = keyFrame(figure, figure.poses.size() - 1);
        const qreal inset = millimetres(painter, 1.5);
        FigureRenderer(FigureRenderer::paperPalette())
            .paint(painter, target.adjusted(inset, inset, -inset, -inset),
                   buildScene(figure, frame), sceneBounds(figure));
    };
}

PagedDocument::Paint imagePainter(const QString& file) {
    return [file](QPainter& painter, const QRectF& target) {
        paintFrame(painter, target);
        const qreal inset = millimetres(painter, 1.5);
        if (ImageLoader::paint(painter, target.adjusted(inset, inset, -inset, -inset), file))
            return;
        painter.setPen(Qt::black);
        painter.drawText(target, Qt::AlignCenter | Qt::TextWordWrap,
                         ImageLoader::placeholderText());
    };
}

PagedDocument::Paint safetySign(SafetyLevel level) {
    return [level](QPainter& painter, const QRectF& target) {
        // Black on white: the sign reads the same from a black-and-white printer.
        paintSafetyIcon(painter, target, level, {Qt::black, Qt::black, Qt::white});
    };
}

void safetyNotice(PagedDocument& document, const SafetyNotice& notice, const QString& lead) {
    document.figure(kSafetySign, safetySign(notice.level),
                    {{localized(notice.text).simplified(), Style::Body, lead}});
}

QString levelLead(SafetyLevel level) {
    return Handout::tr("%1:", "before a safety notice: Warning:").arg(Describe::safetyLevel(level));
}

void safetyBox(PagedDocument& document, const Routine& routine) {
    document.beginBox(Handout::tr("Safety first"));
    for (const auto& notice : routine.safety)
        safetyNotice(document, notice, levelLead(notice.level));
    for (const auto& exercise : routine.exercises) {
        for (const auto& notice : exercise.safety) {
            safetyNotice(document, notice,
                         Handout::tr("%1 (%2):", "a safety level and the exercise it is for")
                             .arg(Describe::safetyLevel(notice.level), localized(exercise.title)));
        }
    }
    document.paragraph(Disclaimer::text(), Style::Body, Handout::tr("Medical disclaimer:"));
    document.endBox();
}

void exercise(PagedDocument& document, const Routine& routine, const Exercise& exercise,
              int number) {
    document.heading(Handout::tr("%1. %2", "exercise number and title")
                         .arg(Describe::number(number), localized(exercise.title)),
                     Style::Heading);
    // The introduction stays on the page of the first step (a heading
    // stays with what follows it anyway).
    QStringList about;
    if (!exercise.equipment.empty())
        about << Describe::exerciseEquipment(routine, exercise);
    if (!exercise.sides.empty())
        about << Describe::sides(exercise.sides);
    if (exercise.rest)
        about << Describe::rest(*exercise.rest);
    if (!about.isEmpty()) {
        document.paragraph(about.join(u" · "_s));
        document.keepWithNext();
    }
    for (const auto& notice : exercise.safety) {
        safetyNotice(document, notice, levelLead(notice.level));
        document.keepWithNext();
    }

    int step = 0;
    for (const StepBlock& block : exercise.blocks) {
        if (block.repeat) {
            const int first = step + 1;
            const int last = step + static_cast<int>(block.steps.size());
            const QString steps = first == last
                                      ? Handout::tr("step %1").arg(Describe::number(first))
                                      : Handout::tr("steps %1–%2")
                                            .arg(Describe::number(first), Describe::number(last));
            document.heading(Handout::tr("%1: %2", "Repeat 10 to 15 times: steps 4–5")
                                 .arg(Describe::repeat(*block.repeat), steps),
                             Style::Subheading);
        }
        for (const Step& one : block.steps) {
            ++step;
            const QString lead = Handout::tr("%1.", "step number").arg(Describe::number(step));
            std::vector<PagedDocument::Text> words{
                {localized(one.text).simplified(), Style::Body, lead}};
            const QString dose = Describe::action(one.action);
            if (!dose.isEmpty())
                words.push_back({dose, Style::Strong, {}});
            if (one.figure) {
                document.figure(kStepPicture, figurePainter(*one.figure), std::move(words));
            } else if (!one.image.empty()) {
                document.figure(kStepPicture, imagePainter(toQString(routine.folder() / one.image)),
                                std::move(words));
            } else {
                for (const auto& text : words)
                    document.paragraph(text.text, text.style, text.lead);
            }
        }
    }
}

} // namespace

PagedDocument Handout::compose(const Routine& routine, const QDate& printed) {
    PagedDocument document;
    const QString title = localized(routine.title);
    const QString day = QLocale().toString(printed, QLocale::LongFormat);
    document.setTitle(title);
    document.setFooter(tr("%1 · printed %2", "the footer: routine title, date").arg(title, day));

    document.heading(title, Style::Title);
    const auto length = std::chrono::round<Seconds>(estimateDuration(routine, SessionSettings{}));
    document.paragraph(tr("%n exercise(s)", nullptr, static_cast<int>(routine.exercises.size())) +
                           u" · "_s + Describe::estimate(length),
                       Style::Strong);
    if (!routine.summary.empty())
        document.paragraph(localized(routine.summary).simplified());

    safetyBox(document, routine);

    if (const auto ids = routine.equipmentNeeded(); !ids.empty()) {
        document.heading(tr("What you need"));
        for (const auto& id : ids)
            document.bullet(Describe::equipmentWithSubstitutes(routine, id));
    }

    int number = 0;
    for (const auto& one : routine.exercises)
        exercise(document, routine, one, ++number);

    document.heading(routine.sources.size() > 1
                         ? tr("Sources", "the pages the routine's content comes from")
                         : tr("Source", "where the routine's content comes from"));
    for (const Source& page : routine.sources) {
        document.paragraph(localized(page.title).simplified());
        const QUrl url(toQString(page.url));
        if (url.isValid() && !url.isEmpty())
            document.paragraph(url.toDisplayString(), Style::Small);
    }
    if (routine.sources.empty())
        document.paragraph(tr("The routine names no source."));
    document.paragraph(tr("Printed with Limber on %1.").arg(day), Style::Small);
    return document;
}

QString Handout::writePdf(const Routine& routine, const QString& file, QPageSize::PageSizeId paper,
                          const QDate& printed) {
    return compose(routine, printed).writePdf(file, paper);
}

} // namespace limber
