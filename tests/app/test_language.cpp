// The interface in every shipped language: switched while the window runs,
// every screen follows at once (a running session keeps running), numbers
// and durations follow the locale, and the shipped routines say everything
// in every language the interface speaks.
//
// The expected words come from the catalogues themselves
// (QCoreApplication::translate) and from the routine files, and must differ
// from the English: a missing catalogue or an untranslated string fails.
#include "application.h"
#include "common/describe.h"
#include "common/disclaimer.h"
#include "common/imageloader.h"
#include "common/mnemonic.h"
#include "common/qtconvert.h"
#include "common/translations.h"
#include "library/libraryview.h"
#include "library/routinecarddelegate.h"
#include "mainwindow.h"
#include "overview/overviewview.h"
#include "player/breathguide.h"
#include "player/doneview.h"
#include "player/playerview.h"
#include "player/timerring.h"
#include "playersession.h"
#include "recordingcueoutput.h"
#include "routine/routineloader.h"
#include "session/sessioncontroller.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"
#include "testroutines.h"
#include "translatedtest.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace limber;

namespace {

const std::filesystem::path kShipped =
    std::filesystem::path(LIMBER_SOURCE_DIR) / "resources/routines";

// What the catalogue of the language in effect says for `source`.
QString translated(const char* context, const char* source) {
    return QCoreApplication::translate(context, source);
}

// The routine's text in exactly `language`, as written in the file.
QString inLanguage(const LocalizedText& text, const QString& language) {
    const std::string* found = text.find(language.toStdString());
    return found ? toQString(*found) : u"(no %1 text)"_s.arg(language);
}

class LanguageTest : public test::TranslatedTest {
protected:
    // `text` is what the catalogue says for `source`, and (but in English) not
    // the English source itself.
    static ::testing::AssertionResult isTranslation(const QString& shown, const char* context,
                                                    const char* source, const QString& language) {
        const QString expected = translated(context, source);
        if (shown != expected)
            return ::testing::AssertionFailure()
                   << context << " \"" << source << "\": shows \"" << shown.toStdString()
                   << "\", the catalogue says \"" << expected.toStdString() << "\"";
        if (language != u"en" && shown == QString::fromUtf8(source))
            return ::testing::AssertionFailure() << context << " \"" << source << "\" is not "
                                                 << "translated into " << language.toStdString();
        return ::testing::AssertionSuccess();
    }

    ImageLoader m_loader;
};

} // namespace

