// A signature dictionary holds the signature as a hex string of 8,000 to 60,000 digits, which
// QPDF's tokenizer reads one character at a time: in a typical signed document, more characters
// than all its other objects together. The dictionaries are read here ahead of QPDF instead: QPDF
// parses each dictionary's text with a short placeholder where the string was, and the string,
// which the signature's byte range bounds, is decoded here and put in its place. Whatever does
// not look exactly so, or makes QPDF warn, is left to QPDF to read as it would have.
#pragma once

#include <QByteArrayView>
#include <QList>
#include <functional>
#include <map>
#include <qpdf/QPDFXRefEntry.hh>
#include <qpdf/QPDFObjGen.hh>

namespace granska {

class PdfDocument;

// Every "/ByteRange [a b c d]" written in the file, as its bytes give it (at most 1000, each once).
QList<QList<qint64>> rawByteRanges(QByteArrayView file);

// `byteRanges` are the "/ByteRange [...]" arrays as the file's bytes give them. Call before
// anything reads the signature dictionaries. With `wanted`, only the dictionaries it accepts are
// read: an earlier revision reads ahead only those it will not read through the final document.
// `table` is the document's cross-reference table when the caller has read it already.
void readSignatureDictionaries(PdfDocument &document, const QList<QList<qint64>> &byteRanges,
                               const std::function<bool(QPDFObjGen)> &wanted = {},
                               const std::map<QPDFObjGen, QPDFXRefEntry> *table = nullptr);

} // namespace granska
