#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace limber {

// A string of a routine file in one or more languages.
//
// Written either as a plain string, which is in the routine's `language`, or
// as a map from BCP-47 tags to strings. resolve() picks, in order: the UI
// language exactly ("de-AT"), its primary subtag ("de"), the routine's
// language, "en", then the first entry in file order.
//
//   title: {en: Wall stretch, de: Wanddehnung}
//   LocalizedText::resolve("de-AT") == "Wanddehnung"
//   LocalizedText::resolve("fr")    == "Wall stretch"   (routine language en)
class LocalizedText {
public:
    using Entry = std::pair<std::string, std::string>; // language tag, text

    LocalizedText() = default;
    // A plain string in `language`.
    LocalizedText(std::string language, std::string text);
    // Entries in file order; `fallbackLanguage` is the routine's language.
    LocalizedText(std::vector<Entry> entries, std::string fallbackLanguage);

    [[nodiscard]] std::string resolve(std::string_view uiLanguage) const;
    // The text in exactly this language, or nullptr.
    [[nodiscard]] const std::string* find(std::string_view language) const;
    [[nodiscard]] const std::vector<Entry>& entries() const { return m_entries; }
    [[nodiscard]] bool empty() const { return m_entries.empty(); }

private:
    std::vector<Entry> m_entries;
    std::string m_fallbackLanguage = "en";
};

} // namespace limber
