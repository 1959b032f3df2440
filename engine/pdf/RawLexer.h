// A minimal PDF tokenizer over raw bytes, for the places where the engine must look at the file as
// written rather than through QPDF's repaired view: cross-reference sections, trailers, the
// signature's /Contents gap. Never reads outside the view it was given.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace granska {

class RawLexer {
public:
    explicit RawLexer(QByteArrayView data, qint64 position = 0) : m_data(data), m_pos(position) {}

    qint64 position() const { return m_pos; }
    void setPosition(qint64 position) { m_pos = position; }
    bool atEnd() const { return m_pos >= m_data.size(); }

    static bool isWhitespace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }
    static bool isDelimiter(char c) { return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' || c == '%'; }

    // Skips white space and comments.
    void skipWhitespace();
    // Skips white space only: for places where a comment such as %%EOF is itself the token sought.
    void skipSpaces();
    // Reads an unsigned integer; leaves the position unchanged when there is none.
    std::optional<qint64> readUnsigned();
    // True and advances when the next token is exactly this keyword.
    bool readKeyword(QByteArrayView keyword);
    // Within a dictionary starting at the current position ("<<"), the integer value of a direct
    // entry such as /Prev; nullopt when absent or malformed. Nested objects are skipped.
    std::optional<qint64> dictionaryInteger(QByteArrayView key, qint64 maxBytes = 1 << 20);
    // Within a dictionary starting at the current position, the name value of a direct entry.
    std::optional<QByteArray> dictionaryName(QByteArrayView key, qint64 maxBytes = 1 << 20);

private:
    // Walks the dictionary at the current position and calls visit(key, valueStart) for each
    // top-level key; stops when visit returns true. Returns false when the dictionary is malformed.
    template <typename Visit>
    bool walkDictionary(qint64 maxBytes, Visit visit);
    bool skipObject(int depth);
    QByteArray readName();

    QByteArrayView m_data;
    qint64 m_pos = 0;
};

} // namespace granska
