#include "common/disclaimer.h"
#include "common/imageloader.h"
#include "common/picturebox.h"
#include "figures/figureview.h"
#include "mainwindow.h"
#include "overview/overviewview.h"
#include "player/steppicture.h"
#include "routine/routineloader.h"
#include "settings/settings.h"
#include "testroutines.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using limber::OverviewView;
using limber::PictureBox;
using limber::Settings;
namespace t = limber::testing;

namespace {

class OverviewViewTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString settingsFile = dir.filePath(u"limber.conf"_s);
    std::filesystem::path folder = dir.path().toStdString();
    limber::Routine routine = t::fullRoutine(folder, "wall.png");
    Settings settings{settingsFile};
    limber::ImageLoader loader;

    static QPushButton* start(OverviewView& view) {
        return view.findChild<QPushButton*>(u"start"_s);
    }
    static QCheckBox* acknowledge(OverviewView& view) {
        return view.findChild<QCheckBox*>(u"acknowledge"_s);
    }
    // Every label's text, in creation order, one a line.
    static QString visibleText(OverviewView& view) {
        QStringList lines;
        for (auto* label : view.findChildren<QLabel*>()) {
            if (label->isVisibleTo(&view) && !label->text().isEmpty())
                lines << label->text();
        }
        for (auto* check : view.findChildren<QCheckBox*>()) {
            if (check->isVisibleTo(&view))
                lines << check->text();
        }
        return lines.join(u'\n');
    }
};

} // namespace

TEST_F(OverviewViewTest, ShowsWhatTheRoutineInvolves) {
    OverviewView view(settings, loader);
    view.setRoutine(&routine, false);
    view.resize(1366, 768);
    const QString text = visibleText(view);
    for (const QString& expected :
         {u"Back relief"_s, u"Gentle stretches for a stiff upper back."_s, u"Exercises: 2"_s,
          u"<b>Warning:</b> If the pain gets worse, stop and see a doctor."_s,
          u"<b>Caution:</b> Stop any stretch that hurts."_s,
          u"<b>Note:</b> This routine is for education only."_s,
          u"Yoga strap — or: a belt, a towel"_s, u"Wall"_s, u"Chair"_s, u"1. Wall stretch"_s,
          u"Steps: 2 · Hold 30\u00a0s to 1\u00a0min"_s, u"Then rest 15\u00a0s"_s,
          u"<b>Caution:</b> Keep your neck straight."_s, u"2. Strap stretch"_s,
          u"Equipment: Chair, Yoga strap"_s, u"Steps: 2 · Repeat 10 to 15\u00a0times: Hold for"_s,
          u"One side at a time: Left side, then Right side"_s, u"After a public article"_s,
          u"href=\"https://example.org/stretches\""_s}) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n"
                                             << text.toStdString();
    }
    // The level is a word for screen readers too, never only a colour.
    const auto notices = view.findChildren<QLabel*>(u"safetyNotice"_s);
    ASSERT_EQ(notices.size(), 4);
    EXPECT_EQ(notices.first()->accessibleName(),
              u"Warning: If the pain gets worse, stop and see a doctor.");
}

// A routine that cites several pages (issue #17) lists each under
// "Sources", its title over its address as a link; one page keeps the
// heading "Source".
TEST_F(OverviewViewTest, ListsEveryPageTheRoutineCites) {
    const auto headings = [](OverviewView& view) {
        QStringList found;
        for (auto* label : view.findChildren<QLabel*>()) {
            if (label->text() == u"Source"_s || label->text() == u"Sources"_s)
                found << label->text();
        }
        return found;
    };
    {
        OverviewView one(settings, loader);
        one.setRoutine(&routine, false);
        EXPECT_EQ(headings(one), QStringList{u"Source"_s});
    }
    routine.sources.push_back(
        limber::Source{t::en("When to stop: a hospital leaflet"), "https://example.org/stop"});
    OverviewView view(settings, loader);
    view.setRoutine(&routine, false);
    EXPECT_EQ(headings(view), QStringList{u"Sources"_s});
    const QString text = visibleText(view);
    const auto first =
        text.indexOf(u"After a public article<br><a href=\"https://example.org/stretches\">"_s);
    const auto second = text.indexOf(
        u"When to stop: a hospital leaflet<br><a href=\"https://example.org/stop\">"_s);
    EXPECT_GE(first, 0) << text.toStdString();
    EXPECT_GT(second, first) << "in the file's order";
    int links = 0;
    for (auto* label : view.findChildren<QLabel*>()) {
        if (label->accessibleName().startsWith(u"Source: "_s)) {
            EXPECT_TRUE(label->openExternalLinks());
            ++links;
        }
    }
    EXPECT_EQ(links, 2) << "each page is named to a screen reader";
}

