#include "settingsdialog.h"

#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLocale>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace limber {

namespace {

// A combo box whose items carry data; selects the item with `current`.
QComboBox* choiceBox(const QList<std::pair<QString, QVariant>>& items, const QVariant& current) {
    auto* box = new QComboBox;
    for (const auto& [text, data] : items)
        box->addItem(text, data);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings) {
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(sessionGroup());
    layout->addWidget(appearanceGroup());
    layout->addWidget(audioGroup());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
}

QWidget* SettingsDialog::sessionGroup() {
    auto* group = new QGroupBox(tr("Session"));
    auto* form = new QFormLayout(group);

    auto* getReady = new QSpinBox;
    getReady->setRange(0, 10);
    getReady->setSpecialValueText(tr("Off"));
    getReady->setSuffix(tr(" s"));
    getReady->setValue(static_cast<int>(m_settings.getReady().count()));
    getReady->setAccessibleName(tr("Get-ready countdown in seconds"));
    getReady->setToolTip(tr("A countdown before each hold, so you can get into position."));
    connect(getReady, &QSpinBox::valueChanged, this,
            [this](int value) { m_settings.setGetReady(std::chrono::seconds(value)); });
    form->addRow(tr("&Get ready before a hold:"), getReady);

    auto* pace = new QDoubleSpinBox;
    pace->setRange(2.0, 12.0);
    pace->setSingleStep(0.5);
    pace->setDecimals(1);
    pace->setSuffix(tr(" s"));
    pace->setValue(static_cast<double>(m_settings.breathPace().count()) / 1000.0);
    pace->setAccessibleName(tr("Length of one breath in seconds"));
    pace->setToolTip(tr("How long one slow breath takes: half breathing in, half breathing out."));
    connect(pace, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        m_settings.setBreathPace(std::chrono::milliseconds(static_cast<int>(seconds * 1000)));
    });
    form->addRow(tr("&One breath takes:"), pace);

    auto* autoAdvance = new QCheckBox(tr("Go on to the next step when a &timer ends"));
    autoAdvance->setChecked(m_settings.autoAdvance());
    autoAdvance->setToolTip(tr("When off, Limber waits for you to press Next (Right arrow)."));
    connect(autoAdvance, &QCheckBox::toggled, this,
            [this](bool on) { m_settings.setAutoAdvance(on); });
    form->addRow(autoAdvance);

    auto* holdChoice =
        choiceBox({{tr("The routine's suggestion"), u"routine"_s},
                   {tr("The short end"), u"short"_s},
                   {tr("The long end"), u"long"_s}},
                  m_settings.holdChoice() == Settings::HoldChoice::Short  ? u"short"_s
                  : m_settings.holdChoice() == Settings::HoldChoice::Long ? u"long"_s
                                                                          : u"routine"_s);
    holdChoice->setAccessibleName(tr("Where hold ranges start"));
    holdChoice->setToolTip(tr("For holds like “30 s to 1 min”, until you choose in the "
                              "routine's overview."));
    connect(holdChoice, &QComboBox::currentIndexChanged, this, [this, holdChoice] {
        const QString choice = holdChoice->currentData().toString();
        m_settings.setHoldChoice(choice == u"short"  ? Settings::HoldChoice::Short
                                 : choice == u"long" ? Settings::HoldChoice::Long
                                                     : Settings::HoldChoice::RoutineDefault);
    });
    form->addRow(tr("&Holds with a range start at:"), holdChoice);
    return group;
}

QWidget* SettingsDialog::appearanceGroup() {
    auto* group = new QGroupBox(tr("Language and motion"));
    auto* form = new QFormLayout(group);

    // Each language named in itself, so a person can find their own.
    auto* language = choiceBox({{tr("System language"), QString()},
                                {u"English"_s, u"en"_s},
                                {u"Deutsch"_s, u"de"_s},
                                {u"Español"_s, u"es"_s}},
                               m_settings.language());
    language->setAccessibleName(tr("Language"));
    connect(language, &QComboBox::currentIndexChanged, this,
            [this, language] { m_settings.setLanguage(language->currentData().toString()); });
    form->addRow(tr("&Language:"), language);

    auto* motion = new QCheckBox(tr("&Animate the pictures"));
    motion->setChecked(m_settings.motion());
    motion->setToolTip(tr("When off, every picture stands still."));
    connect(motion, &QCheckBox::toggled, this, [this](bool on) { m_settings.setMotion(on); });
    form->addRow(motion);
    return group;
}

QWidget* SettingsDialog::audioGroup() {
    auto* group = new QGroupBox(tr("Sound and voice"));
    m_audioForm = new QFormLayout(group);

    using Mode = Settings::AudioMode;
    const auto modeName = [](Mode mode) {
        switch (mode) {
        case Mode::Off:
            return u"off"_s;
        case Mode::SoundsOnly:
            return u"sounds"_s;
        case Mode::VoiceOnly:
            return u"voice"_s;
        case Mode::VoiceAndSounds:
            break;
        }
        return u"both"_s;
    };
    auto* mode = choiceBox({{tr("Voice and sounds"), u"both"_s},
                            {tr("Voice only"), u"voice"_s},
                            {tr("Sounds only"), u"sounds"_s},
                            {tr("Off"), u"off"_s}},
                           modeName(m_settings.audioMode()));
    mode->setAccessibleName(tr("Audio prompts"));
    connect(mode, &QComboBox::currentIndexChanged, this, [this, mode] {
        const QString chosen = mode->currentData().toString();
        m_settings.setAudioMode(chosen == u"off"      ? Mode::Off
                                : chosen == u"sounds" ? Mode::SoundsOnly
                                : chosen == u"voice"  ? Mode::VoiceOnly
                                                      : Mode::VoiceAndSounds);
    });
    m_audioForm->addRow(tr("&Audio prompts:"), mode);

    auto* volume = new QSlider(Qt::Horizontal);
    volume->setRange(0, 100);
    volume->setValue(static_cast<int>(m_settings.volume() * 100));
    volume->setAccessibleName(tr("Volume"));
    volume->setToolTip(tr("The loudness of the cue sounds and the voice."));
    connect(volume, &QSlider::valueChanged, this,
            [this](int value) { m_settings.setVolume(value / 100.0); });
    m_audioForm->addRow(tr("&Volume:"), volume);

    auto* muted = new QCheckBox(tr("&Mute (M in the player)"));
    muted->setChecked(m_settings.muted());
    connect(muted, &QCheckBox::toggled, this, [this](bool on) { m_settings.setMuted(on); });
    connect(&m_settings, &Settings::changed, muted, [this, muted](const QString& key) {
        if (key == u"audio/muted")
            muted->setChecked(m_settings.muted());
    });
    m_audioForm->addRow(muted);
    return group;
}

} // namespace limber
