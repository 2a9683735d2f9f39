// One exercise of the shipped upper-back routine as a person hears it: the
// real window (MainWindow, so the SessionController, CueAnnouncer,
// QtCueOutput, SoundPlayer and Narrator are wired as in the app), on the real
// clock, with the real sounds and narration in the default "voice and sounds"
// mode, played into a PulseAudio pipe sink and recorded from it on the sink's
// own clock (tests/bench/pipesink.h).
//
//   scripts/record-exercise [--engine flite|speechd] [--out DIR] [--routine]
//
// The exercise is the wall stretch, the shortest: five steps read aloud, a
// 30 s hold (the short end of its range) with its get-ready countdown, a
// last step, the 15 s rest and the next exercise's first words. The person
// presses Next on a step that waits for them once the narrator has been
// quiet for a second (and at least two seconds after the step began); the
// timed parts run by themselves. Nothing is shortened.
//
// --routine records the whole routine instead (about 12 minutes): the
// elbow stretch's ten breath-counted cycles, the strap stretch's cycles as
// needed (the person takes two: "Again" once, then "Done"), to "routine
// complete". Files: routine.wav and routine-report.txt.
//
// Writes DIR/exercise.wav and DIR/exercise-report.txt: every burst of sound
// (start, length, peak; rises within a burst, such as a word after a tick)
// on one timeline with the engine's cues (scheduled time, the words for
// them), what was handed to the narrator and what the narrator did; then,
// per cue that has a sound, how far from its time a sound started.
#include "audio/cueannouncer.h"
#include "audio/cueoutput.h"
#include "audio/cuewords.h"
#include "common/datapaths.h"
#include "mainwindow.h"
#include "audio/narrator.h"
#include "overview/overviewview.h"
#include "pipesink.h"
#include "player/playerview.h"
#include "settings/settings.h"
#include "audio/soundplayer.h"
#include "waitfor.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTextToSpeech>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>
#include <vector>

using namespace limber;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

// The person's pace: the screen is checked every 5 ms.
bool waitFor(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    return bench::waitFor(done, timeout, 5ms);
}

const char* speechKindName(SpeechKind kind) {
    switch (kind) {
    case SpeechKind::Narration:
        return "narration";
    case SpeechKind::Hint:
        return "hint";
    case SpeechKind::Prompt:
        return "prompt";
    }
    return "?";
}

// What CueAnnouncer hands to its output, logged: a second announcer, with the
// same settings and the real output's availability and latencies, fed the
// same cues, calls this when the real one calls the narrator.
class LoggingCueOutput final : public CueOutput {
public:
    struct Said {
        TimePoint at;
        QString text;
        SpeechKind kind{};
    };

    LoggingCueOutput(SoundPlayer& sounds, Narrator& narrator)
        : m_real(sounds, narrator) {}

    void playSound(CueSound, SoundLevel, TimePoint) override {}
    void say(const QString& text, SpeechKind kind, TimePoint) override {
        m_said.push_back({Clock::now(), text, kind});
    }
    void stopSpeech() override {}
    [[nodiscard]] bool soundAvailable() const override { return m_real.soundAvailable(); }
    [[nodiscard]] bool speechAvailable() const override { return m_real.speechAvailable(); }
    [[nodiscard]] std::chrono::milliseconds soundLatency() const override {
        return m_real.soundLatency();
    }
    [[nodiscard]] std::chrono::milliseconds speechLatency() const override {
        return m_real.speechLatency();
    }

    [[nodiscard]] const std::vector<Said>& said() const { return m_said; }

private:
    QtCueOutput m_real; // asked, never played through
    std::vector<Said> m_said;
};

struct LoggedCue {
    TimePoint emitted;
    Cue cue;
    QString words;
    std::optional<CueSound> sound;
};

struct Event {
    TimePoint at;
    QString what;
};

