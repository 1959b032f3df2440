#include "Assessor.h"

#include "Version.h"
#include "pdf/PdfDocument.h"
#include "pdf/RevisionScanner.h"
#include "pdf/XmpMetadata.h"
#include "pdfa/Profile.h"
#include "pdfa/Validator.h"
#include "preservation/ActiveContentScan.h"
#include "signatures/OpenSsl.h"
#include "signatures/SignatureAnalyzer.h"
#include "signatures/SignatureDictionaries.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::Assessor)
};

constexpr int kMaxParserWarningsShown = 20;

QString encryptionText(QPDF &qpdf)
{
    int r = 0, p = 0, v = 0;
    QPDF::encryption_method_e stream = QPDF::e_none, string = QPDF::e_none, file = QPDF::e_none;
    if (!qpdf.isEncrypted(r, p, v, stream, string, file))
        return {};
    QString method;
    if (v < 4) {
        // Before crypt filters (V 1-3) everything is RC4, with the key length in /Length.
        QPDFObjectHandle length = qpdf.getTrailer().getKey("/Encrypt").getKeyIfDict("/Length");
        const int bits = length.isInteger() ? int(length.getIntValue()) : 40;
        method = QStringLiteral("RC4 %1-bit").arg(bits);
    } else {
        switch (stream) {
        case QPDF::e_rc4: method = QStringLiteral("RC4 128-bit"); break;
        case QPDF::e_aes: method = QStringLiteral("AES-128"); break;
        case QPDF::e_aesv3: method = QStringLiteral("AES-256"); break;
        case QPDF::e_none: method = Tr::tr("streams not encrypted"); break;
        case QPDF::e_unknown: method = Tr::tr("unknown method"); break;
        }
    }
    return Tr::tr("%1 (revision %2), opens without a password").arg(method).arg(r);
}

void addFinding(Assessment &a, Severity severity, const QString &code, const QString &message)
{
    a.findings.append({severity, code, message});
}

// QPDF's warnings while reading, as findings: at most kMaxParserWarningsShown of them, counted in
// `taken`. With `once`, a warning already taken is not repeated: the content checks read again
// objects the signature checks read before them.
struct ParserWarnings {
    int count = 0;
    QSet<QString> taken;
};

void takeParserWarnings(const QStringList &warnings, Assessment &a, ParserWarnings &taken, bool once = false)
{
    for (const QString &warning : warnings) {
        if (once && taken.taken.contains(warning))
            continue;
        taken.taken.insert(warning);
        if (taken.count++ < kMaxParserWarningsShown)
            addFinding(a, Severity::Warning, QStringLiteral("parser"), Tr::tr("While reading the file: %1").arg(warning));
    }
}

void takeParserWarnings(PdfDocument &document, Assessment &a, ParserWarnings &taken)
{
    takeParserWarnings(document.takeParserWarnings(), a, taken);
}

QString limitMessage(const LimitExceeded &e)
{
    switch (e.kind()) {
    case LimitExceeded::Kind::Time:
        return Tr::tr("The assessment was stopped because it took longer than the time limit; the results are incomplete.");
    case LimitExceeded::Kind::Memory:
        return Tr::tr("The assessment was stopped because the document's streams decode to more data than the limit allows (%1); the results are incomplete.")
            .arg(QString::fromUtf8(e.what()));
    case LimitExceeded::Kind::Depth:
        return Tr::tr("The assessment was stopped because objects are nested deeper than the limit; the results are incomplete.");
    case LimitExceeded::Kind::Cancelled:
        break;
    }
    return Tr::tr("The assessment was cancelled; the results are incomplete.");
}

void addFinding(Assessment &a, Severity severity, const QString &code, const QString &message);

void readIdentity(PdfDocument &document, Assessment &a, Budget &budget)
{
    QPDF &qpdf = document.qpdf();
    DocumentIdentity &id = a.identity;
    id.pdfVersion = QString::fromStdString(qpdf.getPDFVersion());
    // The catalog's /Version overrides the header when it is later (ISO 32000-1, 7.2.2).
    QPDFObjectHandle catalogVersion = document.root().getKey("/Version");
    if (catalogVersion.isName()) {
        const QString v = QString::fromStdString(catalogVersion.getName()).mid(1);
        if (v > id.pdfVersion)
            id.pdfVersion = v;
    }
    id.encrypted = qpdf.isEncrypted();
    id.encryption = encryptionText(qpdf);
    id.linearized = qpdf.isLinearized();
    budget.check();
    try {
        id.pageCount = int(QPDFPageDocumentHelper(qpdf).getAllPages().size());
    } catch (const std::exception &e) {
        addFinding(a, Severity::Error, QStringLiteral("page-tree"),
                   Tr::tr("The page tree cannot be read: %1").arg(QString::fromUtf8(e.what())));
    }

    QPDFObjectHandle info = document.trailer().getKey("/Info");
    if (info.isDictionary()) {
        id.title = pdfText(info.getKey("/Title"));
        id.producer = pdfText(info.getKey("/Producer"));
        id.creator = pdfText(info.getKey("/Creator"));
    }
}

