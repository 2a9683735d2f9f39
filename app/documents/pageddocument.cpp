#include "documents/pageddocument.h"

#include <QBuffer>
#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <QSaveFile>
#include <QTextLayout>
#include <algorithm>
#include <memory>
#include <set>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

using Style = PagedDocument::Style;

constexpr qreal kMarginMm = 16;    // on every side of the page
constexpr qreal kFooterMm = 10;    // the footer's band, inside the bottom margin's line
constexpr qreal kBoxPaddingMm = 4; // between a box's frame and its text
constexpr qreal kGapMm = 5;        // between a picture and the text beside it
constexpr qreal kBulletIndentMm = 6;
constexpr qreal kCellPaddingMm = 1.5;
constexpr qreal kLineSpacing = 1.2; // a line's advance, in lines' heights

struct StyleSpec {
    qreal points;
    bool bold;
    qreal spaceBefore; // points
};

StyleSpec spec(Style style) {
    switch (style) {
    case Style::Title:
        return {22, true, 0};
    case Style::Heading:
        return {15, true, 16};
    case Style::Subheading:
        return {12, true, 10};
    case Style::Body:
        return {10.5, false, 5};
    case Style::Strong:
        return {10.5, true, 5};
    case Style::Small:
        return {8.5, false, 4};
    }
    return {10.5, false, 5};
}

QFont fontFor(Style style) {
    const StyleSpec s = spec(style);
    QFont font;
    font.setFamilies({u"DejaVu Sans"_s});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(s.points);
    font.setBold(s.bold);
    // No ligatures: with them "fl" became the one character "ﬂ" in the
    // PDF's text, which pdftotext, search and copy then give back. Qt 6.4
    // has no font feature switch; it leaves ligatures out for Latin text
    // whenever a letter spacing is set, so a spacing of 1/64 pixel is.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return font;
}

// A paragraph laid out in lines, each drawn on its own (a page may break
// between them).
struct LaidText {
    std::shared_ptr<QTextLayout> layout;
    std::vector<qreal> tops;     // of each line, from the paragraph's top
    std::vector<qreal> advances; // of each line, to the next
    qreal height = 0;

    void drawLine(QPainter& painter, int line, QPointF topLeft) const {
        layout->lineAt(line).draw(&painter, topLeft - QPointF(0, tops[static_cast<size_t>(line)]));
    }
    void draw(QPainter& painter, QPointF topLeft) const {
        for (int line = 0; line < layout->lineCount(); ++line)
            layout->lineAt(line).draw(&painter, topLeft);
    }
};

// What pagination moves around: a part of the document that stays whole
// (a line, a picture with its text, a table row).
struct Atom {
    qreal height = 0;
    qreal spaceBefore = 0; // dropped at the head of a page
    bool keepWithNext = false;
    bool breakBefore = false;
    int box = -1;   // the box it is in
    int table = -1; // the table it is a row of
    bool tableHeader = false;
    std::function<void(QPainter&, QPointF)> paint; // at its top left
};

struct Placement {
    std::size_t atom;
    qreal top;
};

} // namespace

// Lays a PagedDocument out on one device: atoms, pages, paint.
class DocumentLayout {
public:
    DocumentLayout(const PagedDocument& document, QPagedPaintDevice& device)
        : m_document(document)
        , m_device(device)
        , m_dpi(device.logicalDpiY())
        , m_width(device.width())
        , m_height(device.height() - mm(kFooterMm)) {}

    int print() {
        for (const auto& entry : m_document.m_blocks) {
            const std::size_t first = m_atoms.size();
            std::visit([this](const auto& block) { add(block); }, entry.block);
            if (entry.keepWithNext && m_atoms.size() > first)
                m_atoms.back().keepWithNext = true;
        }
        paginate();
        return paint();
    }

private:
    [[nodiscard]] qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    [[nodiscard]] qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    [[nodiscard]] qreal columnWidth() const {
        return m_box >= 0 ? m_width - 2 * mm(kBoxPaddingMm) : m_width;
    }

