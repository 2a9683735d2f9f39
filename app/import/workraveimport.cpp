#include "import/workraveimport.h"

#include "common/qtconvert.h"
#include "common/translations.h"
#include "import/workravesequence.h"
#include "import/workravexml.h"
#include "routine/duration.h"
#include "routine/imagecheck.h"
#include "routine/routineloader.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// The first line of every routine file an import writes: how a later import
// knows the folder is one it may replace.
constexpr auto kMarker = "# Imported from Workrave by Limber"_L1;
constexpr auto kPictures = "pictures"_L1;
// Limber repeats a block at most this often (docs/routine-format.md).
constexpr int kMaxRepeat = 500;
// An SVG the routine loader reads (routine/imagecheck.cpp).
constexpr qint64 kMaxSvgBytes = 1024 * 1024;

// The words an import writes into the routine, in every language Limber
// speaks whatever the interface's language is now: translated through
// each language's own catalogue (translations/limber_<lang>.ts).
const char* const kRoutineTitle = QT_TRANSLATE_NOOP("WorkraveImport", "Workrave exercises");
const char* const kRoutineSummary = QT_TRANSLATE_NOOP(
    "WorkraveImport", "Exercises for a break at the computer, imported from Workrave with their "
                      "pictures, their times and their words.");
const char* const kWorkraveSource = QT_TRANSLATE_NOOP(
    "WorkraveImport", "Workrave's own exercises (GNU GPL version 3 or later, © the Workrave "
                      "authors), imported from %1");
const char* const kOtherSource =
    QT_TRANSLATE_NOOP("WorkraveImport", "A Workrave exercise file, imported from %1");
const char* const kUntitled = QT_TRANSLATE_NOOP("WorkraveImport", "Exercise %1");
const char* const kOnePicture = QT_TRANSLATE_NOOP("WorkraveImport", "Do as the picture shows.");
const char* const kPictureOf = QT_TRANSLATE_NOOP("WorkraveImport", "Do as picture %1 of %2 shows.");
const char* const kOtherSideOnePicture =
    QT_TRANSLATE_NOOP("WorkraveImport", "The other side: do as the picture shows.");
const char* const kOtherSidePictureOf =
    QT_TRANSLATE_NOOP("WorkraveImport", "The other side: do as picture %1 of %2 shows.");
const char* const kNoPicture =
    QT_TRANSLATE_NOOP("WorkraveImport", "Go on as the description says.");
const char* const kOtherSideNoPicture =
    QT_TRANSLATE_NOOP("WorkraveImport", "The other side: go on as the description says.");

// Text in each language Limber speaks, English first (the routine's
// `language`).
class Catalogues {
public:
    Catalogues() {
        QStringList languages = Translations::available();
        languages.removeAll(u"en"_s);
        languages.sort();
        languages.prepend(u"en"_s);
        for (const QString& language : languages) {
            auto translator = std::make_unique<QTranslator>();
            if (language == u"en" ||
                translator->load(QLocale(language), u"limber"_s, u"_"_s, u":/i18n"_s))
                m_translators.emplace_back(language, std::move(translator));
        }
    }

    [[nodiscard]] QStringList languages() const {
        QStringList out;
        for (const auto& [language, translator] : m_translators)
            out << language;
        return out;
    }

    // `source` in every language, with `arg` for %1 and `of` for %2 when given.
    [[nodiscard]] std::vector<std::pair<QString, QString>>
    words(const char* source, const QString& arg = {}, const QString& of = {}) const {
        std::vector<std::pair<QString, QString>> out;
        for (const auto& [language, translator] : m_translators) {
            QString text = translator->translate("WorkraveImport", source);
            if (text.isEmpty())
                text = QString::fromUtf8(source);
            if (!arg.isNull())
                text = of.isNull() ? text.arg(arg) : text.arg(arg, of);
            out.emplace_back(language, text);
        }
        return out;
    }

private:
    std::vector<std::pair<QString, std::unique_ptr<QTranslator>>> m_translators;
};

// "pt_BR" -> "pt", "sr@latin" -> "sr", "de" -> "de".
QString primaryLanguage(const QString& tag) {
    static const QRegularExpression separator(u"[-_@]"_s);
    return tag.section(separator, 0, 0).toLower();
}