// A stretch of sound at the sink, and where it rose within itself.
struct Burst {
    double start = 0; // seconds from the session's start
    double end = 0;
    double peakDb = -100;
    std::vector<double> rises; // a sound starting while another still rings
};

double decibels(double amplitude) {
    return 20.0 * std::log10(std::max(amplitude, 1e-6));
}

// Bursts: samples above -40 dBFS, apart by at least 150 ms of quiet. A rise:
// a 10 ms window 12 dB louder than the 100 ms before it, above -30 dBFS.
std::vector<Burst> findBursts(const std::vector<std::int16_t>& samples,
                              const bench::PipeSinkReader& reader, TimePoint origin) {
    const int channels = reader.format().channels;
    const auto frames = static_cast<std::int64_t>(samples.size()) / channels;
    const auto at = [&](std::int64_t frame) {
        return std::chrono::duration<double>(reader.timeOf(frame) - origin).count();
    };
    const auto level = [&](std::int64_t frame) {
        int peak = 0;
        for (int c = 0; c < channels; ++c)
            peak = std::max(peak, std::abs(static_cast<int>(
                                      samples[static_cast<std::size_t>(frame * channels + c)])));
        return peak;
    };
    const std::int64_t rate = reader.format().rate;
    const std::int64_t quietGap = rate * 150 / 1000;
    const std::int64_t window = rate / 100;
    std::vector<Burst> bursts;
    std::int64_t first = -1;
    std::int64_t last = -1;
    int peak = 0;
    std::vector<double> energy; // per 10 ms window of the current burst
    std::vector<double> rises;
    const auto close = [&] {
        if (first < 0)
            return;
        bursts.push_back({at(first), at(last), decibels(peak / 32768.0), rises});
        first = -1;
        peak = 0;
        energy.clear();
        rises.clear();
    };
    double windowEnergy = 0;
    for (std::int64_t frame = 0; frame < frames; ++frame) {
        const int value = level(frame);
        if (value > 328) {
            if (first >= 0 && frame - last > quietGap)
                close();
            if (first < 0) {
                first = frame;
                windowEnergy = 0;
            }
            last = frame;
        }
        if (first < 0)
            continue;
        peak = std::max(peak, value);
        windowEnergy += static_cast<double>(value) * value;
        if ((frame - first + 1) % window == 0) {
            const double rms = std::sqrt(windowEnergy / static_cast<double>(window)) / 32768.0;
            if (energy.size() >= 10) {
                double before = 0;
                for (std::size_t i = energy.size() - 10; i < energy.size(); ++i)
                    before += energy[i];
                before /= 10;
                if (rms > 0.0316 && rms > 4 * before &&
                    (rises.empty() || at(frame) - rises.back() > 0.2)) // 0.0316: -30 dBFS; 4: 12 dB
                    rises.push_back(at(frame - window + 1));
            }
            energy.push_back(rms);
            windowEnergy = 0;
        }
    }
    close();
    return bursts;
}

QString seconds(double s) {
    return QString::number(s, 'f', 3);
}

