#pragma once

// The shoulder blades of a scene as the picture shows them (Figure::blades).

#include "figure/figure.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace limber::test {

struct BladesSeen {
    double gap = -1;   // across the picture between the two; -1 unless two
    double top = -1e9; // the top of the higher one
};

inline BladesSeen bladesSeen(const FigureScene& scene) {
    BladesSeen seen;
    std::vector<std::pair<double, double>> across; // each blade's extent across
    for (const Stroke& blade : scene.blades) {
        double low = 1e9;
        double high = -1e9;
        for (const Point2& p : blade.points) {
            low = std::min(low, p.x);
            high = std::max(high, p.x);
            seen.top = std::max(seen.top, p.y);
        }
        across.emplace_back(low, high);
    }
    std::sort(across.begin(), across.end());
    if (across.size() == 2)
        seen.gap = across[1].first - across[0].second;
    return seen;
}

} // namespace limber::test
