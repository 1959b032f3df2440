#include "ReportFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace granska::report {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::AssessmentReport)
};

// The locale's long date format without the weekday: a record needs the date, and "Thursday"
// only lengthens every line. Falls back to ISO when the locale's format is unusable.
QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    format.remove(weekday);
    format = format.trimmed();
    return format.contains(QLatin1Char('y')) ? format : QStringLiteral("yyyy-MM-dd");
}

// The locale's time format with seconds (signing times differ by seconds) and without the time
// zone name, which the report writes itself as "UTC" or an offset.
QString timeFormat()
{
    QString format = QLocale().timeFormat(QLocale::LongFormat);
    static const QRegularExpression zone(QStringLiteral("\\s*(?<![A-Za-z'])t+(?![A-Za-z'])"));
    format.remove(zone);
    format = format.trimmed();
    return format.contains(QLatin1Char('s')) ? format : QStringLiteral("HH:mm:ss");
}

QString dateTimeText(const QDateTime &time)
{
    const QLocale locale;
    return locale.toString(time.date(), dateFormat()) + QLatin1Char(' ') + locale.toString(time.time(), timeFormat());
}

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    seconds = qAbs(seconds);
    return QStringLiteral("UTC%1%2:%3")
        .arg(sign)
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds % 3600 / 60, 2, 10, QLatin1Char('0'));
}

// Dotted numbers compared part by part; a non-numeric part falls back to text order.
int compareClauses(const QString &a, const QString &b)
{
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (int i = 0; i < qMin(left.size(), right.size()); ++i) {
        bool leftOk = false, rightOk = false;
        const int l = left[i].toInt(&leftOk);
        const int r = right[i].toInt(&rightOk);
        const int order = leftOk && rightOk ? (l > r) - (l < r) : left[i].compare(right[i]);
        if (order != 0)
            return order;
    }
    return int(left.size() > right.size()) - int(left.size() < right.size());
}

} // namespace

QString utcDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return Tr::tr("not given");
    return Tr::tr("%1 UTC").arg(dateTimeText(time.toUTC()));
}

QString localDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return Tr::tr("not given");
    const QDateTime local = time.toLocalTime();
    return QStringLiteral("%1 (%2)").arg(dateTimeText(local), offsetText(local.offsetFromUtc()));
}

QString utcAndLocalDateTime(const QDateTime &time)
{
    if (!time.isValid() || time.toLocalTime().offsetFromUtc() == 0)
        return utcDateTime(time);
    return Tr::tr("%1; local time %2").arg(utcDateTime(time), localDateTime(time));
}

QString byteCount(qint64 bytes)
{
    const QLocale locale;
    const QString exact = Tr::tr("%1 bytes").arg(locale.toString(bytes));
    if (bytes < 1024)
        return exact;
    return QStringLiteral("%1 (%2)").arg(exact, locale.formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat));
}

QString duration(qint64 milliseconds)
{
    const QLocale locale;
    if (milliseconds < 1000)
        return Tr::tr("%1 ms").arg(locale.toString(milliseconds));
    if (milliseconds < 60'000)
        return Tr::tr("%1 s").arg(locale.toString(milliseconds / 1000.0, 'f', 1));
    const qint64 seconds = milliseconds / 1000;
    return Tr::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString yesNo(bool value)
{
    return value ? Tr::tr("Yes") : Tr::tr("No");
}

QString integrityWord(Integrity integrity)
{
    switch (integrity) {
    case Integrity::Intact: return Tr::tr("Intact");
    case Integrity::Broken: return Tr::tr("Broken");
    case Integrity::Unverifiable: break;
    }
    return Tr::tr("Cannot be verified");
}

Tone integrityTone(Integrity integrity)
{
    switch (integrity) {
    case Integrity::Intact: return Tone::Good;
    case Integrity::Broken: return Tone::Bad;
    case Integrity::Unverifiable: break;
    }
    return Tone::Caution;
}

QString kindWord(SignatureKind kind)
{
    switch (kind) {
    case SignatureKind::Seal: return Tr::tr("Seal");
    case SignatureKind::DocumentTimestamp: return Tr::tr("Document timestamp");
    case SignatureKind::Signature: break;
    }
    return Tr::tr("Signature");
}

QString severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Error: return Tr::tr("Error");
    case Severity::Warning: return Tr::tr("Warning");
    case Severity::Info: break;
    }
    return Tr::tr("Note");
}

