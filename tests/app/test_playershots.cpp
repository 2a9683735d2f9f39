// Screenshots of the player and the Done screen at 1366×768, light and dark,
// for people to look at (run with QT_SCALE_FACTOR=2 for the scale-2 set).
// Saved to $LIMBER_SHOTS_DIR, else /tmp/playershots.
#include "doneview.h"
#include "playerview.h"
#include "qtconvert.h"
#include "routineloader.h"
#include "settings.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace limber;

namespace {

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x24, 0x26, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1d, 0x21));
    p.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2f, 0x35));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3f));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x4c, 0x9c, 0xe0));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Mid, QColor(0x60, 0x64, 0x6c));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x38, 0x3f));
    p.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

class PlayerShots : public ::testing::TestWithParam<bool> {
protected:
    void SetUp() override {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(GetParam() ? darkPalette()
                                            : QApplication::style()->standardPalette());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_out = qEnvironmentVariable("LIMBER_SHOTS_DIR", u"/tmp/playershots"_s);
        QDir().mkpath(m_out);
        const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", u"1"_s);
        // Named like the other screenshots: player-03-hold-dark@2x.png
        m_suffix = (GetParam() ? u"dark"_s : u"light"_s) +
                   (scale == u"1" ? QString() : u'@' + scale + u'x');
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"limber.conf"_s));
        m_settings->setGetReady(3s);
        auto result = loadRoutineFile(std::filesystem::path(LIMBER_SOURCE_DIR) /
                                      "resources/routines/upper-back-relief.yaml");
        ASSERT_TRUE(result.routine);
        m_routine = std::move(*result.routine);
    }
    void TearDown() override { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void shoot(QWidget& widget, const QString& name) {
        // Let the pictures load at their final size (the picture box waits a
        // moment after a resize before asking for them).
        QTest::qWait(400);
        const QString file = m_out + u"/player-"_s + name + u'-' + m_suffix + u".png"_s;
        EXPECT_TRUE(widget.grab().save(file)) << file.toStdString();
    }
    void advance(PlayerView& view, Duration d) {
        const TimePoint end = m_now + d;
        while (m_now < end) {
            m_now = std::min(end, m_now + Duration(250ms));
            view.controller()->tick();
        }
    }

    QTemporaryDir m_dir;
    QString m_out, m_suffix;
    std::unique_ptr<Settings> m_settings;
    Routine m_routine;
    TimePoint m_now = TimePoint{} + 1000h;
};

} // namespace

TEST_P(PlayerShots, UpperBack) {
    PlayerView view;
    view.resize(1366, 768);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.start(m_routine, *m_settings, [this] { return m_now; });
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
    done.setSummary(summary, localized(m_routine.title));
    shoot(done, u"10-done"_s);
}

TEST_P(PlayerShots, Reps) {
    const auto file = std::filesystem::path(m_dir.path().toStdString()) / "reps.yaml";
    std::ofstream(file)
        << "limber: 1\nid: reps\ntitle: Reps\nsummary: Reps.\nexercises:\n"
           "  - id: squeeze\n    title: Shoulder squeeze\n    sides: [left, right]\n"
           "    safety:\n      - level: caution\n        text: Keep your neck long.\n"
           "    steps:\n      - text: Squeeze your shoulder blades together, then let go.\n"
           "        reps: {min: 10, max: 15}\n";
    auto result = loadRoutineFile(file);
    ASSERT_TRUE(result.routine);
    const Routine routine = std::move(*result.routine);
    PlayerView view;
    view.resize(1366, 768);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.start(routine, *m_settings, [this] { return m_now; });
    for (int i = 0; i < 7; ++i)
        view.controller()->tapRep();
    shoot(view, u"09-reps"_s);
}

INSTANTIATE_TEST_SUITE_P(Palettes, PlayerShots, ::testing::Values(false, true),
                         [](const auto& param) { return param.param ? "Dark" : "Light"; });

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
    PlayerView view;
    view.resize(1366, 768);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.start(*result.routine, settings);
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
