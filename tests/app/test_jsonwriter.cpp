// The JSON that `limber --history --json` streams out: valid RFC 8259 whatever
// the text holds, one line per session or check-in, and a device that stops
// taking bytes is reported.
#include "common/jsonwriter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using limber::JsonWriter;

namespace {

void writeSample(JsonWriter& json, const QString& text) {
    json.beginObject();
    json.key("sessions");
    json.beginArray();
    for (int id : {1, 2}) {
        json.beginObject();
        json.key("id");
        json.value(id);
        json.key("routine");
        json.value(text);
        json.key("holds");
        json.beginArray();
        json.beginObject();
        json.key("held");
        json.value(30);
        json.endObject();
        json.endArray();
        json.key("session");
        json.value(nullptr);
        json.key("completed");
        json.value(id == 1);
        json.endObject();
    }
    json.endArray();
    json.key("advice");
    json.beginArray();
    json.endArray();
    json.endObject();
}

} // namespace

TEST(JsonWriter, WritesOneLinePerItemOfTheOuterArrays) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonWriter json(buffer);
    writeSample(json, u"neck"_s);
    ASSERT_TRUE(json.finish());
    EXPECT_EQ(buffer.data().toStdString(),
              "{\n"
              "  \"sessions\": [\n"
              "    {\"id\":1,\"routine\":\"neck\",\"holds\":[{\"held\":30}],\"session\":null,"
              "\"completed\":true},\n"
              "    {\"id\":2,\"routine\":\"neck\",\"holds\":[{\"held\":30}],\"session\":null,"
              "\"completed\":false}\n"
              "  ],\n"
              "  \"advice\": []\n"
              "}\n");
}

// Routine ids come from files anyone can write, and the advice's text is
// translated: quotes, backslashes, control characters and any script must
// come back as they went in.
TEST(JsonWriter, TextOfAnyKindReadsBackAsItWasWritten) {
    const QString text = u"say \"hi\"\\ now\n\ttab\r\x01\x1f end · Schulter ¿dolor? 肩 😀"_s;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonWriter json(buffer);
    writeSample(json, text);
    ASSERT_TRUE(json.finish());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError)
        << error.errorString().toStdString() << " in " << buffer.data().toStdString();
    const QJsonArray sessions = document.object()[u"sessions"_s].toArray();
    ASSERT_EQ(sessions.size(), 2);
    EXPECT_EQ(sessions[0][u"routine"_s].toString(), text);
    EXPECT_TRUE(sessions[1][u"session"_s].isNull());
    EXPECT_TRUE(buffer.data().contains(R"(\u0001\u001f)")) << "control characters escaped";
}

// Megabytes go out in pieces while they are written; a device that takes
// less than it was given (a full disk, a closed pipe) is reported at the end.
TEST(JsonWriter, SaysWhenTheDeviceTookLessThanItWasGiven) {
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    JsonWriter json(readOnly);
    json.beginArray();
    for (int i = 0; i < 20'000; ++i)
        writeSample(json, u"upper-back-relief"_s);
    json.endArray();
    EXPECT_FALSE(json.finish());

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonWriter large(buffer);
    large.beginArray();
    for (int i = 0; i < 20'000; ++i)
        writeSample(large, u"upper-back-relief"_s);
    large.endArray();
    ASSERT_TRUE(large.finish());
    EXPECT_GT(buffer.size(), 4'000'000);

    EXPECT_EQ(QJsonDocument::fromJson(buffer.data()).array().size(), 20'000);
}

// A file keeps the last bytes in its own buffer: a full disk (/dev/full) is
// found when they are written, not lost with a success.
TEST(JsonWriter, AFullDiskIsReportedEvenForTheLastBytes) {
    QFile full(u"/dev/full"_s);
    ASSERT_TRUE(full.open(QIODevice::WriteOnly));
    JsonWriter json(full);
    writeSample(json, u"neck"_s);
    EXPECT_FALSE(json.finish());
}
