// The player, clicked and typed through as a person would, on a fake clock.
#include "common/imageloader.h"
#include "common/picturebox.h"
#include "common/qtconvert.h"
#include "common/translations.h"
#include "figures/figureview.h"
#include "paintlog.h"
#include "player/breathguide.h"
#include "player/doneview.h"
#include "player/playerview.h"
#include "player/repcounter.h"
#include "player/timerring.h"
#include "playersession.h"
#include "routine/routineloader.h"
#include "session/sessionchoices.h"
#include "session/sessioncontroller.h"
#include "settings/settings.h"
#include "testroutines.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPaintEvent>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <fstream>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace limber;

namespace {

const char* const kRepsRoutine = R"(limber: 1
id: reps-test
title: Reps test
summary: Tapped and paced reps.
exercises:
  - id: squeeze
    title: Shoulder squeeze
    sides: [left, right]
    steps:
      - text: Squeeze your shoulder blades together.
        reps: {min: 3, max: 5}
  - id: rolls
    title: Shoulder rolls
    steps:
      - text: Roll your shoulders with the sound.
        reps: {min: 4, max: 4, tempo: 2s}
)";

class PlayerTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ASSERT_EQ(m_translations.apply(u"en"_s), u"en"_s); // English's plural forms
        m_settings->setGetReady(3s);
        m_settings->setBreathPace(5000ms);
        m_settings->setAutoAdvance(true);
        m_view.resize(1366, 768);
        m_view.show();
        m_view.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&m_view));
        QObject::connect(&m_view, &PlayerView::finished, &m_view,
                         [this](const SessionSummary& summary) { m_summary = summary; });
    }

    void load(const std::filesystem::path& file) {
        auto result = loadRoutineFile(file);
        std::string problems;
        for (const auto& d : result.diagnostics)
            problems += d.format() + '\n';
        ASSERT_TRUE(result.routine.has_value()) << problems;
        m_routine = std::move(*result.routine);
    }
    void start() {
        m_session = startSession(m_view, m_routine, *m_settings, [this] { return m_now; });
    }
    void advance(Duration d) {
        // A person waits; the timer would fire on its own, as often as it needs.
        const TimePoint end = m_now + d;
        while (m_now < end) {
            m_now = std::min(end, m_now + Duration(500ms));
            m_view.controller()->tick();
        }
    }
    void key(Qt::Key k) {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &m_view;
        QTest::keyClick(target, k);
    }
    template <typename T = QPushButton> T* find(const QString& name) const {
        auto* w = m_view.findChild<T*>(name);
        EXPECT_NE(w, nullptr) << name.toStdString();
        return w;
    }
    QString label(const QString& name) const { return find<QLabel>(name)->text(); }
    bool shown(const QString& button) const { return find(button)->isVisible(); }
    bool enabled(const QString& button) const {
        auto* b = find(button);
        return b->isVisible() && b->isEnabled();
    }
    void click(const QString& button) {
        ASSERT_TRUE(enabled(button)) << button.toStdString();
        QTest::mouseClick(find(button), Qt::LeftButton);
    }
    // Says yes to the question Finish or Restart asks.
    void confirm(const QString& question) {
        auto* box = m_view.findChild<QMessageBox*>(question);
        ASSERT_NE(box, nullptr) << question.toStdString();
        box->findChild<QPushButton*>(u"confirm"_s)->click();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_view.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&m_view));
    }
    QString ring() const { return find<TimerRing>(u"ring"_s)->digitsText(); }
    bool ringShown() const { return find<TimerRing>(u"ring"_s)->isVisible(); }
    BreathGuide* breath() const { return find<BreathGuide>(u"breath"_s); }
    RepCounter* reps() const { return find<RepCounter>(u"reps"_s); }
    // Waits out a get-ready countdown, checking what it shows.
    void waitOutGetReady() {
        EXPECT_EQ(m_view.overlayText(), u"Get ready · 3"_s);
        EXPECT_EQ(m_view.headingText(), u"Get ready"_s);
        advance(1s);
        EXPECT_EQ(m_view.overlayText(), u"Get ready · 2"_s);
        advance(2s);
        EXPECT_EQ(m_view.overlayText(), QString());
    }
    // Breathes through `count` breaths, checking the guide.
    void breathe(int count) {
        ASSERT_TRUE(breath()->isVisible());
        for (int i = 1; i <= count; ++i) {
            EXPECT_EQ(breath()->phaseText(), u"Breathe in"_s) << i;
            EXPECT_EQ(breath()->countText(), u"Breath %1 of %2"_s.arg(i).arg(count));
            advance(2500ms);
            EXPECT_EQ(breath()->phaseText(), u"Breathe out"_s) << i;
            advance(2500ms);
        }
    }
    FigureView* figure() const { return find<FigureView>(u"figure"_s); }
    PictureBox* pictureBox() const { return find<PictureBox>(u"pictureBox"_s); }
    // The exercise's steps, blocks flattened, as the player counts them.
    static const Step& stepOf(const Exercise& exercise, int index) {
        for (const StepBlock& block : exercise.blocks) {
            if (index < static_cast<int>(block.steps.size()))
                return block.steps[static_cast<std::size_t>(index)];
            index -= static_cast<int>(block.steps.size());
        }
        throw std::out_of_range("no such step");
    }
    // Whether the figure shown is `step`'s (figures have no ==).
    ::testing::AssertionResult showsFigureOf(const Step& step) const {
        if (!step.figure)
            return ::testing::AssertionFailure() << "the step has no figure";
        if (!figure()->isVisible() || pictureBox()->isVisible())
            return ::testing::AssertionFailure() << "the figure view is not the one shown";
        const std::optional<Figure>& shown = figure()->figure();
        if (!shown || shown->poses.size() != step.figure->poses.size() ||
            shown->view != step.figure->view || shown->props != step.figure->props ||
            shown->highlights != step.figure->highlights)
            return ::testing::AssertionFailure() << "another figure is shown";
        return ::testing::AssertionSuccess();
    }
    // Any timer in the player at all: the session's, the widgets', the figure's.
    bool playerTimerActive() const {
        if (anyTimerActive() || figure()->isAnimating())
            return true;
        for (const QTimer* timer : m_view.findChildren<QTimer*>()) {
            if (timer->isActive())
                return true;
        }
        return false;
    }
    bool anyTimerActive() const {
        for (const QTimer* timer : m_view.controller()->findChildren<QTimer*>()) {
            if (timer->isActive())
                return true;
        }
        return false;
    }

    QTemporaryDir m_dir;
    Translations m_translations;
    std::unique_ptr<Settings> m_settings =
        std::make_unique<Settings>(m_dir.filePath(u"limber.conf"_s));
    Routine m_routine;
    ImageLoader m_loader;
    PlayerView m_view{*m_settings, m_loader};
    std::unique_ptr<SessionController> m_session;
    TimePoint m_now = TimePoint{} + 1000h;
    std::optional<SessionSummary> m_summary;
};

