#pragma once

// A PDF read back as a reader would, with poppler-utils (scripts/setup
// installs them): its words (pdftotext), its properties (pdfinfo), its
// pictures (pdfimages); and a program run to its end.

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <gtest/gtest.h>

namespace limber::testing {

struct Outcome {
    int status = -1;
    QString out;
    QString err;
};

inline Outcome
run(const QString& program, const QStringList& arguments,
    const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {-1, {}, program + QStringLiteral(": did not run: ") + process.errorString()};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The words of a PDF (of one page, when `page` is given) as pdftotext reads
// them, every run of white space one space (lines wrap where the page does).
inline QString pdfWords(const QString& pdf, int page = 0) {
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    const Outcome text =
        run(QStringLiteral("pdftotext"), arguments + QStringList{pdf, QStringLiteral("-")});
    EXPECT_EQ(text.status, 0) << "pdftotext (poppler-utils, scripts/setup): "
                              << text.err.toStdString();
    return text.out.simplified();
}

// pdfinfo's "Key: value" lines ("Pages", "Page size"...).
inline QMap<QString, QString> pdfInfo(const QString& pdf) {
    const Outcome outcome = run(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_EQ(outcome.status, 0) << "pdfinfo (poppler-utils): " << outcome.err.toStdString();
    QMap<QString, QString> values;
    for (const QString& line : outcome.out.split(u'\n')) {
        const auto colon = line.indexOf(u':');
        if (colon > 0)
            values.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return values;
}

// The bitmaps in a PDF: pdfimages -list's lines without its two of header.
inline QStringList pdfImages(const QString& pdf) {
    const Outcome images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    EXPECT_EQ(images.status, 0) << "pdfimages (poppler-utils): " << images.err.toStdString();
    return images.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
}

} // namespace limber::testing
