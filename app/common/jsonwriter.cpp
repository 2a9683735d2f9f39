#include "jsonwriter.h"

#include <QFileDevice>
#include <QIODevice>
#include <charconv>
#include <iterator>

namespace limber {

namespace {

constexpr qsizetype flushAt = 256 * 1024;
// Levels 0 and 1 break lines (the top object's members, their arrays'
// items); deeper levels stay on their item's line.
constexpr std::size_t brokenLevels = 2;

// Appends `utf8` quoted, with its quotes, backslashes and control
// characters escaped; the runs of bytes between those go in one append.
void appendEscaped(QByteArray& out, std::string_view utf8) {
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    std::size_t run = 0; // the first byte not appended yet
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        out.append(utf8.data() + run, static_cast<qsizetype>(i - run));
        run = i + 1;
        switch (byte) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\r':
            out.append("\\r");
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(utf8.data() + run, static_cast<qsizetype>(utf8.size() - run));
    out.append('"');
}

} // namespace

JsonWriter::JsonWriter(QIODevice& device)
    : m_device(device) {
    m_buffer.reserve(flushAt + 4096);
}

void JsonWriter::newLine(std::size_t depth) {
    m_buffer.append('\n');
    m_buffer.append(static_cast<qsizetype>(depth) * 2, ' ');
}

void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasItems.empty())
        return;
    if (m_hasItems.back())
        m_buffer.append(',');
    m_hasItems.back() = true;
    if (m_hasItems.size() <= brokenLevels)
        newLine(m_hasItems.size());
}

void JsonWriter::open(char bracket) {
    beforeValue();
    m_buffer.append(bracket);
    m_hasItems.push_back(false);
}

void JsonWriter::close(char bracket) {
    const bool hadItems = m_hasItems.back();
    m_hasItems.pop_back();
    if (hadItems && m_hasItems.size() < brokenLevels)
        newLine(m_hasItems.size());
    m_buffer.append(bracket);
    if (m_hasItems.empty())
        m_buffer.append('\n');
    flushIfFull();
}

void JsonWriter::beginObject() {
    open('{');
}

void JsonWriter::endObject() {
    close('}');
}

void JsonWriter::beginArray() {
    open('[');
}

void JsonWriter::endArray() {
    close(']');
}

void JsonWriter::key(std::string_view name) {
    beforeValue();
    appendEscaped(m_buffer, name);
    m_buffer.append(m_hasItems.size() <= brokenLevels ? ": " : ":");
    m_afterKey = true;
}

void JsonWriter::value(QStringView text) {
    const QByteArray utf8 = text.toUtf8();
    valueUtf8({utf8.constData(), static_cast<std::size_t>(utf8.size())});
}

void JsonWriter::valueUtf8(std::string_view text) {
    beforeValue();
    appendEscaped(m_buffer, text);
}

void JsonWriter::value(long long number) {
    beforeValue();
    char digits[24];
    const auto end = std::to_chars(std::begin(digits), std::end(digits), number).ptr;
    m_buffer.append(digits, end - digits);
}

void JsonWriter::value(bool flag) {
    beforeValue();
    m_buffer.append(flag ? "true" : "false");
}

void JsonWriter::value(std::nullptr_t) {
    beforeValue();
    m_buffer.append("null");
}

void JsonWriter::flushIfFull() {
    if (m_buffer.size() < flushAt)
        return;
    if (!m_failed && m_device.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.resize(0); // keeps its capacity
}

bool JsonWriter::finish() {
    if (!m_failed && !m_buffer.isEmpty() && m_device.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    // A file keeps the end in its own buffer: a full disk shows only when
    // that is written.
    if (auto* file = qobject_cast<QFileDevice*>(&m_device); file && !m_failed && !file->flush())
        m_failed = true;
    return !m_failed;
}

} // namespace limber
