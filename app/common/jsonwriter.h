#pragma once

#include <QByteArray>
#include <QStringView>
#include <cstddef>
#include <string_view>
#include <vector>

class QIODevice;

namespace limber {

// Writes JSON (RFC 8259) to a device as it goes, in UTF-8. Ten years of
// history are 11,000 sessions: building them as a QJsonDocument first cost
// more than reading them from the file (issue #15's budget for
// `limber --history --json`). The two outer levels get a line each, so that
// every session or check-in is one line; what is inside them is compact.
class JsonWriter {
public:
    explicit JsonWriter(QIODevice& device);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // An object's member name, in UTF-8 (the names are the code's own); its
    // value follows.
    void key(std::string_view name);
    void value(QStringView text);
    void valueUtf8(std::string_view text);
    void value(long long number);
    void value(int number) { value(static_cast<long long>(number)); }
    void value(bool flag);
    void value(std::nullptr_t);
    // Not a bool: a pointer is no value of its own.
    void value(const void*) = delete;

    // Writes what is left in the buffer. False if the device took less than
    // all that was written to it, now or before.
    [[nodiscard]] bool finish();

private:
    void beforeValue();
    void open(char bracket);
    void close(char bracket);
    void newLine(std::size_t depth);
    void flushIfFull();

    QIODevice& m_device;
    QByteArray m_buffer;
    // For each open object or array: whether anything is in it yet.
    std::vector<bool> m_hasItems;
    bool m_afterKey = false;
    bool m_failed = false;
};

} // namespace limber