TEST_F(LanguageTest, EveryScreenFollowsASwitchWhileASessionRuns) {
    RecordingCueOutput output;
    Application app({{kShipped, false}, {m_dir.filePath(u"user"_s).toStdString(), true}},
                    std::make_unique<Settings>(m_dir.filePath(u"limber.conf"_s)), output);
    app.settings().setPainCheckIns(false); // test_paincheck asks them
    MainWindow window(app);
    window.resize(1366, 768);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* stack = window.findChild<QStackedWidget*>();
    auto* library = window.findChild<LibraryView*>();
    EXPECT_EQ(window.findChild<OverviewView*>(), nullptr) << "made before it is needed";
    EXPECT_EQ(window.findChild<PlayerView*>(), nullptr) << "made before it is needed";
    const LibraryEntry* entry = app.library().find("upper-back-relief");
    ASSERT_NE(entry, nullptr);
    const Routine& routine = entry->routine;

    // Library → overview → player, as a person goes.
    ASSERT_TRUE(library->selectRoutine(u"upper-back-relief"_s));
    auto* cards = library->findChild<QListView*>(u"routines"_s);
    QTest::keyClick(cards, Qt::Key_Return);
    auto* overview = window.findChild<OverviewView*>();
    ASSERT_NE(overview, nullptr);
    ASSERT_EQ(stack->currentWidget(), overview);
    auto* acknowledge = overview->findChild<QCheckBox*>(u"acknowledge"_s);
    QTest::mouseClick(acknowledge, Qt::LeftButton, {}, acknowledge->rect().center());
    QTest::mouseClick(overview->findChild<QPushButton*>(u"start"_s), Qt::LeftButton);
    auto* player = window.findChild<PlayerView*>();
    ASSERT_NE(player, nullptr);
    ASSERT_EQ(stack->currentWidget(), player);
    SessionController* session = player->controller();
    ASSERT_NE(session, nullptr);

    const Exercise& wall = routine.exercises.front();
    const Step& firstStep = wall.blocks.front().steps.front();
    for (const QString& language : {u"de"_s, u"es"_s, u"en"_s}) {
        SCOPED_TRACE(language.toStdString());
        switchTo(language);

        // The player: the same session, at the same step, in the new words.
        EXPECT_EQ(player->controller(), session) << "the session was not restarted";
        EXPECT_EQ(session->progress().step, 0);
        EXPECT_EQ(player->stepText(), inLanguage(firstStep.text, language));
        EXPECT_TRUE(player->positionText().startsWith(
            translated("limber::PlayerView", "Exercise %1 of %2: %3")
                .arg(u"1"_s, u"3"_s, inLanguage(wall.title, language))))
            << player->positionText().toStdString();
        EXPECT_TRUE(
            isTranslation(player->headingText(), "limber::PlayerView", "Take your time", language));
        const auto button = [player](const QString& name) {
            return player->findChild<QPushButton*>(name);
        };
        EXPECT_TRUE(isTranslation(button(u"next"_s)->text(), "limber::PlayerView", "Next step →",
                                  language));
        EXPECT_TRUE(isTranslation(button(u"finish"_s)->text(), "limber::PlayerView", "Finish (F)",
                                  language));
        EXPECT_TRUE(isTranslation(button(u"finish"_s)->toolTip(), "limber::PlayerView",
                                  "End the session now and see the summary (F)", language));
        EXPECT_TRUE(isTranslation(button(u"previous"_s)->accessibleName(), "limber::PlayerView",
                                  "Previous step", language));
        auto* needs = player->findChild<QLabel*>(u"needs"_s);
        EXPECT_EQ(needs->text(),
                  translated("CueWords", "You need: %1").arg(translated("Describe", "Wall")));
        auto* safety = player->findChild<QLabel*>(u"safety"_s);
        EXPECT_TRUE(
            safety->text().contains(inLanguage(wall.safety.front().text, language).toHtmlEscaped()))
            << safety->text().toStdString();

        // The overview behind it: its words, the routine's and a count.
        EXPECT_TRUE(isTranslation(overview->findChild<QPushButton*>(u"start"_s)->text(),
                                  "limber::OverviewView", "&Start", language));
        EXPECT_EQ(overview->findChild<QLabel*>(u"title"_s)->text(),
                  inLanguage(routine.title, language));
        EXPECT_TRUE(overview->findChild<QLabel*>(u"duration"_s)
                        ->text()
                        .startsWith(translated("limber::OverviewView", "Exercises: %1")
                                        .arg(QLocale().toString(3))));
        bool warningShown = false;
        for (const auto* notice : overview->findChildren<QLabel*>(u"safetyNotice"_s))
            warningShown |= notice->text().contains(
                inLanguage(routine.safety.front().text, language).simplified().toHtmlEscaped());
        EXPECT_TRUE(warningShown);

        // The library: its buttons, and the card in the new language.
        EXPECT_TRUE(isTranslation(library->findChild<QPushButton*>(u"reload"_s)->text(),
                                  "limber::LibraryView", "&Reload", language));
        EXPECT_TRUE(isTranslation(library->findChild<QLabel*>(u"heading"_s)->text(),
                                  "limber::LibraryView", "Routines", language));
        const QModelIndex card = cards->currentIndex();
        EXPECT_EQ(card.data(Qt::DisplayRole).toString(), inLanguage(routine.title, language));
        const QString about = translated("Describe", "About %1").section(u"%1"_s, 0, 0);
        EXPECT_TRUE(card.data(RoutineCardDelegate::DurationTextRole).toString().startsWith(about))
            << card.data(RoutineCardDelegate::DurationTextRole).toString().toStdString();
        EXPECT_EQ(card.data(RoutineCardDelegate::SummaryTextRole).toString(),
                  inLanguage(routine.summary, language).simplified());
    }

    // The Done screen follows too.
    session->finish();
    auto* done = window.findChild<DoneView*>();
    ASSERT_EQ(stack->currentWidget(), done);
    for (const QString& language : {u"es"_s, u"de"_s}) {
        SCOPED_TRACE(language.toStdString());
        switchTo(language);
        EXPECT_TRUE(
            isTranslation(done->titleText(), "limber::DoneView", "Session finished", language));
        EXPECT_TRUE(isTranslation(done->findChild<QPushButton*>(u"library"_s)->text(),
                                  "limber::DoneView", "Back to the library", language));
        EXPECT_EQ(done->lines().value(0),
                  translated("limber::DoneView", "Exercises done: %1 of %2").arg(u"0"_s, u"3"_s));
    }
}

