#include "mainwindow.h"

#include "doneview.h"
#include "estimate.h"
#include "imageloader.h"
#include "libraryview.h"
#include "overviewview.h"
#include "playerview.h"
#include "qtconvert.h"
#include "sessioncontroller.h"
#include "settings.h"
#include "settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
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
    connect(m_player, &PlayerView::backRequested, this,
            [this] { m_stack->setCurrentWidget(m_overview); });
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

void MainWindow::createMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    m_reload = file->addAction(tr("&Reload routines"), this, &MainWindow::reload);
    m_reload->setShortcut(QKeySequence::Refresh);
    m_openFolder = file->addAction(tr("&Open routine folder"), this, [this] {
        const QString folder = toQString(m_folders.back().path);
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    auto* preferences = file->addAction(tr("&Settings…"), this, [this] {
        SettingsDialog dialog(m_settings, this);
        dialog.exec();
    });
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
    m_stack->setCurrentWidget(m_player);
    m_player->start(*routine, m_settings);
}

void MainWindow::showDone(const SessionSummary& summary) {
    m_done->setSummary(summary,
                       m_overview->routine() ? localized(m_overview->routine()->title) : QString());
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

void MainWindow::closeEvent(QCloseEvent* event) {
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace limber
