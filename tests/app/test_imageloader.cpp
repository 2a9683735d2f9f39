#include "common/imageloader.h"
#include "common/picturebox.h"
#include "testroutines.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using limber::ImageLoader;
using limber::PictureBox;
namespace t = limber::testing;

namespace {

const QByteArray kSvg = R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">
<rect width="200" height="100" fill="#2a7"/></svg>)";

class ImageLoaderTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path(const QString& name) const { return dir.filePath(name); }
};

} // namespace

TEST_F(ImageLoaderTest, SvgIsRenderedAtTheRequestedSizeKeepingItsAspect) {
    t::writeBytes(path(u"wide.svg"_s), kSvg);
    const QImage small = ImageLoader::load(path(u"wide.svg"_s), {100, 100});
    const QImage large = ImageLoader::load(path(u"wide.svg"_s), {400, 400});
    EXPECT_EQ(small.size(), QSize(100, 50));
    EXPECT_EQ(large.size(), QSize(400, 200)); // rendered, not scaled up: crisp at scale 2
    EXPECT_EQ(QColor(large.pixel(200, 100)), QColor(u"#22aa77"_s));
}

TEST_F(ImageLoaderTest, PngIsScaledToFit) {
    t::writePng(path(u"tall.png"_s), {300, 600});
    EXPECT_EQ(ImageLoader::load(path(u"tall.png"_s), {100, 100}).size(), QSize(50, 100));
}

TEST_F(ImageLoaderTest, MissingGarbageAndBombFilesGiveANullImageQuickly) {
    t::writeBytes(path(u"garbage.png"_s), QByteArray(4096, 'x'));
    t::writeBytes(path(u"truncated.png"_s), t::pngBombHeader().left(40));
    t::writeBytes(path(u"bomb.png"_s), t::pngBombHeader());
    t::writeBytes(path(u"broken.svg"_s), "<svg><rect");
    t::writeBytes(path(u"notes.txt"_s), "hello");

    QElapsedTimer timer;
    timer.start();
    for (const QString& name : {u"missing.png"_s, u"garbage.png"_s, u"truncated.png"_s,
                                u"bomb.png"_s, u"broken.svg"_s, u"notes.txt"_s}) {
        EXPECT_TRUE(ImageLoader::load(path(name), {200, 200}).isNull()) << name.toStdString();
    }
    EXPECT_LT(timer.elapsed(), 2000);
}

TEST_F(ImageLoaderTest, RequestAnswersOnTheGuiThreadAndCaches) {
    t::writeBytes(path(u"wide.svg"_s), kSvg);
    ImageLoader loader;
    QSignalSpy spy(&loader, &ImageLoader::loaded);
    EXPECT_FALSE(loader.cached(path(u"wide.svg"_s), {80, 80}));
    loader.request(path(u"wide.svg"_s), {80, 80});
    loader.request(path(u"missing.svg"_s), {80, 80});
    ASSERT_TRUE(spy.wait(5000) || spy.count() > 0);
    loader.waitForDone();
    ASSERT_EQ(spy.count(), 2);
    const auto cached = loader.cached(path(u"wide.svg"_s), {80, 80});
    ASSERT_TRUE(cached);
    EXPECT_EQ(cached->size(), QSize(80, 40));
    const auto missing = loader.cached(path(u"missing.svg"_s), {80, 80});
    ASSERT_TRUE(missing);
    EXPECT_TRUE(missing->isNull());

    loader.request(path(u"wide.svg"_s), {80, 80}); // cached: no new work
    loader.waitForDone();
    EXPECT_EQ(spy.count(), 2);
}

TEST_F(ImageLoaderTest, PlaceholderIsDrawnAtTheDevicePixelRatio) {
    const QPixmap pixmap = ImageLoader::placeholder({160, 120}, 2.0, QApplication::palette());
    EXPECT_EQ(pixmap.size(), QSize(320, 240));
    EXPECT_EQ(pixmap.devicePixelRatio(), 2.0);
}

TEST_F(ImageLoaderTest, PictureBoxShowsThePictureAndReRequestsAfterAResize) {
    t::writeBytes(path(u"wide.svg"_s), kSvg);
    ImageLoader loader;
    PictureBox box(&loader);
    box.resize(200, 200);
    box.setDescription(u"Wall stretch"_s);
    box.setFile(path(u"wide.svg"_s));
    box.show();
    loader.waitForDone();
    EXPECT_EQ(box.state(), PictureBox::State::Shown);
    const qreal dpr = box.devicePixelRatioF();
    EXPECT_EQ(box.image().size(), (QSizeF(200, 100) * dpr).toSize());
    EXPECT_EQ(box.accessibleName(), u"Wall stretch");
    EXPECT_TRUE(box.accessibleDescription().isEmpty());

    box.resize(400, 400);
    QTRY_COMPARE_WITH_TIMEOUT(box.image().size(), (QSizeF(400, 200) * dpr).toSize(), 5000);
}

TEST_F(ImageLoaderTest, PictureBoxShowsThePlaceholderForMissingAndBrokenFiles) {
    t::writeBytes(path(u"garbage.png"_s), QByteArray(4096, 'x'));
    t::writeBytes(path(u"bomb.png"_s), t::pngBombHeader());
    ImageLoader loader;
    for (const QString& name : {u"missing.png"_s, u"garbage.png"_s, u"bomb.png"_s}) {
        PictureBox box(&loader);
        box.resize(160, 120);
        box.setDescription(u"Cover"_s);
        box.setFile(path(name));
        box.show();
        loader.waitForDone();
        EXPECT_EQ(box.state(), PictureBox::State::Missing) << name.toStdString();
        EXPECT_EQ(box.accessibleDescription(), u"Picture missing");
        EXPECT_TRUE(box.toolTip().contains(u"Picture missing"));
        EXPECT_FALSE(box.grab().isNull()); // paints without crashing
    }
}

// A step's `mirror: true`: the picture is drawn flipped left to right, the
// file untouched. A picture red on its left half and blue on its right shows
// blue on the left.
TEST_F(ImageLoaderTest, PictureBoxDrawsAMirroredPictureFlippedLeftToRight) {
    t::writeBytes(path(u"halves.svg"_s),
                  R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">
<rect width="100" height="100" fill="#ff0000"/><rect x="100" width="100" height="100" fill="#0000ff"/></svg>)");
    ImageLoader loader;
    PictureBox box(&loader);
    box.resize(200, 100);
    box.setFile(path(u"halves.svg"_s));
    box.show();
    loader.waitForDone();
    QTRY_COMPARE_WITH_TIMEOUT(box.state(), PictureBox::State::Shown, 5000);
    const auto colours = [&box] {
        const QImage shot = box.grab().toImage();
        return std::pair(QColor(shot.pixel(shot.width() / 4, shot.height() / 2)),
                         QColor(shot.pixel(shot.width() * 3 / 4, shot.height() / 2)));
    };
    EXPECT_EQ(colours(), std::pair(QColor(Qt::red), QColor(Qt::blue)));
    box.setMirrored(true);
    EXPECT_TRUE(box.mirrored());
    EXPECT_EQ(colours(), std::pair(QColor(Qt::blue), QColor(Qt::red)));
    EXPECT_EQ(QColor(box.image().pixel(10, 50)), QColor(Qt::red)) << "the picture itself is kept";
}
