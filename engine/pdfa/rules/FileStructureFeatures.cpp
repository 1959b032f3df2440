// Document features within clause 6.1: stream filters (PDF/A-1 6.1.10, PDF/A-2/3 6.1.7.2) and
// inline image filters (PDF/A-2/3 6.1.10), names that must be UTF-8 (PDF/A-2/3 6.1.8), embedded
// files and optional content in PDF/A-1 (6.1.11, 6.1.13), permissions and signature references
// in PDF/A-2/3 (6.1.12).
#include "FileStructure.h"

#include "pdf/ObjGenHash.h"
#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"
#include "pdfa/Validation.h"

#include <QCoreApplication>
#include <QSet>
#include <qpdf/QPDF.hh>

namespace granska::pdfa {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::FileStructure)
};

constexpr int kMaxTreeNodes = 1000000;

QByteArray nameOf(QPDFObjectHandle object)
{
    return object.isName() ? QByteArray::fromStdString(object.getName()).mid(1) : QByteArray();
}

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        const uchar c = uchar(bytes[i]);
        int extra = 0;
        char32_t value = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xc2 && c <= 0xdf) {
            extra = 1;
            value = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            extra = 2;
            value = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            extra = 3;
            value = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= bytes.size())
            return false;
        for (int k = 1; k <= extra; ++k) {
            const uchar cc = uchar(bytes[i + k]);
            if ((cc & 0xc0) != 0x80)
                return false;
            value = (value << 6) | (cc & 0x3f);
        }
        if ((extra == 2 && value < 0x800) || (extra == 3 && value < 0x10000) || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
            return false;
        i += extra + 1;
    }
    return true;
}