// A picture of the source folder copied into the routine's, once however
// often it is shown.
struct Pictures {
    QString sourceFolder;              // canonical
    QString targetFolder;              // the routine's folder being written
    std::map<QString, QString> copied; // canonical source -> path in the routine
    std::set<QString> names;           // file names taken in pictures/
    qint64 bytes = 0;                  // copied so far
};

class Importer {
public:
    Importer(QString xmlFile, QString routineFolder)
        : m_xmlFile(std::move(xmlFile))
        , m_routineFolder(std::move(routineFolder)) {}

    ImportResult run();

private:
    bool readSource(QByteArray& xml);
    void noteLanguages(const WorkraveExercises& read);
    std::vector<std::pair<QString, QString>> pick(const std::vector<WorkraveText>& texts,
                                                  const QString& title, bool isTitle);
    QString copyPicture(const WorkraveImage& image);
    void emitExercise(YAML::Emitter& out, const WorkraveExercise& exercise, int number);
    void emitFrame(YAML::Emitter& out, const WorkraveExercise& exercise, const TimedFrame& frame,
                   const std::vector<QString>& pictures);
    std::string routineText(const std::vector<WorkraveExercise>& exercises);
    bool moveIntoPlace(QTemporaryDir& written);

    // `source` in each of the routine's languages (Catalogues::words()).
    [[nodiscard]] std::vector<std::pair<QString, QString>>
    words(const char* source, const QString& arg = {}, const QString& of = {}) const;
    void add(const QString& file, XmlPlace at, Severity severity, const QString& message);
    // Something of the exercise file not carried over, and where it is.
    void note(XmlPlace at, const QString& message) {
        add(m_xmlFile, at, Severity::Warning, message);
    }
    // Why nothing is imported: the file, or a folder, as a whole.
    void error(const QString& file, const QString& message) {
        add(file, {}, Severity::Error, message);
    }

    QString m_xmlFile;
    QString m_routineFolder;
    Catalogues m_catalogues;
    QStringList m_usedLanguages; // Limber's languages the file has any text in
    Pictures m_pictures;
    std::set<std::string> m_ids;
    ImportResult m_result;
};

void emitText(YAML::Emitter& out, const std::vector<std::pair<QString, QString>>& entries) {
    out << YAML::BeginMap;
    for (const auto& [language, text] : entries)
        out << YAML::Key << language.toStdString() << YAML::Value << text.toStdString();
    out << YAML::EndMap;
}

// "Shoulder-arm stretch" -> "shoulder-arm-stretch": an id of the format
// (lowercase letters, digits and '-', at most 64); empty when no letter of
// the title is one.
std::string idFrom(const QString& title) {
    std::string id;
    for (const QChar c : title.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id += static_cast<char>(c.unicode());
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    id = id.substr(0, 64);
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    return id;
}

// A file name for a copied picture: the source's, in letters, digits, '.',
// '-' and '_', with the extension of what the file is.
QString pictureName(const QString& src, const QString& extension) {
    QString base = QFileInfo(src).completeBaseName();
    for (QChar& c : base) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            c = u'-';
    }
    return (base.isEmpty() ? u"picture"_s : base) + u'.' + extension;
}

