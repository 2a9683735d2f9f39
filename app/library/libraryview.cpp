#include "library/libraryview.h"

#include "common/describe.h"
#include "common/diagnosticwords.h"
#include "common/fonts.h"
#include "common/imageloader.h"
#include "common/qtconvert.h"
#include "library/routinecarddelegate.h"
#include "library/routinecardmodel.h"
#include "library/routinelistmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

LibraryView::LibraryView(ImageLoader& loader, DurationEstimator estimator, QWidget* parent)
    : QWidget(parent)
    , m_loader(&loader)
    , m_model(new RoutineListModel(this))
    , m_cards(new RoutineCardModel(m_model, this))
    , m_delegate(new RoutineCardDelegate(m_loader, this))
    , m_heading(new QLabel)
    , m_searchLabel(new QLabel)
    , m_search(new QLineEdit)
    , m_tagLabel(new QLabel)
    , m_tag(new QComboBox)
    , m_reload(new QPushButton)
    , m_openFolder(new QPushButton)
    , m_history(new QPushButton)
    , m_notice(new QLabel)
    , m_list(new QListView)
    , m_empty(new QLabel)
    , m_problems(new QWidget)
    , m_problemsHeading(new QLabel)
    , m_problemsScroll(new QScrollArea)
    , m_problemsLayout(new QVBoxLayout) {
    m_cards->setEstimator(std::move(estimator));

    m_heading->setObjectName(u"heading"_s);
    m_heading->setFont(scaledFont(font(), 1.6, true));
    m_search->setObjectName(u"search"_s);
    m_tag->setObjectName(u"tag"_s);
    m_reload->setObjectName(u"reload"_s);
    m_openFolder->setObjectName(u"openFolder"_s);
    m_history->setObjectName(u"history"_s);
    m_notice->setObjectName(u"notice"_s);
    m_list->setObjectName(u"routines"_s);
    m_empty->setObjectName(u"empty"_s);

    // The search row.
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tagLabel->setBuddy(m_tag);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addSpacing(fontMetrics().height());
    searchRow->addWidget(m_tagLabel);
    searchRow->addWidget(m_tag);
    searchRow->addSpacing(fontMetrics().height());
    searchRow->addWidget(m_reload);
    searchRow->addWidget(m_openFolder);
    searchRow->addWidget(m_history);

    // A user routine that replaces a bundled one.
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(fontMetrics().height() / 2);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    // The cards.
    m_list->setModel(m_cards);
    m_list->setItemDelegate(m_delegate);
    m_list->setViewMode(QListView::ListMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    m_list->installEventFilter(this);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setFont(RoutineCardDelegate::bodyFont(font()));
    m_empty->hide();

    // The files that failed to load.
    QFont problemsFont = RoutineCardDelegate::bodyFont(font());
    problemsFont.setBold(true);
    m_problemsHeading->setFont(problemsFont);
    auto* problemsBody = new QWidget;
    problemsBody->setLayout(m_problemsLayout);
    m_problemsLayout->setContentsMargins(0, 0, 0, 0);
    m_problemsScroll->setWidget(problemsBody);
    m_problemsScroll->setWidgetResizable(true);
    m_problemsScroll->setFrameShape(QFrame::NoFrame);
    m_problemsScroll->setMaximumHeight(fontMetrics().lineSpacing() * 9);
    auto* problemsLayout = new QVBoxLayout(m_problems);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_problemsHeading);
    problemsLayout->addWidget(m_problemsScroll);
    m_problems->hide();

    auto* layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height();
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addWidget(m_heading);
    layout->addLayout(searchRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_problems);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_cards->setSearchText(text);
        updateEmptyState();
    });
    // Enter in the search field opens the card it leaves chosen, as the
    // keyboard help says: the field has the focus when the library opens.
    connect(m_search, &QLineEdit::returnPressed, this,
            [this] { activate(m_list->currentIndex()); });
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] {
        m_cards->setTag(m_tag->currentData().toString());
        updateEmptyState();
    });
    connect(m_reload, &QPushButton::clicked, this, &LibraryView::reloadRequested);
    connect(m_openFolder, &QPushButton::clicked, this, &LibraryView::openRoutineFolderRequested);
    connect(m_history, &QPushButton::clicked, this, &LibraryView::historyRequested);
    connect(m_list, &QListView::activated, this, &LibraryView::activate);
    connect(m_delegate, &RoutineCardDelegate::openRequested, this, &LibraryView::activate);
    connect(m_loader, &ImageLoader::loaded, m_list->viewport(), qOverload<>(&QWidget::update));

    auto* find = new QShortcut(keys().constFirst().key, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    retranslate();
    setLibrary(nullptr);
}

