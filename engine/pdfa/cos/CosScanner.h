// A tokenizer and object parser over PDF bytes exactly as written (ISO 32000-1, 7.2-7.3), for the
// file-structure rules of PDF/A that concern spelling rather than meaning: how hexadecimal strings
// are written, which white space surrounds keywords, what follows the stream keyword. QPDF hides
// all of this once it has parsed an object, so these rules read the bytes themselves.
//
// Never reads outside the view it was given; every loop advances; nesting is bounded.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <cstdint>
#include <functional>
#include <vector>

namespace granska::pdfa::cos {

constexpr bool isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}
constexpr bool isEol(char c) { return c == '\n' || c == '\r'; }
constexpr bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' || c == '%';
}
constexpr bool isRegular(char c) { return !isWhitespace(c) && !isDelimiter(c); }
constexpr bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

struct Token {
    enum class Kind : std::uint8_t {
        End, Number, Name, String, HexString, Keyword, ArrayOpen, ArrayClose, DictOpen, DictClose, Invalid
    };
    Kind kind = Kind::End;
    qint64 start = 0; // offset of the token's first byte
    qint64 end = 0;   // offset just past its last byte
    QByteArray bytes;      // name (no slash, #xx resolved) or string value
    QByteArrayView text;   // a keyword's or number's bytes as written (a view into the scanned data)
    bool isInteger = false;
    qint64 integer = 0; // saturated at the qint64 range
    double real = 0;    // a number's value (also set for integers)
    // Hexadecimal strings: how many non-white-space characters stand between < and >, and whether
    // all of them are hexadecimal digits.
    qint64 hexCharacters = 0;
    bool hexOnlyDigits = true;
    bool unterminated = false; // a string, hex string or name that runs into the end of the data

    bool isKeyword(QByteArrayView word) const { return kind == Kind::Keyword && text == word; }
};

class Scanner {
public:
    explicit Scanner(QByteArrayView data, qint64 position = 0) : m_data(data), m_pos(position) {}

    QByteArrayView data() const { return m_data; }
    qint64 size() const { return m_data.size(); }
    qint64 position() const { return m_pos; }
    void setPosition(qint64 position) { m_pos = position < 0 ? 0 : position; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    // The byte at an offset, or -1 outside the data.
    int byteAt(qint64 offset) const { return offset >= 0 && offset < m_data.size() ? int(quint8(m_data[offset])) : -1; }

    void skipWhitespace();            // white space only
    void skipWhitespaceAndComments(); // white space and % comments
    // The next token, after white space and comments.
    Token next();
    // The next token without consuming it.
    Token peek();

private:
    void readName(Token &token);
    void readLiteralString(Token &token);
    void readHexString(Token &token);
    void readRegular(Token &token);

    QByteArrayView m_data;
    qint64 m_pos = 0;
};

// A parsed object. Arrays keep their items in `children`; dictionaries keep keys and values in
// `keys` and `children` side by side, in the order written.
struct Value {
    enum class Type : std::uint8_t { Null, Boolean, Number, Name, String, Array, Dictionary, Reference, Invalid };
    Type type = Type::Invalid;
    bool boolean = false;
    bool isInteger = false;
    qint64 integer = 0;
    double real = 0;
    QByteArray bytes;              // name or string
    int objectNumber = 0;          // references
    int generation = 0;
    std::vector<QByteArray> keys;  // dictionaries
    std::vector<Value> children;   // array items, dictionary values
    qint64 start = 0;
    qint64 end = 0;

    bool isDictionary() const { return type == Type::Dictionary; }
    // The value of a dictionary key (without slash); null when absent or not a dictionary.
    const Value *find(QByteArrayView key) const;
};

// Parses objects from a scanner's position. Hexadecimal strings met anywhere inside are reported
// to the visitor, so that callers can check their spelling without walking the tree again.
class ObjectParser {
public:
    using HexVisitor = std::function<void(const Token &)>;

    explicit ObjectParser(Scanner &scanner, HexVisitor visitor = {}, int maxDepth = 256)
        : m_scanner(scanner), m_visitor(std::move(visitor)), m_maxDepth(maxDepth) {}

    // Parses one object (an indirect reference "n g R" counts as one). False when the bytes at
    // the position are not an object; the scanner then stands after what was read.
    bool parse(Value &out);

private:
    bool parseFrom(const Token &first, Value &out, int depth);

    Scanner &m_scanner;
    HexVisitor m_visitor;
    int m_maxDepth;
};

} // namespace granska::pdfa::cos
