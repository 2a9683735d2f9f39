#pragma once

#include <QDialog>
#include <algorithm>

class QScrollArea;
class QVBoxLayout;

namespace limber {

// A dialog whose content scrolls when it is taller than the screen: its
// buttons below the content stay in sight, and the control the focus moves
// to (with Tab or an access key) is scrolled into view. It opens as big as
// its content, and no bigger than the screen (or the share of its height
// setHeightShare() gives), window frame included, at any scale.
class ScrollingDialog : public QDialog {
    Q_OBJECT

public:
    explicit ScrollingDialog(QWidget* parent = nullptr);

    // The content's size, bounded by the screen's available height.
    [[nodiscard]] QSize sizeHint() const override;
    void setVisible(bool visible) override;

    // Shows `content` in the scroll area and `buttons` below it; the ones
    // shown before are deleted later (the call may come from one of their
    // controls).
    void setContent(QWidget* content, QWidget* buttons);
    // At most `share` (above 0, up to 1) of the screen's available height,
    // its frame included: a list to look things up in need not cover the
    // screen. Set it before the dialog is first shown, which sizes it.
    void setHeightShare(double share) { m_heightShare = std::clamp(share, 0.1, 1.0); }

private:
    QVBoxLayout* m_layout;
    QScrollArea* m_scroll;
    QWidget* m_buttons = nullptr;
    double m_heightShare = 1.0;
};

// Makes `dialog` at least as wide as its title with the application's name
// after it and room for a window manager's icon and buttons (six title bar
// squares), so that the
// title bar shows it whole.
void fitTitle(QDialog& dialog);

} // namespace limber
