// Implementation limits (ISO 19005-1 6.1.12, ISO 19005-2/3 6.1.13): the sizes of numbers, strings,
// names, arrays and dictionaries, the number of objects, graphics-state nesting, DeviceN
// colourants, CID values and page boundaries. Values in objects come from the core's Cos walk;
// values in content streams are read here from the operands as written.
#include "FileStructure.h"

#include "pdf/ObjGenHash.h"
#include "pdf/PdfDocument.h"
#include "pdfa/ContentInterpreter.h"
#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"
#include "pdfa/Validation.h"
#include "pdfa/cos/ContentOperands.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <cmath>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace granska::pdfa {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::pdfa::FileStructure)
};

constexpr qint64 kMinInteger = -2147483648LL;
constexpr qint64 kMaxInteger = 2147483647LL;

bool integerInRange(const CosIntegerSubject &s, Failure &f)
{
    if (s.value >= kMinInteger && s.value <= kMaxInteger)
        return true;
    f.arg(qint64(s.value));
    return false;
}

QString realText(const CosRealSubject &s)
{
    return s.text.size() <= 40 ? QString::fromLatin1(s.text) : QString::number(s.value, 'g', 10);
}

bool realInPart1Range(const CosRealSubject &s, Failure &f)
{
    if (std::fabs(s.value) <= 32767.0)
        return true;
    f.arg(realText(s));
    return false;
}

bool realInPart2Range(const CosRealSubject &s, Failure &f)
{
    if (std::fabs(s.value) <= 3.403e38)
        return true;
    f.arg(realText(s));
    return false;
}

bool realNotTooCloseToZero(const CosRealSubject &s, Failure &f)
{
    if (s.value == 0.0 || std::fabs(s.value) >= 1.175e-38)
        return true;
    f.arg(realText(s));
    return false;
}

bool stringPart1Length(const CosStringSubject &s, Failure &f)
{
    if (s.length <= 65535)
        return true;
    f.arg(s.length);
    return false;
}

bool stringPart2Length(const CosStringSubject &s, Failure &f)
{
    if (s.length <= 32767)
        return true;
    f.arg(s.length);
    return false;
}

bool nameLength(const CosNameSubject &s, Failure &f)
{
    if (s.name.size() <= 127)
        return true;
    f.arg(qint64(s.name.size()));
    return false;
}

bool arraySize(const CosArraySubject &s, Failure &f)
{
    if (s.size <= 8191)
        return true;
    f.arg(qint64(s.size));
    return false;
}

bool dictionarySize(const CosDictSubject &s, Failure &f)
{
    if (s.size <= 4095)
        return true;
    f.arg(qint64(s.size));
    return false;
}

bool indirectObjectCount(const FileSubject &s, Failure &f)
{
    if (s.indirectObjects <= 8388607)
        return true;
    f.arg(s.indirectObjects);
    return false;
}

bool graphicsStateNesting(const OperatorSubject &s, Failure &f)
{
    if (s.name != "q" || s.graphicsStateDepth <= 28)
        return true;
    f.arg(qint64(s.graphicsStateDepth));
    return false;
}

int deviceNColourants(const ColourSpaceSubject &s)
{
    if (s.family != "DeviceN" || !s.space.isArray() || s.space.getArrayNItems() < 2)
        return 0;
    QPDFObjectHandle names = s.space.getArrayItem(1);
    return names.isArray() ? names.getArrayNItems() : 0;
}

bool deviceNPart1(const ColourSpaceSubject &s, Failure &f)
{
    const int n = deviceNColourants(s);
    if (n <= 8)
        return true;
    f.arg(qint64(n));
    return false;
}

bool deviceNPart2(const ColourSpaceSubject &s, Failure &f)
{
    const int n = deviceNColourants(s);
    if (n <= 32)
        return true;
    f.arg(qint64(n));
    return false;
}

// --- CIDs in embedded CMaps -------------------------------------------------------------------------