namespace {

// One thing a person can do, by its name as a person reads it (without its
// access key, the key in brackets of "Finish (F)" and the dots of one that
// asks more) and by its key: "S" for the button Skip rest (S) and for F1's
// line "S: Skip the rest", which are one thing.
struct Command {
    QString name;
    QString key;
};

Command command(const QString& text, const QKeySequence& key = {}) {
    QString name = withoutMnemonic(text);
    QString hint;
    if (const auto bracket = QRegularExpression(u"\\s*\\(([^()]*)\\)$"_s).match(name);
        bracket.hasMatch()) {
        hint = bracket.captured(1);
        name.chop(bracket.capturedLength());
    }
    if (name.endsWith(u'…'))
        name.chop(1);
    return {name.trimmed().toCaseFolded(), key.isEmpty() ? hint : key.toString()};
}

// What a person can do on `screen` of `window`: the screen's buttons, the
// menus' items and what F1 lists for everywhere and for the screen (its
// section `section`), in an order that does not change with the language.
QList<Command> commandsOf(const MainWindow& window, const QWidget* screen, int section) {
    QList<Command> commands;
    // The default button is what Enter does.
    for (const auto* button : screen->findChildren<QPushButton*>())
        commands << command(button->text(),
                            button->isDefault() ? QKeySequence(Qt::Key_Return) : QKeySequence());
    for (const QAction* menu : window.menuBar()->actions()) {
        commands << command(menu->text());
        if (menu->menu()) {
            for (const QAction* item : menu->menu()->actions())
                commands << command(item->text(), item->shortcut());
        }
    }
    const auto help = window.keyboardHelp();
    for (const auto& [key, what] : help.at(0).keys + help.at(section).keys)
        commands << command(what, key);
    return commands;
}

} // namespace

// Two things a person can do from one screen never share a name in a
// translation when they have two in English: "Beenden" was both the
// player's Finish (F) and File ▸ Quit (Ctrl+Q) in German.
TEST_F(LanguageTest, NoTwoCommandsOfAScreenShareAName) {
    RecordingCueOutput output;
    Application app({{kShipped, false}, {m_dir.filePath(u"user"_s).toStdString(), true}},
                    std::make_unique<Settings>(m_dir.filePath(u"limber.conf"_s)), output);
    app.settings().setPainCheckIns(false);
    MainWindow window(app);
    window.resize(MainWindow::firstSize(QRect(0, 0, 1366, 768)));
    window.show();
    ASSERT_TRUE(window.openRoutine(u"upper-back-relief"_s));
    auto* overview = window.findChild<OverviewView*>();
    overview->findChild<QCheckBox*>(u"acknowledge"_s)->setChecked(true);
    overview->findChild<QPushButton*>(u"start"_s)->click();
    auto* player = window.findChild<PlayerView*>();
    ASSERT_NE(player, nullptr);
    ASSERT_EQ(window.findChild<QStackedWidget*>()->currentWidget(), player);
    // F1's sections: everywhere, routines, overview, during a routine, done.
    const auto check = [&](const QWidget* screen, int section) {
        switchTo(u"en"_s);
        // Two are one thing when they share their key or their English name
        // (a key in brackets is named in the language: "(Leertaste)"); each
        // thing is known by one of its names.
        QHash<QString, QString> same;
        const auto thing = [&same](QString name) {
            while (same.contains(name))
                name = same.value(name);
            return name;
        };
        const QList<Command> english = commandsOf(window, screen, section);
        for (const Command& each : english) {
            if (!each.key.isEmpty() && thing(each.key) != thing(each.name))
                same.insert(thing(each.key), thing(each.name));
        }
        QStringList what;
        for (const Command& each : english)
            what << thing(each.name);
        ASSERT_GE(what.size(), 20);
        for (const QString& language : {u"de"_s, u"es"_s}) {
            SCOPED_TRACE(language.toStdString());
            switchTo(language);
            const QList<Command> commands = commandsOf(window, screen, section);
            ASSERT_EQ(commands.size(), what.size());
            QMap<QString, QSet<QString>> meanings;
            for (qsizetype i = 0; i < commands.size(); ++i) {
                if (!commands.at(i).name.isEmpty())
                    meanings[commands.at(i).name].insert(what.at(i));
            }
            for (auto it = meanings.cbegin(); it != meanings.cend(); ++it) {
                EXPECT_EQ(it.value().size(), 1)
                    << "\"" << it.key().toStdString() << "\" means "
                    << QStringList(it.value().values()).join(u" and "_s).toStdString();
            }
        }
    };
    check(player, 3);
    // The longer German word fits its button on the first window's size.
    switchTo(u"de"_s);
    auto* finish = player->findChild<QPushButton*>(u"finish"_s);
    EXPECT_TRUE(QTest::qWaitFor([finish] { return finish->width() >= finish->sizeHint().width(); }))
        << finish->width() << " for " << finish->sizeHint().width();
    if (const QString shots = qEnvironmentVariable("LIMBER_SCREENSHOT_DIR"); !shots.isEmpty()) {
        window.grab().save(shots + u"/commands-player-de.png"_s);
        player->findChild<QPushButton*>(u"finish"_s)->click();
        auto* ask = window.findChild<QMessageBox*>(u"confirmFinish"_s);
        ASSERT_NE(ask, nullptr);
        ask->grab().save(shots + u"/commands-finish-de.png"_s);
        ask->reject();
    }
    player->controller()->finish();
    auto* done = window.findChild<DoneView*>();
    ASSERT_EQ(window.findChild<QStackedWidget*>()->currentWidget(), done);
    check(done, 4);
    switchTo(u"en"_s);
    app.stopSession();
}

