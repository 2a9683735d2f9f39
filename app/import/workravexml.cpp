#include "import/workravexml.h"

#include <QXmlStreamReader>
#include <algorithm>
#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

class Reader {
public:
    Reader(const QByteArray& xml, QString file)
        : m_xml(xml)
        , m_lines(xml.split('\n'))
        , m_file(std::move(file)) {}

    WorkraveExercises run();

private:
    // The next token; false at the end or on an error.
    bool next();
    // Where the current token starts: an element's start tag, or with
    // `opening` u"<!DOCTYPE" the DOCTYPE (whose subset holds other '<').
    XmlPlace here(QStringView opening = u"<");
    // Past the end of the element just started, noting nothing inside it.
    void skipElement();
    // The text of the element just started, child elements' text included.
    QString elementText();
    void readExercises();
    void readExercise();
    void readText(std::vector<WorkraveText>& into, QStringView what);
    void readSequence(WorkraveExercise& exercise);
    void readImage(WorkraveExercise& exercise);
    // Notes each attribute of the element just started that is not `known`.
    void checkAttributes(std::initializer_list<QStringView> known);
    // `duration="40"`: whole seconds from 1 to kMaxSeconds, else `fallback`.
    int seconds(QStringView element, int fallback);
    void noteUnknownElement();
    void note(XmlPlace at, const QString& message);
    void fail(XmlPlace at, const QString& message);

    QXmlStreamReader m_xml;
    QList<QByteArray> m_lines;
    int m_decodedLine = -1; // the line in m_decoded, 0-based
    QString m_decoded;
    QString m_file;
    WorkraveExercises m_out;
    bool m_tooManyNoted = false;
};

WorkraveExercises Reader::run() {
    while (next()) {
        if (m_xml.tokenType() != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() != u"exercises") {
            fail(here(), WorkraveXml::tr("the file's first element is <%1>, not <exercises>: "
                                         "it is not a Workrave exercise file")
                             .arg(m_xml.name()));
            return std::move(m_out);
        }
        m_out.root = here();
        checkAttributes({});
        readExercises();
        break;
    }
    while (next()) {
        // The rest of the file must still be well-formed XML.
    }
    if (m_xml.hasError() && !m_out.failed) {
        fail({static_cast<int>(m_xml.lineNumber()), static_cast<int>(m_xml.columnNumber())},
             WorkraveXml::tr("not well-formed XML: %1").arg(m_xml.errorString()));
    } else if (!m_out.failed && m_out.root.line == 0) {
        fail({}, WorkraveXml::tr("the file has no <exercises> element: it is not a Workrave "
                                 "exercise file"));
    }
    return std::move(m_out);
}

bool Reader::next() {
    if (m_out.failed || m_xml.atEnd())
        return false;
    m_xml.readNext();
    if (m_xml.hasError())
        return false;
    // An entity declared in the DOCTYPE would be expanded where it is used:
    // internal ones can grow a few bytes into gigabytes, external ones name
    // other files. Workrave's files declare none; a file that does is not read.
    if (m_xml.tokenType() == QXmlStreamReader::DTD && !m_xml.entityDeclarations().isEmpty()) {
        fail(here(u"<!DOCTYPE"),
             WorkraveXml::tr("the file declares entities (<!ENTITY %1 ...>), which "
                             "Workrave's exercise files never do; Limber does not "
                             "read such a file")
                 .arg(m_xml.entityDeclarations().first().name()));
        return false;
    }
    return true;
}

XmlPlace Reader::here(QStringView opening) {
    // The reader counts lines from 1 and stands after the token's last
    // character: column 0 is the start of a line. Tags rarely span lines,
    // and each line is decoded once however many tags it holds.
    const int line = static_cast<int>(m_xml.lineNumber());
    const qsizetype before = m_xml.columnNumber();
    for (int l = line - 1; l >= 0 && l < m_lines.size(); --l) {
        if (l != m_decodedLine) {
            m_decoded = QString::fromUtf8(m_lines[l]);
            m_decodedLine = l;
        }
        const qsizetype from =
            l == line - 1 ? std::min(before, m_decoded.size()) : m_decoded.size();
        if (const qsizetype at = from > 0 ? m_decoded.lastIndexOf(opening, from - 1) : -1; at >= 0)
            return {l + 1, static_cast<int>(at) + 1};
    }
    return {line, static_cast<int>(before)};
}

void Reader::skipElement() {
    int depth = 1;
    while (depth > 0 && next()) {
        if (m_xml.isStartElement())
            ++depth;
        else if (m_xml.isEndElement())
            --depth;
    }
}

QString Reader::elementText() {
    QString text;
    int depth = 1;
    while (depth > 0 && next()) {
        if (m_xml.isStartElement())
            ++depth;
        else if (m_xml.isEndElement())
            --depth;
        else if (m_xml.isCharacters())
            text += m_xml.text();
    }
    return text.simplified();
}

void Reader::readExercises() {
    while (next() && !m_xml.isEndElement()) {
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() != u"exercise") {
            noteUnknownElement();
            continue;
        }
        if (m_out.exercises.size() >= static_cast<std::size_t>(WorkraveXml::kMaxExercises)) {
            if (!std::exchange(m_tooManyNoted, true))
                note(here(), WorkraveXml::tr("more than %1 exercises: this one and the ones "
                                             "after it are left out")
                                 .arg(WorkraveXml::kMaxExercises));
            skipElement();
            continue;
        }
        readExercise();
    }
}

