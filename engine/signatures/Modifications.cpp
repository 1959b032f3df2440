#include "Modifications.h"

#include "ModificationClassifier.h"
#include "ModificationPolicy.h"
#include "RewrittenObjects.h"
#include "SignatureDictionaries.h"
#include "pdf/PdfDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <limits>
#include <memory>
#include <optional>

namespace granska {
namespace {

using namespace modifications;

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::Modifications)
};

// Anything but white space (or the NUL padding some writers leave) after the last %%EOF.
bool hasAppendedData(QByteArrayView file, qint64 end)
{
    for (qint64 i = std::max<qint64>(end, 0); i < file.size(); ++i) {
        const char c = file[i];
        if (c != ' ' && c != '\r' && c != '\n' && c != '\t' && c != '\f' && c != '\0')
            return true;
    }
    return false;
}

// Opens one revision on its own (a prefix of the file, not copied), or takes the document itself
// when the revision is the whole file.
// An earlier revision is walked reading the objects it shares with the final document through
// that document (see SharedReading), unless repairing either table while walking makes the
// sharing uncertain; then it is walked again on its own.
// The signature dictionaries the revision does not share with the final document are read ahead
// of QPDF, as the document's were (see SignatureDictionaries.h): the walk reads them there, and
// QPDF would read their values a hex digit at a time. (The file's table may differ from one the
// revision repaired, say.)
RevisionGraph describeEarlierRevision(PdfDocument &revision, PdfDocument &final, Budget &budget, GraphScope scope,
                                      const QList<QList<qint64>> &byteRanges)
{
    const std::map<QPDFObjGen, QPDFXRefEntry> finalXref = final.qpdf().getXRefTable();
    const std::map<QPDFObjGen, QPDFXRefEntry> ownXref = revision.qpdf().getXRefTable();
    const SharedReading shared{&final, &finalXref, &ownXref};
    // Asked of the tables only: resolving the final document's object to see whether it is a stream
    // (as readsShared() does) would read objects nothing else reads, and report their damage.
    readSignatureDictionaries(revision, byteRanges, [&](QPDFObjGen id) { return !sameBytes(shared, id); }, &ownXref);
    readRewrittenObjects(revision, ownXref, finalXref, budget);
    RevisionGraph graph = describeRevision(revision, budget, scope, &shared);
    if (sameTable(revision.qpdf().getXRefTable(), ownXref) && sameTable(final.qpdf().getXRefTable(), finalXref))
        return graph;
    return describeRevision(revision, budget, scope);
}

std::unique_ptr<RevisionSnapshot> openSnapshot(PdfDocument &document, const QList<Revision> &revisions, int index,
                                               bool wholeDocument, Budget &budget, const QList<QList<qint64>> &byteRanges,
                                               GraphScope scope = GraphScope::Everything)
{
    auto snapshot = std::make_unique<RevisionSnapshot>();
    snapshot->index = index;
    if (wholeDocument) {
        snapshot->document = &document;
    } else {
        const QByteArrayView bytes = signedRevisionBytes(document.bytes(), revisions[index - 1]);
        PdfDocument::OpenResult opened = PdfDocument::openView(bytes, QStringLiteral("revision %1").arg(index));
        if (!opened.document) {
            snapshot->problem = opened.message;
            return snapshot;
        }
        snapshot->owned = std::move(opened.document);
        snapshot->document = snapshot->owned.get();
    }
    try {
        snapshot->graph = wholeDocument ? describeRevision(document, budget, scope)
                                        : describeEarlierRevision(*snapshot->document, document, budget, scope, byteRanges);
        // Read after the walk: resolving objects may have made QPDF repair the table.
        snapshot->xref = snapshot->document->qpdf().getXRefTable();
    } catch (const LimitExceeded &) {
        throw;
    } catch (const std::exception &e) {
        snapshot->problem = QString::fromUtf8(e.what());
    }
    return snapshot;
}

// A change that cannot be classified counts as one that is not permitted: nothing vouches for it.
Change uncheckable(int revision, const QString &why)
{
    return {revision, QLatin1String(kOther), Tr::tr("What revision %1 changed cannot be checked: %2").arg(revision).arg(why), QString()};
}

Change unreadable(int revision, const RevisionSnapshot &snapshot)
{
    return uncheckable(revision, Tr::tr("revision %1 cannot be read (%2).").arg(snapshot.index).arg(snapshot.problem));
}

QString verdictOf(const QList<ModificationInfo> &modifications)
{
    if (modifications.isEmpty())
        return QStringLiteral("none");
    for (const ModificationInfo &m : modifications) {
        if (!m.permitted)
            return QStringLiteral("not-permitted");
    }
    return QStringLiteral("permitted");
}

} // namespace

QByteArrayView signedRevisionBytes(QByteArrayView file, const Revision &revision)
{
    if (revision.end <= 0)
        return {};
    return file.first(std::min<qint64>(revision.end, file.size()));
}

