// The window as a whole: the screens it moves between, its menus and what
// it remembers. The screens' own behaviour has its own tests.
#include "accesskeys.h"
#include "application.h"
#include "common/disclaimer.h"
#include "common/translations.h"
#include "history/historyview.h"
#include "library/libraryview.h"
#include "mainwindow.h"
#include "overview/overviewview.h"
#include "player/doneview.h"
#include "player/playerview.h"
#include "recordingcueoutput.h"
#include "reminders/reminders.h"
#include "routinefiles.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <filesystem>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using limber::MainWindow;
namespace t = limber::testing;
using limber::RoutineFolder;

namespace {

const QString kShipped = QStringLiteral(LIMBER_SOURCE_DIR "/resources/routines");

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

    // The window shown and active, the routine `id` started from its
    // overview: the player's screen.
    static void startActive(MainWindow& window, const QString& id) {
        window.show();
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        ASSERT_TRUE(window.openRoutine(id));
        window.findChild<limber::OverviewView*>()->findChild<QPushButton*>(u"start"_s)->click();
        ASSERT_EQ(screen(window), window.findChild<limber::PlayerView*>());
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

    // The access keys of every screen, in the language in effect.
    void checkAccessKeys(const QString& language);

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

// The first window fits the screen with its frame: on 1366×768 with a
// panel, 1200×760 plus a title bar cut off the status bar.
TEST_F(MainWindowTest, TheFirstWindowFitsTheScreenWithItsFrame) {
    const QRect small(0, 32, 1366, 736); // 1366×768 less a 32 px panel
    const QSize size = MainWindow::firstSize(small);
    EXPECT_LE(size.width() + 16, small.width());
    EXPECT_LE(size.height() + 48, small.height()) << "room for the title bar and borders";
    EXPECT_EQ(size.width(), 1200);
    EXPECT_EQ(MainWindow::firstSize(QRect(0, 0, 1920, 1050)), QSize(1200, 760));
    EXPECT_EQ(MainWindow::firstSize(QRect(0, 0, 1024, 600)), QSize(1008, 552));

    // The window itself, on this (offscreen) screen.
    MainWindow window(app());
    EXPECT_EQ(window.size(), MainWindow::firstSize(window.screen()->availableGeometry()));
    EXPECT_LE(window.height(), window.screen()->availableGeometry().height() - 48);
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

// Alt+letter does one thing on each screen: no two buttons, labels or menus
// shown at once share an access key (Alt+F opened "Open routine folder"
// instead of the File menu; Alt+H, Help instead of "Hold for").
TEST_F(MainWindowTest, EveryScreenHasAccessKeysOfItsOwn) {
    bundled = kShipped;
    writeRoutine(user, u"broken.yaml"_s, "limber: 1\nid: broken\nexercises: []\n");
    for (const QString& language : {u"en"_s, u"de"_s, u"es"_s}) {
        SCOPED_TRACE(language.toStdString());
        limber::Translations translations;
        ASSERT_EQ(translations.apply(language), language);
        checkAccessKeys(language);
        translations.apply(u"en"_s);
    }
}

void MainWindowTest::checkAccessKeys(const QString& language) {
    const bool english = language == u"en";
    MainWindow window(app());
    window.resize(1366, 768);
    window.show();
    const auto check = [&window](QWidget* shown, const char* name) {
        SCOPED_TRACE(name);
        const auto keys = t::accessKeys(shown, &window);
        EXPECT_EQ(t::clashes(keys), QStringList())
            << name << ": " << t::clashes(keys).join(u"; "_s).toStdString();
        return keys;
    };

    // Each menu's items among themselves.
    for (auto* menu : window.menuBar()->findChildren<QMenu*>()) {
        QMap<QString, QStringList> items;
        for (auto* item : menu->actions()) {
            if (const QKeySequence key = QKeySequence::mnemonic(item->text()); !key.isEmpty())
                items[key.toString()] << item->text();
        }
        EXPECT_EQ(t::clashes(items), QStringList()) << menu->title().toStdString();
    }

    auto* library = window.findChild<limber::LibraryView*>();
    ASSERT_EQ(screen(window), library);
    const auto libraryKeys = check(library, "library");
    if (english) {
        EXPECT_TRUE(libraryKeys.contains(u"Alt+O"_s)) << "Open routine folder keeps a key";
        EXPECT_TRUE(libraryKeys.contains(u"Alt+F"_s)) << "the File menu";
        EXPECT_EQ(libraryKeys.value(u"Alt+I"_s), QStringList{u"H&istory"_s});
    }
    // The History screen, from the library; Esc goes back there.
    library->findChild<QPushButton*>(u"history"_s)->click();
    ASSERT_EQ(screen(window), window.findChild<limber::HistoryView*>());
    QTest::keyClick(screen(window), Qt::Key_Escape);
    ASSERT_EQ(screen(window), library);

    ASSERT_TRUE(window.openRoutine(u"upper-back-relief"_s));
    auto* overview = window.findChild<limber::OverviewView*>();
    const auto overviewKeys = check(overview, "overview");
    if (english) {
        EXPECT_EQ(overviewKeys.value(u"Alt+H"_s), QStringList{u"&Help"_s});
        EXPECT_EQ(overviewKeys.value(u"Alt+L"_s), QStringList{u"Ho&ld for:"_s});
    }

    auto* acknowledge = overview->findChild<QCheckBox*>(u"acknowledge"_s);
    acknowledge->setChecked(true);
    overview->findChild<QPushButton*>(u"start"_s)->click();
    auto* player = window.findChild<limber::PlayerView*>();
    ASSERT_EQ(screen(window), player);
    check(player, "player");

    player->controller()->finish();
    auto* done = window.findChild<limber::DoneView*>();
    ASSERT_EQ(screen(window), done);
    check(done, "done");

    // The History screen, from the Done screen; Esc goes back there.
    done->findChild<QPushButton*>(u"history"_s)->click();
    auto* history = window.findChild<limber::HistoryView*>();
    ASSERT_EQ(screen(window), history);
    const auto historyKeys = check(history, "history");
    if (english) {
        EXPECT_EQ(historyKeys.value(u"Alt+B"_s), QStringList{u"← &Back"_s});
    }
    QTest::keyClick(history, Qt::Key_Escape);
    EXPECT_EQ(screen(window), done);

    // The Settings window as File ▸ Settings… makes it.
    limber::SettingsDialog dialog(app().settings(), &window);
    dialog.setAudio(app().audio());
    dialog.setIdleSource(app().reminders().idleSource());
    dialog.setReminders(app().reminders());
    dialog.setHistory(app().history());
    const auto keys = t::accessKeys(&dialog, &window);
    EXPECT_EQ(t::clashes(keys), QStringList()) << t::clashes(keys).join(u"; "_s).toStdString();
    EXPECT_GE(keys.size(), 10) << "the dialog's keys were found";
    // Each setting a person turns on or off has one, the pain check-in's too
    // (it had none in de and es); the week's days are one row of boxes.
    for (auto* box : dialog.findChildren<QCheckBox*>()) {
        if (!box->objectName().startsWith(u"day"_s)) {
            EXPECT_FALSE(QKeySequence::mnemonic(box->text()).isEmpty())
                << "no access key: " << box->text().toStdString();
        }
    }
    app().stopSession();
}

// F1 says Enter starts a routine from its overview: it does, with no safety
// notes to tick first, because the focus rests on Start, not on "Back".
TEST_F(MainWindowTest, EnterOnTheOverviewStartsTheRoutine) {
    writeRoutine(bundled, u"back.yaml"_s, simpleRoutine("back", "Back relief"));
    MainWindow window(app());
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto* cards = window.findChild<limber::LibraryView*>()->findChild<QListView*>();
    cards->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto* overview = window.findChild<limber::OverviewView*>();
    ASSERT_EQ(screen(window), overview);
    auto* start = overview->findChild<QPushButton*>(u"start"_s);
    EXPECT_EQ(QApplication::focusWidget(), start);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_EQ(screen(window), window.findChild<limber::PlayerView*>());
}

// F1 lists every key the window has: each menu action's shortcut and each
// screen's, the player's too (its keys were missing, and Ctrl+L).
TEST_F(MainWindowTest, TheKeyboardHelpListsEveryShortcut) {
    writeRoutine(bundled, u"back.yaml"_s, simpleRoutine("back", "Back relief"));
    MainWindow window(app());
    window.show();
    // Every screen made, so that its shortcuts exist.
    ASSERT_TRUE(window.openRoutine(u"back"_s));
    window.findChild<limber::OverviewView*>()->findChild<QPushButton*>(u"start"_s)->click();
    ASSERT_NE(window.findChild<limber::PlayerView*>(), nullptr);
    window.findChild<limber::PlayerView*>()->controller()->finish();
    ASSERT_NE(window.findChild<limber::DoneView*>(), nullptr);

    QStringList listed;
    for (const auto& section : window.keyboardHelp()) {
        for (const auto& help : section.keys) {
            EXPECT_FALSE(help.what.isEmpty()) << help.key.toString().toStdString();
            listed << help.key.toString();
        }
    }
    QStringList keys;
    for (auto* shortcut : window.findChildren<QShortcut*>())
        keys << shortcut->key().toString();
    for (auto* action : window.findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString();
    }
    ASSERT_GE(keys.size(), 15);
    for (const QString& key : keys)
        EXPECT_TRUE(listed.contains(key)) << key.toStdString() << " is not in the F1 list";
    for (const QString& key : {u"Ctrl+L"_s, u"H"_s, u"D"_s, u"Space"_s, u"F1"_s, u"Return"_s})
        EXPECT_TRUE(listed.contains(key)) << key.toStdString();
}

namespace {

// A desktop's xdg-open in PATH that exits with `code` (3: no program
// handles folders), writing the folder it was given to `log`.
void fakeXdgOpen(const QString& folder, int code, const QString& log) {
    QFile script(folder + u"/xdg-open"_s);
    ASSERT_TRUE(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
    script.write(
        u"#!/bin/sh\nprintf '%s\\n' \"$1\" >> '%1'\nexit %2\n"_s.arg(log).arg(code).toUtf8());
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace

// "Open routine folder" with no file manager (xdg-open exits 3, which
// QDesktopServices took for success): a window with the folder's path to
// copy, and the reason (it did nothing visible). When xdg-open succeeds,
// the status bar says so.
TEST_F(MainWindowTest, AFolderNoFileManagerOpensIsShownAsAPathToCopy) {
    writeRoutine(user, u"broken.yaml"_s, "limber: 1\nid: broken\nexercises: []\n");
    const QString bin = dir.path() + u"/bin"_s;
    const QString log = dir.path() + u"/xdg-open.log"_s;
    ASSERT_TRUE(QDir().mkpath(bin));
    fakeXdgOpen(bin, 3, log);
    const QByteArray searched = qgetenv("PATH");
    qputenv("PATH", bin.toLocal8Bit() + ':' + searched);
    MainWindow window(app());
    window.show();
    const auto pathShown = [&window]() -> QString {
        QDialog* dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                dialog = window.findChild<QDialog*>(u"folderDialog"_s);
                return dialog && dialog->isVisible();
            },
            2000);
        if (!dialog || !dialog->isVisible())
            return u"(no window)"_s;
        EXPECT_TRUE(labels(dialog).contains(u"No file manager could open this folder"_s))
            << labels(dialog).toStdString();
        auto* path = dialog->findChild<QLineEdit*>(u"folderPath"_s);
        EXPECT_TRUE(path->isReadOnly());
        EXPECT_EQ(path->selectedText(), path->text()) << "selected, ready to copy";
        const QString text = path->text();
        dialog->close();
        QApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return text;
    };

    action(window, u"&Open routine folder"_s)->trigger();
    EXPECT_EQ(pathShown(), QDir::toNativeSeparators(user));
    EXPECT_TRUE(window.statusBar()->currentMessage().isEmpty())
        << window.statusBar()->currentMessage().toStdString();

    // The library's button, and the one beside a file that failed to load.
    auto* library = window.findChild<limber::LibraryView*>();
    library->findChild<QPushButton*>(u"openFolder"_s)->click();
    EXPECT_EQ(pathShown(), QDir::toNativeSeparators(user));
    QPushButton* besideFile = nullptr;
    for (auto* button : library->findChildren<QPushButton*>()) {
        if (button->text() == u"Open folder")
            besideFile = button;
    }
    ASSERT_NE(besideFile, nullptr);
    // Its tooltip names the file, not the folder.
    EXPECT_EQ(besideFile->toolTip(), u"Show broken.yaml in its folder, to fix it in a text editor");
    besideFile->click();
    EXPECT_EQ(pathShown(), QDir::toNativeSeparators(user));
    QFile asked(log);
    ASSERT_TRUE(asked.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(asked.readAll()), QString(user + u'\n').repeated(3));

    // No xdg-open at all: the path too.
    qputenv("PATH", bin.toLocal8Bit());
    QFile::remove(bin + u"/xdg-open"_s);
    action(window, u"&Open routine folder"_s)->trigger();
    EXPECT_EQ(pathShown(), QDir::toNativeSeparators(user));

    // When it opens, no window; the status bar says where.
    fakeXdgOpen(bin, 0, log);
    action(window, u"&Open routine folder"_s)->trigger();
    EXPECT_TRUE(QTest::qWaitFor(
        [&window] { return !window.statusBar()->currentMessage().isEmpty(); }, 2000));
    EXPECT_EQ(window.statusBar()->currentMessage(),
              u"Opened %1 in the file manager"_s.arg(QDir::toNativeSeparators(user)));
    EXPECT_EQ(pathShown(), u"(no window)"_s);
    qputenv("PATH", searched);
}

// Settings at the screen's height (975 px at 1366×768 before): the groups
// scroll, Close stays in sight, and Tab scrolls the control it reaches into
// view. Every wrapped note shows all its lines, in each language.
TEST_F(MainWindowTest, SettingsFitTheScreenAndScrollToTheFocus) {
    limber::Translations translations;
    for (const QString& language : {u"en"_s, u"de"_s, u"es"_s}) {
        SCOPED_TRACE(language.toStdString());
        translations.apply(language);
        QApplication::processEvents();
        limber::SettingsDialog dialog(app().settings());
        dialog.setAudio(app().audio());
        dialog.setIdleSource(app().reminders().idleSource());
        dialog.setReminders(app().reminders());
        dialog.setHistory(app().history());
        dialog.show();
        dialog.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
        const QRect available = dialog.screen()->availableGeometry();
        const int titleBar = dialog.style()->pixelMetric(QStyle::PM_TitleBarHeight);
        EXPECT_LE(dialog.height() + titleBar, available.height())
            << dialog.width() << "×" << dialog.height() << " on " << available.width() << "×"
            << available.height();
        EXPECT_LE(dialog.width(), available.width());
        auto* close = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close);
        EXPECT_TRUE(dialog.rect().contains(QRect(close->mapTo(&dialog, QPoint()), close->size())))
            << "Close is in the window";
        auto* scroll = dialog.findChild<QScrollArea*>();
        ASSERT_NE(scroll, nullptr);
        const auto inView = [scroll](QWidget* widget) {
            const QRect shown(widget->mapTo(scroll->viewport(), QPoint()), widget->size());
            return scroll->viewport()->rect().contains(shown);
        };
        // Tab from the first control to the last: each one in view when reached.
        dialog.findChild<QWidget*>(u"getReady"_s)->setFocus();
        for (int i = 0; i < 100 && QApplication::focusWidget() != close; ++i) {
            QWidget* focused = QApplication::focusWidget();
            ASSERT_NE(focused, nullptr);
            ASSERT_EQ(focused->window(), &dialog);
            if (scroll->widget()->isAncestorOf(focused)) {
                EXPECT_TRUE(inView(focused)) << focused->objectName().toStdString();
            }
            QTest::keyClick(focused, Qt::Key_Tab);
        }
        EXPECT_EQ(QApplication::focusWidget(), close) << "Tab reaches Close";
        auto* remove = dialog.findChild<QPushButton*>(u"deleteHistory"_s);
        remove->setFocus();
        QApplication::processEvents();
        EXPECT_TRUE(inView(remove)) << "the focus moved without Tab";
        for (auto* label : scroll->widget()->findChildren<QLabel*>()) {
            if (label->wordWrap() && label->isVisible()) {
                EXPECT_GE(label->height(), label->heightForWidth(label->width()))
                    << label->text().toStdString() << " is cut";
            }
        }
        if (const QString shots = qEnvironmentVariable("LIMBER_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog.grab().save(shots + u"/settings-fit-"_s + language + u".png"_s);
    }
    translations.apply(u"en"_s);
}

// F1's list is taller than a 1366×768 screen: it scrolls, its Close button
// in sight, and Enter closes it. It covers at most 4/5 of the screen's
// height, its title bar included (it covered all of it, top to bottom).
TEST_F(MainWindowTest, TheKeyboardHelpFitsTheScreen) {
    writeRoutine(bundled, u"back.yaml"_s, simpleRoutine("back", "Back relief"));
    MainWindow window(app());
    window.show();
    limber::Translations translations;
    for (const QString& language : {u"en"_s, u"de"_s, u"es"_s}) {
        SCOPED_TRACE(language.toStdString());
        translations.apply(language);
        QApplication::processEvents();
        bool seen = false;
        bool closedByEnter = false;
        QTimer::singleShot(0, &window, [&] {
            auto* help = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            ASSERT_NE(help, nullptr);
            EXPECT_EQ(help->objectName(), u"keyboardHelp"_s);
            seen = true;
            const QRect available = help->screen()->availableGeometry();
            const int titleBar = help->style()->pixelMetric(QStyle::PM_TitleBarHeight);
            EXPECT_LE(help->height() + titleBar, available.height() * 4 / 5)
                << help->height() << " + " << titleBar << " of " << available.height();
            EXPECT_GE(help->height() + titleBar, available.height() * 3 / 4)
                << "as tall as it may be: the list is longer";
            auto* close = help->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close);
            EXPECT_TRUE(help->rect().contains(QRect(close->mapTo(help, QPoint()), close->size())));
            auto* list = help->findChild<QLabel*>(u"keyboardHelpList"_s);
            EXPECT_GE(list->height(), list->sizeHint().height()) << "every line, if by scrolling";
            if (const QString shots = qEnvironmentVariable("LIMBER_SCREENSHOT_DIR");
                !shots.isEmpty())
                help->grab().save(shots + u"/keyboard-help-"_s + language + u".png"_s);
            QTest::keyClick(help->focusWidget() ? help->focusWidget() : help, Qt::Key_Return);
            closedByEnter = !help->isVisible();
            help->reject();
        });
        window.showShortcuts();
        EXPECT_TRUE(seen);
        EXPECT_TRUE(closedByEnter);
    }
    translations.apply(u"en"_s);
}

// The overview's "About 11 min" and the player's first "About 12 min left"
// came from different settings (the voice's pauses) and roundings: both now
// come from the one estimate, with the voice speaking or not.
TEST_F(MainWindowTest, TheOverviewAndThePlayerAgreeOnHowLongItTakes) {
    bundled = kShipped;
    for (const bool muted : {false, true}) {
        SCOPED_TRACE(muted ? "muted" : "voice");
        app().settings().setMuted(muted);
        MainWindow window(app());
        window.show();
        ASSERT_TRUE(window.openRoutine(u"upper-back-relief"_s));
        auto* overview = window.findChild<limber::OverviewView*>();
        const QString duration = overview->findChild<QLabel*>(u"duration"_s)->text();
        ASSERT_TRUE(duration.contains(u" · About "_s)) << duration.toStdString();
        const QString about = duration.section(u" · "_s, 1);

        overview->findChild<QCheckBox*>(u"acknowledge"_s)->setChecked(true);
        overview->findChild<QPushButton*>(u"start"_s)->click();
        auto* player = window.findChild<limber::PlayerView*>();
        ASSERT_EQ(screen(window), player);
        EXPECT_EQ(player->findChild<QLabel*>(u"remaining"_s)->text(), about + u" left"_s);
        app().stopSession();
    }
}

// The second walk, finding 7: once, the Done screen had no focus after
// Settings (opened from the File menu, reminders switched on, Tab to the
// last field, Esc): nothing gave the window the keyboard back. Offscreen,
// as under a window manager that does not, the window asks for it itself
// and the focus is back on the Done screen's default button.
TEST_F(MainWindowTest, TheDoneScreenHasTheFocusAgainAfterSettings) {
    writeRoutine(bundled, u"back.yaml"_s, simpleRoutine("back", "Back relief"));
    MainWindow window(app());
    ASSERT_NO_FATAL_FAILURE(startActive(window, u"back"_s));
    window.findChild<limber::PlayerView*>()->controller()->finish();
    auto* done = window.findChild<limber::DoneView*>();
    ASSERT_EQ(screen(window), done);
    auto* library = done->findChild<QPushButton*>(u"library"_s);
    ASSERT_EQ(QApplication::focusWidget(), library);
    bool closed = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        const auto closeAnyway = qScopeGuard([dialog] { dialog->reject(); });
        dialog->activateWindow();
        ASSERT_TRUE(QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }));
        auto* on = dialog->findChild<QCheckBox*>(u"remindersOn"_s);
        ASSERT_NE(on, nullptr);
        on->setFocus();
        QTest::keyClick(on, Qt::Key_Space);
        auto* close = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close);
        for (int i = 0; i < 60 && QApplication::focusWidget() != close; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        closed = !dialog->isVisible();
    });
    action(window, u"&Settings…"_s)->trigger();
    EXPECT_TRUE(closed);
    EXPECT_TRUE(QTest::qWaitFor([&] { return QApplication::focusWidget() == library; }, 1000))
        << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString()
                                        : "no focus");
    app().stopSession();
}

