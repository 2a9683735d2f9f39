// The player and the Done screen at 1366×768, stepped through every kind of
// step, in English (light and dark), German and Spanish: every text must fit
// where it is shown. With LIMBER_SHOTS_DIR set, each state is also saved
// there as a PNG for people to look at (player-03-hold-light.png,
// player-de-03-hold-light.png; run with QT_SCALE_FACTOR=2 for the scale-2
// set). The library and the overview are checked the same way.
#include "common/imageloader.h"
#include "common/translations.h"
#include "figures/figurerenderer.h"
#include "figures/figureview.h"
#include "library/libraryview.h"
#include "overview/overviewview.h"
#include "player/doneview.h"
#include "player/playerview.h"
#include "player/steppicture.h"
#include "playersession.h"
#include "routine/routinelibrary.h"
#include "routine/routineloader.h"
#include "screenshot.h"
#include "session/estimate.h"
#include "session/sessionchoices.h"
#include "settings/settings.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <cstdio>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace limber;

namespace {

const std::filesystem::path kShipped =
    std::filesystem::path(LIMBER_SOURCE_DIR) / "resources/routines";

// How a widget is named in a report: its object name, else its accessible
// name, else its class.
QString nameOf(const QWidget* widget) {
    if (!widget->objectName().isEmpty())
        return widget->objectName();
    if (!widget->accessibleName().isEmpty())
        return u'“' + widget->accessibleName() + u'”';
    return QString::fromLatin1(widget->metaObject()->className());
}

// Whether a wrapped label's text still runs wider than the label: a word
// longer than the line.
bool wordTooLong(const QLabel& label) {
    const int margins = 2 * label.margin() + std::max(0, label.indent());
    const qreal width = label.contentsRect().width() - margins;
    QTextDocument document;
    document.setDefaultFont(label.font());
    document.setDocumentMargin(0);
    const bool rich = label.textFormat() == Qt::RichText ||
                      (label.textFormat() == Qt::AutoText && Qt::mightBeRichText(label.text()));
    if (rich)
        document.setHtml(label.text());
    else
        document.setPlainText(label.text());
    document.setTextWidth(width);
    return document.idealWidth() > width + 0.5;
}

// What does not fit in `screen` as shown: a button narrower than its text, a
// one-line label narrower or lower than its text, a wrapped label lower than
// its lines or with a word wider than itself, and a label or button that
// reaches past the screen's edge (or, in a scroll area, past its sides).
QStringList clippedTexts(QWidget& screen) {
    QStringList problems;
    const auto report = [&problems](const QWidget* widget, const QString& text,
                                    const QString& what) {
        problems << u"%1 “%2”: %3"_s.arg(nameOf(widget), text.simplified(), what);
    };
    for (QWidget* widget : screen.findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->width() <= 0 || widget->height() <= 0)
            continue;
        const auto* button = qobject_cast<QAbstractButton*>(widget);
        const auto* label = qobject_cast<QLabel*>(widget);
        if ((!button && !label) || (label && label->text().isEmpty()))
            continue;
        const QString text = button ? button->text() : label->text();
        const QSize hint = widget->sizeHint();
        if (button && hint.width() > widget->width()) {
            report(widget, text,
                   u"needs %1 px, is %2 px wide"_s.arg(hint.width()).arg(widget->width()));
        } else if (label && !label->wordWrap() &&
                   (hint.width() > widget->width() || hint.height() > widget->height())) {
            report(widget, text,
                   u"needs %1×%2 px, is %3×%4"_s.arg(hint.width())
                       .arg(hint.height())
                       .arg(widget->width())
                       .arg(widget->height()));
        } else if (label && label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height())
                report(widget, text,
                       u"needs %1 px of height, is %2 px high"_s.arg(needed).arg(label->height()));
            if (wordTooLong(*label))
                report(widget, text, u"a word is wider than the label"_s);
        }