struct CMapCache {
    QHash<QPDFObjGen, qint64> largestCid;
};

qint64 codeValue(const cos::Token &token)
{
    if (token.kind == cos::Token::Kind::HexString || token.kind == cos::Token::Kind::String) {
        qint64 value = 0;
        for (char c : token.bytes.left(7))
            value = (value << 8) | quint8(c);
        return value;
    }
    return token.kind == cos::Token::Kind::Number ? token.integer : 0;
}

// The largest CID a CMap maps to: in cidrange sections the start CID plus the width of the
// source range, in cidchar sections the CID itself.
qint64 largestCidIn(QByteArrayView data, Budget &budget)
{
    cos::Scanner scanner(data);
    qint64 largest = 0;
    enum class Section { None, Range, Char } section = Section::None;
    std::vector<cos::Token> pending;
    int sinceCheck = 0;
    for (;;) {
        if (++sinceCheck == 4096) {
            sinceCheck = 0;
            budget.check();
        }
        cos::Token token = scanner.next();
        if (token.kind == cos::Token::Kind::End)
            break;
        if (token.kind == cos::Token::Kind::Keyword) {
            if (token.text == "begincidrange")
                section = Section::Range;
            else if (token.text == "begincidchar")
                section = Section::Char;
            else
                section = Section::None;
            pending.clear();
            continue;
        }
        if (section == Section::None)
            continue;
        pending.push_back(std::move(token));
        if (section == Section::Range && pending.size() == 3) {
            const qint64 low = codeValue(pending[0]);
            const qint64 high = codeValue(pending[1]);
            const qint64 cid = pending[2].kind == cos::Token::Kind::Number ? pending[2].integer : 0;
            largest = std::max(largest, cid + std::max<qint64>(0, high - low));
            pending.clear();
        } else if (section == Section::Char && pending.size() == 2) {
            if (pending[1].kind == cos::Token::Kind::Number)
                largest = std::max(largest, pending[1].integer);
            pending.clear();
        }
    }
    return largest;
}

bool cidsInRange(const FontSubject &s, Failure &f, Validation &v)
{
    if (s.subtype != "Type0")
        return true;
    QPDFObjectHandle cmap = s.font.getKey("/Encoding");
    if (!cmap.isStream())
        return true;
    CMapCache &cache = v.cache<CMapCache>();
    const QPDFObjGen key = cmap.getObjGen();
    auto found = cache.largestCid.find(key);
    if (found == cache.largestCid.end()) {
        const std::optional<QByteArray> data = v.document().decodedStream(cmap, v.budget());
        found = cache.largestCid.insert(key, data ? largestCidIn(*data, v.budget()) : 0);
    }
    if (*found <= 65535)
        return true;
    f.arg(*found);
    return false;
}

// --- page boundaries (PDF/A-2 and -3) -------------------------------------------------------------

// The page's own box, or for MediaBox and CropBox the one it inherits from the page tree.
QPDFObjectHandle pageBox(QPDFObjectHandle page, const char *key, bool inheritable)
{
    QPDFObjectHandle node = page;
    QSet<QPDFObjGen> seen;
    for (int depth = 0; node.isDictionary() && depth < 64; ++depth) {
        if (node.hasKey(key))
            return node.getKey(key);
        if (!inheritable)
            break;
        if (node.isIndirect()) {
            if (seen.contains(node.getObjGen()))
                break;
            seen.insert(node.getObjGen());
        }
        node = node.getKey("/Parent");
    }
    return QPDFObjectHandle::newNull();
}