TEST_F(LanguageTest, ThePlayerSwitchesMidHoldAndMidBreathWithoutLosingTime) {
    auto result = loadRoutineFile(kShipped / "upper-back-relief.yaml");
    ASSERT_TRUE(result.routine);
    const Routine routine = std::move(*result.routine);
    Settings settings(m_dir.filePath(u"limber.conf"_s));
    settings.setGetReady(0s);
    settings.setBreathPace(5000ms);
    TimePoint now = TimePoint{} + 1000h;
    PlayerView view(settings, m_loader);
    view.resize(1366, 768);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const auto session = startSession(view, routine, settings, [&now] { return now; });
    const auto advance = [&](Duration d) {
        for (const TimePoint end = now + d; now < end;) {
            now = std::min(end, now + Duration(250ms));
            view.controller()->tick();
        }
    };
    auto* ring = view.findChild<TimerRing*>(u"ring"_s);
    for (int i = 0; i < 5; ++i)
        view.controller()->next(); // the 30 s hold of the wall stretch
    advance(10s);
    ASSERT_EQ(ring->digitsText(), u"0:20"_s);

    switchTo(u"de"_s);
    EXPECT_TRUE(isTranslation(view.headingText(), "CueWords", "Hold", u"de"_s));
    EXPECT_TRUE(isTranslation(ring->labelText(), "CueWords", "Hold", u"de"_s));
    EXPECT_EQ(ring->digitsText(), u"0:20"_s) << "the hold runs on";
    EXPECT_TRUE(ring->accessibleName().startsWith(translated("CueWords", "Hold")));
    view.controller()->pause();
    EXPECT_TRUE(isTranslation(view.overlayText(), "limber::PlayerView",
                              "Paused — press Space to resume", u"de"_s));
    switchTo(u"es"_s);
    EXPECT_TRUE(isTranslation(view.overlayText(), "limber::PlayerView",
                              "Paused — press Space to resume", u"es"_s));
    EXPECT_TRUE(isTranslation(view.findChild<QPushButton*>(u"pause"_s)->text(),
                              "limber::PlayerView", "Resume (Space)", u"es"_s));
    view.controller()->resume();
    advance(5s);
    EXPECT_EQ(ring->digitsText(), u"0:15"_s);

    // The seated stretch's breaths.
    advance(15s);
    view.controller()->next();
    view.controller()->skipRest();
    for (int i = 0; i < 3; ++i)
        view.controller()->next();
    advance(1s);
    auto* breath = view.findChild<BreathGuide*>(u"breath"_s);
    ASSERT_TRUE(breath->isVisible());
    EXPECT_TRUE(isTranslation(breath->phaseText(), "CueWords", "Breathe in", u"es"_s));
    switchTo(u"de"_s);
    EXPECT_TRUE(isTranslation(breath->phaseText(), "CueWords", "Breathe in", u"de"_s));
    EXPECT_EQ(breath->countText(),
              translated("limber::BreathGuide", "Breath %1 of %2").arg(u"1"_s, u"5"_s));
    EXPECT_TRUE(breath->accessibleName().contains(breath->countText()));
    EXPECT_EQ(view.stepText(),
              inLanguage(routine.exercises[1].blocks[3].steps.front().text, u"de"_s));
}

