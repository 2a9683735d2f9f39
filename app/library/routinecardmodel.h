#pragma once

#include "common/durationestimator.h"
#include "routine/routinelibrary.h"

#include <QHash>
#include <QSortFilterProxyModel>
#include <QString>

namespace limber {

class RoutineListModel;

// The library's routines as cards: the roles RoutineCardDelegate paints
// (summary, "About 6 min", equipment, tags, a "Your routine" badge, the
// cover), filtered by the search text and the tag, sorted by title.
class RoutineCardModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    RoutineCardModel(RoutineListModel* source, QObject* parent = nullptr);

    void setEstimator(DurationEstimator estimator);
    // The estimates are worked out again (the settings or routines changed).
    void forgetDurations();
    // Cards whose title, summary or a tag contain `text` (any case).
    void setSearchText(const QString& text);
    // Cards with this tag; empty: all.
    void setTag(const QString& tag);

    [[nodiscard]] const LibraryEntry* entry(const QModelIndex& index) const;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    // The tags line of every card, shown or filtered out (TagsTextRole).
    [[nodiscard]] QStringList everyTagsText() const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    [[nodiscard]] static QString tagsText(const Routine& routine);
    [[nodiscard]] QString durationText(const Routine& routine) const;

    RoutineListModel* m_source;
    DurationEstimator m_estimator;
    mutable QHash<QString, QString> m_durations;
    QString m_text;
    QString m_tag;
};

} // namespace limber
