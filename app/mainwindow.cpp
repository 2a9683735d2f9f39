#include "mainwindow.h"

#include "application.h"
#include "audio/audiosession.h"
#include "common/disclaimer.h"
#include "common/filemanager.h"
#include "common/mnemonic.h"
#include "common/qtconvert.h"
#include "common/scrollingdialog.h"
#include "handout/handoutactions.h"
#include "history/advicedialog.h"
#include "history/historystore.h"
#include "history/historyview.h"
#include "history/paincheck.h"
#include "import/importreport.h"
#include "library/libraryview.h"
#include "overview/overviewview.h"
#include "player/doneview.h"
#include "player/playerview.h"
#include "reminders/notifier.h"
#include "reminders/reminders.h"
#include "reminders/tray.h"
#include "session/sessioncontroller.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace limber {

MainWindow::MainWindow(Application& app, const QString& routineId, QWidget* parent)
    : QMainWindow(parent)
    , m_app(app)
    , m_stack(new QStackedWidget)
    , m_painCheck(new PainCheck(
          app.history(), app.settings(), [&app] { return app.wallNow(); }, this)) {
    setWindowTitle(tr("Limber"));
    setCentralWidget(m_stack);
    m_stack->installEventFilter(this);
    // A dialog of this window that had the keyboard closed, and nothing has
    // it now: takeKeyboardBack(). A dialog left open for another program
    // keeps it.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget* now) {
        QWidget* dialog = old ? old->window() : nullptr;
        if (now || !dialog || dialog == this || !dialog->parentWidget() ||
            dialog->parentWidget()->window() != this)
            return;
        QTimer::singleShot(0, this, [this, dialog = QPointer<QWidget>(dialog)] {
            if (!dialog || !dialog->isVisible())
                takeKeyboardBack();
        });
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);

    connect(&m_app, &Application::sessionStarting, this, &MainWindow::showSession);
    m_tray = new Tray(m_app.reminders(), this);
    connect(m_tray, &Tray::openRequested, this, [this] { present({}, false); });
    connect(m_tray, &Tray::settingsRequested, this, [this] {
        present({}, false);
        openSettings();
    });
    connect(m_tray, &Tray::historyRequested, this, [this] {
        present({}, false);
        showHistory();
    });
    connect(m_tray, &Tray::stretchRequested, this, [this] { stretch(false); });
    connect(m_tray, &Tray::quitRequested, this, &MainWindow::quit);
    connect(&m_app.reminders(), &Reminders::changed, this, &MainWindow::updateTray);
    connect(&m_app.reminders(), &Reminders::due, this, &MainWindow::remind);
    connect(m_tray, &Tray::messageClicked, this, &MainWindow::askForBreak);
    connect(&m_app.notifier(), &Notifier::answered, this, [this](Notifier::Answer answer) {
        switch (answer) {
        case Notifier::Answer::Start:
            stretch(true);
            break;
        case Notifier::Answer::Postpone:
            m_app.reminders().postpone();
            break;
        case Notifier::Answer::Skip:
            m_app.reminders().skip();
            break;
        }
    });
    // Closed without a choice: it comes again in 10 minutes.
    connect(&m_app.notifier(), &Notifier::dismissed, &m_app.reminders(), &Reminders::postpone);
    updateTray();
    connect(&m_app, &Application::notice, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    connect(&m_app, &Application::libraryAboutToChange, this, [this] {
        if (m_overview)
            m_overview->setRoutine(nullptr, false);
        if (m_libraryView)
            m_libraryView->setLibrary(nullptr);
    });
    connect(&m_app, &Application::libraryChanged, this, [this] {
        if (m_libraryView)
            m_libraryView->setLibrary(&m_app.library());
    });
    // Whether the voice speaks changes how long a session takes (its pauses):
    // the estimates shown follow.
    connect(&m_app.audio(), &AudioSession::changed, this, &MainWindow::updateEstimates);
    connect(&m_app.settings(), &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Muted && m_mute)
            m_mute->setChecked(m_app.settings().muted());
        if (key == Settings::Key::PainCheckIns)
            updatePainNote();
    });
    connect(m_painCheck, &PainCheck::changed, this, &MainWindow::updatePainNote);
    // Deleted or imported in Settings or the History screen: the advice follows.
    connect(&m_app.history(), &HistoryStore::changed, this, &MainWindow::updatePainNote);
    connect(&m_app, &Application::historyNotice, this, &MainWindow::showHistoryNotice);
    if (const QString opened = m_app.history().openNotice(); !opened.isEmpty())
        QTimer::singleShot(0, this, [this, opened] { showHistoryNotice(opened); });

    // The handout of the routine on the overview.
    m_handout = new HandoutActions(this, [this]() -> const Routine* {
        return m_overview && m_stack->currentWidget() == m_overview ? m_overview->routine()
                                                                    : nullptr;
    });
    connect(m_handout, &HandoutActions::done, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    createMenus();
    // A session left unfinished (the window closed, a crash) is offered on
    // its routine's overview.
    QString opening = routineId;
    if (opening.isEmpty()) {
        if (const auto saved = m_app.savedSession()) {
            const auto* entry = m_app.library().find(saved->routineId.toStdString());
            if (entry && m_app.resumeState(entry->routine) == ResumeState::Offered)
                opening = saved->routineId;
        }
    }
    if (opening.isEmpty() || !openRoutine(opening))
        showLibrary();
    if (!restoreGeometry(m_app.settings().windowGeometry()))
        resize(firstSize(screen()->availableGeometry()));
}