TEST_F(LanguageTest, NumbersAndDurationsFollowTheLocale) {
    switchTo(u"de"_s);
    // A decimal: the settings' breath length.
    Settings settings(m_dir.filePath(u"limber.conf"_s));
    settings.setBreathPace(5500ms);
    SettingsDialog dialog(settings);
    auto* pace = dialog.findChild<QDoubleSpinBox*>();
    ASSERT_NE(pace, nullptr);
    EXPECT_EQ(pace->text(), u"5,5"_s + translated("limber::SettingsDialog", " s"));

    // Durations and counts on the Done screen.
    SessionSummary summary;
    summary.exercisesDone = 3;
    summary.exerciseCount = 3;
    summary.completed = true;
    summary.time = 395s;
    summary.holds = 1;
    summary.holdTime = 40s;
    summary.breaths = 1200;
    const Routine routine =
        limber::testing::simpleRoutine("back", "Back relief", m_dir.path().toStdString());
    DoneView done;
    done.setSummary(summary, routine.title);
    const QStringList lines = done.lines();
    EXPECT_TRUE(lines.contains(
        translated("limber::DoneView", "Time taken: %1")
            .arg(translated("Describe", "%1\u00a0min %2\u00a0s").arg(u"6"_s, u"35"_s))))
        << lines.join(u" | "_s).toStdString();
    EXPECT_TRUE(
        lines.contains(translated("limber::DoneView", "Breaths guided: %1").arg(u"1.200"_s)))
        << lines.join(u" | "_s).toStdString();
    EXPECT_TRUE(isTranslation(done.titleText(), "limber::DoneView", "Well done — routine complete",
                              u"de"_s));
    EXPECT_EQ(Describe::duration(75s),
              translated("Describe", "%1\u00a0min %2\u00a0s").arg(u"1"_s, u"15"_s));
    // A number and its unit stay on one line: "je 3 | s" was split.
    EXPECT_EQ(Describe::duration(75s), u"1\u00a0min 15\u00a0s"_s);
    EXPECT_EQ(Describe::duration(3s), u"3\u00a0s"_s);

    switchTo(u"en"_s);
    EXPECT_TRUE(done.lines().contains(u"Breaths guided: 1,200"_s))
        << done.lines().join(u" | "_s).toStdString();
    EXPECT_EQ(done.titleText(), u"Well done — routine complete"_s);
}

// English too keeps a number with its unit (issue #13: "30 | s" and "5 |
// min" broke in wrapped labels): a no-break space between them, so that no
// line of a wrapped label starts with the unit, however narrow.
TEST_F(LanguageTest, EnglishKeepsANumberWithItsUnit) {
    switchTo(u"en"_s);
    using limber::Range;
    EXPECT_EQ(Describe::duration(3s), u"3\u00a0s"_s);
    EXPECT_EQ(Describe::duration(75s), u"1\u00a0min 15\u00a0s"_s);
    EXPECT_EQ(Describe::duration(120s), u"2\u00a0min"_s);
    EXPECT_EQ(Describe::duration(3600s), u"1\u00a0h"_s);
    EXPECT_EQ(Describe::duration(3900s), u"1\u00a0h 5\u00a0min"_s);
    const QStringList described = {
        Describe::action(limber::HoldAction{Range<limber::Seconds>{30s, 60s, 30s}}),
        Describe::action(limber::BreathsAction{Range<int>::fixed(5)}),
        Describe::action(limber::BreathsAction{Range<int>{5, 6, 5}}),
        Describe::action(limber::RepsAction{Range<int>{10, 15, 10}, 3s}),
        Describe::action(limber::RepsAction{Range<int>::fixed(12), std::nullopt}),
        Describe::repeat(limber::Repeat{limber::Repeat::Kind::Count, Range<int>::fixed(3)}),
        Describe::repeat(limber::Repeat{limber::Repeat::Kind::Count, Range<int>{10, 15, 10}}),
        Describe::estimate(330s),
        Describe::remaining(700s),
    };
    EXPECT_EQ(
        described,
        (QStringList{u"Hold 30\u00a0s to 1\u00a0min"_s, u"Hold for 5\u00a0breaths"_s,
                     u"Hold for 5 to 6\u00a0breaths"_s, u"10 to 15\u00a0reps, 3\u00a0s each"_s,
                     u"12\u00a0reps"_s, u"Repeat 3\u00a0times"_s, u"Repeat 10 to 15\u00a0times"_s,
                     u"About 6\u00a0min"_s, u"About 12\u00a0min left"_s}));

    // Wrapped as a QLabel wraps (at word boundaries), at every width from
    // a few characters on: no line starts with a unit.
    static const QRegularExpression unitFirst(u"^(s|min|h|breaths?|reps?|times)\\b"_s);
    const QFont font = QLabel().font();
    const QFontMetricsF metrics(font);
    for (const QString& text : described) {
        for (qreal width = metrics.averageCharWidth() * 3; width < metrics.horizontalAdvance(text);
             width += 1) {
            QTextLayout layout(text, font);
            layout.setTextOption(QTextOption(Qt::AlignLeft));
            layout.beginLayout();
            QStringList lines;
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                lines << text.mid(line.textStart(), line.textLength());
            }
            layout.endLayout();
            for (const QString& line : std::as_const(lines).mid(1))
                EXPECT_FALSE(unitFirst.match(line).hasMatch())
                    << width << " px: " << lines.join(u" | "_s).toStdString();
        }
    }
    if (const QString shots = qEnvironmentVariable("LIMBER_SHOTS_DIR"); !shots.isEmpty()) {
        QLabel column(described.join(u'\n'));
        column.setWordWrap(true);
        column.setFixedWidth(int(metrics.averageCharWidth() * 11));
        column.adjustSize();
        column.grab().save(shots + u"/units-wrapped.png"_s);
    }
}

