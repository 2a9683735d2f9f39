#include "session/sessionengine.h"

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <utility>

namespace limber {

namespace {

using std::chrono::seconds;

int wholeSeconds(Duration d) {
    return static_cast<int>(std::chrono::duration_cast<seconds>(d).count());
}

std::size_t at(int i) {
    return static_cast<std::size_t>(i);
}

SessionSettings sanitized(SessionSettings s) {
    const Duration tiny = std::chrono::milliseconds(1);
    s.getReady = std::max(s.getReady, Duration{0});
    s.breathPace = std::max(s.breathPace, tiny);
    s.narrationLimit = std::max(s.narrationLimit, Duration{0});
    return s;
}

} // namespace

SessionEngine::SessionEngine(const Routine& routine, SessionSettings settings, Choices choices)
    : m_settings(sanitized(settings))
    , m_choices(std::move(choices))
    , m_plan(routine, m_settings, m_choices) {
    for (const auto& exercise : m_plan.exercises())
        m_lastCycle.emplace_back(exercise.blocks.size(), 0);
}

// ---- the clock ------------------------------------------------------------

// A count-in runs while the session stands paused; when it ends, the
// session goes on from its end.
TimePoint SessionEngine::catchUp(TimePoint now) {
    if (m_countIn) {
        CountIn& countIn = *m_countIn;
        while (countIn.next < countIn.cues.size() && countIn.cues[countIn.next].cue.when <= now)
            deliver(countIn.cues[countIn.next++], now);
        if (countIn.end > now)
            return *m_pausedAt;
        const TimePoint end = countIn.end;
        m_countIn.reset();
        m_countedIn = end;
        unfreeze(end);
    }
    if (m_pausedAt)
        return *m_pausedAt;
    process(now);
    return now;
}

// A control that moves the session on (next, previous, restart, done, a
// tapped rep) during a count-in: the person is back, so the count-in ends
// now and the session goes on from now, as after resume(); the control
// then acts on a running session.
TimePoint SessionEngine::catchUpRunning(TimePoint now) {
    const TimePoint t = catchUp(now);
    if (!m_countIn)
        return t;
    m_countIn.reset();
    m_countedIn = now;
    unfreeze(now);
    process(now);
    return now;
}

void SessionEngine::deliver(const Scheduled& due, TimePoint now) {
    if (!(due.rhythm && now - due.cue.when > kStaleCue))
        m_out.push_back(due.cue);
}

void SessionEngine::unfreeze(TimePoint at) {
    const Duration shift = at - *m_pausedAt;
    m_pausedAt.reset();
    m_phaseStart += shift;
    for (auto& scheduled : m_schedule)
        scheduled.cue.when += shift;
}

// Runs every scheduled cue and phase end due by `now`, in time order. A cue
// due exactly at a phase end comes before the end. Rhythm cues more than
// kStaleCue late are skipped (the late-tick rule in the header).
void SessionEngine::process(TimePoint now) {
    while (m_timed) {
        const TimePoint end = m_phaseStart + m_phaseLength;
        if (m_nextCue < m_schedule.size() && m_schedule[m_nextCue].cue.when <= end) {
            const Scheduled& due = m_schedule[m_nextCue];
            if (due.cue.when > now)
                return;
            ++m_nextCue;
            deliver(due, now);
            continue;
        }
        if (end > now)
            return;
        endPhase(end);
    }
}

void SessionEngine::endPhase(TimePoint t) {
    switch (m_stage) {
    case Stage::Narration:
        startCountdownOrActive(t);
        return;
    case Stage::GetReady:
        startActive(t);
        return;
    case Stage::Active:
        switch (currentStep().kind) {
        case StepKind::Hold:
            emit(CueKind::HoldEnded, t);
            break;
        case StepKind::Breaths:
            emit(CueKind::BreathsEnded, t);
            break;
        case StepKind::PacedReps:
            emit(CueKind::RepsEnded, t, currentStep().count);
            break;
        case StepKind::Read:
        case StepKind::TappedReps:
            break;
        }
        stepFinished(t, true);
        return;
    case Stage::Rest:
        enterStep(Position{m_pos.exercise + 1, 0, 0, 0, 0}, Level::Exercise, t);
        return;
    case Stage::NotStarted:
    case Stage::Waiting:
    case Stage::ChooseAgain:
    case Stage::Finished:
        break;
    }
    m_timed = false; // untimed stages have no end
}

// ---- phases ---------------------------------------------------------------

// A new phase ends a count-in (the session it counted in to has moved).
void SessionEngine::setTimed(Stage stage, TimePoint start, Duration length) {
    m_countIn.reset();
    m_stage = stage;
    m_phaseStart = start;
    m_phaseLength = length;
    m_timed = true;
    m_schedule.clear();
    m_nextCue = 0;
}

void SessionEngine::setUntimed(Stage stage, TimePoint start) {
    setTimed(stage, start, Duration{0});
    m_timed = false;
}

void SessionEngine::emit(CueKind kind, TimePoint when, int value, int of) {
    Cue cue;
    cue.kind = kind;
    cue.when = when;
    cue.value = value;
    cue.of = of;
    cue.sound = soundFor(kind);
    if (m_stage != Stage::NotStarted && m_pos.exercise < m_plan.exerciseCount())
        cue.exercise = currentExercise().exercise;
    m_out.push_back(cue);
}

SessionEngine::Events SessionEngine::take() {
    Events out;
    out.swap(m_out);
    return out;
}

// Announces the levels entered (exercise, side, cycle, step) and starts the
// step's first phase:
//   read step     -> Waiting for next()
//   tapped reps   -> Active (untimed), taps count
//   timed step    -> [Narration] -> [GetReady] -> Active (timed)
void SessionEngine::enterStep(Position pos, Level level, TimePoint t) {
    if (m_stage == Stage::NotStarted)
        m_stage = Stage::Waiting; // so emit() attaches the exercise
    m_resumeLeft = std::exchange(m_restoring, std::nullopt);
    m_pos = pos;
    m_lastCycle[at(pos.exercise)][at(pos.block)] = pos.cycle;
    const ExercisePlan& exercise = currentExercise();
    const BlockPlan& block = currentBlock();
    const StepPlan& step = currentStep();
    const Exercise& model = *exercise.exercise;

    if (level == Level::Exercise)
        emit(CueKind::ExerciseStarted, t, pos.exercise, m_plan.exerciseCount());
    if (level <= Level::Side && !model.sides.empty()) {
        emit(level == Level::Exercise ? CueKind::SideStarted : CueKind::SwitchSides, t, pos.side,
             exercise.sideCount);
        m_out.back().side = model.sides[at(pos.side)];
    }
    if (level <= Level::Cycle && block.repeat)
        emit(CueKind::CycleStarted, t, pos.cycle + 1, block.asNeeded ? 0 : block.cycleMax);
    emit(CueKind::StepStarted, t, step.index, exercise.stepCount);
    m_out.back().text = &step.step->spoken();
    m_out.back().waits = !step.timed() && step.kind != StepKind::TappedReps;

    m_reps = 0;
    if (step.timed() && m_resumeLeft && *m_resumeLeft <= Duration{0}) {
        // Restored after its timer ran out: it waits for next(), as it did.
        m_resumeLeft.reset();
        setUntimed(Stage::Waiting, t);
    } else if (step.timed()) {
        if (m_settings.waitForNarration)
            setTimed(Stage::Narration, t, m_settings.narrationLimit);
        else
            startCountdownOrActive(t);
    } else if (step.kind == StepKind::TappedReps) {
        setUntimed(Stage::Active, t);
    } else {
        setUntimed(Stage::Waiting, t);
    }
}

// Get-ready of G seconds after a lead-in L from t: GetReady(G) at t, then
// Countdown(n) at t + L + G - n s for n = 3, 2, 1 (those within G), then the
// active phase at t + L + G. With L = 1 s and G = 3 s: "Get ready" at 0 s,
// "3" at 1 s, "2" at 2 s, "1" at 3 s, the hold at 4 s.
void SessionEngine::startCountdownOrActive(TimePoint t) {
    const Duration getReady = m_settings.getReady;
    if (getReady <= Duration{0}) {
        startActive(t);
        return;
    }
    setTimed(Stage::GetReady, t, getReadyLength());
    emit(CueKind::GetReady, t, wholeSeconds(getReady));
    m_schedule = countdown(t);
}

std::vector<SessionEngine::Scheduled> SessionEngine::countdown(TimePoint t) const {
    const Duration length = getReadyLength();
    std::vector<Scheduled> cues;
    for (int n = 3; n >= 1; --n) {
        if (seconds(n) > m_settings.getReady)
            continue;
        Cue cue{CueKind::Countdown, t + length - seconds(n), n, 0, soundFor(CueKind::Countdown)};
        cue.exercise = currentExercise().exercise;
        cues.push_back({cue, true});
    }
    return cues;
}

// A restored step (m_resumeLeft) runs for the time it had left: its phase
// is placed as if it had started that much earlier, so its cues before `t`
// are behind it. Breaths and paced reps go back to the start of the breath or
// rep they were in. Worked example: hold 30 s with 12 s left, entered at t:
// the phase starts at t - 18 s and ends at t + 12 s; no HoldHalfway.
void SessionEngine::startActive(TimePoint t) {
    const StepPlan& step = currentStep();
    Duration length = step.active;
    Duration done{};
    if (m_resumeLeft) {
        const Duration left = std::max(Duration{0}, *m_resumeLeft);
        m_resumeLeft.reset();
        length = std::max(step.active, left); // a hold made longer stays longer
        done = length - left;
        Duration unit{};
        if (step.kind == StepKind::Breaths)
            unit = m_settings.breathPace;
        else if (step.kind == StepKind::PacedReps)
            unit = step.tempo;
        if (unit > Duration{0})
            done = unit * (done / unit);
    }
    setTimed(Stage::Active, t - done, length);
    if (step.kind == StepKind::Hold)
        emit(CueKind::HoldStarted, t, step.count);
    else if (step.kind == StepKind::PacedReps)
        emit(CueKind::RepsStarted, t, step.countMin, step.count);
    buildActiveSchedule(t);
}

// (Re)builds the cues of the running active phase from its start and
// length, keeping only those after `after` (the ones before were delivered).
//   hold L:      HoldHalfway at start + L/2 (L >= 20 s), HoldLastSeconds(n)
//                at start + L - n s for n = 3, 2, 1 (after the start)
//   breaths N:   BreathIn(i) at start + (i-1) * pace, BreathOut(i) half a
//                pace later
//   paced reps:  RepCounted(n) at start + n * tempo
void SessionEngine::buildActiveSchedule(TimePoint after) {
    const StepPlan& step = currentStep();
    const TimePoint start = m_phaseStart;
    const TimePoint end = m_phaseStart + m_phaseLength;
    m_schedule.clear();
    m_nextCue = 0;
    auto add = [&](CueKind kind, TimePoint when, int value, int of, bool rhythm) {
        Cue cue{kind, when, value, of, soundFor(kind)};
        cue.exercise = currentExercise().exercise;
        m_schedule.push_back({cue, rhythm});
    };
    switch (step.kind) {
    case StepKind::Hold:
        if (m_phaseLength >= kHalfwayFrom)
            add(CueKind::HoldHalfway, start + m_phaseLength / 2, wholeSeconds(m_phaseLength / 2), 0,
                false);
        for (int n = 3; n >= 1; --n) {
            if (seconds(n) < m_phaseLength)
                add(CueKind::HoldLastSeconds, end - seconds(n), n, 0, true);
        }
        break;
    case StepKind::Breaths: {
        const Duration pace = m_settings.breathPace;
        for (int i = 0; i < step.count; ++i) {
            add(CueKind::BreathIn, start + pace * i, i + 1, step.count, true);
            add(CueKind::BreathOut, start + pace * i + pace / 2, i + 1, step.count, true);
        }
        break;
    }
    case StepKind::PacedReps:
        for (int n = 1; n <= step.count; ++n)
            add(CueKind::RepCounted, start + step.tempo * n, n, step.count, true);
        break;
    case StepKind::Read:
    case StepKind::TappedReps:
        break;
    }
    while (m_nextCue < m_schedule.size() && m_schedule[m_nextCue].cue.when < after)
        ++m_nextCue;
}

void SessionEngine::stepFinished(TimePoint t, bool byTimer) {
    if (byTimer && !m_settings.autoAdvance) {
        setUntimed(Stage::Waiting, t);
        return;
    }
    goForward(t);
}

// The end of a rest R is announced as the end of a hold is:
//   RestEnding(6) at start + R - 6 s (R >= 10 s), naming the next exercise,
//   RestLastSeconds(n) at start + R - n s for n = 3, 2, 1 (within R).
void SessionEngine::buildRestSchedule() {
    const TimePoint end = m_phaseStart + m_phaseLength;
    const Exercise* next = m_plan.exercise(m_pos.exercise + 1).exercise;
    auto add = [&](CueKind kind, TimePoint when, int value, bool rhythm) {
        Cue cue{kind, when, value, 0, soundFor(kind)};
        cue.exercise = next;
        m_schedule.push_back({cue, rhythm});
    };
    if (m_phaseLength >= kRestEndingFrom)
        add(CueKind::RestEnding, end - kRestEndingBefore, wholeSeconds(kRestEndingBefore), false);
    for (int n = 3; n >= 1; --n) {
        if (seconds(n) < m_phaseLength)
            add(CueKind::RestLastSeconds, end - seconds(n), n, true);
    }
}

Duration SessionEngine::getReadyLength() const {
    return std::max(Duration{0}, m_settings.getReadyLeadIn) + m_settings.getReady;
}

// ---- moving through the routine ------------------------------------------

void SessionEngine::goForward(TimePoint t) {
    const BlockPlan& block = currentBlock();
    Position pos = m_pos;
    if (pos.step + 1 < static_cast<int>(block.steps.size())) {
        ++pos.step;
        enterStep(pos, Level::Step, t);
        return;
    }
    if (block.repeat) {
        if (block.asNeeded) {
            setUntimed(Stage::ChooseAgain, t);
            emit(CueKind::ChooseAgain, t, pos.cycle + 1);
            return;
        }
        if (pos.cycle + 1 < block.cycleMax) {
            ++pos.cycle;
            pos.step = 0;
            enterStep(pos, Level::Cycle, t);
            return;
        }
    }
    leaveBlock(t);
}

void SessionEngine::leaveBlock(TimePoint t) {
    const ExercisePlan& exercise = currentExercise();
    Position pos = m_pos;
    if (pos.block + 1 < static_cast<int>(exercise.blocks.size())) {
        enterStep(Position{pos.exercise, pos.side, pos.block + 1, 0, 0}, Level::Cycle, t);
        return;
    }
    if (pos.side + 1 < exercise.sideCount) {
        enterStep(Position{pos.exercise, pos.side + 1, 0, 0, 0}, Level::Side, t);
        return;
    }
    leaveExercise(t);
}

// After an exercise: its rest (RestStarted, NextUp), or the next exercise,
// or the end of the routine.
void SessionEngine::leaveExercise(TimePoint t) {
    const ExercisePlan& exercise = currentExercise();
    if (m_pos.exercise + 1 >= m_plan.exerciseCount()) {
        setUntimed(Stage::Finished, t);
        emit(CueKind::RoutineComplete, t);
        return;
    }
    if (exercise.rest > Duration{0}) {
        setTimed(Stage::Rest, t, exercise.rest);
        emit(CueKind::RestStarted, t, wholeSeconds(exercise.rest));
        emit(CueKind::NextUp, t, m_pos.exercise + 1, m_plan.exerciseCount());
        m_out.back().exercise = m_plan.exercise(m_pos.exercise + 1).exercise;
        buildRestSchedule();
        return;
    }
    enterStep(Position{m_pos.exercise + 1, 0, 0, 0, 0}, Level::Exercise, t);
}

// ---- controls -------------------------------------------------------------

SessionEngine::Events SessionEngine::start(TimePoint now) {
    if (m_stage != Stage::NotStarted)
        return update(now);
    if (m_plan.exerciseCount() == 0) {
        setUntimed(Stage::Finished, now);
        emit(CueKind::RoutineComplete, now);
        return take();
    }
    enterStep(Position{}, Level::Exercise, now);
    process(now);
    return take();
}

// The levels are announced as at the start of an exercise (its name, the
// side, the cycle, the step), then the step runs with the time it had left.
SessionEngine::Events SessionEngine::restore(TimePoint now, const SessionPosition& saved) {
    if (m_stage != Stage::NotStarted)
        return update(now);
    if (!fits(saved))
        return start(now);
    const Position pos{saved.exercise, saved.side, saved.block, saved.cycle, saved.step};
    // The blocks before this one were run through (previous() goes back
    // into their last cycle).
    for (int b = 0; b < saved.block; ++b) {
        const BlockPlan& block = m_plan.block(saved.exercise, b);
        m_lastCycle[at(saved.exercise)][at(b)] = block.asNeeded ? 0 : block.cycleMax - 1;
    }
    switch (saved.phase) {
    case SessionPosition::Phase::Step: {
        m_restoring = saved.remaining;
        enterStep(pos, Level::Exercise, now);
        if (m_stage == Stage::Active && currentStep().kind == StepKind::TappedReps)
            m_reps = std::clamp(saved.reps, 0, std::max(0, currentStep().count - 1));
        break;
    }
    case SessionPosition::Phase::ChooseAgain:
        m_stage = Stage::Waiting; // so emit() attaches the exercise
        m_pos = pos;
        m_lastCycle[at(pos.exercise)][at(pos.block)] = pos.cycle;
        setUntimed(Stage::ChooseAgain, now);
        emit(CueKind::ChooseAgain, now, pos.cycle + 1);
        break;
    case SessionPosition::Phase::Rest: {
        m_stage = Stage::Waiting;
        m_pos = pos;
        const Duration rest = currentExercise().rest;
        const Duration left = std::clamp(saved.remaining.value_or(rest), Duration{0}, rest);
        setTimed(Stage::Rest, now - (rest - left), rest);
        emit(CueKind::RestStarted, now, wholeSeconds(left));
        emit(CueKind::NextUp, now, m_pos.exercise + 1, m_plan.exerciseCount());
        m_out.back().exercise = m_plan.exercise(m_pos.exercise + 1).exercise;
        buildRestSchedule();
        while (m_nextCue < m_schedule.size() && m_schedule[m_nextCue].cue.when < now)
            ++m_nextCue;
        break;
    }
    }
    process(now);
    return take();
}

bool SessionEngine::fits(const SessionPosition& saved) const {
    const auto within = [](int i, std::size_t size) {
        return i >= 0 && static_cast<std::size_t>(i) < size;
    };
    if (!within(saved.exercise, m_plan.exercises().size()))
        return false;
    const ExercisePlan& exercise = m_plan.exercise(saved.exercise);
    if (saved.side < 0 || saved.side >= exercise.sideCount ||
        !within(saved.block, exercise.blocks.size()))
        return false;
    const BlockPlan& block = m_plan.block(saved.exercise, saved.block);
    if (!within(saved.step, block.steps.size()) || saved.cycle < 0 || saved.reps < 0)
        return false;
    if (!block.asNeeded && saved.cycle >= (block.repeat ? block.cycleMax : 1))
        return false;
    if (saved.remaining && *saved.remaining < Duration{0})
        return false;
    switch (saved.phase) {
    case SessionPosition::Phase::Step:
        return true;
    case SessionPosition::Phase::ChooseAgain:
        return block.asNeeded;
    case SessionPosition::Phase::Rest:
        return saved.exercise + 1 < m_plan.exerciseCount() && exercise.rest > Duration{0};
    }
    return false;
}

std::optional<SessionPosition> SessionEngine::position(TimePoint now) const {
    if (m_stage == Stage::NotStarted || m_stage == Stage::Finished)
        return std::nullopt;
    const TimePoint t = m_pausedAt ? *m_pausedAt : now;
    SessionPosition saved;
    saved.exercise = m_pos.exercise;
    saved.side = m_pos.side;
    saved.block = m_pos.block;
    saved.cycle = m_pos.cycle;
    saved.step = m_pos.step;
    const Duration left = std::max(Duration{0}, m_phaseStart + m_phaseLength - t);
    switch (m_stage) {
    case Stage::Rest:
        saved.phase = SessionPosition::Phase::Rest;
        saved.remaining = left;
        break;
    case Stage::ChooseAgain:
        saved.phase = SessionPosition::Phase::ChooseAgain;
        break;
    case Stage::Active:
        if (m_timed)
            saved.remaining = left;
        else if (currentStep().kind == StepKind::TappedReps)
            saved.reps = m_reps;
        break;
    case Stage::Waiting:
        if (currentStep().timed())
            saved.remaining = Duration{0}; // its timer ran out
        break;
    case Stage::Narration:
    case Stage::GetReady:
        saved.remaining = m_resumeLeft; // a restored step still has only that left
        break;
    case Stage::NotStarted:
    case Stage::Finished:
        break;
    }
    return saved;
}

SessionEngine::Events SessionEngine::update(TimePoint now) {
    catchUp(now);
    return take();
}

SessionEngine::Events SessionEngine::pause(TimePoint now) {
    const TimePoint t = catchUp(now);
    if (m_countIn)
        m_countIn.reset(); // paused as it was before the count-in
    else if (m_stage != Stage::NotStarted && m_stage != Stage::Finished)
        m_pausedAt = t;
    return take();
}

// Everything still ahead moves by exactly the time spent paused (a count-in
// under way ends now).
SessionEngine::Events SessionEngine::resume(TimePoint now) {
    if (!m_pausedAt)
        return update(now);
    catchUp(now);
    if (m_pausedAt) {
        m_countIn.reset();
        unfreeze(now);
        process(now);
    }
    return take();
}

// A get-ready's cues from `now` (GetReady, then the Countdown after the
// lead-in) while the session stays paused; catchUp() goes on at its end.
SessionEngine::Events SessionEngine::rejoin(TimePoint now) {
    if (m_countIn)
        return update(now);
    if (!m_pausedAt || m_stage != Stage::Active || !m_timed || m_settings.getReady <= Duration{0})
        return resume(now);
    emit(CueKind::GetReady, now, wholeSeconds(m_settings.getReady));
    m_countIn = CountIn{now + getReadyLength(), countdown(now)};
    catchUp(now);
    return take();
}

SessionEngine::Events SessionEngine::next(TimePoint now) {
    const TimePoint t = catchUpRunning(now);
    switch (m_stage) {
    case Stage::NotStarted:
    case Stage::Finished:
        break;
    case Stage::Rest:
        enterStep(Position{m_pos.exercise + 1, 0, 0, 0, 0}, Level::Exercise, t);
        break;
    case Stage::ChooseAgain:
        leaveBlock(t);
        break;
    case Stage::Narration:
    case Stage::GetReady:
    case Stage::Active:
    case Stage::Waiting:
        goForward(t);
        break;
    }
    process(t);
    return take();
}

SessionEngine::Events SessionEngine::previous(TimePoint now) {
    const TimePoint t = catchUpRunning(now);
    if (m_stage == Stage::NotStarted || m_stage == Stage::Finished)
        return take();
    Position pos = m_pos;
    Level level = Level::Step;
    auto lastOfBlock = [&] {
        pos.cycle = m_lastCycle[at(pos.exercise)][at(pos.block)];
        pos.step = static_cast<int>(m_plan.block(pos.exercise, pos.block).steps.size()) - 1;
    };
    auto lastOfSide = [&] {
        pos.block = static_cast<int>(m_plan.exercise(pos.exercise).blocks.size()) - 1;
        lastOfBlock();
    };
    if (m_stage == Stage::Rest) {
        level = Level::Exercise; // back into the exercise just done, at its last step
    } else if (m_stage == Stage::ChooseAgain) {
        level = Level::Step; // back into the cycle just done
    } else if (pos.step > 0) {
        --pos.step;
    } else if (currentBlock().repeat && pos.cycle > 0) {
        --pos.cycle;
        pos.step = static_cast<int>(currentBlock().steps.size()) - 1;
        level = Level::Cycle;
    } else if (pos.block > 0) {
        --pos.block;
        lastOfBlock();
        level = Level::Cycle;
    } else if (pos.side > 0) {
        --pos.side;
        lastOfSide();
        level = Level::Side;
    } else if (pos.exercise > 0) {
        --pos.exercise;
        pos.side = m_plan.exercise(pos.exercise).sideCount - 1;
        lastOfSide();
        level = Level::Exercise;
    } // else: the very first step starts over
    enterStep(pos, level, t);
    process(t);
    return take();
}

SessionEngine::Events SessionEngine::restartExercise(TimePoint now) {
    const TimePoint t = catchUpRunning(now);
    if (m_stage != Stage::NotStarted && m_stage != Stage::Finished) {
        enterStep(Position{m_pos.exercise, 0, 0, 0, 0}, Level::Exercise, t);
        process(t);
    }
    return take();
}

SessionEngine::Events SessionEngine::finish(TimePoint now) {
    const TimePoint t = catchUp(now);
    if (m_stage != Stage::Finished) {
        const bool wasStarted = m_stage != Stage::NotStarted;
        setUntimed(Stage::Finished, t);
        m_pausedAt.reset();
        if (wasStarted)
            emit(CueKind::FinishedEarly, t);
    }
    return take();
}

SessionEngine::Events SessionEngine::holdLonger(TimePoint now, Duration extra) {
    const TimePoint t = catchUp(now);
    if (!m_countIn && m_stage == Stage::Active && currentStep().kind == StepKind::Hold &&
        extra > Duration{0}) {
        m_phaseLength += extra;
        buildActiveSchedule(t + Duration{1});
    }
    return take();
}

SessionEngine::Events SessionEngine::skipRest(TimePoint now) {
    const TimePoint t = catchUp(now);
    if (m_stage == Stage::Rest) {
        enterStep(Position{m_pos.exercise + 1, 0, 0, 0, 0}, Level::Exercise, t);
        process(t);
    }
    return take();
}

SessionEngine::Events SessionEngine::tapRep(TimePoint now) {
    const TimePoint t = catchUpRunning(now);
    if (m_stage == Stage::Active && currentStep().kind == StepKind::TappedReps) {
        const int target = currentStep().count;
        ++m_reps;
        emit(CueKind::RepCounted, t, m_reps, target);
        if (m_reps >= target) { // automatic at max
            emit(CueKind::RepsEnded, t, m_reps);
            goForward(t);
            process(t);
        }
    }
    return take();
}

SessionEngine::Events SessionEngine::again(TimePoint now) {
    const TimePoint t = catchUpRunning(now);
    if (m_stage == Stage::ChooseAgain) {
        enterStep(Position{m_pos.exercise, m_pos.side, m_pos.block, m_pos.cycle + 1, 0},
                  Level::Cycle, t);
        process(t);
    }
    return take();
}

SessionEngine::Events SessionEngine::done(TimePoint now) {
    const TimePoint t = catchUpRunning(now);
    if (!canFinish(t))
        return take();
    if (m_stage == Stage::ChooseAgain) {
        leaveBlock(t);
    } else if (m_stage == Stage::Active && currentStep().kind == StepKind::TappedReps) {
        emit(CueKind::RepsEnded, t, m_reps);
        goForward(t);
    } else if (m_stage == Stage::Active && currentStep().kind == StepKind::PacedReps) {
        emit(CueKind::RepsEnded, t, pacedRepsAt(t));
        goForward(t);
    } else {
        leaveBlock(t); // a ranged repeat with min cycles done
    }
    process(t);
    return take();
}

SessionEngine::Events SessionEngine::choose(TimePoint now, int value) {
    const TimePoint t = catchUp(now);
    if (m_stage == Stage::NotStarted || m_stage == Stage::Finished || m_stage == Stage::Rest ||
        m_stage == Stage::ChooseAgain)
        return take();
    const StepPlan& step = currentStep();
    if (!step.ranged || (step.kind != StepKind::Hold && step.kind != StepKind::Breaths))
        return take();
    const int used = m_plan.choose(m_pos.exercise, m_pos.block, m_pos.step, value);
    m_choices[ChoiceKey{currentExercise().exercise->id, step.index}] = used;
    if (m_stage == Stage::Active) {
        // The running phase adopts the new length, but never ends before now.
        m_phaseLength = std::max(step.active, t - m_phaseStart);
        buildActiveSchedule(t + Duration{1});
        process(t);
    }
    return take();
}

SessionEngine::Events SessionEngine::narrationFinished(TimePoint now) {
    const TimePoint t = catchUp(now);
    if (m_stage != Stage::Narration)
        return take();
    const Duration quiet = m_settings.afterNarration;
    if (quiet > Duration{0}) {
        // The narration stage ends after the quiet (never later than its
        // limit; a second call does not move the end).
        m_phaseLength = std::min(m_phaseLength, t + quiet - m_phaseStart);
        process(t);
        return take();
    }
    startCountdownOrActive(t);
    process(t);
    return take();
}

// ---- queries --------------------------------------------------------------

std::optional<TimePoint> SessionEngine::nextDeadline() const {
    if (m_countIn) {
        if (m_countIn->next < m_countIn->cues.size())
            return std::min(m_countIn->end, m_countIn->cues[m_countIn->next].cue.when);
        return m_countIn->end;
    }
    if (m_pausedAt || !m_timed)
        return std::nullopt;
    TimePoint deadline = m_phaseStart + m_phaseLength;
    if (m_nextCue < m_schedule.size())
        deadline = std::min(deadline, m_schedule[m_nextCue].cue.when);
    return deadline;
}

const ExercisePlan& SessionEngine::currentExercise() const {
    return m_plan.exercise(m_pos.exercise);
}

const BlockPlan& SessionEngine::currentBlock() const {
    return m_plan.block(m_pos.exercise, m_pos.block);
}

const StepPlan& SessionEngine::currentStep() const {
    return m_plan.step(m_pos.exercise, m_pos.block, m_pos.step);
}

int SessionEngine::pacedRepsAt(TimePoint t) const {
    const StepPlan& step = currentStep();
    if (step.tempo <= Duration{0} || t < m_phaseStart)
        return 0;
    return std::min(step.count, static_cast<int>((t - m_phaseStart) / step.tempo));
}

bool SessionEngine::canFinish(TimePoint t) const {
    switch (m_stage) {
    case Stage::ChooseAgain:
        return true;
    case Stage::Active:
        if (currentStep().kind == StepKind::TappedReps)
            return m_reps >= currentStep().countMin;
        if (currentStep().kind == StepKind::PacedReps)
            return pacedRepsAt(t) >= currentStep().countMin;
        [[fallthrough]];
    case Stage::Narration:
    case Stage::GetReady:
    case Stage::Waiting: {
        const BlockPlan& block = currentBlock();
        return block.repeat && !block.asNeeded && block.cycleMin < block.cycleMax &&
               m_pos.cycle >= block.cycleMin;
    }
    case Stage::NotStarted:
    case Stage::Rest:
    case Stage::Finished:
        break;
    }
    return false;
}

// What is left: the rest of this phase and step, of this cycle, the cycles,
// blocks and sides after it, the rest, and every later exercise, each
// estimated as estimateDuration() does.
Duration SessionEngine::remainingEstimate(TimePoint t) const {
    if (m_stage == Stage::NotStarted) {
        Duration total{};
        for (const auto& exercise : m_plan.exercises())
            total += estimateExercise(exercise, m_settings) + exercise.rest;
        return total;
    }
    if (m_stage == Stage::Finished)
        return Duration{0};
    const ExercisePlan& exercise = currentExercise();
    const Duration elapsed = t - m_phaseStart;
    const Duration phaseLeft = std::max(Duration{0}, m_phaseLength - elapsed);
    Duration total{};
    for (int e = m_pos.exercise + 1; e < m_plan.exerciseCount(); ++e)
        total += estimateExercise(m_plan.exercise(e), m_settings) + m_plan.exercise(e).rest;
    if (m_stage == Stage::Rest)
        return total + phaseLeft;
    total += exercise.rest;

    Duration perSide{};
    for (const auto& block : exercise.blocks)
        perSide += estimateBlock(block, m_settings);
    total += perSide * (exercise.sideCount - m_pos.side - 1);
    for (auto b = at(m_pos.block) + 1; b < exercise.blocks.size(); ++b)
        total += estimateBlock(exercise.blocks[b], m_settings);

    const BlockPlan& block = currentBlock();
    if (m_stage == Stage::ChooseAgain)
        return total;
    if (block.repeat && !block.asNeeded)
        total += estimateCycle(block, m_settings) * (block.cycleMax - m_pos.cycle - 1);
    for (auto s = at(m_pos.step) + 1; s < block.steps.size(); ++s)
        total += estimateStep(block.steps[s], m_settings);

    const StepPlan& step = currentStep();
    switch (m_stage) {
    case Stage::Narration:
        return total + getReadyLength() + step.active;
    case Stage::GetReady:
        return total + phaseLeft + step.active;
    case Stage::Active:
        if (step.kind == StepKind::TappedReps)
            return total +
                   std::max(Duration{0}, m_settings.assumedRepTime * step.countInitial - elapsed);
        return total + phaseLeft;
    case Stage::Waiting:
        if (step.kind == StepKind::Read)
            return total + std::max(Duration{0}, m_settings.assumedReadTime - elapsed);
        return total;
    case Stage::NotStarted:
    case Stage::ChooseAgain:
    case Stage::Rest:
    case Stage::Finished:
        break;
    }
    return total;
}

Progress SessionEngine::progress(TimePoint now) const {
    Progress p;
    const TimePoint t = m_pausedAt ? *m_pausedAt : now;
    p.exerciseCount = m_plan.exerciseCount();
    p.routineRemaining = remainingEstimate(t);
    switch (m_stage) {
    case Stage::NotStarted:
        p.activePhase = PhaseKind::NotStarted;
        break;
    case Stage::Narration:
        p.activePhase = PhaseKind::GetReady;
        p.waitingForNarration = true;
        break;
    case Stage::GetReady:
        p.activePhase = PhaseKind::GetReady;
        break;
    case Stage::Active:
        switch (currentStep().kind) {
        case StepKind::Hold:
            p.activePhase = PhaseKind::Hold;
            break;
        case StepKind::Breaths:
            p.activePhase = PhaseKind::Breathing;
            break;
        case StepKind::Read:
        case StepKind::TappedReps:
        case StepKind::PacedReps:
            p.activePhase = PhaseKind::Reps;
            break;
        }
        break;
    case Stage::Waiting:
        p.activePhase = PhaseKind::WaitingForNext;
        break;
    case Stage::ChooseAgain:
        p.activePhase = PhaseKind::ChooseAgain;
        break;
    case Stage::Rest:
        p.activePhase = PhaseKind::Rest;
        break;
    case Stage::Finished:
        p.activePhase = PhaseKind::Finished;
        break;
    }
    p.phase = paused() ? PhaseKind::Paused : p.activePhase;
    if (m_stage == Stage::NotStarted || m_plan.exerciseCount() == 0) {
        p.exerciseCount = m_plan.exerciseCount();
        return p;
    }
    if (m_stage == Stage::Finished)
        p.routineRemaining = Duration{0};

    const ExercisePlan& exercise = currentExercise();
    const BlockPlan& block = currentBlock();
    const StepPlan& step = currentStep();
    p.exercise = m_pos.exercise;
    p.step = step.index;
    p.stepCount = exercise.stepCount;
    p.currentExercise = exercise.exercise;
    p.currentStep = step.step;
    p.inRepeat = block.repeat;
    if (block.repeat) {
        p.asNeeded = block.asNeeded;
        p.cycle = m_pos.cycle + 1;
        p.cycleCount = block.asNeeded ? 0 : block.cycleMax;
        p.cycleMin = block.asNeeded ? 0 : block.cycleMin;
    }
    if (!exercise.exercise->sides.empty()) {
        p.sideIndex = m_pos.side;
        p.sideCount = exercise.sideCount;
        p.side = exercise.exercise->sides[at(m_pos.side)];
    }
    p.elapsed = std::max(Duration{0}, t - m_phaseStart);
    if (m_timed) {
        p.phaseLength = m_phaseLength;
        p.remaining = std::max(Duration{0}, m_phaseStart + m_phaseLength - t);
    }
    if (m_stage == Stage::GetReady) {
        // The countdown shows its own seconds; the lead-in counts as its first.
        p.phaseLength = std::min(p.phaseLength, m_settings.getReady);
        p.remaining = std::min(p.remaining, p.phaseLength);
    }
    if (m_stage == Stage::Active && step.kind == StepKind::Breaths) {
        const Duration pace = m_settings.breathPace;
        const Duration inhale = pace / 2;
        const auto index = std::min<std::int64_t>(step.count - 1, p.elapsed / pace);
        const Duration within = p.elapsed - pace * index;
        p.breath = static_cast<int>(index) + 1;
        p.breathCount = step.count;
        const bool in = within < inhale;
        p.breathPhase = in ? BreathPhase::Inhale : BreathPhase::Exhale;
        const Duration part = in ? inhale : pace - inhale;
        const Duration into = in ? within : within - inhale;
        p.breathFraction = part > Duration{0} ? std::clamp(std::chrono::duration<double>(into) /
                                                               std::chrono::duration<double>(part),
                                                           0.0, 1.0)
                                              : 1.0;
    }
    if (step.kind == StepKind::TappedReps || step.kind == StepKind::PacedReps) {
        p.repsMin = step.countMin;
        p.repsTarget = step.count;
        if (m_stage == Stage::Active)
            p.reps = step.kind == StepKind::TappedReps ? m_reps : pacedRepsAt(t);
    }
    p.canFinish = canFinish(t);
    if (m_countIn) {
        // Shown as a get-ready; the paused part under it stands still.
        const Duration left = std::max(Duration{0}, m_countIn->end - now);
        p.phase = p.activePhase = PhaseKind::GetReady;
        p.countingIn = true;
        p.elapsed = std::max(Duration{0}, getReadyLength() - left);
        p.phaseLength = m_settings.getReady;
        p.remaining = std::min(left, p.phaseLength);
        p.routineRemaining += left;
        p.breath = p.breathCount = 0;
        p.breathPhase = BreathPhase::None;
        p.breathFraction = 0.0;
    }
    return p;
}

} // namespace limber