QSize MainWindow::firstSize(const QRect& available) {
    // The frame is not known before the window is shown: borders and a
    // title bar, generously.
    const QSize frame(16, 48);
    return QSize(1200, 760).boundedTo(available.size() - frame);
}

MainWindow::~MainWindow() {
    // The screens refer to routines of the library and to the session.
    m_app.stopSession();
    delete m_stack;
}

// Each screen is made when first shown: the first frame waits only for the
// one it shows (scripts/bench-startup).
LibraryView& MainWindow::libraryView() {
    if (!m_libraryView) {
        m_libraryView = new LibraryView(
            m_app.images(), [this](const Routine& routine) { return m_app.estimate(routine); });
        m_stack->addWidget(m_libraryView);
        m_libraryView->setLibrary(&m_app.library());
        if (const Routine* routine = shownRoutine())
            m_libraryView->selectRoutine(toQString(routine->id));
        connect(m_libraryView, &LibraryView::routineActivated, this,
                qOverload<const QString&>(&MainWindow::openRoutine));
        connect(m_libraryView, &LibraryView::reloadRequested, this, &MainWindow::reload);
        connect(m_libraryView, &LibraryView::openRoutineFolderRequested, this,
                &MainWindow::openUserFolder);
        connect(m_libraryView, &LibraryView::openFolderRequested, this, &MainWindow::openFolder);
        connect(m_libraryView, &LibraryView::historyRequested, this, &MainWindow::showHistory);
    }
    return *m_libraryView;
}

OverviewView& MainWindow::overview() {
    if (!m_overview) {
        m_overview = new OverviewView(m_app.settings(), m_app.images());
        m_overview->setDurationEstimator(
            [this](const Routine& routine) { return m_app.estimate(routine); });
        m_stack->addWidget(m_overview);
        connect(m_overview, &OverviewView::backRequested, this, &MainWindow::showLibrary);
        connect(m_overview, &OverviewView::startRequested, this, &MainWindow::startSession);
        connect(m_overview, &OverviewView::adviceRequested, this, [this] {
            if (const Routine* routine = shownRoutine())
                m_painCheck->showAdvice(*routine);
        });
        connect(m_overview, &OverviewView::resumeRequested, this, &MainWindow::resumeSession);
    }
    return *m_overview;
}

