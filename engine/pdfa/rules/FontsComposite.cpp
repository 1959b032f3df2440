// Composite fonts: ISO 19005-1 6.3.3 and 6.3.5 (CIDSet); ISO 19005-2/3 6.2.11.3 and 6.2.11.4.2 (CIDSet).
#include "Fonts.h"

#include "pdf/PdfDocument.h"
#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"
#include "pdfa/Validation.h"
#include "pdfa/fonts/CMap.h"
#include "pdfa/fonts/FontCache.h"
#include "pdfa/fonts/PredefinedCMaps.h"

#include <QCoreApplication>

namespace granska::pdfa {
namespace {

using fontrules::displayName;
using fontrules::nameOf;

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::Fonts)
};

template <bool (*Check)(const FontSubject &, Failure &, Validation &)>
bool whenShown(const FontSubject &font, Failure &failure, Validation &validation)
{
    if (!fontrules::showsText(font, validation))
        return true;
    failure.arg(displayName(font));
    return Check(font, failure, validation);
}

QByteArray stringOf(QPDFObjectHandle object)
{
    return object.isString() ? QByteArray::fromStdString(object.getStringValue()) : QByteArray();
}

bool isIdentity(const QByteArray &name)
{
    return name == "Identity-H" || name == "Identity-V";
}

// The CMap's name: the /Encoding name, or the /CMapName of an embedded CMap.
QByteArray cmapName(QPDFObjectHandle encoding)
{
    if (encoding.isName())
        return nameOf(encoding);
    if (encoding.isStream())
        return nameOf(encoding.getDict().getKey("/CMapName"));
    return {};
}

struct SystemInfo {
    std::optional<QByteArray> registry;
    std::optional<QByteArray> ordering;
    std::optional<long long> supplement;
};

SystemInfo systemInfoOf(QPDFObjectHandle info)
{
    if (info.isArray() && info.getArrayNItems() > 0)
        info = info.getArrayItem(0); // PDF 1.2 allowed an array
    SystemInfo result;
    if (!info.isDictionary())
        return result;
    if (info.getKey("/Registry").isString())
        result.registry = stringOf(info.getKey("/Registry"));
    if (info.getKey("/Ordering").isString())
        result.ordering = stringOf(info.getKey("/Ordering"));
    result.supplement = info.getKey("/Supplement").isInteger() ? info.getKey("/Supplement").getIntValue() : 0;
    return result;
}

SystemInfo cmapSystemInfo(QPDFObjectHandle encoding)
{
    if (encoding.isStream())
        return systemInfoOf(encoding.getDict().getKey("/CIDSystemInfo"));
    SystemInfo result;
    if (const fonts::PredefinedCMap *known = fonts::predefinedCMap(nameOf(encoding).constData())) {
        result.registry = QByteArray(known->registry);
        result.ordering = QByteArray(known->ordering);
        result.supplement = known->supplement;
    }
    return result;
}

QPDFObjectHandle descendantOf(const FontSubject &type0)
{
    QPDFObjectHandle descendants = type0.font.getKey("/DescendantFonts");
    if (descendants.isArray() && descendants.getArrayNItems() > 0 && descendants.getArrayItem(0).isDictionary())
        return descendants.getArrayItem(0);
    return QPDFObjectHandle::newDictionary();
}

// --- 6.3.3.1 / 6.2.11.3.1: CIDSystemInfo of the CIDFont and the CMap ----------------------------

bool systemInfoCompatible(const FontSubject &font, Failure &failure, bool supplementToo)
{
    if (font.subtype != "Type0")
        return true;
    QPDFObjectHandle encoding = font.font.getKey("/Encoding");
    if (isIdentity(cmapName(encoding)))
        return true;
    const SystemInfo cidFont = systemInfoOf(descendantOf(font).getKey("/CIDSystemInfo"));
    const SystemInfo cmap = cmapSystemInfo(encoding);
    auto describe = [](const SystemInfo &info) {
        return QStringLiteral("%1-%2-%3")
            .arg(QString::fromLatin1(info.registry.value_or("?")), QString::fromLatin1(info.ordering.value_or("?")))
            .arg(info.supplement.value_or(0));
    };
    failure.arg(describe(cidFont)).arg(describe(cmap));
    if (!cidFont.registry || !cidFont.ordering || cidFont.registry != cmap.registry || cidFont.ordering != cmap.ordering)
        return false;
    return !supplementToo || (cidFont.supplement && cmap.supplement && *cidFont.supplement <= *cmap.supplement);
}

bool systemInfoPart1(const FontSubject &font, Failure &failure, Validation &)
{
    return systemInfoCompatible(font, failure, false);
}

bool systemInfoPart23(const FontSubject &font, Failure &failure, Validation &)
{
    return systemInfoCompatible(font, failure, true);
}

// --- 6.3.3.2 / 6.2.11.3.2: CIDToGIDMap of Type 2 CIDFonts ---------------------------------------

