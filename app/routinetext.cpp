#include "routinetext.h"

#include "describe.h"
#include "qtconvert.h"

#include <QCoreApplication>

namespace limber {

namespace {

class RoutineText {
    Q_DECLARE_TR_FUNCTIONS(RoutineText)
};

QString escaped(const LocalizedText& text) {
    return localized(text).toHtmlEscaped();
}

QString safetyList(const std::vector<SafetyNotice>& notices) {
    QString html;
    for (const auto& notice : notices) {
        html += u"<p><b>" + Describe::safetyLevel(notice.level).toHtmlEscaped() + u":</b> " +
                escaped(notice.text) + u"</p>";
    }
    return html;
}

QString stepItem(const Step& step) {
    QString html = u"<li>" + escaped(step.text);
    const QString action = Describe::action(step.action);
    if (!action.isEmpty())
        html += u" <i>(" + action.toHtmlEscaped() + u")</i>";
    return html + u"</li>";
}

QString exerciseHtml(const Routine& routine, const Exercise& exercise) {
    QString html = u"<h3>" + escaped(exercise.title) + u"</h3>";
    if (!exercise.equipment.empty()) {
        QStringList names;
        for (const auto& id : exercise.equipment)
            names << Describe::equipment(routine, id);
        html += u"<p>" + RoutineText::tr("You need: %1").arg(names.join(u", ")).toHtmlEscaped() +
                u"</p>";
    }
    if (!exercise.sides.empty()) {
        QStringList sides;
        for (auto side : exercise.sides)
            sides << Describe::side(side);
        html += u"<p>" + RoutineText::tr("Once for each side: %1").arg(sides.join(u", ")) + u"</p>";
    }
    html += safetyList(exercise.safety);
    html += u"<ol>";
    for (const auto& block : exercise.blocks) {
        if (!block.repeat) {
            for (const auto& step : block.steps)
                html += stepItem(step);
            continue;
        }
        html += u"<li>" + Describe::repeat(*block.repeat).toHtmlEscaped() + u":<ol type=\"a\">";
        for (const auto& step : block.steps)
            html += stepItem(step);
        html += u"</ol></li>";
    }
    html += u"</ol>";
    if (exercise.rest && exercise.rest->count() > 0)
        html +=
            u"<p>" + RoutineText::tr("Rest %1").arg(Describe::duration(*exercise.rest)) + u"</p>";
    return html;
}

} // namespace

QString routineHtml(const Routine& routine) {
    QString html = u"<h2>" + escaped(routine.title) + u"</h2>";
    if (!routine.summary.empty())
        html += u"<p>" + escaped(routine.summary) + u"</p>";
    html += safetyList(routine.safety);
    for (const auto& equipment : routine.equipment) {
        QStringList substitutes;
        for (const auto& substitute : equipment.substitutes)
            substitutes << localized(substitute);
        QString line = localized(equipment.name);
        if (!substitutes.isEmpty())
            line = RoutineText::tr("%1 (or: %2)").arg(line, substitutes.join(u", "));
        html += u"<p>" + RoutineText::tr("Equipment: %1").arg(line).toHtmlEscaped() + u"</p>";
    }
    for (const auto& exercise : routine.exercises)
        html += exerciseHtml(routine, exercise);
    if (routine.source) {
        const QString url = toQString(routine.source->url).toHtmlEscaped();
        html += u"<p><small>" + RoutineText::tr("Source: %1").arg(escaped(routine.source->title)) +
                u" <a href=\"" + url + u"\">" + url + u"</a></small></p>";
    }
    return html;
}

QString problemsHtml(const RoutineLibrary& library) {
    if (library.failed.empty())
        return {};
    QString html = u"<p><b>" +
                   RoutineText::tr("%n routine file(s) could not be loaded:", nullptr,
                                   static_cast<int>(library.failed.size())) +
                   u"</b></p><ul>";
    for (const auto& file : library.failed) {
        html += u"<li><b>" + toQString(file).toHtmlEscaped() + u"</b><ul>";
        for (const auto& diagnostic : library.diagnostics) {
            if (diagnostic.file == file.string() && diagnostic.severity == Severity::Error)
                html += u"<li>" + toQString(diagnostic.format()).toHtmlEscaped() + u"</li>";
        }
        html += u"</ul></li>";
    }
    return html + u"</ul>";
}

} // namespace limber
