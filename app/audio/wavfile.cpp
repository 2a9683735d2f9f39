#include "audio/wavfile.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdint>
#include <optional>

namespace limber {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxWavSize = 16 * 1024 * 1024;

QString trWav(const char* text) {
    return QCoreApplication::translate("limber::WavFile", text);
}

WavCheck fail(QString reason) {
    WavCheck result;
    result.reason = std::move(reason);
    return result;
}

std::uint32_t readU32(QByteArrayView bytes, qsizetype at) {
    const auto byte = [&](qsizetype i) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + i]));
    };
    return byte(0) | (byte(1) << 8) | (byte(2) << 16) | (byte(3) << 24);
}

std::uint16_t readU16(QByteArrayView bytes, qsizetype at) {
    const auto lo = static_cast<unsigned>(static_cast<unsigned char>(bytes[at]));
    const auto hi = static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 1]));
    return static_cast<std::uint16_t>(lo | (hi << 8));
}

// A chunk id for messages: printable ASCII or hex.
QString chunkName(QByteArrayView id) {
    QString name;
    for (const char c : id) {
        if (c >= 0x20 && c < 0x7f)
            name += QLatin1Char(c);
        else
            name += u"\\x%1"_s.arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0'));
    }
    return name;
}

} // namespace

WavCheck checkWav(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(trWav("cannot be read: %1").arg(file.errorString()));
    if (file.size() > maxWavSize)
        return fail(trWav("is too large for a cue sound (%1 bytes)").arg(file.size()));
    return checkWavData(file.readAll());
}

WavCheck checkWavData(QByteArrayView bytes) {
    const qsizetype size = bytes.size();
    if (size == 0)
        return fail(trWav("is empty"));
    if (size < 12 || bytes.first(4) != "RIFF" || bytes.sliced(8, 4) != "WAVE")
        return fail(trWav("is not a RIFF/WAVE file"));
    if (size > maxWavSize)
        return fail(trWav("is too large for a cue sound (%1 bytes)").arg(size));
    const qint64 riffEnd = qint64{readU32(bytes, 4)} + 8;
    if (riffEnd > size)
        return fail(trWav("is truncated: its header announces %1 bytes, the file has %2")
                        .arg(riffEnd)
                        .arg(size));

    std::optional<WavInfo> format;
    int blockAlign = 0;
    qsizetype at = 12;
    while (at + 8 <= riffEnd) {
        const QByteArrayView id = bytes.sliced(at, 4);
        const qint64 chunkSize = readU32(bytes, at + 4);
        const qsizetype payload = at + 8;
        const qint64 available = riffEnd - payload;
        if (id == "fmt ") {
            if (chunkSize < 16 || chunkSize > available)
                return fail(trWav("has a broken format (fmt) chunk"));
            const int tag = readU16(bytes, payload);
            WavInfo info;
            info.channels = readU16(bytes, payload + 2);
            info.sampleRate = static_cast<int>(readU32(bytes, payload + 4));
            blockAlign = readU16(bytes, payload + 12);
            info.bitsPerSample = readU16(bytes, payload + 14);
            if (tag != 1)
                return fail(trWav("is not uncompressed PCM (format tag %1)").arg(tag));
            if (info.channels < 1 || info.channels > 2)
                return fail(trWav("has an unsupported channel count (%1)").arg(info.channels));
            if (info.sampleRate < 8000 || info.sampleRate > 192000)
                return fail(trWav("has an unsupported sample rate (%1 Hz)").arg(info.sampleRate));
            if (info.bitsPerSample != 8 && info.bitsPerSample != 16 && info.bitsPerSample != 24 &&
                info.bitsPerSample != 32)
                return fail(
                    trWav("has an unsupported sample size (%1 bits)").arg(info.bitsPerSample));
            if (blockAlign != info.channels * info.bitsPerSample / 8)
                return fail(trWav("has an inconsistent block alignment (%1)").arg(blockAlign));
            format = info;
        } else if (id == "data") {
            if (!format)
                return fail(trWav("has no format (fmt) chunk before its data"));
            if (chunkSize == 0)
                return fail(trWav("holds no sound (empty data chunk)"));
            if (chunkSize > available)
                return fail(trWav("is truncated: its data chunk announces %1 bytes, %2 are there")
                                .arg(chunkSize)
                                .arg(available));
            if (chunkSize % blockAlign != 0)
                return fail(trWav("ends in the middle of a sample frame"));
            WavCheck result;
            result.ok = true;
            result.info = *format;
            result.info.dataSize = chunkSize;
            const qint64 frames = chunkSize / blockAlign;
            result.info.duration = std::chrono::milliseconds{frames * 1000 / format->sampleRate};
            return result;
        } else if (chunkSize > available) {
            return fail(trWav("is truncated inside its \"%1\" chunk").arg(chunkName(id)));
        }
        at = payload + static_cast<qsizetype>(chunkSize) + static_cast<qsizetype>(chunkSize % 2);
    }
    return fail(format ? trWav("has no data chunk") : trWav("has no format (fmt) chunk"));
}

} // namespace limber
