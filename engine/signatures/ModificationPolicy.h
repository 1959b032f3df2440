// What a signature allows to change after it: the DocMDP permissions of a certification signature
// (ISO 32000-1, 12.8.2.2: the signature dictionary's /Reference, or the catalog's /Perms /DocMDP),
// the PDF 2.0 /P of a signature field's lock, and the FieldMDP locks on named fields (/Reference,
// or the signature field's /Lock). And whether a change is within what is allowed.
#pragma once

#include "ModificationClassifier.h"
#include "assessment/Assessment.h"

#include <QList>
#include <QStringList>

namespace granska {

class PdfDocument;

namespace modifications {

struct FieldLock {
    enum class Action { All, Include, Exclude };
    Action action = Action::All;
    QStringList fields;  // fully qualified names
    QString lockedBy;    // the signature field that set the lock

    bool locks(const QString &field) const;
};

struct SignaturePermissions {
    int certificationLevel = 0;   // DocMDP P when the signature certifies the document; 0 otherwise
    int documentPermissions = 0;  // the P that restricts later changes (DocMDP or a lock's /P); 0 when none
    QList<FieldLock> locks;
};

// Reads the permissions a signature sets, from the revision it signed (the signature dictionary and
// its field are found by object number, else by field name). With `shared`, an earlier revision's
// signature dictionary is read through the final document where the two share it.
SignaturePermissions readPermissions(PdfDocument &document, const RevisionGraph &graph, const SignatureInfo &signature,
                                     const SharedReading *shared = nullptr);

struct Verdict {
    bool permitted = false;
    QString reason; // why not, in plain words; empty when permitted
};

// Judges a change against the permissions in force: documentPermissions is the strictest P of the
// signatures up to and including the one judged (0 when none set any), locks are their field locks.
Verdict judgeChange(const Change &change, int documentPermissions, const QList<FieldLock> &locks);

} // namespace modifications
} // namespace granska
