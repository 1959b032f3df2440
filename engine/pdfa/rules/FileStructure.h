// The file-structure rule group (ISO 19005-1 6.1, ISO 19005-2/3 6.1): its own subjects, made
// from the file's bytes as written (engine/pdfa/cos), and the parts it is split into.
//
// Clause numbers differ between the parts: PDF/A-1 has cross-reference rules in 6.1.4, indirect
// objects in 6.1.8, filters in 6.1.10, embedded files in 6.1.11, limits in 6.1.12 and optional
// content in 6.1.13; PDF/A-2 and -3 have streams in 6.1.7.1, filters in 6.1.7.2, names in 6.1.8,
// indirect objects in 6.1.9, inline images in 6.1.10, permissions in 6.1.12 and limits in 6.1.13.
#pragma once

#include "pdfa/Rule.h"
#include "pdfa/cos/FileLayout.h"

#include <QByteArray>
#include <QString>
#include <array>
#include <optional>
#include <qpdf/QPDFObjectHandle.hh>

namespace granska::pdfa {

class Registry;
class Validation;

// The file as a whole: its header, its trailers and its end (veraPDF: CosDocument).
struct FileSubject {
    ObjectLocation where;
    qint64 headerOffset = -1;
    QByteArray headerLine;
    bool commentPresent = false;
    std::array<int, 4> commentBytes{};
    bool linearized = false;
    std::optional<QByteArray> firstPageId; // /ID of a linearized file's first-page trailer
    std::optional<QByteArray> lastId;      // /ID of the last trailer (the first-page one excluded)
    int postEofBytes = -1;
    bool encrypted = false;
    bool crossReferenceStreams = false;
    qint64 indirectObjects = 0;
};

// One cross-reference table as written (veraPDF: CosXRef).
struct XRefSectionSubject {
    ObjectLocation where;
    qint64 offset = 0;
    bool eolAfterKeyword = true;
    bool subsectionHeadersSpaced = true;
};

// One indirect object as written, with the white space around "obj" and "endobj" (CosIndirect).
struct IndirectObjectSubject {
    ObjectLocation where;
    const cos::IndirectObject *object = nullptr;
};

// One stream as written: the keywords' end-of-lines, its true length, its dictionary (CosStream).
struct RawStreamSubject {
    ObjectLocation where;
    const cos::IndirectObject *object = nullptr;
};

// One hexadecimal string as written, in an object, an object stream or a content stream.
struct HexStringSubject {
    ObjectLocation where;
    qint64 characters = 0;
    bool onlyDigits = true;
};

// One filter of a stream, with the name of the crypt filter for Crypt (CosFilter).
struct StreamFilterSubject {
    ObjectLocation where;
    QByteArray filter;
    QByteArray cryptFilterName;
};

// A name that must be valid UTF-8 in PDF/A-2 and -3: a structure type or a role-map name
// (CosUnicodeName; font names and colourants are checked on their font and colour space).
struct UnicodeNameSubject {
    ObjectLocation where;
    QByteArray name;
};

// A signature reference dictionary (/Reference of a signature dictionary; PDSigRef).
struct SignatureReferenceSubject {
    ObjectLocation where;
    mutable QPDFObjectHandle reference;
    bool permissionsHaveDocMdp = false;
};

// What the group's producers share for one document.
struct FileStructureFacts {
    bool read = false;
    cos::FileLayout layout;
};

// The layout of the validated file, read once.
const cos::FileLayout &fileLayout(Validation &validation);
// Where in the file an offset lies, as a location with the revision it belongs to.
ObjectLocation locateOffset(Validation &validation, qint64 offset, const QString &context, int objectNumber = 0, int generation = 0);

void registerSyntaxRules(Registry &registry);   // header, trailer, xref, strings, streams, objects
void registerLimitRules(Registry &registry);    // implementation limits
void registerFeatureRules(Registry &registry);  // filters, names, embedded files, optional content, permissions

void produceSyntax(Validation &validation);
void produceContentOperands(Validation &validation);
void produceFeatures(Validation &validation);

} // namespace granska::pdfa
