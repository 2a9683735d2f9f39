#pragma once

#include "common/clock.h"

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>
#include <chrono>
#include <functional>

class QMediaDevices;
class QTextToSpeech;
class QTimer;

namespace limber {

// Speaks narration through QTextToSpeech, with the engine chosen explicitly.
//
// Designed around Qt 6.4.2 (see the platform notes, "Narration"):
//   - the QTextToSpeech is made on start() or the first say(), never in the
//     constructor: speechd's engine spends ~2 s starting, so speech is made
//     after the first frame;
//   - the default engine is "flite", Limber's own (app/audio/flite: English only,
//     no daemon); "speechd" when the person picks it and it is installed;
//   - with no audio device flite goes to Error at once: that, or an
//     engine that fails to load, makes available() false with a reason;
//     nothing here ever waits for the engine.
// Settings (voice, rate, pitch, volume, locale) may be set before start();
// they are applied when the engine is made.
class Narrator : public QObject {
    Q_OBJECT

public:
    using Clock = std::chrono::steady_clock;

    // How say() treats speech already in progress.
    enum class Priority {
        Interrupt, // stop what is being said, then say this (a new step's narration)
        IfIdle,    // say this only if nothing is being said (a hint), else drop it
    };

    // A prompt later than this after its scheduled time is dropped.
    static constexpr std::chrono::milliseconds promptTolerance{300};

    // `now` is the steady clock unless a test passes its own.
    explicit Narrator(QString engine = QStringLiteral("flite"), NowFunction now = {},
                      QObject* parent = nullptr);
    ~Narrator() override;

    // The speech engines installed ("flite", "speechd"...).
    [[nodiscard]] static QStringList availableEngines();
    // An engine's name for people ("speechd" -> "speech-dispatcher").
    [[nodiscard]] static QString engineTitle(const QString& engine);
    // How long after say() the engine's sound reaches the speakers, as
    // measured by scripts/audio-latency (flite ~60 ms, speechd ~65 ms).
    [[nodiscard]] static std::chrono::milliseconds latencyOf(const QString& engine);

    // The volume an engine is given for a volume setting (0..1, as on the
    // slider), so that every engine speaks as loud as the cue sounds play.
    [[nodiscard]] static double engineVolume(const QString& engine, double volume);

    // Makes the engine now (it would be made on the first say()). Idempotent.
    void start();

    // Says `text`. Returns false when nothing will be said (unavailable, or
    // IfIdle while speaking).
    bool say(const QString& text, Priority priority = Priority::Interrupt);
    // Says a timed prompt (a countdown number) that was due at `scheduled`,
    // or drops it: see shouldDropPrompt(). Returns whether it is said.
    bool sayPrompt(const QString& text, Clock::time_point scheduled);
    // Stops speaking at once.
    void stop();

    // The drop rule for prompts: a number said late is worse than none.
    // Dropped when `now` is more than `tolerance` after `scheduled`, or when
    // something is still being said (a prompt never interrupts).
    //   scheduled 10.000 s, now 10.250 s, idle  -> said
    //   scheduled 10.000 s, now 10.400 s, idle  -> dropped (late)
    //   scheduled 10.000 s, now  9.990 s, busy  -> dropped (busy)
    [[nodiscard]] static bool
    shouldDropPrompt(Clock::time_point scheduled, Clock::time_point now, bool busy,
                     std::chrono::milliseconds tolerance = promptTolerance);

    // Something was said and has not finished (from say() until the engine
    // is back to Ready, or errs).
    [[nodiscard]] bool speaking() const;
    // The engine could be made and has not failed, and an audio device exists.
    // True before start() unless a device is known to be missing.
    [[nodiscard]] bool available() const;
    // Why not available, for people (translated); empty when available.
    [[nodiscard]] QString reason() const;
    // The engine is fine but has no voice for the locale's language.
    [[nodiscard]] bool lacksVoice() const { return m_noVoice && !m_engineFailed; }
    [[nodiscard]] QLocale locale() const { return m_locale; }

    [[nodiscard]] QString engine() const;
    // Changes the engine; the current one is dropped and the new one made on
    // the next start() or say().
    void setEngine(const QString& engine);

    // Whether the engine has a voice for this locale's language (flite: en).
    // Makes the engine.
    [[nodiscard]] bool hasVoiceFor(const QLocale& locale);
    // Voice names for the current locale. Makes the engine.
    [[nodiscard]] QStringList voices();

    // The language to speak. When the engine has no voice for it, the
    // narrator is unavailable with a reason that says so (the app then
    // plays the cue sounds instead of speaking English words to a German).
    void setLocale(const QLocale& locale);
    void setVoice(const QString& name); // empty: the engine's default
    void setRate(double rate);          // -1..1
    void setPitch(double pitch);        // -1..1
    void setVolume(double volume);      // 0..1
    [[nodiscard]] QString voice() const { return m_voice; }
    [[nodiscard]] double rate() const { return m_rate; }
    [[nodiscard]] double pitch() const { return m_pitch; }

Q_SIGNALS:
    // The utterance that say() started is done (the engine went from
    // Speaking back to Ready). Not emitted for speech cut off by stop() or a
    // new say(), nor on errors; text with nothing to hear ("…") is finished
    // at once.
    void finished();
    // available() or reason() changed.
    void availabilityChanged(bool available, const QString& reason);

private:
    // Nothing is being said any more: the flags down, the watchdog off.
    void settle();
    void onStateChanged(int state);
    void nothingToSay();
    void onError(const QString& message);
    void updateDevice();
    void updateAvailability();
    void applySettings();
    void dropEngine();

    QString m_engineName;
    NowFunction m_now;
    QTextToSpeech* m_speech = nullptr;
    QMediaDevices* m_devices = nullptr;
    QTimer* m_watchdog = nullptr;
    bool m_busy = false;
    bool m_sawSpeaking = false;
    bool m_engineFailed = false;
    bool m_notInstalled = false;
    QString m_failure; // the engine's own error message
    bool m_noVoice = false;
    bool m_hasDevice = true;
    bool m_available = true;
    QString m_reason; // as last announced by availabilityChanged

    QLocale m_locale;
    bool m_localeSet = false;
    QString m_voice;
    double m_rate = 0.0;
    double m_pitch = 0.0;
    double m_volume = 1.0;
};

} // namespace limber
