// The pain check-in and the see-a-doctor advice through the real window and
// the real history store: what a person sees before and after a session.
#include "application.h"
#include "common/qtconvert.h"
#include "history/advicedialog.h"
#include "history/checkindialog.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "overview/overviewview.h"
#include "player/doneview.h"
#include "player/playerview.h"
#include "recordingcueoutput.h"
#include "routinefiles.h"
#include "session/sessioncontroller.h"
#include "settings/settings.h"

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace limber;

namespace {

const QByteArray kBackRoutine =
    "limber: 1\nid: back\ntitle: Back test\nsummary: A test routine.\n"
    "tags: [upper-back]\n"
    "pain-rule: {after-injury: true, max-pain-days: 3, worse-by: 2, rising-run: 3}\n"
    "exercises:\n"
    "  - id: reach\n    title: Reach up\n    steps:\n"
    "      - text: Reach both arms up.\n        hold: 20s\n";

// Saves what a dialog looks like into build/shots/ for people to look at.
void screenshot(QWidget& widget, const QString& name) {
    const QString folder = QStringLiteral(LIMBER_SOURCE_DIR) + u"/build/shots"_s;
    QDir().mkpath(folder);
    widget.adjustSize();
    QApplication::processEvents();
    widget.grab().save(folder + u'/' + name + u".png"_s);
}

template <typename T> T* shown(QWidget& window) {
    for (auto* widget : window.findChildren<T*>()) {
        if (widget->isVisible())
            return widget;
    }
    return nullptr;
}

class PainCheckTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString routines = dir.path() + u"/routines"_s;
    QString historyFile = dir.path() + u"/data/history.sqlite"_s;
    RecordingCueOutput output;
    QDateTime now{QDate(2024, 12, 1), QTime(9, 0)};
    std::unique_ptr<Application> app;
    std::unique_ptr<MainWindow> window;

    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        writeRoutine(routines, u"back.yaml"_s, kBackRoutine);
    }
    void TearDown() override {
        window.reset();
        app.reset();
        QLocale::setDefault(QLocale::system());
    }

    void open() {
        app = std::make_unique<Application>(
            std::vector<RoutineFolder>{{routines.toStdString(), true}},
            std::make_unique<Settings>(dir.path() + u"/limber.conf"_s), output);
        app->setHistoryPath(historyFile);
        app->setWallClock([this] { return now; });
        window = std::make_unique<MainWindow>(*app, u"back"_s);
        window->show();
    }

    QWidget* screen() { return window->findChild<QStackedWidget*>()->currentWidget(); }

    void pressStart() {
        window->findChild<OverviewView*>()->findChild<QPushButton*>(u"start"_s)->click();
    }

    // Answers the before-check-in with `rating` typed as digits.
    void answer(int rating) {
        auto* dialog = shown<CheckInDialog>(*window);
        ASSERT_TRUE(dialog);
        if (rating == 10) {
            QTest::keyClick(dialog->scale()->button(0), Qt::Key_1);
            QTest::keyClick(dialog->scale()->button(1), Qt::Key_0);
        } else {
            QTest::keyClick(dialog->scale()->button(0), Qt::Key(Qt::Key_0 + rating));
        }
        ASSERT_EQ(dialog->rating(), rating);
        dialog->findChild<QPushButton*>(u"save"_s)->click();
        QApplication::processEvents();
    }

    void answerInjury(bool yes) {
        auto* question = shown<InjuryQuestionDialog>(*window);
        ASSERT_TRUE(question);
        (yes ? question->yesButton() : question->noButton())->click();
        QApplication::processEvents();
    }

    // Ends the running session early and skips the after-check-in.
    void finishAndSkip() {
        ASSERT_TRUE(app->session());
        app->session()->finish();
        QApplication::processEvents();
        auto* after = shown<CheckInDialog>(*window);
        ASSERT_TRUE(after);
        QTest::keyClick(after, Qt::Key_Escape);
        QApplication::processEvents();
        window->openRoutine(u"back"_s);
    }

    void day(int d) { now = QDateTime(QDate(2024, 12, d), QTime(9, 0)); }
};

TEST_F(PainCheckTest, TheCheckInAsksAboutTheRoutinesBodyAreaAndEscSkipsIt) {
    open();
    pressStart();
    auto* dialog = shown<CheckInDialog>(*window);
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->questionText(), u"How is your upper back right now?"_s);
    EXPECT_EQ(dialog->scale()->button(0)->accessibleName(), u"0, no pain"_s);
    EXPECT_EQ(dialog->scale()->button(10)->accessibleName(), u"10, worst pain imaginable"_s);
    // Arrow keys move along the scale.
    QTest::keyClick(dialog->scale()->button(0), Qt::Key_Right);
    QTest::keyClick(dialog->scale()->button(0), Qt::Key_Right);
    EXPECT_EQ(dialog->rating(), 1);
    QTest::keyClick(dialog->scale()->button(1), Qt::Key_End);
    EXPECT_EQ(dialog->rating(), 10);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QApplication::processEvents();
    EXPECT_TRUE(qobject_cast<PlayerView*>(screen())); // skipped: the session runs
    EXPECT_TRUE(app->history().checkIns().empty());
}