// Every message Limber shows (the sources of the catalogue lupdate writes from
// the code) keeps a number with its unit by a no-break space, so that no
// wrapped line starts with "days" or "MB". Left out: the command line's
// output, which a terminal does not wrap at words, and the texts of menu
// items, buttons and accessible names, which are never wrapped.
TEST_F(LanguageTest, NoMessageSplitsANumberFromItsUnit) {
    QFile catalogue(QStringLiteral(LIMBER_SOURCE_DIR "/translations/limber_de.ts"));
    ASSERT_TRUE(catalogue.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&catalogue);
    static const QRegularExpression split(
        u"(%n|%\\d|\\b\\d+) (s|min|h|days?|breaths?|breath\\(s\\)|reps?|rep\\(s\\)|"
        "times?|time\\(s\\)|sessions?|session\\(s\\)|reminders?|reminder\\(s\\)|"
        "minutes?|minute\\(s\\)|check-ins?|check-in\\(s\\)|MB|points?|point\\(s\\)|"
        "seconds?|hours?|weeks?)(?![\\w-])"_s);
    const QStringList neverWrapped = {
        u"In &10 minutes"_s,
        u"For &30 minutes"_s,
        u"For &1 hour"_s,
        u"In 10 minutes"_s, // a notification's button
        u"Hold longer +10 s (H)"_s,
        u"%n rep(s) counted"_s,
        u"Add 10 seconds to this hold (H)"_s,          // a tooltip of a few words
        u"Hold longer: add 10 seconds to this hold"_s, // a line of F1's table
    };
    QString context;
    int messages = 0;
    QStringList found;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source" && context != u"Cli") {
            const QString source = xml.readElementText();
            ++messages;
            if (split.match(source).hasMatch() && !neverWrapped.contains(source))
                found << context + u": "_s + source;
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 500);
    EXPECT_TRUE(found.isEmpty()) << found.join(u'\n').toStdString();
}

// F1 names the Enter key as the hints do and as keyboards label it, not
// with Qt's "Return" ("Retorno" in Spanish).
TEST_F(LanguageTest, TheKeyboardHelpNamesEnterAsTheHintsDo) {
    RecordingCueOutput output;
    Application app({{kShipped, false}, {m_dir.filePath(u"user"_s).toStdString(), true}},
                    std::make_unique<Settings>(m_dir.filePath(u"limber.conf"_s)), output);
    MainWindow window(app);
    const struct {
        QString language;
        QString enter;
    } cases[] = {{u"de"_s, u"Eingabetaste"_s}, {u"es"_s, u"Intro"_s}, {u"en"_s, u"Enter"_s}};
    for (const auto& [language, enter] : cases) {
        SCOPED_TRACE(language.toStdString());
        switchTo(language);
        EXPECT_EQ(MainWindow::keyName(QKeySequence(Qt::Key_Return)), enter);
        const QString help = window.keyboardHelpHtml();
        EXPECT_TRUE(help.contains(u"<b>"_s + enter + u"</b>"_s)) << help.toStdString();
        const QString qtName = QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText);
        EXPECT_FALSE(help.contains(u"<b>"_s + qtName + u"</b>"_s)) << help.toStdString();
        // Every hint that names the key.
        for (const auto& [context, source] :
             {std::pair{"limber::CheckInDialog", "Choose with the digits or the arrow keys, then "
                                                 "Enter. Esc skips the check-in."},
              std::pair{"limber::LibraryView",
                        "Use the arrow keys to move between routines and Enter to open one."},
              std::pair{"limber::OverviewView", "Start the routine (Enter)"},
              std::pair{"limber::OverviewView", "Go on where you left off (Enter)"},
              std::pair{"limber::DoneView", "Choose another routine (Enter)"}}) {
            EXPECT_TRUE(translated(context, source).contains(enter))
                << context << ": " << translated(context, source).toStdString();
        }
    }
}

// Qt's own dialogs (the file dialogs of History and Export) speak the
// language too: Qt's catalogue, and Limber's where Qt's lacks a word.
TEST_F(LanguageTest, QtsOwnDialogsSpeakTheLanguage) {
    const struct {
        QString language;
        QString folder;
        QString cancel;
    } cases[] = {{u"de"_s, u"Verzeichnis"_s, u"Abbrechen"_s},
                 {u"es"_s, u"Carpeta"_s, u"Cancelar"_s},
                 {u"en"_s, u"Folder"_s, u"Cancel"_s}};
    for (const auto& [language, folder, cancel] : cases) {
        SCOPED_TRACE(language.toStdString());
        switchTo(language);
        // The file dialog's Type column for a folder.
        EXPECT_EQ(QFileIconProvider().type(QFileInfo(m_dir.path())), folder);
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancel);
    }
}

