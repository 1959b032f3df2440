#include "RewrittenObjects.h"

#include "ModificationGraph.h"
#include "pdf/PdfDocument.h"
#include "pdf/RawLexer.h"

#include <limits>
#include <optional>
#include <qpdf/BufferInputSource.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFTokenizer.hh>
#include <vector>

namespace granska::modifications {
namespace {

using Table = std::map<QPDFObjGen, QPDFXRefEntry>;

// The header of an object stream: pairs of object number and offset (from /First), as many as
// /N says. A number listed twice takes its last offset, as in QPDF. Anything but unsigned
// integers between white space and comments: nullopt (such a stream is left to QPDF).
std::optional<std::map<int, qint64>> readHeader(QByteArrayView data, qint64 count)
{
    std::map<int, qint64> offsets;
    RawLexer lexer(data);
    auto nextNumber = [&]() -> std::optional<qint64> {
        lexer.skipWhitespace();
        const std::optional<qint64> value = lexer.readUnsigned();
        const bool delimited = lexer.atEnd() || RawLexer::isWhitespace(data[lexer.position()])
                               || RawLexer::isDelimiter(data[lexer.position()]);
        if (!value || !delimited || *value > std::numeric_limits<int>::max())
            return std::nullopt;
        return value;
    };
    for (qint64 i = 0; i < count; ++i) {
        const std::optional<qint64> number = nextNumber();
        const std::optional<qint64> offset = number ? nextNumber() : std::nullopt;
        if (!offset)
            return std::nullopt;
        offsets[int(*number)] = *offset;
    }
    return offsets;
}

void readFromStream(PdfDocument &revision, int streamNumber, const std::vector<QPDFObjGen> &ids, Budget &budget)
{
    QPDFObjectHandle stream = revision.qpdf().getObject(streamNumber, 0);
    if (!stream.isStream())
        return;
    QPDFObjectHandle dictionary = stream.getDict();
    QPDFObjectHandle count = dictionary.getKey("/N");
    QPDFObjectHandle first = dictionary.getKey("/First");
    if (!dictionary.isDictionaryOfType("/ObjStm") || !count.isInteger() || !first.isInteger() || count.getIntValue() < 0
        || first.getIntValue() < 0)
        return; // QPDF warns about these or refuses the stream: its reading decides
    const std::optional<QByteArray> data = revision.decodedStream(stream, budget);
    if (!data)
        return;
    const std::optional<std::map<int, qint64>> offsets = readHeader(*data, count.getIntValue());
    if (!offsets)
        return;
    const qint64 start = first.getIntValue();
    auto input = std::make_shared<BufferInputSource>("revision object stream " + std::to_string(streamNumber),
                                                     std::string(data->constData(), size_t(data->size())));
    QPDFTokenizer tokenizer;
    for (const QPDFObjGen id : ids) {
        const auto offset = offsets->find(id.getObj());
        if (offset == offsets->end() || id.getObj() == streamNumber)
            continue;
        input->seek(start + offset->second, SEEK_SET);
        bool empty = false;
        QPDFObjectHandle object = QPDFObjectHandle::parse(input, "object " + id.unparse(' '), tokenizer, empty, nullptr,
                                                          &revision.qpdf());
        if (empty || !object.isInitialized() || object.isIndirect())
            continue; // QPDF warns about an empty object; a bare reference cannot stand for one
        revision.qpdf().replaceObject(id, object);
    }
}

} // namespace

void readRewrittenObjects(PdfDocument &revision, const Table &own, const Table &final, const Budget &budget)
{
    std::map<int, std::vector<QPDFObjGen>> byStream;
    for (const auto &[id, entry] : own) {
        if (entry.getType() != 2)
            continue;
        const auto shared = final.find(id);
        if (shared != final.end() && sameSource(entry, shared->second, own, final))
            continue; // read through the final document
        byStream[entry.getObjStreamNumber()].push_back(id);
    }
    for (const auto &[streamNumber, ids] : byStream) {
        Budget local = budget; // the same deadline; what is decoded here is not the document's
        try {
            readFromStream(revision, streamNumber, ids, local);
        } catch (const LimitExceeded &e) {
            if (e.kind() == LimitExceeded::Kind::Time || e.kind() == LimitExceeded::Kind::Cancelled)
                throw;
        } catch (const std::exception &) {
            // Damaged: QPDF reads the stream when an object of it is asked for, and says so.
        }
    }
}

} // namespace granska::modifications
