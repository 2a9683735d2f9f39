// Issue #13, "Words": what the person reads is in their language and whole.
//
//   - tags have names in every language, unknown ones a readable form;
//   - a broken routine's diagnostics are worded in the interface's language
//     (the place, file:line:col, stays);
//   - the reasons of the sound checks and the audio notice follow a
//     language switch;
//   - at 1366x768, in every language, no label or button of the library, the
//     overview or the settings is cut off.
//
// With LIMBER_SCREENSHOT_DIR set, the three screens are saved per language
// (library-de.png, overview-es.png, settings-en.png...).
#include "application.h"
#include "audio/soundplayer.h"
#include "audio/wavfile.h"
#include "common/describe.h"
#include "common/diagnosticwords.h"
#include "common/imageloader.h"
#include "common/translations.h"
#include "library/libraryview.h"
#include "library/routinecarddelegate.h"
#include "overview/overviewview.h"
#include "recordingcueoutput.h"
#include "routine/routinelibrary.h"
#include "routinefiles.h"
#include "screenshot.h"
#include "session/estimate.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"
#include "translatedtest.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace limber;
namespace shots = limber::screenshots;

namespace {

const std::filesystem::path kShipped =
    std::filesystem::path(LIMBER_SOURCE_DIR) / "resources/routines";

std::chrono::seconds estimate(const Routine& routine) {
    return std::chrono::duration_cast<std::chrono::seconds>(
        estimateDuration(routine, SessionSettings{}));
}

class WordsTest : public test::TranslatedTest {};

// The shown text of a label or button without its accelerator marks.
QString plain(QString text) {
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    return text;
}

// Every visible label without word wrap and every visible button under
// `root` whose text is wider than the widget: "labelName: 'text' needs 212
// px, has 180".
QStringList clipped(QWidget& root) {
    QStringList found;
    const auto check = [&found](QWidget* widget, const QString& text, int room) {
        if (text.isEmpty() || !widget->isVisibleTo(widget->window()))
            return;
        for (const QString& line : text.split(u'\n')) {
            const int needed = widget->fontMetrics().horizontalAdvance(plain(line));
            if (needed > room) {
                found << u"%1 (%2): '%3' needs %4 px, has %5"_s.arg(
                    widget->objectName(), QString::fromLatin1(widget->metaObject()->className()),
                    line, QString::number(needed), QString::number(room));
            }
        }
    };
    for (auto* label : root.findChildren<QLabel*>()) {
        if (label->wordWrap() || label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
            continue;
        check(label, label->text(), label->contentsRect().width() - 2 * label->margin());
    }
    for (auto* button : root.findChildren<QAbstractButton*>()) {
        // The room for the words: the button less its icon and frame.
        const int frame = button->sizeHint().width() -
                          button->fontMetrics().horizontalAdvance(plain(button->text()));
        check(button, button->text(), button->width() - std::max(0, frame) + 1);
    }
    return found;
}

} // namespace

TEST_F(WordsTest, TagsHaveNamesInEveryLanguage) {
    for (const QString& language : {u"en"_s, u"de"_s, u"es"_s}) {
        SCOPED_TRACE(language.toStdString());
        switchTo(language);
        const QString upperBack = Describe::tag("upper-back");
        EXPECT_EQ(upperBack, QCoreApplication::translate("Describe", "Upper back", "routine tag"));
        if (language != u"en") {
            EXPECT_NE(upperBack, u"Upper back"_s) << "not translated";
        }
        EXPECT_NE(upperBack, u"upper-back"_s);
        // A tag the app does not know: its id, readable.
        EXPECT_EQ(Describe::tag("neck-and-jaw"), u"Neck and jaw"_s);
        EXPECT_EQ(Describe::tag("x"), u"X"_s);
    }

    // Where tags are shown: on the card and in the tag filter.
    switchTo(u"de"_s);
    const auto library = scanLibrary({{kShipped, false}});
    ImageLoader loader;
    LibraryView view(loader, estimate);
    view.setLibrary(&library);
    ASSERT_TRUE(view.selectRoutine(u"upper-back-relief"_s));
    const QModelIndex card = view.findChild<QListView*>(u"routines"_s)->currentIndex();
    const QString tags = card.data(RoutineCardDelegate::TagsTextRole).toString();
    EXPECT_TRUE(tags.contains(Describe::tag("upper-back"))) << tags.toStdString();
    EXPECT_FALSE(tags.contains(u"upper-back"_s)) << tags.toStdString();
    bool inFilter = false;
    for (auto* box : view.findChildren<QComboBox*>()) {
        const int at = box->findData(u"upper-back"_s);
        if (at >= 0) {
            inFilter = true;
            EXPECT_EQ(box->itemText(at), Describe::tag("upper-back"));
        }
    }
    EXPECT_TRUE(inFilter);
}

TEST_F(WordsTest, EveryDiagnosticCodeOfTheCoreHasItsText) {
    for (const auto& entry : diagnosticTemplates()) {
        const QString code =
            QString::fromUtf8(entry.code.data(), static_cast<qsizetype>(entry.code.size()));
        EXPECT_EQ(
            DiagnosticWords::source(code),
            QString::fromUtf8(entry.english.data(), static_cast<qsizetype>(entry.english.size())))
            << entry.code;
    }
    // Without a code, or with one the app does not know: the core's words.
    Diagnostic plainOne{"a.yaml", 2, 3, Severity::Error, "something else", {}, {}};
    EXPECT_EQ(DiagnosticWords::message(plainOne), u"something else"_s);
    plainOne.code = "no-such-code";
    EXPECT_EQ(DiagnosticWords::message(plainOne), u"something else"_s);
}

TEST_F(WordsTest, ABrokenRoutineIsExplainedInGerman) {
    const QString user = m_dir.filePath(u"mine"_s);
    writeRoutine(user, u"broken.yaml"_s,
                 "limber: 1\nid: broken\ntitle: Broken\nexercises:\n  - id: a\n"
                 "    title: A\n    steps:\n      - text: Hold.\n        hold: forever\n");
    writeRoutine(user, u"syntax.yaml"_s, "limber: 1\nid: [unclosed\n");
    const auto library = scanLibrary({{user.toStdString(), true}});
    ASSERT_EQ(library.failed.size(), 2U);

    switchTo(u"de"_s);
    ImageLoader loader;
    LibraryView view(loader, estimate);
    view.setLibrary(&library);
    QString shown;
    for (const auto* label : view.findChildren<QLabel*>(u"diagnostics"_s))
        shown += label->text() + u'\n';
    // The place as a compiler gives it, the words in German.
    EXPECT_TRUE(shown.contains(u"broken.yaml:9:15: Fehler: 'hold' muss eine Dauer wie 30s oder "
                               "{min: 30s, max: 1m} sein"_s))
        << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"syntax.yaml:"_s)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u": Fehler: kein gültiges YAML: "_s)) << shown.toStdString();
    EXPECT_FALSE(shown.contains(u"must be"_s)) << shown.toStdString();

    switchTo(u"es"_s);
    view.setLibrary(nullptr);
    view.setLibrary(&library);
    shown.clear();
    for (const auto* label : view.findChildren<QLabel*>(u"diagnostics"_s))
        shown += label->text() + u'\n';
    EXPECT_TRUE(shown.contains(u"'hold' debe ser una duración como 30s o"_s))
        << shown.toStdString();
}

