#include "HistoryCsv.h"

#include <QCoreApplication>
#include <QIODevice>

namespace granska::history {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::HistoryStore)
};

const QString lineEnd = QStringLiteral("\r\n");

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString csvLine(const QStringList &values, QChar separator)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QString &value : values)
        fields << csvField(value, separator);
    return fields.join(separator) + lineEnd;
}

} // namespace

QStringList csvColumns()
{
    // Fixed English names: the file is read by scripts as well as people, and a column must not
    // change its name with the language of the user who exported it.
    return {QStringLiteral("assessed at"), QStringLiteral("file"), QStringLiteral("path"),
            QStringLiteral("sha256"), QStringLiteral("size"), QStringLiteral("pdfa claim"),
            QStringLiteral("pdfa profile"), QStringLiteral("pdfa compliant"), QStringLiteral("signatures"),
            QStringLiteral("intact"), QStringLiteral("problems"), QStringLiteral("decision"),
            QStringLiteral("decided at"), QStringLiteral("reviewer"), QStringLiteral("comment"),
            QStringLiteral("engine version")};
}

QString csvField(const QString &value, QChar separator)
{
    const bool needsQuotes = value.contains(separator) || value.contains(QLatin1Char('"'))
                             || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
                             || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QStringList csvValues(const HistoryEntry &entry)
{
    const bool assessed = entry.status == AssessmentStatus::Ok;
    const std::optional<Decision> &decision = entry.latestDecision;
    return {
        entry.assessedAt.toUTC().toString(Qt::ISODate),
        entry.fileName,
        entry.filePath,
        entry.sha256,
        QString::number(entry.size),
        entry.pdfaClaim,
        entry.pdfaProfile,
        entry.pdfaCompliant ? yesNo(*entry.pdfaCompliant) : QString(),
        assessed ? QString::number(entry.signatureCount) : QString(),
        assessed ? QString::number(entry.signaturesIntact) : QString(),
        // A file that could not be assessed is reported as a problem, as the history view does.
        yesNo(entry.hasProblems || !assessed),
        decision ? toString(decision->kind) : QString(),
        decision ? decision->decidedAt.toUTC().toString(Qt::ISODate) : QString(),
        decision ? decision->reviewer : QString(),
        decision ? decision->comment : QString(),
        entry.engineVersion,
    };
}

QByteArray historyCsv(const QList<HistoryEntry> &entries, QChar separator)
{
    QString text = csvLine(csvColumns(), separator);
    for (const HistoryEntry &entry : entries)
        text += csvLine(csvValues(entry), separator);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

bool writeHistoryCsv(QIODevice *device, const QList<HistoryEntry> &entries, QString *error, QChar separator)
{
    const QByteArray bytes = historyCsv(entries, separator);
    if (!device || device->write(bytes) != bytes.size()) {
        if (error)
            *error = device ? Tr::tr("Could not write the exported history: %1").arg(device->errorString())
                            : Tr::tr("Could not write the exported history.");
        return false;
    }
    return true;
}

} // namespace granska::history
