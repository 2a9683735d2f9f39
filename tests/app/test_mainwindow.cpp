#include "mainwindow.h"
#include "routinefiles.h"
#include "routinelistmodel.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using limber::MainWindow;
using limber::RoutineFolder;

namespace {

class MainWindowTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString bundled = dir.path() + u"/bundled";
    QString user = dir.path() + u"/user";

    std::vector<RoutineFolder> folders() const {
        return {{bundled.toStdString(), false}, {user.toStdString(), true}};
    }

    static QString listed(MainWindow& window) {
        QStringList titles;
        auto* list = window.findChild<QListView*>();
        for (int row = 0; row < list->model()->rowCount(); ++row)
            titles << list->model()->index(row, 0).data().toString();
        return titles.join(u'|');
    }

    static QTextBrowser* browser(MainWindow& window, const QString& accessibleName) {
        for (auto* candidate : window.findChildren<QTextBrowser*>()) {
            if (candidate->accessibleName() == accessibleName)
                return candidate;
        }
        return nullptr;
    }

    static QString details(MainWindow& window) {
        return browser(window, u"Routine details"_s)->toPlainText();
    }
};

} // namespace

TEST_F(MainWindowTest, ListsRoutinesAndShowsTheStepsOfTheChosenOne) {
    writeRoutine(bundled, u"neck.yaml"_s, simpleRoutine("neck", "Neck release"));
    writeRoutine(bundled, u"back.yaml"_s, simpleRoutine("back", "Back relief"));
    MainWindow window(folders());

    EXPECT_EQ(listed(window), u"Back relief|Neck release");
    ASSERT_TRUE(window.selectRoutine(u"neck"_s));
    const QString text = details(window);
    EXPECT_TRUE(text.contains(u"Neck release")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Reach both arms up. (Hold 20 s)")) << text.toStdString();
}

TEST_F(MainWindowTest, BrokenFileIsListedWithItsDiagnosticAndTheOthersStillLoad) {
    writeRoutine(bundled, u"good.yaml"_s, simpleRoutine("good", "Good routine"));
    writeRoutine(user, u"broken.yaml"_s, "limber: 1\nid: broken\nexercises: []\n");
    MainWindow window(folders());

    EXPECT_EQ(listed(window), u"Good routine");
    auto* problems = browser(window, u"Routine files that could not be loaded"_s);
    ASSERT_NE(problems, nullptr);
    EXPECT_TRUE(problems->isVisibleTo(&window));
    const QString text = problems->toPlainText();
    EXPECT_TRUE(text.contains(user + u"/broken.yaml:1:1: error: missing required key 'title'"))
        << text.toStdString();
}

TEST_F(MainWindowTest, UserRoutineReplacesTheBundledOneAndTheWindowSaysSo) {
    writeRoutine(bundled, u"back.yaml"_s, simpleRoutine("back", "Bundled back"));
    writeRoutine(user, u"back.yaml"_s, simpleRoutine("back", "My back"));
    MainWindow window(folders());

    EXPECT_EQ(listed(window), u"My back");
    EXPECT_EQ(window.statusBar()->currentMessage(),
              u"Your routine “My back” replaces the bundled one with the same id.");
}

TEST_F(MainWindowTest, ReloadPicksUpEditsWithoutRestarting) {
    writeRoutine(bundled, u"back.yaml"_s, simpleRoutine("back", "Back relief"));
    MainWindow window(folders());
    writeRoutine(user, u"hips.yaml"_s, simpleRoutine("hips", "Hip opener"));
    window.reload();
    EXPECT_EQ(listed(window), u"Back relief|Hip opener");
}

TEST_F(MainWindowTest, ListModelPassesTheModelTester) {
    writeRoutine(bundled, u"back.yaml"_s, simpleRoutine("back", "Back relief"));
    writeRoutine(user, u"back.yaml"_s, simpleRoutine("back", "Mine"));
    limber::RoutineLibrary library = limber::scanLibrary(folders());
    limber::RoutineListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLibrary(&library);
    ASSERT_EQ(model.rowCount(), 1);
    const auto index = model.index(0);
    EXPECT_EQ(index.data(limber::RoutineListModel::IdRole).toString(), u"back");
    EXPECT_TRUE(index.data(limber::RoutineListModel::IsUserRole).toBool());
    EXPECT_TRUE(
        index.data(limber::RoutineListModel::ReplacesRole).toString().endsWith(u"back.yaml"));
    model.setLibrary(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}