// Every dialog of the window, not only those it opens itself: the player's
// own question, "Finish now?", answered with Esc (keep going), leaves the
// focus where it was in the player, not nowhere.
TEST_F(MainWindowTest, ThePlayerHasTheFocusAgainAfterItsFinishQuestion) {
    writeRoutine(bundled, u"back.yaml"_s, simpleRoutine("back", "Back relief"));
    MainWindow window(app());
    ASSERT_NO_FATAL_FAILURE(startActive(window, u"back"_s));
    auto* player = window.findChild<limber::PlayerView*>();
    QWidget* before = QApplication::focusWidget();
    ASSERT_NE(before, nullptr);
    ASSERT_TRUE(player->isAncestorOf(before));
    QTest::keyClick(before, Qt::Key_F);
    QWidget* box = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (box = QApplication::activeModalWidget()) != nullptr; }));
    box->activateWindow();
    ASSERT_TRUE(QTest::qWaitFor([box] { return QApplication::activeWindow() == box; }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    ASSERT_FALSE(box->isVisible());
    EXPECT_TRUE(QTest::qWaitFor([&] { return QApplication::focusWidget() == before; }, 1000))
        << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString()
                                        : "no focus");
    EXPECT_FALSE(player->controller()->isFinished());
    app().stopSession();
}
