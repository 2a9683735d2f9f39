#pragma once

// The access keys (Alt+letter, the "&" in a text) a person can press at one
// moment, for tests that no two of them are the same letter.

#include <QAbstractButton>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>
#include <QTextDocument>

namespace limber::testing {

// Every access key of what is shown in `root` (buttons, check boxes, labels
// with a buddy, group boxes) and, when `window` is given, of its menu bar:
// "Alt+F" → the texts that have it.
inline QMap<QString, QStringList> accessKeys(QWidget* root, QMainWindow* window = nullptr) {
    QMap<QString, QStringList> keys;
    const auto add = [&keys](const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            keys[key.toString()] << text;
    };
    for (auto* button : root->findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(root))
            add(button->text());
    }
    for (auto* label : root->findChildren<QLabel*>()) {
        // A label's "&" is an access key only when it has a buddy and plain text.
        const bool rich =
            label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (label->isVisibleTo(root) && label->buddy() && !rich)
            add(label->text());
    }
    for (auto* group : root->findChildren<QGroupBox*>()) {
        if (group->isVisibleTo(root))
            add(group->title());
    }
    if (window) {
        for (auto* menu : window->menuBar()->actions()) {
            if (menu->isVisible())
                add(menu->text());
        }
    }
    return keys;
}

// "Alt+F: &File | Open routine &folder" for each key more than one text has.
inline QStringList clashes(const QMap<QString, QStringList>& keys) {
    QStringList found;
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        if (it.value().size() > 1)
            found << it.key() + u": " + it.value().join(u" | ");
    }
    return found;
}

} // namespace limber::testing