TEST_F(OverviewViewTest, StartNeedsTheSafetyNotesAcknowledgedOncePerVersion) {
    {
        OverviewView view(settings, loader);
        view.setRoutine(&routine, false);
        view.show();
        ASSERT_NE(acknowledge(view), nullptr);
        EXPECT_TRUE(acknowledge(view)->isVisibleTo(&view));
        EXPECT_FALSE(start(view)->isEnabled());
        QSignalSpy started(&view, &OverviewView::startRequested);
        QTest::keyClick(&view, Qt::Key_Return);
        EXPECT_EQ(started.count(), 0);

        QTest::mouseClick(acknowledge(view), Qt::LeftButton, {},
                          acknowledge(view)->rect().center());
        EXPECT_TRUE(acknowledge(view)->isChecked());
        EXPECT_TRUE(start(view)->isEnabled());
        QTest::keyClick(&view, Qt::Key_Return);
        EXPECT_EQ(started.count(), 1);
        start(view)->click();
        EXPECT_EQ(started.count(), 2);
    }
    settings.sync();

    // Next time, from the same settings file: already acknowledged.
    Settings reopened(settingsFile);
    OverviewView view(reopened, loader);
    view.setRoutine(&routine, false);
    EXPECT_TRUE(acknowledge(view)->isChecked());
    EXPECT_TRUE(start(view)->isEnabled());

    // A changed routine asks again.
    routine.contentHash = "v2";
    view.setRoutine(&routine, false);
    EXPECT_FALSE(acknowledge(view)->isChecked());
    EXPECT_FALSE(start(view)->isEnabled());
}

TEST_F(OverviewViewTest, ARoutineWithoutSafetyNotesStartsAtOnce) {
    auto simple = t::simpleRoutine("simple", "Simple", folder);
    OverviewView view(settings, loader);
    view.setRoutine(&simple, false);
    EXPECT_FALSE(acknowledge(view)->isVisibleTo(&view));
    EXPECT_TRUE(start(view)->isEnabled());
}

TEST_F(OverviewViewTest, HoldTargetStartsAtTheChosenEndAndIsSaved) {
    {
        OverviewView view(settings, loader);
        view.setRoutine(&routine, false);
        auto* hold = view.findChild<QSpinBox*>(u"hold:wall"_s);
        ASSERT_NE(hold, nullptr);
        EXPECT_EQ(view.findChildren<QSpinBox*>().size(), 1); // only the range gets one
        EXPECT_EQ(hold->value(), 30);                        // the short end by default
        EXPECT_EQ(hold->minimum(), 30);
        EXPECT_EQ(hold->maximum(), 60);
        EXPECT_EQ(hold->text(), u"30 s");
        EXPECT_FALSE(settings.holdTarget(u"back"_s, u"wall"_s)); // nothing chosen yet
        hold->setFocus();
        QTest::keyClick(hold, Qt::Key_Up);
        EXPECT_EQ(hold->value(), 35);
        EXPECT_EQ(settings.holdTarget(u"back"_s, u"wall"_s), 35s);
    }
    {
        OverviewView view(settings, loader);
        view.setRoutine(&routine, false);
        EXPECT_EQ(view.findChild<QSpinBox*>(u"hold:wall"_s)->value(), 35); // remembered
    }
    Settings other(dir.filePath(u"other.conf"_s));
    other.setHoldChoice(Settings::HoldChoice::Long);
    OverviewView view(other, loader);
    view.setRoutine(&routine, false);
    EXPECT_EQ(view.findChild<QSpinBox*>(u"hold:wall"_s)->value(), 60); // the long end
}

