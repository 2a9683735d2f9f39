#include "routine/diagnostic.h"

#include <gtest/gtest.h>

using limber::Diagnostic;
using limber::Severity;

TEST(Diagnostic, FormatsLikeACompiler) {
    const Diagnostic d{"routines/back.yaml", 14, 9, Severity::Error,
                       "'hold' must be a duration like 30s or {min: 30s, max: 1m}"};
    EXPECT_EQ(d.format(), "routines/back.yaml:14:9: error: 'hold' must be a duration like 30s or "
                          "{min: 30s, max: 1m}");
}

TEST(Diagnostic, WarningsSayWarning) {
    const Diagnostic d{"back.yaml", 20, 5, Severity::Warning,
                       "unknown key 'stpes' (did you mean 'steps'?)"};
    EXPECT_EQ(d.format(), "back.yaml:20:5: warning: unknown key 'stpes' (did you mean 'steps'?)");
}

TEST(Diagnostic, WholeFileProblemsHaveNoPosition) {
    const Diagnostic d{"big.yaml", 0, 0, Severity::Error, "file is larger than 1 MiB"};
    EXPECT_EQ(d.format(), "big.yaml: error: file is larger than 1 MiB");
}
