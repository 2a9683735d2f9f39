#include "figures/figureexport.h"

#include "common/qtconvert.h"
#include "figures/figurerenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

class Exporter {
public:
    Exporter(const QString& folder, const FigureExportOptions& options)
        : m_folder(folder)
        , m_options(options)
        , m_renderer(FigureRenderer::paperPalette()) {}

    void exportFigure(const Exercise& exercise, int step, const Figure& figure) {
        for (std::size_t i = 0; i < figure.poses.size(); ++i) {
            const QString stem = m_folder + u'/' + figureFileStem(exercise, step, figure, i);
            const FigureFrame frame = keyFrame(figure, i);
            if (m_options.png)
                writePng(stem + u".png"_s, figure, frame);
            if (m_options.svg)
                writeSvg(stem + u".svg"_s, figure, frame);
        }
    }

    FigureExportResult result;

private:
    void writePng(const QString& file, const Figure& figure, const FigureFrame& frame) {
        const QImage image = m_renderer.render(figure, frame, m_options.size);
        if (image.save(file, "PNG"))
            result.files.append(file);
        else
            result.problems.append(u"cannot write %1"_s.arg(QDir::toNativeSeparators(file)));
    }

    void writeSvg(const QString& file, const Figure& figure, const FigureFrame& frame) {
        QSvgGenerator svg;
        svg.setFileName(file);
        svg.setSize(m_options.size);
        svg.setViewBox(QRect(QPoint(0, 0), m_options.size));
        svg.setTitle(QFileInfo(file).completeBaseName());
        svg.setDescription(u"Limber figure"_s);
        QPainter painter;
        if (!painter.begin(&svg)) {
            result.problems.append(u"cannot write %1"_s.arg(QDir::toNativeSeparators(file)));
            return;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF target(QPointF(0, 0), QSizeF(m_options.size));
        painter.fillRect(target, m_renderer.background());
        m_renderer.paint(painter, target, buildScene(figure, frame), sceneBounds(figure));
        painter.end();
        // QSvgGenerator reports no write errors: check the file it left.
        if (QFileInfo(file).size() > 0)
            result.files.append(file);
        else
            result.problems.append(u"cannot write %1"_s.arg(QDir::toNativeSeparators(file)));
    }

    QString m_folder;
    FigureExportOptions m_options;
    FigureRenderer m_renderer;
};

} // namespace

QString figureFileStem(const Exercise& exercise, int step, const Figure& figure,
                       std::size_t keyPose) {
    QString stem = toQString(exercise.id) + u'-';
    stem += step == 0 ? u"cover"_s : u"%1"_s.arg(step, 2, 10, QChar(u'0'));
    if (figure.isAnimated()) {
        // a..z, then aa, ab...: kMaxKeyPoses is 32.
        QString key;
        for (std::size_t n = keyPose + 1; n > 0; n = (n - 1) / 26)
            key.prepend(QChar(u'a' + static_cast<char16_t>((n - 1) % 26)));
        stem += u'-' + key;
    }
    return stem;
}

FigureExportResult exportFigures(const Routine& routine, const QString& dir,
                                 const FigureExportOptions& options) {
    const QString folder = QDir(dir).filePath(toQString(routine.id));
    Exporter exporter(folder, options);
    if (!QDir().mkpath(folder)) {
        exporter.result.problems.append(
            u"cannot create the folder %1"_s.arg(QDir::toNativeSeparators(folder)));
        return exporter.result;
    }
    for (const Exercise& exercise : routine.exercises) {
        if (exercise.figure)
            exporter.exportFigure(exercise, 0, *exercise.figure);
        int number = 0;
        for (const StepBlock& block : exercise.blocks) {
            for (const Step& step : block.steps) {
                ++number;
                if (step.figure)
                    exporter.exportFigure(exercise, number, *step.figure);
            }
        }
    }
    return exporter.result;
}

} // namespace limber