// "Five or six breaths" get a control too, remembered as the hold target is.
TEST_F(OverviewViewTest, BreathCountIsChosenAndRemembered) {
    auto& strap = routine.exercises[1];
    std::get<limber::BreathsAction>(strap.blocks[0].steps[0].action).count = {5, 6, 5};
    {
        OverviewView view(settings, loader);
        view.setRoutine(&routine, false);
        auto* breaths = view.findChild<QSpinBox*>(u"breaths:strap"_s);
        ASSERT_NE(breaths, nullptr);
        EXPECT_EQ(breaths->value(), 5);
        EXPECT_EQ(breaths->minimum(), 5);
        EXPECT_EQ(breaths->maximum(), 6);
        EXPECT_FALSE(settings.breathTarget(u"back"_s, u"strap"_s));
        breaths->setFocus();
        QTest::keyClick(breaths, Qt::Key_Up);
        EXPECT_EQ(breaths->value(), 6);
        EXPECT_EQ(settings.breathTarget(u"back"_s, u"strap"_s), 6);
    }
    settings.sync();
    Settings reopened(settingsFile);
    OverviewView view(reopened, loader);
    view.setRoutine(&routine, false);
    EXPECT_EQ(view.findChild<QSpinBox*>(u"breaths:strap"_s)->value(), 6); // remembered
}

TEST_F(OverviewViewTest, EscGoesBack) {
    OverviewView view(settings, loader);
    view.setRoutine(&routine, false);
    QSignalSpy back(&view, &OverviewView::backRequested);
    QTest::keyClick(&view, Qt::Key_Escape);
    EXPECT_EQ(back.count(), 1);
    view.findChild<QPushButton*>()->click(); // the first button is Back
    EXPECT_EQ(back.count(), 2);
}

TEST_F(OverviewViewTest, TheDisclaimerIsOneClickAway) {
    OverviewView view(settings, loader);
    view.setRoutine(&routine, false);
    auto* text = view.findChild<QLabel*>(u"disclaimerText"_s);
    ASSERT_NE(text, nullptr);
    EXPECT_FALSE(text->isVisibleTo(&view));
    view.findChild<QPushButton*>(u"disclaimerButton"_s)->click();
    EXPECT_TRUE(text->isVisibleTo(&view));
    EXPECT_EQ(text->text(), limber::Disclaimer::text());
}

TEST_F(OverviewViewTest, PicturesLoadAndAMissingOneShowsThePlaceholder) {
    t::writePng(dir.filePath(u"wall.png"_s), {64, 48});
    OverviewView view(settings, loader);
    view.setRoutine(&routine, true);
    view.resize(1366, 768);
    view.show();
    loader.waitForDone();
    const auto boxes = view.findChildren<PictureBox*>();
    ASSERT_EQ(boxes.size(), 2);
    EXPECT_EQ(boxes[0]->state(), PictureBox::State::Shown);
    EXPECT_EQ(boxes[0]->accessibleName(), u"Picture: Wall stretch");
    EXPECT_EQ(boxes[1]->state(), PictureBox::State::Missing); // the strap stretch has none
    EXPECT_EQ(boxes[1]->accessibleDescription(), u"Picture missing");
    EXPECT_TRUE(visibleText(view).contains(u"Your routine"));
}

TEST_F(OverviewViewTest, TabGoesThroughTheControlsInReadingOrder) {
    OverviewView view(settings, loader);
    view.setRoutine(&routine, false);
    QStringList order;
    QWidget* widget = view.findChild<QPushButton*>(); // Back
    for (int i = 0; i < 9 && widget; ++i) {
        order << (widget->accessibleName().isEmpty() ? widget->objectName()
                                                     : widget->accessibleName());
        widget = widget->nextInFocusChain();
        // Skip what cannot take Tab focus and the spin box's own line edit.
        while (widget &&
               (!(widget->focusPolicy() & Qt::TabFocus) || widget->objectName().startsWith(u"qt_")))
            widget = widget->nextInFocusChain();
    }
    EXPECT_EQ(order.join(u" > "),
              u"Back to routines > Medical disclaimer > Wall > Chair > "
              u"Yoga strap — or: a belt, a towel > Hold time for Wall stretch, in seconds > "
              u"Source > I have read the safety notes > Start the routine");
}