PlayerView& MainWindow::player() {
    if (!m_player) {
        m_player = new PlayerView(m_app.settings(), m_app.images());
        m_player->setAudible(
            [this] { return m_app.audio().soundsPlay() || m_app.audio().voiceSpeaks(); });
        m_stack->addWidget(m_player);
        // Esc: the session is kept, paused, and offered on the overview.
        connect(m_player, &PlayerView::backRequested, this, [this] {
            m_app.pauseSession();
            m_app.saveSession();
            updateResumeOffer();
            m_stack->setCurrentWidget(&overview());
        });
        connect(m_player, &PlayerView::finished, this, &MainWindow::showDone);
    }
    return *m_player;
}

DoneView& MainWindow::done() {
    if (!m_done) {
        m_done = new DoneView;
        m_stack->addWidget(m_done);
        connect(m_done, &DoneView::libraryRequested, this, &MainWindow::showLibrary);
        connect(m_done, &DoneView::againRequested, this, &MainWindow::startSession);
        connect(m_done, &DoneView::historyRequested, this, &MainWindow::showHistory);
    }
    return *m_done;
}

HistoryView& MainWindow::historyView() {
    if (!m_history) {
        m_history = new HistoryView(m_app.history(), [this] { return m_app.wallNow().date(); });
        m_history->setLibrary(&m_app.library());
        m_stack->addWidget(m_history);
        connect(m_history, &HistoryView::backRequested, this, [this] {
            if (m_beforeHistory && m_beforeHistory != m_history)
                m_stack->setCurrentWidget(m_beforeHistory);
            else
                showLibrary();
        });
        connect(m_history, &HistoryView::adviceRequested, this, [this] {
            if (const Routine* routine = routineWithAdvice())
                m_painCheck->showAdvice(*routine);
        });
    }
    return *m_history;
}

void MainWindow::showHistory() {
    // Not during a session: the player keeps the window until it ends or Esc.
    if (m_player && m_stack->currentWidget() == m_player)
        return;
    if (m_stack->currentWidget() != m_history)
        m_beforeHistory = m_stack->currentWidget();
    updateHistoryAdvice();
    m_stack->setCurrentWidget(&historyView());
    historyView().setFocus();
}

const Routine* MainWindow::routineWithAdvice() const {
    for (const auto& entry : m_app.library().routines) {
        if (m_painCheck->advice(entry.routine).any())
            return &entry.routine;
    }
    return nullptr;
}

void MainWindow::updateHistoryAdvice() {
    if (!m_history)
        return;
    const Routine* routine = routineWithAdvice();
    m_history->setAdvice(routine ? AdviceText::summary(m_painCheck->advice(*routine)) : QString());
}

const Routine* MainWindow::shownRoutine() const {
    return m_overview ? m_overview->routine() : nullptr;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    // Speech engines take a while to start (speech-dispatcher ~2 s on this
    // thread): only after the first frame has been painted.
    if (watched == m_stack && event->type() == QEvent::Paint && !m_audioStartQueued) {
        m_audioStartQueued = true;
        m_stack->removeEventFilter(this);
        QTimer::singleShot(0, &m_app, &Application::startAudio);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::takeKeyboardBack() {
    if (isVisible() && !isMinimized() && !QApplication::activeModalWidget() &&
        !QApplication::activeWindow())
        activateWindow();
}

void MainWindow::openUserFolder() {
    const QString folder = m_app.userFolder();
    QDir().mkpath(folder);
    openFolder(folder);
}

void MainWindow::openFolder(const QString& folder) {
    openInFileManager(folder, this, [this, folder](bool opened) {
        if (opened)
            statusBar()->showMessage(
                tr("Opened %1 in the file manager").arg(QDir::toNativeSeparators(folder)), 15000);
        else
            showFolderPath(folder);
    });
}

void MainWindow::showFolderPath(const QString& folder) {
    // No file manager (none installed, or no desktop): the path, to copy.
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"folderDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open folder"));
    auto* text = new QLabel(tr("No file manager could open this folder. Here is its path, "
                               "to copy and open yourself:"));
    text->setWordWrap(true);
    auto* path = new QLineEdit(QDir::toNativeSeparators(folder));
    path->setObjectName(u"folderPath"_s);
    path->setReadOnly(true);
    path->setAccessibleName(tr("Folder path"));
    path->setMinimumWidth(path->fontMetrics().horizontalAdvance(path->text()) +
                          path->fontMetrics().averageCharWidth() * 4);
    path->selectAll();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close", "button: closes the window"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(path);
    layout->addWidget(buttons);
    path->setFocus();
    holdSession();
    connect(dialog, &QDialog::finished, this, &MainWindow::releaseSession);
    dialog->open();
}