QString shown(const QByteArray &name)
{
    QString text;
    for (char c : name.left(60)) {
        const uchar u = uchar(c);
        text += (u > 0x20 && u < 0x7f && u != '#') ? QChar::fromLatin1(c) : QStringLiteral("#%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return text;
}

// --- filters -------------------------------------------------------------------------------------

bool notLzw(const StreamFilterSubject &s, Failure &f)
{
    if (s.filter != "LZWDecode")
        return true;
    f.arg(QString::fromLatin1(s.filter));
    return false;
}

bool permittedStreamFilter(const StreamFilterSubject &s, Failure &f)
{
    static const QSet<QByteArray> permitted = {"ASCIIHexDecode", "ASCII85Decode", "FlateDecode", "RunLengthDecode",
                                               "CCITTFaxDecode", "JBIG2Decode", "DCTDecode", "JPXDecode"};
    if (permitted.contains(s.filter) || (s.filter == "Crypt" && s.cryptFilterName == "Identity"))
        return true;
    f.arg(s.filter == "Crypt" ? QStringLiteral("Crypt (%1)").arg(QString::fromLatin1(s.cryptFilterName)) : shown(s.filter));
    return false;
}

QList<QByteArray> inlineFilters(const ImageSubject &s)
{
    QList<QByteArray> names;
    if (!s.isInline || !s.image.isDictionary())
        return names;
    QPDFObjectHandle filter = s.image.getKey("/Filter");
    if (filter.isName())
        names << nameOf(filter);
    else if (filter.isArray())
        for (QPDFObjectHandle item : filter.getArrayAsVector())
            names << (item.isName() ? nameOf(item) : QByteArray("?"));
    return names;
}

bool inlineNotLzw(const ImageSubject &s, Failure &)
{
    for (const QByteArray &name : inlineFilters(s))
        if (name == "LZWDecode" || name == "LZW")
            return false;
    return true;
}

bool permittedInlineFilters(const ImageSubject &s, Failure &f)
{
    static const QSet<QByteArray> permitted = {"ASCIIHexDecode", "ASCII85Decode", "FlateDecode", "RunLengthDecode", "CCITTFaxDecode",
                                               "DCTDecode", "AHx", "A85", "Fl", "RL", "CCF", "DCT"};
    for (const QByteArray &name : inlineFilters(s)) {
        if (!permitted.contains(name)) {
            f.arg(shown(name));
            return false;
        }
    }
    return true;
}

// --- names that must be UTF-8 (PDF/A-2 and -3) ----------------------------------------------------

bool unicodeName(const UnicodeNameSubject &s, Failure &f)
{
    if (isValidUtf8(s.name))
        return true;
    f.arg(shown(s.name));
    return false;
}

bool fontNameIsUtf8(const FontSubject &s, Failure &f)
{
    const QByteArray name = nameOf(s.font.getKey("/BaseFont"));
    if (isValidUtf8(name))
        return true;
    f.arg(shown(name));
    return false;
}

bool colourantNamesAreUtf8(const ColourSpaceSubject &s, Failure &f)
{
    if (!s.space.isArray() || s.space.getArrayNItems() < 2)
        return true;
    QList<QByteArray> names;
    QPDFObjectHandle item = s.space.getArrayItem(1);
    if (s.family == "Separation" && item.isName())
        names << nameOf(item);
    else if (s.family == "DeviceN" && item.isArray())
        for (QPDFObjectHandle name : item.getArrayAsVector())
            names << nameOf(name);
    for (const QByteArray &name : names) {
        if (!isValidUtf8(name)) {
            f.arg(shown(name));
            return false;
        }
    }
    return true;
}

// --- embedded files and optional content (PDF/A-1) ------------------------------------------------

bool noEmbeddedFileInSpecification(const CosDictSubject &s, Failure &)
{
    // EF is defined only for file specification dictionaries, where it holds the embedded files.
    return !s.dict.hasKey("/EF") || !s.dict.getKey("/EF").isDictionary();
}

bool noEmbeddedFilesTree(const CatalogSubject &s, Failure &)
{
    QPDFObjectHandle names = s.catalog.getKey("/Names");
    return !names.isDictionary() || !names.hasKey("/EmbeddedFiles");
}

bool noOptionalContent(const CatalogSubject &s, Failure &)
{
    return !s.catalog.hasKey("/OCProperties");
}

// --- permissions (PDF/A-2 and -3) -----------------------------------------------------------------

bool permissionsOnlyDocMdpAndUr3(const CatalogSubject &s, Failure &f)
{
    QPDFObjectHandle perms = s.catalog.getKey("/Perms");
    if (!perms.isDictionary())
        return true;
    QStringList others;
    for (const std::string &key : perms.getKeys()) {
        if (key != "/DocMDP" && key != "/UR3")
            others << QString::fromStdString(key);
    }
    if (others.isEmpty())
        return true;
    f.arg(others.join(QStringLiteral(", ")));
    return false;
}

bool noDigestWithDocMdp(const SignatureReferenceSubject &s, Failure &f)
{
    if (!s.permissionsHaveDocMdp || !s.reference.isDictionary())
        return true;
    QStringList present;
    for (const char *key : {"/DigestLocation", "/DigestMethod", "/DigestValue"})
        if (s.reference.hasKey(key))
            present << QString::fromLatin1(key);
    if (present.isEmpty())
        return true;
    f.arg(present.join(QStringLiteral(", ")));
    return false;
}

// clang-format off
const Rule<StreamFilterSubject> kStreamFilterRules[] = {
    {P1, "6.1.10", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A stream is compressed with the %1 filter, which PDF/A-1 does not allow."), notLzw},
    {P23, "6.1.7.2", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A stream uses the filter %1, which is not one of the standard filters PDF/A allows (LZW and encryption are excluded)."), permittedStreamFilter},
};

const Rule<ImageSubject> kInlineFilterRules[] = {
    {P1, "6.1.10", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An inline image is compressed with LZW, which PDF/A-1 does not allow."), inlineNotLzw},
    {P23, "6.1.10", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An inline image uses the filter %1; inline images may only use the standard filters other than LZW, JBIG2, JPX and Crypt."), permittedInlineFilters},
};

const Rule<UnicodeNameSubject> kUnicodeNameRules[] = {
    {P23, "6.1.8", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A structure type or role-map name (%1) is not valid UTF-8."), unicodeName},
};

const Rule<FontSubject> kFontNameRules[] = {
    {P23, "6.1.8", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A font name (%1) is not valid UTF-8."), fontNameIsUtf8},
};

const Rule<ColourSpaceSubject> kColourantNameRules[] = {
    {P23, "6.1.8", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A colourant name of a Separation or DeviceN colour space (%1) is not valid UTF-8."), colourantNamesAreUtf8},
};

const Rule<CosDictSubject> kFileSpecificationRules[] = {
    {P1, "6.1.11", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A file specification embeds a file (EF entry), which PDF/A-1 does not allow."), noEmbeddedFileInSpecification},
};

const Rule<CatalogSubject> kCatalogRules[] = {
    {P1, "6.1.11", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The document's name dictionary lists embedded files (EmbeddedFiles), which PDF/A-1 does not allow."), noEmbeddedFilesTree},
    {P1, "6.1.13", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The document catalog has optional content (OCProperties), which PDF/A-1 does not allow."), noOptionalContent},
    {P23, "6.1.12", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The permissions dictionary has entries other than DocMDP and UR3: %1."), permissionsOnlyDocMdpAndUr3},
};

const Rule<SignatureReferenceSubject> kSignatureReferenceRules[] = {
    {P23, "6.1.12", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A signature reference dictionary has %1 although the document has DocMDP permissions."), noDigestWithDocMdp},
};
// clang-format on

// --- producing ---------------------------------------------------------------------------------------

QPDFObjectHandle resolved(Validation &v, const cos::Value &value)
{
    if (value.type != cos::Value::Type::Reference)
        return QPDFObjectHandle::newNull();
    try {
        return v.qpdf().getObject(value.objectNumber, value.generation);
    } catch (const std::exception &) {
        return QPDFObjectHandle::newNull();
    }
}

// The /Name of a Crypt filter's decode parameters; Identity when there are none.
QByteArray cryptFilterName(Validation &v, const cos::Value *parms)
{
    if (!parms || parms->type == cos::Value::Type::Null)
        return "Identity";
    if (parms->type == cos::Value::Type::Dictionary) {
        const cos::Value *name = parms->find("Name");
        return name ? (name->type == cos::Value::Type::Name ? name->bytes : QByteArray()) : QByteArray("Identity");
    }
    QPDFObjectHandle object = resolved(v, *parms);
    if (object.isDictionary())
        return object.hasKey("/Name") ? nameOf(object.getKey("/Name")) : QByteArray("Identity");
    return "Identity";
}

// Each filter of each stream as written, in every revision.
void produceStreamFilters(Validation &v)
{
    if (!v.wants<StreamFilterSubject>())
        return;
    for (const cos::IndirectObject &object : fileLayout(v).objects) {
        if (!object.isStream)
            continue;
        const cos::Value *filter = object.dictionary.find("Filter");
        if (!filter)
            continue;
        const ObjectLocation where = locateOffset(v, object.offset, Tr::tr("stream"), object.number, object.generation);
        const cos::Value *parms = object.dictionary.find("DecodeParms");
        QList<QByteArray> names;
        if (filter->type == cos::Value::Type::Name) {
            names << filter->bytes;
        } else if (filter->type == cos::Value::Type::Array) {
            for (const cos::Value &item : filter->children)
                names << (item.type == cos::Value::Type::Name ? item.bytes : QByteArray());
        } else if (QPDFObjectHandle named = resolved(v, *filter); named.isName() || named.isArray()) {
            if (named.isName())
                names << nameOf(named);
            else
                for (QPDFObjectHandle item : named.getArrayAsVector())
                    names << nameOf(item);
        }
        for (int i = 0; i < names.size(); ++i) {
            QByteArray crypt;
            if (names[i] == "Crypt") {
                const cos::Value *own = parms;
                if (parms && parms->type == cos::Value::Type::Array)
                    own = i < int(parms->children.size()) ? &parms->children[std::size_t(i)] : nullptr;
                crypt = cryptFilterName(v, own);
            }
            v.check(StreamFilterSubject{where, names[i], crypt});
        }
    }
}

// Structure types and role-map names, from the structure tree.
void produceStructureNames(Validation &v)
{
    if (!v.wants<UnicodeNameSubject>())
        return;
    QPDFObjectHandle root = v.qpdf().getRoot().getKey("/StructTreeRoot");
    if (!root.isDictionary())
        return;
    const ObjectLocation atRoot = root.isIndirect() ? v.locate(root.getObjGen(), 0, Tr::tr("structure tree")) : ObjectLocation{};
    QPDFObjectHandle roleMap = root.getKey("/RoleMap");
    if (roleMap.isDictionary()) {
        for (const std::string &key : roleMap.getKeys()) {
            v.check(UnicodeNameSubject{atRoot, QByteArray::fromStdString(key).mid(1)});
            QPDFObjectHandle value = roleMap.getKey(key);
            if (value.isName())
                v.check(UnicodeNameSubject{atRoot, nameOf(value)});
        }
    }
    QList<QPDFObjectHandle> pending{root.getKey("/K")};
    QSet<QPDFObjGen> seen;
    int visited = 0;
    while (!pending.isEmpty() && ++visited < kMaxTreeNodes) {
        if ((visited & 1023) == 0)
            v.budget().check();
        QPDFObjectHandle node = pending.takeLast();
        if (node.isArray()) {
            for (QPDFObjectHandle item : node.getArrayAsVector())
                pending.append(item);
            continue;
        }
        if (!node.isDictionary())
            continue;
        if (node.isIndirect()) {
            if (seen.contains(node.getObjGen()))
                continue;
            seen.insert(node.getObjGen());
        }
        // Marked-content and object references are leaves; structure elements have /S.
        if (!node.getKey("/S").isName())
            continue;
        const ObjectLocation where = node.isIndirect() ? v.locate(node.getObjGen(), 0, Tr::tr("structure element")) : atRoot;
        v.check(UnicodeNameSubject{where, nameOf(node.getKey("/S"))});
        pending.append(node.getKey("/K"));
    }
}

void checkSignatureReferences(Validation &v, QPDFObjectHandle signature, bool docMdp, QSet<QPDFObjGen> &seen)
{
    if (!signature.isDictionary())
        return;
    if (signature.isIndirect()) {
        if (seen.contains(signature.getObjGen()))
            return;
        seen.insert(signature.getObjGen());
    }
    QPDFObjectHandle references = signature.getKey("/Reference");
    if (!references.isArray())
        return;
    const ObjectLocation where = signature.isIndirect() ? v.locate(signature.getObjGen(), 0, Tr::tr("signature")) : ObjectLocation{};
    for (QPDFObjectHandle reference : references.getArrayAsVector()) {
        if (reference.isDictionary()) {
            v.check(SignatureReferenceSubject{reference.isIndirect() ? v.locate(reference.getObjGen(), 0, Tr::tr("signature reference")) : where,
                                              reference, docMdp});
        }
    }
}

// Signature dictionaries: those the permissions name and the values of signature fields.
void produceSignatureReferences(Validation &v)
{
    if (!v.wants<SignatureReferenceSubject>())
        return;
    QPDFObjectHandle catalog = v.qpdf().getRoot();
    QPDFObjectHandle perms = catalog.getKey("/Perms");
    const bool docMdp = perms.isDictionary() && perms.hasKey("/DocMDP");
    QSet<QPDFObjGen> seen;
    if (perms.isDictionary())
        for (const std::string &key : perms.getKeys())
            checkSignatureReferences(v, perms.getKey(key), docMdp, seen);
    QPDFObjectHandle fields = catalog.getKey("/AcroForm").getKeyIfDict("/Fields");
    if (!fields.isArray())
        return;
    const std::vector<QPDFObjectHandle> top = fields.getArrayAsVector();
    QList<QPDFObjectHandle> pending(top.begin(), top.end());
    QSet<QPDFObjGen> seenFields;
    int visited = 0;
    while (!pending.isEmpty() && ++visited < kMaxTreeNodes) {
        QPDFObjectHandle field = pending.takeLast();
        if (!field.isDictionary())
            continue;
        if (field.isIndirect()) {
            if (seenFields.contains(field.getObjGen()))
                continue;
            seenFields.insert(field.getObjGen());
        }
        checkSignatureReferences(v, field.getKey("/V"), docMdp, seen);
        QPDFObjectHandle kids = field.getKey("/Kids");
        if (kids.isArray())
            for (QPDFObjectHandle kid : kids.getArrayAsVector())
                pending.append(kid);
    }
}

} // namespace

void registerFeatureRules(Registry &registry)
{
    registry.add(kStreamFilterRules);
    registry.add(kInlineFilterRules);
    registry.add(kUnicodeNameRules);
    registry.add(kFontNameRules);
    registry.add(kColourantNameRules);
    registry.add(kFileSpecificationRules);
    registry.add(kCatalogRules);
    registry.add(kSignatureReferenceRules);
}

void produceFeatures(Validation &v)
{
    produceStreamFilters(v);
    produceStructureNames(v);
    produceSignatureReferences(v);
}

} // namespace granska::pdfa
