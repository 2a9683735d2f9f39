#pragma once

// Compares a rendered picture with a committed reference PNG, with a
// tolerance for antialiasing that differs between Qt builds and rasterizers.
// With LIMBER_UPDATE_REFERENCES=1 the reference is written instead; look at
// every one before committing it.

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QString>
#include <algorithm>
#include <cstdlib>
#include <gtest/gtest.h>

namespace limber::testing {

inline bool updatingReferences() {
    return qEnvironmentVariableIntValue("LIMBER_UPDATE_REFERENCES") == 1;
}

// Pixels whose channels differ by more than 48 of 255 are "different"; at
// most `allowedShare` of them may be (0.5% unless told). A failure saves the
// rendered picture to the temporary folder and says where.
inline void expectMatchesReference(const QImage& rendered, const QString& path,
                                   double allowedShare = 0.005) {
    const QImage actual = rendered.convertToFormat(QImage::Format_ARGB32);
    const QString name = QFileInfo(path).completeBaseName();
    if (updatingReferences()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        ASSERT_TRUE(actual.save(path)) << path.toStdString();
        return;
    }
    const QImage expected = QImage(path).convertToFormat(QImage::Format_ARGB32);
    ASSERT_FALSE(expected.isNull())
        << "missing reference " << path.toStdString()
        << "; run with LIMBER_UPDATE_REFERENCES=1 to create it, then look at it";
    ASSERT_EQ(expected.size(), actual.size()) << name.toStdString();
    qsizetype different = 0;
    for (int y = 0; y < actual.height(); ++y)
        for (int x = 0; x < actual.width(); ++x) {
            const QRgb a = actual.pixel(x, y);
            const QRgb e = expected.pixel(x, y);
            const int delta =
                std::max({std::abs(qRed(a) - qRed(e)), std::abs(qGreen(a) - qGreen(e)),
                          std::abs(qBlue(a) - qBlue(e)), std::abs(qAlpha(a) - qAlpha(e))});
            if (delta > 48)
                ++different;
        }
    const auto allowed = static_cast<qsizetype>(
        static_cast<double>(actual.width() * actual.height()) * allowedShare);
    if (different > allowed) {
        const QString actualPath = QDir::temp().filePath(name + u"-actual.png");
        actual.save(actualPath);
        ADD_FAILURE() << name.toStdString() << ": " << different << " pixels differ (at most "
                      << allowed << " may); rendered image saved to " << actualPath.toStdString();
    }
}

} // namespace limber::testing
