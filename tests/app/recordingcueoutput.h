#pragma once

// A CueOutput for tests: records every call, plays and says nothing.

#include "audio/cueoutput.h"

#include <QString>
#include <chrono>
#include <vector>

namespace limber {

class RecordingCueOutput final : public CueOutput {
public:
    struct Event {
        enum class Type { Sound, Say, StopSpeech };
        Type type{};
        CueSound sound{};
        SoundLevel level{};
        QString text;
        SpeechKind kind{};
        std::chrono::steady_clock::time_point scheduled{};

        bool operator==(const Event&) const = default;
    };

    void playSound(CueSound sound, SoundLevel level,
                   std::chrono::steady_clock::time_point) override {
        m_events.push_back({Event::Type::Sound, sound, level, {}, {}, {}});
    }
    void say(const QString& text, SpeechKind kind,
             std::chrono::steady_clock::time_point scheduled) override {
        m_events.push_back({Event::Type::Say, {}, {}, text, kind, scheduled});
    }
    void stopSpeech() override {
        m_events.push_back({Event::Type::StopSpeech, {}, {}, {}, {}, {}});
    }
    [[nodiscard]] bool soundAvailable() const override { return m_soundAvailable; }
    [[nodiscard]] bool speechAvailable() const override { return m_speechAvailable; }
    [[nodiscard]] std::chrono::milliseconds soundLatency() const override { return m_soundLatency; }
    [[nodiscard]] std::chrono::milliseconds speechLatency() const override {
        return m_speechLatency;
    }

    [[nodiscard]] const std::vector<Event>& events() const { return m_events; }
    void clear() { m_events.clear(); }
    // What the front end sees: pretend there is no device, or no speech.
    void setSoundAvailable(bool available) { m_soundAvailable = available; }
    void setSpeechAvailable(bool available) { m_speechAvailable = available; }
    void setLatency(std::chrono::milliseconds sound, std::chrono::milliseconds speech) {
        m_soundLatency = sound;
        m_speechLatency = speech;
    }

private:
    std::vector<Event> m_events;
    bool m_soundAvailable = true;
    bool m_speechAvailable = true;
    std::chrono::milliseconds m_soundLatency{0};
    std::chrono::milliseconds m_speechLatency{0};
};

} // namespace limber
