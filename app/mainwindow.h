#pragma once

#include "routinelibrary.h"

#include <QMainWindow>

class QListView;
class QTextBrowser;

namespace limber {

class RoutineListModel;

// The library window: the routines found on the left, the chosen routine's
// exercises and steps on the right, and the files that failed to load with
// their diagnostics.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::vector<RoutineFolder> folders, QWidget* parent = nullptr);

    // Shows the routine with this id; false when there is none.
    bool selectRoutine(const QString& id);
    // Adds a routine loaded from a file outside the folders and shows it.
    void openRoutine(LibraryEntry entry);

    void reload();
    void showDisclaimer();

private:
    void createMenus();
    void showCurrent();

    std::vector<RoutineFolder> m_folders;
    RoutineLibrary m_library;
    RoutineListModel* m_model;
    QListView* m_list;
    QTextBrowser* m_problems;
    QTextBrowser* m_details;
};

// The medical disclaimer, one click away from every screen.
[[nodiscard]] QString disclaimerText();

} // namespace limber
