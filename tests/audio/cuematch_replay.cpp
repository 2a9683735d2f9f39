// Reruns the matching of test_cuesounds_played on a saved recording, to
// work on the matcher without playing anything (no Qt, no sound server):
//
//   LIMBER_CUE_WAV=cue.wav LIMBER_CUE_SCHEDULE=cue.txt build/dev/bin/test_cuesounds_played
//   build/dev/bin/cuematch_replay cue.wav cue.txt resources/sounds [--near SECONDS]
//       [--every SOUND] [--from SECONDS] [--to SECONDS]
//
// The schedule has one line per play: the sound's name, when it was due
// (seconds into the recording), the window before and after it and the
// lowest gain to accept (cuematch::Expected). Prints, per sound, how many
// plays were found and every miss with its correlation, gain, containment
// and the sound it was taken for; --near also prints every play within a
// second of that time, found or not, and the best fit of each sound of the
// catalogue from 0.3 s before it to 0.5 s after on what the fits leave;
// --every prints every play of that sound. Plays found more than 4 dB off
// their sound's median level are printed as OFF; --from and --to keep only the
// plays due between those times (the rest of the recording stays).
#include "cuematch.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace limber::cuematch;

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s RECORDING.wav SCHEDULE SOUND_DIR [--near SECONDS]\n",
                     argv[0]);
        return 2;
    }
    std::optional<double> near;
    std::string every; // --every SOUND: print each of its plays
    double from = 0;   // --from, --to SECONDS: only the plays due then
    double to = 1e9;
    int sweeps = 4; // --sweeps N: as fitAll()'s argument
    for (int i = 4; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--near")
            near = std::atof(argv[i + 1]);
        else if (option == "--every")
            every = argv[i + 1];
        else if (option == "--from")
            from = std::atof(argv[i + 1]);
        else if (option == "--to")
            to = std::atof(argv[i + 1]);
        else if (option == "--sweeps")
            sweeps = std::atoi(argv[i + 1]);
    }
    std::string error;
    const std::optional<Signal> recording = readWav(argv[1], error);
    if (!recording) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    std::ifstream schedule(argv[2]);
    if (!schedule) {
        std::fprintf(stderr, "cannot read %s\n", argv[2]);
        return 1;
    }
    Catalogue catalogue;
    std::vector<Expected> expected;
    std::string line;
    std::vector<std::string> names;
    std::vector<std::pair<std::string, Expected>> lines;
    while (std::getline(schedule, line)) {
        std::istringstream fields(line);
        std::string name;
        Expected e;
        if (fields >> name >> e.time >> e.before >> e.after >> e.minGain && e.time >= from &&
            e.time < to) {
            if (std::find(names.begin(), names.end(), name) == names.end())
                names.push_back(name);
            lines.emplace_back(name, e);
        }
    }
    std::sort(names.begin(), names.end());
    if (!catalogue.load(argv[3], names, recording->rate, error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    for (auto& [name, e] : lines) {
        e.sound = *catalogue.indexOf(name);
        expected.push_back(e);
    }
    const std::vector<Fitted> fits = fitAll(catalogue, *recording, expected, sweeps);

    int total = 0;
    std::vector<double> typicalGain(names.size(), 0.0);
    for (std::size_t s = 0; s < names.size(); ++s) {
        int plays = 0;
        int found = 0;
        std::vector<double> gains;
        for (std::size_t k = 0; k < fits.size(); ++k) {
            if (expected[k].sound != s)
                continue;
            ++plays;
            if (fits[k].match.found) {
                ++found;
                gains.push_back(fits[k].match.gainDb());
            }
        }
        std::sort(gains.begin(), gains.end());
        const double typical = gains.empty() ? 0 : gains[gains.size() / 2];
        typicalGain[s] = typical;
        const auto off = std::count_if(gains.begin(), gains.end(),
                                       [&](double g) { return std::abs(g - typical) > 4.0; });
        total += found;
        std::printf("  %-13s %d of %d found, gain %.1f dB median, %ld more than 4 dB off it\n",
                    names[s].c_str(), found, plays, typical, static_cast<long>(off));
    }
    std::printf("found %d of %zu\n", total, fits.size());
    const std::vector<Dropout> gaps = dropouts(*recording);
    std::printf("dropouts (digital silence inside sound): %zu\n", gaps.size());
    for (const Dropout& gap : gaps)
        std::printf("  at %.3f s, %.1f ms\n", gap.start, gap.length * 1000);
    for (std::size_t k = 0; k < fits.size(); ++k) {
        const Match& m = fits[k].match;
        const bool off = m.found && std::abs(m.gainDb() - typicalGain[expected[k].sound]) > 4.0;
        const bool close = (near && std::abs(expected[k].time - *near) < 1.0) ||
                           names[expected[k].sound] == every || off;
        if (m.found && !close)
            continue;
        const double begins = expected[k].time - expected[k].before;
        const double ends =
            expected[k].time + expected[k].after + catalogue[expected[k].sound].samples().seconds();
        const bool cut = std::any_of(gaps.begin(), gaps.end(), [&](const Dropout& gap) {
            return gap.start < ends && gap.start + gap.length > begins;
        });
        std::printf("%s %-13s due %.3f: at %+.1f ms, correlation %.3f, gain %.1f dB, contained "
                    "%.1f dB%s%s%s\n",
                    m.found ? (off ? "OFF    " : "found  ") : "MISSING",
                    names[expected[k].sound].c_str(), expected[k].time,
                    (m.seconds - expected[k].time) * 1000, m.correlation, m.gainDb(), m.containedDb,
                    fits[k].soundsLike ? ", sounds like " : "",
                    fits[k].soundsLike ? fits[k].soundsLike->name().c_str() : "",
                    cut ? ", CUT by a dropout" : "");
        if (!m.found || (near && close)) {
            // What else was played around it.
            for (std::size_t j = 0; j < fits.size(); ++j) {
                if (j != k && std::abs(expected[j].time - expected[k].time) < 2.0)
                    std::printf("          with %-13s due %+.3f s: %s at %+.1f ms, corr %.3f, "
                                "gain %.1f dB\n",
                                names[expected[j].sound].c_str(),
                                expected[j].time - expected[k].time,
                                fits[j].match.found ? "found" : "MISSING",
                                (fits[j].match.seconds - expected[j].time) * 1000,
                                fits[j].match.correlation, fits[j].match.gainDb());
            }
        }
    }
    if (near) {
        // Each sound of the catalogue looked for from 0.3 s before to 0.5 s
        // after, on the recording minus every sound found.
        const Signal rest = residual(*recording, fits);
        for (std::size_t s = 0; s < catalogue.sounds().size(); ++s) {
            const Match m = find(catalogue[s], rest, *near, 0.3, 0.5, kMatchThreshold, 0.0);
            std::printf("near %.3f: %-13s best at %+.1f ms, correlation %.3f, gain %.1f dB, "
                        "contained %.1f dB\n",
                        *near, catalogue[s].name().c_str(), (m.seconds - *near) * 1000,
                        m.correlation, m.gainDb(), m.containedDb);
        }
    }
    return total == static_cast<int>(fits.size()) ? 0 : 1;
}