// A copy of the shipped Upper back relief, frozen for this test (the file says
// how it differs).
const std::filesystem::path kUpperBack =
    std::filesystem::path(LIMBER_TEST_DATA_DIR) / "routines/valid/player-scenario.yaml";

} // namespace

TEST_F(PlayerTest, UpperBackReliefFromStartToDone) {
    load(kUpperBack);
    start();

    // Wall stretch: five steps to read, each waits for Next.
    EXPECT_EQ(m_view.positionText(), u"Exercise 1 of 3: Wall stretch · step 1 of 7"_s);
    EXPECT_EQ(m_view.stepText(), u"Stand facing a wall, about 60 cm (2 ft) away from it."_s);
    EXPECT_EQ(label(u"needs"_s), u"You need: Wall"_s);
    EXPECT_TRUE(label(u"safety"_s).contains(u"Caution:</b> Keep your neck straight"_s));
    EXPECT_EQ(m_view.headingText(), u"Take your time"_s);
    EXPECT_EQ(find(u"next"_s)->text(), u"Next step →"_s);
    // The hint names the button as it reads, in one piece (no-break spaces:
    // a line break inside the quotes split the name).
    EXPECT_EQ(label(u"hint"_s),
              u"When you are ready, press “Next\u00a0step\u00a0→” or the → key"_s);
    EXPECT_FALSE(anyTimerActive()) << "waiting for the person costs no CPU";
    for (int step = 2; step <= 5; ++step) {
        key(Qt::Key_Right);
        EXPECT_TRUE(m_view.positionText().endsWith(u"step %1 of 7"_s.arg(step)));
    }
    click(u"next"_s);

    // Step 6: the hold, 30 s (the range's short end) after a get-ready.
    EXPECT_TRUE(m_view.positionText().endsWith(u"step 6 of 7"_s));
    waitOutGetReady();
    EXPECT_EQ(m_view.headingText(), u"Hold"_s);
    EXPECT_TRUE(ringShown());
    EXPECT_EQ(ring(), u"0:30"_s);
    EXPECT_TRUE(enabled(u"holdLonger"_s));
    EXPECT_FALSE(shown(u"skipRest"_s));
    advance(10s);
    EXPECT_EQ(ring(), u"0:20"_s);

    // Pause: time stands still, nothing ticks.
    key(Qt::Key_Space);
    EXPECT_EQ(m_view.headingText(), u"Paused"_s);
    EXPECT_EQ(m_view.overlayText(), u"Paused — press Space to resume"_s);
    EXPECT_EQ(find(u"pause"_s)->text(), u"Resume (Space)"_s);
    EXPECT_FALSE(enabled(u"holdLonger"_s));
    EXPECT_FALSE(anyTimerActive());
    EXPECT_FALSE(m_view.controller()->timersActive());
    m_now += 60s;
    m_view.controller()->tick();
    EXPECT_EQ(ring(), u"0:20"_s);
    key(Qt::Key_Space);
    EXPECT_EQ(m_view.overlayText(), QString());
    EXPECT_EQ(find(u"pause"_s)->text(), u"Pause (Space)"_s);
    EXPECT_TRUE(anyTimerActive());
    advance(5s);
    EXPECT_EQ(ring(), u"0:15"_s);

    // Hold longer: +10 s.
    click(u"holdLonger"_s);
    EXPECT_EQ(ring(), u"0:25"_s);
    advance(25s);

    // Step 7 reads; Left goes back into the hold, Right comes forward again.
    EXPECT_TRUE(m_view.positionText().endsWith(u"step 7 of 7"_s));
    EXPECT_EQ(m_view.headingText(), u"Take your time"_s);
    key(Qt::Key_Left);
    EXPECT_TRUE(m_view.positionText().endsWith(u"step 6 of 7"_s));
    EXPECT_EQ(m_view.headingText(), u"Get ready"_s);
    key(Qt::Key_Right);
    EXPECT_TRUE(m_view.positionText().endsWith(u"step 7 of 7"_s));
    key(Qt::Key_Right);

    // Rest, with what comes next.
    EXPECT_EQ(m_view.headingText(), u"Rest — up next"_s);
    EXPECT_EQ(m_view.stepText(), u"Next up: Seated stretch"_s);
    EXPECT_EQ(label(u"needs"_s), u"You need: Chair"_s);
    EXPECT_EQ(ring(), u"0:15"_s);
    EXPECT_TRUE(enabled(u"skipRest"_s));
    EXPECT_FALSE(shown(u"holdLonger"_s));
    advance(15s);

    // Seated stretch: three steps to read, then 10 to 15 cycles of breaths.
    EXPECT_EQ(m_view.positionText(), u"Exercise 2 of 3: Seated stretch · step 1 of 5"_s);
    for (int i = 0; i < 3; ++i)
        key(Qt::Key_Right);
    for (int cycle = 1; cycle <= 10; ++cycle) {
        EXPECT_EQ(
            m_view.positionText(),
            u"Exercise 2 of 3: Seated stretch · step 4 of 5 · cycle %1 of 10–15"_s.arg(cycle));
        // Before ten cycles D waits, and its button says until when.
        EXPECT_TRUE(shown(u"done"_s)) << "cycle " << cycle;
        EXPECT_FALSE(enabled(u"done"_s)) << "not before ten cycles, cycle " << cycle;
        EXPECT_EQ(find(u"done"_s)->text(), u"Enough after 10\u00a0cycles (D)"_s);
        waitOutGetReady();
        breathe(5);
        EXPECT_TRUE(
            m_view.positionText().endsWith(u"step 5 of 5 · cycle %1 of 10–15"_s.arg(cycle)));
        EXPECT_EQ(m_view.stepText(), u"Open your elbows back out to the sides."_s);
        key(Qt::Key_Right);
    }
    // Ten done: the person may stop.
    EXPECT_TRUE(m_view.positionText().endsWith(u"cycle 11 of 10–15"_s));
    EXPECT_TRUE(enabled(u"done"_s));
    EXPECT_EQ(find(u"done"_s)->text(), u"Enough cycles (D)"_s);
    click(u"done"_s);

    // Rest again; skip it with its key.
    EXPECT_EQ(m_view.stepText(), u"Next up: Yoga strap stretch"_s);
    key(Qt::Key_S);

    // Strap stretch: two steps to read, then as many cycles as needed.
    EXPECT_EQ(m_view.positionText(), u"Exercise 3 of 3: Yoga strap stretch · step 1 of 5"_s);
    EXPECT_EQ(label(u"needs"_s), u"You need: Chair and Yoga strap"_s);
    EXPECT_TRUE(label(u"safety"_s).contains(u"Don&#x27;t force your elbows"_s) ||
                label(u"safety"_s).contains(u"Don't force your elbows"_s));
    key(Qt::Key_Right);
    key(Qt::Key_Right);
    for (int cycle = 1; cycle <= 2; ++cycle) {
        EXPECT_EQ(m_view.positionText(),
                  u"Exercise 3 of 3: Yoga strap stretch · step 3 of 5 · cycle %1"_s.arg(cycle));
        key(Qt::Key_Right);
        waitOutGetReady();
        breathe(5);
        EXPECT_TRUE(m_view.positionText().endsWith(u"step 5 of 5 · cycle %1"_s.arg(cycle)));
        key(Qt::Key_Right);
        EXPECT_EQ(m_view.headingText(), u"Once more?"_s);
        EXPECT_TRUE(enabled(u"again"_s));
        EXPECT_TRUE(enabled(u"done"_s));
        EXPECT_EQ(find(u"done"_s)->text(), u"Done (D)"_s);
        EXPECT_FALSE(anyTimerActive());
        if (cycle == 1)
            click(u"again"_s);
    }
    ASSERT_FALSE(m_summary.has_value());
    click(u"done"_s);

    // Finished: the summary, on the Done screen.
    ASSERT_TRUE(m_summary.has_value());
    EXPECT_TRUE(m_summary->completed);
    EXPECT_EQ(m_summary->exercisesDone, 3);
    EXPECT_EQ(m_summary->holds, 1);
    EXPECT_EQ(m_summary->holdTime, 40s);
    EXPECT_EQ(m_summary->breaths, 10 * 5 + 2 * 5);
    EXPECT_FALSE(anyTimerActive());
    EXPECT_FALSE(enabled(u"next"_s));

    DoneView done;
    done.resize(1366, 768);
    done.show();
    done.setSummary(*m_summary, localized(m_routine.title));
    EXPECT_EQ(done.titleText(), u"Well done — routine complete"_s);
    // The time on the clock, the paused minute left out: the wall stretch's
    // get-ready and 40 s hold (43 s), the 15 s rest, then 12 cycles of a 3 s
    // get-ready and five 5 s breaths (12 × 28 s); reading took no time.
    EXPECT_EQ(m_summary->time, 394s);
    EXPECT_EQ(done.lines(),
              (QStringList{u"Exercises done: 3 of 3"_s, u"Time taken: 6\u00a0min 34\u00a0s"_s,
                           u"Holds held: 1 (40\u00a0s in all)"_s, u"Breaths guided: 60"_s}));
    bool library = false;
    QObject::connect(&done, &DoneView::libraryRequested, &done, [&] { library = true; });
    QTest::mouseClick(done.findChild<QPushButton*>(u"library"_s), Qt::LeftButton);
    EXPECT_TRUE(library);
}