Tone severityTone(Severity severity)
{
    switch (severity) {
    case Severity::Error: return Tone::Bad;
    case Severity::Warning: return Tone::Caution;
    case Severity::Info: break;
    }
    return Tone::Neutral;
}

QString flavourName(const QString &flavour)
{
    return QStringLiteral("PDF/A-%1").arg(flavour.toUpper());
}

QString claimText(const PdfaClaim &claim)
{
    if (!claim.isPresent())
        return Tr::tr("None: the XMP metadata has no PDF/A identification");
    QString text = claim.conformance.isEmpty()
                       ? Tr::tr("%1 (part %2, no conformance level)").arg(flavourName(claim.flavour())).arg(claim.part)
                       : Tr::tr("%1 (part %2, conformance %3)").arg(flavourName(claim.flavour())).arg(claim.part).arg(claim.conformance);
    if (!claim.amendment.isEmpty())
        text += QStringLiteral(", ") + Tr::tr("amendment %1").arg(claim.amendment);
    if (!claim.revision.isEmpty())
        text += QStringLiteral(", ") + Tr::tr("revision %1").arg(claim.revision);
    return text;
}

QString signatureName(const SignatureInfo &signature, int number)
{
    return Tr::tr("%1 %2 “%3”").arg(kindWord(signature.kind)).arg(number).arg(signature.field);
}

bool clauseLessThan(const RuleViolation &a, const RuleViolation &b)
{
    if (a.specification != b.specification)
        return a.specification < b.specification;
    if (const int order = compareClauses(a.clause, b.clause))
        return order < 0;
    return a.test < b.test;
}

QString readableDistinguishedName(const QString &dn)
{
    QString readable;
    readable.reserve(dn.size() + dn.size() / 8);
    bool escaped = false;
    for (int i = 0; i < dn.size(); ++i) {
        const QChar c = dn.at(i);
        readable += c;
        if (c == QLatin1Char(',') && !escaped && i + 1 < dn.size() && dn.at(i + 1) != QLatin1Char(' '))
            readable += QLatin1Char(' ');
        escaped = !escaped && c == QLatin1Char('\\');
    }
    return readable;
}

QString commonNameOf(const QString &dn)
{
    // RFC 4514: attributes separated by unescaped ',' (or '+' within one RDN); '\\' escapes.
    QString attribute;
    bool escaped = false;
    auto commonName = [](const QString &attribute) {
        const QString trimmed = attribute.trimmed();
        return trimmed.startsWith(QLatin1String("CN="), Qt::CaseInsensitive) ? trimmed.mid(3) : QString();
    };
    for (const QChar c : dn) {
        if (!escaped && (c == QLatin1Char(',') || c == QLatin1Char('+'))) {
            if (const QString cn = commonName(attribute); !cn.isEmpty())
                return cn;
            attribute.clear();
            continue;
        }
        escaped = !escaped && c == QLatin1Char('\\');
        if (!escaped)
            attribute += c;
    }
    return commonName(attribute);
}

QString locationText(const ObjectLocation &location)
{
    QStringList parts;
    if (location.objectNumber > 0) {
        parts << (location.generation > 0
                      ? Tr::tr("object %1 generation %2").arg(location.objectNumber).arg(location.generation)
                      : Tr::tr("object %1").arg(location.objectNumber));
    }
    if (location.page > 0)
        parts << Tr::tr("page %1").arg(location.page);
    if (location.revision > 0)
        parts << Tr::tr("revision %1").arg(location.revision);
    if (!location.context.isEmpty())
        parts << location.context;
    return parts.isEmpty() ? Tr::tr("place not recorded") : parts.join(QStringLiteral(", "));
}

} // namespace granska::report
