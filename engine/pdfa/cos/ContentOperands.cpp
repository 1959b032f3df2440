#include "ContentOperands.h"

#include "pdf/Limits.h"

namespace granska::pdfa::cos {
namespace {

constexpr int kTokensBetweenChecks = 4096;

// Inline image data runs from the byte after "ID" and its one white-space byte to an "EI" that
// stands alone between white space (ISO 32000-1, 8.9.7). Returns the offset after "EI".
qint64 skipInlineImageData(QByteArrayView data, qint64 from)
{
    qint64 p = from + 1;
    while (p < data.size()) {
        const qint64 at = data.indexOf(QByteArrayView("EI"), p);
        if (at < 0)
            return data.size();
        const bool before = at == 0 || isWhitespace(data[at - 1]);
        const bool after = at + 2 >= data.size() || isWhitespace(data[at + 2]) || isDelimiter(data[at + 2]);
        if (before && after)
            return at + 2;
        p = at + 1;
    }
    return data.size();
}

} // namespace

void visitContentOperands(QByteArrayView data, Budget &budget, const std::function<void(const Token &)> &visit)
{
    Scanner scanner(data);
    int dictionaryDepth = 0;
    bool inInlineImageDictionary = false;
    int sinceCheck = 0;
    for (;;) {
        if (++sinceCheck == kTokensBetweenChecks) {
            sinceCheck = 0;
            budget.check();
        }
        const Token token = scanner.next();
        switch (token.kind) {
        case Token::Kind::End:
            return;
        case Token::Kind::DictOpen:
            ++dictionaryDepth;
            break;
        case Token::Kind::DictClose:
            if (dictionaryDepth > 0)
                --dictionaryDepth;
            break;
        case Token::Kind::Keyword:
            if (token.text == "BI") {
                inInlineImageDictionary = true;
            } else if (token.text == "ID") {
                inInlineImageDictionary = false;
                scanner.setPosition(skipInlineImageData(data, token.end));
            } else {
                dictionaryDepth = 0; // an operator ends whatever dictionary was left open
            }
            break;
        case Token::Kind::Number:
        case Token::Kind::String:
        case Token::Kind::HexString:
            if (dictionaryDepth == 0 && !inInlineImageDictionary)
                visit(token);
            break;
        default:
            break;
        }
    }
}

} // namespace granska::pdfa::cos
