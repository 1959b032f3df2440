#include "SignatureAnalyzer.h"

#include "ByteRange.h"
#include "CmsVerifier.h"
#include "OpenSsl.h"
#include "SecurityStore.h"
#include "SignatureValidator.h"
#include "pdf/ByteSearch.h"
#include "pdf/ObjectRevisions.h"
#include "Modifications.h"
#include "SignatureDictionaries.h"
#include "SignatureFields.h"
#include "pdf/PdfDate.h"
#include "pdf/PdfDocument.h"
#include "pdf/RevisionScanner.h"

#include <QCoreApplication>
#include <algorithm>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::SignatureAnalyzer)
};

QList<qint64> byteRangeOf(QPDFObjectHandle dictionary)
{
    QList<qint64> range;
    QPDFObjectHandle array = dictionary.getKey("/ByteRange");
    if (!array.isArray())
        return range;
    const int n = array.getArrayNItems();
    if (n > 64)
        return range; // no genuine signature needs more; treat as malformed
    for (int i = 0; i < n; ++i) {
        QPDFObjectHandle item = array.getArrayItem(i);
        if (!item.isInteger())
            return {};
        range.append(item.getIntValue());
    }
    return range;
}

QList<QByteArray> certificatesOf(QPDFObjectHandle dictionary)
{
    QList<QByteArray> out;
    QPDFObjectHandle cert = dictionary.getKey("/Cert");
    if (cert.isString()) {
        out.append(QByteArray::fromStdString(cert.getStringValue()));
    } else if (cert.isArray()) {
        for (QPDFObjectHandle item : cert.getArrayAsVector()) {
            if (item.isString())
                out.append(QByteArray::fromStdString(item.getStringValue()));
        }
    }
    return out;
}

// One signature as read and checked, with what validation needs beyond the SignatureInfo.
struct Analyzed {
    SignatureInfo info;
    CmsCheck cms;
    ByteRangeCheck range;
    QByteArray contents;
    bool typeDocTimeStamp = false;
};

Analyzed analyze(const SignatureField &field, PdfDocument &document, const QList<Revision> &revisions, const QList<qint64> &used,
                 const ossl::FileDigests *fileDigests)
{
    Analyzed analyzed;
    QPDFObjectHandle dictionary = field.value;
    SignatureInfo &info = analyzed.info;
    analyzed.typeDocTimeStamp = dictionary.getKey("/Type").isNameAndEquals("/DocTimeStamp");
    info.field = field.name;
    info.objectNumber = dictionary.isIndirect() ? dictionary.getObjectID() : 0;
    info.filter = pdfText(dictionary.getKey("/Filter"));
    info.subFilter = pdfText(dictionary.getKey("/SubFilter"));
    info.kind = (dictionary.getKey("/Type").isNameAndEquals("/DocTimeStamp") || info.subFilter == QLatin1String("ETSI.RFC3161"))
                    ? SignatureKind::DocumentTimestamp
                    : SignatureKind::Signature;
    info.claimedSigningTimeRaw = pdfText(dictionary.getKey("/M"));
    info.claimedSigningTime = parsePdfDate(info.claimedSigningTimeRaw);
    info.signerName = pdfText(dictionary.getKey("/Name"));
    info.reason = pdfText(dictionary.getKey("/Reason"));
    info.location = pdfText(dictionary.getKey("/Location"));
    info.contactInfo = pdfText(dictionary.getKey("/ContactInfo"));
    info.page = field.page;
    info.rect = field.rect;
    info.visible = field.visible;
    info.byteRange = byteRangeOf(dictionary);

    const QByteArrayView file = document.bytes();
    analyzed.range = checkByteRange(info.byteRange, file, used);
    const ByteRangeCheck &range = analyzed.range;
    if (!range.usable) {
        info.integrity = Integrity::Broken;
        info.integrityDetail = range.problem;
        analyzed.range.malformed = true;
        return analyzed;
    }
    const qint64 coveredEnd = info.byteRange[info.byteRange.size() - 2] + info.byteRange.back();
    info.coversWholeDocument = info.byteRange.size() == 4 && info.byteRange[0] == 0 && coveredEnd == file.size()
                               && range.gapContents.has_value();
    info.revision = revisionEndingAt(revisions, file, coveredEnd);

    // The signature value is read from the file's unsigned gap, where the ByteRange says it is; the
    // parsed /Contents is the fallback for unusual ranges. In encrypted files only the gap is right,
    // since /Contents of a signature is never encrypted.
    QByteArray &contents = analyzed.contents;
    if (range.gapContents)
        contents = *range.gapContents;
    else
        contents = QByteArray::fromStdString(dictionary.getKey("/Contents").isString() ? dictionary.getKey("/Contents").getStringValue() : std::string());
    if (contents.isEmpty() || contents.count('\0') == contents.size()) {
        info.integrity = Integrity::Unverifiable;
        info.integrityDetail = Tr::tr("The signature field holds no signature value: /Contents is empty.");
        return analyzed;
    }

    analyzed.cms = info.subFilter == QLatin1String("adbe.x509.rsa_sha1")
                               ? verifyX509RsaSha1(contents, certificatesOf(dictionary), range.signedBytes)
                               : verifyCmsSignature(contents, range.signedBytes, info.subFilter, fileDigests);
    const CmsCheck &check = analyzed.cms;
    info.integrity = check.integrity;
    info.integrityDetail = check.detail;
    if (!range.problem.isEmpty()) {
        // The cryptography may hold over bytes that are not the whole revision. Contradictory
        // ranges are never intact; unusual but consistent ones keep the cryptographic verdict and
        // say what they leave unsigned.
        if (range.malformed && info.integrity == Integrity::Intact)
            info.integrity = Integrity::Broken;
        info.integrityDetail = range.problem + QLatin1Char(' ') + info.integrityDetail;
    }
    info.digestAlgorithm = check.digestAlgorithm;
    info.signatureAlgorithm = check.signatureAlgorithm;
    info.signer = check.signer;
    info.certificates = check.certificates;
    info.cmsSigningTime = check.signingTime;
    info.timestamps = check.signatureTimestamps;
    return analyzed;
}