LibraryView::~LibraryView() = default;

QList<KeyHelp> LibraryView::keys() {
    return {
        {QKeySequence(QKeySequence::Find), tr("Search the routines")}, // first: the shortcut's
        {QKeySequence(Qt::Key_Return), tr("Open the chosen routine")},
    };
}

void LibraryView::retranslate() {
    m_heading->setText(tr("Routines"));
    m_heading->setAccessibleName(tr("Routines"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Title, summary or tag"));
    m_search->setAccessibleName(tr("Search routines"));
    m_search->setToolTip(tr("Show only the routines whose title, summary or tags contain this "
                            "text (Ctrl+F)"));
    m_tagLabel->setText(tr("&Tag:"));
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_tag->setToolTip(tr("Show only the routines with this tag"));
    m_reload->setText(tr("&Reload"));
    m_reload->setAccessibleName(tr("Reload routines"));
    m_reload->setToolTip(tr("Read the routine files again (F5)"));
    // Alt+F is the File menu's.
    m_openFolder->setText(tr("&Open routine folder"));
    m_openFolder->setAccessibleName(tr("Open routine folder"));
    m_openFolder->setToolTip(tr("Show the folder where you can put your own routine files"));
    m_history->setText(tr("H&istory"));
    m_history->setAccessibleName(tr("History"));
    m_history->setToolTip(tr("Your sessions and pain check-ins, day by day"));
    m_list->setAccessibleName(tr("Routines"));
    m_list->setAccessibleDescription(
        tr("Use the arrow keys to move between routines and Enter to open one."));
    m_problemsScroll->setAccessibleName(tr("Routine files that could not be loaded"));
}

void LibraryView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    retranslate();
    // The cards: titles, summaries and durations in the new language, sorted anew.
    m_cards->forgetDurations();
    m_model->textsChanged();
    updateTags();
    updateNotices();
    updateProblems();
    updateEmptyState();
}

void LibraryView::setLibrary(const RoutineLibrary* library) {
    const QString current = currentRoutineId();
    m_library = library;
    m_cards->forgetDurations();
    m_model->setLibrary(library);
    updateTags();
    updateNotices();
    updateProblems();
    updateEmptyState();
    if (!selectRoutine(current) && m_cards->rowCount() > 0)
        m_list->setCurrentIndex(m_cards->index(0, 0));
}

void LibraryView::setDurationEstimator(DurationEstimator estimator) {
    m_cards->setEstimator(std::move(estimator));
}

namespace {

QModelIndex findRoutine(const QAbstractItemModel& model, const QString& id) {
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(RoutineListModel::IdRole).toString() == id)
            return index;
    }
    return {};
}

} // namespace

bool LibraryView::selectRoutine(const QString& id) {
    if (id.isEmpty())
        return false;
    // A search or tag left from before that hides the routine (one just
    // imported) gives way: the card asked for is shown.
    if (!findRoutine(*m_cards, id).isValid() && findRoutine(*m_model, id).isValid()) {
        m_search->clear();
        m_tag->setCurrentIndex(0);
    }
    const QModelIndex index = findRoutine(*m_cards, id);
    if (!index.isValid())
        return false;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

QString LibraryView::currentRoutineId() const {
    return m_list->currentIndex().data(RoutineListModel::IdRole).toString();
}

void LibraryView::activate(const QModelIndex& index) {
    const QString id = index.data(RoutineListModel::IdRole).toString();
    if (!id.isEmpty())
        Q_EMIT routineActivated(id);
}

bool LibraryView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_list && (event->type() == QEvent::Resize || event->type() == QEvent::Show ||
                              event->type() == QEvent::FontChange))
        updateCardWidth();
    return QWidget::eventFilter(watched, event);
}