TEST_F(PlayerTest, ShowsEachStepsFigureAndStillsItWhenPaused) {
    load(kUpperBack);
    start();
    const Exercise& wall = m_routine.exercises[0];
    const Exercise& seated = m_routine.exercises[1];

    // The figure wins over the step's picture.
    EXPECT_TRUE(showsFigureOf(stepOf(wall, 0)));
    EXPECT_TRUE(figure()->motionEnabled());
    EXPECT_FALSE(figure()->breathPhase().has_value());
    key(Qt::Key_Right);
    key(Qt::Key_Right);

    // Step 3 moves: it plays while the session runs, and stands still, with
    // no timer anywhere in the player, while it is paused.
    EXPECT_TRUE(showsFigureOf(stepOf(wall, 2)));
    ASSERT_TRUE(figure()->figure()->isAnimated());
    EXPECT_TRUE(figure()->isAnimating());
    key(Qt::Key_Space);
    EXPECT_EQ(m_view.overlayText(), u"Paused — press Space to resume"_s);
    EXPECT_TRUE(showsFigureOf(stepOf(wall, 2)));
    EXPECT_FALSE(figure()->isAnimating());
    EXPECT_FALSE(playerTimerActive());
    key(Qt::Key_Space);
    EXPECT_EQ(m_view.overlayText(), QString());
    EXPECT_TRUE(figure()->isAnimating());
    for (int i = 0; i < 3; ++i)
        key(Qt::Key_Right);

    // The hold (its figure moves in this fixture): likewise, while the hold's
    // time runs.
    EXPECT_TRUE(showsFigureOf(stepOf(wall, 5)));
    EXPECT_EQ(m_view.overlayText(), u"Get ready · 3"_s);
    advance(5s);
    EXPECT_EQ(m_view.headingText(), u"Hold"_s);
    ASSERT_TRUE(figure()->figure()->isAnimated());
    EXPECT_TRUE(figure()->isAnimating());

    key(Qt::Key_Space);
    EXPECT_EQ(m_view.overlayText(), u"Paused — press Space to resume"_s);
    EXPECT_TRUE(showsFigureOf(stepOf(wall, 5)));
    EXPECT_FALSE(figure()->isAnimating());
    EXPECT_FALSE(playerTimerActive());
    key(Qt::Key_Space);
    EXPECT_TRUE(figure()->isAnimating());

    // The rest shows the next exercise's first step.
    key(Qt::Key_Right);
    key(Qt::Key_Right);
    EXPECT_EQ(m_view.headingText(), u"Rest — up next"_s);
    EXPECT_TRUE(showsFigureOf(stepOf(seated, 0)));
    key(Qt::Key_S);

    // Breaths: the figure breathes in (0 → 0.5) and out (0.5 → 1).
    for (int i = 0; i < 3; ++i)
        key(Qt::Key_Right);
    EXPECT_TRUE(showsFigureOf(stepOf(seated, 3)));
    waitOutGetReady();
    advance(1s);
    EXPECT_EQ(breath()->phaseText(), u"Breathe in"_s);
    ASSERT_TRUE(figure()->breathPhase().has_value());
    EXPECT_NEAR(*figure()->breathPhase(), 0.2, 0.01);
    advance(2500ms);
    EXPECT_EQ(breath()->phaseText(), u"Breathe out"_s);
    ASSERT_TRUE(figure()->breathPhase().has_value());
    EXPECT_NEAR(*figure()->breathPhase(), 0.7, 0.01);
    key(Qt::Key_Space);
    EXPECT_FALSE(playerTimerActive());
    key(Qt::Key_Space);
    advance(5s * 4 + 1500ms); // the other four breaths: the step after reads
    EXPECT_TRUE(m_view.positionText().contains(u"step 5 of 5"_s));
    EXPECT_TRUE(showsFigureOf(stepOf(seated, 4)));
    EXPECT_FALSE(figure()->breathPhase().has_value());
}

