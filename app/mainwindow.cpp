#include "mainwindow.h"

#include "audio/cueannouncer.h"
#include "audio/cueoutput.h"
#include "audio/narrator.h"
#include "audio/soundplayer.h"
#include "common/datapaths.h"
#include "common/imageloader.h"
#include "common/qtconvert.h"
#include "common/translations.h"
#include "estimate.h"
#include "library/libraryview.h"
#include "overview/overviewview.h"
#include "player/doneview.h"
#include "player/playerview.h"
#include "player/sessioncontroller.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace limber {

QString disclaimerText() {
    return MainWindow::tr(
        "Limber's guidance is for education only. It is not a substitute for professional "
        "medical advice, diagnosis or treatment. Stop any stretch that hurts. If your pain "
        "lasts more than a few days, gets worse, or began right after an injury, see a doctor.");
}

MainWindow::MainWindow(std::vector<RoutineFolder> folders, Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_folders(std::move(folders))
    , m_settings(settings)
    , m_images(new ImageLoader(this))
    , m_stack(new QStackedWidget)
    , m_libraryView(new LibraryView({}, m_images))
    , m_overview(new OverviewView(&settings, m_images))
    , m_player(new PlayerView(m_images))
    , m_done(new DoneView) {
    setWindowTitle(tr("Limber"));
    const auto estimator = [this](const Routine& routine) {
        return std::chrono::round<std::chrono::seconds>(estimateDuration(
            routine, sessionSettingsFrom(m_settings), choicesFrom(m_settings, routine)));
    };
    m_libraryView->setDurationEstimator(estimator);
    m_overview->setDurationEstimator(estimator);

    for (QWidget* screen : {static_cast<QWidget*>(m_libraryView), static_cast<QWidget*>(m_overview),
                            static_cast<QWidget*>(m_player), static_cast<QWidget*>(m_done)})
        m_stack->addWidget(screen);
    setCentralWidget(m_stack);
    m_stack->installEventFilter(this);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);

    connect(m_libraryView, &LibraryView::routineActivated, this,
            qOverload<const QString&>(&MainWindow::openRoutine));
    connect(m_libraryView, &LibraryView::reloadRequested, this, &MainWindow::reload);
    connect(m_libraryView, &LibraryView::openRoutineFolderRequested, this, [this] {
        const QString folder = toQString(m_folders.back().path);
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    connect(m_overview, &OverviewView::backRequested, this, &MainWindow::showLibrary);
    connect(m_overview, &OverviewView::startRequested, this, &MainWindow::startSession);
    connect(m_player, &PlayerView::backRequested, this, [this] {
        if (m_cueOutput) {
            m_announcer->cancelPending();
            m_cueOutput->stopSpeech();
        }
        m_stack->setCurrentWidget(m_overview);
    });
    connect(m_player, &PlayerView::audibleCues, this, [this](const std::vector<Cue>& cues) {
        if (m_announcer && m_overview->routine()) {
            m_announcer->announce(cues, *m_overview->routine());
            releaseNarrationWait();
        }
    });
    connect(&m_settings, &Settings::changed, this, &MainWindow::applyAudioSettings);
    connect(m_player, &PlayerView::finished, this, &MainWindow::showDone);
    connect(m_done, &DoneView::libraryRequested, this, &MainWindow::showLibrary);
    connect(m_done, &DoneView::againRequested, this, &MainWindow::startSession);

    createMenus();
    reload();
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1200, 760);
}

MainWindow::~MainWindow() {
    // The screens refer to routines in m_library: they go first.
    delete m_stack;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    // Speech engines take a while to start (speech-dispatcher ~2 s on this
    // thread): only after the first frame has been painted.
    if (watched == m_stack && event->type() == QEvent::Paint && !m_audioStartQueued) {
        m_audioStartQueued = true;
        m_stack->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            ensureAudio();
            const auto mode = m_settings.audioMode();
            if (mode == Settings::AudioMode::VoiceOnly ||
                mode == Settings::AudioMode::VoiceAndSounds)
                m_narrator->start();
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::ensureAudio() {
    if (m_announcer)
        return;
    m_sounds = new SoundPlayer(bundledDataDir() + u"/sounds"_s, this);
    m_narrator = new Narrator(m_settings.speechEngine(), {}, this);
    m_sounds->setVolume(m_settings.volume());
    m_narrator->setVolume(m_settings.volume());
    m_narrator->setVoice(m_settings.voice());
    m_narrator->setRate(m_settings.speechRate());
    m_narrator->setPitch(m_settings.speechPitch());
    followLanguage();
    m_cueOutput = std::make_unique<QtCueOutput>(*m_sounds, *m_narrator);
    m_announcer = std::make_unique<CueAnnouncer>(*m_cueOutput, m_settings);
    connect(m_sounds, &SoundPlayer::availabilityChanged, this, &MainWindow::showAudioNotice);
    connect(m_narrator, &Narrator::availabilityChanged, this, [this] {
        showAudioNotice();
        releaseNarrationWait();
        if (auto* controller = m_player->controller())
            controller->setLookahead(m_announcer->lead());
    });
    // Queued: the engine is never re-entered from inside its own signal.
    connect(m_narrator, &Narrator::finished, this, &MainWindow::releaseNarrationWait,
            Qt::QueuedConnection);
    m_sounds->start(); // checks the files; never waits for a device
    showAudioNotice();
}

void MainWindow::applyAudioSettings(const QString& key) {
    if (key == u"audio/muted"_s && m_mute)
        m_mute->setChecked(m_settings.muted());
    if (!m_announcer)
        return;
    if (key == u"audio/volume"_s) {
        m_sounds->setVolume(m_settings.volume());
        m_narrator->setVolume(m_settings.volume());
    } else if (key == u"speech/engine"_s) {
        m_narrator->setEngine(m_settings.speechEngine());
    } else if (key == u"speech/voice"_s) {
        m_narrator->setVoice(m_settings.voice());
    } else if (key == u"speech/rate"_s) {
        m_narrator->setRate(m_settings.speechRate());
    } else if (key == u"speech/pitch"_s) {
        m_narrator->setPitch(m_settings.speechPitch());
    }
    if (key == u"audio/mode"_s || key == u"audio/muted"_s || key == u"speech/engine"_s) {
        showAudioNotice();
        releaseNarrationWait();
        if (auto* controller = m_player->controller())
            controller->setLookahead(m_announcer->lead());
    }
}

bool MainWindow::voiceSpeaks() const {
    const auto mode = m_settings.audioMode();
    return m_narrator && m_narrator->available() && !m_settings.muted() &&
           (mode == Settings::AudioMode::VoiceOnly || mode == Settings::AudioMode::VoiceAndSounds);
}

void MainWindow::releaseNarrationWait() {
    auto* controller = m_player->controller();
    if (!controller || !controller->progress().waitingForNarration)
        return;
    if (!voiceSpeaks() || !m_narrator->speaking())
        QTimer::singleShot(0, controller, &SessionController::narrationFinished);
}

void MainWindow::followLanguage() {
    if (!m_narrator)
        return;
    const QLocale interface;
    const bool translated =
        Translations::available().contains(QLocale::languageToCode(interface.language()));
    m_narrator->setLocale(
        translated ? interface : QLocale(QLocale::English, QLocale::UnitedStates));
}

void MainWindow::showAudioNotice() {
    // Once each, and only for what the person asked to hear; never a dialog.
    if (!m_announcer || m_settings.muted())
        return;
    const auto mode = m_settings.audioMode();
    const bool wantSounds =
        mode == Settings::AudioMode::SoundsOnly || mode == Settings::AudioMode::VoiceAndSounds;
    const bool wantVoice =
        mode == Settings::AudioMode::VoiceOnly || mode == Settings::AudioMode::VoiceAndSounds;
    QString notice;
    if (wantSounds && !m_soundNoticeShown && !m_sounds->available() &&
        !m_sounds->notice().isEmpty()) {
        m_soundNoticeShown = true;
        notice = m_sounds->notice();
    }
    if (wantVoice && !m_speechNoticeShown && !m_narrator->available() &&
        !m_narrator->reason().isEmpty()) {
        m_speechNoticeShown = true;
        notice = notice.isEmpty() ? m_narrator->reason() : notice + u" "_s + m_narrator->reason();
    }
    if (!notice.isEmpty())
        statusBar()->showMessage(notice, 15000);
}

void MainWindow::createMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    m_reload = file->addAction(tr("&Reload routines"), this, &MainWindow::reload);
    m_reload->setShortcut(QKeySequence::Refresh);
    m_openFolder = file->addAction(tr("&Open routine folder"), this, [this] {
        const QString folder = toQString(m_folders.back().path);
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    auto* preferences = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    preferences->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* view = menuBar()->addMenu(tr("&View"));
    auto* fullScreen = view->addAction(
        tr("&Full screen"), this, [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    auto* library = view->addAction(tr("Routine &library"), this, &MainWindow::showLibrary);
    library->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addSeparator();
    // M: text fields take plain letters first (ShortcutOverride), so typing
    // "m" in the search field does not mute.
    m_mute = view->addAction(tr("&Mute sounds and voice"));
    m_mute->setCheckable(true);
    m_mute->setChecked(m_settings.muted());
    m_mute->setShortcut(QKeySequence(Qt::Key_M));
    connect(m_mute, &QAction::toggled, this, [this](bool muted) { m_settings.setMuted(muted); });

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Medical &disclaimer"), this, &MainWindow::showDisclaimer);
    auto* shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Limber"), this, [this] {
        QMessageBox::about(
            this, tr("About Limber"),
            tr("<h3>Limber %1</h3><p>Guided stretching routines with pictures, "
               "timers and spoken cues.</p><p>%2</p>")
                .arg(QApplication::applicationVersion(), disclaimerText().toHtmlEscaped()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateActions() {
    // The routines stay put while a session runs on one of them.
    const bool browsing = m_stack->currentWidget() != m_player;
    m_reload->setEnabled(browsing);
}

void MainWindow::reload() {
    if (m_stack->currentWidget() == m_player)
        return;
    const QString shown = m_overview->routine() ? toQString(m_overview->routine()->id) : QString();
    m_player->stop();
    m_overview->setRoutine(nullptr, false);
    m_libraryView->setLibrary(nullptr);
    m_library = scanLibrary(m_folders);
    m_libraryView->setLibrary(&m_library);
    if (m_stack->currentWidget() == m_overview && !openRoutine(shown))
        showLibrary();
}

bool MainWindow::openRoutine(const QString& id) {
    const auto* entry = m_library.find(id.toStdString());
    if (!entry)
        return false;
    m_libraryView->selectRoutine(id);
    m_overview->setRoutine(&entry->routine, entry->user);
    m_stack->setCurrentWidget(m_overview);
    return true;
}

void MainWindow::openRoutine(LibraryEntry entry) {
    const QString id = toQString(entry.routine.id);
    m_player->stop();
    m_overview->setRoutine(nullptr, false);
    m_libraryView->setLibrary(nullptr);
    std::erase_if(m_library.routines,
                  [&](const auto& existing) { return existing.routine.id == entry.routine.id; });
    m_library.routines.push_back(std::move(entry));
    m_libraryView->setLibrary(&m_library);
    openRoutine(id);
}

void MainWindow::showLibrary() {
    m_stack->setCurrentWidget(m_libraryView);
}

void MainWindow::startSession() {
    const Routine* routine = m_overview->routine();
    if (!routine)
        return showLibrary();
    ensureAudio();
    m_announcer->beginSession();
    m_stack->setCurrentWidget(m_player);
    SessionSettings session = sessionSettingsFrom(m_settings);
    if (voiceSpeaks()) {
        // The instruction is heard before the hold begins, then a pause, then
        // "Get ready" in a second of its own before the countdown's "3".
        session.waitForNarration = true;
        session.afterNarration = std::chrono::milliseconds(700);
        session.getReadyLeadIn = std::chrono::seconds(1);
    }
    m_player->start(*routine, m_settings, {}, session);
    auto* controller = m_player->controller();
    controller->setLookahead(m_announcer->lead());
    connect(controller, &SessionController::progressChanged, this, [this] {
        if (m_player->controller() && m_player->controller()->isPaused())
            m_announcer->cancelPending();
    });
}

void MainWindow::showDone(const SessionSummary& summary) {
    if (m_overview->routine())
        m_done->setSummary(summary, m_overview->routine()->title);
    else
        m_done->setSummary(summary, QString());
    m_stack->setCurrentWidget(m_done);
}

void MainWindow::showDisclaimer() {
    QMessageBox::information(this, tr("Medical disclaimer"), disclaimerText());
}

void MainWindow::showShortcuts() {
    const QList<std::pair<QString, QString>> keys{
        {tr("Space"), tr("Pause or resume; count a rep when you count them yourself")},
        {tr("Right arrow"), tr("Next step")},
        {tr("Left arrow"), tr("Previous step")},
        {tr("Enter"), tr("Open a routine; start it from its overview")},
        {tr("Esc"), tr("Back: from the player to the overview, from there to the library")},
        {tr("M"), tr("Mute or unmute sounds and voice")},
        {tr("F11"), tr("Full screen")},
        {tr("F5"), tr("Reload the routines")},
        {tr("Ctrl+F"), tr("Search the routines")},
        {tr("F1"), tr("This list")},
    };
    QString html = u"<table cellpadding=\"4\">"_s;
    for (const auto& [key, what] : keys)
        html += u"<tr><td><b>"_s + key.toHtmlEscaped() + u"</b></td><td>"_s + what.toHtmlEscaped() +
                u"</td></tr>"_s;
    QMessageBox::information(this, tr("Keyboard shortcuts"), html + u"</table>"_s);
}

void MainWindow::openSettings() {
    ensureAudio();
    SettingsDialog dialog(m_settings, this);
    dialog.setAudio(m_sounds, m_narrator);
    dialog.exec();
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    setWindowTitle(tr("Limber"));
    menuBar()->clear();
    createMenus();
    updateActions();
    followLanguage();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace limber
