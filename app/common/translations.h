#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace limber {

// The user interface's language: Limber's own catalogue (embedded under
// :/i18n, built from translations/limber_<lang>.ts) and Qt's (standard
// dialogs), installed on the application. Switching installs the new ones;
// Qt then sends every widget a LanguageChange event, so the change shows at
// once without a restart.
class Translations : public QObject {
    Q_OBJECT

public:
    explicit Translations(QObject* parent = nullptr);

    // `language` is a tag like "de" or "es-MX"; empty follows the system.
    // Also makes it the default QLocale, so numbers, durations and routine
    // texts follow. Returns the language now in effect ("de").
    QString apply(const QString& language);

    // The languages Limber's interface is translated into.
    [[nodiscard]] static QStringList available();

private:
    QTranslator m_app;
    QTranslator m_qt;
};

} // namespace limber