TEST_F(PlayerTest, FigureStaysStillWithMotionOff) {
    load(kUpperBack);
    m_settings->setMotion(false);
    start();
    EXPECT_TRUE(showsFigureOf(stepOf(m_routine.exercises[0], 0)));
    EXPECT_FALSE(figure()->motionEnabled());
    EXPECT_FALSE(figure()->isAnimating());
}

TEST_F(PlayerTest, ARoutineWithoutFiguresShowsPictures) {
    const auto file = std::filesystem::path(m_dir.path().toStdString()) / "reps-test.yaml";
    std::ofstream(file) << kRepsRoutine;
    load(file);
    start();
    EXPECT_TRUE(pictureBox()->isVisible());
    EXPECT_FALSE(figure()->isVisible());
    EXPECT_FALSE(figure()->isAnimating());
    EXPECT_EQ(pictureBox()->state(), PictureBox::State::Missing); // no picture either
}

TEST_F(PlayerTest, TappedAndPacedReps) {
    const auto file = std::filesystem::path(m_dir.path().toStdString()) / "reps-test.yaml";
    std::ofstream(file) << kRepsRoutine;
    load(file);
    start();

    // Tapped reps on the left side: Space counts, Done from the minimum.
    EXPECT_EQ(m_view.positionText(),
              u"Exercise 1 of 2: Shoulder squeeze · step 1 of 1 · left side"_s);
    EXPECT_EQ(m_view.headingText(), u"Reps"_s);
    EXPECT_TRUE(reps()->countButton()->isVisible());
    EXPECT_EQ(reps()->countText(), u"0 of 3–5"_s);
    EXPECT_EQ(find(u"pause"_s)->text(), u"Pause (P)"_s);
    EXPECT_TRUE(shown(u"done"_s));
    EXPECT_FALSE(enabled(u"done"_s));
    EXPECT_FALSE(anyTimerActive());
    key(Qt::Key_Space);
    key(Qt::Key_Space);
    EXPECT_EQ(reps()->countText(), u"2 of 3–5"_s);
    EXPECT_FALSE(enabled(u"done"_s));
    QTest::mouseClick(reps()->countButton(), Qt::LeftButton);
    EXPECT_EQ(reps()->countText(), u"3 of 3–5"_s);
    EXPECT_TRUE(enabled(u"done"_s));
    EXPECT_EQ(find(u"done"_s)->text(), u"Done with reps (D)"_s);
    EXPECT_EQ(reps()->hintText(), u"Enough for today? Press “Done with reps (D)”"_s)
        << "the hint names the button as it reads";

    // P pauses even here; Space then resumes rather than counting.
    key(Qt::Key_P);
    EXPECT_EQ(m_view.overlayText(), u"Paused — press Space to resume"_s);
    EXPECT_FALSE(reps()->countButton()->isEnabled());
    key(Qt::Key_Space);
    EXPECT_EQ(m_view.overlayText(), QString());
    EXPECT_EQ(reps()->countText(), u"3 of 3–5"_s);
    key(Qt::Key_D);

    // The right side: the switch stays up until the first rep; five taps end
    // it by themselves.
    EXPECT_EQ(m_view.positionText(),
              u"Exercise 1 of 2: Shoulder squeeze · step 1 of 1 · right side"_s);
    EXPECT_EQ(m_view.switchSidesText(), u"Switch to your right side\u00a0→"_s);
    EXPECT_EQ(reps()->countText(), u"0 of 3–5"_s);
    advance(20s);
    EXPECT_EQ(m_view.switchSidesText(), u"Switch to your right side\u00a0→"_s);
    for (int i = 0; i < 5; ++i) {
        key(Qt::Key_Space);
        EXPECT_EQ(m_view.switchSidesText(), QString());
    }

    // Paced reps count themselves after the get-ready.
    EXPECT_EQ(m_view.positionText(), u"Exercise 2 of 2: Shoulder rolls · step 1 of 1"_s);
    waitOutGetReady();
    EXPECT_FALSE(reps()->countButton()->isVisible());
    EXPECT_EQ(reps()->countText(), u"0 of 4"_s);
    advance(2s);
    EXPECT_EQ(reps()->countText(), u"1 of 4"_s);
    advance(3s);
    EXPECT_EQ(reps()->countText(), u"2 of 4"_s);
    key(Qt::Key_Space); // pauses: paced reps are not tapped
    EXPECT_FALSE(anyTimerActive());
    m_now += 30s;
    m_view.controller()->tick();
    EXPECT_EQ(reps()->countText(), u"2 of 4"_s);
    key(Qt::Key_Space);
    advance(4s);
    ASSERT_TRUE(m_summary.has_value());
    EXPECT_TRUE(m_summary->completed);
    EXPECT_EQ(m_summary->reps, 3 + 5 + 4);
    EXPECT_EQ(m_summary->exercisesDone, 2);
}

