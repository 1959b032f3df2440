#include "ReportChecks.h"

#include "Assessor.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <poppler-qt6.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <set>

namespace granska::testing {

QString pdfText(const QString &path)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked())
        return {};
    QString text;
    for (int i = 0; i < document->numPages(); ++i) {
        if (const std::unique_ptr<Poppler::Page> page = document->page(i))
            text += page->text(QRectF()) + QLatin1Char('\n');
    }
    return text;
}

int imageCount(const QString &path)
{
    try {
        QPDF pdf;
        pdf.processFile(QFile::encodeName(path).constData());
        std::set<QPDFObjGen> images;
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            for (const auto &[name, image] : page.getImages())
                images.insert(image.getObjGen());
        }
        return int(images.size());
    } catch (const std::exception &) {
        return -1;
    }
}

QStringList granskaPdfA1bFailures(const QString &path)
{
    AssessOptions asPdfa1b;
    asPdfa1b.profile = QStringLiteral("1b");
    const Assessment assessment = Assessor::assess(path, asPdfa1b);
    if (assessment.status != AssessmentStatus::Ok)
        return {QStringLiteral("not assessed: ") + assessment.error};
    if (!assessment.pdfa.compliant.has_value())
        return {QStringLiteral("no verdict: ") + assessment.pdfa.note};
    QStringList failed;
    for (const RuleViolation &v : assessment.pdfa.violations)
        failed << v.ruleId() + QStringLiteral(": ") + v.message;
    if (!*assessment.pdfa.compliant && failed.isEmpty())
        failed << QStringLiteral("not compliant");
    return failed;
}

QStringList preflightClassPath()
{
    const QStringList jars = {QStringLiteral("pdfbox2.jar"), QStringLiteral("preflight.jar"), QStringLiteral("fontbox2.jar"),
                              QStringLiteral("xmpbox.jar"), QStringLiteral("commons-logging.jar"),
                              QStringLiteral("javax.activation.jar"), QStringLiteral("jaxb-api.jar")};
    QStringList paths;
    for (const QString &jar : jars) {
        const QString path = QStringLiteral("/usr/share/java/") + jar;
        if (!QFile::exists(path))
            return {};
        paths << path;
    }
    return paths;
}

bool preflightAvailable()
{
    return !preflightClassPath().isEmpty() && !QStandardPaths::findExecutable(QStringLiteral("java")).isEmpty();
}

bool passesPreflight(const QString &path, QString *output)
{
    QProcess preflight;
    preflight.setProcessChannelMode(QProcess::MergedChannels);
    preflight.start(QStandardPaths::findExecutable(QStringLiteral("java")),
                    {QStringLiteral("-cp"), preflightClassPath().join(QLatin1Char(':')), QStringLiteral("org.apache.pdfbox.preflight.Validator_A1b"), path});
    if (!preflight.waitForFinished(120'000)) {
        preflight.kill();
        preflight.waitForFinished();
        *output = QStringLiteral("preflight did not finish within 120 s");
        return false;
    }
    *output = QString::fromUtf8(preflight.readAll());
    return preflight.exitStatus() == QProcess::NormalExit && preflight.exitCode() == 0
           && output->contains(QStringLiteral("is a valid PDF/A-1b file"));
}

} // namespace granska::testing
