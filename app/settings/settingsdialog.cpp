#include "settings/settingsdialog.h"

#include "audio/audiosession.h"
#include "audio/narrator.h"
#include "audio/soundplayer.h"
#include "history/historystore.h"
#include "reminders/autostart.h"
#include "reminders/idlesource.h"
#include "reminders/reminders.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <cmath>
#include <functional>

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
    : ScrollingDialog(parent)
    , m_settings(settings) {
    build();
}

void SettingsDialog::setAudio(AudioSession& audio) {
    audio.start();
    m_sounds = audio.sounds();
    m_narrator = audio.narrator();
    build();
}

void SettingsDialog::setIdleSource(const IdleSource& source) {
    m_idle = &source;
    build();
}

void SettingsDialog::setReminders(const Reminders& reminders) {
    m_reminders = &reminders;
    build();
}

void SettingsDialog::setHistory(HistoryStore& history) {
    m_history = &history;
    build();
}

void SettingsDialog::build() {
    // Rebuilt whole on a language change: every control writes through, so
    // nothing is lost; the focus goes back to the control that had it.
    const QString focused = focusWidget() ? focusWidget()->objectName() : QString();
    m_voice = nullptr;
    m_voiceStatus = nullptr;
    setWindowTitle(tr("Settings"));
    setLocale(QLocale()); // numbers in the spin boxes, in the language of the moment
    m_content = new QWidget;
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins({});
    layout->addWidget(sessionGroup());
    layout->addWidget(appearanceGroup());
    layout->addWidget(audioGroup());
    layout->addWidget(remindersGroup());
    if (m_history)
        layout->addWidget(historyGroup());
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    // Enter closes the window, wherever the focus is; the test-sound and
    // preview buttons play only when clicked or pressed with Space.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    // Named here too, so it is in the interface's language even where Qt's
    // own translations (qt6-translations-l10n) are not installed.
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close", "button: closes the window"));
    // Later, the ones before: the change may come from inside one of their controls.
    setContent(m_content, buttons);
    if (!focused.isEmpty()) {
        if (auto* widget = m_content->findChild<QWidget*>(focused))
            widget->setFocus();
    }
}

void SettingsDialog::changeEvent(QEvent* event) {
    QDialog::changeEvent(event);
    // Queued: after the main window has moved the voice to the new language.
    if (event->type() == QEvent::LanguageChange && m_content)
        QMetaObject::invokeMethod(this, &SettingsDialog::build, Qt::QueuedConnection);
}

