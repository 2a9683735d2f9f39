// The voice with the real Narrator and SoundPlayer, on the virtual sound card
// (ctest's limber_soundcard fixture): the Settings window's engines and
// voices, rate and pitch written through, preview speaking, the reason when
// the language has no voice, the window rebuilt in a new language; and the
// whole window's get-ready waiting for a step's narration.
#include "accesskeys.h"
#include "application.h"
#include "audio/audiosession.h"
#include "audio/narrator.h"
#include "audio/soundplayer.h"
#include "common/translations.h"
#include "mainwindow.h"
#include "overview/overviewview.h"
#include "player/playerview.h"
#include "routinefiles.h"
#include "session/sessioncontroller.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"

#include <QApplication>
#include <QAudioDevice>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QMediaDevices>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <gtest/gtest.h>

using namespace limber;
using namespace Qt::StringLiterals;

namespace {

class VoiceSettings : public ::testing::Test {
protected:
    void SetUp() override {
        if (QMediaDevices::defaultAudioOutput().isNull())
            GTEST_SKIP()
                << "no audio device (run under ctest, which starts the virtual sound card)";
        ASSERT_TRUE(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"limber.conf"_s));
        // The application's audio, with the real devices.
        m_audio = std::make_unique<AudioSession>(*m_settings);
        m_dialog = std::make_unique<SettingsDialog>(*m_settings);
        m_dialog->setAudio(*m_audio);
        m_dialog->show();
    }

    [[nodiscard]] Narrator* narrator() const { return m_audio->narrator(); }

    template <typename T> T* find(const QString& name) const {
        auto* widget = m_dialog->findChild<T*>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }
    static QStringList items(const QComboBox* box) {
        QStringList texts;
        for (int i = 0; i < box->count(); ++i)
            texts << box->itemText(i);
        return texts;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<AudioSession> m_audio;
    std::unique_ptr<SettingsDialog> m_dialog;
};

TEST_F(VoiceSettings, OffersTheInstalledEnginesAndFliteVoices) {
    auto* engine = find<QComboBox>(u"speechEngine"_s);
    ASSERT_NE(engine, nullptr);
    EXPECT_EQ(engine->currentText(), u"flite"_s);
    // Limber's flite engine stands in for Qt's: one entry, however many
    // plugins name it.
    EXPECT_EQ(items(engine).count(u"flite"_s), 1) << items(engine).join(u", "_s).toStdString();
    if (Narrator::availableEngines().contains(u"speechd"_s)) {
        EXPECT_TRUE(items(engine).contains(u"speech-dispatcher"_s))
            << items(engine).join(u", "_s).toStdString();
    }

    auto* voice = find<QComboBox>(u"voice"_s);
    ASSERT_NE(voice, nullptr);
    EXPECT_EQ(voice->itemText(0), u"The engine's default"_s);
    EXPECT_TRUE(items(voice).contains(u"slt"_s)) << items(voice).join(u", "_s).toStdString();
    voice->setCurrentIndex(voice->findText(u"slt"_s));
    Q_EMIT voice->activated(voice->currentIndex());
    EXPECT_EQ(m_settings->voice(), u"slt"_s);

    find<QSlider>(u"speechRate"_s)->setValue(5);
    find<QSlider>(u"speechPitch"_s)->setValue(-3);
    EXPECT_DOUBLE_EQ(m_settings->speechRate(), 0.5);
    EXPECT_DOUBLE_EQ(m_settings->speechPitch(), -0.3);
    EXPECT_EQ(m_dialog->voiceStatus(), u"The voice speaks American English with flite."_s);
}

TEST_F(VoiceSettings, PreviewSpeaksWithEachEngineAndTheTestSoundPlays) {
    QStringList engines = {u"flite"_s};
    if (Narrator::availableEngines().contains(u"speechd"_s))
        engines << u"speechd"_s;
    auto* engine = find<QComboBox>(u"speechEngine"_s);
    for (const QString& name : engines) {
        engine->setCurrentIndex(engine->findData(name));
        ASSERT_EQ(narrator()->engine(), name);
        QSignalSpy finished(narrator(), &Narrator::finished);
        QTest::mouseClick(find<QPushButton>(u"preview"_s), Qt::LeftButton);
        EXPECT_TRUE(narrator()->speaking()) << name.toStdString();
        EXPECT_TRUE(finished.wait(15000))
            << name.toStdString() << ": the preview sentence was not spoken to its end";
        EXPECT_TRUE(narrator()->available()) << narrator()->reason().toStdString();
    }

    QTest::mouseClick(find<QPushButton>(u"testSound"_s), Qt::LeftButton);
    EXPECT_TRUE(m_audio->sounds()->available()) << m_audio->sounds()->notice().toStdString();
    QTest::qWait(1500); // heard to its end before the player goes
}

// Enter closes the Settings window, wherever the focus is; it played the
// test sound (the first button, made the default) instead.
TEST_F(VoiceSettings, EnterClosesTheWindowAndPlaysNothing) {
    m_dialog->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_dialog.get()));
    auto* testSound = find<QPushButton>(u"testSound"_s);
    ASSERT_NE(testSound, nullptr);
    EXPECT_FALSE(testSound->isDefault());
    EXPECT_FALSE(testSound->autoDefault());
    EXPECT_FALSE(find<QPushButton>(u"preview"_s)->autoDefault());

    find<QWidget>(u"getReady"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_FALSE(m_dialog->isVisible()) << "Enter in a field closes the window";
    EXPECT_EQ(m_dialog->result(), QDialog::Accepted);

    m_dialog->show();
    m_dialog->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_dialog.get()));
    testSound->setFocus();
    ASSERT_EQ(QApplication::focusWidget(), testSound);
    QSignalSpy played(testSound, &QPushButton::clicked);
    QTest::keyClick(testSound, Qt::Key_Return);
    EXPECT_FALSE(m_dialog->isVisible()) << "Enter on the test-sound button closes the window";
    EXPECT_EQ(played.count(), 0) << "and plays no sound";
}

