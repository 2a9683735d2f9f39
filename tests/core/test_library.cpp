// scanLibrary and routineFilesIn over folders built at run time.
#include "routine/routinelibrary.h"
#include "scratchdir.h"

#include <gtest/gtest.h>

namespace limber {
namespace {

namespace fs = std::filesystem;
using test::ScratchDir;
using test::simpleRoutine;

TEST(RoutineFilesIn, FindsYamlFilesSortedAndRecursively) {
    ScratchDir dir;
    dir.write("b.yaml", "");
    dir.write("a.yml", "");
    dir.write("notes.txt", "");
    dir.write("sub/c.yaml", "");
    dir.write("sub/image.png", "");
    const auto files = routineFilesIn(dir.path());
    EXPECT_EQ(files, (std::vector<fs::path>{dir.path() / "a.yml", dir.path() / "b.yaml",
                                            dir.path() / "sub/c.yaml"}));
    EXPECT_EQ(routineFilesIn(dir.path() / "b.yaml"), std::vector<fs::path>{dir.path() / "b.yaml"});
}

// An import writes into a hidden folder first; a crash there must not put
// a second copy of the routine in the library. A hidden folder given as
// the path itself is searched.
TEST(RoutineFilesIn, PassesOverHiddenFilesAndFolders) {
    ScratchDir dir;
    dir.write("a.yaml", "");
    dir.write(".backup.yaml", "");
    dir.write(".workrave-exercises-import-Xy12Ab/workrave-exercises.yaml", "");
    dir.write("sub/.git/config.yaml", "");
    dir.write("sub/b.yaml", "");
    EXPECT_EQ(routineFilesIn(dir.path()),
              (std::vector<fs::path>{dir.path() / "a.yaml", dir.path() / "sub/b.yaml"}));
    EXPECT_EQ(routineFilesIn(dir.path() / ".workrave-exercises-import-Xy12Ab"),
              std::vector<fs::path>{dir.path() /
                                    ".workrave-exercises-import-Xy12Ab/workrave-exercises.yaml"});
}

TEST(ScanLibrary, UserRoutineReplacesTheBundledOne) {
    ScratchDir dir;
    dir.write("bundled/tiny.png", test::kTinyPng);
    dir.write("user/tiny.png", test::kTinyPng);
    const auto bundled = dir.write("bundled/back.yaml", simpleRoutine("back", "Bundled back"));
    dir.write("bundled/neck.yaml", simpleRoutine("neck"));
    const auto user = dir.write("user/my-back.yaml", simpleRoutine("back", "My back"));
    const auto library =
        scanLibrary({{dir.path() / "bundled", false}, {dir.path() / "user", true}});

    EXPECT_TRUE(library.diagnostics.empty());
    EXPECT_TRUE(library.failed.empty());
    ASSERT_EQ(library.routines.size(), 2U);
    const auto* back = library.find("back");
    ASSERT_NE(back, nullptr);
    EXPECT_TRUE(back->user);
    EXPECT_EQ(back->routine.title.resolve("en"), "My back");
    EXPECT_EQ(back->routine.file, user);
    EXPECT_EQ(back->replacedBundled, bundled);
    const auto* neck = library.find("neck");
    ASSERT_NE(neck, nullptr);
    EXPECT_FALSE(neck->user);
    EXPECT_TRUE(neck->replacedBundled.empty());
    EXPECT_EQ(library.find("nothing"), nullptr);
}

TEST(ScanLibrary, ABrokenFileIsListedWhileOthersLoad) {
    ScratchDir dir;
    dir.write("routines/tiny.png", test::kTinyPng);
    dir.write("routines/a.yaml", simpleRoutine("a"));
    const auto broken = dir.write("routines/b.yaml", "limber: 1\nid: b\n");
    dir.write("routines/c.yaml", simpleRoutine("c"));
    const auto library =
        scanLibrary({{dir.path() / "routines", false}, {dir.path() / "missing", true}});

    ASSERT_EQ(library.routines.size(), 2U);
    EXPECT_EQ(library.routines[0].routine.id, "a");
    EXPECT_EQ(library.routines[1].routine.id, "c");
    EXPECT_EQ(library.failed, std::vector<fs::path>{broken});
    ASSERT_EQ(library.diagnostics.size(), 2U);
    EXPECT_EQ(library.diagnostics[0].format(),
              broken.string() + ":1:1: error: missing required key 'title'");
    EXPECT_EQ(library.diagnostics[1].format(),
              broken.string() + ":1:1: error: missing required key 'exercises'");
}

TEST(ScanLibrary, ASecondRoutineWithTheSameIdInOneFolderIsIgnored) {
    ScratchDir dir;
    dir.write("r/tiny.png", test::kTinyPng);
    const auto first = dir.write("r/a.yaml", simpleRoutine("same", "First"));
    const auto second = dir.write("r/b.yaml", simpleRoutine("same", "Second"));
    const auto library = scanLibrary({{dir.path() / "r", false}});
    ASSERT_EQ(library.routines.size(), 1U);
    EXPECT_EQ(library.routines[0].routine.file, first);
    ASSERT_EQ(library.diagnostics.size(), 1U);
    EXPECT_EQ(library.diagnostics[0].severity, Severity::Warning);
    EXPECT_EQ(library.diagnostics[0].file, second.string());
}

} // namespace
} // namespace limber
