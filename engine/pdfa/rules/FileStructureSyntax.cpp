// File structure as written: header and binary comment (6.1.2), trailers (6.1.3), cross-reference
// tables (6.1.4), hexadecimal strings (6.1.6), streams (PDF/A-1 6.1.7, PDF/A-2/3 6.1.7.1) and the
// white space around indirect objects (PDF/A-1 6.1.8, PDF/A-2/3 6.1.9).
#include "FileStructure.h"

#include "pdf/PdfDocument.h"
#include "pdfa/Registry.h"
#include "pdfa/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <qpdf/QPDF.hh>

namespace granska::pdfa {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::FileStructure)
};

QString printable(const QByteArray &bytes, int max = 40)
{
    QString text;
    for (char c : bytes.left(max)) {
        const uchar u = uchar(c);
        text += (u >= 0x20 && u < 0x7f) ? QChar::fromLatin1(c) : QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    if (bytes.size() > max)
        text += QStringLiteral("...");
    return text;
}

// --- the file: header, trailer, end ------------------------------------------------------------

bool headerPart1(const FileSubject &s, Failure &f)
{
    // PDF/A-1 takes any version number: %PDF-n.m at the first byte.
    static const QRegularExpression pattern(QStringLiteral("%PDF-\\d\\.\\d"));
    if (s.headerOffset == 0 && pattern.match(QString::fromLatin1(s.headerLine)).hasMatch())
        return true;
    f.arg(s.headerOffset < 0 ? Tr::tr("no header") : QStringLiteral("\"%1\"").arg(printable(s.headerLine))).arg(qint64(std::max<qint64>(0, s.headerOffset)));
    return false;
}

bool headerPart2(const FileSubject &s, Failure &f)
{
    // PDF/A-2 and -3: exactly %PDF-1.0 to %PDF-1.7, alone on the first line.
    static const QRegularExpression pattern(QStringLiteral("^%PDF-1\\.[0-7]$"));
    if (s.headerOffset == 0 && pattern.match(QString::fromLatin1(s.headerLine)).hasMatch())
        return true;
    f.arg(s.headerOffset < 0 ? Tr::tr("no header") : QStringLiteral("\"%1\"").arg(printable(s.headerLine))).arg(qint64(std::max<qint64>(0, s.headerOffset)));
    return false;
}

bool binaryComment(const FileSubject &s, Failure &f)
{
    bool binary = s.commentPresent;
    for (int b : s.commentBytes)
        binary = binary && b > 127;
    if (binary)
        return true;
    if (!s.commentPresent) {
        f.arg(Tr::tr("there is no such comment line"));
    } else {
        QStringList values;
        for (int b : s.commentBytes)
            values << QString::number(b);
        f.arg(Tr::tr("its first bytes are %1").arg(values.join(QStringLiteral(", "))));
    }
    return false;
}

bool idPresentPart1(const FileSubject &s, Failure &)
{
    return s.linearized ? s.firstPageId.has_value() : s.lastId.has_value();
}

bool idPresentPart2(const FileSubject &s, Failure &)
{
    const std::optional<QByteArray> &id = s.linearized ? s.firstPageId : s.lastId;
    return id.has_value() && !id->isEmpty();
}

bool notEncrypted(const FileSubject &s, Failure &)
{
    return !s.encrypted;
}

bool nothingAfterEof(const FileSubject &s, Failure &f)
{
    if (s.postEofBytes == 0)
        return true;
    f.arg(s.postEofBytes < 0 ? Tr::tr("no %EOF marker was found near the end") : Tr::tr("%n byte(s) follow it", nullptr, s.postEofBytes));
    return false;
}

bool linearizedIdsMatch(const FileSubject &s, Failure &)
{
    return !s.linearized || !s.lastId || !s.firstPageId || *s.firstPageId == *s.lastId;
}

bool noCrossReferenceStreams(const FileSubject &s, Failure &)
{
    return !s.crossReferenceStreams;
}

// --- cross-reference tables ----------------------------------------------------------------------

bool subsectionHeadersSpaced(const XRefSectionSubject &s, Failure &)
{
    return s.subsectionHeadersSpaced;
}

bool singleEolAfterXref(const XRefSectionSubject &s, Failure &)
{
    return s.eolAfterKeyword;
}

// --- hexadecimal strings -------------------------------------------------------------------------

bool evenHexDigits(const HexStringSubject &s, Failure &f)
{
    if (s.characters % 2 == 0)
        return true;
    f.arg(s.characters);
    return false;
}

bool onlyHexDigits(const HexStringSubject &s, Failure &)
{
    return s.onlyDigits;
}

// --- streams ---------------------------------------------------------------------------------------

bool lengthMatches(const RawStreamSubject &s, Failure &f)
{
    const cos::StreamFacts &stream = s.object->stream;
    if (stream.declaredLength && stream.endstreamFound && *stream.declaredLength == stream.realLength)
        return true;
    f.arg(stream.declaredLength ? QString::number(*stream.declaredLength) : Tr::tr("missing"));
    f.arg(stream.endstreamFound ? QString::number(stream.realLength) : Tr::tr("unknown (no endstream)"));
    return false;
}

bool streamKeywordsOnOwnLines(const RawStreamSubject &s, Failure &f)
{
    const cos::StreamFacts &stream = s.object->stream;
    if (stream.eolAfterKeyword && stream.eolBeforeEndstream && stream.endstreamFound)
        return true;
    QStringList problems;
    if (!stream.eolAfterKeyword)
        problems << Tr::tr("\"stream\" is not followed by CR LF or LF alone");
    if (!stream.endstreamFound)
        problems << Tr::tr("\"endstream\" is missing");
    else if (!stream.eolBeforeEndstream)
        problems << Tr::tr("\"endstream\" is not preceded by an end-of-line");
    f.arg(problems.join(QStringLiteral("; ")));
    return false;
}

bool noExternalStreamData(const RawStreamSubject &s, Failure &f)
{
    QStringList present;
    for (const char *key : {"F", "FFilter", "FDecodeParms"}) {
        if (s.object->dictionary.find(key))
            present << QLatin1Char('/') + QLatin1String(key);
    }
    if (present.isEmpty())
        return true;
    f.arg(present.join(QStringLiteral(", ")));
    return false;
}

// --- indirect objects ------------------------------------------------------------------------------

bool objectSpacing(const IndirectObjectSubject &s, Failure &f)
{
    const cos::IndirectObject &o = *s.object;
    QStringList problems;
    if (!o.eolBeforeHeader)
        problems << Tr::tr("the object number does not start a line");
    if (!o.singleSpaceAfterNumber || !o.singleSpaceAfterGeneration)
        problems << Tr::tr("the numbers and \"obj\" are not separated by single spaces");
    if (!o.eolAfterObj)
        problems << Tr::tr("\"obj\" is not followed by an end-of-line");
    if (!o.endobjFound)
        problems << Tr::tr("\"endobj\" is missing");
    else if (!o.eolBeforeEndobj)
        problems << Tr::tr("\"endobj\" is not preceded by an end-of-line");
    else if (!o.eolAfterEndobj)
        problems << Tr::tr("\"endobj\" is not followed by an end-of-line");
    if (problems.isEmpty())
        return true;
    f.arg(problems.join(QStringLiteral("; ")));
    return false;
}

// clang-format off
const Rule<FileSubject> kFileRules[] = {
    {P1, "6.1.2", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The file does not start with a %PDF-n.m header at its first byte (found %1 at byte %2)."), headerPart1},
    {P23, "6.1.2", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The file does not start with a header %PDF-1.0 to %PDF-1.7 alone on the first line at its first byte (found %1 at byte %2)."), headerPart2},
    {P123, "6.1.2", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The header line is not followed by a comment of at least four bytes with values above 127 that marks the file as binary: %1."), binaryComment},
    {P1, "6.1.3", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The file trailer has no file identifier (ID); for a linearized file, the first-page trailer must have it."), idPresentPart1},
    {P23, "6.1.3", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The file trailer has no file identifier (ID), or it is empty; for a linearized file, the first-page trailer must have it."), idPresentPart2},
    {P123, "6.1.3", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The file is encrypted (its trailer has an Encrypt entry)."), notEncrypted},
    {P123, "6.1.3", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The file does not end with an end-of-file marker (%EOF) followed by at most one end-of-line: %1."), nothingAfterEof},
    {P1, "6.1.3", 4, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The linearized file's first-page trailer and last trailer have different file identifiers (ID)."), linearizedIdsMatch},
    {P1, "6.1.4", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The file uses a cross-reference stream, which PDF/A-1 does not allow."), noCrossReferenceStreams},
};

const Rule<XRefSectionSubject> kXRefRules[] = {
    {P1, "6.1.4", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A cross-reference subsection header does not separate its first object number and its count by a single space."), subsectionHeadersSpaced},
    {P123, "6.1.4", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The xref keyword is not followed by exactly one end-of-line before the first subsection header."), singleEolAfterXref},
};

const Rule<HexStringSubject> kHexStringRules[] = {
    {P123, "6.1.6", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A hexadecimal string has an odd number of digits (%1)."), evenHexDigits},
    {P123, "6.1.6", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A hexadecimal string contains characters other than 0-9, A-F, a-f and white space."), onlyHexDigits},
};

const Rule<RawStreamSubject> kStreamRules[] = {
    {P1, "6.1.7", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A stream's Length (%1) does not match the number of bytes between its stream and endstream lines (%2)."), lengthMatches},
    {P1, "6.1.7", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A stream's keywords are not on lines of their own: %1."), streamKeywordsOnOwnLines},
    {P1, "6.1.7", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A stream dictionary refers to data outside the file (%1)."), noExternalStreamData},
    {P23, "6.1.7.1", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A stream's Length (%1) does not match the number of bytes between its stream and endstream lines (%2)."), lengthMatches},
    {P23, "6.1.7.1", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A stream's keywords are not on lines of their own: %1."), streamKeywordsOnOwnLines},
    {P23, "6.1.7.1", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A stream dictionary refers to data outside the file (%1)."), noExternalStreamData},
};

const Rule<IndirectObjectSubject> kObjectRules[] = {
    {P1, "6.1.8", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An indirect object is not laid out as \"n g obj\" and \"endobj\" on lines of their own: %1."), objectSpacing},
    {P23, "6.1.9", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An indirect object is not laid out as \"n g obj\" and \"endobj\" on lines of their own: %1."), objectSpacing},
};
// clang-format on

// --- producing ---------------------------------------------------------------------------------------

// The file identifier of a trailer: its /ID strings joined, or nullopt when /ID is not an array.
std::optional<QByteArray> trailerId(const cos::Value &trailer, QPDF &qpdf)
{
    const cos::Value *id = trailer.find("ID");
    if (!id)
        return std::nullopt;
    if (id->type == cos::Value::Type::Array) {
        QByteArray joined;
        for (const cos::Value &part : id->children)
            if (part.type == cos::Value::Type::String)
                joined += part.bytes;
        return joined;
    }
    if (id->type == cos::Value::Type::Reference) {
        try {
            QPDFObjectHandle array = qpdf.getObject(id->objectNumber, id->generation);
            if (array.isArray()) {
                QByteArray joined;
                for (QPDFObjectHandle part : array.getArrayAsVector())
                    if (part.isString())
                        joined += QByteArray::fromStdString(part.getStringValue());
                return joined;
            }
        } catch (const std::exception &) {
        }
    }
    return std::nullopt;
}

std::optional<QByteArray> qpdfTrailerId(QPDF &qpdf)
{
    QPDFObjectHandle id = qpdf.getTrailer().getKey("/ID");
    if (!id.isArray())
        return std::nullopt;
    QByteArray joined;
    for (QPDFObjectHandle part : id.getArrayAsVector())
        if (part.isString())
            joined += QByteArray::fromStdString(part.getStringValue());
    return joined;
}

FileSubject fileSubject(Validation &v, const cos::FileLayout &layout)
{
    FileSubject s;
    s.where = ObjectLocation{0, 0, 0, 0, Tr::tr("file structure")};
    s.headerOffset = layout.header.offset;
    s.headerLine = layout.header.line;
    s.commentPresent = layout.header.commentPresent;
    s.commentBytes = layout.header.commentBytes;
    s.linearized = layout.linearized;
    s.postEofBytes = layout.postEofBytes;

    // The sections in file order: a linearized file's first-page trailer comes first, its main
    // trailer last; otherwise the last trailer is the one the final startxref names.
    std::vector<const cos::XRefSection *> readable;
    for (const cos::XRefSection &section : layout.sections) {
        if (section.kind != cos::XRefSection::Kind::Unreadable)
            readable.push_back(&section);
        if (section.kind == cos::XRefSection::Kind::Stream || section.xrefStream)
            s.crossReferenceStreams = true;
    }
    QPDF &qpdf = v.qpdf();
    if (readable.empty()) {
        s.lastId = qpdfTrailerId(qpdf); // the chain could not be followed; QPDF rebuilt it
    } else if (layout.linearized) {
        auto byOffset = [](const cos::XRefSection *a, const cos::XRefSection *b) { return a->offset < b->offset; };
        s.firstPageId = trailerId((*std::min_element(readable.begin(), readable.end(), byOffset))->trailer, qpdf);
        s.lastId = trailerId((*std::max_element(readable.begin(), readable.end(), byOffset))->trailer, qpdf);
    } else {
        s.lastId = trailerId(readable.front()->trailer, qpdf);
    }
    s.encrypted = qpdf.isEncrypted() || (!readable.empty() && readable.front()->trailer.find("Encrypt"));
    try {
        s.indirectObjects = qint64(qpdf.getXRefTable().size());
    } catch (const std::exception &) {
        s.indirectObjects = qint64(layout.objects.size());
    }
    return s;
}

void produceObjectStreamHexStrings(Validation &v, const cos::IndirectObject &object)
{
    const cos::Value *type = object.dictionary.find("Type");
    if (!type || type->type != cos::Value::Type::Name || type->bytes != "ObjStm")
        return;
    QPDFObjectHandle stream;
    try {
        stream = v.qpdf().getObject(object.number, object.generation);
    } catch (const std::exception &) {
        return;
    }
    if (!stream.isStream())
        return;
    const std::optional<QByteArray> data = v.document().decodedStream(stream, v.budget());
    if (!data)
        return;
    const QString context = Tr::tr("object stream %1").arg(object.number);
    for (const cos::HexStringFacts &hex : cos::hexStringsIn(*data, v.budget())) {
        v.check(HexStringSubject{locateOffset(v, object.offset, context, object.number, object.generation), hex.characters,
                                 hex.onlyDigits});
    }
}

} // namespace

void registerSyntaxRules(Registry &registry)
{
    registry.add(kFileRules);
    registry.add(kXRefRules);
    registry.add(kHexStringRules);
    registry.add(kStreamRules);
    registry.add(kObjectRules);
}

void produceSyntax(Validation &v)
{
    const cos::FileLayout &layout = fileLayout(v);
    v.check(fileSubject(v, layout));

    for (const cos::XRefSection &section : layout.sections) {
        if (section.kind != cos::XRefSection::Kind::Table)
            continue;
        v.check(XRefSectionSubject{locateOffset(v, section.offset, Tr::tr("cross-reference table at byte %1").arg(section.offset)),
                                   section.offset, section.eolAfterKeyword, section.subsectionHeadersSpaced});
    }

    const bool wantsHex = v.wants<HexStringSubject>();
    for (const cos::IndirectObject &object : layout.objects) {
        v.budget().check();
        const QString context = Tr::tr("object at byte %1").arg(object.offset);
        const ObjectLocation where = locateOffset(v, object.offset, context, object.number, object.generation);
        v.check(IndirectObjectSubject{where, &object});
        if (object.isStream) {
            v.check(RawStreamSubject{where, &object});
            if (wantsHex)
                produceObjectStreamHexStrings(v, object);
        }
        if (wantsHex) {
            for (const cos::HexStringFacts &hex : object.hexStrings)
                v.check(HexStringSubject{where, hex.characters, hex.onlyDigits});
        }
    }
}

} // namespace granska::pdfa