        // Inside the screen: the window's edges; in a scroll area, its sides.
        QRect bounds = screen.rect();
        for (QWidget* parent = widget->parentWidget(); parent && parent != &screen;
             parent = parent->parentWidget()) {
            if (auto* scroll = qobject_cast<QAbstractScrollArea*>(parent)) {
                const QRect viewport(scroll->viewport()->mapTo(&screen, QPoint()),
                                     scroll->viewport()->size());
                bounds = QRect(viewport.left(), INT_MIN / 2, viewport.width(), INT_MAX);
                break;
            }
        }
        const QRect shown(widget->mapTo(&screen, QPoint()), widget->size());
        if (!bounds.contains(shown))
            report(widget, text, u"reaches past the edge of the screen"_s);
    }
    return problems;
}

// One look of the screens: a language and a palette.
struct Look {
    const char* language;
    bool dark;
};

void PrintTo(const Look& look, std::ostream* out) {
    *out << look.language << (look.dark ? ", dark" : ", light");
}

class PlayerShots : public ::testing::TestWithParam<Look> {
protected:
    void SetUp() override {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(GetParam().dark ? screenshots::darkPalette()
                                                 : QApplication::style()->standardPalette());
        m_language = QString::fromLatin1(GetParam().language);
        ASSERT_EQ(m_translations.apply(m_language), m_language);
        m_out = qEnvironmentVariable("LIMBER_SHOTS_DIR");
        if (!m_out.isEmpty())
            QDir().mkpath(m_out);
        const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", u"1"_s);
        // Named like the other screenshots: player-03-hold-dark@2x.png, and
        // player-de-03-hold-light.png in German.
        m_prefix = m_language == u"en" ? u"player-"_s : u"player-"_s + m_language + u'-';
        m_suffix = (GetParam().dark ? u"dark"_s : u"light"_s) +
                   (scale == u"1" ? QString() : u'@' + scale + u'x');
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"limber.conf"_s));
        m_settings->setGetReady(3s);
        auto result = loadRoutineFile(kShipped / "upper-back-relief.yaml");
        ASSERT_TRUE(result.routine);
        m_routine = std::move(*result.routine);
    }
    void TearDown() override {
        QApplication::setPalette(QApplication::style()->standardPalette());
        m_translations.apply(u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // Checks that every text of `widget` fits as it is shown now.
    void expectFits(QWidget& widget, const QString& name) {
        QApplication::processEvents(); // the layouts settle
        const QStringList problems = clippedTexts(widget);
        EXPECT_TRUE(problems.isEmpty())
            << m_language.toStdString() << ' ' << name.toStdString() << ": texts cut off:\n  "
            << problems.join(u"\n  "_s).toStdString();
    }
    // expectFits(), and saves the picture when asked.
    void shoot(QWidget& widget, const QString& name) {
        expectFits(widget, name);
        if (m_out.isEmpty())
            return;
        // Let the pictures load at their final size (the picture box waits a
        // moment after a resize before asking for them).
        QTest::qWait(400);
        const QString file = m_out + u'/' + m_prefix + name + u'-' + m_suffix + u".png"_s;
        EXPECT_TRUE(widget.grab().save(file)) << file.toStdString();
    }
    // An arm reached up on the left side, then on the right: a switch of
    // sides with a figure, its first step held (a get-ready beside it).
    std::filesystem::path writeSides() const {
        const auto file = std::filesystem::path(m_dir.path().toStdString()) / "sides.yaml";
        std::ofstream(file) << R"(limber: 1
id: sides
title: {en: Sides, de: Seiten, es: Lados}
summary: {en: Each side., de: Jede Seite., es: Cada lado.}
exercises:
  - id: reach
    title: {en: Arm reach, de: Arm strecken, es: Estirar el brazo}
    sides: [left, right]
    steps:
      - text:
          en: Reach your arm up over your head.
          de: Strecken Sie den Arm über den Kopf.
          es: Estira el brazo por encima de la cabeza.
        hold: 20s
        figure:
          view: front
          poses:
            - base: standing
              left-arm: up
)";
        return file;
    }
    // Where each key pose of the figure `view` shows is drawn: the figure
    // view's whole rect as the target, all it can draw in.
    static std::vector<QRect> drawnPoses(const FigureView& view) {
        std::vector<QRect> drawn;
        const Figure& shown = *view.figure();
        for (std::size_t pose = 0; pose < shown.poses.size(); ++pose)
            drawn.push_back(FigureRenderer::sceneRect(QRectF(view.geometry()),
                                                      buildScene(shown, keyFrame(shown, pose)),
                                                      sceneBounds(shown))
                                .toAlignedRect());
        return drawn;
    }
    void advance(PlayerView& view, Duration d) {
        const TimePoint end = m_now + d;
        while (m_now < end) {
            m_now = std::min(end, m_now + Duration(250ms));
            view.controller()->tick();
        }
    }

    QTemporaryDir m_dir;
    Translations m_translations;
    ImageLoader m_loader;
    QString m_language, m_out, m_prefix, m_suffix;
    std::unique_ptr<Settings> m_settings;
    Routine m_routine;
    TimePoint m_now = TimePoint{} + 1000h;
};

} // namespace

