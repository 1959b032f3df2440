// A minimal reader of DER (and BER) encoded ASN.1, for the few places where the signature code
// needs the encoding as written rather than OpenSSL's decoded view: the signed attributes exactly
// as signed, the raw signature value. Bounds-checked; never reads outside the given bytes.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace granska::der {

struct Element {
    unsigned char tag = 0;   // identifier octet (low tag numbers only, as CMS uses)
    QByteArrayView whole;    // tag, length and content
    QByteArrayView content;  // content octets (for indefinite length: up to the end-of-contents)
    bool constructed() const { return tag & 0x20; }
};

// Reads the elements of a constructed element's content, or of a whole buffer, one by one.
class Reader {
public:
    explicit Reader(QByteArrayView data) : m_data(data) {}
    bool atEnd() const { return m_pos >= m_data.size(); }
    // The next element; nullopt at the end or when the encoding is malformed.
    std::optional<Element> next();

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

// Reads exactly one element at the start of data.
std::optional<Element> readElement(QByteArrayView data, int depth = 0);

// An element with the given identifier octet and content, in DER's definite length form.
QByteArray encode(unsigned char tag, QByteArrayView content);

} // namespace granska::der