TEST_F(WordsTest, SoundReasonsAndTheAudioNoticeFollowTheLanguage) {
    const WavCheck empty = checkWavData({});
    ASSERT_FALSE(empty.ok);
    EXPECT_EQ(empty.reason(), u"is empty"_s);
    const WavCheck truncated = checkWavData(QByteArrayView("RIFF\xff\x00\x00\x00WAVE", 12));
    switchTo(u"de"_s);
    EXPECT_EQ(empty.reason(), u"ist leer"_s) << "worded when shown, not when checked";
    EXPECT_TRUE(truncated.reason().startsWith(u"ist abgeschnitten"_s))
        << truncated.reason().toStdString();
    switchTo(u"en"_s);

    // No device here (offscreen, no sound server for the test): the notice
    // is in the language of the moment, not of the moment it was found.
    SoundPlayer sounds(m_dir.filePath(u"no-sounds"_s));
    sounds.start();
    const QString english = sounds.notice();
    ASSERT_FALSE(english.isEmpty());
    switchTo(u"de"_s);
    EXPECT_NE(sounds.notice(), english);
    EXPECT_TRUE(sounds.notice().contains(u"Die Tondatei"_s) ||
                sounds.notice().contains(u"Kein Audioausgabegerät"_s))
        << sounds.notice().toStdString();
}

TEST_F(WordsTest, NothingIsCutOffAtTheSizeOfALaptopInAnyLanguage) {
    const QString out = qEnvironmentVariable("LIMBER_SCREENSHOT_DIR");
    const QString user = m_dir.filePath(u"mine"_s);
    writeRoutine(user, u"neck.yaml"_s, simpleRoutine("neck-release", "Neck release"));
    writeRoutine(user, u"broken.yaml"_s,
                 "limber: 1\nid: broken\ntitle: Broken\nexercises:\n  - id: a\n"
                 "    title: A\n    steps:\n      - text: Hold.\n        hold: forever\n");
    const auto library = scanLibrary({{kShipped, false}, {user.toStdString(), true}});
    const auto* upperBack = library.find("upper-back-relief");
    ASSERT_NE(upperBack, nullptr);
    RecordingCueOutput output;
    Application app({{kShipped, false}}, std::make_unique<Settings>(m_dir.filePath(u"a.conf"_s)),
                    output);

    for (const QString& language : {u"en"_s, u"de"_s, u"es"_s}) {
        SCOPED_TRACE(language.toStdString());
        switchTo(language);
        ImageLoader loader;
        {
            LibraryView view(loader, estimate);
            view.setLibrary(&library);
            (void)shots::render(view, &loader);
            EXPECT_EQ(clipped(view), QStringList()) << "library";
            if (!out.isEmpty())
                shots::save(view, out + u"/library-" + language + u".png", &loader);
        }
        Settings settings(m_dir.filePath(u"limber.conf"_s));
        {
            OverviewView view(settings, loader);
            view.setDurationEstimator(estimate);
            view.setRoutine(&upperBack->routine, upperBack->user);
            (void)shots::render(view, &loader);
            EXPECT_EQ(clipped(view), QStringList()) << "overview";
            if (!out.isEmpty())
                shots::save(view, out + u"/overview-" + language + u".png", &loader);
        }
        {
            SettingsDialog dialog(settings);
            dialog.setAudio(app.audio());
            (void)shots::render(dialog, nullptr, dialog.sizeHint());
            QApplication::processEvents();
            (void)shots::render(dialog, nullptr, dialog.size());
            EXPECT_EQ(clipped(dialog), QStringList()) << "settings";
            // The voice note: every line it wraps into fits in the label.
            if (auto* status = dialog.findChild<QLabel*>(u"voiceStatus"_s)) {
                EXPECT_GE(status->height(), status->heightForWidth(status->width()))
                    << status->text().toStdString();
            }
            if (!out.isEmpty())
                shots::save(dialog, out + u"/settings-" + language + u".png", nullptr,
                            dialog.size());
        }
    }
}
