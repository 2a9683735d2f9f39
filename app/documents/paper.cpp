#include "documents/paper.h"

#include <QtGlobal>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace limber {

QPageSize::PageSizeId paperFor(QLocale::Territory territory) {
    static constexpr std::array letter{
        QLocale::Belize,       QLocale::Canada,      QLocale::Chile,      QLocale::Colombia,
        QLocale::CostaRica,    QLocale::Guatemala,   QLocale::Mexico,     QLocale::Nicaragua,
        QLocale::Panama,       QLocale::Philippines, QLocale::PuertoRico, QLocale::ElSalvador,
        QLocale::UnitedStates, QLocale::Venezuela,
    };
    return std::ranges::find(letter, territory) != letter.end() ? QPageSize::Letter : QPageSize::A4;
}

QPageSize::PageSizeId localPaper() {
    for (const char* variable : {"LC_ALL", "LC_PAPER", "LANG"}) {
        QString name = qEnvironmentVariable(variable);
        if (name.isEmpty())
            continue;
        // "en_CA.UTF-8@euro" -> "en_CA"; "C" and "POSIX" name no country.
        name = name.section(u'.', 0, 0).section(u'@', 0, 0);
        if (name == u"C"_s || name == u"POSIX"_s)
            return QPageSize::A4;
        return paperFor(QLocale(name).territory());
    }
    return paperFor(QLocale::system().territory());
}

std::optional<QPageSize::PageSizeId> paperNamed(const QString& name) {
    if (name.compare(u"a4"_s, Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    if (name.compare(u"letter"_s, Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    return std::nullopt;
}

} // namespace limber
