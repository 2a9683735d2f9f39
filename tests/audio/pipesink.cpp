#include "pipesink.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace limber::bench {

using namespace std::chrono_literals;

namespace {

// Reads within this many seconds of a frame anchor its time.
constexpr std::int64_t kAnchorSeconds = 3;

std::int64_t nanoseconds(PipeSinkReader::Clock::time_point at) {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(at.time_since_epoch()).count();
}

} // namespace

PipeSinkReader::PipeSinkReader(std::string fifo, Format format, int threshold)
    : m_fifo(std::move(fifo))
    , m_format(format)
    , m_threshold(threshold) {}

PipeSinkReader::~PipeSinkReader() {
    stop();
}

bool PipeSinkReader::start(std::string& error, bool keepSamples) {
    m_keep = keepSamples;
    m_fd = ::open(m_fifo.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) {
        error = "cannot open " + m_fifo + ": " + std::strerror(errno);
        return false;
    }
    // A pipe of 1 MiB (5.5 s at 48 kHz stereo) instead of 64 KiB: on a busy
    // machine this reader can be kept off a core for more than the 340 ms a
    // default pipe holds, and the sink then drops frames. Best effort: the
    // size is capped by /proc/sys/fs/pipe-max-size.
    ::fcntl(m_fd, F_SETPIPE_SZ, 1 << 20);
    // Drop what piled up before anyone read (the sink dropped frames then).
    std::vector<unsigned char> buffer(65536);
    std::size_t drained = 0;
    const auto until = Clock::now() + 300ms;
    while (Clock::now() < until) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 20) > 0) {
            const ssize_t n = ::read(m_fd, buffer.data(), buffer.size());
            if (n > 0)
                drained += static_cast<std::size_t>(n);
        }
    }
    if (drained == 0) {
        error = "nothing arrives from the sink at " + m_fifo;
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    m_stop = false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void PipeSinkReader::stop() {
    if (m_thread.joinable()) {
        m_stop = true;
        m_thread.join();
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

void PipeSinkReader::run() {
    std::vector<unsigned char> buffer(65536);
    while (!m_stop) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 20) <= 0)
            continue;
        const ssize_t n = ::read(m_fd, buffer.data(), buffer.size());
        const auto at = Clock::now();
        if (n > 0)
            consume(buffer.data(), static_cast<std::size_t>(n), at);
    }
}

void PipeSinkReader::consume(const unsigned char* bytes, std::size_t size, Clock::time_point at) {
    const std::size_t frameBytes = 2 * static_cast<std::size_t>(m_format.channels);
    std::lock_guard lock(m_mutex);
    m_partial.insert(m_partial.end(), bytes, bytes + size);
    const std::size_t whole = m_partial.size() / frameBytes;
    const std::int64_t first = m_frames.load();
    // The sink writes a block (PIPE_BUF bytes) per wake, sometimes two back
    // to back: a read half a block after the last one begins a batch.
    const auto halfBlock = std::chrono::microseconds(
        2048 * 1'000'000 / static_cast<std::int64_t>(frameBytes) / m_format.rate);
    if (at - m_lastRead >= halfBlock)
        m_anchors.push_back({at, first});
    m_lastRead = at;
    const std::int64_t armedAt = m_armedAt.load();
    for (std::size_t f = 0; f < whole; ++f) {
        bool loud = false;
        for (int c = 0; c < m_format.channels; ++c) {
            const std::size_t i = f * frameBytes + 2 * static_cast<std::size_t>(c);
            const auto sample = static_cast<std::int16_t>(
                static_cast<std::uint16_t>(m_partial[i] | (m_partial[i + 1] << 8)));
            if (std::abs(static_cast<int>(sample)) > m_threshold)
                loud = true;
            if (m_keep)
                m_samples.push_back(sample);
        }
        const std::int64_t frame = first + static_cast<std::int64_t>(f);
        if (loud) {
            m_lastLoud = frame;
            if (armedAt >= 0 && frame >= armedAt && m_onset.load() < 0)
                m_onset = frame;
        }
    }
    m_partial.erase(m_partial.begin(),
                    m_partial.begin() + static_cast<std::ptrdiff_t>(whole * frameBytes));
    m_frames = first + static_cast<std::int64_t>(whole);
}

