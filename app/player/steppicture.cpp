#include "player/steppicture.h"

#include "common/picturebox.h"
#include "figure/figure.h"
#include "figures/figureview.h"

#include <QResizeEvent>

using namespace Qt::StringLiterals;

namespace limber {

StepPicture::StepPicture(ImageLoader* loader, QWidget* parent)
    : QWidget(parent)
    , m_box(new PictureBox(loader, this))
    , m_figure(new FigureView(this)) {
    m_box->setObjectName(u"pictureBox"_s);
    m_figure->setObjectName(u"figure"_s);
    m_figure->hide();
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void StepPicture::setPicture(const Figure* figure, const QString& file, const QString& description,
                             bool mirror) {
    const bool flipped = mirror != m_mirrorStep;
    m_mirrorStep = mirror;
    if (figure) {
        if (figure != m_shown || !m_figure->hasFigure() || flipped)
            showFigure(*figure);
        m_shown = figure;
        m_figure->setAccessibleName(description);
        m_figure->setToolTip(description);
        m_box->hide();
        m_figure->show();
    } else {
        clear();
        m_box->setFile(file);
        m_box->setMirrored(mirror);
        m_box->setDescription(description);
        m_box->show();
    }
}

void StepPicture::clear() {
    m_shown = nullptr;
    m_figure->hide();
    m_figure->clearFigure();
}

void StepPicture::setMirrored(bool mirrored) {
    if (mirrored == m_mirrored)
        return;
    m_mirrored = mirrored;
    if (m_shown && m_figure->hasFigure())
        showFigure(*m_shown);
}

void StepPicture::showFigure(const Figure& figure) {
    Figure shown = figure;
    shown.mirrored = (figure.mirrored != m_mirrored) != m_mirrorStep;
    m_figure->setFigure(shown);
}

void StepPicture::setMotionEnabled(bool enabled) {
    m_figure->setMotionEnabled(enabled);
}

void StepPicture::setPaused(bool paused) {
    m_figure->setPaused(paused);
}

void StepPicture::setBreathPhase(std::optional<double> phase) {
    if (phase)
        m_figure->setBreathPhase(*phase);
    else
        m_figure->clearBreath();
}

QSize StepPicture::sizeHint() const {
    return m_box->sizeHint();
}

QSize StepPicture::minimumSizeHint() const {
    return m_box->minimumSizeHint();
}

void StepPicture::setPictureMargins(const QMargins& margins) {
    if (margins == m_margins)
        return;
    m_margins = margins;
    m_box->setGeometry(rect().marginsRemoved(m_margins));
    m_figure->setGeometry(rect().marginsRemoved(m_margins));
}

void StepPicture::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    m_box->setGeometry(rect().marginsRemoved(m_margins));
    m_figure->setGeometry(rect().marginsRemoved(m_margins));
}

} // namespace limber
