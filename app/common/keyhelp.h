#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace limber {

// One line of the keyboard help (F1): a key and what it does. Each screen
// lists its own keys from the table it makes its shortcuts from, so the
// help cannot drift from what the keys do.
struct KeyHelp {
    QKeySequence key;
    QString what;
};

} // namespace limber