ImportResult Importer::run() {
    m_result.routineId = WorkraveImport::routineId();
    m_result.folder = QDir(m_routineFolder).filePath(m_result.routineId);
    m_result.file = m_result.folder + u'/' + m_result.routineId + u".yaml"_s;

    QByteArray xml;
    if (!readSource(xml))
        return m_result;
    WorkraveExercises read = WorkraveXml::read(xml, m_xmlFile);
    m_result.report = std::move(read.notes);
    if (read.failed)
        return m_result;
    if (read.exercises.empty()) {
        add(m_xmlFile, read.root, Severity::Error,
            WorkraveImport::tr("the file has no <exercise>: there is nothing to import"));
        return m_result;
    }
    noteLanguages(read);

    if (!QDir().mkpath(m_routineFolder)) {
        error(m_routineFolder, WorkraveImport::tr("cannot make the routines folder"));
        return m_result;
    }
    QTemporaryDir written(
        QDir(m_routineFolder).filePath(u"."_s + m_result.routineId + u"-import-XXXXXX"_s));
    if (!written.isValid() || !QDir(written.path()).mkdir(kPictures)) {
        error(m_routineFolder, WorkraveImport::tr("cannot write in the routines folder"));
        return m_result;
    }
    // A temporary folder is the owner's alone; the routine's is made as any
    // other folder of the user's (as its pictures folder just was).
    QFile::setPermissions(written.path(), QFileInfo(written.filePath(kPictures)).permissions());
    m_pictures.sourceFolder = QFileInfo(m_xmlFile).canonicalPath();
    m_pictures.targetFolder = written.path();

    const std::string text = routineText(read.exercises);
    // The report reads down the file, line by line.
    std::ranges::stable_sort(m_result.report, {},
                             [](const Diagnostic& d) { return std::pair(d.line, d.column); });
    if (m_result.exercises == 0) {
        error(m_xmlFile, WorkraveImport::tr("no exercise has a description or a picture: there "
                                            "is nothing to import"));
        return m_result;
    }
    const QString file = written.filePath(m_result.routineId + u".yaml"_s);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !out.flush()) {
        error(m_routineFolder,
              WorkraveImport::tr("cannot write the routine (%1)").arg(out.errorString()));
        return m_result;
    }
    out.close();

    // The real loader reads what was written, as the library will.
    LoadResult loaded = loadRoutineFile(toPath(file));
    for (Diagnostic& diagnostic : loaded.diagnostics) {
        diagnostic.file = m_result.file.toStdString();
        m_result.report.push_back(std::move(diagnostic));
    }
    if (loaded.hasErrors()) {
        error(m_xmlFile, WorkraveImport::tr("the routine made from this file does not load "
                                            "(the errors above); nothing was imported"));
        return m_result;
    }
    if (!moveIntoPlace(written))
        return m_result;
    m_result.imported = true;
    return m_result;
}

bool Importer::readSource(QByteArray& xml) {
    const QFileInfo info(m_xmlFile);
    if (!info.exists()) {
        error(m_xmlFile, WorkraveImport::tr("no such file (Debian's workrave-data package puts "
                                            "Workrave's exercises in %1)")
                             .arg(WorkraveImport::debianFile()));
        return false;
    }
    if (!info.isFile()) {
        error(m_xmlFile, WorkraveImport::tr("not a file"));
        return false;
    }
    if (info.size() > WorkraveImport::kMaxFileBytes) {
        error(m_xmlFile, WorkraveImport::tr("the file is %1 MiB; Workrave's exercise files are "
                                            "far smaller, and Limber reads at most %2 MiB")
                             .arg(info.size() / (1024 * 1024))
                             .arg(WorkraveImport::kMaxFileBytes / (1024 * 1024)));
        return false;
    }
    QFile file(m_xmlFile);
    if (!file.open(QIODevice::ReadOnly)) {
        error(m_xmlFile, WorkraveImport::tr("cannot read the file (%1)").arg(file.errorString()));
        return false;
    }
    // A file that grew since it was measured is read only up to the limit:
    // one byte more makes it too large.
    xml = file.read(WorkraveImport::kMaxFileBytes + 1);
    if (xml.size() > WorkraveImport::kMaxFileBytes) {
        error(m_xmlFile, WorkraveImport::tr("the file is larger than %1 MiB")
                             .arg(WorkraveImport::kMaxFileBytes / (1024 * 1024)));
        return false;
    }
    return true;
}

// One line for the languages Limber cannot show, at the file's <exercises>.
void Importer::noteLanguages(const WorkraveExercises& read) {
    const QStringList limber = m_catalogues.languages();
    QStringList others;
    for (const WorkraveExercise& exercise : read.exercises) {
        for (const auto* texts : {&exercise.titles, &exercise.descriptions}) {
            for (const WorkraveText& text : *texts) {
                const QString primary = primaryLanguage(text.language);
                if (limber.contains(primary)) {
                    if (!m_usedLanguages.contains(primary))
                        m_usedLanguages << primary;
                } else if (!others.contains(text.language)) {
                    others << text.language;
                }
            }
        }
    }
    // In Limber's order: English first.
    QStringList used;
    for (const QString& language : limber) {
        if (m_usedLanguages.contains(language))
            used << language;
    }
    m_usedLanguages = used;
    if (others.isEmpty())
        return;
    others.sort();
    note(read.root, WorkraveImport::tr("the titles and descriptions in %n language(s) that "
                                       "Limber does not speak are left out: %1",
                                       nullptr, static_cast<int>(others.size()))
                        .arg(others.join(u", "_s)));
}

