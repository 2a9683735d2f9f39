#include "common/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// Words of Qt's own dialogs that Qt's catalogue lacks in a language Limber
// speaks, for Limber's catalogue to fill in (Qt's own wins where it has one):
// qtbase_es.qm of Qt 6.4 has no "Folder" for the file dialog's Type column.
[[maybe_unused]] constexpr const char* kQtWordsMissing[][2] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
};

} // namespace

Translations::Translations(QObject* parent)
    : QObject(parent) {}

QStringList Translations::available() {
    QStringList languages;
    for (const auto& file : QDir(u":/i18n"_s).entryList({u"limber_*.qm"_s}, QDir::Files))
        languages << file.mid(7, file.size() - 10); // limber_de.qm -> de
    return languages;
}

QString Translations::apply(const QString& language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    // English needs its catalogue too: it holds the plural forms.
    if (m_app.load(locale, u"limber"_s, u"_"_s, u":/i18n"_s) ||
        m_app.load(QLocale(QLocale::English), u"limber"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);

    const QString file = m_app.filePath(); // ":/i18n/limber_de.qm"
    return file.isEmpty() ? u"en"_s : file.section(u'_', -1).section(u'.', 0, 0);
}

} // namespace limber