// Two to three cycles of five tapped reps. Before two cycles, Done shows
// greyed and names the cycles it waits for; past them, with this cycle's
// reps still to tap, it is not offered (it waits for the reps, not cycles).
TEST_F(PlayerTest, DoneSaysWhatItWaitsFor) {
    const auto file = std::filesystem::path(m_dir.path().toStdString()) / "cycles.yaml";
    std::ofstream(file) << R"(limber: 1
id: cycles
title: Cycles
summary: Reps in cycles.
exercises:
  - id: squeeze
    title: Shoulder squeeze
    steps:
      - repeat: {min: 2, max: 3}
        steps:
          - text: Squeeze your shoulder blades together.
            reps: 5
)";
    load(file);
    start();
    for (int cycle = 1; cycle <= 2; ++cycle) {
        ASSERT_TRUE(m_view.positionText().endsWith(u"cycle %1 of 2–3"_s.arg(cycle)))
            << m_view.positionText().toStdString();
        EXPECT_TRUE(shown(u"done"_s));
        EXPECT_FALSE(enabled(u"done"_s));
        EXPECT_EQ(find(u"done"_s)->text(), u"Enough after 2\u00a0cycles (D)"_s);
        for (int rep = 0; rep < 5; ++rep)
            key(Qt::Key_Space);
    }
    ASSERT_TRUE(m_view.positionText().endsWith(u"cycle 3 of 2–3"_s));
    EXPECT_FALSE(shown(u"done"_s)) << find(u"done"_s)->text().toStdString();
}

