// Property of the reminder schedule over random working days (fixed seeds):
// looking only when nextCheck() says, and at the events the app reports
// (lock and unlock, a change of busy state, the first input while
// waitsForInput()), gives the same reminders and outcomes as looking every
// second. That is what makes waiting free.
#include "reminders_util.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <random>

namespace limber::test {
namespace {

constexpr int kDays = 25;

struct Day {
    Person person;
    std::vector<Span> locked;
    std::vector<Answer> answers; // to the n-th reminder, cycling
    bool idleSource = true;
    seconds length{};
};

Day randomDay(unsigned seed) {
    std::mt19937 rng(seed);
    const auto between = [&](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    Day day;
    day.idleSource = between(1, 100) > 20;
    day.length = hours{12}; // 07:00-19:00
    seconds t{between(0, 600)};
    while (t < day.length) {
        t += seconds{between(10, 90 * 60)}; // at work
        const seconds away{between(10, between(0, 3) == 0 ? 40 * 60 : 8 * 60)};
        if (between(1, 100) <= 15)
            day.locked.push_back({t, t + away});
        else
            day.person.idle.push_back({t, t + away});
        t += away;
    }
    for (int i = between(0, 4); i > 0; --i) {
        const seconds from{between(0, static_cast<int>(day.length.count()))};
        day.person.busy.push_back({from, from + seconds{between(10, 40 * 60)}});
    }
    for (int i = between(1, 4); i > 0; --i)
        day.answers.push_back(static_cast<Answer>(between(0, 3)));
    return day;
}

struct Result {
    std::vector<Shown> shown;
    std::vector<Schedule::Outcome> outcomes;
    int calls = 0;
};

bool lockedAt(const Day& day, seconds t) {
    return std::ranges::any_of(day.locked, [&](const Span& s) { return s.contains(t); });
}

// Calls the schedule at `t`: a lock change if there is one, else update().
void visit(Simulation& sim, const Day& day, Result& result, bool& locked) {
    sim.answer = day.answers[sim.shown.size() % day.answers.size()];
    const bool nowLocked = lockedAt(day, sim.elapsed);
    ++result.calls;
    if (nowLocked && !locked) {
        sim.handle(sim.schedule.locked(sim.clocks.now()));
    } else if (!nowLocked && locked) {
        sim.person.inputs.push_back(sim.elapsed); // unlocking is input
        sim.handle(sim.schedule.unlocked(sim.clocks.now()));
    } else if (!nowLocked) {
        const auto idle = day.idleSource ? sim.idle() : std::nullopt;
        sim.handle(sim.schedule.update(sim.clocks.now(), idle, sim.person.busyAt(sim.elapsed)));
    }
    locked = nowLocked;
}

Result everySecond(const Day& day) {
    Simulation sim(localAt(monday(), 7));
    sim.person = day.person;
    Result result;
    bool locked = false;
    for (; sim.elapsed <= day.length; sim.advance(seconds{1}))
        visit(sim, day, result, locked);
    result.shown = sim.shown;
    result.outcomes = sim.schedule.outcomes();
    return result;
}

// The next moment the app would call: nextCheck(), or an event.
std::optional<seconds> nextCall(const Simulation& sim, const Day& day) {
    std::optional<seconds> next;
    const auto consider = [&](seconds t) {
        if (t > sim.elapsed && (!next || t < *next))
            next = t;
    };
    const auto start = sim.clocks.steady - sim.elapsed;
    if (const auto check = sim.schedule.nextCheck())
        consider(ceil<seconds>(*check - start));
    for (const auto& span : day.locked) {
        consider(span.from);
        consider(span.to);
    }
    for (const auto& span : day.person.busy) {
        consider(span.from);
        consider(span.to);
    }
    if (sim.schedule.waitsForInput() && day.idleSource) {
        for (const auto& span : day.person.idle) {
            if (span.contains(sim.elapsed))
                consider(span.to); // the idle source's "resumed"
        }
    }
    return next;
}

Result onlyWhenAsked(const Day& day) {
    Simulation sim(localAt(monday(), 7));
    sim.person = day.person;
    Result result;
    bool locked = false;
    visit(sim, day, result, locked);
    while (true) {
        const auto next = nextCall(sim, day);
        if (!next || *next > day.length)
            break;
        sim.advance(*next - sim.elapsed);
        visit(sim, day, result, locked);
    }
    result.shown = sim.shown;
    result.outcomes = sim.schedule.outcomes();
    return result;
}

TEST(ReminderScheduleProperties, LookingOnlyAtNextCheckMissesNothing) {
    int reminders = 0;
    int sparseCalls = 0;
    for (unsigned seed = 1; seed <= kDays; ++seed) {
        SCOPED_TRACE(testing::Message() << "seed " << seed);
        const Day day = randomDay(seed);
        const Result dense = everySecond(day);
        const Result sparse = onlyWhenAsked(day);
        EXPECT_EQ(sparse.shown, dense.shown);
        EXPECT_EQ(sparse.outcomes, dense.outcomes);
        reminders += static_cast<int>(dense.shown.size());
        sparseCalls += sparse.calls;
    }
    // The property is not vacuous: reminders came, and the sparse runs looked
    // far less often than every second.
    EXPECT_GT(reminders, kDays);
    EXPECT_LT(sparseCalls, kDays * 12 * 60);
}

} // namespace
} // namespace limber::test