QWidget* SettingsDialog::sessionGroup() {
    auto* group = new QGroupBox(tr("Session", "settings group: how a session runs"));
    auto* form = new QFormLayout(group);

    auto* getReady = new QSpinBox;
    getReady->setRange(0, 10);
    getReady->setSpecialValueText(tr("Off", "get-ready countdown: none"));
    getReady->setSuffix(tr(" s", "unit after a number: seconds"));
    getReady->setValue(static_cast<int>(m_settings.getReady().count()));
    getReady->setAccessibleName(tr("Get-ready countdown in seconds"));
    getReady->setToolTip(tr("A countdown before each hold, so you can get into position."));
    connect(getReady, &QSpinBox::valueChanged, this,
            [this](int value) { m_settings.setGetReady(std::chrono::seconds(value)); });
    getReady->setObjectName(u"getReady"_s);
    form->addRow(tr("&Get ready before a hold:"), getReady);

    auto* pace = new QDoubleSpinBox;
    pace->setRange(2.0, 12.0);
    pace->setSingleStep(0.5);
    pace->setDecimals(1);
    pace->setSuffix(tr(" s", "unit after a number: seconds"));
    pace->setValue(static_cast<double>(m_settings.breathPace().count()) / 1000.0);
    pace->setAccessibleName(tr("Length of one breath in seconds"));
    pace->setToolTip(tr("How long one slow breath takes: half breathing in, half breathing out."));
    connect(pace, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        m_settings.setBreathPace(std::chrono::milliseconds(static_cast<int>(seconds * 1000)));
    });
    pace->setObjectName(u"breathPace"_s);
    form->addRow(tr("&One breath takes:"), pace);

    auto* autoAdvance = new QCheckBox(tr("Go on to the ne&xt step when a timer ends"));
    autoAdvance->setChecked(m_settings.autoAdvance());
    autoAdvance->setToolTip(tr("When off, Limber waits for you to press Next (Right arrow)."));
    connect(autoAdvance, &QCheckBox::toggled, this,
            [this](bool on) { m_settings.setAutoAdvance(on); });
    autoAdvance->setObjectName(u"autoAdvance"_s);
    form->addRow(autoAdvance);

    auto* holdChoice =
        choiceBox({{tr("The routine's suggestion"), u"routine"_s},
                   {tr("The short end"), u"short"_s},
                   {tr("The long end"), u"long"_s}},
                  m_settings.holdChoice() == Settings::HoldChoice::Short  ? u"short"_s
                  : m_settings.holdChoice() == Settings::HoldChoice::Long ? u"long"_s
                                                                          : u"routine"_s);
    holdChoice->setAccessibleName(tr("Where hold ranges start"));
    holdChoice->setToolTip(tr("For holds like “30\u00a0s to 1\u00a0min”, until you choose in the "
                              "routine's overview."));
    connect(holdChoice, &QComboBox::currentIndexChanged, this, [this, holdChoice] {
        const QString choice = holdChoice->currentData().toString();
        m_settings.setHoldChoice(choice == u"short"  ? Settings::HoldChoice::Short
                                 : choice == u"long" ? Settings::HoldChoice::Long
                                                     : Settings::HoldChoice::RoutineDefault);
    });
    holdChoice->setObjectName(u"holdChoice"_s);
    form->addRow(tr("Holds with a range &start at:"), holdChoice);
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
    language->setAccessibleName(tr("Language", "interface language"));
    connect(language, &QComboBox::currentIndexChanged, this,
            [this, language] { m_settings.setLanguage(language->currentData().toString()); });
    language->setObjectName(u"language"_s);
    form->addRow(tr("&Language:"), language);

    auto* motion = new QCheckBox(tr("A&nimate the pictures"));
    motion->setChecked(m_settings.motion());
    motion->setToolTip(tr("When off, every picture stands still."));
    connect(motion, &QCheckBox::toggled, this, [this](bool on) { m_settings.setMotion(on); });
    motion->setObjectName(u"motion"_s);
    form->addRow(motion);
    auto* checkIns = new QCheckBox(tr("Ask about pain before and af&ter each session"));
    checkIns->setChecked(m_settings.painCheckIns());
    checkIns->setToolTip(tr("When off, Limber cannot check whether your pain calls for seeing "
                            "a doctor."));
    connect(checkIns, &QCheckBox::toggled, this,
            [this](bool on) { m_settings.setPainCheckIns(on); });
    checkIns->setObjectName(u"painCheckIns"_s);
    form->addRow(checkIns);
    return group;
}

