#pragma once

#include "audio/flite/flitesynth.h"

#include <QAudio>
#include <QTextToSpeechEngine>
#include <QThreadPool>
#include <QTimer>
#include <QVoice>
#include <chrono>

class QAudioSink;

namespace limber {

// Qt TextToSpeech's "flite" engine as Limber ships it (see fliteplugin.cpp).
//
// Qt 6.4.2's own flite plugin streams flite's chunks into a push-mode
// QAudioSink and treats a write of 0 bytes as fatal; flite ends many
// utterances with an empty chunk ("Hold", "Get ready", "Breathe in"...), so
// about half of them fail with "Audio streaming error" and the unplayed
// rest is thrown away. This engine renders the utterance first (flitesynth.h,
// on a worker thread: ~20 ms for a cue word) and then plays it in pull mode
// from memory, which is the path Qt's sinks handle well.
//
// States: say() -> Speaking when the sink starts playing -> Ready once the
// sink's played time (processedUSecs) reaches the speech's length. No audio
// device, or a sink that fails: Error with reason Playback. A text with
// nothing to hear: Error with reason Input.
class FliteEngine : public QTextToSpeechEngine {
    Q_OBJECT

public:
    explicit FliteEngine(QObject* parent = nullptr);
    ~FliteEngine() override;

    [[nodiscard]] QList<QLocale> availableLocales() const override;
    [[nodiscard]] QList<QVoice> availableVoices() const override;

    void say(const QString& text) override;
    void stop(QTextToSpeech::BoundaryHint boundaryHint) override;
    void pause(QTextToSpeech::BoundaryHint boundaryHint) override;
    void resume() override;

    [[nodiscard]] double rate() const override { return m_rate; }
    bool setRate(double rate) override;
    [[nodiscard]] double pitch() const override { return m_pitch; }
    bool setPitch(double pitch) override;
    [[nodiscard]] QLocale locale() const override;
    bool setLocale(const QLocale& locale) override;
    [[nodiscard]] double volume() const override { return m_volume; }
    bool setVolume(double volume) override;
    [[nodiscard]] QVoice voice() const override { return m_voice; }
    bool setVoice(const QVoice& voice) override;
    [[nodiscard]] QTextToSpeech::State state() const override { return m_state; }
    [[nodiscard]] QTextToSpeech::ErrorReason errorReason() const override { return m_errorReason; }
    [[nodiscard]] QString errorString() const override { return m_errorString; }

private:
    void play(quint64 utterance, const FliteSpeech& speech);
    using Clock = std::chrono::steady_clock;

    void onSinkState(QAudio::State state);
    void checkHeard();
    void dropSink();
    void setState(QTextToSpeech::State state);
    void fail(QTextToSpeech::ErrorReason reason, const QString& message);

    QThreadPool m_renderer;  // one thread: flite renders one text at a time
    quint64 m_utterance = 0; // the say() being rendered or played
    QAudioSink* m_sink = nullptr;
    std::chrono::milliseconds m_length{0};
    Clock::time_point m_giveUpAt;
    QTimer m_tail; // until the speech has been heard, then Ready

    QTextToSpeech::State m_state = QTextToSpeech::Ready;
    QTextToSpeech::ErrorReason m_errorReason = QTextToSpeech::ErrorReason::NoError;
    QString m_errorString;
    QVoice m_voice;
    double m_rate = 0.0;
    double m_pitch = 0.0;
    double m_volume = 1.0;
};

} // namespace limber
