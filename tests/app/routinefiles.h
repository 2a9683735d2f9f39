#pragma once

#include <QDir>
#include <QFile>
#include <QString>

// Writes a routine file for a test; the folder is created as needed.
inline void writeRoutine(const QString& folder, const QString& name, const QByteArray& yaml) {
    QDir().mkpath(folder);
    QFile file(folder + u'/' + name);
    if (file.open(QIODevice::WriteOnly))
        file.write(yaml);
}

// A small valid routine with this id and title (an exercise with no image
// loads with a warning, which is fine for these tests).
inline QByteArray simpleRoutine(const QByteArray& id, const QByteArray& title) {
    return "limber: 1\nid: " + id + "\ntitle: " + title +
           "\nsummary: A test routine.\nexercises:\n"
           "  - id: reach\n    title: Reach up\n    steps:\n"
           "      - text: Reach both arms up.\n        hold: 20s\n";
}

// "Routine A" with two exercises (Reach up, Seated twist), so a break can
// take turns between them.
inline QByteArray twoExerciseRoutine() {
    return R"(limber: 1
id: a
title: Routine A
exercises:
  - id: reach
    title: Reach up
    steps:
      - text: Reach both arms up.
        hold: 20s
  - id: twist
    title: Seated twist
    steps:
      - text: Turn to the left.
        hold: 20s
)";
}