    LaidText lay(const QString& text, Style style, const QString& lead, qreal width) const {
        LaidText laid;
        const QString all = lead.isEmpty() ? text : lead + u' ' + text;
        laid.layout = std::make_shared<QTextLayout>(all, fontFor(style), &m_device);
        if (!lead.isEmpty()) {
            QTextLayout::FormatRange bold;
            bold.start = 0;
            bold.length = static_cast<int>(lead.size());
            bold.format.setFontWeight(QFont::Bold);
            laid.layout->setFormats({bold});
        }
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        laid.layout->setTextOption(option);
        laid.layout->beginLayout();
        qreal y = 0;
        for (QTextLine line = laid.layout->createLine(); line.isValid();
             line = laid.layout->createLine()) {
            line.setLineWidth(std::max<qreal>(1, width));
            line.setPosition(QPointF(0, y));
            const qreal advance = line.height() * kLineSpacing;
            laid.tops.push_back(y);
            laid.advances.push_back(advance);
            y += advance;
        }
        laid.layout->endLayout();
        laid.height = y;
        return laid;
    }

    void push(Atom atom) {
        atom.box = m_box;
        atom.breakBefore = std::exchange(m_breakNext, false);
        m_atoms.push_back(std::move(atom));
    }

    void add(const PagedDocument::TextBlock& block) {
        const qreal indent = block.bullet ? mm(kBulletIndentMm) : 0;
        const LaidText laid = lay(block.text, block.style, block.lead, columnWidth() - indent);
        const int lines = laid.layout->lineCount();
        const bool heading = block.style == Style::Title || block.style == Style::Heading ||
                             block.style == Style::Subheading;
        for (int i = 0; i < lines; ++i) {
            Atom atom;
            atom.height = laid.advances[static_cast<size_t>(i)];
            atom.spaceBefore = i == 0 ? pt(spec(block.style).spaceBefore) : 0;
            // No single line of a paragraph alone at the foot or the head of
            // a page; a heading stays with what follows.
            atom.keepWithNext = heading || (i == 0 && lines >= 2) || (i == lines - 2 && lines >= 3);
            const bool bullet = block.bullet && i == 0;
            atom.paint = [laid, i, indent, bullet](QPainter& painter, QPointF topLeft) {
                painter.setPen(Qt::black);
                if (bullet) {
                    // A dot, not a "•" character, so the text reads on without it.
                    const QTextLine first = laid.layout->lineAt(0);
                    const qreal radius = first.ascent() / 6;
                    painter.setBrush(Qt::black);
                    painter.setPen(Qt::NoPen);
                    painter.drawEllipse(topLeft + QPointF(radius * 2, first.ascent() * 0.65),
                                        radius, radius);
                    painter.setPen(Qt::black);
                }
                laid.drawLine(painter, i, topLeft + QPointF(indent, 0));
            };
            push(std::move(atom));
        }
    }

    void add(const PagedDocument::FigureBlock& block) {
        const QSizeF size(mm(block.millimetres.width()), mm(block.millimetres.height()));
        const qreal textLeft = size.width() + mm(kGapMm);
        std::vector<LaidText> texts;
        std::vector<qreal> tops;
        qreal y = 0;
        for (const auto& text : block.beside) {
            if (!texts.empty())
                y += pt(spec(text.style).spaceBefore) / 2;
            texts.push_back(lay(text.text, text.style, text.lead, columnWidth() - textLeft));
            tops.push_back(y);
            y += texts.back().height;
        }
        Atom atom;
        atom.height = std::max(size.height(), y);
        atom.spaceBefore = pt(8);
        atom.paint = [texts, tops, size, textLeft, paint = block.paint](QPainter& painter,
                                                                        QPointF topLeft) {
            painter.save();
            paint(painter, QRectF(topLeft, size));
            painter.restore();
            painter.setPen(Qt::black);
            for (std::size_t i = 0; i < texts.size(); ++i)
                texts[i].draw(painter, topLeft + QPointF(textLeft, tops[i]));
        };
        push(std::move(atom));
    }