// The texts in each of Limber's languages the file uses: the one written
// for exactly that language, else the first for a variant of it ("de_AT").
std::vector<std::pair<QString, QString>> Importer::pick(const std::vector<WorkraveText>& texts,
                                                        const QString& title, bool isTitle) {
    std::vector<std::pair<QString, QString>> out;
    for (const QString& language : m_usedLanguages) {
        const WorkraveText* found = nullptr;
        for (const WorkraveText& text : texts) {
            if (text.language == language) {
                found = &text;
                break;
            }
            if (!found && primaryLanguage(text.language) == language)
                found = &text;
        }
        if (found) {
            out.emplace_back(language, found->text);
        } else if (!texts.empty()) {
            note(texts.front().at,
                 isTitle ? WorkraveImport::tr("“%1” has no title in the language '%2'; Limber "
                                              "shows another language's there")
                               .arg(title, language)
                         : WorkraveImport::tr("“%1” has no description in the language '%2'; "
                                              "Limber shows another language's there")
                               .arg(title, language));
        }
    }
    if (out.empty() && !texts.empty()) {
        note(texts.front().at,
             WorkraveImport::tr("“%1” has no %2 in a language Limber speaks; the one in '%3' "
                                "is used")
                 .arg(title, isTitle ? u"<title>"_s : u"<description>"_s, texts.front().language));
        out.emplace_back(m_usedLanguages.value(0, u"en"_s), texts.front().text);
    }
    return out;
}

QString Importer::copyPicture(const WorkraveImage& image) {
    const QString& src = image.src;
    const auto refuse = [&](const QString& why) {
        note(image.at, WorkraveImport::tr("%1; the step shows the placeholder for a missing "
                                          "picture")
                           .arg(why));
        return QString();
    };
    if (src.isEmpty())
        return refuse(WorkraveImport::tr("<image> has no src"));
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    if (QDir::isAbsolutePath(src) || src.startsWith(u'/') || scheme.match(src).hasMatch())
        return refuse(WorkraveImport::tr("the picture \"%1\" is not a path inside the folder "
                                         "of the exercise file, and Limber copies pictures only "
                                         "from there")
                          .arg(src));
    if (src.contains(u'\\') || src.split(u'/').contains(u".."_s) ||
        std::any_of(src.begin(), src.end(), [](QChar c) { return c.unicode() < 0x20; }))
        return refuse(WorkraveImport::tr("the picture \"%1\" leaves the folder of the exercise "
                                         "file ('..' or '\\'), and Limber copies pictures only "
                                         "from there")
                          .arg(src));
    // Beside the file where it really is, as the pictures are checked to be.
    const QFileInfo file(QDir(m_pictures.sourceFolder).filePath(src));
    const QString real = file.canonicalFilePath();
    if (real.isEmpty())
        return refuse(WorkraveImport::tr("the picture \"%1\" does not exist").arg(src));
    if (const auto it = m_pictures.copied.find(real); it != m_pictures.copied.end())
        return it->second;
    if (m_pictures.sourceFolder.isEmpty() || !real.startsWith(m_pictures.sourceFolder + u'/'))
        return refuse(WorkraveImport::tr("the picture \"%1\" is a link that leads out of the "
                                         "folder of the exercise file (to %2), and Limber copies "
                                         "pictures only from there")
                          .arg(src, real));
    const QFileInfo target(real);
    if (!target.isFile())
        return refuse(WorkraveImport::tr("the picture \"%1\" is not a file").arg(src));
    if (target.size() > WorkraveImport::kMaxPictureBytes)
        return refuse(WorkraveImport::tr("the picture \"%1\" is larger than %2 MiB")
                          .arg(src)
                          .arg(WorkraveImport::kMaxPictureBytes / (1024 * 1024)));
    if (m_pictures.bytes + target.size() > WorkraveImport::kMaxPicturesBytes)
        return refuse(WorkraveImport::tr("the pictures copied so far and \"%1\" come to more "
                                         "than %2 MiB")
                          .arg(src)
                          .arg(WorkraveImport::kMaxPicturesBytes / (1024 * 1024)));
    QFile in(real);
    if (!in.open(QIODevice::ReadOnly))
        return refuse(WorkraveImport::tr("the picture \"%1\" cannot be read (%2)")
                          .arg(src, in.errorString()));
    const QByteArray head = in.read(8);
    QString extension;
    if (head.startsWith("\x89PNG\r\n\x1A\n")) {
        extension = u"png"_s;
    } else if (head.startsWith("\xFF\xD8\xFF")) {
        extension = u"jpg"_s;
    } else if (target.size() <= kMaxSvgBytes) {
        in.seek(0);
        const QByteArray svg = in.readAll();
        if (!looksLikeSvg({svg.constData(), static_cast<std::size_t>(svg.size())}))
            return refuse(WorkraveImport::tr("the picture \"%1\" is not a PNG, JPEG or SVG "
                                             "picture")
                              .arg(src));
        if (const auto reference =
                findSvgReference({svg.constData(), static_cast<std::size_t>(svg.size())}))
            return refuse(WorkraveImport::tr("the SVG picture \"%1\" refers to another file "
                                             "(%2), which Limber does not show")
                              .arg(src, QString::fromStdString(*reference)));
        extension = u"svg"_s;
    } else {
        return refuse(WorkraveImport::tr("the picture \"%1\" is not a PNG or JPEG picture, nor "
                                         "an SVG of at most 1 MiB")
                          .arg(src));
    }
    QString name = pictureName(src, extension);
    for (int n = 2; m_pictures.names.contains(name); ++n)
        name = QFileInfo(name).completeBaseName().section(u'~', 0, 0) + u'~' + QString::number(n) +
               u'.' + extension;
    const QString relative = QString(kPictures) + u'/' + name;
    const QString destination = m_pictures.targetFolder + u'/' + relative;
    if (!QFile::copy(real, destination))
        return refuse(WorkraveImport::tr("the picture \"%1\" cannot be copied").arg(src));
    QFile::setPermissions(destination, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                           QFile::ReadOther);
    m_pictures.names.insert(name);
    m_pictures.copied.emplace(real, relative);
    m_pictures.bytes += target.size();
    return relative;
}