// With the sound and voice controls shown, each access key is one control's
// and none is the menu bar's (File, View, Help).
TEST_F(VoiceSettings, EveryControlHasAnAccessKeyOfItsOwn) {
    auto keys = limber::testing::accessKeys(m_dialog.get());
    ASSERT_NE(find<QPushButton>(u"preview"_s), nullptr);
    EXPECT_EQ(limber::testing::clashes(keys), QStringList())
        << limber::testing::clashes(keys).join(u"; "_s).toStdString();
    for (const QString& menu : {u"Alt+F"_s, u"Alt+V"_s, u"Alt+H"_s})
        EXPECT_FALSE(keys.contains(menu))
            << menu.toStdString() << ": " << keys.value(menu).join(u", "_s).toStdString();
}

TEST_F(VoiceSettings, ALanguageWithoutAVoiceFallsBackToSoundsAndSaysWhy) {
    narrator()->setLocale(QLocale(QLocale::German, QLocale::Germany));
    narrator()->start();
    EXPECT_FALSE(narrator()->available());
    EXPECT_TRUE(narrator()->lacksVoice());
    const QString status = m_dialog->voiceStatus();
    EXPECT_TRUE(status.contains(u"The speech engine “flite” has no voice for Deutsch, so Limber "
                                u"plays the cue sounds instead of speaking."_s))
        << status.toStdString();
    // The window makes room for the reason once its layouts have run: each
    // pass delivers the layout requests the last one posted (the label's,
    // its page's, the scroll area's, the window's). No clock: a loaded
    // machine takes longer, not more passes.
    auto* label = find<QLabel>(u"voiceStatus"_s);
    const auto fits = [label] {
        return label->height() >= label->heightForWidth(label->width());
    };
    for (int pass = 0; pass < 10 && !fits(); ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    EXPECT_TRUE(fits()) << "the reason is cut off: " << label->height() << " pixels high for "
                        << label->heightForWidth(label->width());
    if (!Narrator::availableEngines().contains(u"speechd"_s))
        return;
    EXPECT_TRUE(
        status.contains(u"Choose speech-dispatcher as the engine for a voice in Deutsch."_s))
        << status.toStdString();

    // speech-dispatcher with espeak-ng has German voices.
    auto* engine = find<QComboBox>(u"speechEngine"_s);
    engine->setCurrentIndex(engine->findData(u"speechd"_s));
    EXPECT_EQ(m_settings->speechEngine(), u"speechd"_s);
    EXPECT_TRUE(narrator()->available()) << narrator()->reason().toStdString();
    EXPECT_GT(find<QComboBox>(u"voice"_s)->count(), 1);
    EXPECT_EQ(m_dialog->voiceStatus(), u"The voice speaks Deutsch with speech-dispatcher."_s);
}

TEST_F(VoiceSettings, TheWindowRebuildsInANewLanguageKeepingTheFocus) {
    Translations translations;
    auto* language = find<QComboBox>(u"language"_s);
    language->setFocus();
    translations.apply(u"es"_s);
    const QString spanish =
        QCoreApplication::translate("limber::SettingsDialog", "Sound and voice");
    ASSERT_NE(spanish, u"Sound and voice"_s) << "no Spanish catalogue";
    const auto titles = [this] {
        QStringList list;
        for (const auto* group : m_dialog->findChildren<QGroupBox*>())
            list << group->title();
        return list;
    };
    // The language change is posted and the rebuild queued: wait for it, as
    // long as a slow (sanitized) build needs.
    EXPECT_TRUE(QTest::qWaitFor([&] { return titles().contains(spanish); }, 10000))
        << titles().join(u", "_s).toStdString();
    EXPECT_FALSE(titles().contains(u"Sound and voice"_s));
    ASSERT_NE(m_dialog->focusWidget(), nullptr);
    EXPECT_EQ(m_dialog->focusWidget()->objectName(), u"language"_s);
    EXPECT_NE(m_dialog->findChild<QPushButton*>(u"preview"_s), nullptr);

    translations.apply(u"en"_s);
    EXPECT_TRUE(QTest::qWaitFor([&] { return titles().contains(u"Sound and voice"_s); }, 10000))
        << titles().join(u", "_s).toStdString();
}

// A step with a long instruction before a hold: the hold's countdown waits
// until the words have been said, so the person hears them first.
class NarrationWait : public ::testing::Test {
protected:
    void SetUp() override {
        if (QMediaDevices::defaultAudioOutput().isNull())
            GTEST_SKIP()
                << "no audio device (run under ctest, which starts the virtual sound card)";
        ASSERT_TRUE(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        writeRoutine(m_dir.filePath(u"bundled"_s), u"wall.yaml"_s, R"(limber: 1
id: wall
title: Wall stretch
summary: One hold.
exercises:
  - id: wall
    title: Wall stretch
    steps:
      - text: Stand facing a wall and put both hands flat on it.
        hold: 5s
)");
        auto settings = std::make_unique<Settings>(m_dir.filePath(u"limber.conf"_s));
        settings->setPainCheckIns(false); // test_paincheck asks them
        settings->setGetReady(std::chrono::seconds(3));
        settings->setAudioMode(Settings::AudioMode::VoiceOnly);
        // The application with its real audio.
        m_app = std::make_unique<Application>(
            std::vector<RoutineFolder>{{m_dir.filePath(u"bundled"_s).toStdString(), false},
                                       {m_dir.filePath(u"user"_s).toStdString(), true}},
            std::move(settings));
        m_app->setHistoryPath(m_dir.filePath(u"history.sqlite"_s));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Application> m_app;
};

TEST_F(NarrationWait, GetReadyWaitsUntilTheStepHasBeenSaid) {
    MainWindow window(*m_app);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(1500); // the audio is made after the first frame
    ASSERT_TRUE(window.openRoutine(u"wall"_s));
    window.findChild<OverviewView*>()->findChild<QPushButton*>(u"start"_s)->click();
    auto* controller = window.findChild<PlayerView*>()->controller();
    ASSERT_NE(controller, nullptr);
    EXPECT_TRUE(controller->progress().waitingForNarration);

    // While the sentence is being said, the countdown does not start.
    QElapsedTimer said;
    said.start();
    while (controller->progress().waitingForNarration && said.elapsed() < 15000)
        QTest::qWait(10);
    const auto waited = said.elapsed();
    EXPECT_EQ(controller->progress().phase, PhaseKind::GetReady);
    EXPECT_FALSE(controller->progress().waitingForNarration);
    // These words take about 3 s to say; the limit (30 s) was not what ended it.
    EXPECT_GT(waited, 2000) << "the countdown did not wait for the words";
    EXPECT_LT(waited, 7900) << "the wait ran to its limit instead of the narration's end";
}

// The window's first frame is painted before the audio starts, so the
// library's estimates were made without the voice's words and pauses; when
// the voice came, they stayed so until a reload (the second walk: "Lower back
// at the desk, About 5 min" on the card, "About 6 min" on its overview and
// after F5). Starting the audio says that it changed, as the window's
// estimates need.
TEST_F(NarrationWait, StartingTheAudioSaysTheVoiceNowSpeaks) {
    AudioSession& audio = m_app->audio();
    ASSERT_FALSE(audio.voiceSpeaks()); // not started: no voice yet
    QSignalSpy changed(&audio, &AudioSession::changed);
    audio.start();
    EXPECT_TRUE(audio.voiceSpeaks());
    EXPECT_GE(changed.count(), 1);
}

TEST_F(NarrationWait, MutedTheCountdownStartsAtOnce) {
    m_app->settings().setMuted(true);
    MainWindow window(*m_app);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openRoutine(u"wall"_s));
    window.findChild<OverviewView*>()->findChild<QPushButton*>(u"start"_s)->click();
    auto* controller = window.findChild<PlayerView*>()->controller();
    ASSERT_NE(controller, nullptr);
    EXPECT_FALSE(controller->progress().waitingForNarration);
    EXPECT_EQ(controller->progress().phase, PhaseKind::GetReady);
}

} // namespace
