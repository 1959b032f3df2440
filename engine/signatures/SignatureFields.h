// Finds the signatures in a document: every signature field of the interactive form (walking
// /Kids, with inherited /FT), and signature widgets that sit on pages without being in the form.
// One signature dictionary referenced from several fields counts once.
#pragma once

#include "pdf/Limits.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <qpdf/QPDFObjectHandle.hh>

namespace granska {

class PdfDocument;

struct SignatureField {
    QString name;              // fully qualified field name
    QPDFObjectHandle field;    // the field dictionary
    QPDFObjectHandle value;    // the signature dictionary (/V)
    int page = 0;              // 1-based page of its widget, 0 when none
    QRectF rect;
    bool visible = false;
};

struct UnsignedField {
    QString name;
    int page = 0;
};

struct SignatureFieldScan {
    QList<SignatureField> signed_;
    QList<UnsignedField> empty; // signature fields not yet signed
    QStringList problems;       // a damaged form (reference loops), in plain words
};

// With `pages` false only the interactive form is walked: no page numbers, no widgets outside the
// form, but much cheaper (for earlier revisions, where only the signatures themselves matter).
SignatureFieldScan findSignatureFields(PdfDocument &document, const Budget &budget, bool pages = true);

// The form of an earlier revision (`pages` false), reading the objects it shares with the final
// document through that document, which has parsed them already: looking for signatures the final
// document lost otherwise parses the whole form once more for every earlier revision. When either
// cross-reference table had to be repaired meanwhile, the revision is walked again on its own.
SignatureFieldScan findSignatureFieldsOfRevision(PdfDocument &revision, PdfDocument &final, const Budget &budget);

} // namespace granska