void Importer::emitFrame(YAML::Emitter& out, const WorkraveExercise& exercise,
                         const TimedFrame& frame, const std::vector<QString>& pictures) {
    const WorkraveImage& image = exercise.images[frame.frame];
    const QString& picture = pictures[frame.frame];
    const QString number = QString::number(frame.frame + 1);
    const QString count = QString::number(exercise.images.size());
    const bool one = exercise.images.size() == 1;
    const char* words = picture.isEmpty() ? (image.mirror ? kOtherSideNoPicture : kNoPicture)
                        : image.mirror    ? (one ? kOtherSideOnePicture : kOtherSidePictureOf)
                                          : (one ? kOnePicture : kPictureOf);
    out << YAML::BeginMap << YAML::Key << "text" << YAML::Value;
    emitText(out,
             one || picture.isEmpty() ? this->words(words) : this->words(words, number, count));
    if (!picture.isEmpty()) {
        out << YAML::Key << "image" << YAML::Value << picture.toStdString();
        if (image.mirror)
            out << YAML::Key << "mirror" << YAML::Value << true;
    }
    out << YAML::Key << "hold" << YAML::Value << formatDuration(Seconds(frame.seconds));
    out << YAML::EndMap;
}

void Importer::emitExercise(YAML::Emitter& out, const WorkraveExercise& exercise, int number) {
    // The English title names the exercise in the report and gives its id.
    QString english;
    for (const WorkraveText& text : exercise.titles) {
        if (text.language == u"en")
            english = text.text;
    }
    const QString untitled = WorkraveImport::tr(kUntitled).arg(number);
    const QString named = !english.isEmpty()         ? english
                          : !exercise.titles.empty() ? exercise.titles.front().text
                                                     : untitled;
    if (exercise.descriptions.empty() && exercise.images.empty()) {
        note(exercise.at, WorkraveImport::tr("“%1” has neither a description nor pictures: it "
                                             "is left out")
                              .arg(named));
        return;
    }
    std::vector<std::pair<QString, QString>> title = pick(exercise.titles, named, true);
    if (title.empty()) {
        note(exercise.at, WorkraveImport::tr("exercise %1 has no <title>; it is called “%2”")
                              .arg(number)
                              .arg(untitled));
        title = words(kUntitled, QString::number(number));
    }
    const auto description = pick(exercise.descriptions, named, false);
    if (!exercise.hasSequence)
        note(exercise.at, WorkraveImport::tr("“%1” has no <sequence> of pictures: it is "
                                             "imported as its description, to read, without a "
                                             "time")
                              .arg(named));
    else if (exercise.images.empty())
        note(exercise.sequenceAt, WorkraveImport::tr("the <sequence> of “%1” has no <image>: "
                                                     "its %2\u00a0s are left out")
                                      .arg(named)
                                      .arg(exercise.seconds));
    if (description.empty())
        note(exercise.at, WorkraveImport::tr("“%1” has no <description>: it is imported as its "
                                             "pictures only")
                              .arg(named));

    std::vector<int> seconds;
    std::vector<QString> pictures;
    for (const WorkraveImage& image : exercise.images) {
        seconds.push_back(image.seconds);
        pictures.push_back(copyPicture(image));
    }
    const FoldedSequence folded = foldSequence(seconds, exercise.seconds, kMaxRepeat);
    if (folded.capped)
        note(exercise.sequenceAt,
             WorkraveImport::tr(
                 "Limber repeats pictures at most %1\u00a0times: %2\u00a0s of the %3\u00a0s of "
                 "“%4” are imported")
                 .arg(kMaxRepeat)
                 .arg(folded.seconds())
                 .arg(exercise.seconds)
                 .arg(named));

    std::string base = idFrom(english.isEmpty() ? named : english);
    if (base.empty())
        base = "exercise-" + std::to_string(number);
    std::string id = base;
    for (int n = 2; m_ids.contains(id); ++n)
        id = base.substr(0, 60) + "-" + std::to_string(n);
    m_ids.insert(id);

    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << id;
    out << YAML::Key << "title" << YAML::Value;
    emitText(out, title);
    out << YAML::Key << "steps" << YAML::Value << YAML::BeginSeq;
    if (!description.empty()) {
        // The description, to read before the pictures' time starts, with
        // the first picture.
        out << YAML::BeginMap << YAML::Key << "text" << YAML::Value;
        emitText(out, description);
        if (!pictures.empty() && !pictures.front().isEmpty()) {
            out << YAML::Key << "image" << YAML::Value << pictures.front().toStdString();
            if (exercise.images.front().mirror)
                out << YAML::Key << "mirror" << YAML::Value << true;
        }
        out << YAML::EndMap;
    }
    if (folded.cycles == 1) {
        for (const TimedFrame& frame : folded.cycle)
            emitFrame(out, exercise, frame, pictures);
    } else if (folded.cycles > 1) {
        out << YAML::BeginMap << YAML::Key << "repeat" << YAML::Value << folded.cycles;
        out << YAML::Key << "steps" << YAML::Value << YAML::BeginSeq;
        for (const TimedFrame& frame : folded.cycle)
            emitFrame(out, exercise, frame, pictures);
        out << YAML::EndSeq << YAML::EndMap;
    }
    for (const TimedFrame& frame : folded.tail)
        emitFrame(out, exercise, frame, pictures);
    out << YAML::EndSeq << YAML::EndMap;
    ++m_result.exercises;
}