TEST_P(PlayerShots, UpperBack) {
    PlayerView view(*m_settings, m_loader);
    view.resize(1366, 768);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const auto session = startSession(view, m_routine, *m_settings, [this] { return m_now; });
    shoot(view, u"01-read"_s);
    for (int i = 0; i < 5; ++i)
        view.controller()->next();
    advance(view, 1s);
    shoot(view, u"02-getready"_s);
    advance(view, 2s + 13s + 500ms);
    shoot(view, u"03-hold"_s);
    view.controller()->pause();
    shoot(view, u"04-paused"_s);
    view.controller()->resume();
    advance(view, 20s);
    view.controller()->next(); // the last step, then the rest
    advance(view, 4s);
    shoot(view, u"05-rest"_s);
    view.controller()->skipRest();
    for (int i = 0; i < 3; ++i)
        view.controller()->next();
    advance(view, 3s + 6s + 800ms);
    shoot(view, u"06-breath"_s);
    advance(view, 20s);
    for (int i = 0; i < 10; ++i) {
        view.controller()->next();
        advance(view, 28s);
    }
    shoot(view, u"07-cycles-done"_s);
    view.controller()->done();
    view.controller()->skipRest();
    view.controller()->next();
    view.controller()->next();
    view.controller()->next();
    advance(view, 28s);
    view.controller()->next();
    shoot(view, u"08-again"_s);

    SessionSummary summary;
    QObject::connect(&view, &PlayerView::finished, &view,
                     [&summary](const SessionSummary& s) { summary = s; });
    view.controller()->done();
    view.hide();
    DoneView done;
    done.resize(1366, 768);
    done.show();
    done.setSummary(summary, m_routine.title);
    shoot(done, u"10-done"_s);
}

// The get-ready banner never covers the figure (its head, in a pose that
// starts upright): for every step of the upper-back routine that counts in,
// in a 1366×768 window and a small one, the banner stays clear of all the
// figure draws in any of the step's key poses, and says what it says.
TEST_P(PlayerShots, GetReadyNeverCoversTheFigure) {
    for (const QSize size : {QSize(1366, 768), QSize(800, 520)}) {
        SCOPED_TRACE(size.width());
        PlayerView view(*m_settings, m_loader);
        view.resize(size);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        const auto session = startSession(view, m_routine, *m_settings, [this] { return m_now; });
        auto* overlay = view.findChild<QLabel*>(u"overlay"_s);
        auto* figure = view.findChild<FigureView*>();
        ASSERT_TRUE(overlay && figure);
        int checked = 0;
        for (int step = 0; step < 40 && view.controller(); ++step) {
            view.controller()->next();
            advance(view, 500ms);
            QApplication::processEvents();
            if (!overlay->isVisible() || !figure->isVisible() || !figure->figure())
                continue;
            ++checked;
            EXPECT_TRUE(view.overlayText().startsWith(view.headingText()))
                << view.overlayText().toStdString();
            const std::vector<QRect> poses = drawnPoses(*figure);
            for (std::size_t pose = 0; pose < poses.size(); ++pose) {
                const QRect& drawn = poses[pose];
                ASSERT_FALSE(drawn.isEmpty());
                EXPECT_FALSE(overlay->geometry().intersects(drawn))
                    << view.headingText().toStdString() << ", pose " << pose << ": banner "
                    << overlay->geometry().y() << "+" << overlay->geometry().height()
                    << ", figure from " << drawn.y();
            }
            // Inside the picture, whole.
            EXPECT_TRUE(overlay->parentWidget()->rect().contains(overlay->geometry()));
            EXPECT_GE(overlay->height(), overlay->heightForWidth(overlay->width()));
            // Paused and resumed, the picture stays where it is: the band
            // keeps the get-ready's size under the longer pause message.
            const QRect before = figure->geometry();
            view.controller()->pause();
            QApplication::processEvents();
            EXPECT_EQ(figure->geometry(), before) << "the picture moved when paused";
            view.controller()->resume();
            QApplication::processEvents();
            EXPECT_EQ(figure->geometry(), before) << "the picture moved when resumed";
        }
        EXPECT_GE(checked, 3) << "get-readies with a figure seen";
    }
}

