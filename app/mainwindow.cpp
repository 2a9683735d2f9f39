#include "mainwindow.h"

#include "qtconvert.h"
#include "routinelistmodel.h"
#include "routinetext.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace limber {

QString disclaimerText() {
    return MainWindow::tr(
        "Limber's guidance is for education only. It is not a substitute for professional "
        "medical advice, diagnosis or treatment. Stop any stretch that hurts. If your pain "
        "lasts more than a few days, gets worse, or began right after an injury, see a doctor.");
}

MainWindow::MainWindow(std::vector<RoutineFolder> folders, QWidget* parent)
    : QMainWindow(parent)
    , m_folders(std::move(folders))
    , m_model(new RoutineListModel(this))
    , m_list(new QListView)
    , m_problems(new QTextBrowser)
    , m_details(new QTextBrowser) {
    setWindowTitle(tr("Limber"));

    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Routines"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problems->setAccessibleName(tr("Routine files that could not be loaded"));
    m_problems->setMaximumHeight(m_problems->fontMetrics().height() * 10);
    m_details->setAccessibleName(tr("Routine details"));
    m_details->setOpenExternalLinks(true);

    auto* listLabel = new QLabel(tr("&Routines"));
    listLabel->setBuddy(m_list);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_problems);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    createMenus();
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showCurrent);
    reload();
    resize(960, 640);
}

void MainWindow::createMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* reloadAction = file->addAction(tr("&Reload routines"), this, &MainWindow::reload);
    reloadAction->setShortcut(QKeySequence::Refresh);
    file->addAction(tr("&Open routine folder"), this, [this] {
        const QString folder = toQString(m_folders.back().path);
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Medical &disclaimer"), this, &MainWindow::showDisclaimer);
    help->addAction(tr("&About Limber"), this, [this] {
        QMessageBox::about(
            this, tr("About Limber"),
            tr("<h3>Limber %1</h3><p>Guided stretching routines with pictures, "
               "timers and spoken cues.</p><p>%2</p>")
                .arg(QApplication::applicationVersion(), disclaimerText().toHtmlEscaped()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::reload() {
    const QString current = m_list->currentIndex().data(RoutineListModel::IdRole).toString();
    m_model->setLibrary(nullptr);
    m_library = scanLibrary(m_folders);
    m_model->setLibrary(&m_library);

    const QString problems = problemsHtml(m_library);
    m_problems->setHtml(problems);
    m_problems->setVisible(!problems.isEmpty());

    QStringList notices;
    for (const auto& entry : m_library.routines) {
        if (!entry.replacedBundled.empty()) {
            notices << tr("Your routine “%1” replaces the bundled one with the same id.")
                           .arg(localized(entry.routine.title));
        }
    }
    statusBar()->showMessage(notices.join(u' '));

    if (!selectRoutine(current) && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    showCurrent();
}

bool MainWindow::selectRoutine(const QString& id) {
    if (id.isEmpty())
        return false;
    const auto matches =
        m_model->match(m_model->index(0), RoutineListModel::IdRole, id, 1, Qt::MatchExactly);
    if (matches.isEmpty())
        return false;
    m_list->setCurrentIndex(matches.first());
    return true;
}

void MainWindow::openRoutine(LibraryEntry entry) {
    const QString id = toQString(entry.routine.id);
    std::erase_if(m_library.routines,
                  [&](const auto& e) { return e.routine.id == entry.routine.id; });
    m_model->setLibrary(nullptr);
    m_library.routines.push_back(std::move(entry));
    m_model->setLibrary(&m_library);
    selectRoutine(id);
}

void MainWindow::showCurrent() {
    const auto* entry = m_model->entry(m_list->currentIndex());
    m_details->setHtml(entry ? routineHtml(entry->routine)
                             : tr("<p>No routine is selected.</p><p>Put routine files in "
                                  "%1 and choose File ▸ Reload.</p>")
                                   .arg(toQString(m_folders.back().path).toHtmlEscaped()));
}

void MainWindow::showDisclaimer() {
    QMessageBox::information(this, tr("Medical disclaimer"), disclaimerText());
}

} // namespace limber
