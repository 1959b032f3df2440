#include "ReportHtml.h"

#include <QCoreApplication>

namespace granska::report {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::AssessmentReport)
};

struct Colours {
    const char *text;
    const char *ground;
};

Colours colours(Tone tone)
{
    switch (tone) {
    case Tone::Good: return {"#1b5e20", "#dcefdc"};
    case Tone::Bad: return {"#a31515", "#f9dcdc"};
    case Tone::Caution: return {"#7a4b00", "#fbe9c6"};
    case Tone::Neutral: break;
    }
    return {"#37474f", "#e3e7ea"};
}

bool isInvisibleTrouble(char32_t c)
{
    return (c < 0x20 && c != U'\n') || (c >= 0x7f && c < 0xa0)                 // C0 and C1 controls
           || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) // bidi embeddings, isolates
           || c == 0x200e || c == 0x200f || c == 0x061c;                   // bidi marks
}

} // namespace

QString text(const QString &untrusted)
{
    // Line ends are kept as line breaks (a signer's reason may have several lines); a tab is a
    // space; anything else invisible is shown as U+FFFD so the reader knows something is there.
    QString clean = untrusted;
    clean.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n')).replace(QLatin1Char('\t'), QLatin1Char(' '));
    QString shown;
    shown.reserve(clean.size());
    for (const char32_t c : clean.toUcs4())
        shown += isInvisibleTrouble(c) ? QString(QChar(0xfffd)) : QString::fromUcs4(&c, 1);
    return shown.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

QString code(const QString &untrusted)
{
    return QStringLiteral("<span class=\"code\">%1</span>").arg(text(untrusted));
}

QString muted(const QString &words)
{
    return QStringLiteral("<span class=\"muted\">%1</span>").arg(words.toHtmlEscaped());
}

QString badge(const QString &word, Tone tone)
{
    const Colours c = colours(tone);
    // Non-breaking spaces pad the coloured ground, which Qt draws only behind the glyphs, and keep
    // a status of several words on one line.
    return QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:bold;\">&nbsp;%3&nbsp;</span>")
        .arg(QLatin1String(c.ground), QLatin1String(c.text), word.toHtmlEscaped().replace(QLatin1Char(' '), QLatin1String("&nbsp;")));
}

QString compactBadge(const QString &word, Tone tone)
{
    const Colours c = colours(tone);
    return QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:bold;\">%3</span>")
        .arg(QLatin1String(c.ground), QLatin1String(c.text), word.toHtmlEscaped());
}

QString styleSheet()
{
    // Qt's rich text supports a subset of CSS: class selectors, fonts, colours, margins, and
    // table and cell borders and padding. DejaVu is TrueType, which QPdfWriter embeds as PDF/A
    // requires; the generic families follow if it is missing.
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans', 'Noto Sans', 'Liberation Sans', sans-serif; font-size: 8.5pt; color: #1c1c1c; }\n"
        "h1 { font-size: 17pt; font-weight: bold; color: #1f3349; margin-top: 0px; margin-bottom: 2px; }\n"
        "p.subtitle { font-size: 11pt; color: #1f3349; margin-top: 0px; margin-bottom: 10px; }\n"
        "h2 { font-size: 11.5pt; font-weight: bold; color: #1f3349; margin-top: 14px; margin-bottom: 0px; }\n"
        "h3 { font-size: 9.5pt; font-weight: bold; color: #1f3349; margin-top: 10px; margin-bottom: 3px; }\n"
        "p { margin-top: 2px; margin-bottom: 2px; }\n"
        "p.note { color: #4a4a4a; margin-top: 3px; }\n"
        "p.footer { font-size: 7.5pt; color: #4a4a4a; margin-top: 14px; }\n"
        "span.code { font-family: 'DejaVu Sans Mono', 'Noto Sans Mono', monospace; font-size: 8pt; }\n"
        "span.muted { color: #6b6b6b; font-style: italic; }\n"
        "table { border-collapse: collapse; margin-top: 2px; margin-bottom: 4px; }\n"
        "table.fields td { border-width: 1px; border-style: solid; border-color: #c9d0d6; padding: 3px 5px; }\n"
        "table.grid td, table.grid th { border-width: 1px; border-style: solid; border-color: #c9d0d6; padding: 3px 5px; }\n"
        "td.label { color: #33414f; background-color: #f1f4f6; }\n"
        "th { background-color: #e4e9ee; color: #1f3349; font-weight: bold; text-align: left; }\n"
        "td.caption { background-color: #e4e9ee; color: #1f3349; font-weight: bold; font-size: 9.5pt; }\n"
        "table.verdict { margin-top: 4px; margin-bottom: 6px; }\n"
        "span.headline { font-size: 12pt; font-weight: bold; }\n"
        "ul { margin-top: 2px; margin-bottom: 2px; }\n"
        "li { margin-bottom: 2px; }\n");
}

