#include "settings/settings.h"

#include <QStandardPaths>
#include <QTime>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// The INI file's keys. Users' files carry them: never rename one
// (tests/data/settings/limber-0.1.conf is a file written by 0.1).
const QString kGetReady = u"session/getReady"_s;
const QString kBreathPace = u"session/breathPaceMs"_s;
const QString kAutoAdvance = u"session/autoAdvance"_s;
const QString kHoldChoice = u"session/holdChoice"_s;
const QString kLanguage = u"ui/language"_s;
const QString kMotion = u"ui/motion"_s;
const QString kPainCheckIns = u"safety/painCheckIns"_s;
const QString kAudioMode = u"audio/mode"_s;
const QString kMuted = u"audio/muted"_s;
const QString kVolume = u"audio/volume"_s;
const QString kEngine = u"speech/engine"_s;
const QString kVoice = u"speech/voice"_s;
const QString kRate = u"speech/rate"_s;
const QString kPitch = u"speech/pitch"_s;
const QString kGeometry = u"window/geometry"_s;
const QString kRemindersOn = u"reminders/on"_s;
const QString kActiveLimit = u"reminders/activeMinutes"_s;
const QString kNaturalBreak = u"reminders/naturalBreakMinutes"_s;
const QString kWorkDays = u"reminders/days"_s;   // "1,2,3,4,5": 0 is Sunday
const QString kWorkStart = u"reminders/start"_s; // "08:00"
const QString kWorkEnd = u"reminders/end"_s;     // "18:00"
const QString kLastBreak = u"reminders/lastBreak"_s;

QString noteKey(Settings::Note note) {
    return note == Settings::Note::HiddenToTray ? u"notes/hiddenToTray"_s : u"notes/noTray"_s;
}

// A time of day setting ("08:00") in minutes after midnight; `fallback` when
// it is missing or not a time.
std::chrono::minutes timeValue(const QSettings& settings, const QString& key,
                               std::chrono::minutes fallback) {
    const QTime time = QTime::fromString(settings.value(key).toString(), u"HH:mm"_s);
    return time.isValid() ? std::chrono::minutes(time.msecsSinceStartOfDay() / 60000) : fallback;
}

QString timeText(std::chrono::minutes minutes) {
    return QTime::fromMSecsSinceStartOfDay(int(minutes.count()) * 60000).toString(u"HH:mm"_s);
}

// Keys of per-routine values: ids match [a-z0-9-], so they are safe in keys.
QString holdKey(const QString& routineId, const QString& exerciseId) {
    return u"holdTargets/"_s + routineId + u'.' + exerciseId;
}

QString breathKey(const QString& routineId, const QString& exerciseId) {
    return u"breathTargets/"_s + routineId + u'.' + exerciseId;
}

QString acknowledgedKey(const QString& routineId) {
    return u"acknowledged/"_s + routineId;
}

// An integer setting within [low, high]; the default when it is missing or
// not a number (a hand-edited or garbled file).
int intValue(const QSettings& settings, const QString& key, int fallback, int low, int high) {
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok ? std::clamp(value, low, high) : fallback;
}

double doubleValue(const QSettings& settings, const QString& key, double fallback, double low,
                   double high) {
    bool ok = false;
    const double value = settings.value(key).toDouble(&ok);
    return ok ? std::clamp(value, low, high) : fallback;
}

} // namespace

Settings::Settings(QObject* parent)
    : Settings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                   u"/limber.conf"_s,
               parent) {}

Settings::Settings(const QString& file, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(file, QSettings::IniFormat)) {}

void Settings::write(Key key, const QString& iniKey, const QVariant& value) {
    if (m_settings->value(iniKey) == value)
        return;
    m_settings->setValue(iniKey, value);
    Q_EMIT changed(key);
}

void Settings::sync() {
    m_settings->sync();
}

std::chrono::seconds Settings::getReady() const {
    return std::chrono::seconds(intValue(*m_settings, kGetReady, 3, 0, 10));
}

void Settings::setGetReady(std::chrono::seconds seconds) {
    write(Key::GetReady, kGetReady,
          static_cast<int>(std::clamp<long long>(seconds.count(), 0, 10)));
}

