#include "common/linklabel.h"

#include <QFocusEvent>

namespace limber {

LinkLabel::LinkLabel(QWidget* parent)
    : QLabel(parent) {
    setTextFormat(Qt::RichText);
    setOpenExternalLinks(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
}

void LinkLabel::focusInEvent(QFocusEvent* event) {
    QLabel::focusInEvent(event);
    // QLabel::focusNextPrevChild moves between the links first.
    if (event->reason() == Qt::TabFocusReason)
        focusNextPrevChild(true);
    else if (event->reason() == Qt::BacktabFocusReason)
        focusNextPrevChild(false);
}

} // namespace limber