bool hasCidToGidMap(const FontSubject &font)
{
    QPDFObjectHandle map = font.font.getKey("/CIDToGIDMap");
    return map.isStream() || map.isNameAndEquals("/Identity");
}

bool cidToGidMapPart1(const FontSubject &font, Failure &, Validation &validation)
{
    return font.subtype != "CIDFontType2" || hasCidToGidMap(font) || !fontrules::rendersText(font, validation);
}

bool cidToGidMapPart23(const FontSubject &font, Failure &, Validation &)
{
    if (font.subtype != "CIDFontType2" || hasCidToGidMap(font))
        return true;
    QPDFObjectHandle descriptor = font.font.getKey("/FontDescriptor");
    const bool embedded = descriptor.isDictionary() &&
                          (descriptor.getKey("/FontFile").isStream() || descriptor.getKey("/FontFile2").isStream() ||
                           descriptor.getKey("/FontFile3").isStream());
    return !embedded;
}

// --- 6.3.3.3 / 6.2.11.3.3: CMaps ---------------------------------------------------------------

bool cmapEmbeddedPart1(const FontSubject &font, Failure &failure, Validation &)
{
    if (font.subtype != "Type0")
        return true;
    QPDFObjectHandle encoding = font.font.getKey("/Encoding");
    failure.arg(QString::fromLatin1(nameOf(encoding)));
    return encoding.isStream() || isIdentity(nameOf(encoding));
}

bool cmapEmbeddedPart23(const FontSubject &font, Failure &failure, Validation &)
{
    if (font.subtype != "Type0")
        return true;
    QPDFObjectHandle encoding = font.font.getKey("/Encoding");
    failure.arg(QString::fromLatin1(nameOf(encoding)));
    return encoding.isStream() || fonts::predefinedCMap(nameOf(encoding).constData()) != nullptr;
}

bool cmapWritingModeConsistent(const FontSubject &font, Failure &failure, Validation &validation)
{
    if (font.subtype != "Type0")
        return true;
    QPDFObjectHandle encoding = font.font.getKey("/Encoding");
    if (!encoding.isStream())
        return true;
    QPDFObjectHandle dictMode = encoding.getDict().getKey("/WMode");
    const long long inDictionary = dictMode.isInteger() ? dictMode.getIntValue() : 0;
    const std::optional<QByteArray> data = validation.document().decodedStream(encoding, validation.budget());
    if (!data)
        return true;
    const int inProgram = fonts::CMap::parse(*data).writingMode().value_or(0);
    failure.arg(inDictionary).arg(qint64(inProgram));
    return inDictionary == inProgram;
}

// ISO 19005-2 6.2.11.3.3: a CMap may build only on the predefined CMaps.
bool cmapReferencesPredefinedOnly(const FontSubject &font, Failure &failure, Validation &validation)
{
    if (font.subtype != "Type0")
        return true;
    QPDFObjectHandle encoding = font.font.getKey("/Encoding");
    if (!encoding.isStream())
        return true;
    QList<QByteArray> referenced;
    QPDFObjectHandle useCMap = encoding.getDict().getKey("/UseCMap");
    if (useCMap.isName() || useCMap.isStream())
        referenced.append(cmapName(useCMap));
    if (const std::optional<QByteArray> data = validation.document().decodedStream(encoding, validation.budget())) {
        const QByteArray used = fonts::CMap::parse(*data).usedCMap();
        if (!used.isEmpty())
            referenced.append(used);
    }
    for (const QByteArray &name : referenced) {
        if (!fonts::predefinedCMap(name.constData())) {
            failure.arg(name.isEmpty() ? Tr::tr("(unnamed)") : QString::fromLatin1(name));
            return false;
        }
    }
    return true;
}

// --- 6.3.5 t3 / 6.2.11.4.2 t2: CIDSet of CIDFont subsets ----------------------------------------

bool isCidSubset(const FontSubject &font)
{
    return (font.subtype == "CIDFontType0" || font.subtype == "CIDFontType2") &&
           fontrules::isSubsetName(nameOf(font.font.getKey("/BaseFont")));
}

std::optional<QByteArray> cidSetOf(const FontSubject &font, Validation &validation)
{
    QPDFObjectHandle descriptor = font.font.getKey("/FontDescriptor");
    QPDFObjectHandle cidSet = descriptor.isDictionary() ? descriptor.getKey("/CIDSet") : QPDFObjectHandle::newNull();
    if (!cidSet.isStream())
        return std::nullopt;
    return validation.document().decodedStream(cidSet, validation.budget()).value_or(QByteArray());
}

bool bitSet(const QByteArray &bits, quint32 cid)
{
    const qsizetype byte = qsizetype(cid / 8);
    return byte < bits.size() && (quint8(bits[byte]) & (0x80 >> (cid % 8)));
}

