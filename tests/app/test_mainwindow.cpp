// The window as a whole: the screens it moves between, its menus and what
// it remembers. The screens' own behaviour has its own tests.
#include "application.h"
#include "common/disclaimer.h"
#include "library/libraryview.h"
#include "mainwindow.h"
#include "overview/overviewview.h"
#include "player/doneview.h"
#include "player/playerview.h"
#include "recordingcueoutput.h"
#include "routinefiles.h"
#include "settings/settings.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using limber::MainWindow;
using limber::RoutineFolder;

namespace {

class MainWindowTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString bundled = dir.path() + u"/bundled";
    QString user = dir.path() + u"/user";
    limber::RecordingCueOutput output;
    std::unique_ptr<limber::Application> m_app;

    // Made on first use, after the test wrote its routines: the application
    // reads the folders when it starts.
    limber::Application& app() {
        if (!m_app) {
            m_app = std::make_unique<limber::Application>(
                std::vector<RoutineFolder>{{bundled.toStdString(), false},
                                           {user.toStdString(), true}},
                std::make_unique<limber::Settings>(dir.path() + u"/limber.conf"), output);
            // The check-in before Start has its own tests (test_paincheck).
            m_app->settings().setPainCheckIns(false);
        }
        return *m_app;
    }

    static QWidget* screen(MainWindow& window) {
        return window.findChild<QStackedWidget*>()->currentWidget();
    }

    static QString listed(MainWindow& window) {
        QStringList titles;
        const auto* model =
            window.findChild<limber::LibraryView*>()->findChild<QListView*>()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            titles << model->index(row, 0).data().toString();
        return titles.join(u'|');
    }

    static QString labels(QWidget* parent) {
        QStringList texts;
        for (auto* label : parent->findChildren<QLabel*>())
            texts << label->text();
        return texts.join(u'\n');
    }

    static QAction* action(MainWindow& window, const QString& text) {
        for (auto* candidate : window.findChildren<QAction*>()) {
            if (candidate->text() == text)
                return candidate;
        }
        return nullptr;
    }
};

} // namespace

TEST_F(MainWindowTest, OpensOnTheLibraryWithEveryRoutine) {
    writeRoutine(bundled, u"neck.yaml"_s, simpleRoutine("neck", "Neck release"));
    writeRoutine(bundled, u"back.yaml"_s, simpleRoutine("back", "Back relief"));
    MainWindow window(app());
    EXPECT_EQ(screen(window), window.findChild<limber::LibraryView*>());
    EXPECT_EQ(listed(window), u"Back relief|Neck release");
}

TEST_F(MainWindowTest, BrokenFileIsListedWithItsDiagnosticAndTheOthersStillLoad) {
    writeRoutine(bundled, u"good.yaml"_s, simpleRoutine("good", "Good routine"));
    writeRoutine(user, u"broken.yaml"_s, "limber: 1\nid: broken\nexercises: []\n");
    MainWindow window(app());
    EXPECT_EQ(listed(window), u"Good routine");
    EXPECT_TRUE(
        labels(&window).contains(user + u"/broken.yaml:1:1: error: missing required key 'title'"))
        << labels(&window).toStdString();
}

TEST_F(MainWindowTest, UserRoutineReplacesTheBundledOneAndTheWindowSaysSo) {
    writeRoutine(bundled, u"back.yaml"_s, simpleRoutine("back", "Bundled back"));
    writeRoutine(user, u"back.yaml"_s, simpleRoutine("back", "My back"));
    MainWindow window(app());
    EXPECT_EQ(listed(window), u"My back");
    EXPECT_TRUE(labels(&window).contains(u"My back"));
    EXPECT_TRUE(labels(&window).contains(u"replaces"_s, Qt::CaseInsensitive))
        << labels(&window).toStdString();
}