    void add(const PagedDocument::PictureBlock& block) {
        const QSizeF size(std::min(mm(block.millimetres.width()), columnWidth()),
                          mm(block.millimetres.height()));
        const qreal left = (columnWidth() - size.width()) / 2;
        Atom atom;
        atom.height = size.height();
        atom.spaceBefore = pt(8);
        atom.paint = [size, left, paint = block.paint](QPainter& painter, QPointF topLeft) {
            painter.save();
            paint(painter, QRectF(topLeft + QPointF(left, 0), size));
            painter.restore();
        };
        push(std::move(atom));
    }

    void add(const PagedDocument::BoxStart& block) {
        m_box = m_boxes++;
        const LaidText laid = lay(block.title, Style::Subheading, {}, columnWidth());
        for (int i = 0; i < laid.layout->lineCount(); ++i) {
            Atom atom;
            atom.height = laid.advances[static_cast<size_t>(i)];
            atom.spaceBefore = i == 0 ? pt(spec(Style::Heading).spaceBefore) : 0;
            atom.keepWithNext = true;
            atom.paint = [laid, i](QPainter& painter, QPointF topLeft) {
                painter.setPen(Qt::black);
                laid.drawLine(painter, i, topLeft);
            };
            push(std::move(atom));
        }
        m_boxStart = m_atoms.size();
    }

    void add(const PagedDocument::BoxEnd&) {
        // The whole box goes to the next page when it fits there.
        for (std::size_t i = m_boxStart; i + 1 < m_atoms.size(); ++i)
            m_atoms[i].keepWithNext = true;
        m_box = -1;
    }

    void add(const PagedDocument::TableBlock& block) {
        const int table = m_tables++;
        qreal shares = 0;
        for (qreal share : block.widths)
            shares += share;
        std::vector<qreal> widths;
        for (qreal share : block.widths)
            widths.push_back(shares > 0 ? columnWidth() * share / shares : 0);
        const qreal padding = mm(kCellPaddingMm);
        const auto row = [this, &widths, padding, table](const QStringList& cells, bool header) {
            std::vector<LaidText> laid;
            qreal height = 0;
            for (std::size_t c = 0; c < widths.size(); ++c) {
                const QString cell = c < static_cast<std::size_t>(cells.size())
                                         ? cells[static_cast<qsizetype>(c)]
                                         : QString();
                laid.push_back(
                    lay(cell, header ? Style::Strong : Style::Body, {}, widths[c] - 2 * padding));
                height = std::max(height, laid.back().height);
            }
            Atom atom;
            atom.height = height + 2 * padding;
            atom.table = table;
            atom.tableHeader = header;
            atom.keepWithNext = header;
            atom.spaceBefore = header ? pt(6) : 0;
            atom.paint = [laid, widths, padding, header, height = atom.height,
                          ruleWidth = pt(header ? 0.8 : 0.3)](QPainter& painter, QPointF topLeft) {
                painter.setPen(Qt::black);
                qreal x = topLeft.x();
                for (std::size_t c = 0; c < laid.size(); ++c) {
                    laid[c].draw(painter, QPointF(x + padding, topLeft.y() + padding));
                    x += widths[c];
                }
                QPen rule(header ? QColor(Qt::black) : QColor(0x99, 0x99, 0x99), ruleWidth);
                painter.setPen(rule);
                painter.drawLine(QPointF(topLeft.x(), topLeft.y() + height),
                                 QPointF(x, topLeft.y() + height));
            };
            return atom;
        };
        m_tableHeaders.push_back(m_atoms.size());
        push(row(block.header, true));
        for (const auto& cells : block.rows)
            push(row(cells, false));
    }

    void add(const PagedDocument::PageBreak&) { m_breakNext = true; }

