// Splits decoded content-stream data into operands and operators (ISO 32000-1, 7.8.2), including
// inline images (BI ... ID data EI). Our own rather than QPDF's so that data already decoded within
// the budget's limits is parsed as it is, and every malformed byte is survivable.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <utility>

namespace granska::pdfa {

struct Operand {
    enum class Type { Null, Boolean, Number, Name, String, Array, Dictionary, Unknown };
    Type type = Type::Null;
    double number = 0;
    bool isInteger = false;
    bool boolean = false;
    QByteArray bytes;          // name (no slash) or string value
    bool hexString = false;
    QList<Operand> items;      // array items
    QList<std::pair<QByteArray, Operand>> entries; // dictionary entries, keys without slash

    const Operand *value(QByteArrayView key) const;
};

struct ContentToken {
    bool isOperator = false;
    QByteArrayView op;    // when isOperator; points into the data being lexed
    Operand operand;      // otherwise
    qint64 offset = 0;    // within the decoded data
    // For BI: the inline image dictionary is in operand, the image data here.
    QByteArray inlineImageData;

    // Back to a fresh token, in place: a page has hundreds of thousands of tokens, and building a
    // new one for each showed in profiles.
    void reset()
    {
        isOperator = false;
        op = {};
        operand.type = Operand::Type::Null;
        operand.number = 0;
        operand.isInteger = false;
        operand.boolean = false;
        operand.bytes.clear();
        operand.hexString = false;
        operand.items.clear();
        operand.entries.clear();
        offset = 0;
        inlineImageData.clear();
    }
};

class ContentLexer {
public:
    explicit ContentLexer(QByteArrayView data) : m_data(data) {}
    // The next token; false at the end of the data.
    bool next(ContentToken &token);
    bool malformed() const { return m_malformed; } // something could not be tokenised

private:
    bool readOperand(Operand &operand, int depth);
    void skipWhitespace();
    QByteArray readName();
    QByteArray readLiteralString();
    QByteArray readHexString();
    QByteArrayView readRegular();
    bool readInlineImage(ContentToken &token);

    QByteArrayView m_data;
    qint64 m_pos = 0;
    bool m_malformed = false;
};

} // namespace granska::pdfa