TEST_F(LanguageTest, TheOverviewKeepsWhatThePersonDidAcrossASwitch) {
    auto result = loadRoutineFile(kShipped / "upper-back-relief.yaml");
    ASSERT_TRUE(result.routine);
    const Routine routine = std::move(*result.routine);
    Settings settings(m_dir.filePath(u"limber.conf"_s));
    OverviewView view(settings, m_loader);
    view.setRoutine(&routine, false);
    view.resize(1366, 768);
    view.show();
    auto* wall = view.findChildren<QCheckBox*>().value(0);
    ASSERT_NE(wall, nullptr);
    ASSERT_EQ(wall->text(), u"Wall"_s);
    wall->setChecked(true);
    auto* hold = view.findChild<QSpinBox*>(u"hold:wall-stretch"_s);
    ASSERT_NE(hold, nullptr);
    hold->setValue(45);
    view.findChild<QPushButton*>(u"disclaimerButton"_s)->click();
    const QString englishDisclaimer = Disclaimer::text();

    switchTo(u"de"_s);
    EXPECT_TRUE(wall->isChecked()) << "the ticks stay";
    EXPECT_TRUE(isTranslation(wall->text(), "Describe", "Wall", u"de"_s));
    EXPECT_EQ(hold->value(), 45);
    EXPECT_EQ(hold->suffix(), translated("limber::OverviewView", " s"));
    auto* disclaimer = view.findChild<QLabel*>(u"disclaimerText"_s);
    EXPECT_TRUE(disclaimer->isVisible());
    EXPECT_EQ(disclaimer->text(), Disclaimer::text());
    EXPECT_NE(disclaimer->text(), englishDisclaimer);
    EXPECT_TRUE(isTranslation(view.findChild<QCheckBox*>(u"acknowledge"_s)->text(),
                              "limber::OverviewView", "I have &read the safety notes", u"de"_s));
}

TEST_F(LanguageTest, TheLibrarySearchesAndSortsInTheNewLanguage) {
    const RoutineLibrary library = scanLibrary({{kShipped, false}});
    LibraryView view(m_loader, [](const Routine&) { return 300s; });
    view.setLibrary(&library);
    view.resize(1366, 768);
    view.show();
    auto* cards = view.findChild<QListView*>(u"routines"_s);
    auto* empty = view.findChild<QLabel*>(u"empty"_s);
    // "oberen" (upper) is only in the upper back routine's German title and
    // summary ("Rücken" is in the lower back's too).
    view.findChild<QLineEdit*>(u"search"_s)->setText(u"oberen"_s);
    EXPECT_EQ(cards->model()->rowCount(), 0);
    EXPECT_TRUE(empty->isVisible());

    switchTo(u"de"_s);
    ASSERT_EQ(cards->model()->rowCount(), 1);
    EXPECT_EQ(cards->model()->index(0, 0).data().toString(), u"Entlastung für den oberen Rücken"_s);
    EXPECT_EQ(
        cards->model()->index(0, 0).data(RoutineCardDelegate::DurationTextRole).toString(),
        translated("Describe", "About %1").arg(translated("Describe", "%1\u00a0min").arg(u"5"_s)));
    EXPECT_FALSE(empty->isVisible());
    EXPECT_TRUE(isTranslation(view.findChild<QComboBox*>(u"tag"_s)->itemText(0),
                              "limber::LibraryView", "All tags", u"de"_s));
    EXPECT_TRUE(isTranslation(view.findChild<QLineEdit*>(u"search"_s)->placeholderText(),
                              "limber::LibraryView", "Title, summary or tag", u"de"_s));

    switchTo(u"en"_s);
    EXPECT_EQ(cards->model()->rowCount(), 0);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(empty->text().startsWith(u"No routine matches your search"_s));
}

