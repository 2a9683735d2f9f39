#include "library/routinelistmodel.h"

#include "common/qtconvert.h"

namespace limber {

RoutineListModel::RoutineListModel(QObject* parent)
    : QAbstractListModel(parent) {}

void RoutineListModel::setLibrary(const RoutineLibrary* library) {
    beginResetModel();
    m_library = library;
    endResetModel();
}

void RoutineListModel::textsChanged() {
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

const LibraryEntry* RoutineListModel::entry(const QModelIndex& index) const {
    if (!m_library || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    return &m_library->routines[static_cast<size_t>(index.row())];
}

int RoutineListModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_library)
        return 0;
    return static_cast<int>(m_library->routines.size());
}

QVariant RoutineListModel::data(const QModelIndex& index, int role) const {
    const auto* item = entry(index);
    if (!item)
        return {};
    const auto& routine = item->routine;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return localized(routine.title);
    case Qt::ToolTipRole:
    case SummaryRole:
        return localized(routine.summary);
    case IdRole:
        return toQString(routine.id);
    case ExerciseCountRole:
        return static_cast<int>(routine.exercises.size());
    case IsUserRole:
        return item->user;
    case ReplacesRole:
        return toQString(item->replacedBundled);
    default:
        return {};
    }
}

QHash<int, QByteArray> RoutineListModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "routineId");
    names.insert(SummaryRole, "summary");
    names.insert(ExerciseCountRole, "exerciseCount");
    names.insert(IsUserRole, "isUser");
    names.insert(ReplacesRole, "replaces");
    return names;
}

} // namespace limber
