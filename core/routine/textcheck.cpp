#include "routine/textcheck.h"

#include <algorithm>
#include <array>

namespace limber {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string hexByte(unsigned char byte) {
    static constexpr std::array<char, 16> digits{'0', '1', '2', '3', '4', '5', '6', '7',
                                                 '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    return {'0', 'x', digits[byte >> 4], digits[byte & 0xF]};
}

bool inRange(unsigned char byte, unsigned char low, unsigned char high) {
    return byte >= low && byte <= high;
}

// The length of the well-formed UTF-8 sequence starting at text[i], or 0
// (the table of RFC 3629, section 4). "\xC3\xA9" (é) -> 2; "\xC0\xAF" -> 0.
std::size_t utf8SequenceLength(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) -> unsigned char {
        return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
    };
    const unsigned char lead = byte(0);
    const auto continuation = [&](std::size_t k) {
        return inRange(byte(k), 0x80, 0xBF);
    };
    if (inRange(lead, 0xC2, 0xDF))
        return continuation(1) ? 2 : 0;
    if (inRange(lead, 0xE0, 0xEF)) {
        const unsigned char low = lead == 0xE0 ? 0xA0U : 0x80U;  // no overlong forms
        const unsigned char high = lead == 0xED ? 0x9FU : 0xBFU; // no surrogates
        return inRange(byte(1), low, high) && continuation(2) ? 3 : 0;
    }
    if (inRange(lead, 0xF0, 0xF4)) {
        const unsigned char low = lead == 0xF0 ? 0x90U : 0x80U;  // no overlong forms
        const unsigned char high = lead == 0xF4 ? 0x8FU : 0xBFU; // at most U+10FFFF
        return inRange(byte(1), low, high) && continuation(2) && continuation(3) ? 4 : 0;
    }
    return 0;
}

bool isControl(unsigned char byte) {
    return (byte < 0x20 && byte != '\t' && byte != '\r' && byte != '\n') || byte == 0x7F;
}

// "--- x" and "---" are markers, "----" and "---x" are not.
bool isMarkerLine(std::string_view line, std::string_view marker) {
    if (line.substr(0, 3) != marker)
        return false;
    return line.size() == 3 || line[3] == ' ' || line[3] == '\t';
}

// Blank lines, comments and directives (%YAML) hold no document content.
bool hasContent(std::string_view line) {
    const auto first = line.find_first_not_of(" \t");
    return first != std::string_view::npos && line[first] != '#' && line.front() != '%';
}

} // namespace

std::optional<TextProblem> findEncodingProblem(std::string_view text) {
    int line = 1;
    int column = 1;
    std::size_t i = text.substr(0, 3) == kByteOrderMark ? 3 : 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
            ++i;
            continue;
        }
        if (isControl(byte)) {
            return TextProblem{line, column,
                               "file contains the control character " + hexByte(byte) +
                                   "; a routine must be plain text"};
        }
        const std::size_t length = byte < 0x80 ? 1 : utf8SequenceLength(text, i);
        if (length == 0)
            return TextProblem{line, column,
                               "file is not valid UTF-8 (byte " + hexByte(byte) + ")"};
        i += length;
        ++column;
    }
    return std::nullopt;
}

std::optional<TextProblem> findSecondDocument(std::string_view text) {
    if (text.substr(0, 3) == kByteOrderMark)
        text.remove_prefix(3);
    int documents = 0;
    bool open = false; // inside a document that has not been ended by "..."
    int lineNumber = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        start = end + 1;
        ++lineNumber;

        bool starts = false;
        if (isMarkerLine(line, "---")) {
            starts = true;
        } else if (isMarkerLine(line, "...")) {
            open = false;
        } else if (hasContent(line) && !open) {
            starts = true;
        }
        if (starts) {
            open = true;
            if (++documents > 1) {
                return TextProblem{lineNumber, 1,
                                   "more than one YAML document; a routine file holds exactly one"};
            }
        }
    }
    return std::nullopt;
}

} // namespace limber
