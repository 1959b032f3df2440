#include "PdfDocument.h"

#include "FlateDecoder.h"
#include "QpdfCrypto.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <qpdf/Buffer.hh>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDFExc.hh>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::PdfDocument)
};

// Collects decoded stream data and stops at a byte limit. QPDF swallows exceptions thrown from
// pipelines, so the limit is reported through a flag that the caller checks afterwards.
class LimitedSink : public Pipeline {
public:
    LimitedSink(QByteArray &out, qint64 limit) : Pipeline("granska-limited-sink", nullptr), m_out(out), m_limit(limit) {}

    void write(unsigned char const *data, size_t length) override
    {
        if (m_exceeded)
            return;
        if (m_out.size() + qint64(length) > m_limit) {
            m_exceeded = true;
            throw std::length_error("decoded stream exceeds the limit");
        }
        m_out.append(reinterpret_cast<const char *>(data), qsizetype(length));
    }
    void finish() override {}
    bool exceeded() const { return m_exceeded; }

private:
    QByteArray &m_out;
    qint64 m_limit;
    bool m_exceeded = false;
};

bool hasPdfHeader(QByteArrayView bytes)
{
    // ISO 32000 wants the header at offset 0; readers accept it within the first kilobyte.
    return bytes.first(std::min<qsizetype>(bytes.size(), 1024)).indexOf(QByteArrayView("%PDF-")) >= 0;
}

} // namespace

PdfDocument::OpenResult PdfDocument::open(const QString &path)
{
    OpenResult result;
    std::unique_ptr<PdfDocument> document(new PdfDocument);
    document->m_file.setFileName(path);
    const QFileInfo info(path);
    if (info.isDir() || !document->m_file.open(QIODevice::ReadOnly)) {
        result.error = OpenError::Unreadable;
        // The common causes in the user's language; the system's own (English) words otherwise.
        if (!info.exists())
            result.message = Tr::tr("The file cannot be read: it does not exist (moved, renamed or deleted?).");
        else if (info.isDir())
            result.message = Tr::tr("The file cannot be read: it is a folder.");
        else if (!info.isReadable())
            result.message = Tr::tr("The file cannot be read: you do not have permission to read it.");
        else
            result.message = Tr::tr("The file cannot be read: %1").arg(document->m_file.errorString());
        return result;
    }
    const qint64 size = document->m_file.size();
    if (size == 0) {
        result.error = OpenError::Empty;
        result.message = Tr::tr("The file is empty.");
        return result;
    }
    if (uchar *mapped = document->m_file.map(0, size)) {
        document->m_bytes = QByteArrayView(reinterpret_cast<const char *>(mapped), size);
    } else {
        document->m_ownedBytes = document->m_file.readAll();
        document->m_bytes = document->m_ownedBytes;
    }
    return parse(std::move(document), path);
}

PdfDocument::OpenResult PdfDocument::openBytes(const QByteArray &bytes, const QString &name)
{
    std::unique_ptr<PdfDocument> document(new PdfDocument);
    document->m_ownedBytes = bytes;
    document->m_bytes = document->m_ownedBytes;
    if (bytes.isEmpty()) {
        OpenResult result;
        result.error = OpenError::Empty;
        result.message = Tr::tr("The file is empty.");
        return result;
    }
    return parse(std::move(document), name);
}

PdfDocument::OpenResult PdfDocument::openView(QByteArrayView bytes, const QString &name)
{
    std::unique_ptr<PdfDocument> document(new PdfDocument);
    document->m_bytes = bytes;
    if (bytes.isEmpty()) {
        OpenResult result;
        result.error = OpenError::Empty;
        result.message = Tr::tr("The file is empty.");
        return result;
    }
    return parse(std::move(document), name);
}

PdfDocument::OpenResult PdfDocument::parse(std::unique_ptr<PdfDocument> document, const QString &name)
{
    OpenResult result;
    const qint64 size = document->m_bytes.size();
    if (!hasPdfHeader(document->m_bytes)) {
        result.error = OpenError::NotPdf;
        result.message = Tr::tr("The file is not a PDF document: it has no %PDF- header.");
        return result;
    }

    useOpenSslForQpdf();
    document->m_qpdf = std::make_unique<QPDF>();
    QPDF &qpdf = *document->m_qpdf;
    qpdf.setSuppressWarnings(true);
    qpdf.setAttemptRecovery(true);
    try {
        qpdf.processMemoryFile(name.toUtf8().constData(), document->m_bytes.data(), size_t(size));
    } catch (const QPDFExc &e) {
        if (e.getErrorCode() == qpdf_e_password) {
            result.error = OpenError::PasswordRequired;
            result.message = Tr::tr("The document is encrypted with a password that is needed to open it.");
        } else {
            result.error = OpenError::Damaged;
            result.message = Tr::tr("The document is damaged beyond repair: %1").arg(QString::fromStdString(e.getMessageDetail()));
        }
        return result;
    } catch (const std::exception &e) {
        result.error = OpenError::Damaged;
        result.message = Tr::tr("The document is damaged beyond repair: %1").arg(QString::fromUtf8(e.what()));
        return result;
    }
    result.document = std::move(document);
    return result;
}

