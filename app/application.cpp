#include "application.h"

#include "audio/audiosession.h"
#include "common/imageloader.h"
#include "common/qtconvert.h"
#include "history/historystore.h"
#include "history/sessionrecorder.h"
#include "overview/overviewview.h"
#include "reminders/idlesources.h"
#include "reminders/notifier.h"
#include "reminders/reminders.h"
#include "session/estimate.h"
#include "session/sessionchoices.h"
#include "session/sessioncontroller.h"
#include "settings/settings.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// How the last break is remembered: routine and exercise.
QString breakKey(const Routine& routine, const std::string& exercise) {
    return toQString(routine.id) + u'/' + toQString(exercise);
}

} // namespace

Application::Application(std::vector<RoutineFolder> folders, std::unique_ptr<Settings> settings,
                         QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_folders(std::move(folders))
    , m_library(scanLibrary(m_folders))
    , m_images(std::make_unique<ImageLoader>())
    , m_audio(std::make_unique<AudioSession>(*m_settings))
    , m_reminders(std::make_unique<Reminders>(*m_settings, makeIdleSource()))
    , m_notifier(std::make_unique<Notifier>())
    , m_historyPath(HistoryStore::defaultPath())
    , m_snapshots(SnapshotStore::defaultFile()) {
    connectAudio();
    recordReminders();
}

Application::Application(std::vector<RoutineFolder> folders, std::unique_ptr<Settings> settings,
                         CueOutput& output, NowFunction now, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_folders(std::move(folders))
    , m_library(scanLibrary(m_folders))
    , m_images(std::make_unique<ImageLoader>())
    , m_now(std::move(now))
    , m_audio(std::make_unique<AudioSession>(*m_settings, output, m_now))
    , m_reminders(std::make_unique<Reminders>(*m_settings, std::make_unique<NoIdleSource>()))
    , m_notifier(std::make_unique<Notifier>())
    , m_historyPath(u":memory:"_s) {
    connectAudio();
    recordReminders();
}

void Application::recordReminders() {
    connect(m_reminders.get(), &Reminders::answered, this,
            [this](const ReminderSchedule::Outcome& outcome) {
                using Kind = ReminderSchedule::Outcome::Kind;
                using Via = ReminderSchedule::Outcome::Via;
                ReminderRecord record;
                record.answeredAt = fromLocalSeconds(outcome.localAt);
                record.shownAt = fromLocalSeconds(outcome.localAt - (outcome.at - outcome.shownAt));
                record.outcome = outcome.kind == Kind::Postponed
                                     ? ReminderRecord::Outcome::Postponed
                                 : outcome.kind == Kind::Skipped ? ReminderRecord::Outcome::Skipped
                                                                 : ReminderRecord::Outcome::Taken;
                switch (outcome.via) {
                case Via::Answer:
                    record.via = ReminderRecord::Via::Answer;
                    break;
                case Via::NaturalBreak:
                    record.via = ReminderRecord::Via::NaturalBreak;
                    break;
                case Via::Lock:
                    record.via = ReminderRecord::Via::Lock;
                    break;
                case Via::Suspend:
                    record.via = ReminderRecord::Via::Suspend;
                    break;
                }
                record.activeSeconds = static_cast<int>(outcome.active.count());
                history().recordReminder(record);
            });
}

void Application::connectAudio() {
    connect(m_audio.get(), &AudioSession::notice, this, &Application::notice);
    connect(m_audio.get(), &AudioSession::changed, this, [this] {
        releaseNarrationWait();
        if (m_session)
            m_session->setLookahead(m_audio->lead());
    });
    connect(m_audio.get(), &AudioSession::speechFinished, this, &Application::releaseNarrationWait);
}

void Application::startAudio() {
    m_audio->start();
}

Application::~Application() {
    // The session refers to a routine of the library and to the settings;
    // a session left running is recorded as stopped.
    stopSession();
}

HistoryStore& Application::history() {
    if (!m_history) {
        m_history = std::make_unique<HistoryStore>(m_historyPath);
        connect(m_history.get(), &HistoryStore::notice, this, &Application::historyNotice);
    }
    return *m_history;
}

void Application::setHistoryPath(const QString& path) {
    m_historyPath = path;
    m_history.reset();
}

QDateTime Application::wallNow() const {
    return m_wallClock ? m_wallClock() : QDateTime::currentDateTime();
}

void Application::recordSession() {
    if (!m_session || !m_recorder || m_sessionRecorded || !m_session->engine().started())
        return;
    m_sessionRecorded = true;
    const SessionSummary summary = m_session->summary();
    SessionRecord record;
    record.routineId = toQString(m_session->routine().id);
    record.routineHash = toQString(m_session->routine().contentHash);
    record.startedAt = m_sessionStartedAt;
    record.endedAt = wallNow();
    record.completed = summary.completed;
    record.fromReminder = m_sessionFromReminder;
    record.activeSeconds = static_cast<int>(summary.time.count());
    record.exercises = m_recorder->exercises(true);
    if (const auto id = history().recordSession(record, m_sessionCheckIns)) {
        m_lastRecorded = *id;
        Q_EMIT sessionRecorded(*id);
    }
}

QString Application::userFolder() const {
    return m_folders.empty() ? QString() : toQString(m_folders.back().path);
}

void Application::changeLibrary(const std::function<void()>& change) {
    stopSession();
    Q_EMIT libraryAboutToChange();
    change();
    Q_EMIT libraryChanged();
}

bool Application::reload() {
    // A session left paused (Esc) is saved and can be resumed after.
    if (m_session && !m_session->isFinished() && !m_session->isPaused())
        return false;
    changeLibrary([this] { m_library = scanLibrary(m_folders); });
    return true;
}

const LibraryEntry& Application::addRoutine(LibraryEntry entry) {
    const std::string id = entry.routine.id;
    changeLibrary([&] {
        std::erase_if(m_library.routines,
                      [&](const LibraryEntry& existing) { return existing.routine.id == id; });
        m_library.routines.push_back(std::move(entry));
    });
    return m_library.routines.back();
}

SessionSettings Application::sessionSettings() const {
    SessionSettings session = sessionSettingsFrom(*m_settings);
    if (m_audio->voiceSpeaks()) {
        // The instruction is heard before the hold begins, then a pause, then
        // "Get ready" in a second of its own before the countdown's "3".
        session.waitForNarration = true;
        session.narrationLimit = kNarrationLimit;
        session.afterNarration = std::chrono::milliseconds(700);
        session.getReadyLeadIn = std::chrono::seconds(1);
    }
    return session;
}

std::chrono::seconds Application::estimate(const Routine& routine) const {
    return std::chrono::round<std::chrono::seconds>(
        estimateDuration(routine, sessionSettings(), choicesFrom(*m_settings, routine)));
}

SessionController& Application::startSession(const Routine& routine, std::vector<qint64> checkIns,
                                             bool fromReminder) {
    SessionController& controller = makeSession(routine, choicesFrom(*m_settings, routine));
    m_sessionCheckIns = std::move(checkIns);
    m_sessionFromReminder = fromReminder;
    Q_EMIT sessionStarting(controller);
    controller.start();
    return controller;
}

SessionController& Application::resumeSession(const Routine& routine) {
    if (m_session && &m_session->routine() == &routine && m_session->engine().started() &&
        !m_session->isFinished()) {
        Q_EMIT sessionStarting(*m_session); // the window shows it again
        // A hold left mid-way counts in before it goes on.
        m_session->rejoin();
        return *m_session;
    }
    const auto snapshot = m_snapshots.load();
    if (!snapshot || resumeState(routine) != ResumeState::Offered)
        return startSession(routine);
    SessionController& controller = makeSession(routine, snapshot->choices);
    Q_EMIT sessionStarting(controller);
    controller.restore(snapshot->position);
    return controller;
}

SessionController& Application::makeSession(const Routine& routine, const Choices& choices) {
    stopSession();
    m_audio->beginSession(routine);
    m_session = std::make_unique<SessionController>(routine, *m_settings, sessionSettings(),
                                                    choices, m_now);
    m_saved.reset();
    SessionController& controller = *m_session;
    controller.setLookahead(m_audio->lead());
    connect(&controller, &SessionController::audibleCues, this,
            [this, &routine](const std::vector<Cue>& cues) {
                m_audio->announce(cues, routine);
                releaseNarrationWait();
            });
    connect(&controller, &SessionController::progressChanged, this, [this] {
        if (!m_session)
            return;
        m_audio->holdOutput(!m_session->isPaused());
        if (m_session->isPaused())
            m_audio->cancelPending();
        sessionMoved();
    });
    connect(&controller, &SessionController::finished, this, [this] {
        m_audio->holdOutput(false);
        m_snapshots.clear();
        m_saved.reset();
    });
    // The history: what this session does, recorded when it ends.
    m_recorder = std::make_unique<SessionRecorder>(routine);
    m_sessionCheckIns.clear();
    m_sessionFromReminder = false;
    m_sessionRecorded = false;
    m_lastRecorded.reset();
    m_sessionStartedAt = wallNow();
    connect(&controller, &SessionController::cues, this, [this](const std::vector<Cue>& cues) {
        for (const Cue& cue : cues)
            m_recorder->cue(cue);
    });
    connect(&controller, &SessionController::progressChanged, this,
            [this](const Progress& progress) { m_recorder->progress(progress); });
    connect(&controller, &SessionController::finished, this, [this] { recordSession(); });
    return controller;
}

Application::Break Application::nextBreak() const {
    // The exercises of every routine, in the library's order; the one after
    // the last break's comes next.
    std::vector<std::pair<const Routine*, const Exercise*>> all;
    for (const auto& entry : m_library.routines) {
        for (const auto& exercise : entry.routine.exercises)
            all.emplace_back(&entry.routine, &exercise);
    }
    if (all.empty())
        return {};
    const QString last = m_settings->lastBreak();
    const auto previous = std::find_if(all.begin(), all.end(), [&](const auto& pair) {
        return breakKey(*pair.first, pair.second->id) == last;
    });
    const auto [routine, exercise] = previous == all.end() || std::next(previous) == all.end()
                                         ? all.front()
                                         : *std::next(previous);
    const bool acknowledged =
        !OverviewView::needsAcknowledgement(*routine) ||
        m_settings->warningsAcknowledged(toQString(routine->id), toQString(routine->contentHash));
    return {routine, exercise->id, acknowledged};
}

void Application::startBreak(const Break& choice, std::vector<qint64> checkIns, bool fromReminder) {
    if (!choice.routine || !choice.mayStart)
        return;
    const auto exercise =
        std::find_if(choice.routine->exercises.begin(), choice.routine->exercises.end(),
                     [&](const Exercise& e) { return e.id == choice.exerciseId; });
    if (exercise == choice.routine->exercises.end())
        return;
    m_settings->setLastBreak(breakKey(*choice.routine, choice.exerciseId));
    m_reminders->take();
    auto single = std::make_unique<Routine>(*choice.routine);
    single->exercises = {*exercise};
    stopSession();
    m_break = std::move(single);
    startSession(*m_break, std::move(checkIns), fromReminder);
}

void Application::stopSession() {
    if (!m_session)
        return;
    saveSession();
    recordSession();
    m_audio->silence();
    m_session.reset();
    m_recorder.reset();
}

void Application::sessionMoved() {
    if (!m_session)
        return;
    const auto position = m_session->position();
    if (!position)
        return;
    Saved now{*position, position->remaining.has_value(), m_session->isPaused(), m_session->now()};
    now.where.remaining.reset();
    // A hold is saved every few seconds, so that a crash loses little of it.
    constexpr auto kSaveEvery = std::chrono::seconds(5);
    if (m_saved && *m_saved == now && (now.paused || now.when - m_saved->when < kSaveEvery))
        return;
    saveSession();
}

void Application::saveSession() {
    if (!m_session || &m_session->routine() == m_break.get())
        return;
    const auto position = m_session->position();
    if (!position)
        return;
    const Routine& routine = m_session->routine();
    SessionSnapshot snapshot;
    snapshot.routineId = toQString(routine.id);
    snapshot.contentHash = toQString(routine.contentHash);
    snapshot.routineFile = toQString(routine.file);
    snapshot.position = *position;
    snapshot.choices = m_session->engine().choices();
    snapshot.savedAt = wallNow();
    m_snapshots.save(snapshot);
    m_saved =
        Saved{*position, position->remaining.has_value(), m_session->isPaused(), m_session->now()};
    m_saved->where.remaining.reset();
}

std::optional<SessionSnapshot> Application::savedSession() const {
    return m_snapshots.load();
}

ResumeState Application::resumeState(const Routine& routine) const {
    return limber::resumeState(m_snapshots.load(), routine, wallNow());
}

QString Application::resumeText(const Routine& routine) const {
    switch (resumeState(routine)) {
    case ResumeState::Offered:
        return ResumeOffer::text(*m_snapshots.load(), routine, sessionSettings());
    case ResumeState::Changed:
        return ResumeOffer::changedText();
    case ResumeState::None:
        break;
    }
    return {};
}

void Application::setSnapshotFile(const QString& file) {
    m_snapshots = SnapshotStore(file);
}

void Application::setWallClock(WallClock clock) {
    m_wallClock = std::move(clock);
}

void Application::pauseSession() {
    if (m_session)
        m_session->pause();
    m_audio->silence();
}

void Application::releaseNarrationWait() {
    if (!m_session || !m_session->progress().waitingForNarration)
        return;
    if (!m_audio->voiceSpeaks() || !m_audio->speaking())
        QTimer::singleShot(0, m_session.get(), &SessionController::narrationFinished);
}

} // namespace limber
