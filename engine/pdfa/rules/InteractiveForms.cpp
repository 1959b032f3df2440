// Interactive forms and signatures: ISO 19005-1 6.9 t1; ISO 19005-2/3 6.4.1 t3, 6.4.2, 6.4.3.
#include "Interactive.h"

#include "pdf/PdfDocument.h"
#include "pdf/RevisionScanner.h"
#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"
#include "pdfa/Validation.h"
#include "signatures/ByteRange.h"
#include "signatures/CmsVerifier.h"
#include "signatures/SignatureFields.h"

#include <QCoreApplication>

namespace granska::pdfa {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::Forms)
};

// A signature dictionary of a signed field, with its byte range judged against the file.
struct SignatureSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle dictionary;
    bool coversRevision = false; // from the file's start to the end of a revision, skipping only /Contents
    CmsStructure cms;
};

bool needAppearancesNotSet(const AcroFormSubject &form, Failure &)
{
    QPDFObjectHandle need = form.acroForm.getKey("/NeedAppearances");
    return !(need.isBool() && need.getBoolValue());
}

// 6.4.2 t1: no XFA forms, whose rendering depends on the viewer.
bool noXfa(const AcroFormSubject &form, Failure &)
{
    return !form.acroForm.hasKey("/XFA");
}

const Rule<AcroFormSubject> kAcroFormRules[] = {
    {P1, "6.9", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The interactive form asks viewers to regenerate field appearances (NeedAppearances is true)."), needAppearancesNotSet},
    {P23, "6.4.1", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The interactive form asks viewers to regenerate field appearances (NeedAppearances is true)."), needAppearancesNotSet},
    {P23, "6.4.2", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The interactive form contains an XFA form."), noXfa},
};

// 6.4.2 t2: the document must not depend on XFA rendering.
bool doesNotNeedRendering(const CatalogSubject &c, Failure &)
{
    QPDFObjectHandle needs = c.catalog.getKey("/NeedsRendering");
    return !(needs.isBool() && needs.getBoolValue());
}

const Rule<CatalogSubject> kCatalogFormRules[] = {
    {P23, "6.4.2", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The document catalog says the document needs rendering by an XFA processor (NeedsRendering is true)."), doesNotNeedRendering},
};

bool byteRangeCoversRevision(const SignatureSubject &s, Failure &)
{
    return s.coversRevision;
}

bool signerCertificatePresent(const SignatureSubject &s, Failure &)
{
    return !s.cms.readable || s.cms.signerInfoCount == 0 || s.cms.signerCertificatePresent;
}

bool oneSigner(const SignatureSubject &s, Failure &f)
{
    f.arg(qint64(s.cms.signerInfoCount));
    return !s.cms.readable || s.cms.signerInfoCount == 1;
}

const Rule<SignatureSubject> kSignatureRules[] = {
    {P23, "6.4.3", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A signature's byte range does not cover the whole file up to the end of its revision, apart from the signature value itself."), byteRangeCoversRevision},
    {P23, "6.4.3", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A signature does not include the signer's certificate."), signerCertificatePresent},
    {P23, "6.4.3", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A signature has %1 signers; exactly one is required."), oneSigner},
};

} // namespace

void registerFormRules(Registry &registry)
{
    registry.add(kAcroFormRules);
    registry.add(kCatalogFormRules);
    registry.add(kSignatureRules);
}

void produceSignatures(Validation &v)
{
    if (!v.wants<SignatureSubject>())
        return;
    const QByteArrayView file = v.document().bytes();
    // Signature fields of the interactive form, as the PDF/A signature rules mean them (a usage-rights
    // signature reachable only from /Perms is not one).
    for (SignatureField field : findSignatureFields(v.document(), v.budget(), false).signed_) {
        SignatureSubject subject;
        subject.dictionary = field.value;
        subject.where = v.locate(field.value.isIndirect() ? field.value.getObjGen() : QPDFObjGen(), field.page,
                                 Tr::tr("signature field %1").arg(field.name));
        QList<qint64> range;
        QPDFObjectHandle array = field.value.getKey("/ByteRange");
        if (array.isArray() && array.getArrayNItems() == 4) {
            for (QPDFObjectHandle n : array.getArrayAsVector())
                range.append(n.isInteger() ? n.getIntValue() : -1);
        }
        const ByteRangeCheck check = checkByteRange(range, file);
        subject.coversRevision = range.size() == 4 && check.usable && check.problem.isEmpty() && check.gapContents
                                 && revisionEndingAt(v.revisions(), file, range[2] + range[3]) > 0;
        if (check.gapContents)
            subject.cms = inspectCms(*check.gapContents);
        v.check(subject);
    }
}

} // namespace granska::pdfa