// Switching sides is seen, sound or no sound: "Switch to your right side →"
// over the picture through the get-ready, named for assistive technology,
// the figure mirrored; gone when the second side's hold starts.
TEST_F(PlayerTest, SwitchingSidesIsShownWithAndWithoutSound) {
    m_routine = limber::testing::sidedRoutine();
    const QString right = u"Switch to your right side\u00a0→"_s;
    for (const bool audible : {true, false}) {
        SCOPED_TRACE(audible ? "sound on" : "sound off");
        m_view.setAudible([audible] { return audible; });
        start();
        EXPECT_EQ(m_view.switchSidesText(), QString()) << "the first side is no switch";
        waitOutGetReady();
        EXPECT_FALSE(figure()->figure()->mirrored);
        advance(9s);
        EXPECT_EQ(ring(), u"0:01"_s);
        EXPECT_EQ(m_view.switchSidesText(), QString());

        advance(1s); // the left side's hold ends: the switch
        EXPECT_EQ(m_view.positionText(),
                  u"Exercise 1 of 1: Side bend · step 1 of 1 · right side"_s);
        EXPECT_EQ(m_view.switchSidesText(), right);
        EXPECT_EQ(m_view.overlayText(), u"Get ready · 3"_s);
        auto* banner = find<QLabel>(u"switchSides"_s);
        EXPECT_EQ(banner->accessibleName(), u"Switch to your right side"_s);
        EXPECT_EQ(banner->accessibleDescription(), u"The steps now repeat for your right side."_s);
        EXPECT_TRUE(figure()->figure()->mirrored) << "the second side is drawn mirrored";
        // Over the top of the picture, the countdown at its foot, all in view.
        auto* overlay = find<QLabel>(u"overlay"_s);
        const QRect picture = find<QWidget>(u"picture"_s)->rect();
        EXPECT_TRUE(picture.contains(banner->geometry()));
        EXPECT_TRUE(picture.contains(overlay->geometry()));
        EXPECT_LE(banner->geometry().bottom(), overlay->geometry().top());
        EXPECT_GE(banner->heightForWidth(banner->width()), banner->fontMetrics().height());
        EXPECT_LE(banner->heightForWidth(banner->width()), banner->height());

        // Paused in the get-ready, it stays; the pause goes under it.
        key(Qt::Key_P);
        EXPECT_EQ(m_view.switchSidesText(), right);
        EXPECT_EQ(m_view.overlayText(), u"Paused — press Space to resume"_s);
        EXPECT_LE(banner->geometry().bottom(), overlay->geometry().top());
        key(Qt::Key_P);
        advance(2500ms);
        EXPECT_EQ(m_view.switchSidesText(), right);
        EXPECT_EQ(m_view.overlayText(), u"Get ready · 1"_s);
        advance(500ms); // the right side's hold starts
        EXPECT_EQ(m_view.headingText(), u"Hold"_s);
        EXPECT_EQ(m_view.switchSidesText(), QString());
        EXPECT_TRUE(figure()->figure()->mirrored);
        advance(10s);
        ASSERT_TRUE(m_summary.has_value());
        EXPECT_TRUE(m_summary->completed);
        m_summary.reset();
    }
}