TEST_F(MainWindowTest, ReloadPicksUpEditsWithoutRestarting) {
    writeRoutine(bundled, u"back.yaml"_s, simpleRoutine("back", "Back relief"));
    MainWindow window(app());
    window.show();
    writeRoutine(user, u"hips.yaml"_s, simpleRoutine("hips", "Hip opener"));
    auto* reload = action(window, u"&Reload routines"_s);
    EXPECT_EQ(reload->shortcut(), QKeySequence(Qt::Key_F5));
    reload->trigger();
    EXPECT_EQ(listed(window), u"Back relief|Hip opener");
}

TEST_F(MainWindowTest, FromLibraryToOverviewToPlayerToDoneAndBack) {
    writeRoutine(bundled, u"back.yaml"_s, simpleRoutine("back", "Back relief"));
    MainWindow window(app());
    window.show();

    ASSERT_TRUE(window.openRoutine(u"back"_s));
    auto* overview = window.findChild<limber::OverviewView*>();
    EXPECT_EQ(screen(window), overview);

    QTest::keyClick(overview, Qt::Key_Escape);
    EXPECT_EQ(screen(window), window.findChild<limber::LibraryView*>());

    ASSERT_TRUE(window.openRoutine(u"back"_s));
    overview->findChild<QPushButton*>(u"start"_s)->click();
    auto* player = window.findChild<limber::PlayerView*>();
    EXPECT_EQ(screen(window), player);
    EXPECT_FALSE(action(window, u"&Reload routines"_s)->isEnabled())
        << "the routine stays put while it runs";
    EXPECT_EQ(player->controller(), app().session()) << "the player shows the app's session";
    const auto said = [this] {
        QStringList texts;
        for (const auto& event : output.events())
            texts << event.text;
        return texts.join(u'|');
    };
    EXPECT_TRUE(said().contains(u"Reach both arms up."_s))
        << "the session's cues reach the audio: " << said().toStdString();

    ASSERT_NE(player->controller(), nullptr);
    player->controller()->finish();
    auto* done = window.findChild<limber::DoneView*>();
    EXPECT_EQ(screen(window), done);
    EXPECT_EQ(done->titleText(), u"Session finished");
    EXPECT_TRUE(labels(done).contains(u"Back relief")) << labels(done).toStdString();

    Q_EMIT done->libraryRequested();
    EXPECT_EQ(screen(window), window.findChild<limber::LibraryView*>());
    EXPECT_TRUE(action(window, u"&Reload routines"_s)->isEnabled());
}

TEST_F(MainWindowTest, UnknownRoutineIdIsRefused) {
    MainWindow window(app());
    EXPECT_FALSE(window.openRoutine(u"nope"_s));
    EXPECT_EQ(screen(window), window.findChild<limber::LibraryView*>());
}

TEST_F(MainWindowTest, TheDisclaimerIsOneClickAwayInTheHelpMenu) {
    MainWindow window(app());
    QStringList menus;
    for (auto* menu : window.menuBar()->actions())
        menus << menu->text();
    EXPECT_EQ(menus, (QStringList{u"&File"_s, u"&View"_s, u"&Help"_s}));
    ASSERT_NE(action(window, u"Medical &disclaimer"_s), nullptr);
    EXPECT_TRUE(
        limber::Disclaimer::text().contains(u"not a substitute for professional medical advice"));
}

TEST_F(MainWindowTest, RemembersItsGeometry) {
    {
        MainWindow window(app());
        window.setGeometry(40, 50, 1000, 700);
        window.show();
        window.close();
    }
    MainWindow window(app());
    EXPECT_EQ(window.size(), QSize(1000, 700));
}

TEST_F(MainWindowTest, MKeyMutesAndTheSettingFollowsBothWays) {
    MainWindow window(app());
    auto* mute = action(window, u"&Mute sounds and voice"_s);
    ASSERT_NE(mute, nullptr);
    EXPECT_EQ(mute->shortcut(), QKeySequence(Qt::Key_M));
    EXPECT_FALSE(mute->isChecked());
    mute->trigger();
    EXPECT_TRUE(app().settings().muted());
    app().settings().setMuted(false); // e.g. from the Settings window
    EXPECT_FALSE(mute->isChecked());
}
