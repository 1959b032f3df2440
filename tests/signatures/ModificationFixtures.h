// Documents for the changes-after-signing test, made at test time as incremental updates: form
// fields to fill, certification signatures with DocMDP and FieldMDP (a structurally complete
// signature whose /Contents holds no CMS: the judgement of changes does not look at the
// cryptography), and the later updates whose permission is judged: form filling, validation data,
// annotations, pages, content swapped under a signature, references filled in after signing.
#pragma once

#include "FixtureStatus.h"

#include <QString>
#include <QStringList>

namespace modificationtest {

using granska::fixtures::FixtureStatus;

// Adds text fields (each merged with its widget on page 1, with an appearance showing its value).
// With sharedAppearanceKey, the first field's appearance stream is also referenced from that
// catalog entry, as pyHanko's "sneaky" test file does.
FixtureStatus addTextFields(const QString &input, const QString &output, const QStringList &names,
                            const QString &sharedAppearanceKey = QString());

struct Certification {
    int p = 2;                  // DocMDP /P; 0 writes no DocMDP (an approval signature)
    QStringList lockedFields;   // FieldMDP /Include; empty writes no FieldMDP
    QString fieldName = QStringLiteral("Certification");
    bool documentTimestamp = false; // /Type /DocTimeStamp, /SubFilter /ETSI.RFC3161 instead
};
// Appends a signature (or document timestamp) update whose byte range is right but whose
// /Contents holds zeros.
FixtureStatus certify(const QString &input, const QString &output, const Certification &certification);

enum class AppearanceUpdate { NewObject, InPlace, None };
// Sets a text field's /V and, unless told not to, gives it an appearance showing the value.
FixtureStatus fillField(const QString &input, const QString &output, const QString &name, const QString &value,
                        AppearanceUpdate appearance = AppearanceUpdate::NewObject);
// Gives a field a new appearance while its value stays as it is.
FixtureStatus changeAppearanceOnly(const QString &input, const QString &output, const QString &name);
// Sets annotation flags of a field's widget (e.g. 2 = Hidden).
FixtureStatus setWidgetFlags(const QString &input, const QString &output, const QString &name, int flags);
FixtureStatus addDss(const QString &input, const QString &output);
FixtureStatus addAnnotation(const QString &input, const QString &output, int page = 1);
FixtureStatus addPage(const QString &input, const QString &output);
FixtureStatus removeLastPage(const QString &input, const QString &output);
FixtureStatus replacePageContent(const QString &input, const QString &output, const QString &text);
// Writes the catalog, the first page and its content stream again, unchanged.
FixtureStatus rewriteUnchanged(const QString &input, const QString &output);
// Before signing: the first page's /Contents becomes [original, N 0 R] with object N absent.
FixtureStatus addDanglingContent(const QString &input, const QString &output, int objectNumber);
// After signing: writes object N as a content stream that draws text.
FixtureStatus fillDanglingContent(const QString &input, const QString &output, int objectNumber);
// Copies the file without its final %%EOF line: an update that readers still apply, but that
// does not close a revision (an incremental saving attack).
FixtureStatus removeFinalEofMarker(const QString &input, const QString &output);
// Copies the file with bytes appended after its end.
FixtureStatus appendBytes(const QString &input, const QString &output, const QByteArray &bytes);
// Adds an entry to the first page's resources whose value is written as given (raw PDF syntax).
FixtureStatus addRawResource(const QString &input, const QString &output, const QByteArray &body);
// Makes the page tree's root one of its own kids.
FixtureStatus loopPageTree(const QString &input, const QString &output);

} // namespace modificationtest
