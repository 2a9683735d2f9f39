#include "common/imageloader.h"
#include "common/translations.h"
#include "figure/figure.h"
#include "figures/figurerenderer.h"
#include "library/libraryview.h"
#include "library/routinecarddelegate.h"
#include "library/routinelistmodel.h"
#include "routine/routineloader.h"
#include "testroutines.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using limber::LibraryView;
using limber::RoutineCardDelegate;
namespace t = limber::testing;

namespace {

class LibraryViewTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    std::filesystem::path bundled = dir.filePath(u"bundled"_s).toStdString();
    std::filesystem::path user = dir.filePath(u"user"_s).toStdString();
    limber::RoutineLibrary library;
    // 5 min for every routine but "neck", which takes 90 s.
    limber::ImageLoader loader;
    LibraryView view{loader, [](const limber::Routine& r) {
                         return r.id == "neck" ? 90s : 300s;
                     }};

    void SetUp() override {
        library.routines.push_back(
            {t::simpleRoutine("back", "Upper back relief", bundled, {"upper-back", "desk"},
                              "Three gentle stretches for a stiff upper back."),
             false,
             {}});
        library.routines.push_back(
            {t::simpleRoutine("neck", "Neck release", user, {"neck"}, "Loosen a stiff neck."),
             true,
             {}});
        library.routines.push_back(
            {t::simpleRoutine("hips", "Hip openers", bundled, {"hips"}, "For long sitting days."),
             false,
             {}});
        view.resize(1366, 768);
    }

    // A routine whose tags fill more than a line of its card.
    void addManyTags() {
        library.routines.push_back(
            {t::simpleRoutine("many", "Many tags", bundled,
                              {"upper-back", "lower-back", "shoulders", "forearms", "relaxation",
                               "stretching", "breathing", "mobility", "posture", "evening"},
                              "Everything at once."),
             false,
             {}});
    }

    QListView* list() { return view.findChild<QListView*>(); }
    QLineEdit* search() { return view.findChild<QLineEdit*>(); }

    // What each card says, in the order shown: "title|duration|badge".
    QStringList cards() {
        QStringList out;
        auto* model = list()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            QStringList parts{index.data().toString(),
                              index.data(RoutineCardDelegate::DurationTextRole).toString()};
            const QString badge = index.data(RoutineCardDelegate::BadgeTextRole).toString();
            if (!badge.isEmpty())
                parts << badge;
            out << parts.join(u'|');
        }
        return out;
    }

    QLabel* labelWithName(const QString& objectName) { return view.findChild<QLabel*>(objectName); }

    QPushButton* button(const QString& accessibleName) {
        for (auto* b : view.findChildren<QPushButton*>()) {
            if (b->accessibleName() == accessibleName)
                return b;
        }
        return nullptr;
    }

    void showActive() {
        view.show();
        view.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    }
};

} // namespace

