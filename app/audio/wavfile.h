#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <chrono>
#include <vector>

namespace limber {

// What checkWav() learned about a WAV file.
struct WavInfo {
    int channels = 0;
    int sampleRate = 0;    // frames per second
    int bitsPerSample = 0; // 8, 16, 24 or 32 (integer PCM)
    qint64 dataSize = 0;   // bytes of samples in the data chunk
    qint64 dataOffset = 0; // where they start in the file
    std::chrono::milliseconds duration{0};
};

struct WavCheck {
    bool ok = false;
    // Why not, as a QT_TRANSLATE_NOOP text of the context "limber::WavFile"
    // with its %1, %2; nullptr when ok. reason() words it.
    const char* why = nullptr;
    QStringList whyArgs;
    WavInfo info;

    explicit operator bool() const { return ok; }
    // Why not, for people, in the interface's language of the moment
    // ("is truncated: ..."); empty when ok.
    [[nodiscard]] QString reason() const;
};

// Checks that a file is a complete, uncompressed PCM WAV before its samples
// are played: a truncated, empty or garbage file gets a reason a person can
// read instead of noise or silence. The file is walked chunk by chunk
// (RIFF: "RIFF" size "WAVE", then id + little-endian size + payload, padded to
// an even length). It passes when:
//   - the RIFF header is there and its size fits in the file;
//   - a "fmt " chunk comes before the "data" chunk, says PCM (tag 1),
//     1 or 2 channels, 8000-192000 Hz, 8/16/24/32 bits, a consistent
//     block alignment;
//   - the "data" chunk is not empty, holds whole frames and lies entirely
//     within the file (a truncated download fails here).
// Other chunks (LIST, fact...) are skipped. Files over 16 MiB are refused:
// cue sounds are a few seconds long.
[[nodiscard]] WavCheck checkWav(const QString& path);
// The same on bytes in memory (the whole file).
[[nodiscard]] WavCheck checkWavData(QByteArrayView bytes);

// A file's check and, when it passed, its samples as signed 16-bit values,
// interleaved as in the file (8-bit samples are widened, 24- and 32-bit ones
// keep their top 16 bits).
struct WavSound {
    WavCheck check;
    std::vector<qint16> samples;
};
[[nodiscard]] WavSound loadWav(const QString& path);

} // namespace limber