TEST_F(PainCheckTest, ARealSessionIsStoredWithItsCheckInsAndTheDoneScreenShowsBoth) {
    open();
    pressStart();
    answer(3);
    answerInjury(false);
    ASSERT_TRUE(qobject_cast<PlayerView*>(screen()));
    app->session()->finish();
    QApplication::processEvents();
    auto* after = shown<CheckInDialog>(*window);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->questionText(), u"How is your upper back right now?"_s);
    QTest::keyClick(after->scale()->button(0), Qt::Key_1);
    after->findChild<QPushButton*>(u"save"_s)->click();
    QApplication::processEvents();

    auto* done = qobject_cast<DoneView*>(screen());
    ASSERT_TRUE(done);
    EXPECT_TRUE(done->lines().contains(u"Pain: 3 → 1"_s)) << done->lines().join(u'|').toStdString();

    const auto sessions = app->history().sessions();
    ASSERT_EQ(sessions.size(), 1U);
    EXPECT_EQ(sessions[0].routineId, u"back"_s);
    EXPECT_FALSE(sessions[0].routineHash.isEmpty());
    EXPECT_FALSE(sessions[0].completed);
    EXPECT_EQ(sessions[0].startedAt, now);
    ASSERT_EQ(sessions[0].exercises.size(), 1U);
    EXPECT_EQ(sessions[0].exercises[0].exerciseId, u"reach"_s);
    EXPECT_EQ(sessions[0].exercises[0].outcome, ExerciseOutcome::Stopped);
    const auto checkIns = app->history().checkIns();
    ASSERT_EQ(checkIns.size(), 2U);
    EXPECT_EQ(checkIns[0].checkIn.rating, 3);
    EXPECT_EQ(checkIns[0].checkIn.injury, InjuryAnswer::No);
    EXPECT_EQ(checkIns[0].sessionId, sessions[0].id);
    EXPECT_EQ(checkIns[1].checkIn.rating, 1);
    EXPECT_EQ(checkIns[1].checkIn.moment, Moment::AfterSession);
    EXPECT_EQ(checkIns[1].sessionId, sessions[0].id);
}

TEST_F(PainCheckTest, ASessionLeftForTheLibraryIsStoredAsStopped) {
    open();
    pressStart();
    QTest::keyClick(shown<CheckInDialog>(*window), Qt::Key_Escape);
    QApplication::processEvents();
    ASSERT_TRUE(app->session());
    app->stopSession();
    const auto sessions = app->history().sessions();
    ASSERT_EQ(sessions.size(), 1U);
    EXPECT_FALSE(sessions[0].completed);
}

