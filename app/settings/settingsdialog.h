#pragma once

#include "common/scrollingdialog.h"

#include <QPointer>

class QComboBox;
class QFormLayout;
class QLabel;

namespace limber {

class AudioSession;
class HistoryStore;
class IdleSource;
class Reminders;
class Narrator;
class Settings;
class SoundPlayer;

// The Settings window. Every control writes through to Settings at once (no
// OK/Cancel to forget), so a change shows in the running app immediately.
// When the language changes, the window rebuilds itself in the new one.
// Each control's access key is its own, and none is the menu bar's (F, V, H),
// so that one letter never means two things. Its groups scroll when the
// screen is not tall enough for them, with Close always in sight.
class SettingsDialog : public ScrollingDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr);

    // The app's sounds and voice (started if they were not), for the voice
    // controls (engine, voice, rate, pitch, preview) and the test sound.
    // Without them those controls are not shown.
    void setAudio(AudioSession& audio);

    // Where the reminders' idle time comes from, said under their settings.
    void setIdleSource(const IdleSource& source);
    // The running reminders, for which signals hold a due break back here
    // (a fullscreen window, do not disturb), said under their settings.
    void setReminders(const Reminders& reminders);

    // The history, for its file's path and "Delete my history…". Without it
    // that group is not shown.
    void setHistory(HistoryStore& history);

    // What the voice status line says (why the voice is silent, if it is).
    [[nodiscard]] QString voiceStatus() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    QWidget* sessionGroup();
    QWidget* appearanceGroup();
    QWidget* audioGroup();
    QWidget* remindersGroup();
    QWidget* historyGroup();
    // Asks first (No is the default), deletes, and says it is done.
    void confirmDeleteHistory();
    void addVoiceControls(QFormLayout* form);
    void fillVoices();
    void updateVoiceStatus();

    Settings& m_settings;
    QPointer<SoundPlayer> m_sounds;
    QPointer<Narrator> m_narrator;
    QPointer<const IdleSource> m_idle;
    QPointer<const Reminders> m_reminders;
    QPointer<HistoryStore> m_history;
    QWidget* m_content = nullptr;
    QComboBox* m_voice = nullptr;
    QLabel* m_voiceStatus = nullptr;
};

} // namespace limber
