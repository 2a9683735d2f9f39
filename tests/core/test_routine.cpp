#include "routine/routine.h"

#include <gtest/gtest.h>

using limber::Exercise;
using limber::Step;
using limber::StepBlock;

namespace {

Step withImage(std::string image) {
    Step step;
    step.image = std::move(image);
    return step;
}

} // namespace

TEST(Exercise, CoverIsItsOwnImageFirst) {
    Exercise exercise;
    exercise.image = "cover.svg";
    exercise.blocks.push_back(StepBlock{{}, {withImage("step.svg")}, {}});
    EXPECT_EQ(exercise.cover().image, "cover.svg");
    EXPECT_EQ(exercise.cover().figure, nullptr);
}

TEST(Exercise, CoverFallsBackToTheFirstStepWithAPicture) {
    Exercise exercise;
    exercise.blocks.push_back(StepBlock{{}, {withImage("")}, {}});
    exercise.blocks.push_back(StepBlock{{}, {withImage("in-repeat.png"), withImage("b.png")}, {}});
    EXPECT_EQ(exercise.cover().image, "in-repeat.png");
}

TEST(Exercise, NoPictureMeansNoCover) {
    Exercise exercise;
    exercise.blocks.push_back(StepBlock{{}, {withImage("")}, {}});
    EXPECT_TRUE(exercise.cover().empty());
}

// A step's `mirror: true` flips the picture wherever it is the cover; the
// exercise's own cover is never flipped.
TEST(Exercise, ACoverTakenFromAMirroredStepIsMirrored) {
    Exercise exercise;
    Step mirrored = withImage("side.png");
    mirrored.mirror = true;
    exercise.blocks.push_back(StepBlock{{}, {withImage(""), mirrored}, {}});
    EXPECT_EQ(exercise.cover().image, "side.png");
    EXPECT_TRUE(exercise.cover().mirrored);
    exercise.image = "cover.svg";
    EXPECT_FALSE(exercise.cover().mirrored);
}
