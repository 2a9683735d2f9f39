#pragma once

#include "routine/routinelibrary.h"

#include <QAbstractListModel>

namespace limber {

// The routines of a RoutineLibrary as a list: one row a routine, its title
// as the display text.
class RoutineListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the routine's id
        SummaryRole,               // QString
        ExerciseCountRole,         // int
        IsUserRole,                // bool: from the user's folder
        ReplacesRole,              // QString: the bundled file it replaces, or empty
    };

    explicit RoutineListModel(QObject* parent = nullptr);

    void setLibrary(const RoutineLibrary* library);
    // Every row's texts changed (the UI language did): views repaint them.
    void textsChanged();
    [[nodiscard]] const LibraryEntry* entry(const QModelIndex& index) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    const RoutineLibrary* m_library = nullptr;
};

} // namespace limber