bool pageBoundariesInRange(const PageSubject &s, Failure &f)
{
    static const std::pair<const char *, bool> boxes[] = {
        {"/MediaBox", true}, {"/CropBox", true}, {"/BleedBox", false}, {"/TrimBox", false}, {"/ArtBox", false}};
    QStringList bad;
    for (const auto &[key, inheritable] : boxes) {
        QPDFObjectHandle box = pageBox(s.page, key, inheritable);
        if (!box.isArray() || box.getArrayNItems() != 4)
            continue;
        double v[4];
        bool numeric = true;
        for (int i = 0; i < 4; ++i) {
            QPDFObjectHandle item = box.getArrayItem(i);
            numeric = numeric && item.isNumber();
            v[i] = numeric ? item.getNumericValue() : 0;
        }
        if (!numeric)
            continue;
        const double width = std::fabs(v[2] - v[0]);
        const double height = std::fabs(v[3] - v[1]);
        if (width < 3 || width > 14400 || height < 3 || height > 14400)
            bad << QStringLiteral("%1 %2 x %3").arg(QLatin1String(key + 1)).arg(width, 0, 'g', 8).arg(height, 0, 'g', 8);
    }
    if (bad.isEmpty())
        return true;
    f.arg(bad.join(QStringLiteral(", ")));
    return false;
}