QWidget* SettingsDialog::audioGroup() {
    auto* group = new QGroupBox(tr("Sound and voice"));
    auto* form = new QFormLayout(group);

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
                            {tr("Off", "audio prompts: no sound, no voice"), u"off"_s}},
                           modeName(m_settings.audioMode()));
    mode->setAccessibleName(tr("Audio prompts"));
    connect(mode, &QComboBox::currentIndexChanged, this, [this, mode] {
        const QString chosen = mode->currentData().toString();
        m_settings.setAudioMode(chosen == u"off"      ? Mode::Off
                                : chosen == u"sounds" ? Mode::SoundsOnly
                                : chosen == u"voice"  ? Mode::VoiceOnly
                                                      : Mode::VoiceAndSounds);
    });
    mode->setObjectName(u"audioMode"_s);
    form->addRow(tr("&Audio prompts:"), mode);

    auto* volume = new QSlider(Qt::Horizontal);
    volume->setRange(0, 100);
    volume->setValue(static_cast<int>(m_settings.volume() * 100));
    volume->setAccessibleName(tr("Volume", "loudness"));
    volume->setToolTip(tr("The loudness of the cue sounds and the voice."));
    connect(volume, &QSlider::valueChanged, this,
            [this](int value) { m_settings.setVolume(value / 100.0); });
    volume->setObjectName(u"volume"_s);
    form->addRow(tr("Vol&ume:"), volume);

    auto* muted = new QCheckBox(tr("&Mute (M in the player)"));
    muted->setChecked(m_settings.muted());
    connect(muted, &QCheckBox::toggled, this, [this](bool on) { m_settings.setMuted(on); });
    connect(&m_settings, &Settings::changed, muted, [this, muted](Settings::Key key) {
        if (key == Settings::Key::Muted)
            muted->setChecked(m_settings.muted());
    });
    muted->setObjectName(u"muted"_s);
    form->addRow(muted);

    if (m_sounds) {
        auto* testSound = new QPushButton(tr("Play a test soun&d"));
        testSound->setObjectName(u"testSound"_s);
        testSound->setAutoDefault(false);
        testSound->setToolTip(tr("Plays the sound that starts a hold, at the volume above."));
        connect(testSound, &QPushButton::clicked, this, [this] {
            if (!m_sounds)
                return;
            m_sounds->play(CueSound::HoldStart);
            updateVoiceStatus();
        });
        form->addRow(testSound);
    }
    if (m_narrator)
        addVoiceControls(form);
    return group;
}

void SettingsDialog::addVoiceControls(QFormLayout* form) {
    auto* engine = new QComboBox;
    engine->setObjectName(u"speechEngine"_s);
    QStringList engines = Narrator::availableEngines();
    if (!engines.contains(m_settings.speechEngine()))
        engines.prepend(m_settings.speechEngine());
    for (const QString& name : engines) {
        const QString title = Narrator::availableEngines().contains(name)
                                  ? Narrator::engineTitle(name)
                                  : tr("%1 (not installed)").arg(Narrator::engineTitle(name));
        engine->addItem(title, name);
    }
    engine->setCurrentIndex(std::max(0, engine->findData(m_settings.speechEngine())));
    engine->setAccessibleName(tr("Speech engine"));
    engine->setToolTip(tr("flite speaks English and needs nothing else; speech-dispatcher "
                          "speaks many languages through espeak-ng."));
    connect(engine, &QComboBox::currentIndexChanged, this, [this, engine] {
        m_settings.setSpeechEngine(engine->currentData().toString());
        m_settings.setVoice({});
        fillVoices();
        updateVoiceStatus();
    });
    form->addRow(tr("Speech &engine:"), engine);

    m_voice = new QComboBox;
    m_voice->setObjectName(u"voice"_s);
    m_voice->setAccessibleName(tr("Voice", "speech synthesis voice"));
    connect(m_voice, &QComboBox::activated, this,
            [this] { m_settings.setVoice(m_voice->currentData().toString()); });
    form->addRow(tr("Vo&ice:"), m_voice);

    // -1..1 in Settings; a slider of whole steps for the keyboard.
    const auto slider = [&](const QString& name, const QString& accessible, double value,
                            std::function<void(double)> set) {
        auto* control = new QSlider(Qt::Horizontal);
        control->setObjectName(name);
        control->setRange(-10, 10);
        control->setPageStep(5);
        control->setValue(static_cast<int>(std::lround(value * 10)));
        control->setAccessibleName(accessible);
        connect(control, &QSlider::valueChanged, this,
                [set = std::move(set)](int step) { set(step / 10.0); });
        return control;
    };
    auto* rate = slider(u"speechRate"_s, tr("Speaking rate"), m_settings.speechRate(),
                        [this](double value) { m_settings.setSpeechRate(value); });
    rate->setToolTip(tr("Slower to the left, faster to the right."));
    form->addRow(tr("Speaking &rate:"), rate);
    auto* pitch =
        slider(u"speechPitch"_s, tr("Pitch", "voice: high or low"), m_settings.speechPitch(),
               [this](double value) { m_settings.setSpeechPitch(value); });
    pitch->setToolTip(tr("Lower to the left, higher to the right."));
    form->addRow(tr("&Pitch:"), pitch);

    auto* preview = new QPushButton(tr("Previe&w the voice"));
    preview->setObjectName(u"preview"_s);
    preview->setAutoDefault(false);
    preview->setToolTip(tr("Says a sentence with the engine, voice, rate and pitch above."));
    connect(preview, &QPushButton::clicked, this, [this] {
        if (!m_narrator)
            return;
        m_narrator->say(tr("Breathe in slowly, and let your shoulders drop as you breathe out."));
        updateVoiceStatus();
    });
    form->addRow(preview);

    m_voiceStatus = new QLabel;
    m_voiceStatus->setObjectName(u"voiceStatus"_s);
    m_voiceStatus->setWordWrap(true);
    m_voiceStatus->setTextInteractionFlags(Qt::TextSelectableByKeyboard |
                                           Qt::TextSelectableByMouse);
    form->addRow(m_voiceStatus);
    connect(m_narrator, &Narrator::availabilityChanged, m_voiceStatus,
            [this] { updateVoiceStatus(); });
    fillVoices();
    updateVoiceStatus();
}

