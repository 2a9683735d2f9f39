// One exercise of a shipped routine as a person hears it: the real window
// (MainWindow, so the SessionController, CueAnnouncer, QtCueOutput,
// SoundPlayer and Narrator are wired as in the app), on the real clock, with
// the real sounds and narration in the default "voice and sounds" mode,
// played into a PulseAudio pipe sink and recorded from it on the sink's own
// clock (tests/audio/pipesink.h).
//
//   scripts/record-exercise [--engine flite|speechd] [--out DIR]
//                           [--routine-id ID] [--exercise N | --routine]
//                           [--language en|de|es]
//
// By default the exercise is the first of upper-back-relief, the wall
// stretch, the shortest: five steps read aloud, a 30 s hold (the short end
// of its range) with its get-ready countdown, a last step, the 15 s rest and
// the next exercise's first words. The person presses Next on a step that
// waits for them once the narrator has been quiet for a second (and at least
// two seconds after the step began); the timed parts run by themselves.
// Nothing is shortened. --routine-id records the first exercise of another
// shipped routine the same way.
//
// --exercise N records the routine's Nth exercise (from 1) alone, as a break
// plays it (Application::startBreak), to its end. --routine records the
// whole routine instead (upper-back-relief: about 12 minutes, the elbow
// stretch's ten breath-counted cycles, the strap stretch's cycles as needed),
// to "routine complete". The first time a repeat asks "Once more, or done?"
// the person takes one more cycle ("Again"), every later time "Done".
// Files: routine.wav and routine-report.txt.
// --language speaks and shows the interface in that language (the default:
// the system's).
//
// Writes DIR/exercise.wav and DIR/exercise-report.txt: every burst of sound
// (start, length, peak; rises within a burst, such as a word after a tick)
// on one timeline with the engine's cues (scheduled time, the words for
// them), what was handed to the narrator and what the narrator did; then,
// by waveform (tests/audio/cuematch.h): every cue sound found by its own
// waveform at its time or MISSING (per kind, and "cue sounds: N expected, N
// found, N missing"; a chime under words is looked for once the words found
// by their own waveform are taken out); whether the recorder dropped frames; in the residual
// (the recording minus every fitted cue sound, so speech), each countdown
// number's spoken onset, ticks and numbers against their second (+-25 ms),
// words that start while a chime rings and how far above it they stand,
// and the pause before each "Get ready"; a summary of all of it.
#include "application.h"
#include "audio/audiosession.h"
#include "audio/cueannouncer.h"
#include "audio/cueoutput.h"
#include "audio/cuewords.h"
#include "audio/narrator.h"
#include "audio/soundplayer.h"
#include "common/datapaths.h"
#include "common/translations.h"
#include "cuematch.h"
#include "fliteword.h"
#include "mainwindow.h"
#include "pipesink.h"
#include "player/playerview.h"
#include "session/sessioncontroller.h"
#include "settings/settings.h"
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
#include <map>
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
    QString routineId = u"upper-back-relief"_s;
    QString language;
    int exerciseNumber = 0; // none: the first exercise and the next's first words
    bool usable = true;
    QStringList args = QApplication::arguments();
    const bool whole = args.removeAll(u"--routine"_s) > 0;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--engine"_s)
            engine = args[i + 1];
        else if (args[i] == u"--out"_s)
            out = args[i + 1];
        else if (args[i] == u"--routine-id"_s)
            routineId = args[i + 1];
        else if (args[i] == u"--language"_s)
            language = args[i + 1];
        else if (args[i] == u"--exercise"_s)
            exerciseNumber = std::max(0, args[i + 1].toInt()); // 0: not a number, or below 1
        else
            usable = false;
    }
    const QString name = whole ? u"routine"_s : u"exercise"_s;
    const QString fifo = qEnvironmentVariable("LIMBER_SINK_FIFO");
    bench::PipeSinkReader::Format format;
    format.rate = qEnvironmentVariableIntValue("LIMBER_SINK_RATE");
    format.channels = qEnvironmentVariableIntValue("LIMBER_SINK_CHANNELS");
    if (fifo.isEmpty() || format.rate <= 0 || format.channels <= 0 || args.size() % 2 == 0 ||
        !usable || (args.contains(u"--exercise"_s) && (whole || exerciseNumber == 0))) {
        std::fprintf(stderr,
                     "usage: %s [--engine flite|speechd] [--out DIR] [--routine-id ID]\n"
                     "          [--exercise N | --routine] [--language en|de|es]\n"
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

    Translations translations;
    if (!language.isEmpty() && translations.apply(language) != language) {
        std::fprintf(stderr, "record-exercise: Limber does not speak %s (it speaks %s)\n",
                     qPrintable(language), qPrintable(Translations::available().join(u", "_s)));
        return 2;
    }
    const QTemporaryDir settingsDir;
    Application application(routineFolders(),
                            std::make_unique<Settings>(settingsDir.filePath(u"settings.ini"_s)));
    Settings& settings = application.settings();
    settings.setSpeechEngine(engine);
    settings.setPainCheckIns(false); // Start starts: no check-in dialog first
    MainWindow window(application);
    window.show();
    Narrator* narrator = nullptr;
    SoundPlayer* sounds = nullptr;
    if (!waitFor(
            [&] {
                narrator = application.audio().narrator();
                sounds = application.audio().sounds();
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

    // The cues, as the application hands them to its announcer; the shadow
    // announcer logs what the real one says.
    LoggingCueOutput logging(*sounds, *narrator);
    CueAnnouncer shadow(logging, settings);
    std::vector<LoggedCue> cues;
    const Routine* routine = nullptr; // the session's: a break plays a copy of one exercise
    QObject::connect(&application, &Application::sessionStarting, [&](SessionController& session) {
        routine = &session.routine();
        QObject::connect(&session, &SessionController::audibleCues,
                         [&](const std::vector<Cue>& batch) {
                             const TimePoint now = Clock::now();
                             for (const Cue& cue : batch)
                                 cues.push_back({now, cue, CueWords::text(cue, *routine),
                                                 cueSoundFor(cue.sound, cue.kind)});
                             shadow.announce(batch, *routine);
                         });
    });

    const LibraryEntry* entry = application.library().find(routineId.toStdString());
    if (!entry) {
        std::fprintf(stderr, "record-exercise: no routine %s\n", qPrintable(routineId));
        return 1;
    }
    const std::vector<Exercise>& exercises = entry->routine.exercises;
    if (exerciseNumber > static_cast<int>(exercises.size()) || exercises.empty()) {
        std::fprintf(stderr, "record-exercise: %s has %zu exercises\n", qPrintable(routineId),
                     exercises.size());
        return 2;
    }
    const std::string& exerciseId =
        exercises[static_cast<std::size_t>(std::max(exerciseNumber, 1) - 1)].id;
    const QString recorded =
        whole ? u"the whole %1"_s.arg(routineId)
        : exerciseNumber > 0
            ? u"exercise %1 (%2) of %3"_s.arg(exerciseNumber)
                  .arg(QString::fromStdString(exerciseId), routineId)
            : u"the first exercise (%1) of %2"_s.arg(QString::fromStdString(exerciseId), routineId);
    const bool toTheEnd = whole || exerciseNumber > 0;
    TimePoint origin{};
    if (exerciseNumber > 0) {
        origin = Clock::now();
        application.startBreak({&entry->routine, exerciseId, true}, {}, false);
    } else {
        if (!window.openRoutine(routineId)) {
            std::fprintf(stderr, "record-exercise: cannot open %s\n", qPrintable(routineId));
            return 1;
        }
        auto* acknowledge = window.findChild<QCheckBox*>(u"acknowledge"_s);
        auto* start = window.findChild<QPushButton*>(u"start"_s);
        if (!acknowledge || !start) {
            std::fprintf(stderr, "record-exercise: no start button\n");
            return 1;
        }
        acknowledge->setChecked(true);
        origin = Clock::now();
        start->click();
    }
    SessionController* controller = application.session();
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
    std::printf("recording %s with %s...\n", qPrintable(recorded), qPrintable(engine));
    std::fflush(stdout);

    // The person: Next once the narrator has been quiet for a second, at
    // least two seconds into a step that waits (Again the first time a
    // repeat asks, Done after); stop after the next exercise's first words,
    // or, for --exercise and --routine, the session's last.
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
            if (toTheEnd) {
                if (finishedAt != TimePoint{})
                    return (now - quietSince > 1500ms && now - finishedAt > 2s) ||
                           now - finishedAt > 12s;
            } else if (nextExerciseAt == TimePoint{}) {
                for (const LoggedCue& logged : cues) {
                    if (logged.cue.kind == CueKind::ExerciseStarted && logged.cue.value == 1)
                        nextExerciseAt = logged.emitted;
                }
            }
            if (!toTheEnd && nextExerciseAt != TimePoint{})
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
        toTheEnd ? 25min : 4min);
    watch.stop();
    waitFor([] { return false; }, 500ms);
    const TimePoint stopped = Clock::now();
    const double volume = sounds->volume();
    window.close();
    const TimePoint readerStopped = Clock::now();
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
    text << "Limber by ear: " << recorded << ", voice and sounds, " << engine << ", "
         << QLocale().bcp47Name() << "\nrecorded from a PulseAudio pipe sink (" << format.rate
         << " Hz, " << format.channels
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
        // A prompt the engine did not say went to TimedWords (rendered
        // ahead, played with the cue sounds) unless it was dropped: the
        // words by waveform below tell which.
        QString fate = said[i].kind == SpeechKind::Prompt
                           ? u"not through the narrator: on the cue sounds' clock, or dropped "
                             "(see the words by waveform)"_s
                           : u"not spoken (dropped by the narrator)"_s;
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

    // ---- cue sounds by their own waveform; speech in what is left ---------
    // Every cue that has a sound is looked for by that sound's waveform from
    // 30 ms before to 250 ms after its time (tests/audio/cuematch.h): a word
    // or another sound starting there never counts for it. The residual
    // (the recording minus every fitted sound) is the speech.
    const TimePoint recordingStart = reader.timeOf(0);
    const double originAt = since(origin, recordingStart); // session 0 in the recording
    const auto inRecording = [&](TimePoint at) {
        return since(at, recordingStart);
    };
    const auto inSession = [&](double recordingSeconds) {
        return recordingSeconds - originAt;
    };
    std::vector<std::string> soundNames;
    for (const CueSound sound : allCueSounds)
        soundNames.push_back(cueSoundFileName(sound).chopped(4).toStdString());
    cuematch::Catalogue catalogue;
    std::string matchError;
    if (!catalogue.load(QString(bundledDataDir() + u"/sounds"_s).toStdString(), soundNames,
                        format.rate, matchError))
        std::fprintf(stderr, "record-exercise: %s\n", matchError.c_str());
    const cuematch::Signal recording = cuematch::downmix(samples, format.channels, format.rate);
    const double gain = outputGain(volume);
    std::vector<cuematch::Expected> expected;
    std::vector<const LoggedCue*> expectedCues;
    for (const LoggedCue& logged : cues) {
        if (!logged.sound || catalogue.sounds().empty())
            continue;
        const auto index = static_cast<std::size_t>(
            std::find(allCueSounds.begin(), allCueSounds.end(), *logged.sound) -
            allCueSounds.begin());
        // A sound whose moment has words plays under them (SoundLevel::UnderSpeech).
        const bool underSpeech = std::any_of(cues.begin(), cues.end(), [&](const LoggedCue& other) {
            return other.cue.when == logged.cue.when && !other.words.isEmpty();
        });
        const double level = underSpeech ? double(SoundPlayer::underSpeechGain) : 1.0;
        expected.push_back({index, inRecording(logged.cue.when), 0.030, 0.250, gain * level / 4});
        expectedCues.push_back(&logged);
    }
    const std::vector<cuematch::Fitted> fits = cuematch::fitAll(catalogue, recording, expected);
    const cuematch::Signal rest = cuematch::residual(recording, fits);
    const auto isTick = [](CueSound sound) {
        return sound == CueSound::GetReady || sound == CueSound::Countdown ||
               sound == CueSound::Rep;
    };

    // A spoken onset: sound in the residual after at least 30 ms of quiet,
    // from `from` to `until` (recording seconds); not the tail of a word
    // that was already going at `from`.
    const auto spokenOnset = [&](double from, double until) -> std::optional<double> {
        while (from < until) {
            const std::optional<double> onset = cuematch::onsetAfter(rest, from, until);
            if (!onset)
                return std::nullopt;
            if (cuematch::silenceBefore(rest, *onset, 0.05) >= 0.03)
                return onset;
            from = *onset + 0.05;
        }
        return std::nullopt;
    };

    // The ticks' timing; every cue sound is listed once the words are known
    // (a chime under words is found on the recording without them).
    std::vector<double> tickOffsets; // ms, tick start after its second
    for (std::size_t i = 0; i < fits.size(); ++i) {
        if (fits[i].match.found && isTick(*expectedCues[i]->sound))
            tickOffsets.push_back((fits[i].match.seconds - expected[i].time) * 1000.0);
    }

    // The recorder: frames read against the sink time that passed; a reader
    // that fell behind made the sink drop frames (and its clock spreads).
    const double sinkSeconds = since(readerStopped, recordingStart);
    const auto sinkFrames = static_cast<std::int64_t>(sinkSeconds * format.rate);
    const std::int64_t framesRead = static_cast<std::int64_t>(samples.size()) / format.channels;
    const std::int64_t inFlight = 4096 / (2 * format.channels); // two pipe blocks, not yet read
    const std::int64_t dropped = std::max<std::int64_t>(0, sinkFrames - framesRead - inFlight);
    const auto spread = reader.clockSpread();
    const bool capturedWhole = dropped == 0 && spread < 1ms;
    const QString recorderLine =
        capturedWhole
            ? u"recorder: captured without dropped frames (%1 frames in %2 s of sink time, "
              "clock spread %3 us)"_s.arg(framesRead)
                  .arg(sinkSeconds, 0, 'f', 1)
                  .arg(spread.count())
            : u"recorder: %1 frames DROPPED (%2 frames read in %3 s of sink time, clock spread "
              "%4 us)"_s.arg(dropped)
                  .arg(framesRead)
                  .arg(sinkSeconds, 0, 'f', 1)
                  .arg(spread.count());
    text << '\n' << recorderLine << '\n';

    // Countdown numbers spoken: a spoken onset in the residual from 300 ms
    // before to 700 ms after the number's second.
    text << "\nCountdown numbers spoken (onset in the residual after its second)\n";
    int numbers = 0;
    int numbersMissing = 0;
    std::vector<double> numberOffsets;
    QStringList missingNumbers;
    for (const LoggedCue& logged : cues) {
        if ((logged.cue.kind != CueKind::Countdown &&
             logged.cue.kind != CueKind::HoldLastSeconds) ||
            logged.words.isEmpty())
            continue;
        ++numbers;
        const double when = inRecording(logged.cue.when);
        const std::optional<double> onset = spokenOnset(when - 0.3, when + 0.7);
        text << QString::number(inSession(when), 'f', 3).rightJustified(8) << "  "
             << QString::fromLatin1(cueKindName(logged.cue.kind)).leftJustified(16) << " \""
             << logged.words << "\" ";
        if (onset) {
            numberOffsets.push_back((*onset - when) * 1000.0);
            text << QString::number(numberOffsets.back(), 'f', 1) << " ms\n";
        } else {
            ++numbersMissing;
            missingNumbers << u"\"%1\" at %2 s (%3)"_s.arg(logged.words)
                                  .arg(inSession(when), 0, 'f', 3)
                                  .arg(QString::fromLatin1(cueKindName(logged.cue.kind)));
            text << "NOT SPOKEN\n";
        }
    }

    // Timing against the second: ticks and spoken numbers within +-25 ms.
    const auto within = [](const std::vector<double>& offsets) {
        return std::count_if(offsets.begin(), offsets.end(),
                             [](double ms) { return std::abs(ms) <= 25.0; });
    };
    const auto range = [](std::vector<double> offsets) {
        if (offsets.empty())
            return u"none"_s;
        std::sort(offsets.begin(), offsets.end());
        return u"median %1 ms, %2..%3 ms"_s.arg(offsets[offsets.size() / 2], 0, 'f', 1)
            .arg(offsets.front(), 0, 'f', 1)
            .arg(offsets.back(), 0, 'f', 1);
    };
    text << "\nTiming against the second: ticks " << range(tickOffsets) << ", "
         << within(tickOffsets) << " of " << tickOffsets.size()
         << " within +-25 ms; spoken numbers " << range(numberOffsets) << ", "
         << within(numberOffsets) << " of " << numberOffsets.size() << " within +-25 ms\n";

    // The utterances: where each starts in the residual (from its say() to
    // 1.5 s after), and what rings under it.
    struct Utterance {
        QString text;
        double onset = 0; // recording seconds
    };
    std::vector<Utterance> utterances;
    for (const LoggingCueOutput::Said& words : logging.said()) {
        const double at = inRecording(words.at);
        if (const std::optional<double> onset = spokenOnset(at, at + 1.5))
            utterances.push_back({words.text, *onset});
    }
    text << "\nWords under chimes: the residual's level against the chime's over their overlap "
            "(ticks not counted)\n";
    int underChimes = 0;
    QStringList tooQuiet;
    for (const Utterance& utterance : utterances) {
        for (const cuematch::Fitted& fit : fits) {
            if (!fit.match.found)
                continue;
            const auto index = *catalogue.indexOf(fit.reference->name());
            if (isTick(allCueSounds[index]))
                continue;
            const double end =
                fit.match.seconds + cuematch::audibleSeconds(fit.reference->samples(), -40.0);
            if (utterance.onset < fit.match.seconds || utterance.onset >= end)
                continue;
            ++underChimes;
            const double words = cuematch::levelDb(rest, utterance.onset, end);
            const double chime =
                cuematch::levelDb(cuematch::rendered(fit, format.rate, utterance.onset, end));
            const QString line =
                u"\"%1\" at %2 s over %3 (%4 s of overlap): %5 dB"_s.arg(utterance.text)
                    .arg(inSession(utterance.onset), 0, 'f', 3)
                    .arg(QString::fromStdString(fit.reference->name()))
                    .arg(end - utterance.onset, 0, 'f', 2)
                    .arg(words - chime, 0, 'f', 1);
            text << "  " << line << '\n';
            if (words - chime < 10.0)
                tooQuiet << line;
        }
    }
    if (underChimes == 0)
        text << "  none starts while a chime rings\n";

    // ---- spoken words by their own waveform --------------------------------
    // flite renders a text to the same samples every time (flitesynth.cpp
    // seeds its noise), so each text the narrator was given is rendered again
    // with the same voice, rate and pitch and found in the residual by
    // cross-correlation (tests/audio/wordmatch.h). A number's onset is then
    // its rendering's first sound, an unvoiced "th" included, where the
    // residual's level above finds only the voice. A chime under words is
    // fitted on the recording minus the words, where it is no longer 9 dB
    // under everything else; the margin is the two fitted levels over their
    // overlap.
    const bool byWaveform = engine == u"flite"_s;
    std::map<QString, wordmatch::Word> renders;
    const auto wordFor = [&](const QString& words) -> const wordmatch::Word& {
        auto it = renders.find(words);
        if (it == renders.end())
            it = renders
                     .emplace(words,
                              wordmatch::fliteWord(words, format.rate, settings.voice(),
                                                   settings.speechRate(), settings.speechPitch()))
                     .first;
        return it->second;
    };
    int numbersByWaveform = 0;
    std::vector<double> waveformOffsets; // ms, a number's onset after its second
    QStringList numbersNotFound;
    text << "\nCountdown numbers by their own waveform (flite's rendering found in the "
            "residual, correlation >= "
         << wordmatch::kWordThreshold
         << "; onset: the rendering's first sound, unvoiced included), after its second\n";
    if (!byWaveform)
        text << "  not measured: the words were spoken by " << engine
             << ", whose renderings are not known here\n";
    for (const LoggedCue& logged : cues) {
        if (!byWaveform ||
            (logged.cue.kind != CueKind::Countdown &&
             logged.cue.kind != CueKind::HoldLastSeconds) ||
            logged.words.isEmpty())
            continue;
        ++numbersByWaveform;
        const double when = inRecording(logged.cue.when);
        const wordmatch::WordMatch m =
            wordmatch::findWord(wordFor(logged.words), rest, when - 0.3, when + 0.7);
        text << QString::number(inSession(when), 'f', 3).rightJustified(8) << "  "
             << QString::fromLatin1(cueKindName(logged.cue.kind)).leftJustified(16) << " \""
             << logged.words << "\" ";
        if (m.found) {
            waveformOffsets.push_back((m.onset - when) * 1000.0);
            text << QString::number(waveformOffsets.back(), 'f', 1) << " ms (correlation "
                 << QString::number(m.match.correlation, 'f', 2) << ", "
                 << QString::number(m.match.gainDb(), 'f', 1) << " dB)\n";
        } else {
            numbersNotFound << u"\"%1\" at %2 s (best correlation %3)"_s.arg(logged.words)
                                   .arg(inSession(when), 0, 'f', 3)
                                   .arg(m.match.correlation, 0, 'f', 2);
            text << "NOT FOUND (best correlation " << QString::number(m.match.correlation, 'f', 2)
                 << ")\n";
        }
    }
    if (byWaveform)
        text << "Spoken numbers by waveform: " << range(waveformOffsets) << ", "
             << within(waveformOffsets) << " of " << waveformOffsets.size() << " within +-25 ms\n";

    // Every utterance by its waveform, from its say() to 1.5 s after, and
    // every chime (not a tick) that rings while it is heard.
    text << "\nWords over chimes by their waveforms (the words fitted and taken out, the chime "
            "fitted on what is left; levels of both over their overlap)\n";
    if (!byWaveform)
        text << "  not measured: the words were spoken by " << engine << '\n';
    int wordsOverChimes = 0;
    // Chimes that the plain fit missed and the words' fit found under them.
    std::vector<std::optional<cuematch::Match>> underWords(expected.size());
    QStringList notClear;
    QStringList chimesNotFound;
    for (const LoggingCueOutput::Said& utterance : logging.said()) {
        if (!byWaveform)
            break;
        const double at = inRecording(utterance.at);
        const wordmatch::Word& word = wordFor(utterance.text);
        const wordmatch::WordMatch m = wordmatch::findWord(word, rest, at - 0.05, at + 1.5);
        if (!m.found)
            continue; // not spoken (dropped or cut off): see the timeline
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const cuematch::Reference& chime = catalogue[expected[i].sound];
            const auto index = *catalogue.indexOf(chime.name());
            if (isTick(allCueSounds[index]))
                continue;
            const double chimeFrom = expected[i].time - expected[i].before;
            const double chimeTo = expected[i].time + expected[i].after +
                                   cuematch::audibleSeconds(chime.samples(), -40.0);
            if (chimeTo <= m.onset || chimeFrom >= m.end)
                continue;
            // Every other sound found is taken out first; this one is fitted again.
            std::vector<cuematch::Fitted> others = fits;
            others.erase(others.begin() + static_cast<std::ptrdiff_t>(i));
            const wordmatch::Clearance c = wordmatch::clearance(
                word, m, chime, recording, expected[i].time, expected[i].before, expected[i].after,
                expected[i].minGain, others);
            const QString what = u"\"%1\" at %2 s over %3"_s.arg(utterance.text)
                                     .arg(inSession(m.onset), 0, 'f', 3)
                                     .arg(QString::fromStdString(chime.name()));
            if (c.chimeFound && !fits[i].match.found)
                underWords[i] = c.chime;
            if (!c.chimeFound) {
                chimesNotFound << what + u" (best correlation %1)"_s.arg(c.chime.correlation, 0,
                                                                         'f', 2);
                text << "  " << what << ": the chime NOT FOUND under the words (best correlation "
                     << QString::number(c.chime.correlation, 'f', 2) << ")\n";
                continue;
            }
            if (c.to <= c.from)
                continue; // the chime rang out before the words began
            ++wordsOverChimes;
            const QString line = what + u" (%1 s of overlap): words %2 dBFS, chime %3 dBFS: %4 dB"_s
                                            .arg(c.to - c.from, 0, 'f', 2)
                                            .arg(c.wordDb, 0, 'f', 1)
                                            .arg(c.chimeDb, 0, 'f', 1)
                                            .arg(c.marginDb(), 0, 'f', 1);
            text << "  " << line << '\n';
            if (c.marginDb() < 10.0)
                notClear << line;
        }
    }
    if (byWaveform && wordsOverChimes == 0 && chimesNotFound.isEmpty())
        text << "  no chime rings while words are heard\n";

    text << "\nCue sounds, each found by its own waveform from 30 ms before to 250 ms after "
            "its cue's time (correlation >= "
         << cuematch::kMatchThreshold
         << "; a chime under words on the recording without them, as above); offset of the "
            "sound's start, its level\n";
    struct Kind {
        int expected = 0;
        int found = 0;
    };
    std::vector<Kind> kinds(allCueSounds.size());
    for (std::size_t i = 0; i < fits.size(); ++i) {
        const LoggedCue& logged = *expectedCues[i];
        const bool plain = fits[i].match.found;
        const cuematch::Match& m = plain ? fits[i].match : underWords[i].value_or(fits[i].match);
        Kind& kind = kinds[expected[i].sound];
        ++kind.expected;
        const double when = since(logged.cue.when, origin);
        text << QString::number(when, 'f', 3).rightJustified(8) << "  "
             << QString::fromLatin1(cueKindName(logged.cue.kind)).leftJustified(16) << ' '
             << cueSoundFileName(*logged.sound).leftJustified(17);
        if (m.found) {
            ++kind.found;
            const double offset = (m.seconds - expected[i].time) * 1000.0;
            text << QString::number(offset, 'f', 1).rightJustified(7) << " ms, "
                 << QString::number(m.gainDb(), 'f', 1) << " dB (correlation "
                 << QString::number(m.correlation, 'f', 2) << (plain ? ")\n" : ", under words)\n");
        } else {
            text << "  MISSING (best correlation " << QString::number(m.correlation, 'f', 2);
            if (fits[i].soundsLike)
                text << "; sounds like " << QString::fromStdString(fits[i].soundsLike->name());
            text << ")\n";
        }
    }
    int soundsExpected = 0;
    int soundsFound = 0;
    text << "\nCue sounds per kind: expected / found / missing\n";
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        if (kinds[k].expected == 0)
            continue;
        soundsExpected += kinds[k].expected;
        soundsFound += kinds[k].found;
        text << "  " << cueSoundFileName(allCueSounds[k]).leftJustified(17) << ' '
             << kinds[k].expected << " / " << kinds[k].found << " / "
             << kinds[k].expected - kinds[k].found << '\n';
    }
    const QString soundsLine =
        u"cue sounds: %1 expected, %2 found, %3 missing"_s.arg(soundsExpected)
            .arg(soundsFound)
            .arg(soundsExpected - soundsFound);
    text << soundsLine << '\n';

    // The pause before each "Get ready": quiet in the residual from the end
    // of what was said before to the onset of the words.
    text << "\nThe pause before each \"Get ready\" (quiet in the residual before its onset)\n";
    std::vector<double> pauses;
    for (const LoggedCue& logged : cues) {
        if (logged.cue.kind != CueKind::GetReady || logged.words.isEmpty())
            continue;
        const auto it = std::find_if(utterances.begin(), utterances.end(), [&](const Utterance& u) {
            return u.text == logged.words && std::abs(u.onset - inRecording(logged.emitted)) < 2.0;
        });
        if (it == utterances.end()) {
            text << QString::number(since(logged.cue.when, origin), 'f', 3).rightJustified(8)
                 << "  \"" << logged.words << "\" NOT SPOKEN\n";
            continue;
        }
        pauses.push_back(cuematch::silenceBefore(rest, it->onset, 10.0));
        text << QString::number(inSession(it->onset), 'f', 3).rightJustified(8) << "  \""
             << logged.words << "\" after " << QString::number(pauses.back(), 'f', 3)
             << " s of quiet\n";
    }

    text << "\nSummary\n";
    const auto count = [](const auto& items, const auto& predicate) {
        return std::count_if(items.begin(), items.end(), predicate);
    };
    text << "  " << soundsLine << '\n';
    text << "  " << recorderLine << '\n';
    text << "  countdown numbers: " << numbers << " expected, " << numbers - numbersMissing
         << " spoken, " << numbersMissing << " not spoken" << '\n';
    for (const QString& missing : missingNumbers)
        text << "    not spoken: " << missing << '\n';
    text << "  on the second (+-25 ms): ticks " << within(tickOffsets) << " of "
         << tickOffsets.size() << ", spoken numbers " << within(numberOffsets) << " of "
         << numberOffsets.size() << '\n';
    text << "  words under chimes: " << underChimes << ", below 10 dB clear: " << tooQuiet.size()
         << '\n';
    for (const QString& line : tooQuiet)
        text << "    " << line << '\n';
    if (byWaveform) {
        text << "  spoken numbers by waveform: " << numbersByWaveform << " expected, "
             << waveformOffsets.size() << " found, " << numbersNotFound.size()
             << " not found; onset after the second " << range(waveformOffsets) << ", "
             << within(waveformOffsets) << " of " << waveformOffsets.size() << " within +-25 ms\n";
        for (const QString& missing : numbersNotFound)
            text << "    not found: " << missing << '\n';
        text << "  words over chimes by waveform: " << wordsOverChimes
             << ", below 10 dB clear: " << notClear.size()
             << "; chimes not found under words: " << chimesNotFound.size() << '\n';
        for (const QString& line : notClear)
            text << "    " << line << '\n';
        for (const QString& line : chimesNotFound)
            text << "    chime not found: " << line << '\n';
    } else {
        text << "  words by waveform: not measured (" << engine << ")\n";
    }
    text << "  pauses before \"Get ready\": " << pauses.size();
    if (!pauses.empty())
        text << ", shortest "
             << QString::number(*std::min_element(pauses.begin(), pauses.end()), 'f', 3) << " s";
    text << '\n';
    text << "  cues: " << cues.size() << "; shown but never sent to the audio: " << neverSent
         << '\n';
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