// Issue #15's scenario, day by day, with the upper-back numbers.
TEST_F(PainCheckTest, WorseThenPersistingThenAfterAFall) {
    open();
    const int ratings[] = {4, 4, 5};
    for (int d = 1; d <= 3; ++d) {
        SCOPED_TRACE(d);
        day(d);
        pressStart();
        answer(ratings[d - 1]);
        if (d == 1)
            answerInjury(false);
        EXPECT_FALSE(shown<AdviceDialog>(*window));
        ASSERT_TRUE(qobject_cast<PlayerView*>(screen()));
        finishAndSkip();
    }

    // Day 4: 6 -> getting worse, with both ratings and dates.
    day(4);
    pressStart();
    answer(6);
    auto* advice = shown<AdviceDialog>(*window);
    ASSERT_TRUE(advice);
    EXPECT_FALSE(qobject_cast<PlayerView*>(screen())); // not before it is acknowledged
    EXPECT_TRUE(advice->text().contains(u"Getting worse (4 → 6)"_s))
        << advice->text().toStdString();
    EXPECT_TRUE(advice->text().contains(u"Your pain went from 4 to 6 between 1 Dec and 4 Dec."_s))
        << advice->text().toStdString();
    EXPECT_FALSE(advice->text().contains(u"Pain for "_s));
    ASSERT_TRUE(advice->focusWidget());
    EXPECT_EQ(advice->focusWidget()->objectName(), u"acknowledgeAdvice"_s)
        << "it opens with the focus on its button";
    screenshot(*advice, u"advice-dialog"_s);
    advice->acknowledgeButton()->click();
    QApplication::processEvents();
    ASSERT_TRUE(qobject_cast<PlayerView*>(screen()));
    finishAndSkip();
    // Still one click away on the overview; not shown again today.
    auto* note = window->findChild<OverviewView*>()->findChild<QPushButton*>(u"advice"_s);
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(u"Getting worse (4 → 6)"_s)) << note->text().toStdString();
    pressStart();
    QTest::keyClick(shown<CheckInDialog>(*window), Qt::Key_Escape);
    QApplication::processEvents();
    EXPECT_FALSE(shown<AdviceDialog>(*window));
    EXPECT_TRUE(qobject_cast<PlayerView*>(screen()));
    finishAndSkip();
    note->click();
    QApplication::processEvents();
    ASSERT_TRUE(shown<AdviceDialog>(*window));
    shown<AdviceDialog>(*window)->acknowledgeButton()->click();
    QApplication::processEvents();

    // Day 5: still in pain -> more than the source's 3 days, first and latest dates.
    day(5);
    pressStart();
    answer(6);
    advice = shown<AdviceDialog>(*window);
    ASSERT_TRUE(advice); // due again on a new day
    EXPECT_TRUE(advice->text().contains(u"Pain for 4\u00a0days (1 Dec to 5 Dec)"_s))
        << advice->text().toStdString();
    EXPECT_TRUE(advice->text().contains(u"1 Dec (4 out of 10)"_s)) << advice->text().toStdString();
    EXPECT_TRUE(advice->text().contains(u"5 Dec (6 out of 10)"_s)) << advice->text().toStdString();
    EXPECT_TRUE(advice->text().contains(u"Getting worse (4 → 6)"_s));
    advice->acknowledgeButton()->click();
    QApplication::processEvents();
    finishAndSkip();

    // Day 6: pain-free ends the episode; day 7: pain after a fall.
    day(6);
    pressStart();
    answer(0);
    EXPECT_FALSE(shown<AdviceDialog>(*window));
    finishAndSkip();
    EXPECT_FALSE(
        window->findChild<OverviewView*>()->findChild<QPushButton*>(u"advice"_s)->isVisible());
    day(7);
    pressStart();
    answer(3);
    auto* injury = shown<InjuryQuestionDialog>(*window);
    ASSERT_TRUE(injury);
    EXPECT_EQ(injury->findChild<QLabel*>(u"question"_s)->text(),
              u"Did this pain start right after a fall, an accident or another injury?"_s);
    screenshot(*injury, u"injury-question"_s);
    answerInjury(true);
    advice = shown<AdviceDialog>(*window);
    ASSERT_TRUE(advice);
    EXPECT_TRUE(advice->text().contains(u"seeing a doctor before you do it"_s))
        << advice->text().toStdString();
    EXPECT_TRUE(advice->text().contains(u"On 7 Dec you said"_s)) << advice->text().toStdString();
    advice->acknowledgeButton()->click(); // "Start anyway…"
    QApplication::processEvents();
    EXPECT_FALSE(qobject_cast<PlayerView*>(screen())); // a second confirmation first
    auto* confirm = shown<QMessageBox>(*window);
    ASSERT_TRUE(confirm);
    EXPECT_EQ(confirm->objectName(), u"secondConfirmation"_s);
    confirm->findChild<QPushButton*>(u"startAnyway"_s)->click();
    QApplication::processEvents();
    EXPECT_TRUE(qobject_cast<PlayerView*>(screen()));
}

TEST_F(PainCheckTest, AfterAnInjuryDoNotStartIsTheDefault) {
    open();
    pressStart();
    answer(5);
    answerInjury(true);
    auto* advice = shown<AdviceDialog>(*window);
    ASSERT_TRUE(advice);
    // The signs that need help at once, and where they come from.
    const QString text = advice->text();
    EXPECT_TRUE(text.contains(u"Call emergency services or go to an emergency department now"_s))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"numbness around or under your genitals, or around your bottom"_s))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"pain like a band around your chest or belly"_s))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"Source: Low Back Pain (LBP), Northern Health and Social Care "
                              u"Trust, https://www.northerntrust.hscni.net/"_s))
        << text.toStdString();
    ASSERT_TRUE(advice->focusWidget());
    EXPECT_EQ(advice->focusWidget()->objectName(), u"doNotStart"_s)
        << "it opens with the focus on Do not start";
    QTest::keyClick(advice, Qt::Key_Escape);
    QApplication::processEvents();
    EXPECT_TRUE(qobject_cast<OverviewView*>(screen()));
    EXPECT_FALSE(app->session());
}