std::chrono::milliseconds Settings::breathPace() const {
    return std::chrono::milliseconds(intValue(*m_settings, kBreathPace, 5000, 2000, 12000));
}

void Settings::setBreathPace(std::chrono::milliseconds pace) {
    write(Key::BreathPace, kBreathPace,
          static_cast<int>(std::clamp<long long>(pace.count(), 2000, 12000)));
}

bool Settings::autoAdvance() const {
    return m_settings->value(kAutoAdvance, true).toBool();
}

void Settings::setAutoAdvance(bool on) {
    write(Key::AutoAdvance, kAutoAdvance, on);
}

Settings::HoldChoice Settings::holdChoice() const {
    const QString choice = m_settings->value(kHoldChoice).toString();
    if (choice == u"short")
        return HoldChoice::Short;
    if (choice == u"long")
        return HoldChoice::Long;
    return HoldChoice::RoutineDefault;
}

void Settings::setHoldChoice(HoldChoice choice) {
    switch (choice) {
    case HoldChoice::RoutineDefault:
        return write(Key::HoldChoice, kHoldChoice, u"routine"_s);
    case HoldChoice::Short:
        return write(Key::HoldChoice, kHoldChoice, u"short"_s);
    case HoldChoice::Long:
        return write(Key::HoldChoice, kHoldChoice, u"long"_s);
    }
}

std::optional<std::chrono::seconds> Settings::holdTarget(const QString& routineId,
                                                         const QString& exerciseId) const {
    bool ok = false;
    const int seconds = m_settings->value(holdKey(routineId, exerciseId)).toInt(&ok);
    if (!ok || seconds <= 0)
        return std::nullopt;
    return std::chrono::seconds(seconds);
}

void Settings::setHoldTarget(const QString& routineId, const QString& exerciseId,
                             std::chrono::seconds target) {
    write(Key::HoldTarget, holdKey(routineId, exerciseId), static_cast<int>(target.count()));
}

std::optional<int> Settings::breathTarget(const QString& routineId,
                                          const QString& exerciseId) const {
    bool ok = false;
    const int breaths = m_settings->value(breathKey(routineId, exerciseId)).toInt(&ok);
    if (!ok || breaths <= 0)
        return std::nullopt;
    return breaths;
}

void Settings::setBreathTarget(const QString& routineId, const QString& exerciseId, int breaths) {
    write(Key::BreathTarget, breathKey(routineId, exerciseId), breaths);
}

bool Settings::warningsAcknowledged(const QString& routineId, const QString& version) const {
    return m_settings->value(acknowledgedKey(routineId)).toString() == version;
}

void Settings::acknowledgeWarnings(const QString& routineId, const QString& version) {
    write(Key::WarningsAcknowledged, acknowledgedKey(routineId), version);
}

QString Settings::language() const {
    return m_settings->value(kLanguage).toString();
}

void Settings::setLanguage(const QString& language) {
    write(Key::Language, kLanguage, language);
}

bool Settings::painCheckIns() const {
    return m_settings->value(kPainCheckIns, true).toBool();
}

void Settings::setPainCheckIns(bool on) {
    write(Key::PainCheckIns, kPainCheckIns, on);
}

bool Settings::motion() const {
    return m_settings->value(kMotion, true).toBool();
}

void Settings::setMotion(bool on) {
    write(Key::Motion, kMotion, on);
}

Settings::AudioMode Settings::audioMode() const {
    const QString mode = m_settings->value(kAudioMode).toString();
    if (mode == u"off")
        return AudioMode::Off;
    if (mode == u"sounds")
        return AudioMode::SoundsOnly;
    if (mode == u"voice")
        return AudioMode::VoiceOnly;
    return AudioMode::VoiceAndSounds;
}

void Settings::setAudioMode(AudioMode mode) {
    switch (mode) {
    case AudioMode::Off:
        return write(Key::AudioMode, kAudioMode, u"off"_s);
    case AudioMode::SoundsOnly:
        return write(Key::AudioMode, kAudioMode, u"sounds"_s);
    case AudioMode::VoiceOnly:
        return write(Key::AudioMode, kAudioMode, u"voice"_s);
    case AudioMode::VoiceAndSounds:
        return write(Key::AudioMode, kAudioMode, u"both"_s);
    }
}

