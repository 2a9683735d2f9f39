#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>

namespace limber::test {

// A fresh temporary folder, removed with everything in it at the end of scope.
class ScratchDir {
public:
    ScratchDir() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "limber-test-XXXXXX").string();
        if (!mkdtemp(pattern.data()))
            throw std::runtime_error("mkdtemp failed");
        m_path = pattern;
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

    // Writes `content` to `relative` (creating folders) and returns its path.
    std::filesystem::path write(const std::filesystem::path& relative,
                                std::string_view content) const {
        const auto file = m_path / relative;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary)
            .write(content.data(), static_cast<std::streamsize>(content.size()));
        return file;
    }

private:
    std::filesystem::path m_path;
};

// A routine with one exercise; `extra` is appended as more top-level keys.
inline std::string simpleRoutine(std::string_view id, std::string_view title = "Simple") {
    return "limber: 1\nid: " + std::string(id) + "\ntitle: " + std::string(title) +
           "\nexercises:\n  - id: stand\n    title: Stand\n    image: tiny.png\n"
           "    steps:\n      - text: Stand tall.\n";
}

inline constexpr std::string_view kTinyPng{"\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16};

} // namespace limber::test