// Without a get-ready the hold starts with the switch: the banner stays up
// for its first seconds. Going back to the first side is a switch too;
// restarting the exercise is none and takes it down.
TEST_F(PlayerTest, SwitchingSidesWithoutGetReady) {
    m_settings->setGetReady(0s);
    m_routine = limber::testing::sidedRoutine();
    start();
    advance(10s);
    EXPECT_EQ(m_view.headingText(), u"Hold"_s);
    EXPECT_EQ(m_view.switchSidesText(), u"Switch to your right side\u00a0→"_s);
    advance(2500ms);
    EXPECT_EQ(m_view.switchSidesText(), u"Switch to your right side\u00a0→"_s);
    advance(500ms);
    EXPECT_EQ(m_view.switchSidesText(), QString());

    m_session.reset();
    m_routine.exercises.front().sides = {Side::Right, Side::Left};
    start();
    advance(10s);
    EXPECT_EQ(m_view.switchSidesText(), u"←\u00a0Switch to your left side"_s);
    EXPECT_TRUE(figure()->figure()->mirrored);
    key(Qt::Key_Left);
    EXPECT_EQ(m_view.positionText(), u"Exercise 1 of 1: Side bend · step 1 of 1 · right side"_s);
    EXPECT_EQ(m_view.switchSidesText(), u"Switch to your right side\u00a0→"_s);
    EXPECT_FALSE(figure()->figure()->mirrored) << "the first side as drawn";
    key(Qt::Key_Right);
    EXPECT_EQ(m_view.switchSidesText(), u"←\u00a0Switch to your left side"_s);
    key(Qt::Key_R);
    confirm(u"confirmRestart"_s);
    EXPECT_EQ(m_view.positionText(), u"Exercise 1 of 1: Side bend · step 1 of 1 · right side"_s);
    EXPECT_EQ(m_view.switchSidesText(), QString());
    EXPECT_FALSE(figure()->figure()->mirrored);
}

// Paced reps: "follow the sound" only when something can be heard (sound or
// voice on, a device); with nothing to hear, the number.
TEST_F(PlayerTest, PacedRepsSayWhatToFollow) {
    const auto file = std::filesystem::path(m_dir.path().toStdString()) / "reps-test.yaml";
    std::ofstream(file) << kRepsRoutine;
    load(file);
    bool audible = false;
    m_view.setAudible([&audible] { return audible; });
    start();
    for (int i = 0; i < 3; ++i)
        key(Qt::Key_D); // not yet: the minimum is 3
    for (int side = 0; side < 2; ++side) {
        for (int i = 0; i < 5; ++i)
            key(Qt::Key_Space);
    }
    ASSERT_EQ(m_view.positionText(), u"Exercise 2 of 2: Shoulder rolls · step 1 of 1"_s);
    waitOutGetReady();
    EXPECT_EQ(reps()->hintText(), u"Counting for you: follow the number"_s);
    audible = true;
    advance(2s);
    EXPECT_EQ(reps()->hintText(), u"Counting for you: follow the sound"_s);
}

TEST_F(PlayerTest, FinishEarlyAndEscape) {
    load(kUpperBack);
    start();
    bool back = false;
    QObject::connect(&m_view, &PlayerView::backRequested, &m_view, [&] { back = true; });
    for (int i = 0; i < 5; ++i)
        key(Qt::Key_Right);
    advance(5s); // into the hold
    EXPECT_EQ(ring(), u"0:28"_s);
    key(Qt::Key_Escape);
    EXPECT_TRUE(back);
    EXPECT_TRUE(m_view.controller()->isPaused());
    EXPECT_FALSE(anyTimerActive());

    // Restart the exercise, then finish early: each asks first.
    key(Qt::Key_Space);
    key(Qt::Key_R);
    EXPECT_EQ(m_view.positionText(), u"Exercise 1 of 3: Wall stretch · step 6 of 7"_s)
        << "R asks before it restarts";
    confirm(u"confirmRestart"_s);
    EXPECT_EQ(m_view.positionText(), u"Exercise 1 of 3: Wall stretch · step 1 of 7"_s);
    click(u"finish"_s);
    EXPECT_FALSE(m_summary.has_value()) << "Finish asks first";
    confirm(u"confirmFinish"_s);
    ASSERT_TRUE(m_summary.has_value());
    EXPECT_FALSE(m_summary->completed);
    EXPECT_EQ(m_summary->exercisesDone, 0);
    DoneView done;
    done.setSummary(*m_summary, u"Upper back relief"_s);
    EXPECT_EQ(done.titleText(), u"Session finished"_s);
    EXPECT_TRUE(done.lines().contains(u"Exercises done: 0 of 3"_s));
}

