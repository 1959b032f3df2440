#include "Validator.h"

#include "Flavour.h"
#include "Producers.h"
#include "Validation.h"

#include <QCoreApplication>

namespace granska {
namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::Validator)
};
} // namespace

void validatePdfa(PdfDocument &document, const QList<Revision> &revisions, const QString &flavourName, Budget &budget,
                  PdfaResult &result)
{
    const pdfa::Flavour flavour = pdfa::parseFlavour(flavourName);
    if (!flavour.valid() || flavour.part == 4) {
        result.compliant.reset();
        result.note = Tr::tr("Validation against PDF/A-%1 is not supported yet; no verdict is given.").arg(flavourName.toUpper());
        return;
    }
    pdfa::Validation validation(document, revisions, flavour, budget);
    int count = 0;
    const pdfa::Producer *producers = pdfa::allProducers(count);
    QStringList damaged;
    try {
        for (int i = 0; i < count; ++i) {
            // A damaged object QPDF cannot read stops one producer, not the whole validation.
            try {
                producers[i](validation);
            } catch (const LimitExceeded &) {
                throw;
            } catch (const std::exception &e) {
                damaged << QString::fromUtf8(e.what());
            }
        }
    } catch (const LimitExceeded &) {
        // What was checked so far stands, but without a complete check there is no verdict.
        result.rulesChecked = validation.rulesChecked();
        result.violations = validation.violations();
        result.compliant.reset();
        result.note = Tr::tr("The validation could not be completed within the limits; the failures listed are those found so far.");
        throw;
    }
    result.rulesChecked = validation.rulesChecked();
    result.violations = validation.violations();
    if (!damaged.isEmpty()) {
        // Parts of the document could not be read, so not every rule could be checked: a document
        // that cannot be read completely cannot be shown to conform.
        result.compliant = false;
        result.note = Tr::tr("Parts of the document could not be read, so some rules could not be checked: %1").arg(damaged.join(QStringLiteral("; ")));
        return;
    }
    result.compliant = result.violations.isEmpty();
}

} // namespace granska
