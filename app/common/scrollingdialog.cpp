#include "common/scrollingdialog.h"

#include <QApplication>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace limber {

namespace {

// The height of a window manager's title bar and frame, once there is one.
int decorationHeight(const QWidget& window) {
    return std::max(window.frameGeometry().height() - window.height(),
                    window.style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, &window));
}

} // namespace

ScrollingDialog::ScrollingDialog(QWidget* parent)
    : QDialog(parent)
    , m_layout(new QVBoxLayout(this))
    , m_scroll(new QScrollArea) {
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_layout->addWidget(m_scroll, 1);
    // Tab scrolls by itself (QScrollArea::focusNextPrevChild); an access key,
    // a click or a rebuild moves the focus without it.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && m_scroll->widget() && m_scroll->widget()->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now);
    });
}

void ScrollingDialog::setContent(QWidget* content, QWidget* buttons) {
    if (QWidget* old = m_scroll->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    if (m_buttons) {
        m_buttons->hide();
        m_buttons->setParent(nullptr);
        m_buttons->deleteLater();
    }
    m_scroll->setWidget(content);
    m_buttons = buttons;
    m_layout->addWidget(buttons);
}

QSize ScrollingDialog::sizeHint() const {
    QWidget* content = m_scroll->widget();
    if (!content)
        return QDialog::sizeHint();
    const QMargins margins = m_layout->contentsMargins();
    const int width = content->sizeHint().width() + margins.left() + margins.right();
    int height = content->heightForWidth(content->sizeHint().width());
    if (height < 0)
        height = content->sizeHint().height();
    height += margins.top() + margins.bottom();
    if (m_buttons)
        height += m_layout->spacing() + m_buttons->sizeHint().height();
    const QRect available = screen()->availableGeometry();
    const int room = static_cast<int>(available.height() * m_heightShare) - decorationHeight(*this);
    if (height <= room)
        return {std::min(width, available.width()), height};
    // Scrolling: room for the scroll bar beside the content.
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    return {std::min(width + bar, available.width()), room};
}

void ScrollingDialog::setVisible(bool visible) {
    // Qt would size a window to at most 2/3 of the screen.
    if (visible && !isVisible() && !testAttribute(Qt::WA_Resized))
        resize(sizeHint());
    QDialog::setVisible(visible);
}

void fitTitle(QDialog& dialog) {
    QFont font = dialog.font();
    font.setBold(true);
    QString title = dialog.windowTitle();
    if (!QGuiApplication::applicationDisplayName().isEmpty())
        title += u" — " + QGuiApplication::applicationDisplayName();
    // The window's icon and its three buttons, each about a title bar square,
    // and the space around them.
    const int squares =
        6 * dialog.style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, &dialog);
    dialog.setMinimumWidth(
        std::max(dialog.minimumWidth(), QFontMetrics(font).horizontalAdvance(title) + squares));
}

} // namespace limber
