#pragma once

#include <QCoreApplication>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <functional>
#include <variant>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace limber {

// A document for paper: headings, paragraphs, boxed sections, pictures and
// tables laid out top to bottom on the pages of a QPagedPaintDevice
// (QPdfWriter for a PDF file, QPrinter for a printer), with the footer and
// "Page 2 of 5" at the foot of every page. The handout (app/handout/) and
// the clinician report of the history are written with it.
//
//   PagedDocument document;
//   document.setFooter(u"Upper back relief · 2 December 2026"_s);
//   document.heading(title, PagedDocument::Style::Title);
//   document.paragraph(summary);
//   document.beginBox(tr("Safety first"));
//   document.figure({6, 6}, paintIcon, {{notice, Style::Body, tr("Warning:")}});
//   document.endBox();
//   document.figure({45, 34}, paintFigure, {{stepText}, {dose, Style::Strong}});
//   document.print(pdfWriter);
//
// Everything stays vector and text stays text: words are laid out with
// QTextLayout and drawn as text (a PDF reader selects and searches them,
// pdftotext reads them back); a picture is a function that paints straight
// onto the page's painter. Black on white, grey only for rules and frames,
// so a black-and-white printer loses nothing.
//
// Pages break where a reader expects them to: a paragraph leaves no single
// line at the foot or the head of a page, a heading stays with what follows
// it, a picture stays whole with the text beside it, a table row stays
// whole and the table's header row comes again on each page it continues
// on, a box goes to the next page when it fits there whole (else it
// continues, framed on each page).
//
// Sizes are given in millimetres and typographic points and laid out at the
// device's resolution, so a document looks the same on A4 and Letter, in a
// PDF and on any printer.
class PagedDocument {
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)

public:
    enum class Style {
        Title,      // the document's title: large and bold
        Heading,    // a section
        Subheading, // a part of a section
        Body,       // running text
        Strong,     // running text in bold
        Small,      // notes, the source, the footer
    };

    // Paints a picture into `target` (the page's device units).
    using Paint = std::function<void(QPainter& painter, const QRectF& target)>;

    // A paragraph beside a picture. `lead` starts it in bold ("Warning:").
    struct Text {
        QString text;
        Style style = Style::Body;
        QString lead;
    };

    // The title in the PDF's properties (a viewer's window title).
    void setTitle(const QString& title);
    // On every page, left of "Page 2 of 5".
    void setFooter(const QString& text);

    // A heading stays on the page of the block that follows it.
    void heading(const QString& text, Style style = Style::Heading);
    // `lead` starts the paragraph in bold ("Source:").
    void paragraph(const QString& text, Style style = Style::Body, const QString& lead = {});
    // A paragraph with a bullet in front.
    void bullet(const QString& text);
    // A framed section with a bold title; its blocks until endBox().
    void beginBox(const QString& title);
    void endBox();
    // A picture of `millimetres` on the left and the paragraphs beside it,
    // kept on one page.
    void figure(QSizeF millimetres, Paint paint, std::vector<Text> beside);
    // A picture of `millimetres` across the column (a chart), centred.
    void picture(QSizeF millimetres, Paint paint);
    // A table: a bold header row, then `rows`; `widths` are the columns'
    // shares of the column width (they need not add up to 1).
    void table(const QStringList& header, const std::vector<QStringList>& rows,
               const std::vector<qreal>& widths);
    // The next block starts a new page.
    void pageBreak();
    // The block added last stays on the page of the next one (an
    // exercise's introduction with its first step).
    void keepWithNext();

    // Lays the document out on `device`'s pages (its page size; the margins
    // are set here) and paints it. Returns the number of pages, 0 when the
    // device could not be painted on (a printer that failed).
    [[nodiscard]] int print(QPagedPaintDevice& device) const;

    // Writes the document as a PDF file on `paper`. The file is replaced
    // whole, or left as it was. Returns an empty string, or why the file
    // could not be written ("cannot write /x/y.pdf: Permission denied").
    [[nodiscard]] QString writePdf(const QString& file, QPageSize::PageSizeId paper) const;

    // "Page 2 of 5"
    [[nodiscard]] static QString pageNumber(int page, int pages);

private:
    struct TextBlock {
        QString text;
        Style style = Style::Body;
        QString lead;
        bool bullet = false;
    };
    struct FigureBlock {
        QSizeF millimetres;
        Paint paint;
        std::vector<Text> beside;
    };
    struct PictureBlock {
        QSizeF millimetres;
        Paint paint;
    };
    struct BoxStart {
        QString title;
    };
    struct BoxEnd {};
    struct TableBlock {
        QStringList header;
        std::vector<QStringList> rows;
        std::vector<qreal> widths;
    };
    struct PageBreak {};
    using Block =
        std::variant<TextBlock, FigureBlock, PictureBlock, BoxStart, BoxEnd, TableBlock, PageBreak>;
    struct Entry {
        Block block;
        bool keepWithNext = false;
    };

    friend class DocumentLayout;

    std::vector<Entry> m_blocks;
    QString m_title;
    QString m_footer;
};

} // namespace limber
