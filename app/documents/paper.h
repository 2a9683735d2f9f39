#pragma once

#include <QLocale>
#include <QPageSize>
#include <QString>
#include <optional>

namespace limber {

// The paper people print on where they live: US Letter in the territories
// that the Unicode CLDR lists for "US-Letter" (Belize, Canada, Chile,
// Colombia, Costa Rica, Guatemala, Mexico, Nicaragua, Panama, the
// Philippines, Puerto Rico, El Salvador, the United States, Venezuela), A4
// everywhere else. Source: Unicode Technical Standard #35, "Unicode Locale
// Data Markup Language (LDML) Part 4: General", section "Measurement System
// Data", https://www.unicode.org/reports/tr35/tr35-general.html
[[nodiscard]] QPageSize::PageSizeId paperFor(QLocale::Territory territory);

// The user's paper: from the territory of the locale named by LC_ALL, else
// LC_PAPER, else LANG (the order POSIX gives them for paper), else
// QLocale::system()'s. Not the interface language's: a German interface in
// Canada still prints on Letter.
[[nodiscard]] QPageSize::PageSizeId localPaper();

// "a4" or "letter" (any case) as a page size; nullopt for anything else.
[[nodiscard]] std::optional<QPageSize::PageSizeId> paperNamed(const QString& name);

} // namespace limber
