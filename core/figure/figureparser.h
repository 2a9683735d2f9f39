#pragma once

#include "figure/figure.h"
#include "routine/diagnostic.h"

#include <optional>
#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace limber {

// Reads the `figure:` of a step (or of an exercise, as its cover):
//
//   figure:
//     view: front               # side (default) | front | three-quarter
//     facing: right             # right (default) | left: mirrors the picture
//     props: [chair]            # mat, wall, chair, strap, table, doorway; the floor
//                               # is always drawn
//     stretch: upper-back       # highlighted region, or a list of them: neck,
//                               # shoulders, upper-back, lower-back, chest, arms,
//                               # forearms, left-forearm, right-forearm, hips,
//                               # hamstrings, left-hamstring, right-hamstring, calves
//     loop: true                # after the last pose, move back to the first
//     poses:                    # key poses; one pose = a still picture
//       - base: seated          # standing (default) | seated | seated-arms-up | hinge
//         arms: shoulders       # preset, or {raise: 90, spread: 0, elbow: 0}
//       - arms: elbows-in       # later poses start from the pose before
//         hold: 3s              # seconds at this pose (default 1s)
//         move: 1.5s            # seconds to get here (default 1.5s)
//
// A pose is a map, or just the name of a base pose (`- standing`). Its keys:
//   base                 a named pose to start from (resets everything)
//   arms, left-arm, right-arm
//                        down | forward | up | out | shoulders | elbows-in |
//                        wide-up | wide-low | thighs, or a map of any of
//                        raise, spread, elbow, rotation, wrist (degrees) and palm
//                        (down | in | up | out); the rest are kept. Naming a
//                        wrist or a palm anywhere draws the figure's hands.
//   legs, left-leg, right-leg
//                        straight | seated, or a map of hip, knee, out
//   trunk, spine, neck, shoulders, shrug, twist
//                        degrees (see pose.h for what each measures)
//   head-turn, head-tilt, chin-tuck
//                        degrees; naming one anywhere draws the face
//   hands                wall: the figure stands where its hands touch the
//                        wall (or the doorway) | table: where its hands rest
//                        on the table | free (default)
//   strap                taut (default) | slack
//   felt                 true (default) | false: whether the stretch is felt
//                        (its region marked); carried over
//   roll                 back | forward: a round arrow rings the shoulder
//                        through the move to this pose and its hold
//   hold, move           a duration: 2, 2s, 1.5s or 800ms
//
// Angles a body cannot reach are errors naming the joint and its range:
//   back.yaml:31:16: error: elbow 170° is not possible: allowed 0..160° (flexion)
//
// Returns the figure when there were no errors. Diagnostics (1-based
// positions in `file`) are appended to `diagnostics`; unknown keys are
// warnings, with a suggestion when one is close.
[[nodiscard]] std::optional<Figure> parseFigure(const YAML::Node& node, const std::string& file,
                                                std::vector<Diagnostic>& diagnostics);

// The most key poses one figure may have.
inline constexpr std::size_t kMaxKeyPoses = 32;

} // namespace limber