// A switch of sides takes a band at the top of the picture, and the
// get-ready a band at the bottom: neither covers any pose of the figure of
// the side to come, nor each other, at 1366×768 or in a small window; a
// pause moves nothing. The neck's side stretch starts each side with a step
// to read (the banner alone); a reach held on each side starts it with a
// get-ready (the banner and the get-ready).
TEST_P(PlayerShots, SwitchingSidesNeverCoversTheFigure) {
    const auto reach = writeSides();
    int withGetReady = 0;
    for (const auto& [file, size] :
         {std::pair{kShipped / "neck.yaml", QSize(1366, 768)}, std::pair{reach, QSize(1366, 768)},
          std::pair{kShipped / "neck.yaml", QSize(800, 520)}, std::pair{reach, QSize(800, 520)}}) {
        SCOPED_TRACE(file.filename().string() + " at " + std::to_string(size.width()));
        auto result = loadRoutineFile(file);
        ASSERT_TRUE(result.routine);
        PlayerView view(*m_settings, m_loader);
        view.resize(size);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        const auto session =
            startSession(view, *result.routine, *m_settings, [this] { return m_now; });
        auto* banner = view.findChild<QLabel*>(u"switchSides"_s);
        auto* overlay = view.findChild<QLabel*>(u"overlay"_s);
        auto* figure = view.findChild<FigureView*>();
        ASSERT_TRUE(banner && overlay && figure);
        int checked = 0;
        for (int step = 0; step < 60 && view.controller(); ++step) {
            view.controller()->next();
            advance(view, 500ms);
            QApplication::processEvents();
            if (!banner->isVisible() || !figure->isVisible() || !figure->figure())
                continue;
            ++checked;
            const bool gettingReady = overlay->isVisible();
            withGetReady += gettingReady ? 1 : 0;
            EXPECT_FALSE(gettingReady && overlay->geometry().intersects(banner->geometry()));
            const std::vector<QRect> poses = drawnPoses(*figure);
            for (std::size_t pose = 0; pose < poses.size(); ++pose) {
                const QRect& drawn = poses[pose];
                EXPECT_FALSE(banner->geometry().intersects(drawn))
                    << view.headingText().toStdString() << ", pose " << pose << ": switch banner "
                    << banner->geometry().y() << "+" << banner->geometry().height()
                    << ", figure from " << drawn.y();
                EXPECT_FALSE(gettingReady && overlay->geometry().intersects(drawn))
                    << view.headingText().toStdString() << ", pose " << pose << ": get-ready "
                    << overlay->geometry().y() << ", figure to " << drawn.bottom();
            }
            const QRect before = figure->geometry();
            view.controller()->pause();
            QApplication::processEvents();
            EXPECT_EQ(figure->geometry(), before) << "the picture moved when paused";
            view.controller()->resume();
            QApplication::processEvents();
            EXPECT_EQ(figure->geometry(), before) << "the picture moved when resumed";
        }
        EXPECT_GE(checked, 1) << "a switch of sides with a figure seen";
    }
    EXPECT_GE(withGetReady, 2) << "a switch of sides with its get-ready seen";
}

