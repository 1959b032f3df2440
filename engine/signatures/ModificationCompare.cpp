#include "ModificationCompare.h"

#include "pdf/FlateDecoder.h"
#include "pdf/PdfDocument.h"

#include <cmath>
#include <cstring>
#include <qpdf/Buffer.hh>

namespace granska::modifications {
namespace {

// Entries that describe how a stream's bytes are encoded, not what they say.
bool isEncodingKey(const std::string &key)
{
    return key == "/Length" || key == "/Filter" || key == "/DecodeParms" || key == "/DL";
}

bool sameNumber(QPDFObjectHandle a, QPDFObjectHandle b)
{
    if (a.isInteger() && b.isInteger())
        return a.getIntValue() == b.getIntValue();
    const double x = a.getNumericValue();
    const double y = b.getNumericValue();
    return std::fabs(x - y) <= 1e-9 * std::max({1.0, std::fabs(x), std::fabs(y)});
}

constexpr int kMaxFollowed = 20'000; // references followed by one sameContent

} // namespace

bool isNothing(QPDFObjectHandle value)
{
    return !value.isInitialized() || value.isNull();
}

namespace {

// What identifies a stream's decoded data across the revisions of one file; empty when nothing
// does. Every revision snapshot is a prefix of the same file bytes, so a stream parsed at the same
// offset with the same length holds the same raw bytes: the position and length stand for them in
// the key, and they need not be hashed. A stream whose position is unknown has no key, nor one
// whose JBIG2 global data lives in another stream, which the key would not cover.
QByteArray streamKey(QPDFObjectHandle stream)
{
    QPDFObjectHandle dictionary = stream.getDict();
    const std::string filters = dictionary.getKey("/Filter").unparseResolved() + ' ' + dictionary.getKey("/DecodeParms").unparseResolved();
    const qpdf_offset_t offset = stream.getParsedOffset();
    if (filters.find("/JBIG2Globals") != std::string::npos || offset < 0)
        return {};
    // The length read, not /Length: an indirect /Length may differ between revisions.
    return QByteArray::number(qint64(offset)) + ' ' + QByteArray::number(qint64(stream.getRawStreamData()->getSize())) + ' '
           + QByteArray::fromStdString(filters);
}

} // namespace

// A stream being decoded a piece at a time, with its raw data.
struct DecodedStreams::Partial {
    QByteArray key;
    std::shared_ptr<Buffer> raw;
    std::optional<FlateReader> reader;
};

std::shared_ptr<DecodedStreams::Partial> DecodedStreams::partial(PdfDocument &document, QPDFObjectHandle stream, qint64 limit)
{
    if (document.qpdf().isEncrypted())
        return nullptr; // QPDF's crypt filters come first
    const std::optional<FlateParameters> flate = plainFlateParameters(stream);
    const QByteArray key = flate ? streamKey(stream) : QByteArray();
    if (key.isEmpty())
        return nullptr;
    if (const auto known = m_partial.constFind(key); known != m_partial.cend())
        return *known;
    auto made = std::make_shared<Partial>();
    made->key = key;
    made->raw = stream.getRawStreamData();
    made->reader.emplace(QByteArrayView(made->raw->getBuffer(), qsizetype(made->raw->getSize())), *flate, limit);
    m_partial.insert(key, made);
    m_bytes += qint64(made->raw->getSize());
    return made;
}

// Past kMaxBytes, what the comparison decoded is not kept.
void DecodedStreams::release(const Partial &partial)
{
    if (m_bytes <= kMaxBytes || !m_partial.remove(partial.key))
        return;
    m_bytes -= qint64(partial.raw->getSize()) + partial.reader->data().size();
}

std::optional<bool> DecodedStreams::sameData(PdfDocument &before, QPDFObjectHandle a, PdfDocument &after, QPDFObjectHandle b, Budget &budget)
{
    const qint64 limit = budget.limits().maxDecodedStreamBytes;
    const std::shared_ptr<Partial> first = partial(before, a, limit);
    const std::shared_ptr<Partial> second = first ? partial(after, b, limit) : nullptr;
    if (!second)
        return std::nullopt;
    const std::optional<bool> same = compare(*first->reader, *second->reader, budget);
    release(*first);
    release(*second);
    return same;
}

std::optional<bool> DecodedStreams::compare(FlateReader &x, FlateReader &y, Budget &budget)
{
    constexpr qint64 kPiece = 256 * 1024;
    for (qint64 compared = 0;;) {
        budget.check();
        const qint64 readBefore = x.data().size() + y.data().size();
        x.readTo(compared + kPiece);
        y.readTo(compared + kPiece);
        const qint64 read = x.data().size() + y.data().size() - readBefore;
        m_bytes += read;
        budget.spendDecodedBytes(read);
        if (x.failed() || y.failed())
            return std::nullopt;
        const qint64 common = std::min(x.data().size(), y.data().size());
        if (std::memcmp(x.data().constData() + compared, y.data().constData() + compared, size_t(common - compared)) != 0)
            return false;
        compared = common;
        if (x.finished() && y.finished())
            return x.data().size() == y.data().size();
        if ((x.finished() && y.data().size() > common) || (y.finished() && x.data().size() > common))
            return false; // one ended, the other has more
    }
}

std::optional<QByteArray> DecodedStreams::decoded(PdfDocument &document, QPDFObjectHandle stream, Budget &budget)
{
    const QByteArray key = streamKey(stream);
    if (key.isEmpty())
        return document.decodedStream(stream, budget);
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    std::optional<QByteArray> data = document.decodedStream(stream, budget);
    const qint64 size = key.size() + (data ? data->size() : 0);
    if (m_bytes + size <= kMaxBytes) {
        m_cache.insert(key, data);
        m_bytes += size;
    }
    return data;
}

ObjectComparer::ObjectComparer(PdfDocument &before, PdfDocument &after, Budget &budget, const CrossReferences *xrefBefore,
                               const CrossReferences *xrefAfter)
    : m_before(before), m_after(after), m_budget(budget), m_xrefBefore(xrefBefore), m_xrefAfter(xrefAfter)
{
}

bool ObjectComparer::absent(QPDFObjectHandle value, const CrossReferences *xref)
{
    // A reference to an object the table lists is a value even if it reads as null (damaged, or
    // beyond what QPDF accepts). Asked first, so that such a reference is not resolved here: where
    // references are compared by the object they name, reading the object (and, for one in an
    // object stream, every object of the stream) would be wasted.
    if (xref && value.isInitialized() && value.isIndirect() && xref->find(value.getObjGen()) != xref->end())
        return false;
    return isNothing(value);
}

bool ObjectComparer::sameObject(QPDFObjectHandle before, QPDFObjectHandle after)
{
    return same(before, after, 0, Mode::Object);
}

bool ObjectComparer::sameValue(QPDFObjectHandle before, QPDFObjectHandle after)
{
    return same(before, after, 0, Mode::Value);
}

bool ObjectComparer::sameContent(QPDFObjectHandle before, QPDFObjectHandle after)
{
    m_following.clear();
    m_followed = 0;
    return same(before, after, 0, Mode::Content);
}

bool ObjectComparer::same(QPDFObjectHandle a, QPDFObjectHandle b, int depth, Mode mode)
{
    if (depth > m_budget.limits().maxNestingDepth)
        return false; // too deep to tell: count it as a change
    const bool nothingA = absent(a, m_xrefBefore);
    const bool nothingB = absent(b, m_xrefAfter);
    if (nothingA || nothingB) {
        // A reference that resolves to nothing is compared by the object it names: filling it in
        // later is a change, made to that object.
        if (!nothingA || !nothingB)
            return false;
        const bool indirectA = a.isInitialized() && a.isIndirect();
        const bool indirectB = b.isInitialized() && b.isIndirect();
        return !(indirectA && indirectB) || a.getObjGen() == b.getObjGen();
    }
    if (a.isIndirect() || b.isIndirect()) {
        const bool sameTarget = a.isIndirect() && b.isIndirect() && a.getObjGen() == b.getObjGen();
        if (mode == Mode::Value || (mode == Mode::Object && depth > 0) || (mode == Mode::Content && sameTarget))
            return sameTarget;
        if (mode == Mode::Content) {
            // Follow both; a pair met again while it is being compared is taken as equal (what
            // differs is found on the first path through it).
            const QPair<QPDFObjGen, QPDFObjGen> pair(a.isIndirect() ? a.getObjGen() : QPDFObjGen(),
                                                      b.isIndirect() ? b.getObjGen() : QPDFObjGen());
            if (m_following.contains(pair))
                return true;
            if (++m_followed > kMaxFollowed)
                return false;
            m_following.insert(pair);
        }
    }

    const qpdf_object_type_e type = a.getTypeCode();
    if (a.isNumber() && b.isNumber())
        return sameNumber(a, b);
    if (type != b.getTypeCode())
        return false;
    switch (type) {
    case ::ot_boolean:
        return a.getBoolValue() == b.getBoolValue();
    case ::ot_string:
        return a.getStringValue() == b.getStringValue();
    case ::ot_name:
        return a.getName() == b.getName();
    case ::ot_array: {
        const int n = a.getArrayNItems();
        if (n != b.getArrayNItems())
            return false;
        for (int i = 0; i < n; ++i) {
            if (i % 4096 == 4095)
                m_budget.check();
            if (!same(a.getArrayItem(i), b.getArrayItem(i), depth + 1, nested(mode)))
                return false;
        }
        return true;
    }
    case ::ot_dictionary: {
        const std::map<std::string, QPDFObjectHandle> x = a.getDictAsMap();
        const std::map<std::string, QPDFObjectHandle> y = b.getDictAsMap();
        for (const auto &[key, value] : x) {
            const auto other = y.find(key);
            if (!same(value, other == y.end() ? QPDFObjectHandle() : other->second, depth + 1, nested(mode)))
                return false;
        }
        for (const auto &[key, value] : y) {
            if (x.find(key) == x.end() && !same(QPDFObjectHandle(), value, depth + 1, nested(mode)))
                return false;
        }
        return true;
    }
    case ::ot_stream:
        return sameStream(a, b, depth, mode);
    default:
        return a.unparse() == b.unparse();
    }
}

bool ObjectComparer::sameStream(QPDFObjectHandle a, QPDFObjectHandle b, int depth, Mode mode)
{
    const std::map<std::string, QPDFObjectHandle> x = a.getDict().getDictAsMap();
    const std::map<std::string, QPDFObjectHandle> y = b.getDict().getDictAsMap();
    for (const auto &[key, value] : x) {
        const auto other = y.find(key);
        if (!isEncodingKey(key) && !same(value, other == y.end() ? QPDFObjectHandle() : other->second, depth + 1, nested(mode)))
            return false;
    }
    for (const auto &[key, value] : y) {
        if (!isEncodingKey(key) && x.find(key) == x.end() && !same(QPDFObjectHandle(), value, depth + 1, nested(mode)))
            return false;
    }

    m_budget.check();
    try {
        const bool sameEncoding = same(a.getDict().getKey("/Filter"), b.getDict().getKey("/Filter"), depth + 1, nested(mode))
                                  && same(a.getDict().getKey("/DecodeParms"), b.getDict().getKey("/DecodeParms"), depth + 1, nested(mode));
        if (sameEncoding) {
            std::shared_ptr<Buffer> rawA = a.getRawStreamData();
            std::shared_ptr<Buffer> rawB = b.getRawStreamData();
            m_budget.spendDecodedBytes(qint64(rawA->getSize() + rawB->getSize()));
            if (rawA->getSize() == rawB->getSize()
                && std::equal(rawA->getBuffer(), rawA->getBuffer() + rawA->getSize(), rawB->getBuffer()))
                return true;
        }
        // Different bytes may still decode to the same data (recompressed, or another filter).
        if (m_decoded) {
            if (const std::optional<bool> same = m_decoded->sameData(m_before, a, m_after, b, m_budget))
                return *same;
        }
        const std::optional<QByteArray> decodedA = m_decoded ? m_decoded->decoded(m_before, a, m_budget) : m_before.decodedStream(a, m_budget);
        const std::optional<QByteArray> decodedB = m_decoded ? m_decoded->decoded(m_after, b, m_budget) : m_after.decodedStream(b, m_budget);
        return decodedA && decodedB && *decodedA == *decodedB;
    } catch (const LimitExceeded &e) {
        if (e.kind() != LimitExceeded::Kind::Memory)
            throw;
        return false; // too large to compare: count it as a change
    } catch (const std::exception &) {
        return false; // unreadable data: count it as a change
    }
}

} // namespace granska::modifications