// ISO 19005-1: a CIDFont subset has a CIDSet listing (at least) the CIDs the document uses.
bool cidSetListsUsedCids(const FontSubject &font, Failure &failure, Validation &validation)
{
    if (!isCidSubset(font))
        return true;
    const std::optional<QByteArray> bits = cidSetOf(font, validation);
    if (!bits) {
        failure.arg(QStringLiteral("-"));
        return false;
    }
    const fonts::FontUse *use = validation.cache<fonts::FontCache>().use(font.parent, validation);
    if (!use)
        return true;
    for (const fonts::CodeUse &code : use->codes) {
        const fonts::GlyphFacts facts = use->model->glyph(code.code, 1);
        if (facts.cid && *facts.cid != 0 && facts.present.value_or(false) && !bitSet(*bits, *facts.cid)) {
            failure.arg(qint64(*facts.cid));
            return false;
        }
    }
    return true;
}

// ISO 19005-2/3: a CIDSet, when given, identifies exactly the CIDs the embedded program has.
bool cidSetMatchesProgram(const FontSubject &font, Failure &failure, Validation &validation)
{
    if (!isCidSubset(font))
        return true;
    const std::optional<QByteArray> bits = cidSetOf(font, validation);
    const fonts::PdfFont *model = fontrules::modelOf(font, validation);
    if (!bits || !model || !model->program())
        return true;
    for (const fonts::PdfFont::ProgramCid &cid : model->programCids()) {
        if (cid.hasData && !bitSet(*bits, cid.cid)) {
            failure.arg(qint64(cid.cid));
            return false;
        }
    }
    // And no CID the program lacks (CID 0, .notdef, is always there).
    const quint32 bitCount = quint32(std::min<qsizetype>(bits->size(), 65536 / 8) * 8);
    for (quint32 cid = 1; cid < bitCount; ++cid) {
        if (bitSet(*bits, cid) && !model->programGlyphOfCid(cid)) {
            failure.arg(qint64(cid));
            return false;
        }
    }
    return true;
}

#define RULE_TEXT(text) QT_TRANSLATE_NOOP("granska::pdfa::Rule", text)

const Rule<FontSubject> kCompositeFontRules[] = {
    // ISO 19005-1
    {P1, "6.3.3.1", 1, AnyLevel, RULE_TEXT("The composite font %1 has a CIDFont of the character collection %2 but a CMap of %3; Registry and Ordering must agree."), whenShown<systemInfoPart1>},
    {P1, "6.3.3.2", 1, AnyLevel, RULE_TEXT("The Type 2 CIDFont %1 is used to draw text but has no CIDToGIDMap (a stream or Identity)."), whenShown<cidToGidMapPart1>},
    {P1, "6.3.3.3", 1, AnyLevel, RULE_TEXT("The composite font %1 uses the CMap %2 without embedding it; only Identity-H and Identity-V may be named."), whenShown<cmapEmbeddedPart1>},
    {P1, "6.3.3.3", 2, AnyLevel, RULE_TEXT("The embedded CMap of the composite font %1 has WMode %2 in its dictionary but %3 in its program."), whenShown<cmapWritingModeConsistent>},
    {P1, "6.3.5", 3, AnyLevel, RULE_TEXT("The CIDFont subset %1 has no CIDSet, or its CIDSet does not include the CID %2 that the document uses."), whenShown<cidSetListsUsedCids>},

    // ISO 19005-2 and -3
    {P23, "6.2.11.3.1", 1, AnyLevel, RULE_TEXT("The composite font %1 has a CIDFont of the character collection %2 but a CMap of %3; Registry and Ordering must agree and the CIDFont's Supplement may not exceed the CMap's."), whenShown<systemInfoPart23>},
    {P23, "6.2.11.3.2", 1, AnyLevel, RULE_TEXT("The embedded Type 2 CIDFont %1 has no CIDToGIDMap (a stream or Identity)."), whenShown<cidToGidMapPart23>},
    {P23, "6.2.11.3.3", 1, AnyLevel, RULE_TEXT("The composite font %1 uses the CMap %2 without embedding it, and it is not one of the predefined CMaps of ISO 32000-1."), whenShown<cmapEmbeddedPart23>},
    {P23, "6.2.11.3.3", 2, AnyLevel, RULE_TEXT("The embedded CMap of the composite font %1 has WMode %2 in its dictionary but %3 in its program."), whenShown<cmapWritingModeConsistent>},
    {P23, "6.2.11.3.3", 3, AnyLevel, RULE_TEXT("The embedded CMap of the composite font %1 builds on the CMap %2, which is not one of the predefined CMaps of ISO 32000-1."), whenShown<cmapReferencesPredefinedOnly>},
    {P23, "6.2.11.4.2", 2, AnyLevel, RULE_TEXT("The CIDSet of the CIDFont subset %1 does not match its embedded program at CID %2."), whenShown<cidSetMatchesProgram>},
};

} // namespace

void registerCompositeFontRules(Registry &registry)
{
    registry.add(kCompositeFontRules);
}

} // namespace granska::pdfa