std::int64_t PipeSinkReader::offsetNs(const Anchor& anchor) const {
    return nanoseconds(anchor.at) - anchor.firstFrame * 1'000'000'000 / m_format.rate;
}

PipeSinkReader::Clock::time_point PipeSinkReader::timeOf(std::int64_t frame) const {
    const std::int64_t window = kAnchorSeconds * m_format.rate;
    std::vector<std::int64_t> near;
    std::vector<std::int64_t> all;
    {
        std::lock_guard lock(m_mutex);
        for (const Anchor& anchor : m_anchors) {
            all.push_back(offsetNs(anchor));
            if (std::abs(anchor.firstFrame - frame) <= window)
                near.push_back(all.back());
        }
    }
    std::vector<std::int64_t>& offsets = near.empty() ? all : near;
    if (offsets.empty())
        return {};
    const auto middle = offsets.begin() + static_cast<std::ptrdiff_t>(offsets.size() / 2);
    std::nth_element(offsets.begin(), middle, offsets.end());
    return Clock::time_point(
        std::chrono::nanoseconds(*middle + frame * 1'000'000'000 / m_format.rate));
}

std::chrono::microseconds PipeSinkReader::clockSpread() const {
    std::vector<std::int64_t> offsets;
    {
        std::lock_guard lock(m_mutex);
        for (const Anchor& anchor : m_anchors)
            offsets.push_back(offsetNs(anchor));
    }
    if (offsets.size() < 10)
        return {};
    std::sort(offsets.begin(), offsets.end());
    const std::size_t tenth = offsets.size() / 10;
    return std::chrono::microseconds((offsets[offsets.size() - 1 - tenth] - offsets[tenth]) / 1000);
}

void PipeSinkReader::arm() {
    m_onset = -1;
    m_armedAt = m_frames.load();
}

std::optional<std::int64_t> PipeSinkReader::onset() const {
    const std::int64_t onset = m_onset.load();
    if (onset < 0)
        return std::nullopt;
    return onset;
}

std::chrono::milliseconds PipeSinkReader::silentFor() const {
    const std::int64_t frames = m_frames.load();
    const std::int64_t quiet = frames - std::max<std::int64_t>(m_lastLoud.load(), 0);
    return std::chrono::milliseconds(quiet * 1000 / m_format.rate);
}

std::vector<std::int16_t> PipeSinkReader::samples() const {
    std::lock_guard lock(m_mutex);
    return m_samples;
}

bool writeWav(const std::string& path, const std::vector<std::int16_t>& samples,
              PipeSinkReader::Format format) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file)
        return false;
    const auto dataBytes = static_cast<std::uint32_t>(samples.size() * 2);
    const auto channels = static_cast<std::uint16_t>(format.channels);
    const auto rate = static_cast<std::uint32_t>(format.rate);
    const auto u32 = [&](std::uint32_t v) {
        const unsigned char b[4] = {
            static_cast<unsigned char>(v), static_cast<unsigned char>(v >> 8),
            static_cast<unsigned char>(v >> 16), static_cast<unsigned char>(v >> 24)};
        std::fwrite(b, 1, 4, file);
    };
    const auto u16 = [&](std::uint16_t v) {
        const unsigned char b[2] = {static_cast<unsigned char>(v),
                                    static_cast<unsigned char>(v >> 8)};
        std::fwrite(b, 1, 2, file);
    };
    std::fwrite("RIFF", 1, 4, file);
    u32(36 + dataBytes);
    std::fwrite("WAVEfmt ", 1, 8, file);
    u32(16);
    u16(1);
    u16(channels);
    u32(rate);
    u32(rate * channels * 2);
    u16(static_cast<std::uint16_t>(channels * 2));
    u16(16);
    std::fwrite("data", 1, 4, file);
    u32(dataBytes);
    std::vector<unsigned char> bytes;
    bytes.reserve(dataBytes);
    for (const std::int16_t sample : samples) {
        const auto v = static_cast<std::uint16_t>(sample);
        bytes.push_back(static_cast<unsigned char>(v));
        bytes.push_back(static_cast<unsigned char>(v >> 8));
    }
    std::fwrite(bytes.data(), 1, bytes.size(), file);
    return std::fclose(file) == 0;
}

} // namespace limber::bench
