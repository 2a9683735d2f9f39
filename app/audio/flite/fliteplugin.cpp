// Limber's "flite" engine for Qt TextToSpeech, linked in as a static
// plugin (narrator.cpp imports it). Its metadata names the same provider as
// Qt's own flite plugin with a higher "Version" (200 against Qt's 100), and
// QTextToSpeech picks the highest version of a provider: QTextToSpeech("flite")
// then makes a FliteEngine, whether or not Qt's plugin is installed.
#include "audio/flite/fliteengine.h"

#include <QTextToSpeechPlugin>

class LimberFlitePlugin : public QObject, public QTextToSpeechPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.qt-project.qt.speech.tts.plugin/6.0" FILE "fliteplugin.json")
    Q_INTERFACES(QTextToSpeechPlugin)

public:
    QTextToSpeechEngine* createTextToSpeechEngine(const QVariantMap& /*parameters*/,
                                                  QObject* parent,
                                                  QString* /*errorString*/) const override {
        return new limber::FliteEngine(parent);
    }
};

#include "fliteplugin.moc"
