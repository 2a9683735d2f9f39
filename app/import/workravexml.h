#pragma once

#include "routine/diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace limber {

// Workrave's exercises.xml, as Workrave itself reads it
// (ExerciseCollection::parse_exercises() in Workrave's commonui):
//
//   <exercises>
//     <exercise>
//       <title>Shoulder-arm stretch</title>            English: no xml:lang
//       <title xml:lang="de">Schulter-/Armstreckung</title>
//       <description>Keep one arm ...</description>
//       <description xml:lang="de">...</description>
//       <sequence duration="40">                      seconds; 15 when absent
//         <image src="shoulder-arm-stretch.png" duration="10"/>            1 s when absent
//         <image src="shoulder-arm-stretch.png" mirrorx="yes" duration="10"/>
//       </sequence>
//     </exercise>
//   </exercises>
//
// Read with QXmlStreamReader, which never fetches an external entity. A
// DOCTYPE that declares entities is refused outright (nothing of the file
// is used), so that no entity is expanded at all, internal (the "billion
// laughs") or external. Whatever the reader does not take over is noted
// with its line and column.

// Where an element starts in the file (1-based).
struct XmlPlace {
    int line = 0;
    int column = 0;
};

struct WorkraveText {
    QString language; // "en" for a text without xml:lang, else the attribute as written
    QString text;     // whitespace collapsed
    XmlPlace at;
};

struct WorkraveImage {
    QString src; // as written, relative to the file's folder
    int seconds = 1;
    bool mirror = false; // mirrorx="yes": flipped left to right
    XmlPlace at;
};

struct WorkraveExercise {
    XmlPlace at;
    std::vector<WorkraveText> titles;
    std::vector<WorkraveText> descriptions;
    bool hasSequence = false;
    int seconds = 15; // the sequence's duration: the whole exercise
    XmlPlace sequenceAt;
    std::vector<WorkraveImage> images;
};

struct WorkraveExercises {
    std::vector<WorkraveExercise> exercises;
    XmlPlace root;
    // What was left out (warnings), and why nothing could be read (an error).
    std::vector<Diagnostic> notes;
    bool failed = false;
};

class WorkraveXml {
    Q_DECLARE_TR_FUNCTIONS(WorkraveXml)

public:
    // At most this many exercises, and this many pictures in a sequence;
    // the rest is noted and left out.
    static constexpr int kMaxExercises = 100;
    static constexpr int kMaxImages = 100;
    // Durations Limber can hold: 1 s to 1 h (a longer one is noted, and
    // Workrave's default taken).
    static constexpr int kMaxSeconds = 3600;

    // `xml` is the file's content; `file` names it in the notes.
    [[nodiscard]] static WorkraveExercises read(const QByteArray& xml, const QString& file);
};

} // namespace limber
