#include "audio/cuemix.h"

#include <QMutexLocker>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace limber {

namespace {

// How far back the reads' estimates of the stream's clock are kept.
constexpr std::chrono::seconds originWindow{1};
// Reads this far apart: the sink was suspended, the stream starts again.
constexpr std::chrono::milliseconds streamRestart{500};

} // namespace

CueMix::CueMix(NowFunction now, QObject* parent)
    : QIODevice(parent)
    , m_now(now ? std::move(now) : NowFunction([] { return Clock::now(); })) {
    // Unbuffered: QIODevice would otherwise read 16 KB ahead (about 190 ms
    // at 44.1 kHz), and a cue would wait behind that much silence.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void CueMix::setFormat(int sampleRate, int channels) {
    const QMutexLocker locker(&m_lock);
    m_rate = std::max(sampleRate, 1);
    m_channels = std::max(channels, 1);
}

void CueMix::setOutputDelay(std::chrono::microseconds delay) {
    const QMutexLocker locker(&m_lock);
    m_delay = std::max(delay, std::chrono::microseconds{0});
}

void CueMix::play(const Samples& samples, float gain, std::optional<Clock::time_point> at) {
    // Not owned: an empty owner, pointing at the caller's samples.
    play(std::shared_ptr<const Samples>(std::shared_ptr<const Samples>{}, &samples), gain, at,
         Layer::Cues);
}

void CueMix::play(std::shared_ptr<const Samples> samples, float gain,
                  std::optional<Clock::time_point> at, Layer layer) {
    if (!samples)
        return;
    const QMutexLocker locker(&m_lock);
    const auto same = std::find_if(m_voices.begin(), m_voices.end(), [&](const Voice& voice) {
        return voice.samples.get() == samples.get();
    });
    Voice voice{std::move(samples), layer, 0, gain, at};
    if (same != m_voices.end())
        *same = std::move(voice);
    else
        m_voices.push_back(std::move(voice));
}

void CueMix::stop(Layer layer) {
    const QMutexLocker locker(&m_lock);
    std::erase_if(m_voices, [layer](const Voice& voice) { return voice.layer == layer; });
}

void CueMix::stopAll() {
    const QMutexLocker locker(&m_lock);
    m_voices.clear();
    m_framesRead = 0;
    m_lastRead.reset();
    m_origins.clear();
}

bool CueMix::silent() const {
    const QMutexLocker locker(&m_lock);
    return m_voices.empty();
}

void CueMix::setMasterGain(float gain) {
    const QMutexLocker locker(&m_lock);
    m_master = std::max(gain, 0.0F);
}

void CueMix::setBuffered(std::function<std::int64_t()> framesBuffered) {
    const QMutexLocker locker(&m_lock);
    m_buffered = std::move(framesBuffered);
}

qint64 CueMix::bytesAvailable() const {
    // Always more: silence when nothing plays.
    return std::numeric_limits<int>::max() + QIODevice::bytesAvailable();
}

CueMix::Clock::time_point CueMix::streamMoment(Clock::time_point now) {
    if (m_lastRead && now - *m_lastRead >= streamRestart) {
        m_framesRead = 0;
        m_origins.clear();
    }
    m_lastRead = now;
    const auto read = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(static_cast<double>(m_framesRead) / m_rate));
    while (!m_origins.empty() && now - m_origins.front().readAt > originWindow)
        m_origins.pop_front();
    const std::int64_t buffered = m_buffered ? std::max<std::int64_t>(0, m_buffered()) : 0;
    const auto delay =
        m_delay + std::chrono::duration_cast<Clock::duration>(
                      std::chrono::duration<double>(static_cast<double>(buffered) / m_rate));
    m_origins.push_back({now, now + delay - read});
    m_sorted.clear();
    for (const Origin& origin : m_origins)
        m_sorted.push_back(origin.heardAt);
    const auto middle = m_sorted.begin() + static_cast<std::ptrdiff_t>(m_sorted.size() / 2);
    std::nth_element(m_sorted.begin(), middle, m_sorted.end());
    return *middle + read;
}

qint64 CueMix::readData(char* data, qint64 maxSize) {
    const auto count = static_cast<std::size_t>(maxSize) / sizeof(qint16);
    const auto channels = static_cast<std::size_t>(m_channels);
    const QMutexLocker locker(&m_lock);
    // The moment the first frame of this read is heard.
    const Clock::time_point heardAt = streamMoment(m_now());
    m_framesRead += static_cast<std::int64_t>(count / channels);
    if (m_voices.empty()) {
        std::memset(data, 0, static_cast<std::size_t>(maxSize));
        return maxSize;
    }
    m_sum.assign(count, 0.0F);
    for (Voice& voice : m_voices) {
        std::size_t first = 0; // where in this read the voice plays from
        if (voice.at) {
            const double frames = std::chrono::duration<double>(*voice.at - heardAt).count() *
                                  static_cast<double>(m_rate);
            const auto offset =
                static_cast<std::size_t>(std::max(0.0, std::round(frames))) * channels;
            if (offset >= count)
                continue; // due after this read
            first = offset;
            voice.at.reset();
        }
        const Samples& samples = *voice.samples;
        const std::size_t n = std::min(count - first, samples.size() - voice.position);
        const float gain = voice.gain * m_master;
        for (std::size_t i = 0; i < n; ++i)
            m_sum[first + i] += gain * static_cast<float>(samples[voice.position + i]);
        voice.position += n;
    }
    std::erase_if(m_voices, [](const Voice& voice) {
        return !voice.at && voice.position >= voice.samples->size();
    });
    auto* out = reinterpret_cast<qint16*>(data);
    for (std::size_t i = 0; i < count; ++i)
        out[i] = static_cast<qint16>(std::clamp(std::lround(m_sum[i]), -32768L, 32767L));
    // An odd last byte (never asked for by a sink of 16-bit frames) is silence.
    std::memset(data + count * sizeof(qint16), 0,
                static_cast<std::size_t>(maxSize) - count * sizeof(qint16));
    return maxSize;
}

qint64 CueMix::writeData(const char*, qint64) {
    return -1;
}

} // namespace limber