void MainWindow::holdSession() {
    if (m_holds++ > 0)
        return;
    SessionController* session = m_app.session();
    if (session && session->engine().started() && !session->isFinished() && !session->isPaused()) {
        m_countingInByWindow = session->engine().countingIn();
        if (m_player)
            m_player->setHeldByWindow(true);
        m_app.pauseSession();
        m_pausedByWindow = true;
    }
}

void MainWindow::releaseSession() {
    if (m_holds <= 0 || --m_holds > 0)
        return;
    if (!std::exchange(m_pausedByWindow, false))
        return;
    if (m_player)
        m_player->setHeldByWindow(false);
    SessionController* session = m_app.session();
    if (!session || !session->isPaused())
        return;
    if (m_countingInByWindow)
        session->rejoin(); // it counts in again
    else
        session->resume();
}

void MainWindow::createMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    m_reload = file->addAction(tr("&Reload routines"), this, &MainWindow::reload);
    m_reload->setShortcut(QKeySequence::Refresh);
    file->addAction(tr("&Open routine folder"), this, &MainWindow::openUserFolder);
    m_import = file->addAction(tr("&Import…"), this, &MainWindow::askImport);
    m_import->setStatusTip(tr("Import Workrave's exercises as a routine of your own"));
    file->addSeparator();
    m_handout->addTo(file);
    file->addSeparator();
    auto* preferences = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    preferences->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setShortcut(QKeySequence::Quit);

    auto* view = menuBar()->addMenu(tr("&View"));
    auto* fullScreen = view->addAction(
        tr("&Full screen"), this, [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    auto* library = view->addAction(tr("Routine &library"), this, &MainWindow::showLibrary);
    library->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    auto* history = view->addAction(tr("&History"), this, &MainWindow::showHistory);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    view->addSeparator();
    // M: text fields take plain letters first (ShortcutOverride), so typing
    // "m" in the search field does not mute.
    m_mute = view->addAction(tr("&Mute sounds and voice"));
    m_mute->setCheckable(true);
    m_mute->setChecked(m_app.settings().muted());
    m_mute->setShortcut(QKeySequence(Qt::Key_M));
    connect(m_mute, &QAction::toggled, this,
            [this](bool muted) { m_app.settings().setMuted(muted); });

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Medical &disclaimer"), this, &MainWindow::showDisclaimer);
    auto* shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Limber"), this, [this] {
        withSessionHeld([this] {
            QMessageBox::about(
                this, tr("About Limber"),
                tr("<h3>Limber %1</h3><p>Guided stretching routines with pictures, "
                   "timers and spoken cues.</p><p>%2</p>")
                    .arg(QApplication::applicationVersion(), Disclaimer::text().toHtmlEscaped()));
        });
    });
    help->addAction(tr("About &Qt"), this,
                    [this] { withSessionHeld([this] { QMessageBox::aboutQt(this); }); });

    // An open menu holds the session too. It is let go a moment after the
    // menu closes, so that a dialog the menu opens takes the hold over
    // without the session running in between.
    for (QMenu* menu : {file, view, help}) {
        connect(menu, &QMenu::aboutToShow, this, &MainWindow::holdSession);
        connect(menu, &QMenu::aboutToHide, this,
                [this] { QTimer::singleShot(0, this, &MainWindow::releaseSession); });
    }
}