// clang-format off
const Rule<CosIntegerSubject> kIntegerRules[] = {
    {P1, "6.1.12", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An integer (%1) lies outside the range -2147483648 to 2147483647."), integerInRange},
    {P23, "6.1.13", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An integer (%1) lies outside the range -2147483648 to 2147483647."), integerInRange},
};

const Rule<CosRealSubject> kRealRules[] = {
    {P1, "6.1.12", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A real number (%1) lies outside the range -32767 to 32767."), realInPart1Range},
    {P23, "6.1.13", 2, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A real number (%1) lies outside the range of plus or minus 3.403 x 10^38."), realInPart2Range},
    {P23, "6.1.13", 5, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A real number (%1) other than zero lies closer to zero than plus or minus 1.175 x 10^-38."), realNotTooCloseToZero},
};

const Rule<CosStringSubject> kStringRules[] = {
    {P1, "6.1.12", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A string is %1 bytes long; at most 65535 bytes are allowed."), stringPart1Length},
    {P23, "6.1.13", 3, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A string is %1 bytes long; at most 32767 bytes are allowed."), stringPart2Length},
};

const Rule<CosNameSubject> kNameRules[] = {
    {P1, "6.1.12", 4, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A name is %1 bytes long; at most 127 bytes are allowed."), nameLength},
    {P23, "6.1.13", 4, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A name is %1 bytes long; at most 127 bytes are allowed."), nameLength},
};

const Rule<CosArraySubject> kArrayRules[] = {
    {P1, "6.1.12", 5, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An array has %1 elements; at most 8191 are allowed."), arraySize},
};

const Rule<CosDictSubject> kDictionaryRules[] = {
    {P1, "6.1.12", 6, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A dictionary has %1 entries; at most 4095 are allowed."), dictionarySize},
};

const Rule<FileSubject> kDocumentLimitRules[] = {
    {P1, "6.1.12", 7, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The file has %1 indirect objects; at most 8388607 are allowed."), indirectObjectCount},
    {P23, "6.1.13", 7, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "The file has %1 indirect objects; at most 8388607 are allowed."), indirectObjectCount},
};

const Rule<OperatorSubject> kNestingRules[] = {
    {P1, "6.1.12", 8, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "Graphics states are nested %1 deep with q; at most 28 levels are allowed."), graphicsStateNesting},
    {P23, "6.1.13", 8, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "Graphics states are nested %1 deep with q; at most 28 levels are allowed."), graphicsStateNesting},
};

const Rule<ColourSpaceSubject> kDeviceNRules[] = {
    {P1, "6.1.12", 9, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A DeviceN colour space has %1 colourants; at most 8 are allowed."), deviceNPart1},
    {P23, "6.1.13", 9, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A DeviceN colour space has %1 colourants; at most 32 are allowed."), deviceNPart2},
};

const Rule<FontSubject> kCidRules[] = {
    {P1, "6.1.12", 10, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An embedded CMap maps to CID %1; CIDs above 65535 are not allowed."), cidsInRange},
    {P23, "6.1.13", 10, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "An embedded CMap maps to CID %1; CIDs above 65535 are not allowed."), cidsInRange},
};

const Rule<PageSubject> kPageBoundaryRules[] = {
    {P23, "6.1.13", 11, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A page boundary is smaller than 3 or larger than 14400 units in some direction: %1."), pageBoundariesInRange},
};
// clang-format on

// --- content-stream operands -------------------------------------------------------------------

void checkOperands(Validation &v, QByteArrayView data, const ObjectLocation &where)
{
    const bool integers = v.wants<CosIntegerSubject>();
    const bool reals = v.wants<CosRealSubject>();
    const bool strings = v.wants<CosStringSubject>();
    const bool hex = v.wants<HexStringSubject>();
    cos::visitContentOperands(data, v.budget(), [&](const cos::Token &token) {
        switch (token.kind) {
        case cos::Token::Kind::Number:
            if (token.isInteger && integers)
                v.check(CosIntegerSubject{where, token.integer});
            else if (!token.isInteger && reals)
                v.check(CosRealSubject{where, token.real, token.text});
            break;
        case cos::Token::Kind::HexString:
            if (hex)
                v.check(HexStringSubject{where, token.hexCharacters, token.hexOnlyDigits});
            [[fallthrough]];
        case cos::Token::Kind::String:
            if (strings)
                v.check(CosStringSubject{where, qint64(token.bytes.size())});
            break;
        default:
            break;
        }
    });
}

void checkContentStream(Validation &v, QPDFObjectHandle stream, int page, const QString &context, QSet<QPDFObjGen> &done)
{
    if (!stream.isStream())
        return;
    if (stream.isIndirect()) {
        if (done.contains(stream.getObjGen()))
            return;
        done.insert(stream.getObjGen());
    }
    const std::optional<QByteArray> data = v.document().decodedStream(stream, v.budget());
    if (!data)
        return;
    ObjectLocation where = stream.isIndirect() ? v.locate(stream.getObjGen(), page, context) : ObjectLocation{0, 0, page, 0, context};
    checkOperands(v, *data, where);
}

} // namespace

void registerLimitRules(Registry &registry)
{
    registry.add(kIntegerRules);
    registry.add(kRealRules);
    registry.add(kStringRules);
    registry.add(kNameRules);
    registry.add(kArrayRules);
    registry.add(kDictionaryRules);
    registry.add(kDocumentLimitRules);
    registry.add(kNestingRules);
    registry.add(kDeviceNRules);
    registry.add(kCidRules);
    registry.add(kPageBoundaryRules);
}

// The numbers and strings of the content streams that are drawn: the pages' and those the
// interpreter went into (forms, patterns, Type 3 glyphs, appearances).
void produceContentOperands(Validation &v)
{
    if (!v.wants<CosIntegerSubject>() && !v.wants<CosRealSubject>() && !v.wants<CosStringSubject>() && !v.wants<HexStringSubject>())
        return;
    QSet<QPDFObjGen> done;
    int number = 0;
    for (QPDFPageObjectHelper &helper : QPDFPageDocumentHelper(v.qpdf()).getAllPages()) {
        ++number;
        v.budget().check();
        QPDFObjectHandle contents = helper.getObjectHandle().getKey("/Contents");
        const QString context = Tr::tr("content of page %1").arg(number);
        if (contents.isArray()) {
            for (QPDFObjectHandle part : contents.getArrayAsVector())
                checkContentStream(v, part, number, context, done);
        } else {
            checkContentStream(v, contents, number, context, done);
        }
    }
    for (const QPDFObjGen &objgen : v.cache<ContentFacts>().interpretedStreams) {
        v.budget().check();
        checkContentStream(v, v.qpdf().getObject(objgen), 0, Tr::tr("content stream"), done);
    }
}

} // namespace granska::pdfa
