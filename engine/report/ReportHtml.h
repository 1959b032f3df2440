// Building blocks of the report's HTML, in the subset Qt's rich text understands. Every value that
// comes from the document (metadata, field names, certificate names, messages that quote them)
// passes through text() before it reaches the HTML: PDF metadata is hostile input.
#pragma once

#include "ReportFormat.h"

#include <QString>
#include <QStringList>

namespace granska::report {

// The value as safe HTML text: HTML-escaped, line ends as <br/>, and other control and
// bidirectional-override characters (which could hide or reorder what the reader sees) replaced
// by U+FFFD.
QString text(const QString &untrusted);
// Like text(), in the monospaced face used for hashes, serial numbers and byte offsets.
QString code(const QString &untrusted);
// Greyed words for a value the document does not give ("not given", "none").
QString muted(const QString &words);
// The status word on a coloured ground: the word carries the meaning, the colour the glance.
QString badge(const QString &word, Tone tone);
// The same for the narrow columns of a wide table: without padding, and a status of several words
// may wrap between them (never inside a word).
QString compactBadge(const QString &word, Tone tone);

// The report's style sheet, for the <head>.
QString styleSheet();

// A section heading (h2, underlined by a rule) and a heading within a section (h3). Headings are
// real heading blocks so that pagination can keep them with what follows.
QString sectionHeading(const QString &title);
QString subHeading(const QString &title);
// A heading within a section whose content is already HTML (a name from the document, a badge).
QString subHeadingHtml(const QString &titleHtml);

// The report's conclusion: a headline in a box tinted by its tone, with details below.
QString verdictBox(const QString &headline, const QString &detailHtml, Tone tone);

// A two-column table of labels and values, as in a certificate viewer's details page.
class FieldTable {
public:
    // The labels' share of the table's width.
    explicit FieldTable(int labelPercent = 28) : m_labelPercent(labelPercent) {}
    // valueHtml is already HTML (built with text(), code(), badge()...).
    FieldTable &add(const QString &label, const QString &valueHtml);
    // Adds the row only when the untrusted value is not empty.
    FieldTable &addIfGiven(const QString &label, const QString &untrusted);
    // An optional value: the text when given, "not given" in grey otherwise.
    FieldTable &addOrNotGiven(const QString &label, const QString &untrusted);
    QString html(const QString &captionHtml = {}) const;

private:
    int m_labelPercent;
    QStringList m_rows;
};

// A table with a header row and any number of body rows of HTML cells.
class GridTable {
public:
    explicit GridTable(const QStringList &headers, const QList<int> &widthsPercent);
    void addRow(const QStringList &cellsHtml);
    bool isEmpty() const { return m_rows.isEmpty(); }
    // The caption is a first header row across all columns, so that it is repeated with the
    // column headers when a long table continues on the next page. Without body rows, the table
    // shows emptyHtml in one row under the headers, or only the caption when there are no headers.
    QString html(const QString &captionHtml = {}, const QString &emptyHtml = {}) const;

private:
    QStringList m_headers;
    QList<int> m_widths;
    QStringList m_rows;
};

} // namespace granska::report
