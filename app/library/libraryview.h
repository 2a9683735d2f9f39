#pragma once

#include "common/durationestimator.h"
#include "common/keyhelp.h"
#include "routine/routinelibrary.h"

#include <QWidget>
#include <chrono>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace limber {

class ImageLoader;
class RoutineCardDelegate;
class RoutineCardModel;
class RoutineListModel;

// The library screen: every routine as a card (cover, title, summary,
// duration, equipment, tags, a "Your routine" badge), a search field and a
// tag filter, the routine files that failed to load with their diagnostics,
// and Reload.
//
// Keyboard: arrows move between cards, Enter opens one, Ctrl+F searches,
// F5 reloads (the window's File ▸ Reload). "History" shows the History screen.
class LibraryView : public QWidget {
    Q_OBJECT

public:
    // `loader` (the application's) draws the covers; `estimator` says how
    // long each routine takes.
    explicit LibraryView(ImageLoader& loader, DurationEstimator estimator = {},
                         QWidget* parent = nullptr);
    ~LibraryView() override;

    // Shows this library (nullptr: none). The view keeps the pointer: call
    // again with the new library (or nullptr) before it changes or goes away.
    void setLibrary(const RoutineLibrary* library);
    void setDurationEstimator(DurationEstimator estimator);

    // The library's keys and what they do, for the keyboard help (F1).
    [[nodiscard]] static QList<KeyHelp> keys();

    // Selects the card of this routine, clearing a search or tag that hides
    // it; false when it is not in the library.
    bool selectRoutine(const QString& id);
    [[nodiscard]] QString currentRoutineId() const;

Q_SIGNALS:
    // The person chose to open this routine (Enter, double-click, Open).
    void routineActivated(const QString& id);
    void reloadRequested();
    // "Open routine folder": show the user's routine folder.
    void openRoutineFolderRequested();
    // "Open folder" beside a file that failed to load: show this folder.
    void openFolderRequested(const QString& folder);
    // "History": the sessions and pain check-ins kept.
    void historyRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // Every text in the UI language: the constructor's, and again on a
    // language change.
    void retranslate();
    void updateCardWidth();
    void updateTags();
    void updateNotices();
    void updateProblems();
    void updateEmptyState();
    void activate(const QModelIndex& index);

    const RoutineLibrary* m_library = nullptr;
    ImageLoader* m_loader;
    RoutineListModel* m_model;
    RoutineCardModel* m_cards;
    RoutineCardDelegate* m_delegate;
    QLabel* m_heading;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QLabel* m_tagLabel;
    QComboBox* m_tag;
    QPushButton* m_reload;
    QPushButton* m_openFolder;
    QPushButton* m_history;
    QLabel* m_notice;
    QListView* m_list;
    QLabel* m_empty;
    QWidget* m_problems;
    QLabel* m_problemsHeading;
    QScrollArea* m_problemsScroll;
    QVBoxLayout* m_problemsLayout;
};

} // namespace limber
