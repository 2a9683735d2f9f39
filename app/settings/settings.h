#pragma once

#include "reminders/reminderschedule.h"

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>
#include <chrono>
#include <memory>
#include <optional>

namespace limber {

// Every setting the user can change, typed, with its default, persisted
// through QSettings (an INI file written via a temporary file and a rename,
// so a crash mid-write leaves the previous file intact).
//
// Tests pass their own file; the app uses AppConfigLocation/limber.conf
// (~/.config/limber/limber.conf on Linux).
class Settings : public QObject {
    Q_OBJECT

public:
    // Where a hold range starts before the person chooses: the routine's
    // suggestion (its `default`, else the short end), the short or the long end.
    enum class HoldChoice { RoutineDefault, Short, Long };
    enum class AudioMode { Off, SoundsOnly, VoiceOnly, VoiceAndSounds };
    // What changed (see changed()): one per setting below; HoldTarget,
    // BreathTarget and WarningsAcknowledged for any routine's.
    enum class Key {
        GetReady,
        BreathPace,
        AutoAdvance,
        HoldChoice,
        HoldTarget,
        WarningsAcknowledged,
        Language,
        Motion,
        AudioMode,
        Muted,
        Volume,
        SpeechEngine,
        Voice,
        SpeechRate,
        SpeechPitch,
        WindowGeometry,
        PainCheckIns,
        BreathTarget,
        RemindersOn,
        Reminders, // the schedule's settings (reminderSettings())
        NoteShown,
        LastBreak,
    };
    Q_ENUM(Key)

    explicit Settings(QObject* parent = nullptr);
    // Settings kept in this INI file.
    explicit Settings(const QString& file, QObject* parent = nullptr);

    // The session.
    [[nodiscard]] std::chrono::seconds getReady() const;
    void setGetReady(std::chrono::seconds seconds);
    [[nodiscard]] std::chrono::milliseconds breathPace() const;
    void setBreathPace(std::chrono::milliseconds pace);
    [[nodiscard]] bool autoAdvance() const;
    void setAutoAdvance(bool on);
    [[nodiscard]] HoldChoice holdChoice() const;
    void setHoldChoice(HoldChoice choice);
    // The hold target the person chose for an exercise, if any.
    [[nodiscard]] std::optional<std::chrono::seconds> holdTarget(const QString& routineId,
                                                                 const QString& exerciseId) const;
    void setHoldTarget(const QString& routineId, const QString& exerciseId,
                       std::chrono::seconds target);
    // The breath count the person chose for an exercise's breaths with a
    // range ("five or six breaths"), if any.
    [[nodiscard]] std::optional<int> breathTarget(const QString& routineId,
                                                  const QString& exerciseId) const;
    void setBreathTarget(const QString& routineId, const QString& exerciseId, int breaths);

    // Safety: warnings acknowledged per routine version (its content hash).
    [[nodiscard]] bool warningsAcknowledged(const QString& routineId, const QString& version) const;
    void acknowledgeWarnings(const QString& routineId, const QString& version);

    // Appearance and language. An empty language follows the system.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& language);
    [[nodiscard]] bool motion() const;
    void setMotion(bool on);

    // Safety: the pain check-in before and after each session (on by
    // default); the see-a-doctor advice needs it.
    [[nodiscard]] bool painCheckIns() const;
    void setPainCheckIns(bool on);

    // Audio and narration.
    [[nodiscard]] AudioMode audioMode() const;
    void setAudioMode(AudioMode mode);
    [[nodiscard]] bool muted() const;
    void setMuted(bool muted);
    [[nodiscard]] double volume() const; // 0..1
    void setVolume(double volume);
    [[nodiscard]] QString speechEngine() const;
    void setSpeechEngine(const QString& engine);
    [[nodiscard]] QString voice() const;
    void setVoice(const QString& voice);
    [[nodiscard]] double speechRate() const; // -1..1
    void setSpeechRate(double rate);
    [[nodiscard]] double speechPitch() const; // -1..1
    void setSpeechPitch(double pitch);

    // Break reminders (docs/reminders.md): off until the person turns them
    // on; the active-use limit, the natural break and the working days and
    // hours as the schedule takes them (the other values are its defaults).
    [[nodiscard]] bool remindersOn() const;
    void setRemindersOn(bool on);
    [[nodiscard]] ReminderSettings reminderSettings() const;
    void setReminderSettings(const ReminderSettings& reminders);

    // The exercise of the last break, as "routine-id/exercise-id": the
    // next break is the exercise after it.
    [[nodiscard]] QString lastBreak() const;
    void setLastBreak(const QString& exercise);

    // Things the app says once: closing the window leaves Limber in the
    // tray; there is no tray on this desktop.
    enum class Note { HiddenToTray, NoTray };
    [[nodiscard]] bool noteShown(Note note) const;
    void setNoteShown(Note note);

    // Window geometry and state, as saved by QWidget/QMainWindow.
    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    // Writes pending changes to disk now.
    void sync();

Q_SIGNALS:
    // A setting changed.
    void changed(limber::Settings::Key key);

private:
    // Stores `value` under `iniKey` (the file's name for `key`, see
    // settings.cpp) and signals `key` when it differs from what was there.
    void write(Key key, const QString& iniKey, const QVariant& value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace limber
