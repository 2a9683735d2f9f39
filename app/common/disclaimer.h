#pragma once

#include <QCoreApplication>
#include <QString>

namespace limber {

// The medical disclaimer, one click away from every screen (the overview
// shows it before a routine starts; Help ▸ Medical disclaimer everywhere).
class Disclaimer {
    Q_DECLARE_TR_FUNCTIONS(Disclaimer)

public:
    [[nodiscard]] static QString text();
};

} // namespace limber
