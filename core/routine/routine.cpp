#include "routine/routine.h"

#include <algorithm>

namespace limber {

const std::vector<std::string_view>& builtInEquipmentIds() {
    static const std::vector<std::string_view> ids{"wall", "chair", "floor", "mat"};
    return ids;
}

Exercise::Cover Exercise::cover() const {
    if (figure)
        return {&*figure, {}};
    if (!image.empty())
        return {nullptr, image};
    for (const auto& block : blocks) {
        for (const auto& step : block.steps) {
            if (step.figure)
                return {&*step.figure, {}, step.mirror};
            if (!step.image.empty())
                return {nullptr, step.image, step.mirror};
        }
    }
    return {};
}

const Equipment* Routine::findEquipment(std::string_view equipmentId) const {
    for (const auto& item : equipment) {
        if (item.id == equipmentId)
            return &item;
    }
    static const std::vector<Equipment> builtIns = [] {
        std::vector<Equipment> out;
        for (auto builtIn : builtInEquipmentIds())
            out.push_back(Equipment{std::string(builtIn), {}, {}, true});
        return out;
    }();
    const auto it = std::ranges::find(builtIns, equipmentId, &Equipment::id);
    return it == builtIns.end() ? nullptr : &*it;
}

std::vector<std::string> Routine::equipmentNeeded() const {
    std::vector<std::string> ids;
    for (const auto& exercise : exercises) {
        for (const auto& item : exercise.equipment) {
            if (std::ranges::find(ids, item) == ids.end())
                ids.push_back(item);
        }
    }
    return ids;
}

} // namespace limber