// Issue #13: every Tab stop of the overview is a control that acts on keys
// and shows that it has the focus; the scroll area and the source's label
// were stops that showed nothing. Tab from Back goes round to Back.
TEST_F(OverviewViewTest, EveryTabStopActsOnKeysAndShowsItsFocus) {
    OverviewView view(settings, loader);
    view.setRoutine(&routine, false);
    view.resize(800, 450);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    // What each one looks like without the focus.
    QWidget* back = view.findChild<QPushButton*>();
    back->setFocus(Qt::TabFocusReason);
    QHash<QWidget*, QImage> unfocused;
    for (auto* widget : view.findChildren<QWidget*>()) {
        if (widget != back)
            unfocused.insert(widget, widget->grab().toImage());
    }
    QStringList stops;
    QWidget* focused = back;
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(focused, Qt::Key_Tab);
        focused = QApplication::focusWidget();
        ASSERT_NE(focused, nullptr);
        if (focused == back)
            break;
        const QString name = focused->accessibleName().isEmpty()
                                 ? QString::fromLatin1(focused->metaObject()->className())
                                 : focused->accessibleName();
        stops << name;
        const bool actsOnKeys = qobject_cast<QAbstractButton*>(focused) ||
                                qobject_cast<QAbstractSpinBox*>(focused) ||
                                (qobject_cast<QLabel*>(focused) &&
                                 static_cast<QLabel*>(focused)->hasSelectedText()); // a link
        EXPECT_TRUE(actsOnKeys) << name.toStdString() << " does nothing with keys";
        EXPECT_NE(focused->grab().toImage(), unfocused.value(focused))
            << name.toStdString() << " shows no focus";
        if (const QString shots = qEnvironmentVariable("LIMBER_SHOTS_DIR"); !shots.isEmpty())
            view.grab().save(shots + u"/overview-tab-%1.png"_s.arg(i + 1, 2, 10, QChar(u'0')));
    }
    EXPECT_EQ(QApplication::focusWidget(), back) << stops.join(u" > "_s).toStdString();
    EXPECT_EQ(stops.join(u" > "_s),
              u"Medical disclaimer > Wall > Chair > Yoga strap — or: a belt, a towel > "
              u"Hold time for Wall stretch, in seconds > Source > I have read the safety notes"_s)
        << "Start waits for the tick";

    // The overview still scrolls from the keyboard, from any control.
    QScrollBar* bar = view.findChild<QScrollArea*>()->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0) << "the content is taller than the view";
    bar->setValue(0);
    QTest::keyClick(back, Qt::Key_PageDown);
    EXPECT_GT(bar->value(), 0);
    QTest::keyClick(back, Qt::Key_PageUp);
    EXPECT_EQ(bar->value(), 0);
    // From the hold choice too, which keeps its value.
    auto* hold = view.findChild<QSpinBox*>(u"hold:wall"_s);
    ASSERT_NE(hold, nullptr);
    hold->setFocus();
    const int seconds = hold->value();
    QTest::keyClick(hold, Qt::Key_PageDown);
    EXPECT_GT(bar->value(), 0);
    EXPECT_EQ(hold->value(), seconds) << "Page Down changed the hold time";
    QTest::keyClick(hold, Qt::Key_PageUp);
    EXPECT_EQ(bar->value(), 0);
    EXPECT_EQ(hold->value(), seconds);
}