// Where the signed bytes end: the signatures' order in the file.
qint64 coveredEnd(const SignatureInfo &s)
{
    return s.byteRange.size() >= 2 ? s.byteRange[s.byteRange.size() - 2] + s.byteRange.back() : 0;
}

} // namespace

SignatureAnalysis analyzeSignatures(PdfDocument &document, const QList<Revision> &revisions, const SignatureOptions &options,
                                    const Budget &budget, const ossl::FileDigests *fileDigests, const QList<QList<qint64>> *byteRanges)
{
    SignatureAnalysis analysis;
    const QList<QList<qint64>> written = byteRanges ? *byteRanges : rawByteRanges(document.bytes());
    const SignatureFieldScan scan = findSignatureFields(document, budget);
    const QList<qint64> used = scan.signed_.isEmpty() ? QList<qint64>() : usedOffsets(document, revisions);
    QList<Analyzed> all;
    for (const SignatureField &field : scan.signed_) {
        budget.check();
        all.append(analyze(field, document, revisions, used, fileDigests));
    }
    // Signatures an earlier revision had but the final document no longer shows: a later update
    // removed the field, or the cross-reference chain no longer reaches that revision. Reading
    // earlier revisions costs a parse each, so it is done only when the file holds a byte range
    // that no signature of the final document has.
    const auto unaccounted = [&] {
        return std::any_of(written.cbegin(), written.cend(), [&](const QList<qint64> &range) {
            return std::none_of(all.cbegin(), all.cend(), [&](const Analyzed &a) { return a.info.byteRange == range; });
        });
    };
    // Revisions are read oldest first, and no further once every byte range written is accounted
    // for: later revisions could only show the same signatures again (a range met twice counts once).
    for (int i = 0; unaccounted() && i + 1 < revisions.size(); ++i) {
        budget.check();
        const QByteArrayView prefix = document.bytes().first(std::min<qint64>(revisions[i].end, document.bytes().size()));
        if (findBytes(prefix, "/ByteRange") < 0)
            continue;
        PdfDocument::OpenResult earlier = PdfDocument::openView(prefix, Tr::tr("revision %1").arg(revisions[i].index));
        if (!earlier.document)
            continue;
        try {
            // The signatures it holds alone are read there, with their values (see SignatureDictionaries.h).
            readSignatureDictionaries(*earlier.document, written);
            for (const SignatureField &field : findSignatureFieldsOfRevision(*earlier.document, document, budget).signed_) {
                const QList<qint64> range = byteRangeOf(field.value);
                const bool known = std::any_of(all.cbegin(), all.cend(), [&](const Analyzed &a) { return a.info.byteRange == range; });
                if (known || range.isEmpty())
                    continue;
                Analyzed a = analyze(field, *earlier.document, revisions.first(i + 1), usedOffsets(*earlier.document, revisions.first(i + 1)),
                                     fileDigests); // the revision's bytes are the file's first bytes
                a.info.integrityDetail += QLatin1Char(' ')
                                          + Tr::tr("This signature is in revision %1 but not in the final document: a later update removed it or made it unreachable.")
                                                .arg(revisions[i].index);
                a.info.warnings << Tr::tr("The signature is missing from the final document; it was found in revision %1.").arg(revisions[i].index);
                all.append(a);
            }
        } catch (const std::exception &) {
            // An earlier revision QPDF cannot read adds nothing.
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const Analyzed &a, const Analyzed &b) { return coveredEnd(a.info) < coveredEnd(b.info); });

    // What changed after each signature, judged against DocMDP and FieldMDP. The validator's
    // conclusion depends on it, so it comes first.
    {
        QList<SignatureInfo> infos;
        for (const Analyzed &a : std::as_const(all))
            infos.append(a.info);
        try {
            judgeModifications(document, revisions, infos, budget, &written);
        } catch (const LimitExceeded &e) {
            if (e.kind() == LimitExceeded::Kind::Cancelled)
                throw;
            analysis.findings.append({Severity::Warning, QStringLiteral("limit"),
                                      Tr::tr("The changes made after signing could not all be examined within the limits.")});
        }
        for (qsizetype i = 0; i < all.size(); ++i) {
            all[i].info.certificationLevel = infos[i].certificationLevel;
            all[i].info.modificationsAfter = infos[i].modificationsAfter;
            all[i].info.modifications = infos[i].modifications;
        }
    }

    // What the whole document contributes: its security store, its document timestamps, and the
    // permissions of its certification signature.
    DocumentEvidence evidence;
    for (const Analyzed &a : std::as_const(all)) {
        if (a.info.certificationLevel > 0) {
            evidence.certificationLevel = a.info.certificationLevel;
            evidence.certifiedUpTo = coveredEnd(a.info);
            break;
        }
    }
    if (!all.isEmpty()) {
        const ObjectRevisions objectRevisions(document, revisions);
        evidence.store = readSecurityStore(document, revisions, objectRevisions, budget);
    }
    for (const Analyzed &a : std::as_const(all)) {
        if (a.info.kind != SignatureKind::DocumentTimestamp)
            continue;
        DocumentEvidence::DocumentTimestamp t;
        t.info.type = TimestampInfo::Type::Document;
        t.info.time = a.info.cmsSigningTime;
        t.info.integrity = a.info.integrity;
        t.info.detail = a.info.integrityDetail;
        t.info.digestAlgorithm = a.info.digestAlgorithm;
        t.info.authority = a.info.signer;
        t.info.certificates = a.info.certificates;
        t.info.revision = a.info.revision;
        t.coveredEnd = coveredEnd(a.info);
        t.typeDocTimeStamp = a.typeDocTimeStamp;
        evidence.documentTimestamps.append(t);
    }
    // A document timestamp added after a signature also proves that signature existed then.
    for (Analyzed &a : all) {
        for (const DocumentEvidence::DocumentTimestamp &t : std::as_const(evidence.documentTimestamps))
            if (t.coveredEnd > coveredEnd(a.info))
                a.info.timestamps.append(t.info);
    }
    const TrustStore noTrust;
    const SignatureValidator validator(options.trust ? *options.trust : noTrust, options.policy);
    for (Analyzed &a : all) {
        budget.check();
        validator.validate(a.info, a.cms, a.range, a.contents, evidence);
        analysis.signatures.append(a.info);
    }
    for (const QString &problem : scan.problems)
        analysis.findings.append({Severity::Warning, QStringLiteral("form-loop"), problem});
    for (const UnsignedField &empty : scan.empty) {
        analysis.findings.append({Severity::Info, QStringLiteral("signature-field-empty"),
                                  Tr::tr("The signature field \"%1\" is empty: it has not been signed.").arg(empty.name)});
    }
    return analysis;
}

} // namespace granska