QWidget* SettingsDialog::remindersGroup() {
    auto* group = new QGroupBox(tr("Break reminders", "settings group"));
    auto* layout = new QVBoxLayout(group);
    const ReminderSettings current = m_settings.reminderSettings();
    // Every control writes the whole of the reminder settings, as shown.
    const auto change = [this](const std::function<void(ReminderSettings&)>& edit) {
        ReminderSettings reminders = m_settings.reminderSettings();
        edit(reminders);
        m_settings.setReminderSettings(reminders);
    };

    auto* on = new QCheckBox(tr("Remind me to take &breaks"));
    on->setObjectName(u"remindersOn"_s);
    on->setChecked(m_settings.remindersOn());
    on->setToolTip(tr("After a stretch of computer use, Limber offers a short guided stretch."));
    connect(on, &QCheckBox::toggled, this,
            [this](bool checked) { m_settings.setRemindersOn(checked); });
    auto* autostart = new QCheckBox(tr("Start Limber in the tra&y when I log in"));
    autostart->setObjectName(u"autostart"_s);
    autostart->setChecked(autostart::enabled());
    connect(autostart, &QCheckBox::toggled, this, [this, autostart](bool checked) {
        QString error;
        if (!autostart::setEnabled(checked, error)) {
            const QSignalBlocker blocker(autostart);
            autostart->setChecked(!checked);
            autostart->setToolTip(tr("Could not change %1: %2")
                                      .arg(QDir::toNativeSeparators(autostart::file()), error));
        }
    });
    auto* checks = new QHBoxLayout;
    checks->addWidget(on);
    checks->addWidget(autostart);
    checks->addStretch(1);
    layout->addLayout(checks);
    // The schedule, changeable while reminders are on.
    auto* details = new QWidget;
    auto* form = new QFormLayout(details);
    form->setContentsMargins({});
    layout->addWidget(details);

    const auto minutes = [this](int low, int high, std::chrono::minutes value) {
        auto* spin = new QSpinBox;
        spin->setRange(low, high);
        spin->setSuffix(tr(" min", "unit after a number: minutes"));
        spin->setValue(int(value.count()));
        return spin;
    };
    auto* limit = minutes(5, 240, current.activeLimit);
    limit->setObjectName(u"activeLimit"_s);
    limit->setAccessibleName(tr("Minutes of computer use before a break"));
    connect(limit, &QSpinBox::valueChanged, this, [change](int value) {
        change([value](ReminderSettings& r) { r.activeLimit = std::chrono::minutes(value); });
    });
    form->addRow(tr("Remind after this much &computer use:"), limit);
    auto* natural = minutes(1, 60, current.naturalBreak);
    natural->setObjectName(u"naturalBreak"_s);
    natural->setAccessibleName(tr("Minutes without input that count as a break"));
    natural->setToolTip(
        tr("Stepping away this long counts as a break and starts the count again."));
    connect(natural, &QSpinBox::valueChanged, this, [change](int value) {
        change([value](ReminderSettings& r) { r.naturalBreak = std::chrono::minutes(value); });
    });
    form->addRow(tr("&Quiet time that counts as a break:"), natural);

    // Monday first, as a working week reads; weekdays[] counts from Sunday.
    auto* days = new QHBoxLayout;
    const QLocale locale;
    for (int day : {1, 2, 3, 4, 5, 6, 0}) {
        auto* box = new QCheckBox(locale.dayName(day == 0 ? 7 : day, QLocale::ShortFormat));
        box->setObjectName(u"day%1"_s.arg(day));
        box->setAccessibleName(locale.dayName(day == 0 ? 7 : day));
        box->setChecked(current.hours.weekdays[std::size_t(day)]);
        connect(box, &QCheckBox::toggled, this, [change, day](bool checked) {
            change([day, checked](ReminderSettings& r) {
                r.hours.weekdays[std::size_t(day)] = checked;
            });
        });
        days->addWidget(box);
    }
    days->addStretch(1);
    form->addRow(tr("Working days:"), days);

    const auto timeEdit = [](std::chrono::minutes value) {
        auto* edit = new QTimeEdit(QTime::fromMSecsSinceStartOfDay(int(value.count()) * 60000));
        edit->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
        return edit;
    };
    auto* from = timeEdit(current.hours.start);
    from->setObjectName(u"workStart"_s);
    from->setAccessibleName(tr("Working hours start"));
    auto* to = timeEdit(current.hours.end);
    to->setObjectName(u"workEnd"_s);
    to->setAccessibleName(tr("Working hours end"));
    const auto minutesOf = [](QTime time) {
        return std::chrono::minutes(time.msecsSinceStartOfDay() / 60000);
    };
    connect(from, &QTimeEdit::timeChanged, this, [change, minutesOf](QTime time) {
        change([&](ReminderSettings& r) { r.hours.start = minutesOf(time); });
    });
    connect(to, &QTimeEdit::timeChanged, this, [change, minutesOf](QTime time) {
        change([&](ReminderSettings& r) { r.hours.end = minutesOf(time); });
    });
    auto* hours = new QHBoxLayout;
    hours->addWidget(from);
    hours->addWidget(new QLabel(tr("to", "working hours: from 08:00 to 18:00")));
    hours->addWidget(to);
    hours->addStretch(1);
    auto* hoursLabel = new QLabel(tr("Wor&king hours:"));
    hoursLabel->setBuddy(from);
    form->addRow(hoursLabel, hours);

    if (m_idle) {
        auto* source = new QLabel(m_idle->name());
        source->setObjectName(u"idleSource"_s);
        source->setWordWrap(true);
        form->addRow(tr("Time at the computer from:"), source);
    }
    if (m_reminders) {
        auto* busy = new QLabel(m_reminders->busySignals());
        busy->setObjectName(u"busySignals"_s);
        busy->setWordWrap(true);
        form->addRow(tr("A due break waits during:"), busy);
    }
    details->setEnabled(on->isChecked());
    connect(on, &QCheckBox::toggled, details, &QWidget::setEnabled);
    return group;
}