// Paused in one side's hold, Next goes on to the other side, still paused:
// the switch of sides takes its band there too, above the figure.
TEST_P(PlayerShots, ASwitchReachedWhilePausedKeepsItsBand) {
    auto result = loadRoutineFile(writeSides());
    ASSERT_TRUE(result.routine);
    PlayerView view(*m_settings, m_loader);
    view.resize(1366, 768);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const auto session = startSession(view, *result.routine, *m_settings, [this] { return m_now; });
    advance(view, 3s + 5s); // into the left side's hold
    view.controller()->pause();
    view.controller()->next();
    QApplication::processEvents();
    auto* banner = view.findChild<QLabel*>(u"switchSides"_s);
    auto* figure = view.findChild<FigureView*>();
    ASSERT_TRUE(banner && figure && figure->figure());
    ASSERT_TRUE(banner->isVisible()) << "the switch of sides shows while paused";
    ASSERT_EQ(view.controller()->progress().phase, PhaseKind::Paused);
    const std::vector<QRect> poses = drawnPoses(*figure);
    for (std::size_t pose = 0; pose < poses.size(); ++pose) {
        const QRect& drawn = poses[pose];
        EXPECT_FALSE(banner->geometry().intersects(drawn))
            << "pose " << pose << ": switch banner " << banner->geometry().y() << "+"
            << banner->geometry().height() << ", figure from " << drawn.y();
    }
}

// With a voice, a step's words are spoken before its get-ready counts down:
// the get-ready's band is free from the step's start, so the picture neither
// shrinks nor moves when the countdown starts after the words.
TEST_P(PlayerShots, TheFigureStaysPutWhenTheCountdownFollowsTheWords) {
    PlayerView view(*m_settings, m_loader);
    view.resize(1366, 768);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    SessionSettings narrated = sessionSettingsFrom(*m_settings);
    narrated.waitForNarration = true;
    narrated.narrationLimit = 60s;
    SessionController session(m_routine, *m_settings, narrated, [this] { return m_now; });
    view.setSession(&session);
    session.start();
    auto* figure = view.findChild<FigureView*>();
    ASSERT_TRUE(figure);
    int checked = 0;
    for (int step = 0; step < 40 && view.controller(); ++step) {
        advance(view, 250ms);
        QApplication::processEvents();
        if (!session.progress().waitingForNarration || !figure->isVisible() || !figure->figure()) {
            session.next();
            continue;
        }
        const QRect whileSpoken = figure->geometry();
        EXPECT_TRUE(view.overlayText().isEmpty()) << "the countdown waits for the words";
        if (checked == 0)
            shoot(view, u"12-listen"_s);
        session.narrationFinished();
        advance(view, 250ms);
        QApplication::processEvents();
        ASSERT_TRUE(view.overlayText().startsWith(view.headingText())) << "no countdown";
        EXPECT_EQ(figure->geometry(), whileSpoken)
            << view.stepText().toStdString() << ": the picture moved as the countdown started";
        ++checked;
        session.next();
    }
    EXPECT_GE(checked, 3) << "narrated get-readies with a figure seen";
}

TEST_P(PlayerShots, Reps) {
    const auto file = std::filesystem::path(m_dir.path().toStdString()) / "reps.yaml";
    std::ofstream(file) << R"(limber: 1
id: reps
title: {en: Reps, de: Wiederholungen, es: Repeticiones}
summary: {en: Reps., de: Wiederholungen., es: Repeticiones.}
exercises:
  - id: squeeze
    title: {en: Shoulder squeeze, de: Schulterblätter zusammenziehen, es: Juntar los omóplatos}
    sides: [left, right]
    safety:
      - level: caution
        text: {en: Keep your neck long., de: Halten Sie den Nacken lang., es: Mantén el cuello largo.}
    steps:
      - text:
          en: Squeeze your shoulder blades together, then let go.
          de: Ziehen Sie die Schulterblätter zusammen, dann lassen Sie los.
          es: Junta los omóplatos y luego suéltalos.
        reps: {min: 10, max: 15}
)";
    auto result = loadRoutineFile(file);
    ASSERT_TRUE(result.routine);
    const Routine routine = std::move(*result.routine);
    PlayerView view(*m_settings, m_loader);
    view.resize(1366, 768);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const auto session = startSession(view, routine, *m_settings, [this] { return m_now; });
    for (int i = 0; i < 7; ++i)
        view.controller()->tapRep();
    shoot(view, u"09-reps"_s);
}

