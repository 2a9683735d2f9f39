#pragma once

// A fake clock and a scripted person for the reminder schedule's tests:
// three clocks that move together (steady, UTC wall, local = wall + offset)
// unless a test moves one alone, and a person whose input, screen lock and
// busy state follow a script over the day.

#include "reminders/reminderschedule.h"

#include <chrono>
#include <optional>
#include <vector>

namespace limber::test {

using namespace std::chrono;
using Schedule = ReminderSchedule;
using Kind = ReminderSchedule::Event::Kind;

// Monday 4 March 2024.
inline local_days monday() {
    return local_days{2024y / March / 4};
}

inline local_seconds localAt(local_days day, int hour, int minute = 0) {
    return day + hours{hour} + minutes{minute};
}

struct FakeClocks {
    Schedule::TimePoint steady{hours{1000}};
    sys_seconds wall;
    seconds offset{0}; // local - wall (the zone; a DST change moves it)

    explicit FakeClocks(local_seconds start)
        : wall(start.time_since_epoch()) {}

    [[nodiscard]] local_seconds local() const {
        return local_seconds{wall.time_since_epoch() + offset};
    }
    [[nodiscard]] Schedule::Now now() const { return {steady, wall, local(), std::nullopt}; }
    void advance(seconds d) {
        steady += d;
        wall += d;
    }
};

// A span of steady time, as offsets from the start of a simulation.
struct Span {
    seconds from;
    seconds to;
    [[nodiscard]] bool contains(seconds t) const { return from <= t && t < to; }
};

// The person: no input during `idle` spans (input at every other second),
// busy during `busy` spans. Answers, unlocking and menu choices are input
// too (`inputs`, added as they happen).
struct Person {
    std::vector<Span> idle;
    std::vector<Span> busy;
    std::vector<seconds> inputs;

    [[nodiscard]] seconds idleAt(seconds t) const {
        seconds last = t;
        for (const auto& span : idle) {
            if (span.contains(t))
                last = span.from;
        }
        for (const auto input : inputs) {
            if (input <= t && input > last)
                last = input;
        }
        return t - last;
    }
    [[nodiscard]] bool busyAt(seconds t) const {
        for (const auto& span : busy) {
            if (span.contains(t))
                return true;
        }
        return false;
    }
};

// What the person answers to a reminder, at once.
enum class Answer { Ignore, Take, Postpone, Skip };

// A reminder as the tests see it: when (local time) and the count.
struct Shown {
    local_seconds at;
    minutes active;
    friend bool operator==(const Shown&, const Shown&) = default;
};

inline std::ostream& operator<<(std::ostream& out, const Shown& shown) {
    const auto day = floor<days>(shown.at);
    const hh_mm_ss time{shown.at - day};
    return out << "{day " << (day - monday()).count() << " " << time.hours().count() << ":"
               << time.minutes().count() << ", " << shown.active.count() << " min}";
}

// Ticks the schedule through a script, every `tick` of steady time.
struct Simulation {
    FakeClocks clocks;
    Schedule schedule;
    Person person;
    Answer answer = Answer::Ignore;
    std::vector<Shown> shown;
    seconds elapsed{0};

    Simulation(local_seconds start, ReminderSettings settings = {})
        : clocks(start)
        , schedule(settings) {}

    Schedule::Events handle(Schedule::Events events) {
        for (const auto& event : events) {
            if (event.kind != Kind::ReminderDue)
                continue;
            shown.push_back({clocks.local(), floor<minutes>(event.active)});
            switch (answer) {
            case Answer::Ignore:
                break;
            case Answer::Take:
                schedule.take(clocks.now());
                break;
            case Answer::Postpone:
                schedule.postpone(clocks.now());
                break;
            case Answer::Skip:
                schedule.skip(clocks.now());
                break;
            }
            if (answer != Answer::Ignore)
                person.inputs.push_back(elapsed);
        }
        return events;
    }

    Schedule::Events update() {
        return handle(schedule.update(clocks.now(), idle(), person.busyAt(elapsed)));
    }
    [[nodiscard]] std::optional<Schedule::Duration> idle() const { return person.idleAt(elapsed); }
    void advance(seconds d) {
        clocks.advance(d);
        elapsed += d;
    }
    // Ticks every `tick` until `duration` has passed.
    void run(seconds duration, seconds tick = minutes{1}) {
        const seconds end = elapsed + duration;
        update();
        while (elapsed < end) {
            advance(tick);
            update();
        }
    }
    void runUntil(local_seconds until, seconds tick = minutes{1}) {
        run(duration_cast<seconds>(until - clocks.local()), tick);
    }
};

} // namespace limber::test
