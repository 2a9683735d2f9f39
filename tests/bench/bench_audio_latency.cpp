// Latency from a cue to its sound at the sink, for the cue sounds and for
// spoken words, through the app's own SoundPlayer and Narrator.
//
//   scripts/audio-latency [--runs N] [--only sounds|flite|speechd]
//
// scripts/audio-latency starts a private PulseAudio whose only sink is a
// module-pipe-sink (scripts/audio-test-env start-pipe) and then this program,
// so Qt sees that sink as the default output from the start. A thread reads
// the sink's FIFO (tests/audio/pipesink.h). Each measurement waits for
// 300 ms of silence at the sink, notes the steady clock, calls
// SoundPlayer::play() or Narrator::say(), and finds the first sample above
// -40 dBFS; its time on the sink clock minus the time of the call is the
// latency. The sink clock is CLOCK_MONOTONIC, the steady clock's, so both
// ends are read from one clock.
//
// Error bar: the sink clock is anchored to within the usual wake-up delay of
// the sink's and the reader's threads (the "anchors spread" printed, about
// 0.1 ms), the onset is exact to the sample and the call's time is taken just
// before the call: a figure is good to a few tenths of a millisecond. It is
// the latency to a sink that buffers at most one block (21 ms at 48 kHz
// stereo); a hardware sink may buffer more, up to what the streams ask for.
//
// Options: --fifo PATH --rate HZ --channels N (default from LIMBER_SINK_FIFO,
// LIMBER_SINK_RATE, LIMBER_SINK_CHANNELS, which audio-test-env prints),
// --runs N (5), --only sounds|flite|speechd (all).
#include "audio/cuesound.h"
#include "audio/narrator.h"
#include "audio/soundplayer.h"
#include "audio/wavfile.h"
#include "common/datapaths.h"
#include "pipesink.h"
#include "waitfor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <vector>

using namespace limber;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;

using bench::waitFor;

void pause(std::chrono::milliseconds time) {
    const auto until = Clock::now() + time;
    waitFor([&] { return Clock::now() >= until; }, time + 1s);
}

struct Row {
    explicit Row(QString name, QString group = {})
        : what(std::move(name))
        , kind(std::move(group)) {}

    QString what;
    QString kind;           // rows of one kind are pooled in the summary; empty: not pooled
    std::vector<double> ms; // one per run that was heard
    int runs = 0;
    double lead = -1; // sound files: ms of the file before its first sound
    double due = 0;   // a timed call: ms from the call to the moment asked for
};

void printRow(const QString& what, std::vector<double> ms, int runs, const QString& lead) {
    std::sort(ms.begin(), ms.end());
    const QString heard = QString::number(ms.size()) + u'/' + QString::number(runs);
    if (ms.empty()) {
        std::printf("%-40s %7s %7s %7s %6s  %s\n", qPrintable(what), "-", "-", "-",
                    qPrintable(heard), qPrintable(lead));
        return;
    }
    const std::size_t half = ms.size() / 2;
    const double median = ms.size() % 2 ? ms[half] : (ms[half - 1] + ms[half]) / 2;
    std::printf("%-40s %7.1f %7.1f %7.1f %6s  %s\n", qPrintable(what), median, ms.front(),
                ms.back(), qPrintable(heard), qPrintable(lead));
}

class Bench {
public:
    explicit Bench(bench::PipeSinkReader& reader)
        : m_reader(reader) {}

    // One measurement: silence, the call, the first sound. nullopt when
    // nothing was heard within `timeout`.
    std::optional<double> measure(const std::function<void()>& call,
                                  const std::function<bool()>& finished,
                                  std::chrono::milliseconds timeout) {
        if (!waitFor([&] { return m_reader.silentFor() >= 300ms; }, 10s)) {
            std::fprintf(stderr, "audio-latency: the sink is never silent\n");
            return std::nullopt;
        }
        m_reader.arm();
        const auto called = Clock::now();
        call();
        const bool heard = waitFor([&] { return m_reader.onset().has_value(); }, timeout);
        waitFor(finished, 10s);
        waitFor([&] { return m_reader.silentFor() >= 300ms; }, 10s);
        if (!heard)
            return std::nullopt;
        const auto at = m_reader.timeOf(*m_reader.onset());
        return std::chrono::duration<double, std::milli>(at - called).count();
    }

