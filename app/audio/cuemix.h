#pragma once

#include "common/clock.h"

#include <QIODevice>
#include <QMutex>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace limber {

// The source of SoundPlayer's one audio output: it mixes the cue sounds that
// are playing into one stream of 16-bit samples, and gives silence when none
// is. It never runs dry, so the sink that pulls from it never drains (Qt
// 6.4's PulseAudio sink crashes when deleted during a drain; see
// fliteengine.cpp).
//
// A sound is given as samples in the output's format (interleaved when it
// has several channels) and a gain. It starts at the next read, or, when it
// is given the moment it is due, at the sample of the read that will reach
// the speakers at that moment: the sink pulls in blocks (every 20 ms on
// PulseAudio), and a sound started "at the next read" would land up to a
// block late. The moment a sample read now is heard is the read's time plus
// the output's delay (setOutputDelay(): what the sink still holds, measured).
// For example, 44.1 kHz mono, delay 25 ms, a read at 10.000 s of 882
// samples (20 ms) and a tick due at 10.040 s: the tick starts at sample
// (10.040 - 10.025) * 44100 = 661 of that read.
//
// What the sink still holds is not constant: Qt's PulseAudio sink reads one
// 20 ms block per timer tick and catches up only when two blocks are free,
// so after a late tick it runs a block or more emptier for a while. When
// the output says how many frames it holds (setBuffered()), each read's
// delay is those frames plus the fixed delay after them (the sound
// server's own), so a sink running emptier than usual places sounds just
// as well. (Measured on a loaded machine with a fixed 145 ms: timed sounds
// heard 7 to 27 ms late, in steps of the sink's refills.)
//
// A read that comes late (its thread waited for a core) may still misjudge
// its moment. So the moment is taken from the stream instead: each read
// says when the stream's first frame would be heard (its time plus the
// delay, less the frames read before it), and the median of the last
// second's reads is the stream's clock: a few odd reads do not move it, and
// it follows the sound card's own clock as that drifts. (Measured before:
// under load, a run of timed sounds 40-46 ms early.) A pause in the reads
// of half a second or more (the sink suspended) starts the stream's clock
// again.
//
// Starting a sound that is still playing restarts it, so a tick repeated each
// second never piles up. The mix is clipped to 16 bits, never wrapped.
//
// Reads may come from the sink's thread in some Qt backends: every member is
// guarded by one mutex, held for the few microseconds a read takes.
class CueMix final : public QIODevice {
public:
    using Samples = std::vector<qint16>;
    using Clock = std::chrono::steady_clock;

    // Open for reading from the start. `now` is the steady clock unless a
    // test passes its own.
    explicit CueMix(NowFunction now = {}, QObject* parent = nullptr);

    // The output's sample rate and channels (samples are interleaved frames).
    void setFormat(int sampleRate, int channels);
    // From a read to the speakers (see above); with setBuffered(), from the
    // end of the output's buffer to the speakers.
    void setOutputDelay(std::chrono::microseconds delay);
    // How many frames the output holds, not yet played, asked at each read
    // from the thread that reads (empty: none counted).
    void setBuffered(std::function<std::int64_t()> framesBuffered);

    // What a sound is: a cue sound, or spoken words (timed words rendered
    // ahead, TimedWords), which can be silenced on their own.
    enum class Layer { Cues, Speech };

    // Plays `samples` (which must outlive their playing: SoundPlayer keeps
    // them for its lifetime) at `gain` (linear; 1 = as recorded) times the
    // master gain: from the next read, or so that it is heard at `at`.
    void play(const Samples& samples, float gain, std::optional<Clock::time_point> at = {});
    // The same for samples the mix keeps until they have played.
    void play(std::shared_ptr<const Samples> samples, float gain,
              std::optional<Clock::time_point> at, Layer layer);
    // Silences the sounds of one layer at once.
    void stop(Layer layer);
    // Silences everything at once; the next read starts a new stream (a
    // new sink).
    void stopAll();
    // Nothing is playing or waiting to.
    [[nodiscard]] bool silent() const;
    // A gain applied to every sound (the volume setting), linear.
    void setMasterGain(float gain);

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    struct Voice {
        std::shared_ptr<const Samples> samples; // kept, or not owned (the first play())
        Layer layer = Layer::Cues;
        std::size_t position = 0;
        float gain = 1.0F;
        std::optional<Clock::time_point> at; // not started yet: heard at this moment
    };

    // The stream's clock (see above): the frames read since it started,
    // and the last second's reads with their estimates of when its first
    // frame is heard.
    struct Origin {
        Clock::time_point readAt;
        Clock::time_point heardAt;
    };
    Clock::time_point streamMoment(Clock::time_point now);

    NowFunction m_now;
    std::int64_t m_framesRead = 0;
    std::optional<Clock::time_point> m_lastRead;
    std::deque<Origin> m_origins;
    std::vector<Clock::time_point> m_sorted; // reused by streamMoment()
    mutable QMutex m_lock;
    std::vector<Voice> m_voices;
    std::vector<float> m_sum; // the mix before clipping, reused between reads
    float m_master = 1.0F;
    int m_rate = 44100;
    int m_channels = 1;
    std::chrono::microseconds m_delay{0};
    std::function<std::int64_t()> m_buffered;
};

} // namespace limber