TEST_F(LibraryViewTest, CardsShowTitleDurationAndBadgeSortedByTitle) {
    view.setLibrary(&library);
    QAbstractItemModelTester tester(list()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(cards(), (QStringList{u"Hip openers|About 5\u00a0min"_s,
                                    u"Neck release|About 2\u00a0min|Your routine"_s,
                                    u"Upper back relief|About 5\u00a0min"_s}));
    const QModelIndex neck = list()->model()->index(1, 0);
    const QString spoken = neck.data(Qt::AccessibleTextRole).toString();
    EXPECT_TRUE(spoken.contains(u"Your routine")) << spoken.toStdString();
    EXPECT_TRUE(spoken.contains(u"Tags: Neck.")) << spoken.toStdString();
    EXPECT_EQ(neck.data(RoutineCardDelegate::SummaryTextRole).toString(), u"Loosen a stiff neck.");
    EXPECT_FALSE(neck.data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_FALSE(view.grab().isNull());
}

TEST_F(LibraryViewTest, TypingInTheSearchFieldFiltersByTitleSummaryAndTag) {
    view.setLibrary(&library);
    showActive();
    QTest::keyClicks(search(), u"NECK"_s);
    EXPECT_EQ(cards(), QStringList{u"Neck release|About 2\u00a0min|Your routine"_s});

    search()->clear();
    QTest::keyClicks(search(), u"desk"_s); // a tag
    EXPECT_EQ(cards(), QStringList{u"Upper back relief|About 5\u00a0min"_s});

    search()->clear();
    QTest::keyClicks(search(), u"long sitting"_s); // the summary
    EXPECT_EQ(cards(), QStringList{u"Hip openers|About 5\u00a0min"_s});

    search()->clear();
    QTest::keyClicks(search(), u"nothing like this"_s);
    EXPECT_TRUE(cards().isEmpty());
    const auto empty = view.findChildren<QLabel*>();
    const bool saysNoMatch = std::ranges::any_of(empty, [](QLabel* label) {
        return label->isVisible() && label->text().startsWith(u"No routine matches");
    });
    EXPECT_TRUE(saysNoMatch);
}

TEST_F(LibraryViewTest, TagFilterShowsOnlyRoutinesWithThatTag) {
    view.setLibrary(&library);
    auto* tags = view.findChild<QComboBox*>();
    ASSERT_NE(tags, nullptr);
    EXPECT_EQ(tags->itemText(0), u"All tags");
    // Tags are listed by their names, and filter by their ids.
    const int upperBack = tags->findData(u"upper-back"_s);
    ASSERT_GE(upperBack, 0);
    EXPECT_EQ(tags->itemText(upperBack), u"Upper back");
    tags->setCurrentIndex(upperBack);
    EXPECT_EQ(cards(), QStringList{u"Upper back relief|About 5\u00a0min"_s});
    tags->setCurrentIndex(0);
    EXPECT_EQ(cards().size(), 3);
}

TEST_F(LibraryViewTest, BrokenFilesAreListedWithTheirErrorsAndAnOpenFolderButton) {
    const std::string broken = (user / "broken.yaml").string();
    library.failed.push_back(user / "broken.yaml");
    library.diagnostics.push_back(
        {broken, 3, 7, limber::Severity::Error, "'hold' must be a duration like 30s", {}, {}});
    library.diagnostics.push_back(
        {broken, 5, 1, limber::Severity::Warning, "a mere warning", {}, {}});
    library.diagnostics.push_back({(bundled / "other.yaml").string(),
                                   1,
                                   1,
                                   limber::Severity::Error,
                                   "not this file",
                                   {},
                                   {}});
    view.setLibrary(&library);

    auto* diagnostics = labelWithName(u"diagnostics"_s);
    ASSERT_NE(diagnostics, nullptr);
    EXPECT_EQ(diagnostics->text(),
              QString::fromStdString(broken) + u":3:7: error: 'hold' must be a duration like 30s");
    view.show();
    EXPECT_TRUE(diagnostics->isVisible());

    // The window opens the folder (or shows its path when nothing can).
    QSignalSpy folder(&view, &LibraryView::openFolderRequested);
    auto* open = button(u"Open the folder of broken.yaml"_s);
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(open->toolTip(), u"Show broken.yaml in its folder, to fix it in a text editor");
    open->click();
    ASSERT_EQ(folder.size(), 1);
    EXPECT_EQ(folder.first().first().toString(), QString::fromStdString(user.string()));

    library.failed.clear();
    view.setLibrary(&library); // after a reload with the file fixed
    EXPECT_EQ(labelWithName(u"diagnostics"_s), nullptr);
}

TEST_F(LibraryViewTest, AUserRoutineThatReplacesABundledOneIsNoted) {
    library.routines[1].replacedBundled = bundled / "neck.yaml";
    view.setLibrary(&library);
    view.show();
    const auto labels = view.findChildren<QLabel*>();
    const bool noted = std::ranges::any_of(labels, [](QLabel* label) {
        return label->isVisible() && label->text().contains(u"“Neck release”") &&
               label->text().contains(u"replaces the bundled routine");
    });
    EXPECT_TRUE(noted);
}

TEST_F(LibraryViewTest, ArrowsMoveBetweenCardsAndEnterOpens) {
    view.setLibrary(&library);
    showActive();
    QSignalSpy opened(&view, &LibraryView::routineActivated);
    list()->setFocus();
    EXPECT_EQ(view.currentRoutineId(), u"hips");
    QTest::keyClick(list(), Qt::Key_Right);
    EXPECT_EQ(view.currentRoutineId(), u"neck");
    QTest::keyClick(list(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), u"neck");
}

TEST_F(LibraryViewTest, DoubleClickAndTheOpenButtonOpenTheCard) {
    view.setLibrary(&library);
    showActive();
    QSignalSpy opened(&view, &LibraryView::routineActivated);
    const QModelIndex back = list()->model()->index(2, 0);
    const QRect card = list()->visualRect(back);
    ASSERT_TRUE(card.isValid());
    const QPoint onCard = card.topLeft() + QPoint(20, 20);
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, onCard);
    EXPECT_EQ(opened.count(), 0); // a single click only selects
    QTest::mouseDClick(list()->viewport(), Qt::LeftButton, {}, onCard);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), u"back");

    QStyleOptionViewItem option;
    option.rect = card;
    option.font = list()->font();
    option.widget = list();
    auto* delegate = qobject_cast<RoutineCardDelegate*>(list()->itemDelegate());
    ASSERT_NE(delegate, nullptr);
    const QPoint onButton = delegate->openButtonRect(option).center();
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, onButton);
    ASSERT_EQ(opened.count(), 2);
    EXPECT_EQ(opened.at(1).at(0).toString(), u"back");
}