QWidget* SettingsDialog::historyGroup() {
    auto* group = new QGroupBox(tr("History", "settings group: sessions and pain check-ins"));
    auto* form = new QFormLayout(group);
    auto* note = new QLabel(tr("Your sessions, pain check-ins and break reminders are kept in one "
                               "file on this computer. Nothing leaves it."));
    note->setWordWrap(true);
    form->addRow(note);
    // A line to select and copy, not a label: the path can be long.
    auto* path = new QLineEdit(QDir::toNativeSeparators(m_history->path()));
    path->setObjectName(u"historyPath"_s);
    path->setReadOnly(true);
    path->setAccessibleName(tr("History file"));
    form->addRow(tr("History file:"), path);
    auto* remove = new QPushButton(tr("Delete my history…"));
    remove->setObjectName(u"deleteHistory"_s);
    remove->setAutoDefault(false);
    remove->setToolTip(tr("Deletes every session, pain check-in and break reminder. Limber "
                          "asks first."));
    connect(remove, &QPushButton::clicked, this, &SettingsDialog::confirmDeleteHistory);
    form->addRow(remove);
    return group;
}

void SettingsDialog::confirmDeleteHistory() {
    if (!m_history)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete your history?"),
                                tr("Delete every session, pain check-in and break reminder Limber "
                                   "has kept? This cannot be undone."),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"confirmDeleteHistory"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    box->setEscapeButton(QMessageBox::No);
    // Named here, so they are in the interface's language even where Qt's
    // own translations are not installed.
    box->button(QMessageBox::Yes)->setText(tr("&Delete", "button: delete the history"));
    box->button(QMessageBox::No)->setText(tr("&Keep it", "button: keep the history"));
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() != box->button(QMessageBox::Yes) || !m_history)
            return;
        // A failure is reported by the store's notice (the main window shows it).
        if (!m_history->deleteAll())
            return;
        auto* done = new QMessageBox(QMessageBox::Information, tr("History deleted"),
                                     tr("Your history is deleted: no session, pain check-in "
                                        "or break reminder is kept any more."),
                                     QMessageBox::Ok, this);
        done->setObjectName(u"historyDeleted"_s);
        done->setAttribute(Qt::WA_DeleteOnClose);
        done->open();
    });
    box->open();
}