void judgeModifications(PdfDocument &document, const QList<Revision> &revisions, QList<SignatureInfo> &signatures, const Budget &callerBudget,
                        const QList<QList<qint64>> *writtenRanges)
{
    if (signatures.isEmpty() || revisions.isEmpty())
        return;
    const QList<QList<qint64>> byteRanges = writtenRanges ? *writtenRanges : rawByteRanges(document.bytes());
    Budget budget = callerBudget; // the caller's deadline and cancel flag, with room to decode streams
    const int last = int(revisions.size());
    const bool appended = hasAppendedData(document.bytes(), revisions.last().end);
    const int whole = appended ? last + 1 : last; // the snapshot that is the file as a whole

    int first = std::numeric_limits<int>::max();
    for (const SignatureInfo &s : std::as_const(signatures)) {
        if (s.revision > 0 && s.revision <= last)
            first = std::min(first, s.revision);
    }

    QList<Change> changes;
    QHash<qsizetype, SignaturePermissions> permissions; // by index in `signatures`
    std::optional<std::map<QPDFObjGen, QPDFXRefEntry>> finalXref; // read when an earlier revision needs it
    const auto readPermissionsAt = [&](RevisionSnapshot &snapshot) {
        if (!snapshot.isReadable())
            return;
        std::optional<SharedReading> shared;
        for (qsizetype i = 0; i < signatures.size(); ++i) {
            const int revision = signatures[i].revision;
            // Signatures that end at no revision are read from the document as it is.
            if (revision != snapshot.index && !(snapshot.index == whole && (revision <= 0 || revision > last)))
                continue;
            try {
                if (snapshot.owned && !shared) {
                    if (!finalXref)
                        finalXref = document.qpdf().getXRefTable();
                    shared = SharedReading{&document, &*finalXref, &snapshot.xref};
                }
                permissions.insert(i, readPermissions(*snapshot.document, snapshot.graph, signatures[i], shared ? &*shared : nullptr));
            } catch (const LimitExceeded &) {
                throw;
            } catch (const std::exception &) {
                // A damaged signature dictionary sets no permissions; its changes are judged as
                // after an approval signature.
            }
        }
    };

    if (first <= last) {
        const auto decoded = std::make_shared<modifications::DecodedStreams>();
        std::unique_ptr<RevisionSnapshot> previous;
        for (int index = first; index <= whole; ++index) {
            budget.check();
            // A snapshot that is compared with no other is only read for permissions.
            const GraphScope scope = first == whole ? GraphScope::FieldsOnly : GraphScope::Everything;
            std::unique_ptr<RevisionSnapshot> current = openSnapshot(document, revisions, index, index == whole, budget, byteRanges, scope);
            current->decoded = decoded;
            if (previous) {
                if (previous->isReadable() && current->isReadable()) {
                    QList<Change> made;
                    try {
                        made = classifyUpdate(*previous, *current, budget);
                    } catch (const LimitExceeded &) {
                        throw;
                    } catch (const std::exception &e) {
                        made = {uncheckable(index, QString::fromUtf8(e.what()))};
                    }
                    if (index > last && !made.isEmpty()) {
                        made.prepend({index, QLatin1String(kOther),
                                      Tr::tr("Data appended after the last end-of-file marker (%EOF) changes the document."), QString()});
                    }
                    changes += made;
                } else {
                    changes.append(unreadable(index, previous->isReadable() ? *current : *previous));
                }
            }
            readPermissionsAt(*current);
            previous = std::move(current);
        }
    } else {
        std::unique_ptr<RevisionSnapshot> current = openSnapshot(document, revisions, whole, true, budget, byteRanges, GraphScope::FieldsOnly);
        readPermissionsAt(*current);
    }

    for (qsizetype i = 0; i < signatures.size(); ++i) {
        SignatureInfo &s = signatures[i];
        s.certificationLevel = permissions.value(i).certificationLevel;
        s.modifications.clear();
        s.modificationsAfter.clear();
        if (s.revision <= 0 || s.revision > last)
            continue; // its signed revision is unknown: nothing can be said about what came after
        // The permissions in force for this signature: its own and those of the signatures
        // before it, which its signer accepted.
        int level = 0;
        QList<FieldLock> locks;
        for (qsizetype j = 0; j < signatures.size(); ++j) {
            const SignatureInfo &t = signatures[j];
            if (t.revision <= 0 || t.revision > s.revision)
                continue;
            const SignaturePermissions p = permissions.value(j);
            if (p.documentPermissions > 0)
                level = level == 0 ? p.documentPermissions : std::min(level, p.documentPermissions);
            locks += p.locks;
        }
        for (const Change &change : std::as_const(changes)) {
            if (change.revision <= s.revision)
                continue;
            const Verdict verdict = judgeChange(change, level, locks);
            ModificationInfo m;
            m.revision = change.revision;
            m.kind = change.kind;
            m.description = verdict.permitted ? change.description : change.description + QLatin1Char(' ') + verdict.reason;
            m.permitted = verdict.permitted;
            s.modifications.append(m);
        }
        s.modificationsAfter = verdictOf(s.modifications);
    }
}

} // namespace granska
