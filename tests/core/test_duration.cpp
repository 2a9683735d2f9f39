// The loader's building blocks: durations and numbers, raw text checks,
// SVG references and key suggestions.
#include "routine/duration.h"
#include "routine/imagecheck.h"
#include "routine/textcheck.h"
#include "routine/yamlreader.h"

#include <gtest/gtest.h>
#include <limits>

namespace limber {
namespace {

using namespace std::chrono_literals;

TEST(Duration, ReadsSecondsAndParts) {
    EXPECT_EQ(parseDuration("45"), 45s);
    EXPECT_EQ(parseDuration("0"), 0s);
    EXPECT_EQ(parseDuration("45s"), 45s);
    EXPECT_EQ(parseDuration("1m"), 60s);
    EXPECT_EQ(parseDuration("1m30s"), 90s);
    EXPECT_EQ(parseDuration("90s"), 90s);
    EXPECT_EQ(parseDuration("1h"), 3600s);
    EXPECT_EQ(parseDuration("1h2m3s"), 3723s);
    EXPECT_EQ(parseDuration("1h3s"), 3603s);
    EXPECT_EQ(parseDuration("-5s"), -5s);
}

TEST(Duration, RefusesOtherForms) {
    for (const char* text : {"", "-", "s", "m30s", "1m 30s", " 1m", "1m ", "30s1m", "1m1m", "1.5m",
                             "1d", "1M", "+5", "1e3", "5ss", "1h-2m", "--5"})
        EXPECT_EQ(parseDuration(text), std::nullopt) << text;
}

TEST(Duration, SaturatesInsteadOfWrapping) {
    EXPECT_EQ(parseDuration("99999999999999999999"), std::chrono::seconds::max());
    EXPECT_EQ(parseDuration("99999999999999999h"), std::chrono::seconds::max());
    EXPECT_EQ(parseDuration("9223372036854775807h9223372036854775807s"),
              std::chrono::seconds::max());
    EXPECT_LT(*parseDuration("-99999999999999999999"), 0s);
}

TEST(Duration, FormatsTheShortestForm) {
    EXPECT_EQ(formatDuration(0s), "0s");
    EXPECT_EQ(formatDuration(45s), "45s");
    EXPECT_EQ(formatDuration(60s), "1m");
    EXPECT_EQ(formatDuration(90s), "1m30s");
    EXPECT_EQ(formatDuration(3600s), "1h");
    EXPECT_EQ(formatDuration(3723s), "1h2m3s");
    EXPECT_EQ(formatDuration(-5s), "-5s");
    EXPECT_FALSE(formatDuration(std::chrono::seconds::min()).empty());
    for (const auto seconds : {1, 59, 61, 3599, 3601, 86399})
        EXPECT_EQ(parseDuration(formatDuration(std::chrono::seconds(seconds))),
                  std::chrono::seconds(seconds));
}

TEST(WholeNumber, ReadsAndSaturates) {
    EXPECT_EQ(parseWholeNumber("12"), 12);
    EXPECT_EQ(parseWholeNumber("007"), 7);
    EXPECT_EQ(parseWholeNumber("-3"), -3);
    EXPECT_EQ(parseWholeNumber("99999999999999999999"), std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(parseWholeNumber("-99999999999999999999"), std::numeric_limits<std::int64_t>::min());
    for (const char* text : {"", "-", "+3", "1.5", "12x", " 1", "0x10", "1e3"})
        EXPECT_EQ(parseWholeNumber(text), std::nullopt) << text;
}

TEST(TextCheck, AcceptsUtf8TextAndAByteOrderMark) {
    EXPECT_EQ(findEncodingProblem("title: Grüße, 体操 🧘\r\n\tx: 1\n"), std::nullopt);
    EXPECT_EQ(findEncodingProblem("\xEF\xBB\xBFlimber: 1\n"), std::nullopt);
    EXPECT_EQ(findEncodingProblem("\xF4\x8F\xBF\xBF"), std::nullopt); // U+10FFFF
}

TEST(TextCheck, FindsTheFirstBadByteByLineAndCharacter) {
    const auto problem = findEncodingProblem("a: 1\nb: é\xFF\n");
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->line, 2);
    EXPECT_EQ(problem->column, 5);
    EXPECT_EQ(problem->message, "file is not valid UTF-8 (byte 0xff)");
    for (const char* bad : {"\xC0\x80", "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                            "\xF5\x80\x80\x80", "\x80", "\xC3", "\xE2\x82"})
        EXPECT_TRUE(findEncodingProblem(bad)) << testing::PrintToString(bad);
}

TEST(TextCheck, RefusesControlCharacters) {
    const auto problem = findEncodingProblem("a: \x07");
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->column, 4);
    EXPECT_EQ(problem->message,
              "file contains the control character 0x07; a routine must be plain text");
    EXPECT_TRUE(findEncodingProblem(std::string_view("\0", 1)));
    EXPECT_TRUE(findEncodingProblem("\x7F"));
}

TEST(TextCheck, CountsDocuments) {
    EXPECT_EQ(findSecondDocument("a: 1\n"), std::nullopt);
    EXPECT_EQ(findSecondDocument("---\na: 1\n"), std::nullopt);
    EXPECT_EQ(findSecondDocument("%YAML 1.2\n---\na: 1\n...\n# done\n"), std::nullopt);
    EXPECT_EQ(findSecondDocument("a: |\n  --- not a marker\n  ... nor this\nb: ----\n"),
              std::nullopt);
    EXPECT_EQ(findSecondDocument("a: 1\n---x\n"), std::nullopt);
    EXPECT_EQ(findSecondDocument("a: 1\n---\n")->line, 2);
    EXPECT_EQ(findSecondDocument("---\n---\n")->line, 2);
    EXPECT_EQ(findSecondDocument("a: 1\n...\nb: 2\n")->line, 3);
    EXPECT_EQ(findSecondDocument("a: 1\r\n--- \r\nb: 2\r\n")->line, 2);
    EXPECT_EQ(findSecondDocument("\xEF\xBB\xBF---\na: 1\n---\n")->line, 3);
}

TEST(Svg, RecognisesTheRootElement) {
    EXPECT_TRUE(looksLikeSvg("<svg xmlns='http://www.w3.org/2000/svg'/>"));
    EXPECT_TRUE(looksLikeSvg(
        "\xEF\xBB\xBF<?xml version='1.0'?>\n<!-- c -->\n<!DOCTYPE svg>\n<svg>\n</svg>"));
    EXPECT_FALSE(looksLikeSvg("<html><svg></svg></html>"));
    EXPECT_FALSE(looksLikeSvg("<svgx/>"));
    EXPECT_FALSE(looksLikeSvg("<!-- unclosed"));
    EXPECT_FALSE(looksLikeSvg(std::string_view("<svg>\0</svg>", 12)));
    EXPECT_FALSE(looksLikeSvg("<svg"));
}

TEST(Svg, AllowsOnlyReferencesInsideTheDocument) {
    EXPECT_EQ(
        findSvgReference("<svg><use href='#a'/><rect fill='url(#g)' style=\"fill:url( '#g' )\"/>"
                         "<a hreflang='en'/></svg>"),
        std::nullopt);
    EXPECT_EQ(findSvgReference("<svg><use xlink:href=\"other.svg#leg\"/></svg>"),
              "href=\"other.svg#leg\"");
    EXPECT_EQ(findSvgReference("<svg><use HREF = '/etc/passwd'/></svg>"), "href=\"/etc/passwd\"");
    EXPECT_EQ(findSvgReference("<svg><use href='&#35;a'/></svg>"), "href=\"&#35;a\"");
    EXPECT_EQ(findSvgReference("<svg><a href=''/></svg>"), "href=\"\"");
    EXPECT_EQ(findSvgReference("<svg><rect style='fill:URL(p.svg)'/></svg>"), "URL(p.svg)");
    EXPECT_EQ(findSvgReference("<svg><image/></svg>"), "<image>");
    EXPECT_EQ(findSvgReference("<svg:svg><svg:image/></svg:svg>"), "<image>");
    EXPECT_EQ(findSvgReference("<svg><style>@import 'x.css';</style></svg>"), "@import");
    EXPECT_EQ(findSvgReference("<!DOCTYPE svg [<!ENTITY x SYSTEM 'f'>]><svg/>"), "<!ENTITY");
    EXPECT_EQ(findSvgReference("<?xml-stylesheet href='s.css'?><svg/>"), "href=\"s.css\"");
}

TEST(Keys, SuggestCloseKnownKeys) {
    EXPECT_EQ(editDistance("steps", "steps"), 0);
    EXPECT_EQ(editDistance("stpes", "steps"), 1);
    EXPECT_EQ(editDistance("tile", "title"), 1);
    EXPECT_EQ(editDistance("", "abc"), 3);
    EXPECT_EQ(editDistance("kitten", "sitting"), 3);
    EXPECT_EQ(suggestKey("stpes", {"id", "title", "steps"}), "steps");
    EXPECT_EQ(suggestKey("titel", {"id", "title", "steps"}), "title");
    EXPECT_EQ(suggestKey("ib", {"id", "title"}), "id");
    EXPECT_EQ(suggestKey("ab", {"id", "title"}), std::nullopt);
    EXPECT_EQ(suggestKey("author", {"id", "title", "summary"}), std::nullopt);
    EXPECT_EQ(suggestKey(std::string(1000, 'x'), {"id"}), std::nullopt);
}

} // namespace
} // namespace limber
