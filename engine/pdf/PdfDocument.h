// One PDF file opened for assessment: its raw bytes (memory-mapped, read-only) and QPDF's object
// graph over those same bytes. The file on disk is never written.
#pragma once

#include "Limits.h"
#include "ObjGenHash.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

namespace granska {

class PdfDocument {
public:
    enum class OpenError { None, Unreadable, Empty, NotPdf, PasswordRequired, Damaged };

    struct OpenResult {
        std::unique_ptr<PdfDocument> document; // null on failure
        OpenError error = OpenError::None;
        QString message; // plain words, for the reader
    };

    // Opens the file read-only. Bytes come from a memory map where possible, so that hashing and
    // byte-range checks do not copy the file.
    static OpenResult open(const QString &path);
    // Opens a document held in memory (an embedded file, say); `name` names it in messages.
    static OpenResult openBytes(const QByteArray &bytes, const QString &name);
    // Opens bytes owned by someone else, without copying them (an earlier revision of an open
    // document, say); they must outlive the returned document.
    static OpenResult openView(QByteArrayView bytes, const QString &name);

    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    QByteArrayView bytes() const { return m_bytes; }
    QPDF &qpdf() { return *m_qpdf; }
    QPDFObjectHandle root() { return m_qpdf->getRoot(); }
    QPDFObjectHandle trailer() { return m_qpdf->getTrailer(); }

    // Warnings QPDF gave while reading (repaired cross-reference tables, bad objects), in the order
    // they arose. Only new ones since the last call are returned.
    QStringList takeParserWarnings();

    // The stream's data with its filters removed, within the budget's limits. Returns nullopt when a
    // filter is unsupported or the data is corrupt; *problem then says why. Throws LimitExceeded
    // when the decoded data would exceed the limits.
    // Results are kept (up to a bound), since several checks read the same streams: a page's
    // content is read by the PDF/A rules for operators, colour, fonts and limits.
    std::optional<QByteArray> decodedStream(QPDFObjectHandle stream, Budget &budget, QString *problem = nullptr);

private:
    PdfDocument() = default;
    static OpenResult parse(std::unique_ptr<PdfDocument> document, const QString &name);
    std::optional<QByteArray> decode(QPDFObjectHandle stream, Budget &budget, QString *problem);

    struct Decoded {
        std::optional<QByteArray> data;
        QString problem;
    };
    static constexpr qint64 kMaxCachedDecodedBytes = 32 * 1024 * 1024;
    QHash<QPDFObjGen, Decoded> m_decoded; // indirect streams by object
    qint64 m_decodedBytes = 0;

    QFile m_file;
    QByteArray m_ownedBytes; // used only when the file cannot be memory-mapped
    QByteArrayView m_bytes;
    std::unique_ptr<QPDF> m_qpdf;
};

// Text of a PDF string or name object as Unicode (PDFDocEncoding or UTF-16); empty for others.
QString pdfText(QPDFObjectHandle object);

} // namespace granska
