#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace limber {

// Checks an `image:` path from a routine file. Returns what is wrong, in
// words for the routine's author, or nullopt when the image is fine.
//
// The path is relative to the routine's folder and must stay inside it:
//
//   images/wall.png         fine, when that file is a PNG
//   /usr/share/x.png        refused: absolute
//   https://x.org/a.png     refused: a URL (anything with a scheme, like file:)
//   images/../../a.png      refused: '..'
//   images\wall.png         refused: '\' (use '/')
//   images/link.png         refused when the link resolves outside the folder
//
// The file must be a PNG or JPEG (by its first bytes, whatever its name) or
// an SVG (text whose root element is <svg>) that references no other file;
// see findSvgReference.
[[nodiscard]] std::optional<std::string> checkImage(const std::filesystem::path& folder,
                                                    std::string_view path);

// Whether `svg` is text whose first element is <svg ...>, after an optional
// byte order mark, XML declaration, comments and DOCTYPE.
[[nodiscard]] bool looksLikeSvg(std::string_view svg);

// The first thing in an SVG that could make a renderer read another file
// (QtSvg 6.4 loads whatever an <image href> names), quoted for a message, or
// nullopt. Only references inside the document ("#id") are allowed:
//
//   <use href="#leg"/>, fill="url(#grad)"        fine
//   <use xlink:href="other.svg#leg"/>             "href=\"other.svg#leg\""
//   style="fill: url(pattern.svg)"                "url(pattern.svg)"
//   <image .../>                                  "<image>" (even with a data: URI)
//   @import, <!ENTITY                             "@import", "<!ENTITY"
[[nodiscard]] std::optional<std::string> findSvgReference(std::string_view svg);

} // namespace limber