std::string Importer::routineText(const std::vector<WorkraveExercise>& exercises) {
    // Workrave's own file, where Debian installs it, is Workrave's work under
    // the GPL (/usr/share/doc/workrave-data/copyright); of any other file
    // Limber knows only where it was.
    const QString source = QFileInfo(m_xmlFile).canonicalFilePath();
    const bool workraves = source == QFileInfo(WorkraveImport::debianFile()).canonicalFilePath();
    if (m_usedLanguages.isEmpty())
        m_usedLanguages << u"en"_s;

    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    out << YAML::Key << "limber" << YAML::Value << 1;
    out << YAML::Key << "id" << YAML::Value << m_result.routineId.toStdString();
    out << YAML::Key << "language" << YAML::Value << "en";
    // The routine's own words in the languages its exercises have, so that
    // every text of it has the same ones.
    out << YAML::Key << "title" << YAML::Value;
    emitText(out, words(kRoutineTitle));
    out << YAML::Key << "summary" << YAML::Value;
    emitText(out, words(kRoutineSummary));
    out << YAML::Key << "tags" << YAML::Value << YAML::Flow << YAML::BeginSeq << "desk"
        << YAML::EndSeq;
    out << YAML::Key << "source" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "title" << YAML::Value;
    emitText(out,
             words(workraves ? kWorkraveSource : kOtherSource, QDir::toNativeSeparators(source)));
    if (workraves)
        out << YAML::Key << "url" << YAML::Value << "https://workrave.org/";
    out << YAML::EndMap;
    out << YAML::Key << "exercises" << YAML::Value << YAML::BeginSeq;
    for (std::size_t i = 0; i < exercises.size(); ++i)
        emitExercise(out, exercises[i], static_cast<int>(i) + 1);
    out << YAML::EndSeq;
    out << YAML::EndMap;

    // The source's path in a comment: one line, whatever its name holds.
    QString shown = source;
    for (QChar& c : shown) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = u'?';
    }
    const QString header =
        QString(kMarker) + u" (limber --import workrave, or File > Import...).\n"_s + u"# From "_s +
        shown + u" on "_s + QDate::currentDate().toString(Qt::ISODate) +
        u".\n# Importing again replaces this folder and any change made in it.\n"_s;
    return header.toStdString() + out.c_str() + "\n";
}