    void run(Row& row, int runs, const std::function<void()>& call,
             const std::function<bool()>& finished, std::chrono::milliseconds timeout = 3s) {
        for (int i = 0; i < runs; ++i) {
            ++row.runs;
            if (const auto ms = measure(call, finished, timeout))
                row.ms.push_back(*ms - row.due);
        }
        m_rows.push_back(row);
    }

    void note(const QString& line) { m_notes << line; }

    void print() const {
        const auto format = m_reader.format();
        const double block = 4096.0 / (2.0 * format.channels) * 1000.0 / format.rate;
        std::printf("\nLatency from the call to the first sound at the sink (ms)\n"
                    "sink: PulseAudio module-pipe-sink, %d Hz, %d ch, blocks of %.1f ms, on its "
                    "own clock (anchors spread %.2f ms)\nfirst sound: first sample above "
                    "-40 dBFS; file lead: the file's own silence before it\n\n",
                    format.rate, format.channels, block,
                    static_cast<double>(m_reader.clockSpread().count()) / 1000.0);
        std::printf("%-40s %7s %7s %7s %6s  %s\n", "what", "median", "min", "max", "heard",
                    "file lead");
        QStringList kinds;
        for (const Row& row : m_rows) {
            printRow(row.what, row.ms, row.runs,
                     row.lead < 0 ? QString() : QString::number(row.lead, 'f', 1));
            if (!row.kind.isEmpty() && !kinds.contains(row.kind))
                kinds << row.kind;
        }
        std::printf("\nper kind, every run but the first calls\n");
        for (const QString& kind : kinds) {
            std::vector<double> all;
            std::vector<double> lessLead;
            int runs = 0;
            for (const Row& row : m_rows) {
                if (row.kind != kind)
                    continue;
                runs += row.runs;
                all.insert(all.end(), row.ms.begin(), row.ms.end());
                for (const double ms : row.ms)
                    lessLead.push_back(ms - std::max(row.lead, 0.0));
            }
            printRow(kind, all, runs, {});
            if (all != lessLead)
                printRow(kind + u", less the file lead"_s, lessLead, runs, {});
        }
        for (const QString& note : m_notes)
            std::printf("%s\n", qPrintable(note));
        std::fflush(stdout);
    }

private:
    bench::PipeSinkReader& m_reader;
    std::vector<Row> m_rows;
    QStringList m_notes;
};