void MainWindow::updateEstimates() {
    const DurationEstimator estimator = [this](const Routine& routine) {
        return m_app.estimate(routine);
    };
    if (m_libraryView)
        m_libraryView->setDurationEstimator(estimator);
    if (m_overview)
        m_overview->setDurationEstimator(estimator);
}

void MainWindow::updateActions() {
    // The routines stay put while a session runs on one of them.
    m_reload->setEnabled(!m_player || m_stack->currentWidget() != m_player);
    m_import->setEnabled(m_reload->isEnabled());
    m_handout->update();
}

void MainWindow::askImport() {
    QFileDialog* dialog = ImportReportDialog::askForFile(this);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::importWorkrave);
    holdSession();
    connect(dialog, &QDialog::finished, this, &MainWindow::releaseSession);
    dialog->open();
}

void MainWindow::importWorkrave(const QString& file) {
    if (m_player && m_stack->currentWidget() == m_player)
        return;
    const ImportResult result = WorkraveImport::run(file, m_app.userFolder());
    if (result.imported && m_app.reload()) {
        showLibrary();
        libraryView().selectRoutine(result.routineId);
    }
    auto* report = new ImportReportDialog(result, this);
    report->setAttribute(Qt::WA_DeleteOnClose);
    holdSession();
    connect(report, &QDialog::finished, this, &MainWindow::releaseSession);
    report->open();
}

void MainWindow::reload() {
    if (m_player && m_stack->currentWidget() == m_player)
        return;
    const QString shown = shownRoutine() ? toQString(shownRoutine()->id) : QString();
    const bool onOverview = m_overview && m_stack->currentWidget() == m_overview;
    m_app.reload();
    if (onOverview && !openRoutine(shown))
        showLibrary();
}

bool MainWindow::openRoutine(const QString& id) {
    const auto* entry = m_app.library().find(id.toStdString());
    if (!entry)
        return false;
    if (m_libraryView)
        m_libraryView->selectRoutine(id);
    overview().setRoutine(&entry->routine, entry->user);
    updatePainNote();
    updateResumeOffer();
    m_stack->setCurrentWidget(m_overview);
    return true;
}

void MainWindow::updateResumeOffer() {
    const Routine* routine = shownRoutine();
    if (!routine)
        return;
    const ResumeState state = m_app.resumeState(*routine);
    overview().setResumeOffer(m_app.resumeText(*routine), state == ResumeState::Offered);
}

bool MainWindow::startShownRoutine() {
    if (!m_overview || m_stack->currentWidget() != m_overview || !m_overview->canStart())
        return false;
    startSession();
    return true;
}