// A break a reminder offered is a session like any other: the check-in and
// the advice come first, and the history keeps it as started by a reminder,
// with its check-in.
TEST_F(PainCheckTest, ABreakFromAReminderAsksTheCheckInAndIsRecordedAsSuch) {
    open();
    app->settings().acknowledgeWarnings(
        u"back"_s, toQString(app->library().routines.front().routine.contentHash));
    window->stretch(true);
    QApplication::processEvents();
    EXPECT_FALSE(app->session()) << "not before the check-in";
    answer(3);
    answerInjury(false);
    ASSERT_TRUE(app->session());
    EXPECT_EQ(app->session()->routine().exercises.size(), 1U);
    app->session()->finish();
    QApplication::processEvents();
    QTest::keyClick(shown<CheckInDialog>(*window), Qt::Key_Escape);
    QApplication::processEvents();
    const auto sessions = app->history().sessions();
    ASSERT_EQ(sessions.size(), 1U);
    EXPECT_TRUE(sessions[0].fromReminder);
    EXPECT_EQ(sessions[0].routineId, u"back"_s);
    const auto checkIns = app->history().checkIns(u"back"_s);
    ASSERT_EQ(checkIns.size(), 1U);
    EXPECT_EQ(checkIns[0].checkIn.rating, 3);
    EXPECT_EQ(checkIns[0].sessionId, sessions[0].id);
}

TEST_F(PainCheckTest, WithCheckInsOffTheOverviewSaysTheCheckCannotRun) {
    open();
    auto* off = window->findChild<OverviewView*>()->findChild<QLabel*>(u"checkInsOff"_s);
    ASSERT_TRUE(off);
    EXPECT_FALSE(off->isVisible());
    app->settings().setPainCheckIns(false);
    EXPECT_TRUE(off->isVisible());
    EXPECT_TRUE(off->text().contains(u"cannot check"_s));
    pressStart();
    QApplication::processEvents();
    EXPECT_FALSE(shown<CheckInDialog>(*window));
    EXPECT_TRUE(qobject_cast<PlayerView*>(screen()));
}

TEST_F(PainCheckTest, AnUnreadableHistoryIsMovedAsideAndThePersonIsTold) {
    QDir().mkpath(QFileInfo(historyFile).absolutePath());
    QFile garbage(historyFile);
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(5000, 'x'));
    garbage.close();
    open();
    QApplication::processEvents();
    auto* box = shown<QMessageBox>(*window);
    ASSERT_TRUE(box);
    const QString moved = app->history().movedAsideTo();
    ASSERT_FALSE(moved.isEmpty());
    EXPECT_TRUE(QFileInfo(moved).fileName().startsWith(u"history.sqlite.unreadable-"_s));
    EXPECT_TRUE(box->text().contains(QDir::toNativeSeparators(moved))) << box->text().toStdString();
    EXPECT_EQ(QFileInfo(moved).size(), 5000);
}

// The focused button of the scale shows it plainly (issue #13: the style's
// focus was faint): a ring in the palette's Highlight colour around it, in
// a light and a dark palette, and none when the focus is elsewhere.
TEST_F(PainCheckTest, TheFocusedPainButtonHasARingAroundIt) {
    open();
    pressStart();
    auto* dialog = shown<CheckInDialog>(*window);
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x4d, 0x9d, 0xf0));
    for (const QPalette& palette : {dialog->palette(), dark}) {
        dialog->setPalette(palette);
        PainScale* scale = dialog->scale();
        QTest::keyClick(scale->button(0), Qt::Key_5);
        ASSERT_TRUE(scale->button(5)->hasFocus());
        const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight);
        // The ring's pixels: two px wide, one px clear of the button, on its
        // four sides.
        const auto ringAround = [&](const QImage& image, int value) {
            const QRect g = scale->button(value)->geometry();
            const QPoint c = g.center();
            int found = 0;
            for (const QPoint point : {QPoint(c.x(), g.top() - 2), QPoint(c.x(), g.bottom() + 2),
                                       QPoint(g.left() - 2, c.y()), QPoint(g.right() + 2, c.y())}) {
                if (image.pixelColor(point).rgb() == highlight.rgb())
                    ++found;
            }
            return found;
        };
        const QImage focused = scale->grab().toImage();
        EXPECT_EQ(ringAround(focused, 5), 4) << "a ring around the focused button";
        EXPECT_EQ(ringAround(focused, 4), 0) << "and none around the others";
        dialog->findChild<QPushButton*>(u"save"_s)->setFocus();
        EXPECT_EQ(ringAround(scale->grab().toImage(), 5), 0) << "nor when the focus left";
        scale->button(5)->setFocus();
        const QString folder = qEnvironmentVariable("LIMBER_SHOTS_DIR");
        if (!folder.isEmpty())
            dialog->grab().save(folder + u"/checkin-focus-"_s +
                                (palette == dark ? u"dark"_s : u"light"_s) + u".png"_s);
    }
}

TEST_F(PainCheckTest, CheckInScreenshot) {
    open();
    pressStart();
    auto* dialog = shown<CheckInDialog>(*window);
    ASSERT_TRUE(dialog);
    QTest::keyClick(dialog->scale()->button(0), Qt::Key_3);
    screenshot(*dialog, u"checkin-dialog"_s);
}

} // namespace