TEST_F(PlayerTest, ChosenHoldTargetIsRemembered) {
    load(kUpperBack);
    m_settings->setHoldTarget(u"player-scenario"_s, u"wall-stretch"_s, 45s);
    start();
    for (int i = 0; i < 5; ++i)
        key(Qt::Key_Right);
    advance(3s);
    EXPECT_EQ(ring(), u"0:45"_s);
    m_view.controller()->choose(50);
    EXPECT_EQ(ring(), u"0:50"_s);
    EXPECT_EQ(m_settings->holdTarget(u"player-scenario"_s, u"wall-stretch"_s), 50s);
}

// "Five or six breaths": the chosen count is remembered as hold targets are,
// and the next session counts it (it always counted 5).
TEST_F(PlayerTest, ChosenBreathCountIsRemembered) {
    load(kUpperBack);
    m_settings->setBreathTarget(u"player-scenario"_s, u"strap-stretch"_s, 6);
    start();
    // On to the strap stretch's breaths.
    for (int i = 0;
         i < 200 && !(m_view.controller()->progress().exercise == 2 &&
                      m_view.controller()->progress().activePhase == PhaseKind::GetReady);
         ++i)
        m_view.controller()->next();
    ASSERT_EQ(m_view.positionText(),
              u"Exercise 3 of 3: Yoga strap stretch · step 4 of 5 · cycle 1"_s);
    waitOutGetReady();
    EXPECT_EQ(breath()->countText(), u"Breath 1 of 6"_s);
    m_view.controller()->choose(5);
    EXPECT_EQ(breath()->countText(), u"Breath 1 of 5"_s);
    EXPECT_EQ(m_settings->breathTarget(u"player-scenario"_s, u"strap-stretch"_s), 5);
    const Choices choices = choicesFrom(*m_settings, m_routine);
    EXPECT_EQ(choices.at(ChoiceKey{"strap-stretch", 3}), 5);
}

TEST(SessionSettingsFrom, TakesThePersonsSettings) {
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"s.conf"_s));
    settings.setGetReady(5s);
    settings.setBreathPace(6000ms);
    settings.setAutoAdvance(false);
    settings.setHoldChoice(Settings::HoldChoice::Long);
    const SessionSettings session = sessionSettingsFrom(settings);
    EXPECT_EQ(session.getReady, Duration(5s));
    EXPECT_EQ(session.breathPace, Duration(6s));
    EXPECT_FALSE(session.autoAdvance);
    EXPECT_EQ(session.rangeDefault, RangeDefault::Long);
}

// What a hold costs to watch: as the time runs down the ring repaints the
// digits once a second, and between those only the short stretch of ring
// its end moved over, not the whole ring.
TEST(TimerRingPaints, TheDigitsOnceASecondAndOnlyTheRingsEndBetween) {
    TimerRing ring;
    ring.resize(300, 300);
    ring.setLabel(u"Hold"_s);
    ring.setTime(30s, 30s);
    ring.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&ring));
    QApplication::processEvents();

    limber::testing::PaintLog log;
    ring.installEventFilter(&log);
    const QPoint centre = ring.rect().center(); // amid the digits
    int digitPaints = 0;
    for (auto elapsed = 100ms; elapsed <= 3000ms; elapsed += 100ms) {
        log.rects.clear();
        ring.setTime(30s - elapsed, 30s);
        QApplication::processEvents();
        const bool newDigits = elapsed % 1000ms == 0ms;
        EXPECT_EQ(ring.digitsText(), u"0:%1"_s.arg(30 - elapsed / 1000ms));
        for (const QRect& rect : log.rects) {
            if (rect.contains(centre)) {
                ++digitPaints;
                EXPECT_TRUE(newDigits) << elapsed.count() << " ms: the digits did not change";
            } else {
                EXPECT_LT(rect.width() * rect.height(), 300 * 300 / 20)
                    << elapsed.count() << " ms: more than the ring's end";
            }
        }
        EXPECT_FALSE(log.rects.empty()) << elapsed.count() << " ms: the ring did not move";
    }
    EXPECT_EQ(digitPaints, 3);
}
