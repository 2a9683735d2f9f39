#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace limber {

// Checks on a routine file's raw bytes, before the YAML parser sees them.

// Where a problem is (1-based; the column counts characters, not bytes) and
// what it is.
struct TextProblem {
    int line = 0;
    int column = 0;
    std::string message;
};

// The first byte that is not UTF-8 text: malformed UTF-8 (overlong forms,
// surrogates, code points beyond U+10FFFF, truncated sequences) or a control
// character other than tab, LF and CR. A leading byte order mark is fine.
//
//   "a: 1\nb: \xff"  -> 2:4 "file is not valid UTF-8 (byte 0xff)"
//   "a: \0"          -> 1:4 "file contains the control character 0x00; a routine must be plain
//   text"
[[nodiscard]] std::optional<TextProblem> findEncodingProblem(std::string_view text);

// The start of a second YAML document, found without parsing (yaml-cpp's
// LoadAll can run out of memory on hostile input). A document starts at a
// `---` line or at the first content after a `...` line or the file start;
// `---` and `...` only count at column 1, as in YAML itself, where they end
// even block and quoted scalars.
//
//   "--- \na: 1\n"          -> nullopt (one document)
//   "a: 1\n---\nb: 2\n"     -> 2:1
//   "a: 1\n...\n# c\nb: 2"  -> 4:1
[[nodiscard]] std::optional<TextProblem> findSecondDocument(std::string_view text);

} // namespace limber