PdfDocument::~PdfDocument() = default;

QStringList PdfDocument::takeParserWarnings()
{
    QStringList out;
    if (!m_qpdf)
        return out;
    // getWarnings() clears QPDF's list, so it is safe to call repeatedly.
    for (const QPDFExc &warning : m_qpdf->getWarnings())
        out << QString::fromStdString(warning.what());
    return out;
}

std::optional<QByteArray> PdfDocument::decodedStream(QPDFObjectHandle stream, Budget &budget, QString *problem)
{
    budget.check();
    if (!stream.isStream()) {
        if (problem)
            *problem = Tr::tr("not a stream");
        return std::nullopt;
    }
    const QPDFObjGen id = stream.getObjGen();
    if (const auto cached = m_decoded.constFind(id); cached != m_decoded.cend()) {
        // Kept under one caller's limits; another's may be tighter.
        if (cached->data && cached->data->size() > budget.limits().maxDecodedStreamBytes)
            throw LimitExceeded(LimitExceeded::Kind::Memory, "stream " + std::to_string(stream.getObjectID()) + " decodes to more than the limit");
        if (problem)
            *problem = cached->problem;
        return cached->data;
    }
    QString why;
    std::optional<QByteArray> data = decode(stream, budget, &why);
    if (problem)
        *problem = why;
    if (stream.isIndirect() && m_decodedBytes + (data ? data->size() : 0) <= kMaxCachedDecodedBytes) {
        m_decoded.insert(id, {data, why});
        m_decodedBytes += data ? data->size() : 0;
    }
    return data;
}

std::optional<QByteArray> PdfDocument::decode(QPDFObjectHandle stream, Budget &budget, QString *problem)
{
    // Flate data is decoded without QPDF's pipelines when it is clean (see FlateDecoder.h).
    // Encrypted documents are left to QPDF, whose crypt filters this does not repeat.
    if (!m_qpdf->isEncrypted()) {
        if (const std::optional<FlateParameters> flate = plainFlateParameters(stream)) {
            std::optional<QByteArray> fast;
            try {
                const std::shared_ptr<Buffer> raw = stream.getRawStreamData();
                fast = decodeFlate(QByteArrayView(raw->getBuffer(), qsizetype(raw->getSize())), *flate,
                                   budget.limits().maxDecodedStreamBytes);
            } catch (const std::exception &) {
                // unreadable raw data: QPDF's own decoding below says so
            }
            if (fast) {
                budget.spendDecodedBytes(fast->size());
                return fast;
            }
        }
    }
    QPDFObjectHandle filters = stream.getDict().getKey("/Filter");
    const bool hasFilters = filters.isName() || (filters.isArray() && filters.getArrayNItems() > 0);
    QByteArray data;
    if (!hasFilters) {
        // Unfiltered data (the certificates, CRLs and OCSP responses of a security store) is as
        // long as /Length says: one buffer, rather than one grown chunk by chunk. A /Length
        // beyond the file or the limit is not believed.
        QPDFObjectHandle length = stream.getDict().getKey("/Length");
        if (length.isInteger() && length.getIntValue() > 0 && length.getIntValue() <= m_bytes.size()
            && length.getIntValue() <= budget.limits().maxDecodedStreamBytes)
            data.reserve(qsizetype(length.getIntValue()));
    }
    LimitedSink sink(data, budget.limits().maxDecodedStreamBytes);
    bool filtered = false;
    bool ok = false;
    try {
        ok = stream.pipeStreamData(&sink, &filtered, 0, qpdf_dl_specialized, true, false);
    } catch (const std::exception &) {
        ok = false;
    }
    if (sink.exceeded()) {
        throw LimitExceeded(LimitExceeded::Kind::Memory,
                            "stream " + std::to_string(stream.getObjectID()) + " decodes to more than the limit");
    }
    budget.spendDecodedBytes(data.size());
    if (!ok || (hasFilters && !filtered)) {
        if (problem)
            *problem = ok ? Tr::tr("its filter is not supported") : Tr::tr("its data is corrupt");
        return std::nullopt;
    }
    return data;
}

QString pdfText(QPDFObjectHandle object)
{
    if (object.isString())
        return QString::fromStdString(object.getUTF8Value());
    if (object.isName())
        return QString::fromStdString(object.getName()).mid(1);
    return {};
}

} // namespace granska
