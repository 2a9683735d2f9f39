#include "routine/localizedtext.h"

#include <gtest/gtest.h>

using limber::LocalizedText;

namespace {

LocalizedText wallStretch() {
    return LocalizedText(
        {{"en", "Wall stretch"}, {"de", "Wanddehnung"}, {"es", "Estiramiento en la pared"}}, "en");
}

} // namespace

TEST(LocalizedText, PicksTheUiLanguage) {
    EXPECT_EQ(wallStretch().resolve("de"), "Wanddehnung");
    EXPECT_EQ(wallStretch().resolve("es"), "Estiramiento en la pared");
}

TEST(LocalizedText, FallsBackFromRegionToLanguage) {
    EXPECT_EQ(wallStretch().resolve("de-AT"), "Wanddehnung");
    EXPECT_EQ(wallStretch().resolve("es_MX"), "Estiramiento en la pared");
}

TEST(LocalizedText, FallsBackToTheRoutineLanguageThenEnglishThenFirst) {
    const LocalizedText germanRoutine({{"en", "Wall"}, {"de", "Wand"}}, "de");
    EXPECT_EQ(germanRoutine.resolve("fr"), "Wand");

    const LocalizedText noRoutineLanguage({{"es", "Pared"}, {"en", "Wall"}}, "de");
    EXPECT_EQ(noRoutineLanguage.resolve("fr"), "Wall");

    const LocalizedText neither({{"es", "Pared"}, {"it", "Parete"}}, "de");
    EXPECT_EQ(neither.resolve("fr"), "Pared");
}

TEST(LocalizedText, PlainStringIsInTheRoutineLanguage) {
    const LocalizedText plain("de", "Wanddehnung");
    ASSERT_NE(plain.find("de"), nullptr);
    EXPECT_EQ(plain.resolve("en"), "Wanddehnung");
    EXPECT_EQ(plain.find("en"), nullptr);
}

TEST(LocalizedText, EmptyResolvesToEmpty) {
    EXPECT_TRUE(LocalizedText().empty());
    EXPECT_EQ(LocalizedText().resolve("en"), "");
}