// Every routine shipped with Limber says everything in every language the
// interface is translated into: a person never sees a mix of languages.
// "Breathe out" spilled out of the pacer's circle at its smallest: in every
// language the words drawn fit inside it, whole at the player's usual size.
TEST_F(LanguageTest, ThePacersWordsFitItsSmallestCircle) {
    for (const QString& language : {u"en"_s, u"de"_s, u"es"_s}) {
        SCOPED_TRACE(language.toStdString());
        switchTo(language);
        BreathGuide guide;
        QFont font = guide.font();
        font.setPixelSize(18); // the player's, at 1366×768
        guide.setFont(font);
        for (const QSize size : {QSize(360, 300), QSize(240, 200), guide.minimumSizeHint()}) {
            guide.resize(size);
            for (const BreathPhase phase : {BreathPhase::Inhale, BreathPhase::Exhale}) {
                guide.setBreath(1, 5, phase, 1.0);
                const QFontMetricsF metrics(guide.phaseFont());
                const qreal width = metrics.boundingRect(guide.shownPhaseText()).width();
                EXPECT_LE(width, 2 * guide.smallestRadius())
                    << guide.phaseText().toStdString() << " at " << size.width() << "×"
                    << size.height();
                EXPECT_LE(metrics.horizontalAdvance(guide.shownPhaseText()),
                          BreathGuide::roomInCircle(guide.smallestRadius(), metrics.height()));
                if (size.width() >= 240) {
                    EXPECT_EQ(guide.shownPhaseText(), guide.phaseText()) << "whole, not elided";
                }
            }
        }
    }
}

TEST(ShippedRoutines, HaveEveryTextInEveryLanguageOfTheInterface) {
    const QStringList languages = Translations::available();
    ASSERT_TRUE(languages.contains(u"en"_s)) << languages.join(u", "_s).toStdString();
    ASSERT_GE(languages.size(), 3) << "English, German and Spanish are shipped";

    const RoutineLibrary library = scanLibrary({{kShipped, false}});
    ASSERT_TRUE(library.failed.empty());
    ASSERT_FALSE(library.routines.empty());

    for (const LibraryEntry& entry : library.routines) {
        const Routine& routine = entry.routine;
        // Every localizable text, by where it is in the file.
        std::vector<std::pair<std::string, const LocalizedText*>> texts;
        const auto add = [&texts](std::string path, const LocalizedText& text) {
            if (!text.empty())
                texts.emplace_back(std::move(path), &text);
        };
        const auto addSafety = [&add](const std::string& path,
                                      const std::vector<SafetyNotice>& notices) {
            for (std::size_t i = 0; i < notices.size(); ++i)
                add(path + "safety[" + std::to_string(i) + "].text", notices[i].text);
        };
        const auto addStep = [&add](const std::string& path, const Step& step) {
            add(path + ".text", step.text);
            if (step.say)
                add(path + ".say", *step.say);
        };
        add("title", routine.title);
        add("summary", routine.summary);
        for (std::size_t i = 0; i < routine.sources.size(); ++i)
            add("source[" + std::to_string(i) + "].title", routine.sources[i].title);
        for (const Equipment& item : routine.equipment) {
            const std::string path = "equipment[" + item.id + "]";
            if (!item.builtIn)
                add(path + ".name", item.name);
            for (std::size_t i = 0; i < item.substitutes.size(); ++i)
                add(path + ".substitutes[" + std::to_string(i) + "]", item.substitutes[i]);
        }
        addSafety("", routine.safety);
        for (const Exercise& exercise : routine.exercises) {
            const std::string path = "exercises[" + exercise.id + "].";
            add(path + "title", exercise.title);
            addSafety(path, exercise.safety);
            for (std::size_t b = 0; b < exercise.blocks.size(); ++b) {
                const StepBlock& block = exercise.blocks[b];
                const std::string blockPath = path + "steps[" + std::to_string(b) + "]";
                if (!block.repeat) {
                    for (const Step& step : block.steps)
                        addStep(blockPath, step);
                    continue;
                }
                for (std::size_t s = 0; s < block.steps.size(); ++s)
                    addStep(blockPath + ".steps[" + std::to_string(s) + "]", block.steps[s]);
            }
        }
        EXPECT_GT(texts.size(), 10U) << routine.file;

        std::vector<std::string> missing;
        for (const auto& [path, text] : texts) {
            for (const QString& language : languages) {
                const std::string* found = text->find(language.toStdString());
                if (!found || found->empty())
                    missing.push_back(path + " (" + language.toStdString() + ")");
            }
        }
        std::string list;
        for (const auto& item : missing)
            list += "\n  " + item;
        EXPECT_TRUE(missing.empty()) << routine.file.filename().string() << ": " << missing.size()
                                     << " text(s) missing a language:" << list;

        // A number and its unit stay on one line: a no-break space between
        // them ("60 cm (2 | ft)" broke).
        static const QRegularExpression splittable(u"\\d (cm|mm|m|ft|in|kg|s|min)\\b"_s);
        for (const auto& [path, text] : texts) {
            for (const QString& language : languages) {
                const std::string* found = text->find(language.toStdString());
                if (found && splittable.match(toQString(*found)).hasMatch())
                    ADD_FAILURE() << routine.file.filename().string() << ": " << path << " ("
                                  << language.toStdString() << ") can break between a number "
                                  << "and its unit: " << *found;
            }
        }
    }
}