bool Importer::moveIntoPlace(QTemporaryDir& written) {
    QDir folder(m_routineFolder);
    const QString target = m_result.folder;
    const QString old = written.path() + u"-replaced"_s;
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        QFile earlier(m_result.file);
        const bool ours = QFileInfo(target).isDir() && !QFileInfo(target).isSymLink() &&
                          earlier.open(QIODevice::ReadOnly) &&
                          earlier.readLine().startsWith(QByteArray(kMarker.data(), kMarker.size()));
        if (!ours) {
            error(target, WorkraveImport::tr("this folder is not an earlier import of Workrave's "
                                             "exercises, so Limber leaves it alone; move it away "
                                             "and import again"));
            return false;
        }
        if (!folder.rename(target, old)) {
            error(target, WorkraveImport::tr("cannot move the earlier import aside"));
            return false;
        }
        m_result.replaced = true;
    }
    if (!folder.rename(written.path(), target)) {
        if (m_result.replaced)
            folder.rename(old, target);
        m_result.replaced = false;
        error(target, WorkraveImport::tr("cannot move the imported routine into place"));
        return false;
    }
    written.setAutoRemove(false);
    if (m_result.replaced && !QDir(old).removeRecursively())
        add(old, {}, Severity::Warning,
            WorkraveImport::tr("cannot remove the earlier import, moved aside here"));
    return true;
}

std::vector<std::pair<QString, QString>> Importer::words(const char* source, const QString& arg,
                                                         const QString& of) const {
    auto out = m_catalogues.words(source, arg, of);
    std::erase_if(out,
                  [this](const auto& entry) { return !m_usedLanguages.contains(entry.first); });
    return out;
}

void Importer::add(const QString& file, XmlPlace at, Severity severity, const QString& message) {
    m_result.report.push_back(
        {file.toStdString(), at.line, at.column, severity, message.toStdString(), {}, {}});
}

} // namespace

QString WorkraveImport::debianFile() {
    return u"/usr/share/workrave/exercises/exercises.xml"_s;
}

QString WorkraveImport::routineId() {
    return u"workrave-exercises"_s;
}

ImportResult WorkraveImport::run(const QString& xmlFile, const QString& routineFolder) {
    return Importer(xmlFile, routineFolder).run();
}

QStringList WorkraveImport::summary(const ImportResult& result) {
    if (!result.imported)
        return {tr("Nothing was imported.")};
    QStringList lines{
        tr("Imported %n exercise(s) from Workrave into %1.", nullptr, result.exercises)
            .arg(QDir::toNativeSeparators(result.file))};
    if (result.replaced)
        lines << tr("It replaces the earlier import.");
    return lines;
}

} // namespace limber
