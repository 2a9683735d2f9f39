#include "import/workravesequence.h"

#include <algorithm>
#include <numeric>

namespace limber {

int FoldedSequence::seconds() const {
    const auto sum = [](const std::vector<TimedFrame>& frames) {
        return std::accumulate(frames.begin(), frames.end(), 0,
                               [](int total, const TimedFrame& f) { return total + f.seconds; });
    };
    return cycles * sum(cycle) + sum(tail);
}

FoldedSequence foldSequence(const std::vector<int>& frameSeconds, int totalSeconds, int maxCycles) {
    FoldedSequence folded;
    const int cycleSeconds = std::accumulate(frameSeconds.begin(), frameSeconds.end(), 0);
    if (cycleSeconds <= 0 || totalSeconds <= 0)
        return folded;
    for (std::size_t i = 0; i < frameSeconds.size(); ++i)
        folded.cycle.push_back({i, frameSeconds[i]});
    folded.cycles = totalSeconds / cycleSeconds;
    int left = totalSeconds % cycleSeconds;
    if (folded.cycles > maxCycles) {
        folded.cycles = maxCycles;
        folded.capped = true;
        left = 0;
    }
    for (std::size_t i = 0; left > 0; ++i) {
        const int seconds = std::min(frameSeconds[i], left);
        folded.tail.push_back({i, seconds});
        left -= seconds;
    }
    return folded;
}

} // namespace limber
