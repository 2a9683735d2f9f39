#pragma once

// Screenshots of Limber's screens, for people to look at (docs, reviews):
// the light and dark palettes of the Fusion style, at any QT_SCALE_FACTOR.
// Used by test_screenshots.cpp; a scripts/screenshots program can call the
// same functions.
//
//   limber::screenshots::usePalette(limber::screenshots::darkPalette());
//   LibraryView view(…);
//   limber::screenshots::save(view, u"/tmp/screens/library-dark.png"_s, &loader);

#include "common/imageloader.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace limber::screenshots {

// The window size the screens must fit without clipping.
inline constexpr QSize kWindowSize{1366, 768};

inline QPalette lightPalette() {
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette palette = fusion->standardPalette();
    delete fusion;
    return palette;
}

// A dark palette as desktop dark themes set it.
inline QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x3e));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}

// The Fusion style with this palette, for every widget made afterwards.
inline void usePalette(const QPalette& palette) {
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(palette);
}

// Shows `widget` at `size`, lets its pictures load, and grabs it.
inline QImage render(QWidget& widget, ImageLoader* loader, QSize size = kWindowSize) {
    widget.resize(size);
    widget.show();
    for (int pass = 0; pass < 3; ++pass) { // layouts settle, paints ask for pictures
        QApplication::processEvents();
        (void)widget.grab();
        if (loader)
            loader->waitForDone();
        QApplication::processEvents();
    }
    return widget.grab().toImage();
}

// render() into `file` (a PNG); "@2x" is added before ".png" at scale 2.
inline QString save(QWidget& widget, const QString& file, ImageLoader* loader,
                    QSize size = kWindowSize) {
    QString name = file;
    const qreal scale = widget.devicePixelRatioF();
    if (scale > 1.0)
        name.insert(name.lastIndexOf(u'.'), QStringLiteral("@%1x").arg(scale));
    QDir().mkpath(QFileInfo(name).absolutePath());
    return render(widget, loader, size).save(name) ? name : QString();
}

} // namespace limber::screenshots