TEST_F(LibraryViewTest, CtrlFSearchesAndTheButtonsAsk) {
    view.setLibrary(&library);
    showActive();
    list()->setFocus();
    QSignalSpy reload(&view, &LibraryView::reloadRequested);
    QTest::keyClick(list(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(search()->hasFocus());
    button(u"Reload routines"_s)->click();
    EXPECT_EQ(reload.count(), 1);

    QSignalSpy folder(&view, &LibraryView::openRoutineFolderRequested);
    button(u"Open routine folder"_s)->click();
    EXPECT_EQ(folder.count(), 1);
}

TEST_F(LibraryViewTest, AnEmptyLibrarySaysWhereRoutinesGo) {
    limber::RoutineLibrary none;
    view.setLibrary(&none);
    view.show();
    const auto labels = view.findChildren<QLabel*>();
    EXPECT_TRUE(std::ranges::any_of(labels, [](QLabel* label) {
        return label->isVisible() && label->text().startsWith(u"No routines yet");
    }));
    view.setLibrary(nullptr);
}

// Issue #13: a routine drawn with figures only (no `image:`) shows its first
// exercise's figure on its card, as the player draws it, not "Picture
// missing".
TEST_F(LibraryViewTest, AFiguresOnlyRoutineShowsItsFigureOnTheCard) {
    auto loaded = limber::loadRoutineFile(std::filesystem::path(LIMBER_TEST_DATA_DIR) /
                                          "routines/valid/figures-only.yaml");
    ASSERT_TRUE(loaded.routine);
    limber::RoutineLibrary only;
    only.routines.push_back({*loaded.routine, false, {}});
    view.setLibrary(&only);
    view.show();
    const QModelIndex index = list()->model()->index(0, 0);
    const auto* figure =
        index.data(RoutineCardDelegate::CoverFigureRole).value<const limber::Figure*>();
    ASSERT_NE(figure, nullptr);
    EXPECT_EQ(figure, &*only.routines[0].routine.exercises[0].blocks[0].steps[0].figure);
    EXPECT_TRUE(index.data(RoutineCardDelegate::CoverFileRole).toString().isEmpty());

    // Paint the card and cut out its cover.
    auto* delegate = qobject_cast<RoutineCardDelegate*>(list()->itemDelegate());
    ASSERT_NE(delegate, nullptr);
    QStyleOptionViewItem option;
    option.initFrom(list()->viewport());
    option.widget = list();
    option.rect = QRect(QPoint(0, 0), delegate->sizeHint(option, index));
    QImage card(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    card.fill(Qt::white);
    {
        QPainter painter(&card);
        delegate->paint(&painter, option, index);
    }
    const QRect coverRect = delegate->coverRect(option);
    const QImage cover = card.copy(coverRect).convertToFormat(QImage::Format_ARGB32);

    // The figure as the player's renderer draws it (its last key pose) on
    // the pictures' backdrop.
    const QColor backdrop = limber::ImageLoader::pictureBackdrop(option.palette);
    QPalette ink = option.palette;
    ink.setColor(QPalette::Window, backdrop);
    ink.setColor(QPalette::WindowText, option.palette.color(QPalette::Text));
    QImage expected(coverRect.size(), QImage::Format_ARGB32);
    expected.fill(backdrop);
    {
        QPainter painter(&expected);
        limber::FigureRenderer(ink).paint(
            painter, QRectF(QPointF(), QSizeF(coverRect.size())).adjusted(2, 2, -2, -2),
            limber::buildScene(*figure, limber::keyFrame(*figure, figure->poses.size() - 1)),
            limber::sceneBounds(*figure));
    }
    int different = 0;
    int inked = 0;
    const QColor text = option.palette.color(QPalette::Text);
    for (int y = 0; y < cover.height(); ++y) {
        for (int x = 0; x < cover.width(); ++x) {
            const QColor a = cover.pixelColor(x, y);
            const QColor e = expected.pixelColor(x, y);
            if (std::max({std::abs(a.red() - e.red()), std::abs(a.green() - e.green()),
                          std::abs(a.blue() - e.blue())}) > 48)
                ++different;
            if (a == text)
                ++inked;
        }
    }
    // The rounded corners differ; the rest is the figure.
    EXPECT_LT(different, cover.width() * cover.height() / 50) << different;
    EXPECT_GT(inked, cover.width() * cover.height() / 50) << "no figure drawn";
}

// A routine with many long tags: they wrap onto the lines they need, every
// card as high as that one's, beside the Open button and inside the card,
// in English and in German (longer words).
TEST_F(LibraryViewTest, ManyLongTagsWrapInsteadOfBeingCut) {
    addManyTags();
    limber::Translations translations;
    for (const QString& language : {u"en"_s, u"de"_s}) {
        SCOPED_TRACE(language.toStdString());
        ASSERT_EQ(translations.apply(language), language);
        view.setLibrary(&library);
        showActive();
        list()->doItemsLayout();
        QApplication::processEvents();
        auto* delegate = qobject_cast<RoutineCardDelegate*>(list()->itemDelegate());
        ASSERT_NE(delegate, nullptr);
        const QFontMetrics body(RoutineCardDelegate::bodyFont(list()->font()));
        int checked = 0;
        for (int row = 0; row < list()->model()->rowCount(); ++row) {
            const QModelIndex index = list()->model()->index(row, 0);
            QStyleOptionViewItem option;
            option.initFrom(list()->viewport());
            option.widget = list();
            option.font = list()->font();
            option.rect = list()->visualRect(index);
            const QString tags = index.data(RoutineCardDelegate::TagsTextRole).toString();
            const QRect shown = delegate->tagsRect(option);
            // The lines the words wrap onto, each a line apart on the card.
            QTextLayout wrapped(tags, RoutineCardDelegate::bodyFont(list()->font()));
            wrapped.beginLayout();
            int lines = 0;
            for (QTextLine line = wrapped.createLine(); line.isValid();
                 line = wrapped.createLine()) {
                line.setLineWidth(shown.width());
                ++lines;
            }
            wrapped.endLayout();
            if (index.data().toString() == u"Many tags") {
                EXPECT_GE(lines, language == u"en" ? 2 : 3) << "more than a line's worth";
            }
            EXPECT_LE(lines * body.lineSpacing(), shown.height())
                << tags.toStdString() << " in " << shown.width() << " px";
            EXPECT_TRUE(option.rect.contains(shown));
            EXPECT_FALSE(shown.intersects(delegate->openButtonRect(option)));
            ++checked;
        }
        EXPECT_EQ(checked, 4);
        const QString out = qEnvironmentVariable("LIMBER_SCREENSHOT_DIR");
        if (!out.isEmpty()) {
            EXPECT_TRUE(view.grab().save(out + u"/library-tags-"_s + language + u".png"_s));
        }
    }
    translations.apply(u"en"_s);
}

// A search that hides the card with the most tags leaves every card as high
// as before: the grid does not jump as the person types.
TEST_F(LibraryViewTest, CardsKeepTheirHeightAsASearchNarrowsTheLibrary) {
    addManyTags();
    view.setLibrary(&library);
    showActive();
    list()->doItemsLayout();
    QApplication::processEvents();
    const auto heightOf = [this](const QString& title) {
        for (int row = 0; row < list()->model()->rowCount(); ++row) {
            const QModelIndex index = list()->model()->index(row, 0);
            if (index.data().toString() == title)
                return list()->visualRect(index).height();
        }
        return -1;
    };
    const int before = heightOf(u"Neck release"_s);
    ASSERT_GT(before, 0);
    ASSERT_EQ(heightOf(u"Many tags"_s), before);
    QTest::keyClicks(search(), u"neck"_s);
    list()->doItemsLayout();
    QApplication::processEvents();
    ASSERT_EQ(heightOf(u"Many tags"_s), -1) << "filtered out";
    EXPECT_EQ(heightOf(u"Neck release"_s), before);
}

// The library opens with the focus in the search field and the first card
// chosen; F1 says Enter opens the chosen routine, so Enter there opens it.
TEST_F(LibraryViewTest, EnterInTheSearchFieldOpensTheChosenCard) {
    view.setLibrary(&library);
    showActive();
    QSignalSpy opened(&view, &LibraryView::routineActivated);
    search()->setFocus();
    QTest::keyClick(search(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), u"hips");

    QTest::keyClicks(search(), u"neck"_s);
    QTest::keyClick(search(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 2);
    EXPECT_EQ(opened.at(1).at(0).toString(), u"neck");

    search()->clear();
    QTest::keyClicks(search(), u"nothing like this"_s);
    QTest::keyClick(search(), Qt::Key_Return);
    EXPECT_EQ(opened.count(), 2);
}

// A routine chosen for the person (the one just imported, the one whose
// overview they come back from) is shown even when a search or tag left from
// before would hide it: the walk imported Workrave's exercises with "neck"
// still in the search field, and the new card was nowhere to be seen.
TEST_F(LibraryViewTest, ChoosingAHiddenRoutineClearsTheFilterThatHidesIt) {
    view.setLibrary(&library);
    showActive();
    QTest::keyClicks(search(), u"neck"_s);
    ASSERT_EQ(cards(), QStringList{u"Neck release|About 2\u00a0min|Your routine"_s});

    ASSERT_TRUE(view.selectRoutine(u"back"_s));
    EXPECT_EQ(view.currentRoutineId(), u"back");
    EXPECT_EQ(cards().size(), 3);
    EXPECT_TRUE(search()->text().isEmpty());

    auto* tags = view.findChild<QComboBox*>();
    tags->setCurrentIndex(tags->findData(u"hips"_s));
    ASSERT_EQ(cards(), QStringList{u"Hip openers|About 5\u00a0min"_s});
    ASSERT_TRUE(view.selectRoutine(u"neck"_s));
    EXPECT_EQ(view.currentRoutineId(), u"neck");
    EXPECT_EQ(tags->currentText(), u"All tags");

    // A search that shows the routine stays; one not in the library changes nothing.
    QTest::keyClicks(search(), u"neck"_s);
    ASSERT_TRUE(view.selectRoutine(u"neck"_s));
    EXPECT_EQ(search()->text(), u"neck");
    EXPECT_FALSE(view.selectRoutine(u"not-there"_s));
    EXPECT_EQ(search()->text(), u"neck");
}

// With the keyboard on the cards, the chosen card shows it: a ring of the
// text's colour inside its outline. The chosen card looked the same with the
// focus in the search field, so a Tab onto the cards seemed to go nowhere
// (the second walk, en-02-tab4 and tab5).
TEST_F(LibraryViewTest, TheChosenCardShowsWhenTheCardsHaveTheFocus) {
    view.setLibrary(&library);
    showActive();
    const QRect card = list()->visualRect(list()->currentIndex());
    ASSERT_FALSE(card.isEmpty());
    const QRgb ink = list()->palette().color(QPalette::Text).rgb();
    // The text-coloured pixels of the card's edge band (its words excluded).
    const auto ringPixels = [&] {
        const QImage image = list()->viewport()->grab(card).toImage();
        const int band = image.height() / 12;
        int found = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const bool edge =
                    x < band || y < band || x >= image.width() - band || y >= image.height() - band;
                found += edge && image.pixel(x, y) == ink ? 1 : 0;
            }
        }
        return found;
    };
    search()->setFocus();
    const int unfocused = ringPixels();
    list()->setFocus();
    const int focused = ringPixels();
    EXPECT_GT(focused - unfocused, card.width()) << unfocused << " → " << focused;
    search()->setFocus();
    EXPECT_EQ(ringPixels(), unfocused);
}