    // Where an atom goes below `y` with the box `openBox` open (-1: none):
    // its top, and how far down the page must have room.
    [[nodiscard]] std::pair<qreal, qreal> fit(const Atom& atom, qreal y, int openBox) const {
        const qreal pad = mm(kBoxPaddingMm);
        qreal before = y > 0 ? atom.spaceBefore : 0;
        if (openBox >= 0 && atom.box != openBox)
            before += pad; // the box left: its padding at the foot
        if (atom.box >= 0 && atom.box != openBox)
            before += pad; // a box entered: its padding at the head
        const qreal top = y + before;
        return {top, top + atom.height + (atom.box >= 0 ? pad : 0)};
    }

    // How far down the page the atoms from `first` on to the end of its
    // keep-with-next chain reach, starting below `y`.
    [[nodiscard]] qreal chainReach(std::size_t first, qreal y, int openBox,
                                   const std::set<int>& tablesOnPage) const {
        qreal reach = y;
        for (std::size_t i = first; i < m_atoms.size(); ++i) {
            const Atom& atom = m_atoms[i];
            if (atom.table >= 0 && !atom.tableHeader && !tablesOnPage.contains(atom.table))
                y += m_atoms[m_tableHeaders[static_cast<std::size_t>(atom.table)]].height;
            const auto [top, room] = fit(atom, y, openBox);
            reach = room;
            y = top + atom.height;
            openBox = atom.box;
            if (!atom.keepWithNext)
                break;
        }
        return reach;
    }

    void paginate() {
        m_pages.assign(1, {});
        qreal y = 0;
        int box = -1;
        std::set<int> tablesOnPage;
        const auto newPage = [&] {
            m_pages.emplace_back();
            y = 0;
            box = -1;
            tablesOnPage.clear();
        };
        const auto place = [&](std::size_t index) {
            const Atom& atom = m_atoms[index];
            const auto [top, room] = fit(atom, y, box);
            m_pages.back().push_back({index, top});
            y = top + atom.height;
            box = atom.box;
            if (atom.table >= 0)
                tablesOnPage.insert(atom.table);
        };
        for (std::size_t i = 0; i < m_atoms.size(); ++i) {
            const Atom& atom = m_atoms[i];
            if (atom.breakBefore && !m_pages.back().empty())
                newPage();
            if (!m_pages.back().empty() && chainReach(i, y, box, tablesOnPage) > m_height) {
                // To the next page when the chain fits there whole, or when
                // not even this atom fits here.
                if (chainReach(i, 0, -1, {}) <= m_height || fit(atom, y, box).second > m_height)
                    newPage();
            }
            if (atom.table >= 0 && !atom.tableHeader && !tablesOnPage.contains(atom.table))
                place(m_tableHeaders[static_cast<std::size_t>(atom.table)]);
            place(i);
        }
    }

