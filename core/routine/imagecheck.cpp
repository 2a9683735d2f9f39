#include "routine/imagecheck.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <system_error>

namespace limber {

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxSvgBytes = 1024 * 1024;

std::string lowered(std::string_view text) {
    std::string out(text);
    std::ranges::transform(out, out.begin(), [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    return out;
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::size_t skipSpace(std::string_view text, std::size_t i) {
    while (i < text.size() && isSpace(text[i]))
        ++i;
    return i;
}

// "https://x", "file:a.png", "c:a.png": a scheme is letters, digits, '+',
// '-' and '.' before a ':', starting with a letter.
bool hasScheme(std::string_view path) {
    const auto colon = path.find(':');
    if (colon == std::string_view::npos || colon == 0 ||
        !std::isalpha(static_cast<unsigned char>(path.front())))
        return false;
    return std::ranges::all_of(path.substr(0, colon), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
    });
}

// "images/../a.png" has a ".." segment; "a..b.png" does not.
bool hasDotDotSegment(std::string_view path) {
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto end = std::min(path.find('/', start), path.size());
        if (path.substr(start, end - start) == "..")
            return true;
        start = end + 1;
    }
    return false;
}

// Whether `inner` (canonical) lies below `outer` (canonical).
bool isInside(const fs::path& inner, const fs::path& outer) {
    const auto [outerEnd, innerEnd] = std::ranges::mismatch(outer, inner);
    return outerEnd == outer.end() && innerEnd != inner.end();
}

std::string readPrefix(const fs::path& file, std::size_t bytes) {
    std::ifstream in(file, std::ios::binary);
    std::string data(bytes, '\0');
    in.read(data.data(), static_cast<std::streamsize>(bytes));
    data.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return data;
}

bool isPng(std::string_view head) {
    return head.starts_with("\x89PNG\r\n\x1A\n");
}
bool isJpeg(std::string_view head) {
    return head.starts_with("\xFF\xD8\xFF");
}

// From `i`, past "<?...?>", "<!--...-->" or "<!DOCTYPE ...>"; npos when unclosed.
std::size_t skipProlog(std::string_view text, std::size_t i) {
    const auto skipPast = [&](std::string_view close) {
        const auto end = text.find(close, i);
        return end == std::string_view::npos ? end : end + close.size();
    };
    if (text.substr(i, 2) == "<?")
        return skipPast("?>");
    if (text.substr(i, 4) == "<!--")
        return skipPast("-->");
    if (text.substr(i, 2) == "<!")
        return skipPast(">");
    return i;
}

// href="...", href = '...': the value, or nullopt when `at` is not an
// attribute ("hreflang", "href" in text).
std::optional<std::string_view> attributeValue(std::string_view text, std::size_t at) {
    std::size_t i = skipSpace(text, at);
    if (i >= text.size() || text[i] != '=')
        return std::nullopt;
    i = skipSpace(text, i + 1);
    if (i >= text.size())
        return std::string_view{};
    const char quote = text[i];
    if (quote != '"' && quote != '\'')
        return text.substr(i, 1); // not well-formed XML: refuse it whatever follows
    const auto end = text.find(quote, i + 1);
    return text.substr(i + 1, (end == std::string_view::npos ? text.size() : end) - i - 1);
}

std::string shortened(std::string_view text) {
    constexpr std::size_t kMax = 40;
    return text.size() <= kMax ? std::string(text) : std::string(text.substr(0, kMax)) + "...";
}

std::string_view trimmedEnd(std::string_view text) {
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

// Every `href=` value must start with '#': href="#leg" fine, href="a.svg" not.
std::optional<std::string> findExternalHref(std::string_view svg, std::string_view lower) {
    for (auto at = lower.find("href"); at != std::string_view::npos;
         at = lower.find("href", at + 4)) {
        const auto value = attributeValue(svg, at + 4);
        if (value && !value->starts_with('#'))
            return "href=\"" + shortened(*value) + "\"";
    }
    return std::nullopt;
}

// Every `url(` must name '#id': url(#grad), url( '#grad' ) fine; url(a.svg) not.
std::optional<std::string> findExternalUrl(std::string_view svg, std::string_view lower) {
    for (auto at = lower.find("url("); at != std::string_view::npos;
         at = lower.find("url(", at + 4)) {
        std::size_t i = skipSpace(svg, at + 4);
        if (i < svg.size() && (svg[i] == '"' || svg[i] == '\''))
            ++i;
        if (i >= svg.size() || svg[i] != '#') {
            const auto end = std::min(svg.find(')', at), svg.size());
            return shortened(trimmedEnd(svg.substr(at, end - at))) + ")";
        }
    }
    return std::nullopt;
}

std::optional<std::string> checkSvg(const fs::path& file, std::uintmax_t size,
                                    const std::string& shown) {
    if (size > kMaxSvgBytes)
        return "SVG " + shown + " is larger than 1 MiB";
    const auto svg = readPrefix(file, static_cast<std::size_t>(size));
    if (!looksLikeSvg(svg))
        return shown + " is not a PNG, JPEG or SVG file";
    if (const auto reference = findSvgReference(svg)) {
        return "SVG " + shown + " references another file (" + *reference +
               "); an SVG must be self-contained";
    }
    return std::nullopt;
}

} // namespace

bool looksLikeSvg(std::string_view svg) {
    if (svg.find('\0') != std::string_view::npos)
        return false;
    std::size_t i = svg.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    while (true) {
        i = skipSpace(svg, i);
        const auto next = skipProlog(svg, i);
        if (next == std::string_view::npos)
            return false;
        if (next == i)
            break;
        i = next;
    }
    if (svg.substr(i, 4) != "<svg")
        return false;
    return i + 4 < svg.size() && (isSpace(svg[i + 4]) || svg[i + 4] == '>' || svg[i + 4] == '/');
}

std::optional<std::string> findSvgReference(std::string_view svg) {
    const std::string lower = lowered(svg);
    if (auto href = findExternalHref(svg, lower))
        return href;
    if (auto url = findExternalUrl(svg, lower))
        return url;
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> forbidden{{
        {"<image", "<image>"},
        {"<svg:image", "<image>"},
        {"@import", "@import"},
        {"<!entity", "<!ENTITY"},
    }};
    for (const auto& [needle, shown] : forbidden) {
        if (lower.find(needle) != std::string::npos)
            return std::string(shown);
    }
    return std::nullopt;
}

std::optional<std::string> checkImage(const fs::path& folder, std::string_view path) {
    const std::string shown = "image '" + std::string(path) + "'";
    if (std::ranges::any_of(path, [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
        return "image path contains a control character";
    if (hasScheme(path))
        return shown + " must be a file in the routine's folder, not a URL";
    if (path.starts_with('/'))
        return shown + " must be a path relative to the routine's folder";
    if (path.find('\\') != std::string_view::npos)
        return shown + " must use '/' between folders";
    if (hasDotDotSegment(path))
        return shown + " must not use '..' (images stay inside the routine's folder)";

    const fs::path base = folder.empty() ? fs::path(".") : folder;
    const fs::path file = base / fs::path(path);
    std::error_code ec;
    const auto status = fs::status(file, ec); // follows links
    if (ec || !fs::exists(status))
        return shown + " does not exist";
    const auto realFolder = fs::canonical(base, ec);
    const auto realFile = ec ? fs::path() : fs::canonical(file, ec);
    if (ec)
        return shown + " cannot be read (" + ec.message() + ")";
    if (!isInside(realFile, realFolder))
        return shown + " leads outside the routine's folder";
    if (!fs::is_regular_file(status))
        return shown + " is not a file";
    const auto size = fs::file_size(file, ec);
    if (ec)
        return shown + " cannot be read (" + ec.message() + ")";

    const auto head = readPrefix(file, 8);
    if (isPng(head) || isJpeg(head))
        return std::nullopt;
    return checkSvg(file, size, shown);
}

} // namespace limber