bool Settings::muted() const {
    return m_settings->value(kMuted, false).toBool();
}

void Settings::setMuted(bool muted) {
    write(Key::Muted, kMuted, muted);
}

double Settings::volume() const {
    return doubleValue(*m_settings, kVolume, 0.8, 0.0, 1.0);
}

void Settings::setVolume(double volume) {
    write(Key::Volume, kVolume, std::clamp(volume, 0.0, 1.0));
}

QString Settings::speechEngine() const {
    return m_settings->value(kEngine, u"flite"_s).toString();
}

void Settings::setSpeechEngine(const QString& engine) {
    write(Key::SpeechEngine, kEngine, engine);
}

QString Settings::voice() const {
    return m_settings->value(kVoice).toString();
}

void Settings::setVoice(const QString& voice) {
    write(Key::Voice, kVoice, voice);
}

double Settings::speechRate() const {
    return doubleValue(*m_settings, kRate, 0.0, -1.0, 1.0);
}

void Settings::setSpeechRate(double rate) {
    write(Key::SpeechRate, kRate, std::clamp(rate, -1.0, 1.0));
}

double Settings::speechPitch() const {
    return doubleValue(*m_settings, kPitch, 0.0, -1.0, 1.0);
}

void Settings::setSpeechPitch(double pitch) {
    write(Key::SpeechPitch, kPitch, std::clamp(pitch, -1.0, 1.0));
}

QByteArray Settings::windowGeometry() const {
    return m_settings->value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry) {
    write(Key::WindowGeometry, kGeometry, geometry);
}

bool Settings::remindersOn() const {
    return m_settings->value(kRemindersOn, false).toBool();
}

void Settings::setRemindersOn(bool on) {
    write(Key::RemindersOn, kRemindersOn, on);
}

ReminderSettings Settings::reminderSettings() const {
    ReminderSettings reminders;
    reminders.activeLimit = std::chrono::minutes(intValue(*m_settings, kActiveLimit, 50, 5, 240));
    reminders.naturalBreak = std::chrono::minutes(intValue(*m_settings, kNaturalBreak, 5, 1, 60));
    if (m_settings->contains(kWorkDays)) {
        reminders.hours.weekdays.fill(false);
        for (const QString& day : m_settings->value(kWorkDays).toString().split(u',')) {
            bool ok = false;
            const int index = day.trimmed().toInt(&ok);
            if (ok && index >= 0 && index < 7)
                reminders.hours.weekdays[std::size_t(index)] = true;
        }
    }
    reminders.hours.start = timeValue(*m_settings, kWorkStart, reminders.hours.start);
    reminders.hours.end = timeValue(*m_settings, kWorkEnd, reminders.hours.end);
    return reminders;
}

void Settings::setReminderSettings(const ReminderSettings& reminders) {
    if (reminders == reminderSettings())
        return;
    QStringList days;
    for (std::size_t day = 0; day < reminders.hours.weekdays.size(); ++day) {
        if (reminders.hours.weekdays[day])
            days << QString::number(day);
    }
    m_settings->setValue(kActiveLimit, int(reminders.activeLimit.count()));
    m_settings->setValue(kNaturalBreak, int(reminders.naturalBreak.count()));
    m_settings->setValue(kWorkDays, days.join(u','));
    m_settings->setValue(kWorkStart, timeText(reminders.hours.start));
    m_settings->setValue(kWorkEnd, timeText(reminders.hours.end));
    Q_EMIT changed(Key::Reminders);
}

QString Settings::lastBreak() const {
    return m_settings->value(kLastBreak).toString();
}

void Settings::setLastBreak(const QString& exercise) {
    write(Key::LastBreak, kLastBreak, exercise);
}

bool Settings::noteShown(Note note) const {
    return m_settings->value(noteKey(note), false).toBool();
}

void Settings::setNoteShown(Note note) {
    write(Key::NoteShown, noteKey(note), true);
}

} // namespace limber
