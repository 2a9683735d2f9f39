#include "audio/wavfile.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdint>
#include <optional>

namespace limber {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxWavSize = 16 * 1024 * 1024;

// `why` is a QT_TRANSLATE_NOOP text of the context "limber::WavFile",
// translated when the reason is shown.
WavCheck fail(const char* why, QStringList args = {}) {
    WavCheck result;
    result.why = why;
    result.whyArgs = std::move(args);
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

namespace {

// The whole file, or why it cannot be had.
std::optional<QByteArray> readWavFile(const QString& path, WavCheck& failure) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failure =
            fail(QT_TRANSLATE_NOOP("limber::WavFile", "cannot be read: %1"), {file.errorString()});
        return std::nullopt;
    }
    if (file.size() > maxWavSize) {
        failure =
            fail(QT_TRANSLATE_NOOP("limber::WavFile", "is too large for a cue sound (%1 bytes)"),
                 {QString::number(file.size())});
        return std::nullopt;
    }
    return file.readAll();
}

qint16 sampleAt(const char* at, int bits) {
    const auto byte = [&](int i) {
        return static_cast<unsigned char>(at[i]);
    };
    switch (bits) {
    case 8: // unsigned, 128 is silence
        return static_cast<qint16>((byte(0) - 128) * 256);
    case 16:
        return static_cast<qint16>(byte(0) | (byte(1) << 8));
    case 24:
        return static_cast<qint16>(byte(1) | (byte(2) << 8));
    default: // 32
        return static_cast<qint16>(byte(2) | (byte(3) << 8));
    }
}

} // namespace

WavCheck checkWav(const QString& path) {
    WavCheck failure;
    const auto bytes = readWavFile(path, failure);
    return bytes ? checkWavData(*bytes) : failure;
}

WavSound loadWav(const QString& path) {
    WavSound sound;
    const auto bytes = readWavFile(path, sound.check);
    if (!bytes)
        return sound;
    sound.check = checkWavData(*bytes);
    if (!sound.check)
        return sound;
    const WavInfo& info = sound.check.info;
    const int width = info.bitsPerSample / 8;
    const auto count = static_cast<std::size_t>(info.dataSize / width);
    sound.samples.resize(count);
    const char* data = bytes->constData() + info.dataOffset;
    for (std::size_t i = 0; i < count; ++i)
        sound.samples[i] = sampleAt(data + i * static_cast<std::size_t>(width), info.bitsPerSample);
    return sound;
}

WavCheck checkWavData(QByteArrayView bytes) {
    const qsizetype size = bytes.size();
    if (size == 0)
        return fail(QT_TRANSLATE_NOOP("limber::WavFile", "is empty"));
    if (size < 12 || bytes.first(4) != "RIFF" || bytes.sliced(8, 4) != "WAVE")
        return fail(QT_TRANSLATE_NOOP("limber::WavFile", "is not a RIFF/WAVE file"));
    if (size > maxWavSize)
        return fail(QT_TRANSLATE_NOOP("limber::WavFile", "is too large for a cue sound (%1 bytes)"),
                    {QString::number(size)});
    const qint64 riffEnd = qint64{readU32(bytes, 4)} + 8;
    if (riffEnd > size)
        return fail(
            QT_TRANSLATE_NOOP("limber::WavFile",
                              "is truncated: its header announces %1 bytes, the file has %2"),
            {QString::number(riffEnd), QString::number(size)});

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
                return fail(
                    QT_TRANSLATE_NOOP("limber::WavFile", "has a broken format (fmt) chunk"));
            const int tag = readU16(bytes, payload);
            WavInfo info;
            info.channels = readU16(bytes, payload + 2);
            info.sampleRate = static_cast<int>(readU32(bytes, payload + 4));
            blockAlign = readU16(bytes, payload + 12);
            info.bitsPerSample = readU16(bytes, payload + 14);
            if (tag != 1)
                return fail(
                    QT_TRANSLATE_NOOP("limber::WavFile", "is not uncompressed PCM (format tag %1)"),
                    {QString::number(tag)});
            if (info.channels < 1 || info.channels > 2)
                return fail(
                    QT_TRANSLATE_NOOP("limber::WavFile", "has an unsupported channel count (%1)"),
                    {QString::number(info.channels)});
            if (info.sampleRate < 8000 || info.sampleRate > 192000)
                return fail(
                    QT_TRANSLATE_NOOP("limber::WavFile", "has an unsupported sample rate (%1 Hz)"),
                    {QString::number(info.sampleRate)});
            if (info.bitsPerSample != 8 && info.bitsPerSample != 16 && info.bitsPerSample != 24 &&
                info.bitsPerSample != 32)
                return fail(QT_TRANSLATE_NOOP("limber::WavFile",
                                              "has an unsupported sample size (%1 bits)"),
                            {QString::number(info.bitsPerSample)});
            if (blockAlign != info.channels * info.bitsPerSample / 8)
                return fail(QT_TRANSLATE_NOOP("limber::WavFile",
                                              "has an inconsistent block alignment (%1)"),
                            {QString::number(blockAlign)});
            format = info;
        } else if (id == "data") {
            if (!format)
                return fail(QT_TRANSLATE_NOOP("limber::WavFile",
                                              "has no format (fmt) chunk before its data"));
            if (chunkSize == 0)
                return fail(
                    QT_TRANSLATE_NOOP("limber::WavFile", "holds no sound (empty data chunk)"));
            if (chunkSize > available)
                return fail(QT_TRANSLATE_NOOP(
                                "limber::WavFile",
                                "is truncated: its data chunk announces %1 bytes, %2 are there"),
                            {QString::number(chunkSize), QString::number(available)});
            if (chunkSize % blockAlign != 0)
                return fail(
                    QT_TRANSLATE_NOOP("limber::WavFile", "ends in the middle of a sample frame"));
            WavCheck result;
            result.ok = true;
            result.info = *format;
            result.info.dataSize = chunkSize;
            result.info.dataOffset = payload;
            const qint64 frames = chunkSize / blockAlign;
            result.info.duration = std::chrono::milliseconds{frames * 1000 / format->sampleRate};
            return result;
        } else if (chunkSize > available) {
            return fail(
                QT_TRANSLATE_NOOP("limber::WavFile", "is truncated inside its \"%1\" chunk"),
                {chunkName(id)});
        }
        at = payload + static_cast<qsizetype>(chunkSize) + static_cast<qsizetype>(chunkSize % 2);
    }
    return fail(format ? QT_TRANSLATE_NOOP("limber::WavFile", "has no data chunk")
                       : QT_TRANSLATE_NOOP("limber::WavFile", "has no format (fmt) chunk"));
}

QString WavCheck::reason() const {
    if (!why)
        return {};
    const QString text = QCoreApplication::translate("limber::WavFile", why);
    switch (whyArgs.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(whyArgs[0]);
    default: // one pass, so that an argument holding "%2" stays as it is
        return text.arg(whyArgs[0], whyArgs[1]);
    }
}

} // namespace limber
