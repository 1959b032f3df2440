// Validation material embedded in the document: the document security store (/DSS, ISO 32000-2
// 12.8.4.3, ETSI EN 319 142-1) with its certificates, OCSP responses and CRLs, and the
// per-signature VRI entries.
#pragma once

#include "assessment/Assessment.h"
#include "pdf/Limits.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace granska {

class PdfDocument;
class ObjectRevisions;

struct EmbeddedObject {
    QByteArray der;
    QString source;   // plain words: "DSS", "VRI", "signature (CMS)", ...
    int revision = 0; // the revision that wrote it (0: inside a signature, or unknown)
};

struct ValidationMaterial {
    QList<EmbeddedObject> certificates;
    QList<EmbeddedObject> ocsps;
    QList<EmbeddedObject> crls;

    void append(const ValidationMaterial &other)
    {
        certificates += other.certificates;
        ocsps += other.ocsps;
        crls += other.crls;
    }
    bool isEmpty() const { return certificates.isEmpty() && ocsps.isEmpty() && crls.isEmpty(); }
    // Adds the objects of `other` not already here (by their bytes).
    void merge(const ValidationMaterial &other);
};

struct SecurityStore {
    bool present = false;
    ValidationMaterial dss;                  // Certs, OCSPs, CRLs
    QHash<QString, ValidationMaterial> vri;  // keyed by upper-case hex SHA-1 of a signature's /Contents
    QHash<QString, int> vriTimestampRevision; // VRI /TS present (a timestamp of the VRI), by key
    int revision = 0;                        // the revision that last wrote the DSS dictionary
};

// The DSS of the final revision, joined by what the DSS of each earlier revision held: a later
// update may replace the dictionary and drop entries that still serve older signatures.
SecurityStore readSecurityStore(PdfDocument &document, const QList<Revision> &revisions, const ObjectRevisions &objectRevisions,
                                const Budget &budget);

// The VRI key of a signature: SHA-1 of its /Contents bytes, upper-case hexadecimal.
QString vriKey(const QByteArray &contents);

} // namespace granska