void SettingsDialog::fillVoices() {
    if (!m_voice || !m_narrator)
        return;
    // Making an engine can take a moment (speech-dispatcher: about 2 s).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QStringList voices = m_narrator->voices();
    QApplication::restoreOverrideCursor();
    m_voice->clear();
    m_voice->addItem(tr("The engine's default"), QString());
    for (const QString& name : voices)
        m_voice->addItem(name, name);
    m_voice->setCurrentIndex(std::max(0, m_voice->findData(m_settings.voice())));
    m_voice->setEnabled(!voices.isEmpty());
}

QString SettingsDialog::voiceStatus() const {
    return m_voiceStatus ? m_voiceStatus->text() : QString();
}

void SettingsDialog::updateVoiceStatus() {
    if (!m_voiceStatus || !m_narrator)
        return;
    QStringList lines;
    if (m_sounds && !m_sounds->available() && !m_sounds->notice().isEmpty())
        lines << m_sounds->notice();
    if (m_narrator->available()) {
        lines << tr("The voice speaks %1 with %2.")
                     .arg(m_narrator->locale().nativeLanguageName(),
                          Narrator::engineTitle(m_narrator->engine()));
    } else {
        lines << m_narrator->reason();
        if (m_narrator->lacksVoice()) {
            const QString language = m_narrator->locale().nativeLanguageName();
            if (m_narrator->engine() != u"speechd"_s &&
                Narrator::availableEngines().contains(u"speechd"_s))
                lines << tr("Choose speech-dispatcher as the engine for a voice in %1.")
                             .arg(language);
            else if (!Narrator::availableEngines().contains(u"speechd"_s))
                lines << tr("Installing speech-dispatcher and espeak-ng gives voices in German, "
                            "Spanish and many other languages.");
        }
    }
    m_voiceStatus->setText(lines.join(u'\n'));
}

} // namespace limber