// The moment of switching sides: the banner over the picture, the
// countdown under it, the figure mirrored.
TEST_P(PlayerShots, SwitchSides) {
    auto result = loadRoutineFile(writeSides());
    ASSERT_TRUE(result.routine);
    const Routine routine = std::move(*result.routine);
    PlayerView view(*m_settings, m_loader);
    view.resize(1366, 768);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const auto session = startSession(view, routine, *m_settings, [this] { return m_now; });
    advance(view, 3s + 20s + 1s);
    ASSERT_FALSE(view.switchSidesText().isEmpty());
    shoot(view, u"11-switch"_s);
}

// The library and the overview of the shipped routine, with a routine of the
// person's own and a broken file: every text fits at 1366×768.
TEST_P(PlayerShots, LibraryAndOverview) {
    QTemporaryDir user;
    std::ofstream(user.filePath(u"neck.yaml"_s).toStdString())
        << "limber: 1\nid: neck\ntitle: Neck release\nsummary: Loosen a stiff neck.\n"
           "exercises:\n  - id: tilt\n    title: Tilt\n    steps:\n"
           "      - text: Tilt your head.\n        hold: 20s\n";
    std::ofstream(user.filePath(u"broken.yaml"_s).toStdString()) << "limber: 1\nid: broken\n";
    const RoutineLibrary library =
        scanLibrary({{kShipped, false}, {user.path().toStdString(), true}});
    const auto estimate = [](const Routine& routine) {
        return std::chrono::round<std::chrono::seconds>(
            estimateDuration(routine, SessionSettings{}));
    };
    LibraryView libraryView(m_loader, estimate);
    libraryView.setLibrary(&library);
    libraryView.resize(1366, 768);
    libraryView.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&libraryView));
    expectFits(libraryView, u"library"_s);
    libraryView.hide();

    OverviewView overview(*m_settings, m_loader);
    overview.setDurationEstimator(estimate);
    overview.setRoutine(&m_routine, false);
    overview.resize(1366, 768);
    overview.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&overview));
    expectFits(overview, u"overview"_s);
    overview.findChild<QAbstractButton*>(u"disclaimerButton"_s)->click();
    expectFits(overview, u"overview with the disclaimer"_s);
}

INSTANTIATE_TEST_SUITE_P(Looks, PlayerShots,
                         ::testing::Values(Look{"en", false}, Look{"en", true}, Look{"de", false},
                                           Look{"es", false}),
                         [](const auto& param) {
                             return std::string(param.param.language) +
                                    (param.param.dark ? "Dark" : "Light");
                         });

// CPU spent by the process while paused and while a hold runs (real clock,
// 5 s each). Only when asked: LIMBER_MEASURE_CPU=1.
TEST(PlayerCpu, PausedAndHolding) {
    if (qEnvironmentVariableIsEmpty("LIMBER_MEASURE_CPU"))
        GTEST_SKIP() << "set LIMBER_MEASURE_CPU=1 to measure";
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"limber.conf"_s));
    settings.setGetReady(0s);
    auto result = loadRoutineFile(std::filesystem::path(LIMBER_SOURCE_DIR) /
                                  "resources/routines/upper-back-relief.yaml");
    ASSERT_TRUE(result.routine);
    ImageLoader loader;
    PlayerView view(settings, loader);
    view.resize(1366, 768);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const auto session = startSession(view, *result.routine, settings);
    for (int i = 0; i < 5; ++i)
        view.controller()->next(); // into the 30 s hold
    QTest::qWait(500);
    const auto cpu = [] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        const long micros = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1'000'000L +
                            usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
        return static_cast<double>(micros) / 1000.0;
    };
    // An event loop that sleeps until woken (QTest::qWait polls every 10 ms).
    const auto idle = [] {
        QEventLoop loop;
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    };
    double before = cpu();
    idle();
    const double holding = cpu() - before;
    view.controller()->pause();
    QTest::qWait(200);
    before = cpu();
    idle();
    const double paused = cpu() - before;
    std::printf("CPU over 5 s: holding %.0f ms (%.1f %%), paused %.0f ms (%.2f %%)\n", holding,
                holding / 50.0, paused, paused / 50.0);
    EXPECT_FALSE(view.controller()->timersActive());
    EXPECT_LT(paused, 25.0);
}