void readClaim(PdfDocument &document, Assessment &a, Budget &budget)
{
    QPDFObjectHandle metadata = document.root().getKey("/Metadata");
    if (!metadata.isStream())
        return;
    QString problem;
    const std::optional<QByteArray> packet = document.decodedStream(metadata, budget, &problem);
    if (!packet) {
        addFinding(a, Severity::Warning, QStringLiteral("xmp-unreadable"),
                   Tr::tr("The XMP metadata stream cannot be decoded: %1.").arg(problem));
        return;
    }
    const XmpSummary xmp = readXmpSummary(*packet);
    if (!xmp.wellFormed) {
        addFinding(a, Severity::Warning, QStringLiteral("xmp-malformed"),
                   Tr::tr("The XMP metadata is not well-formed XML: %1.").arg(xmp.parseError));
    }
    a.pdfa.claim = xmp.pdfa;
    if (a.identity.title.isEmpty())
        a.identity.title = xmp.title;
    if (a.identity.producer.isEmpty())
        a.identity.producer = xmp.producer;
    if (a.identity.creator.isEmpty())
        a.identity.creator = xmp.creatorTool;
}

QString sha256Of(QByteArrayView bytes)
{
    return QString::fromLatin1(ossl::sha256(bytes).toHex());
}

} // namespace

QString Assessor::engineVersion()
{
    return QStringLiteral(GRANSKA_VERSION);
}

Assessment Assessor::assess(const QString &path, const AssessOptions &options, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    Assessment a;
    a.file = path;
    a.identity.fileName = QFileInfo(path).fileName();
    a.assessedAt = QDateTime::currentDateTimeUtc();
    a.engineVersion = engineVersion();

    PdfDocument::OpenResult opened = PdfDocument::open(path);
    if (!opened.document) {
        a.status = AssessmentStatus::Error;
        a.error = opened.message;
        QFileInfo info(path);
        if (info.isFile() && info.isReadable()) {
            a.identity.size = info.size();
            // Identify even a file that is not a readable PDF, so the history can recognise it.
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                QCryptographicHash hash(QCryptographicHash::Sha256);
                hash.addData(&file);
                a.identity.sha256 = QString::fromLatin1(hash.result().toHex());
            }
        }
        if (opened.error == PdfDocument::OpenError::PasswordRequired)
            a.identity.encrypted = true;
        a.durationMs = timer.elapsed();
        return a;
    }

    PdfDocument &document = *opened.document;
    Budget budget(options.limits, cancel);
    ParserWarnings parserWarnings;
    try {
        a.identity.size = document.bytes().size();
        const RevisionScan revisions = scanRevisions(document.bytes());
        a.revisions = revisions.revisions;
        for (const QString &problem : revisions.problems)
            addFinding(a, Severity::Warning, QStringLiteral("revisions"), problem);

        // First, before anything reads an object (QPDF reads the first one to tell whether the
        // file is linearized, and it often is a signature dictionary).
        const QList<QList<qint64>> byteRanges = rawByteRanges(document.bytes());
        readSignatureDictionaries(document, byteRanges);
        readIdentity(document, a, budget);
        if (a.identity.encrypted) {
            addFinding(a, Severity::Warning, QStringLiteral("encrypted"),
                       Tr::tr("The document is encrypted: %1.").arg(a.identity.encryption));
        }
        readClaim(document, a, budget);
        takeParserWarnings(document, a, parserWarnings);

        // The file's identity (taken after the try block too, should anything before stop the
        // assessment); its hashing states spare the signatures' byte ranges hashing it again.
        const ossl::FileDigests digests(document.bytes());
        a.identity.sha256 = QString::fromLatin1(digests.fileSha256().toHex());

        const SignatureAnalysis signatures = analyzeSignatures(document, a.revisions, options.signatures, budget, &digests, &byteRanges);
        a.signatures = signatures.signatures;
        a.findings += signatures.findings;
        takeParserWarnings(document, a, parserWarnings);

        // Before PDF/A validation, the longest part, so that a time limit there does not cost it.
        // Parser warnings met again here (objects the signature checks read) are not repeated.
        ActiveContentScan active = scanActiveContent(document, budget);
        a.activeContent = active.content;
        a.findings += active.findings;
        takeParserWarnings(document.takeParserWarnings(), a, parserWarnings, true);

        const ProfileChoice profile = chooseProfile(options.profile, a.pdfa.claim);
        a.pdfa.profile = profile.flavour;
        a.pdfa.origin = profile.origin;
        a.pdfa.note = profile.note;
        if (!profile.flavour.isEmpty())
            validatePdfa(document, a.revisions, profile.flavour, budget, a.pdfa);
        takeParserWarnings(document.takeParserWarnings(), a, parserWarnings, true);
    } catch (const LimitExceeded &e) {
        addFinding(a, Severity::Error, e.kind() == LimitExceeded::Kind::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("limit"),
                   limitMessage(e));
        if (e.kind() == LimitExceeded::Kind::Cancelled) {
            a.status = AssessmentStatus::Error;
            a.error = limitMessage(e);
        }
    } catch (const std::exception &e) {
        // QPDF throws on damage it cannot repair while objects are being resolved.
        a.status = AssessmentStatus::Error;
        a.error = Tr::tr("The document is damaged: %1").arg(QString::fromUtf8(e.what()));
    }
    if (a.identity.sha256.isEmpty())
        a.identity.sha256 = sha256Of(document.bytes());
    if (parserWarnings.count > kMaxParserWarningsShown) {
        addFinding(a, Severity::Warning, QStringLiteral("parser"),
                   Tr::tr("%n more warning(s) while reading the file were not listed.", nullptr, parserWarnings.count - kMaxParserWarningsShown));
    }
    a.durationMs = timer.elapsed();
    if (options.processEndsAfter)
        (void)opened.document.release(); // reclaimed when the process exits
    return a;
}

QStringList collectDocuments(const QStringList &paths)
{
    QStringList out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            out << path;
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
                found << file;
        }
        found.sort();
        out << found;
    }
    return out;
}

} // namespace granska
