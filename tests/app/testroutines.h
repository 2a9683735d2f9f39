#pragma once

// Routines built in C++ for the widget tests: no YAML loader involved, so a
// widget test fails only for the widget's own reasons.

#include "routine/routine.h"
#include "routine/routinelibrary.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QString>
#include <filesystem>
#include <ostream>
#include <string>
#include <utility>

namespace limber::testing {

inline LocalizedText en(std::string text) {
    return LocalizedText("en", std::move(text));
}

inline Step step(std::string text, StepAction action = {}, std::string image = {}) {
    Step s;
    s.text = en(std::move(text));
    s.action = std::move(action);
    s.image = std::move(image);
    return s;
}

inline HoldAction holdRange(int minSeconds, int maxSeconds) {
    return HoldAction{{Seconds(minSeconds), Seconds(maxSeconds), Seconds(minSeconds)}};
}

// A one-exercise routine in `folder` (its file is folder/<id>.yaml).
inline Routine simpleRoutine(const std::string& id, const std::string& title,
                             const std::filesystem::path& folder,
                             std::vector<std::string> tags = {}, std::string summary = {}) {
    Routine routine;
    routine.id = id;
    routine.title = en(title);
    routine.summary = en(summary.empty() ? "A test routine." : std::move(summary));
    routine.tags = std::move(tags);
    routine.file = folder / (id + ".yaml");
    routine.contentHash = "hash-" + id;
    Exercise reach;
    reach.id = "reach";
    reach.title = en("Reach up");
    reach.blocks.push_back(
        {{}, {step("Reach both arms up.", HoldAction{Range<Seconds>::fixed(Seconds(20))})}, {}});
    routine.exercises.push_back(std::move(reach));
    return routine;
}

// A routine with everything the overview shows: safety notices at every
// level, equipment with substitutes, a hold range, sides, a rest, a repeat
// block, a source, and pictures (`picture` names a file in `folder`).
inline Routine fullRoutine(const std::filesystem::path& folder, std::string picture = {}) {
    Routine routine;
    routine.id = "back";
    routine.title = en("Back relief");
    routine.summary = en("Gentle stretches for a stiff upper back.");
    routine.tags = {"upper-back", "desk"};
    routine.file = folder / "back.yaml";
    routine.contentHash = "v1";
    routine.sources = {Source{en("After a public article"), "https://example.org/stretches"}};
    routine.equipment.push_back(
        Equipment{"strap", en("Yoga strap"), {en("A belt"), en("A towel")}, false});
    routine.safety = {
        {SafetyLevel::Warning, en("If the pain gets worse, stop and see a doctor."), {}},
        {SafetyLevel::Caution, en("Stop any stretch that hurts."), {}},
        {SafetyLevel::Info, en("This routine is for education only."), {}},
    };

    Exercise wall;
    wall.id = "wall";
    wall.title = en("Wall stretch");
    wall.equipment = {"wall"};
    wall.image = picture;
    wall.safety = {{SafetyLevel::Caution, en("Keep your neck straight."), {}}};
    wall.blocks.push_back({{}, {step("Stand facing a wall.")}, {}});
    wall.blocks.push_back({{}, {step("Hold the stretch.", holdRange(30, 60))}, {}});
    wall.rest = Seconds(15);
    routine.exercises.push_back(std::move(wall));

    Exercise strap;
    strap.id = "strap";
    strap.title = en("Strap stretch");
    strap.equipment = {"chair", "strap"};
    strap.sides = {Side::Left, Side::Right};
    StepBlock cycle;
    cycle.repeat = Repeat{Repeat::Kind::Count, {10, 15, 10}};
    cycle.steps = {step("Raise your arms.", BreathsAction{Range<int>::fixed(5)}),
                   step("Lower your arms.")};
    strap.blocks.push_back(std::move(cycle));
    routine.exercises.push_back(std::move(strap));
    return routine;
}

// One exercise done on both sides, left then right: a 10 s hold with a
// figure (a side view, still) after the get-ready.
inline Routine sidedRoutine() {
    Routine routine;
    routine.id = "sides";
    routine.title = en("Sides");
    routine.summary = en("One stretch, each side.");
    routine.file = "sides.yaml";
    routine.contentHash = "sides-v1";
    Exercise bend;
    bend.id = "bend";
    bend.title = en("Side bend");
    bend.sides = {Side::Left, Side::Right};
    Step lean = step("Lean to the side.", HoldAction{Range<Seconds>::fixed(Seconds(10))});
    lean.figure = Figure{};
    lean.figure->poses.push_back(KeyPose{});
    bend.blocks.push_back({{}, {std::move(lean)}, {}});
    routine.exercises.push_back(std::move(bend));
    return routine;
}

inline void writeBytes(const QString& file, const QByteArray& bytes) {
    QFile out(file);
    if (out.open(QIODevice::WriteOnly))
        out.write(bytes);
}

// A valid PNG of this size and colour.
inline void writePng(const QString& file, QSize size, QColor colour = Qt::darkCyan) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    image.save(file, "PNG");
}

// A PNG header claiming 20000×20000 pixels (1.6 GB decoded), with a tiny,
// bogus body: a decompression bomb as far as an unguarded decoder knows.
inline QByteArray pngBombHeader() {
    QImage small(1, 1, QImage::Format_RGB32);
    small.fill(Qt::red);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        small.save(&buffer, "PNG");
    }
    // IHDR width and height are the big-endian words at offsets 16 and 20.
    const auto put = [&bytes](int offset, quint32 value) {
        for (int i = 0; i < 4; ++i)
            bytes[offset + i] = static_cast<char>((value >> (24 - 8 * i)) & 0xff);
    };
    put(16, 20000);
    put(20, 20000);
    // The IHDR chunk's CRC (over type and data, bytes 12..28), so that the
    // header is valid and only the size is the attack.
    quint32 crc = 0xffffffffu;
    for (int i = 12; i < 29; ++i) {
        crc ^= static_cast<quint8>(bytes[i]);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    put(29, ~crc);
    return bytes;
}

} // namespace limber::testing

// GoogleTest prints QStrings as text.
inline void PrintTo(const QString& text, std::ostream* out) {
    *out << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QStringList& list, std::ostream* out) {
    *out << '[' << list.join(u", ").toStdString() << ']';
}
