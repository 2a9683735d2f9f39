#include "routine/localizedtext.h"

namespace limber {

LocalizedText::LocalizedText(std::string language, std::string text)
    : m_entries{{language, std::move(text)}}
    , m_fallbackLanguage(std::move(language)) {}

LocalizedText::LocalizedText(std::vector<Entry> entries, std::string fallbackLanguage)
    : m_entries(std::move(entries))
    , m_fallbackLanguage(std::move(fallbackLanguage)) {}

const std::string* LocalizedText::find(std::string_view language) const {
    for (const auto& [tag, text] : m_entries) {
        if (tag == language)
            return &text;
    }
    return nullptr;
}

std::string LocalizedText::resolve(std::string_view uiLanguage) const {
    if (m_entries.empty())
        return {};
    if (const auto* text = find(uiLanguage))
        return *text;
    const auto dash = uiLanguage.find_first_of("-_");
    if (dash != std::string_view::npos) {
        if (const auto* text = find(uiLanguage.substr(0, dash)))
            return *text;
    }
    if (const auto* text = find(m_fallbackLanguage))
        return *text;
    if (const auto* text = find("en"))
        return *text;
    return m_entries.front().second;
}

} // namespace limber