void Reader::readExercise() {
    WorkraveExercise exercise;
    exercise.at = here();
    checkAttributes({});
    while (next() && !m_xml.isEndElement()) {
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() == u"title") {
            readText(exercise.titles, u"title");
        } else if (m_xml.name() == u"description") {
            readText(exercise.descriptions, u"description");
        } else if (m_xml.name() == u"sequence" && !exercise.hasSequence) {
            readSequence(exercise);
        } else if (m_xml.name() == u"sequence") {
            note(here(), WorkraveXml::tr("a second <sequence> in one exercise: it is left out, "
                                         "the first one is played"));
            skipElement();
        } else {
            noteUnknownElement();
        }
    }
    m_out.exercises.push_back(std::move(exercise));
}

void Reader::readText(std::vector<WorkraveText>& into, QStringView what) {
    WorkraveText text;
    text.at = here();
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView language = attributes.value("xml:lang"_L1);
    text.language = language.isEmpty() ? u"en"_s : language.toString();
    checkAttributes({u"xml:lang"});
    text.text = elementText();
    if (text.text.isEmpty()) {
        note(text.at, WorkraveXml::tr("an empty <%1> is left out").arg(what));
        return;
    }
    for (const WorkraveText& earlier : into) {
        if (earlier.language == text.language) {
            note(text.at, WorkraveXml::tr("a second <%1> in the language '%2' is left out; the "
                                          "one on line %3 is used")
                              .arg(what, text.language)
                              .arg(earlier.at.line));
            return;
        }
    }
    into.push_back(std::move(text));
}

void Reader::readSequence(WorkraveExercise& exercise) {
    exercise.hasSequence = true;
    exercise.sequenceAt = here();
    checkAttributes({u"duration"});
    exercise.seconds = seconds(u"sequence", exercise.seconds);
    bool tooMany = false;
    while (next() && !m_xml.isEndElement()) {
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() != u"image") {
            noteUnknownElement();
        } else if (exercise.images.size() >= static_cast<std::size_t>(WorkraveXml::kMaxImages)) {
            if (!std::exchange(tooMany, true))
                note(here(), WorkraveXml::tr("more than %1 pictures in one sequence: this one "
                                             "and the ones after it are left out")
                                 .arg(WorkraveXml::kMaxImages));
            skipElement();
        } else {
            readImage(exercise);
        }
    }
}

void Reader::readImage(WorkraveExercise& exercise) {
    WorkraveImage image;
    image.at = here();
    checkAttributes({u"src", u"duration", u"mirrorx"});
    const QXmlStreamAttributes attributes = m_xml.attributes();
    image.src = attributes.value("src"_L1).toString();
    image.seconds = seconds(u"image", image.seconds);
    const QStringView mirror = attributes.value("mirrorx"_L1);
    image.mirror = mirror == u"yes";
    if (!mirror.isEmpty() && mirror != u"yes" && mirror != u"no")
        note(image.at, WorkraveXml::tr("mirrorx=\"%1\" is neither \"yes\" nor \"no\"; the "
                                       "picture is shown as it is, as Workrave shows it")
                           .arg(mirror));
    skipElement();
    exercise.images.push_back(std::move(image));
}

void Reader::checkAttributes(std::initializer_list<QStringView> known) {
    for (const QXmlStreamAttribute& attribute : m_xml.attributes()) {
        const QStringView name = attribute.qualifiedName();
        if (std::find(known.begin(), known.end(), name) == known.end())
            note(here(), WorkraveXml::tr("the attribute %1=\"%2\" of <%3> is not part of "
                                         "Workrave's format; it is left out")
                             .arg(name, attribute.value(), m_xml.name()));
    }
}

int Reader::seconds(QStringView element, int fallback) {
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView written = attributes.value("duration"_L1);
    if (written.isEmpty() && !attributes.hasAttribute("duration"_L1))
        return fallback;
    bool ok = false;
    const int value = written.trimmed().toInt(&ok);
    if (ok && value >= 1 && value <= WorkraveXml::kMaxSeconds)
        return value;
    note(here(), WorkraveXml::tr("<%1 duration=\"%2\"> is not a whole number of seconds from 1 "
                                 "to %3; %4\u00a0s is used instead")
                     .arg(element, written)
                     .arg(WorkraveXml::kMaxSeconds)
                     .arg(fallback));
    return fallback;
}

void Reader::noteUnknownElement() {
    note(
        here(),
        WorkraveXml::tr("<%1> is not part of Workrave's format; it is left out").arg(m_xml.name()));
    skipElement();
}

void Reader::note(XmlPlace at, const QString& message) {
    m_out.notes.push_back({m_file.toStdString(),
                           at.line,
                           at.column,
                           Severity::Warning,
                           message.toStdString(),
                           {},
                           {}});
}

void Reader::fail(XmlPlace at, const QString& message) {
    m_out.notes.push_back(
        {m_file.toStdString(), at.line, at.column, Severity::Error, message.toStdString(), {}, {}});
    m_out.failed = true;
}

} // namespace

WorkraveExercises WorkraveXml::read(const QByteArray& xml, const QString& file) {
    return Reader(xml, file).run();
}

} // namespace limber