    int paint() {
        QPainter painter;
        if (!painter.begin(&m_device))
            return 0;
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        const int pages = static_cast<int>(m_pages.size());
        const qreal pad = mm(kBoxPaddingMm);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                m_device.newPage();
            const auto& placements = m_pages[static_cast<std::size_t>(page)];
            // A frame around each run of a box's atoms.
            for (std::size_t i = 0; i < placements.size();) {
                const int box = m_atoms[placements[i].atom].box;
                std::size_t end = i + 1;
                while (end < placements.size() && m_atoms[placements[end].atom].box == box)
                    ++end;
                if (box >= 0) {
                    const Placement& last = placements[end - 1];
                    const QRectF frame(0, placements[i].top - pad, m_width,
                                       last.top + m_atoms[last.atom].height - placements[i].top +
                                           2 * pad);
                    painter.setPen(QPen(Qt::black, pt(1.2)));
                    painter.setBrush(Qt::NoBrush);
                    painter.drawRoundedRect(frame.adjusted(pt(0.6), 0, -pt(0.6), 0), mm(2), mm(2));
                }
                i = end;
            }
            for (const Placement& placement : placements) {
                const Atom& atom = m_atoms[placement.atom];
                atom.paint(painter, QPointF(atom.box >= 0 ? pad : 0, placement.top));
            }
            paintFooter(painter, page + 1, pages);
        }
        painter.end();
        return pages;
    }

    void paintFooter(QPainter& painter, int page, int pages) {
        const qreal top = m_height + mm(kFooterMm) / 2;
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), pt(0.3)));
        painter.drawLine(QPointF(0, top), QPointF(m_width, top));
        const QFont font = fontFor(Style::Small);
        painter.setFont(font);
        painter.setPen(Qt::black);
        const QFontMetricsF metrics(font, &m_device);
        const QString number = PagedDocument::pageNumber(page, pages);
        const qreal numberWidth = metrics.horizontalAdvance(number);
        const QRectF band(0, top + pt(3), m_width, metrics.height());
        painter.drawText(band, Qt::AlignRight | Qt::AlignTop, number);
        const QString footer = metrics.elidedText(m_document.m_footer, Qt::ElideMiddle,
                                                  m_width - numberWidth - mm(kGapMm));
        painter.drawText(band, Qt::AlignLeft | Qt::AlignTop, footer);
    }

    const PagedDocument& m_document;
    QPagedPaintDevice& m_device;
    qreal m_dpi;
    qreal m_width;
    qreal m_height; // of the text area, above the footer
    std::vector<Atom> m_atoms;
    std::vector<std::size_t> m_tableHeaders; // the header atom of each table
    std::vector<std::vector<Placement>> m_pages;
    int m_box = -1; // the box open while adding
    int m_boxes = 0;
    int m_tables = 0;
    std::size_t m_boxStart = 0;
    bool m_breakNext = false;
};

void PagedDocument::setTitle(const QString& title) {
    m_title = title;
}

void PagedDocument::setFooter(const QString& text) {
    m_footer = text;
}

void PagedDocument::heading(const QString& text, Style style) {
    m_blocks.push_back({TextBlock{text, style, {}, false}});
}

void PagedDocument::paragraph(const QString& text, Style style, const QString& lead) {
    m_blocks.push_back({TextBlock{text, style, lead, false}});
}

void PagedDocument::bullet(const QString& text) {
    m_blocks.push_back({TextBlock{text, Style::Body, {}, true}});
}

void PagedDocument::beginBox(const QString& title) {
    m_blocks.push_back({BoxStart{title}});
}

void PagedDocument::endBox() {
    m_blocks.push_back({BoxEnd{}});
}

void PagedDocument::figure(QSizeF millimetres, Paint paint, std::vector<Text> beside) {
    m_blocks.push_back({FigureBlock{millimetres, std::move(paint), std::move(beside)}});
}

void PagedDocument::picture(QSizeF millimetres, Paint paint) {
    m_blocks.push_back({PictureBlock{millimetres, std::move(paint)}});
}

void PagedDocument::table(const QStringList& header, const std::vector<QStringList>& rows,
                          const std::vector<qreal>& widths) {
    m_blocks.push_back({TableBlock{header, rows, widths}});
}

void PagedDocument::pageBreak() {
    m_blocks.push_back({PageBreak{}});
}

void PagedDocument::keepWithNext() {
    if (!m_blocks.empty())
        m_blocks.back().keepWithNext = true;
}

int PagedDocument::print(QPagedPaintDevice& device) const {
    device.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                          QPageLayout::Millimeter);
    return DocumentLayout(*this, device).print();
}

QString PagedDocument::writePdf(const QString& file, QPageSize::PageSizeId paper) const {
    // Written in memory first, so that a file that cannot be written is
    // found before anything is replaced, and nothing half-written is left.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(m_title);
        writer.setCreator(u"Limber"_s);
        writer.setPageSize(QPageSize(paper));
        if (print(writer) == 0)
            return tr("cannot write %1: the PDF could not be drawn")
                .arg(QDir::toNativeSeparators(file));
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(buffer.data()) != buffer.size() ||
        !out.commit())
        return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
    return {};
}

QString PagedDocument::pageNumber(int page, int pages) {
    return tr("Page %1 of %2").arg(QLocale().toString(page), QLocale().toString(pages));
}

} // namespace limber