QString sectionHeading(const QString &title)
{
    return QStringLiteral("<h2>%1</h2><hr/>").arg(title.toHtmlEscaped());
}

QString subHeading(const QString &title)
{
    return QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
}

QString subHeadingHtml(const QString &titleHtml)
{
    return QStringLiteral("<h3>%1</h3>").arg(titleHtml);
}

QString verdictBox(const QString &headline, const QString &detailHtml, Tone tone)
{
    const Colours c = colours(tone);
    QString cell = QStringLiteral("<span class=\"headline\" style=\"color:%1;\">%2</span>").arg(QLatin1String(c.text), headline.toHtmlEscaped());
    if (!detailHtml.isEmpty())
        cell += QStringLiteral("<br/>") + detailHtml;
    return QStringLiteral("<table class=\"verdict\" width=\"100%\" cellspacing=\"0\"><tr><td style=\"background-color:%1; border-width:1px; "
                          "border-style:solid; border-color:%2; padding:6px 9px;\">%3</td></tr></table>")
        .arg(QLatin1String(c.ground), QLatin1String(c.text), cell);
}

FieldTable &FieldTable::add(const QString &label, const QString &valueHtml)
{
    m_rows << QStringLiteral("<tr><td class=\"label\" width=\"%1%\">%2</td><td>%3</td></tr>")
                  .arg(QString::number(m_labelPercent), label.toHtmlEscaped(), valueHtml);
    return *this;
}

FieldTable &FieldTable::addIfGiven(const QString &label, const QString &untrusted)
{
    if (!untrusted.isEmpty())
        add(label, text(untrusted));
    return *this;
}

FieldTable &FieldTable::addOrNotGiven(const QString &label, const QString &untrusted)
{
    return add(label, untrusted.isEmpty() ? muted(Tr::tr("not given")) : text(untrusted));
}

QString FieldTable::html(const QString &captionHtml) const
{
    QString html = QStringLiteral("<table class=\"fields\" width=\"100%\" cellspacing=\"0\">");
    if (!captionHtml.isEmpty())
        html += QStringLiteral("<tr><td class=\"caption\" colspan=\"2\">%1</td></tr>").arg(captionHtml);
    return html + m_rows.join(QString()) + QStringLiteral("</table>");
}

GridTable::GridTable(const QStringList &headers, const QList<int> &widthsPercent)
    : m_headers(headers), m_widths(widthsPercent)
{
}

void GridTable::addRow(const QStringList &cellsHtml)
{
    QString row = QStringLiteral("<tr>");
    for (const QString &cell : cellsHtml)
        row += QStringLiteral("<td>%1</td>").arg(cell);
    m_rows << row + QStringLiteral("</tr>");
}

QString GridTable::html(const QString &captionHtml, const QString &emptyHtml) const
{
    const int columns = int(m_headers.size());
    QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead>");
    if (!captionHtml.isEmpty())
        html += QStringLiteral("<tr><td class=\"caption\" colspan=\"%1\">%2</td></tr>").arg(QString::number(qMax(columns, 1)), captionHtml);
    if (m_rows.isEmpty() && !emptyHtml.isEmpty())
        return html + QStringLiteral("</thead><tr><td colspan=\"%1\">%2</td></tr></table>").arg(QString::number(qMax(columns, 1)), emptyHtml);
    html += QStringLiteral("<tr>");
    for (int i = 0; i < columns; ++i) {
        const QString width = i < m_widths.size() ? QStringLiteral(" width=\"%1%\"").arg(m_widths[i]) : QString();
        html += QStringLiteral("<th%1>%2</th>").arg(width, m_headers[i].toHtmlEscaped());
    }
    return html + QStringLiteral("</tr></thead>") + m_rows.join(QString()) + QStringLiteral("</table>");
}

} // namespace granska::report
