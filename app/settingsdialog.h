#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QSlider;
class QSpinBox;

namespace limber {

class Settings;

// The Settings window. Every control writes through to Settings at once (no
// OK/Cancel to forget), so a change shows in the running app immediately.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr);

    // The audio group, for the audio layer to add its own controls (engine,
    // voice, preview, test sound) below mode, volume and mute.
    [[nodiscard]] QFormLayout* audioForm() const { return m_audioForm; }

private:
    QWidget* sessionGroup();
    QWidget* appearanceGroup();
    QWidget* audioGroup();

    Settings& m_settings;
    QFormLayout* m_audioForm = nullptr;
};

} // namespace limber