void LibraryView::updateCardWidth() {
    // Room for the cards whether or not the scroll bar shows, so that it
    // appearing never re-wraps them.
    const int available = m_list->width() - 2 * m_list->frameWidth() -
                          m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list);
    const int minimum = RoutineCardDelegate::minimumCardWidth(m_list->font());
    const int columns = std::clamp(available / std::max(1, minimum), 1, 3);
    const int width = std::max(minimum / 2, available / columns - 1);
    if (width == m_delegate->cardWidth())
        return;
    m_delegate->setCardWidth(width);
    m_list->doItemsLayout();
}

void LibraryView::updateTags() {
    const QString current = m_tag->currentData().toString();
    QStringList tags;
    if (m_library) {
        for (const auto& entry : m_library->routines) {
            for (const auto& tag : entry.routine.tags) {
                if (!tags.contains(toQString(tag)))
                    tags << toQString(tag);
            }
        }
    }
    // In the order of their names, as shown.
    std::ranges::sort(tags, [](const QString& a, const QString& b) {
        return QString::localeAwareCompare(Describe::tag(a.toStdString()),
                                           Describe::tag(b.toStdString())) < 0;
    });
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const QString& tag : tags)
        m_tag->addItem(Describe::tag(tag.toStdString()), tag);
    const int index = m_tag->findData(current);
    m_tag->setCurrentIndex(std::max(0, index));
    m_cards->setTag(m_tag->currentData().toString());
}

void LibraryView::updateNotices() {
    QStringList notices;
    if (m_library) {
        for (const auto& entry : m_library->routines) {
            if (entry.replacedBundled.empty())
                continue;
            notices << tr("Note: your routine “%1” (%2) replaces the bundled routine with the "
                          "same id (%3).")
                           .arg(localized(entry.routine.title), toQString(entry.routine.file),
                                toQString(entry.replacedBundled));
        }
    }
    m_notice->setText(notices.join(u'\n'));
    m_notice->setVisible(!notices.isEmpty());
}

void LibraryView::updateProblems() {
    while (QLayoutItem* item = m_problemsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto failed = m_library ? m_library->failed : std::vector<std::filesystem::path>{};
    m_problems->setVisible(!failed.empty());
    m_problemsHeading->setText(tr("Routine files that could not be loaded:"));
    for (const auto& file : failed) {
        QStringList lines;
        for (const auto& diagnostic : m_library->diagnostics) {
            if (diagnostic.severity == Severity::Error &&
                std::filesystem::path(diagnostic.file) == file)
                lines << DiagnosticWords::line(diagnostic);
        }
        if (lines.isEmpty())
            lines << tr("%1: error: the file could not be read").arg(toQString(file));

        const QString name = toQString(file.filename());
        auto* row = new QWidget;
        row->setAccessibleName(tr("Problems in %1").arg(name));
        auto* text = new QLabel(lines.join(u'\n'));
        text->setObjectName(u"diagnostics"_s);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setAccessibleName(tr("Problems in %1").arg(name));
        auto* open = new QPushButton(tr("Open folder"));
        open->setAccessibleName(tr("Open the folder of %1").arg(name));
        open->setToolTip(tr("Show %1 in its folder, to fix it in a text editor").arg(name));
        const QString folder = QFileInfo(toQString(file)).absolutePath();
        connect(open, &QPushButton::clicked, this,
                [this, folder] { Q_EMIT openFolderRequested(folder); });
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(open, 0, Qt::AlignTop);
        m_problemsLayout->addWidget(row);
    }
    m_problemsLayout->addStretch(1);
}

void LibraryView::updateEmptyState() {
    const bool empty = m_cards->rowCount() == 0;
    if (!m_library || m_library->routines.empty()) {
        m_empty->setText(tr("No routines yet. Put routine files in your routine folder "
                            "(Open routine folder), then choose Reload."));
    } else {
        m_empty->setText(tr("No routine matches your search. Try other words, or choose "
                            "“All tags”."));
    }
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
}

} // namespace limber
