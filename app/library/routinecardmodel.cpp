#include "library/routinecardmodel.h"

#include "common/describe.h"
#include "common/qtconvert.h"
#include "library/routinecarddelegate.h"
#include "library/routinelistmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// The routine's cover: that of its first exercise with a picture
// (Exercise::cover(): a figure wins over an image, as in the player).
Exercise::Cover cover(const Routine& routine) {
    for (const auto& exercise : routine.exercises) {
        if (auto found = exercise.cover(); !found.empty())
            return found;
    }
    return {};
}

QString coverFile(const Routine& routine) {
    const auto found = cover(routine);
    return found.image.empty() ? QString() : toQString(routine.folder() / found.image);
}

QStringList equipmentNames(const Routine& routine) {
    QStringList names;
    for (const auto& exercise : routine.exercises) {
        for (const auto& id : exercise.equipment) {
            const QString name = Describe::equipment(routine, id);
            if (!names.contains(name))
                names << name;
        }
    }
    return names;
}

} // namespace

RoutineCardModel::RoutineCardModel(RoutineListModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source) {
    setSourceModel(source);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    sort(0);
}

void RoutineCardModel::setEstimator(DurationEstimator estimator) {
    m_estimator = std::move(estimator);
    m_durations.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

void RoutineCardModel::forgetDurations() {
    m_durations.clear();
}

void RoutineCardModel::setSearchText(const QString& text) {
    m_text = text.simplified();
    invalidateFilter();
}

void RoutineCardModel::setTag(const QString& tag) {
    m_tag = tag;
    invalidateFilter();
}

const LibraryEntry* RoutineCardModel::entry(const QModelIndex& index) const {
    return m_source->entry(mapToSource(index));
}

QString RoutineCardModel::tagsText(const Routine& routine) {
    QStringList tags;
    for (const auto& tag : routine.tags)
        tags << Describe::tag(tag);
    return tags.isEmpty() ? QString() : tr("Tags: %1").arg(tags.join(u", "));
}

QStringList RoutineCardModel::everyTagsText() const {
    QStringList texts;
    for (int row = 0; row < m_source->rowCount(); ++row) {
        if (const auto* item = m_source->entry(m_source->index(row, 0)))
            texts << tagsText(item->routine);
    }
    return texts;
}

QVariant RoutineCardModel::data(const QModelIndex& index, int role) const {
    const auto* item = entry(index);
    if (!item)
        return {};
    const Routine& routine = item->routine;
    using Card = RoutineCardDelegate;
    switch (role) {
    case Card::SummaryTextRole:
        return localized(routine.summary).simplified();
    case Card::DurationTextRole:
        return durationText(routine);
    case Card::EquipmentTextRole: {
        const QStringList names = equipmentNames(routine);
        return names.isEmpty() ? tr("No equipment") : tr("Equipment: %1").arg(names.join(u", "));
    }
    case Card::TagsTextRole:
        return tagsText(routine);
    case Card::BadgeTextRole:
        return item->user ? tr("Your routine") : QString();
    case Card::CoverFileRole:
        return coverFile(routine);
    case Card::CoverFigureRole:
        return QVariant::fromValue(cover(routine).figure);
    case Card::CoverMirroredRole:
        return cover(routine).mirrored;
    case Qt::AccessibleTextRole: {
        QStringList parts{localized(routine.title)};
        for (int part : {Card::BadgeTextRole, Card::DurationTextRole, Card::EquipmentTextRole,
                         Card::TagsTextRole, Card::SummaryTextRole}) {
            const QString text = data(index, part).toString();
            if (!text.isEmpty())
                parts << text;
        }
        return parts.join(u". ");
    }
    case Qt::ToolTipRole:
        return tr("%1\n\nPress Enter, double-click or choose Open to see the exercises.")
            .arg(localized(routine.summary).simplified());
    default:
        return QSortFilterProxyModel::data(index, role);
    }
}

bool RoutineCardModel::filterAcceptsRow(int row, const QModelIndex& parent) const {
    const auto* item = m_source->entry(m_source->index(row, 0, parent));
    if (!item)
        return false;
    const Routine& routine = item->routine;
    if (!m_tag.isEmpty() &&
        std::ranges::find(routine.tags, m_tag.toStdString()) == routine.tags.end())
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString& text) {
        return text.contains(m_text, Qt::CaseInsensitive);
    };
    if (has(localized(routine.title)) || has(localized(routine.summary).simplified()))
        return true;
    return std::ranges::any_of(routine.tags, [&](const std::string& tag) {
        return has(toQString(tag)) || has(Describe::tag(tag));
    });
}

QString RoutineCardModel::durationText(const Routine& routine) const {
    if (!m_estimator)
        return {};
    const QString id = toQString(routine.id);
    auto it = m_durations.constFind(id);
    if (it == m_durations.cend())
        it = m_durations.insert(id, Describe::estimate(m_estimator(routine)));
    return *it;
}

} // namespace limber