double since(TimePoint at, TimePoint origin) {
    return std::chrono::duration<double>(at - origin).count();
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // no routines nor settings of the person's
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"limber-record-exercise"_s);

    QString engine = u"flite"_s;
    QString out = QDir::currentPath();
    QStringList args = QApplication::arguments();
    const bool whole = args.removeAll(u"--routine"_s) > 0;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--engine"_s)
            engine = args[i + 1];
        else if (args[i] == u"--out"_s)
            out = args[i + 1];
    }
    const QString name = whole ? u"routine"_s : u"exercise"_s;
    const QString fifo = qEnvironmentVariable("LIMBER_SINK_FIFO");
    bench::PipeSinkReader::Format format;
    format.rate = qEnvironmentVariableIntValue("LIMBER_SINK_RATE");
    format.channels = qEnvironmentVariableIntValue("LIMBER_SINK_CHANNELS");
    if (fifo.isEmpty() || format.rate <= 0 || format.channels <= 0 || args.size() % 2 == 0) {
        std::fprintf(stderr,
                     "usage: %s [--engine flite|speechd] [--out DIR] [--routine]\n"
                     "  under a pipe sink: scripts/record-exercise runs it\n",
                     argv[0]);
        return 2;
    }
    QDir().mkpath(out);

    bench::PipeSinkReader reader(fifo.toStdString(), format);
    std::string error;
    if (!reader.start(error, true)) {
        std::fprintf(stderr, "record-exercise: %s\n", error.c_str());
        return 1;
    }

    const QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(u"settings.ini"_s));
    settings.setSpeechEngine(engine);
    MainWindow window(routineFolders(), settings);
    window.show();
    Narrator* narrator = nullptr;
    SoundPlayer* sounds = nullptr;
    if (!waitFor(
            [&] {
                narrator = window.findChild<Narrator*>();
                sounds = window.findChild<SoundPlayer*>();
                return narrator && sounds;
            },
            10s)) {
        std::fprintf(stderr, "record-exercise: the window made no audio\n");
        return 1;
    }
    waitFor([&] { return narrator->findChild<QTextToSpeech*>() != nullptr; }, 10s);
    waitFor([] { return false; }, 1s); // the sounds load
    if (!sounds->available() || !narrator->available()) {
        std::fprintf(stderr, "record-exercise: no audio: %s %s\n", qPrintable(sounds->notice()),
                     qPrintable(narrator->reason()));
        return 1;
    }

    std::vector<Event> events;
    const auto note = [&](const QString& what) {
        events.push_back({Clock::now(), what});
    };
    QObject::connect(
        narrator, &Narrator::availabilityChanged, [&](bool available, const QString& why) {
            note(available ? u"narrator available"_s : u"narrator UNAVAILABLE: "_s + why);
        });
    QObject::connect(narrator, &Narrator::finished, [&] { note(u"narrator finished"_s); });
    // The engine's own states, and speaking() as the app sees it.
    QTextToSpeech* watched = nullptr;
    bool speaking = false;
    QTimer watch;
    watch.setInterval(5);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        auto* speech = narrator->findChild<QTextToSpeech*>();
        if (speech && speech != watched) {
            watched = speech;
            QObject::connect(speech, &QTextToSpeech::stateChanged, [&](QTextToSpeech::State state) {
                static const char* const names[] = {"Ready", "Speaking", "Paused", "Error",
                                                    "Synthesizing"};
                const auto index = static_cast<std::size_t>(state);
                note(u"engine "_s + QString::fromLatin1(index < 5 ? names[index] : "?"));
            });
            QObject::connect(speech, &QTextToSpeech::errorOccurred,
                             [&](QTextToSpeech::ErrorReason, const QString& message) {
                                 note(u"engine error: "_s + message);
                             });
        }
        if (narrator->speaking() != speaking) {
            speaking = narrator->speaking();
            note(speaking ? u"narrator speaking"_s : u"narrator idle"_s);
        }
    });
    watch.start();

    // The cues, as the window hands them to its announcer; the shadow
    // announcer logs what the real one says.
    auto* player = window.findChild<PlayerView*>();
    LoggingCueOutput logging(*sounds, *narrator);
    CueAnnouncer shadow(logging, settings);
    std::vector<LoggedCue> cues;
    const Routine* routine = nullptr;
    QObject::connect(player, &PlayerView::audibleCues, [&](const std::vector<Cue>& batch) {
        const TimePoint now = Clock::now();
        for (const Cue& cue : batch)
            cues.push_back(
                {now, cue, CueWords::text(cue, *routine), cueSoundFor(cue.sound, cue.kind)});
        shadow.announce(batch, *routine);
    });

    if (!window.openRoutine(u"upper-back-relief"_s)) {
        std::fprintf(stderr, "record-exercise: no routine upper-back-relief\n");
        return 1;
    }
    auto* acknowledge = window.findChild<QCheckBox*>(u"acknowledge"_s);
    auto* start = window.findChild<QPushButton*>(u"start"_s);
    if (!acknowledge || !start) {
        std::fprintf(stderr, "record-exercise: no start button\n");
        return 1;
    }
    acknowledge->setChecked(true);
    for (auto* overview : window.findChildren<QWidget*>()) {
        if (const auto* view = qobject_cast<const OverviewView*>(overview))
            routine = view->routine();
    }
    const TimePoint origin = Clock::now();
    start->click();
    SessionController* controller = player->controller();
    if (!controller || !routine) {
        std::fprintf(stderr, "record-exercise: the session did not start\n");
        return 1;
    }
    // The engine's cues as the screen gets them (from the second batch on:
    // the first came with the click): each should reach the ears too.
    std::vector<Cue> shown;
    QObject::connect(controller, &SessionController::cues, [&](const std::vector<Cue>& batch) {
        shown.insert(shown.end(), batch.begin(), batch.end());
    });
    TimePoint finishedAt{};
    QObject::connect(controller, &SessionController::finished, [&] { finishedAt = Clock::now(); });
    std::printf("recording %s with %s...\n", whole ? "the whole routine" : "the wall stretch",
                qPrintable(engine));
    std::fflush(stdout);

    // The person: Next once the narrator has been quiet for a second, at
    // least two seconds into a step that waits (and for --routine, Again
    // then Done where a repeat asks); stop after the next exercise's first
    // words, or the routine's last.
    TimePoint waitingSince{};
    int choices = 0;
    TimePoint quietSince = Clock::now();
    TimePoint nextExerciseAt{};
    std::vector<TimePoint> presses;
    const bool done = waitFor(
        [&] {
            const TimePoint now = Clock::now();
            if (narrator->speaking())
                quietSince = now;
            if (whole) {
                if (finishedAt != TimePoint{})
                    return (now - quietSince > 1500ms && now - finishedAt > 2s) ||
                           now - finishedAt > 12s;
            } else if (nextExerciseAt == TimePoint{}) {
                for (const LoggedCue& logged : cues) {
                    if (logged.cue.kind == CueKind::ExerciseStarted && logged.cue.value == 1)
                        nextExerciseAt = logged.emitted;
                }
            }
            if (!whole && nextExerciseAt != TimePoint{})
                return (now - quietSince > 1500ms && now - nextExerciseAt > 2s) ||
                       now - nextExerciseAt > 12s;
            const Progress progress = controller->progress();
            if (progress.phase != PhaseKind::WaitingForNext &&
                progress.phase != PhaseKind::ChooseAgain) {
                waitingSince = TimePoint{};
                return false;
            }
            if (waitingSince == TimePoint{})
                waitingSince = now;
            if (now - waitingSince > 2s && now - quietSince > 1s) {
                presses.push_back(now);
                if (progress.phase == PhaseKind::ChooseAgain && choices++ == 0) {
                    note(u"the person presses Again"_s);
                    controller->again();
                } else if (progress.phase == PhaseKind::ChooseAgain) {
                    note(u"the person presses Done"_s);
                    controller->done();
                } else {
                    note(u"the person presses Next"_s);
                    controller->next();
                }
                waitingSince = TimePoint{};
            }
            return false;
        },
        whole ? 25min : 4min);
    watch.stop();
    waitFor([] { return false; }, 500ms);
    const TimePoint stopped = Clock::now();
    window.close();
    reader.stop();
    if (!done)
        std::fprintf(stderr, "record-exercise: the %s did not end in time\n", qPrintable(name));

    const std::vector<std::int16_t> samples = reader.samples();
    const QString wav = QDir(out).filePath(name + u".wav"_s);
    if (!bench::writeWav(wav.toStdString(), samples, format))
        std::fprintf(stderr, "record-exercise: cannot write %s\n", qPrintable(wav));
    const std::vector<Burst> bursts = findBursts(samples, reader, origin);

    // ---- the report -------------------------------------------------------
    QString report;
    QTextStream text(&report);
    text << "Limber by ear: " << (whole ? "the whole" : "the wall stretch of")
         << " upper-back-relief, voice and sounds, " << engine
         << "\nrecorded from a PulseAudio pipe sink (" << format.rate << " Hz, " << format.channels
         << " ch) on its own clock; times in seconds from pressing Start\n"
         << "sound: samples above -40 dBFS, bursts apart by >= 150 ms of quiet; a rise is a "
            "10 ms window 12 dB above the 100 ms before it\n"
         << "WAV: " << wav << " ("
         << seconds(static_cast<double>(samples.size()) / format.channels / format.rate)
         << " s), recording stopped at " << seconds(since(stopped, origin)) << "\n\n";

    struct Line {
        double at;
        int order;
        QString text;
    };
    std::vector<Line> lines;
    for (const LoggedCue& logged : cues) {
        QString line = u"cue    %1"_s.arg(QString::fromLatin1(cueKindName(logged.cue.kind)), -16);
        if (logged.cue.value || logged.cue.of)
            line += u" %1/%2"_s.arg(logged.cue.value).arg(logged.cue.of);
        if (logged.sound)
            line += u"  sound "_s + cueSoundFileName(*logged.sound);
        if (!logged.words.isEmpty())
            line += u"  words \""_s + logged.words + u'"';
        const double late = since(logged.emitted, logged.cue.when) * 1000.0;
        if (late > 5)
            line += u"  (emitted %1 ms late)"_s.arg(late, 0, 'f', 0);
        else if (late < -5)
            line += u"  (emitted %1 ms early)"_s.arg(-late, 0, 'f', 0);
        lines.push_back({since(logged.cue.when, origin), 0, line});
    }
    int neverSent = 0;
    for (const Cue& cue : shown) {
        const bool announced = std::any_of(cues.begin(), cues.end(), [&](const LoggedCue& heard) {
            return heard.cue.kind == cue.kind && heard.cue.when == cue.when &&
                   heard.cue.value == cue.value;
        });
        if (announced)
            continue;
        ++neverSent;
        lines.push_back({since(cue.when, origin), 0,
                         u"cue    %1 %2/%3  SHOWN BUT NEVER SENT TO THE AUDIO (words \"%4\")"_s
                             .arg(QString::fromLatin1(cueKindName(cue.kind)), -16)
                             .arg(cue.value)
                             .arg(cue.of)
                             .arg(CueWords::text(cue, *routine))});
    }
    // What became of each utterance. Words handed over together (within
    // 5 ms, one batch): the first goes to the engine, a hint or prompt after
    // it is dropped as the narrator is busy (a narration would interrupt).
    // Otherwise the engine's first state within 0.8 s, before the next batch.
    const auto& said = logging.said();
    for (std::size_t i = 0; i < said.size(); ++i) {
        QString fate = u"not spoken (dropped by the narrator)"_s;
        std::size_t next = i + 1;
        while (next < said.size() && said[next].at - said[next - 1].at < 5ms)
            ++next;
        const bool follows = i > 0 && said[i].at - said[i - 1].at < 5ms;
        if (follows && said[i].kind != SpeechKind::Narration) {
            fate = u"dropped: the words before it are being said"_s;
        } else {
            const TimePoint until = next < said.size() ? std::min(said[next].at, said[i].at + 800ms)
                                                       : said[i].at + 800ms;
            for (const Event& event : events) {
                if (event.at < said[i].at || event.at > until)
                    continue;
                if (event.what == u"engine Speaking"_s) {
                    fate = u"spoken"_s;
                    break;
                }
                if (event.what.startsWith(u"engine error"_s)) {
                    fate = u"ENGINE ERROR: "_s + event.what.mid(14);
                    break;
                }
            }
        }
        lines.push_back(
            {since(said[i].at, origin), 1,
             u"say    %1 \"%2\" -> %3"_s.arg(QString::fromLatin1(speechKindName(said[i].kind)),
                                             said[i].text, fate)});
    }
    for (const Event& event : events)
        lines.push_back({since(event.at, origin), 2, u"       "_s + event.what});
    for (const Burst& burst : bursts) {
        QString line = u"SOUND  %1 s, peak %2 dBFS"_s.arg(burst.end - burst.start, 0, 'f', 3)
                           .arg(burst.peakDb, 0, 'f', 1);
        lines.push_back({burst.start, 3, line});
        for (const double rise : burst.rises)
            lines.push_back({rise, 3, u"SOUND  + rise within the burst"_s});
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
        return a.at < b.at || (a.at == b.at && a.order < b.order);
    });
    text << "Timeline\n";
    for (const Line& line : lines)
        text << QString::number(line.at, 'f', 3).rightJustified(8) << "  " << line.text << '\n';

    // Per cue with a sound: the nearest onset (burst start or rise) from
    // 30 ms before to 250 ms after its scheduled time.
    std::vector<double> onsets;
    for (const Burst& burst : bursts) {
        onsets.push_back(burst.start);
        onsets.insert(onsets.end(), burst.rises.begin(), burst.rises.end());
    }
    std::sort(onsets.begin(), onsets.end());
    text << "\nCues with a sound: the first sound from 30 ms before to 250 ms after the cue's "
            "time\n";
    std::vector<double> offsets;
    int missing = 0;
    for (const LoggedCue& logged : cues) {
        if (!logged.sound)
            continue;
        const double when = since(logged.cue.when, origin);
        const auto it = std::lower_bound(onsets.begin(), onsets.end(), when - 0.030);
        const bool heard = it != onsets.end() && *it <= when + 0.250;
        text << QString::number(when, 'f', 3).rightJustified(8) << "  "
             << QString::fromLatin1(cueKindName(logged.cue.kind)).leftJustified(16) << ' '
             << cueSoundFileName(*logged.sound).leftJustified(17);
        if (heard) {
            offsets.push_back((*it - when) * 1000.0);
            text << QString::number(offsets.back(), 'f', 1).rightJustified(7) << " ms\n";
        } else {
            ++missing;
            text << "  NOT HEARD\n";
        }
    }
    std::sort(offsets.begin(), offsets.end());
    text << "\nSummary\n";
    const auto count = [](const auto& range, const auto& predicate) {
        return std::count_if(range.begin(), range.end(), predicate);
    };
    text << "  cues: " << cues.size()
         << ", with a sound: " << offsets.size() + static_cast<std::size_t>(missing)
         << ", heard on time: " << offsets.size() << ", not heard: " << missing
         << "; shown but never sent to the audio: " << neverSent << '\n';
    if (!offsets.empty())
        text << "  sound after its cue's time: median " << offsets[offsets.size() / 2]
             << " ms, min " << offsets.front() << " ms, max " << offsets.back() << " ms\n";
    text << "  words handed to the narrator: " << logging.said().size() << "; narrator errors: "
         << count(events, [](const Event& e) { return e.what.startsWith(u"engine error"_s); })
         << "; times it became unavailable: "
         << count(events,
                  [](const Event& e) { return e.what.startsWith(u"narrator UNAVAILABLE"_s); })
         << '\n';
    text << "  bursts of sound: " << bursts.size() << "; buttons pressed " << presses.size()
         << " times\n";
    text.flush();

    const QString reportPath = QDir(out).filePath(name + u"-report.txt"_s);
    QFile file(reportPath);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(report.toUtf8());
    std::printf("%s\nreport: %s\n", qPrintable(report), qPrintable(reportPath));
    return done ? 0 : 1;
}