// The second walk, finding 13: End and Home did not scroll the overview from
// the tick box. They scroll it to its end and top from every Tab stop but
// the spin boxes, which move their cursor with them.
TEST_F(OverviewViewTest, HomeAndEndScrollTheOverviewFromEveryStopButASpinBox) {
    OverviewView view(settings, loader);
    view.setRoutine(&routine, false);
    view.resize(800, 450);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    QScrollBar* bar = view.findChild<QScrollArea*>()->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0) << "the content is taller than the view";
    QWidget* back = view.findChild<QPushButton*>();
    back->setFocus(Qt::TabFocusReason);
    QStringList stops;
    QWidget* focused = back;
    for (int i = 0; i < 20; ++i) {
        const QString name = focused->accessibleName();
        stops << name;
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(focused)) {
            bar->setValue(bar->maximum() / 2);
            QTest::keyClick(spin, Qt::Key_End);
            QTest::keyClick(spin, Qt::Key_Home);
            EXPECT_EQ(bar->value(), bar->maximum() / 2) << name.toStdString() << " kept its keys";
        } else {
            QTest::keyClick(focused, Qt::Key_End);
            EXPECT_EQ(bar->value(), bar->maximum()) << "End from " << name.toStdString();
            if (const QString shots = qEnvironmentVariable("LIMBER_SCREENSHOT_DIR");
                !shots.isEmpty() && qobject_cast<QCheckBox*>(focused))
                view.grab().save(shots + u"/overview-end-from-%1.png"_s.arg(focused->objectName()));
            QTest::keyClick(focused, Qt::Key_Home);
            EXPECT_EQ(bar->value(), 0) << "Home from " << name.toStdString();
        }
        QTest::keyClick(focused, Qt::Key_Tab);
        focused = QApplication::focusWidget();
        ASSERT_NE(focused, nullptr);
        if (focused == back)
            break;
    }
    EXPECT_TRUE(stops.contains(u"I have read the safety notes"_s))
        << stops.join(u" > "_s).toStdString();
    EXPECT_TRUE(stops.contains(u"Hold time for Wall stretch, in seconds"_s))
        << stops.join(u" > "_s).toStdString();
}

// Issue #13: the overview shows the same picture as the player. The seated
// stretch of the shipped routine is drawn as a front-view figure (hands on
// the shoulders, elbows together); the overview shows it, still on the pose
// it leads to, exactly as the player's figure view draws the step that ends
// there (step 4, with motion off), not the old side-view SVG.
TEST_F(OverviewViewTest, TheShippedSeatedStretchShowsItsFrontViewFigure) {
    auto loaded = limber::loadRoutineFile(std::filesystem::path(LIMBER_SOURCE_DIR) /
                                          "resources/routines/upper-back-relief.yaml");
    ASSERT_TRUE(loaded.routine);
    const limber::Routine& shipped = *loaded.routine;
    OverviewView view(settings, loader);
    view.setRoutine(&shipped, false);
    view.resize(1366, 768);
    view.show();
    loader.waitForDone();
    const auto pictures = view.findChildren<limber::StepPicture*>(u"exercisePicture"_s);
    ASSERT_EQ(pictures.size(), 3);
    for (auto* picture : pictures) {
        EXPECT_TRUE(picture->figureView()->isVisibleTo(&view));
        EXPECT_FALSE(picture->pictureBox()->isVisibleTo(&view)); // no "Picture missing", no SVG
    }
    const limber::Exercise& seated = shipped.exercises.at(1);
    ASSERT_EQ(seated.id, "seated-stretch");
    const limber::FigureView* shown = pictures[1]->figureView();
    ASSERT_TRUE(shown->figure());
    EXPECT_EQ(shown->figure()->view, limber::View::Front);
    EXPECT_EQ(shown->figure()->poses.back().pose, seated.figure->poses.back().pose);
    EXPECT_EQ(shown->accessibleName(), u"Picture: Seated stretch");

    // What the player draws for step 4, whose movement ends in that pose.
    const limber::Step& elbows = seated.blocks.at(3).steps.at(0);
    ASSERT_TRUE(elbows.figure);
    ASSERT_EQ(elbows.figure->poses.back().pose, seated.figure->poses.back().pose);
    limber::FigureView player; // as the player's StepPicture holds it
    player.setMotionEnabled(false);
    player.setFigure(*elbows.figure);
    player.setPalette(shown->palette());
    player.resize(shown->size());
    const QImage expected = player.grab().toImage();
    const QImage actual = const_cast<limber::FigureView*>(shown)->grab().toImage();
    ASSERT_EQ(actual.size(), expected.size());
    int different = 0;
    for (int y = 0; y < actual.height(); ++y)
        for (int x = 0; x < actual.width(); ++x)
            if (actual.pixel(x, y) != expected.pixel(x, y))
                ++different;
    EXPECT_LT(different, actual.width() * actual.height() / 100) << different;
}
