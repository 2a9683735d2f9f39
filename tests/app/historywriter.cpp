// A helper for the crash test (test_history_store, scripts/crash-history):
// writes sessions to the history at argv[1] in a loop and prints
// "committed <id>" after each write has returned, until it is killed.
#include "history/historystore.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: historywriter FILE\n");
        return 2;
    }
    limber::HistoryStore store(QString::fromLocal8Bit(argv[1]));
    if (!store.isOpen())
        return 1;
    for (int n = 0;; ++n) {
        limber::SessionRecord session;
        session.routineId = u"crash"_s;
        session.routineHash = u"hash"_s;
        session.startedAt = QDateTime(QDate(2024, 12, 1), QTime(9, 0)).addSecs(n);
        session.endedAt = session.startedAt.addSecs(300);
        session.completed = n % 2 == 0;
        session.activeSeconds = 300;
        for (int e = 0; e < 3; ++e) {
            limber::ExerciseRecord exercise;
            exercise.exerciseId = u"exercise-%1"_s.arg(e);
            exercise.outcome = limber::ExerciseOutcome::Done;
            exercise.holds = {{30, 30}, {30, 29}};
            exercise.reps = 10;
            exercise.breaths = 5;
            session.exercises.push_back(exercise);
        }
        const auto id = store.recordSession(session);
        if (!id)
            return 1;
        std::printf("committed %lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
}
