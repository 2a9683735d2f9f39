#pragma once

#include <QLabel>

namespace limber {

// A rich-text label whose links open in the browser and are reached with
// Tab. A plain QLabel's first Tab stop is the label itself, which shows no
// focus; the next Tab focuses its first link. Here Tab goes straight to the
// first link (Shift+Tab to the last), which shows as selected.
class LinkLabel : public QLabel {
public:
    explicit LinkLabel(QWidget* parent = nullptr);

protected:
    void focusInEvent(QFocusEvent* event) override;
};

} // namespace limber
