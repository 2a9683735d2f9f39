#include "routine/diagnostic.h"

#include <gtest/gtest.h>
#include <set>

using limber::Diagnostic;
using limber::Severity;

TEST(Diagnostic, FormatsLikeACompiler) {
    const Diagnostic d{"routines/back.yaml",
                       14,
                       9,
                       Severity::Error,
                       "'hold' must be a duration like 30s or {min: 30s, max: 1m}",
                       {},
                       {}};
    EXPECT_EQ(d.format(), "routines/back.yaml:14:9: error: 'hold' must be a duration like 30s or "
                          "{min: 30s, max: 1m}");
}

TEST(Diagnostic, WarningsSayWarning) {
    const Diagnostic d{
        "back.yaml", 20, 5, Severity::Warning, "unknown key 'stpes' (did you mean 'steps'?)",
        {},          {}};
    EXPECT_EQ(d.format(), "back.yaml:20:5: warning: unknown key 'stpes' (did you mean 'steps'?)");
}

TEST(Diagnostic, WholeFileProblemsHaveNoPosition) {
    const Diagnostic d{"big.yaml", 0, 0, Severity::Error, "file is larger than 1 MiB", {}, {}};
    EXPECT_EQ(d.format(), "big.yaml: error: file is larger than 1 MiB");
}

TEST(Diagnostic, TemplatesGiveTheEnglishWords) {
    const auto text = limber::diagnosticText("unknown-key-suggest", {"stpes", "steps"});
    EXPECT_EQ(text.code, "unknown-key-suggest");
    EXPECT_EQ(text.args, (std::vector<std::string>{"stpes", "steps"}));
    EXPECT_EQ(text.english, "unknown key 'stpes' (did you mean 'steps'?)");
}

TEST(Diagnostic, EveryTemplateHasAUniqueCode) {
    std::set<std::string_view> codes;
    for (const auto& entry : limber::diagnosticTemplates())
        EXPECT_TRUE(codes.insert(entry.code).second) << entry.code;
}

TEST(Diagnostic, FillTemplateLeavesAMissingArgument) {
    EXPECT_EQ(limber::fillTemplate("'%1' must be between %2 and %3", {"reps", "1"}),
              "'reps' must be between 1 and %3");
    EXPECT_EQ(limber::fillTemplate("100% sure", {}), "100% sure");
}
