#pragma once

// The reading end of a PulseAudio module-pipe-sink, for timing what reaches
// the sink (scripts/audio-test-env start-pipe makes one the only sink).
//
// With use_system_clock_for_timing=yes the pipe sink is clocked by
// CLOCK_MONOTONIC, the clock of std::chrono::steady_clock: frame n is due at
// t0 + n / rate. Its thread wakes when the next frame is due and writes one
// block (PIPE_BUF bytes: 21 ms at 48 kHz stereo) into the FIFO, or two back
// to back while a stream plays, the second one early. So a read that begins
// a wake's batch (nothing read in the half block before), beginning with frame
// s_k and returning at time r_k, gives
//     r_k - s_k / rate = t0 + the wake-up delays
// and the median of that over the batches of a few seconds gives t0 to
// within the usual wake-up delay (about 0.1 ms, measured: clockSpread()).
// timeOf() is that "sink clock": when the sink plays a frame, as a sound
// card would at its output. It holds while no data is lost: a reader that
// falls a whole pipe (1 MiB: start() enlarges it) behind makes the sink drop frames, which
// clockSpread() shows.
//
// One thread reads the FIFO all the time, finds where sound starts (the
// first sample above a threshold after arm()) and, when asked, keeps every
// sample for a WAV file.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace limber::bench {

class PipeSinkReader {
public:
    using Clock = std::chrono::steady_clock;

    struct Format {
        int rate = 48000;
        int channels = 2; // signed 16-bit little-endian, interleaved
    };

    // `threshold`: a sample above it (in absolute value) is sound; 328 is
    // -40 dBFS.
    PipeSinkReader(std::string fifo, Format format, int threshold = 328);
    ~PipeSinkReader();
    PipeSinkReader(const PipeSinkReader&) = delete;
    PipeSinkReader& operator=(const PipeSinkReader&) = delete;

    // Opens the FIFO and starts reading. What the sink wrote before is
    // drained and dropped (the sink drops frames while nobody reads), so
    // frame 0 is the first frame after that. False, with a reason, when the
    // FIFO cannot be opened or nothing arrives.
    bool start(std::string& error, bool keepSamples = false);
    void stop();

    [[nodiscard]] const Format& format() const { return m_format; }
    // Frames read so far.
    [[nodiscard]] std::int64_t frames() const { return m_frames.load(); }
    // When the sink plays `frame`, on the steady clock (see above).
    [[nodiscard]] Clock::time_point timeOf(std::int64_t frame) const;
    // The spread of the sink clock's anchors over the whole run (their 10th
    // to 90th percentile): about 0.1 ms when no data was lost.
    [[nodiscard]] std::chrono::microseconds clockSpread() const;

    // The next sound: onset() is the first frame above the threshold read
    // after this call.
    void arm();
    [[nodiscard]] std::optional<std::int64_t> onset() const;
    // Time since the last frame above the threshold (sink frames, not wall time).
    [[nodiscard]] std::chrono::milliseconds silentFor() const;

    // Every sample read (interleaved), when start() was asked to keep them.
    [[nodiscard]] std::vector<std::int16_t> samples() const;

private:
    // A read that began a batch of the sink's writes.
    struct Anchor {
        Clock::time_point at;
        std::int64_t firstFrame = 0;
    };

    void run();
    void consume(const unsigned char* bytes, std::size_t size, Clock::time_point at);
    [[nodiscard]] std::int64_t offsetNs(const Anchor& anchor) const;

    std::string m_fifo;
    Format m_format;
    int m_threshold;
    int m_fd = -1;
    bool m_keep = false;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};

    std::atomic<std::int64_t> m_frames{0};
    std::atomic<std::int64_t> m_lastLoud{-1};
    std::atomic<std::int64_t> m_armedAt{-1}; // frame at arm(); -1 when not armed
    std::atomic<std::int64_t> m_onset{-1};

    mutable std::mutex m_mutex; // guards the members below
    std::vector<Anchor> m_anchors;
    Clock::time_point m_lastRead{};
    std::vector<std::int16_t> m_samples;
    std::vector<unsigned char> m_partial; // bytes of a frame split between reads
};

// Writes interleaved 16-bit samples as a WAV file.
bool writeWav(const std::string& path, const std::vector<std::int16_t>& samples,
              PipeSinkReader::Format format);

} // namespace limber::bench