void MainWindow::present(const QString& routineId, bool start) {
    if (!routineId.isEmpty()) {
        if (m_app.session() && !m_app.session()->isFinished()) {
            m_app.pauseSession();
            m_app.saveSession();
        }
        if (openRoutine(routineId) && start)
            startShownRoutine();
    }
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::stretch(bool fromReminder) {
    present({}, false);
    const auto choice = m_app.nextBreak();
    if (!choice.routine) {
        statusBar()->showMessage(tr("No routine has an exercise for a break."), 15000);
        return;
    }
    if (!choice.mayStart) {
        openRoutine(toQString(choice.routine->id));
        statusBar()->showMessage(
            tr("Read and tick off the safety notes of this routine; breaks take its exercises "
               "from then on."),
            15000);
        return;
    }
    // A break is a session: the pain check-in and the see-a-doctor advice
    // come first, as before any other.
    m_painCheck->beforeSession(*choice.routine,
                               [this, choice, fromReminder](std::vector<qint64> checkIns) {
                                   updatePainNote();
                                   m_app.startBreak(choice, std::move(checkIns), fromReminder);
                               });
}

void MainWindow::remind(std::chrono::seconds active) {
    m_dueAfter = active;
    if (m_app.notifier().show(active))
        return;
    if (m_tray->shown()) {
        m_tray->showMessage(Notifier::title(),
                            Notifier::text(active) + u'\n' + tr("Click here to choose."));
        return;
    }
    askForBreak();
}

void MainWindow::askForBreak() {
    present({}, false);
    auto* box = new QMessageBox(QMessageBox::Question, Notifier::title(),
                                Notifier::text(m_dueAfter), QMessageBox::NoButton, this);
    box->setObjectName(u"breakPrompt"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_app.notifier().problem().isEmpty())
        box->setInformativeText(m_app.notifier().problem());
    auto* start = box->addButton(tr("&Start", "a break"), QMessageBox::AcceptRole);
    start->setObjectName(u"startBreak"_s);
    auto* later = box->addButton(tr("In &10 minutes"), QMessageBox::RejectRole);
    later->setObjectName(u"postponeBreak"_s);
    auto* skip = box->addButton(tr("S&kip", "a break"), QMessageBox::DestructiveRole);
    skip->setObjectName(u"skipBreak"_s);
    box->setDefaultButton(start);
    connect(box, &QMessageBox::buttonClicked, this, [this, start, skip](QAbstractButton* button) {
        if (button == start)
            stretch(true);
        else if (button == skip)
            m_app.reminders().skip();
        else
            m_app.reminders().postpone();
    });
    box->open();
}

void MainWindow::quit() {
    m_quitting = true;
    close();
    QApplication::quit();
}

void MainWindow::updateTray() {
    const bool inTray = m_tray->shown();
    // Hidden in the tray, the app runs on with no window (a dialog opened
    // from the tray closing last does not end it either).
    QApplication::setQuitOnLastWindowClosed(!inTray);
    if (m_app.reminders().on() && !Tray::available() &&
        !m_app.settings().noteShown(Settings::Note::NoTray)) {
        m_app.settings().setNoteShown(Settings::Note::NoTray);
        statusBar()->showMessage(tr("This desktop has no tray: reminders come as notifications, "
                                    "and closing the window quits Limber."),
                                 30000);
    }
}

void MainWindow::resumeSession() {
    if (const Routine* routine = shownRoutine())
        m_app.resumeSession(*routine);
    else
        showLibrary();
}

void MainWindow::showLibrary() {
    m_stack->setCurrentWidget(&libraryView());
}

void MainWindow::startSession() {
    const Routine* routine = shownRoutine();
    if (!routine) {
        showLibrary();
        return;
    }
    m_painCheck->beforeSession(*routine, [this, routine](std::vector<qint64> checkIns) {
        updatePainNote();
        // The routines may have been reloaded while a dialog was open.
        if (shownRoutine() == routine)
            m_app.startSession(*routine, std::move(checkIns));
    });
}

void MainWindow::updatePainNote() {
    updateHistoryAdvice();
    if (!m_overview)
        return;
    const Routine* routine = shownRoutine();
    const Advice advice = routine ? m_painCheck->advice(*routine) : Advice{};
    m_overview->setPainCheck(m_app.settings().painCheckIns(),
                             advice.any() ? AdviceText::summary(advice) : QString());
}

void MainWindow::showHistoryNotice(const QString& text) {
    statusBar()->showMessage(text, 30000);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("History"), text, QMessageBox::Ok, this);
    box->setObjectName(u"historyNotice"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void MainWindow::showSession(SessionController& session) {
    player().setSession(&session);
    m_stack->setCurrentWidget(m_player);
}

void MainWindow::showDone(const SessionSummary& summary) {
    const Routine* routine = shownRoutine();
    if (routine)
        done().setSummary(summary, routine->title);
    else
        done().setSummary(summary, QString());
    const auto before = m_painCheck->beforeRating();
    done().setPain(before, std::nullopt);
    m_stack->setCurrentWidget(m_done);
    if (routine) {
        m_painCheck->afterSession(*routine, m_app.lastRecordedSession(),
                                  [this, before](std::optional<int> after) {
                                      done().setPain(before, after);
                                      updatePainNote();
                                  });
    }
}

void MainWindow::showDisclaimer() {
    withSessionHeld(
        [this] { QMessageBox::information(this, tr("Medical disclaimer"), Disclaimer::text()); });
}

QList<MainWindow::KeySection> MainWindow::keyboardHelp() const {
    // The menus' shortcuts, as the actions have them.
    QList<KeyHelp> everywhere;
    for (const QAction* menu : menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (const QAction* action : menu->menu()->actions()) {
            QString what = withoutMnemonic(action->text());
            if (what.endsWith(u'…'))
                what.chop(1);
            for (const QKeySequence& key : action->shortcuts())
                everywhere.append({key, what});
        }
    }
    return {
        {tr("Everywhere"), everywhere},
        {tr("Routines"), LibraryView::keys()},
        {tr("Routine overview"), OverviewView::keys()},
        {tr("During a routine"), PlayerView::keys()},
        {tr("When it is done"), DoneView::keys()},
        {tr("History"), HistoryView::keys()},
    };
}

QString MainWindow::keyName(const QKeySequence& key) {
    // Qt calls the big Enter key "Return" ("Retorno" in Spanish); the hints
    // and the keyboards call it Enter.
    if (key == QKeySequence(Qt::Key_Return))
        return tr("Enter", "the key, named as in the hints (Choose with the digits…, then Enter)");
    return key.toString(QKeySequence::NativeText);
}

QString MainWindow::keyboardHelpHtml() const {
    QString html = u"<table cellpadding=\"3\">"_s;
    for (const auto& [title, keys] : keyboardHelp()) {
        html += u"<tr><td colspan=\"2\"><b>"_s + title.toHtmlEscaped() + u"</b></td></tr>"_s;
        for (const auto& [key, what] : keys)
            html += u"<tr><td><b>"_s + keyName(key).toHtmlEscaped() + u"</b></td><td>"_s +
                    what.toHtmlEscaped() + u"</td></tr>"_s;
    }
    return html + u"</table>"_s;
}

void MainWindow::showShortcuts() {
    const QString html = keyboardHelpHtml();
    withSessionHeld([this, &html] {
        // Scrolls on a screen too low for the list (arrows and Page Down), Close in sight;
        // the window it helps with stays in sight above and below it.
        ScrollingDialog dialog(this);
        dialog.setObjectName(u"keyboardHelp"_s);
        dialog.setHeightShare(0.8);
        dialog.setWindowTitle(tr("Keyboard shortcuts"));
        auto* list = new QLabel(html);
        list->setObjectName(u"keyboardHelpList"_s);
        list->setTextFormat(Qt::RichText);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto* close = buttons->button(QDialogButtonBox::Close);
        close->setText(tr("Close", "button: closes the window"));
        close->setDefault(true);
        dialog.setContent(list, buttons);
        dialog.findChild<QScrollArea*>()->setFocus();
        dialog.exec();
    });
}

void MainWindow::openSettings() {
    withSessionHeld([this] {
        SettingsDialog dialog(m_app.settings(), this);
        dialog.setAudio(m_app.audio());
        dialog.setIdleSource(m_app.reminders().idleSource());
        dialog.setReminders(m_app.reminders());
        dialog.setHistory(m_app.history());
        dialog.exec();
    });
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    setWindowTitle(tr("Limber"));
    menuBar()->clear();
    createMenus();
    updateActions();
    if (m_overview && m_stack->currentWidget() == m_overview)
        updateResumeOffer(); // its words, in the new language
}

// Closing mid-session (Alt+F4, Ctrl+Q) loses nothing: the session is
// paused and saved, and the next start offers to resume it.
void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_app.session() && !m_app.session()->isFinished()) {
        m_app.pauseSession();
        m_app.saveSession();
    }
    m_app.settings().setWindowGeometry(saveGeometry());
    m_app.settings().sync();
    if (!m_quitting && m_tray->shown()) {
        event->ignore();
        hide();
        if (!m_app.settings().noteShown(Settings::Note::HiddenToTray)) {
            m_app.settings().setNoteShown(Settings::Note::HiddenToTray);
            m_tray->showMessage(tr("Limber is still running"),
                                tr("Break reminders go on from the tray. To end Limber, choose "
                                   "Quit in its menu."));
        }
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace limber
