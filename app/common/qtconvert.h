#pragma once

#include "routine/localizedtext.h"

#include <QLocale>
#include <QString>
#include <filesystem>
#include <string>

namespace limber {

[[nodiscard]] inline QString toQString(const std::string& text) {
    return QString::fromStdString(text);
}

[[nodiscard]] inline QString toQString(const std::filesystem::path& path) {
    return QString::fromStdString(path.string());
}

[[nodiscard]] inline std::filesystem::path toPath(const QString& path) {
    return std::filesystem::path(path.toStdString());
}

// The BCP-47 tag of the language the UI is shown in ("de", "es-MX").
[[nodiscard]] inline std::string uiLanguageTag() {
    return QLocale().bcp47Name().toStdString();
}

// A routine string in the UI language (see LocalizedText::resolve).
[[nodiscard]] inline QString localized(const LocalizedText& text) {
    return toQString(text.resolve(uiLanguageTag()));
}

} // namespace limber