// Milliseconds of a WAV before its first sample above -40 dBFS.
double fileLead(const QString& path) {
    const WavCheck check = checkWav(path);
    QFile file(path);
    if (!check.ok || check.info.bitsPerSample != 16 || !file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = file.readAll();
    const qsizetype data = bytes.indexOf("data");
    if (data < 0)
        return -1;
    const auto* samples = reinterpret_cast<const std::int16_t*>(bytes.constData() + data + 8);
    const qsizetype count = (bytes.size() - data - 8) / 2;
    for (qsizetype i = 0; i < count; ++i) {
        if (std::abs(static_cast<int>(samples[i])) > 328)
            return static_cast<double>(i / check.info.channels) * 1000.0 / check.info.sampleRate;
    }
    return -1;
}

void speech(Bench& bench, const QString& engine, int runs) {
    Narrator narrator(engine);
    QElapsedTimer started;
    started.start();
    narrator.start();
    const qint64 startMs = started.elapsed();
    if (!narrator.available()) {
        bench.note(u"%1: unavailable: %2"_s.arg(engine, narrator.reason()));
        return;
    }
    const auto idle = [&] {
        return !narrator.speaking();
    };
    struct Language {
        QLocale locale;
        QString code;
        QStringList words;
    };
    const std::vector<Language> languages{
        {QLocale(QLocale::English, QLocale::UnitedStates), u"en"_s, {u"three"_s, u"two"_s}},
        {QLocale(QLocale::German, QLocale::Germany), u"de"_s, {u"drei"_s, u"zwei"_s}},
    };
    for (const Language& language : languages) {
        if (!narrator.hasVoiceFor(language.locale)) {
            bench.note(u"%1: no %2 voice"_s.arg(engine, language.code));
            continue;
        }
        narrator.setLocale(language.locale);
        // The first utterance of a voice is slower: measured once, apart.
        Row cold{u"speech %1 %2 \"%3\", first call"_s.arg(engine, language.code,
                                                          language.words.front())};
        bench.run(
            cold, 1, [&] { narrator.say(language.words.front()); }, idle, 10s);
        for (const QString& word : language.words) {
            Row row{u"speech %1 %2 \"%3\""_s.arg(engine, language.code, word),
                    u"speech %1 %2"_s.arg(engine, language.code)};
            bench.run(
                row, runs, [&] { narrator.say(word); }, idle, 5s);
        }
    }
    bench.note(u"%1: engine made in %2 ms (Narrator::start)"_s.arg(engine).arg(startMs));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"limber-audio-latency"_s);

    QString fifo = qEnvironmentVariable("LIMBER_SINK_FIFO");
    bench::PipeSinkReader::Format format;
    format.rate = qEnvironmentVariableIntValue("LIMBER_SINK_RATE");
    format.channels = qEnvironmentVariableIntValue("LIMBER_SINK_CHANNELS");
    int runs = 5;
    QString only;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString& option = args[i];
        const QString& value = args[i + 1];
        if (option == u"--fifo"_s)
            fifo = value;
        else if (option == u"--rate"_s)
            format.rate = value.toInt();
        else if (option == u"--channels"_s)
            format.channels = value.toInt();
        else if (option == u"--runs"_s)
            runs = value.toInt();
        else if (option == u"--only"_s)
            only = value;
    }
    if (fifo.isEmpty() || format.rate <= 0 || format.channels <= 0 || runs <= 0 ||
        args.size() % 2 == 0) {
        std::fprintf(stderr,
                     "usage: %s --fifo PATH --rate HZ --channels N [--runs N] "
                     "[--only sounds|flite|speechd]\n"
                     "  (scripts/audio-latency runs it with a pipe sink)\n",
                     argv[0]);
        return 2;
    }

    bench::PipeSinkReader reader(fifo.toStdString(), format);
    std::string error;
    if (!reader.start(error)) {
        std::fprintf(stderr, "audio-latency: %s\n", error.c_str());
        return 1;
    }
    Bench bench(reader);
    const auto wanted = [&](const QString& kind) {
        return only.isEmpty() || only == kind;
    };

    if (wanted(u"sounds"_s)) {
        const QString dir = bundledDataDir() + u"/sounds"_s;
        SoundPlayer player(dir);
        player.start();
        if (!player.available()) {
            std::fprintf(stderr, "audio-latency: no sounds: %s\n", qPrintable(player.notice()));
            return 1;
        }
        pause(500ms); // the files load
        const auto played = [] {
            return true;
        };
        Row cold{u"sound countdown.wav, first play()"_s};
        cold.lead = fileLead(QDir(dir).filePath(cueSoundFileName(CueSound::Countdown)));
        bench.run(
            cold, 1, [&] { player.play(CueSound::Countdown); }, played);
        for (const CueSound sound : allCueSounds) {
            const QString file = cueSoundFileName(sound);
            Row row{u"sound "_s + file, u"cue sounds"_s};
            row.lead = fileLead(QDir(dir).filePath(file));
            bench.run(
                row, runs, [&] { player.play(sound); }, played);
        }
        // Timed: each sound handed over SoundPlayer::latency before it is
        // due, as the announcer does; the figure is how far from that moment
        // it is heard.
        for (const CueSound sound : allCueSounds) {
            const QString file = cueSoundFileName(sound);
            Row row{u"sound "_s + file + u", timed"_s,
                    u"cue sounds, timed (from the moment due)"_s};
            row.lead = fileLead(QDir(dir).filePath(file));
            row.due = static_cast<double>(SoundPlayer::latency.count());
            bench.run(
                row, runs,
                [&] {
                    player.play(sound, 1.0F,
                                std::chrono::steady_clock::now() + SoundPlayer::latency);
                },
                played);
        }
    }
    const QStringList engines = Narrator::availableEngines();
    for (const QString& engine : {u"flite"_s, u"speechd"_s}) {
        if (!wanted(engine))
            continue;
        if (!engines.contains(engine)) {
            bench.note(u"%1: not installed"_s.arg(engine));
            continue;
        }
        speech(bench, engine, runs);
    }
    reader.stop();
    bench.print();
    return 0;
}
