// One update classified: its bookkeeping, the lists of pages, form fields and annotations, and the
// trailer and catalog entries it changed. The objects it changed are judged in ModificationObjects.cpp.
#include "ModificationUpdate.h"

#include <QCoreApplication>
#include <algorithm>
#include <string_view>

using namespace std::string_view_literals; // see ModificationGraph.cpp

namespace granska::modifications {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::Modifications)
};

constexpr int kMaxListedPages = 10;
constexpr int kMaxListedObjects = 10;
constexpr qsizetype kMaxChangesPerRevision = 100;

bool isTimestampDictionary(QPDFObjectHandle dictionary)
{
    return dictionary.getKey("/Type").isNameAndEquals("/DocTimeStamp")
           || dictionary.getKey("/SubFilter").isNameAndEquals("/ETSI.RFC3161");
}

} // namespace

// --- Reading dictionaries -----------------------------------------------------------------------

bool isDictionaryValue(QPDFObjectHandle value)
{
    return !isNothing(value) && value.isDictionary();
}

std::map<std::string, QPDFObjectHandle> entries(QPDFObjectHandle object)
{
    if (isNothing(object))
        return {};
    if (object.isStream())
        return object.getDict().getDictAsMap();
    if (object.isDictionary())
        return object.getDictAsMap();
    return {};
}

std::set<std::string> keysOf(const std::map<std::string, QPDFObjectHandle> &a, const std::map<std::string, QPDFObjectHandle> &b)
{
    // Sorted, so that the changes are reported in the same order on every run.
    std::set<std::string> keys;
    for (const auto &entry : a)
        keys.insert(entry.first);
    for (const auto &entry : b)
        keys.insert(entry.first);
    return keys;
}

QPDFObjectHandle valueOf(const std::map<std::string, QPDFObjectHandle> &map, const std::string &key)
{
    const auto it = map.find(key);
    return it == map.end() ? QPDFObjectHandle() : it->second;
}

long long integerOf(QPDFObjectHandle value)
{
    return value.isInitialized() && value.isInteger() ? value.getIntValue() : 0;
}

QString keyName(const std::string &key)
{
    return QString::fromStdString(key).mid(1);
}

// --- The update ------------------------------------------------------------------------------------

UpdateClassifier::UpdateClassifier(RevisionSnapshot &before, RevisionSnapshot &after, Budget &budget)
    : m_before(before), m_after(after), m_budget(budget), m_compare(*before.document, *after.document, budget, &before.xref, &after.xref)
{
    m_compare.shareDecodedStreams(after.decoded.get());
}

QList<Change> UpdateClassifier::run()
{
    noteLostObjects();
    comparePages();
    compareFields();
    compareAnnotations();
    compareTrailer();
    compareObjects();
    settleFormSettings();
    settleChangedObjects();
    if (m_unlisted > 0)
        m_changes.append({m_after.index, QLatin1String(m_unlistedKind),
                          Tr::tr("%n more change(s) of this revision are not listed.", nullptr, m_unlisted), QString()});
    return m_changes;
}

// The form's settings (/DR, /DA, /SigFlags) change with the fields they serve: they belong to
// the form filling, signature or document timestamp this update makes.
void UpdateClassifier::formSettingChanged(const QString &description)
{
    if (!m_formSettings.contains(description))
        m_formSettings << description;
}

void UpdateClassifier::settleFormSettings()
{
    const char *kind = kFormFill;
    if (!m_kindsSeen.contains(QLatin1String(kFormFill))) {
        if (m_kindsSeen.contains(QLatin1String(kSignature)))
            kind = kSignature;
        else if (m_kindsSeen.contains(QLatin1String(kDocumentTimestamp)))
            kind = kDocumentTimestamp;
    }
    for (const QString &description : std::as_const(m_formSettings))
        add(kind, description);
}

// Objects changed one by one are reported together, per page or per catalog entry.
void UpdateClassifier::settleChangedObjects()
{
    for (auto it = m_changedContent.cbegin(); it != m_changedContent.cend(); ++it) {
        const QString objects = objectList(it.value());
        add(kOther, it.key() > 0 ? Tr::tr("Content drawn on page %1 was changed (%n object(s): %2).", nullptr, it.value().size())
                                       .arg(it.key())
                                       .arg(objects)
                                 : Tr::tr("Content shared by the pages was changed (%n object(s): %1).", nullptr, it.value().size())
                                       .arg(objects));
    }
    for (auto it = m_changedByCatalogKey.cbegin(); it != m_changedByCatalogKey.cend(); ++it) {
        add(kOther, Tr::tr("Objects reached from the catalog entry /%1 were changed (%n object(s): %2).", nullptr, it.value().size())
                        .arg(it.key(), objectList(it.value())));
    }
}

QString UpdateClassifier::objectList(const QList<int> &objects)
{
    QStringList numbers;
    for (qsizetype i = 0; i < objects.size() && i < kMaxListedObjects; ++i)
        numbers << QString::number(objects[i]);
    if (objects.size() > kMaxListedObjects)
        numbers << QStringLiteral("…");
    return numbers.join(QLatin1String(", "));
}

void UpdateClassifier::add(const char *kind, const QString &description, const QString &field)
{
    m_kindsSeen.insert(QLatin1String(kind));
    const QString key = QLatin1String(kind) + QLatin1Char('\n') + description;
    if (m_seen.contains(key))
        return;
    m_seen.insert(key);
    if (m_changes.size() >= kMaxChangesPerRevision) {
        // Keep the list readable; what is not listed still counts, with the strictest kind.
        ++m_unlisted;
        if (qstrcmp(kind, kOther) == 0 || qstrcmp(kind, kPageAdded) == 0 || qstrcmp(kind, kPageRemoved) == 0)
            m_unlistedKind = kOther;
        else if (qstrcmp(m_unlistedKind, kOther) != 0)
            m_unlistedKind = kind;
        return;
    }
    m_changes.append({m_after.index, QLatin1String(kind), description, field});
}

QString UpdateClassifier::fieldName(QPDFObjGen field) const
{
    const QString name = m_after.graph.fieldName(field);
    return name.isEmpty() ? m_before.graph.fieldName(field) : name;
}

QPDFObjGen UpdateClassifier::fieldOfWidget(QPDFObjGen widget) const
{
    if (m_after.graph.fieldOfWidget.contains(widget))
        return m_after.graph.fieldOfWidget.value(widget);
    return m_before.graph.fieldOfWidget.value(widget, widget);
}

// An update that frees objects lists each of them; one whose cross-reference chain is broken
// (a /Prev that leads nowhere) leaves most of the earlier objects out instead, and then
// readers differ: those that follow the table lose the signed content, others repair the file.
void UpdateClassifier::noteLostObjects()
{
    qsizetype lost = 0;
    for (const auto &[id, entry] : m_before.xref)
        lost += m_after.xref.find(id) == m_after.xref.end() ? 1 : 0;
    if (lost > 16 && lost * 2 > qsizetype(m_before.xref.size())) {
        m_chainBroken = true;
        add(kOther, Tr::tr("Revision %1 leaves %2 of the %3 objects of the revision before it out of its cross-reference "
                           "table: readers that follow the table no longer see them, others repair the file.")
                        .arg(m_after.index)
                        .arg(lost)
                        .arg(m_before.xref.size()));
    }
}

void UpdateClassifier::comparePages()
{
    const QList<QPDFObjGen> &before = m_before.graph.pages;
    const QList<QPDFObjGen> &after = m_after.graph.pages;
    if (before == after)
        return;
    const QSet<QPDFObjGen> beforeSet(before.cbegin(), before.cend());
    const QSet<QPDFObjGen> afterSet(after.cbegin(), after.cend());
    int added = 0;
    for (const QPDFObjGen &page : after)
        added += beforeSet.contains(page) ? 0 : 1;
    QStringList removed;
    int removedCount = 0;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (afterSet.contains(before[i]))
            continue;
        if (++removedCount <= kMaxListedPages)
            removed << QString::number(i + 1);
    }
    if (removedCount > kMaxListedPages)
        removed << QStringLiteral("…");
    if (added > 0)
        add(kPageAdded, Tr::tr("%n page(s) added; page count now %1.", nullptr, added).arg(after.size()));
    if (removedCount > 0) {
        add(kPageRemoved, Tr::tr("%n page(s) of the signed version removed (%1); page count now %2.", nullptr, removedCount)
                              .arg(removed.join(QLatin1String(", ")))
                              .arg(after.size()));
    }
    if (added == 0 && removedCount == 0)
        add(kOther, Tr::tr("The order of the pages was changed."));
}

void UpdateClassifier::signatureAdded(const FieldState &field)
{
    QPDFObjectHandle dictionary = field.value;
    if (isDictionaryValue(dictionary) && isTimestampDictionary(dictionary))
        add(kDocumentTimestamp, Tr::tr("A document timestamp was added in field \"%1\".").arg(field.name), field.name);
    else
        add(kSignature, Tr::tr("A signature was added in field \"%1\".").arg(field.name), field.name);
}

namespace {

std::vector<QPDFObjGen> sortedKeys(const QHash<QPDFObjGen, FieldState> &fields)
{
    std::vector<QPDFObjGen> keys(fields.keyBegin(), fields.keyEnd());
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace

void UpdateClassifier::compareFields()
{
    // In object order, so that the changes are reported in the same order on every run.
    for (const QPDFObjGen &id : sortedKeys(m_after.graph.fields)) {
        m_budget.check();
        const FieldState &now = m_after.graph.fields[id];
        const auto was = m_before.graph.fields.constFind(id);
        if (was == m_before.graph.fields.cend()) {
            m_touchedFields.insert(now.id);
            if (!now.terminal)
                continue; // its terminal fields say what was added
            if (!now.signature)
                add(kOther, Tr::tr("A form field \"%1\" was added.").arg(now.name));
            else if (isDictionaryValue(now.value))
                signatureAdded(now);
            else
                add(kSignature, Tr::tr("An empty signature field \"%1\" was added.").arg(now.name), now.name);
            continue;
        }
        if (was->signature != now.signature) {
            m_touchedFields.insert(now.id);
            add(kOther, Tr::tr("The type of form field \"%1\" was changed.").arg(now.name));
            continue;
        }
        if (was->name != now.name)
            add(kOther, Tr::tr("Form field \"%1\" was renamed to \"%2\".").arg(was->name, now.name));
        if (m_compare.sameContent(was->value, now.value))
            continue;
        m_touchedFields.insert(now.id);
        if (!now.signature)
            add(kFormFill, Tr::tr("The value of form field \"%1\" was changed.").arg(now.name), now.name);
        else if (isNothing(was->value) && isDictionaryValue(now.value))
            signatureAdded(now);
        else
            add(kOther, Tr::tr("The signature in field \"%1\" was removed or replaced.").arg(now.name));
    }
    for (const QPDFObjGen &id : sortedKeys(m_before.graph.fields)) {
        const FieldState &was = m_before.graph.fields[id];
        if (m_after.graph.fields.contains(id) || !was.terminal)
            continue;
        add(kOther, was.signature ? Tr::tr("The signature field \"%1\" was removed.").arg(was.name)
                                  : Tr::tr("The form field \"%1\" was removed.").arg(was.name));
    }
}

void UpdateClassifier::compareAnnotations()
{
    const QSet<QPDFObjGen> pagesBefore(m_before.graph.pages.cbegin(), m_before.graph.pages.cend());
    for (qsizetype i = 0; i < m_after.graph.pages.size(); ++i) {
        const QPDFObjGen page = m_after.graph.pages[i];
        if (!pagesBefore.contains(page))
            continue; // a new page: its annotations came with it
        m_budget.check();
        compareAnnotationList(m_before.graph.annotations.value(page), m_after.graph.annotations.value(page), int(i + 1));
    }
}

void UpdateClassifier::compareAnnotationList(const QList<AnnotationEntry> &before, const QList<AnnotationEntry> &after, int page)
{
    bool same = before.size() == after.size();
    for (qsizetype i = 0; same && i < before.size(); ++i) {
        same = before[i].id == after[i].id
               && (before[i].id.isIndirect() || m_compare.sameContent(before[i].annotation, after[i].annotation));
    }
    if (same)
        return;
    QSet<QPDFObjGen> idsBefore;
    for (const AnnotationEntry &entry : before)
        idsBefore.insert(entry.id);
    QSet<QPDFObjGen> idsAfter;
    for (const AnnotationEntry &entry : after)
        idsAfter.insert(entry.id);
    bool addedOrRemoved = false;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const AnnotationEntry &entry = after[i];
        if (!entry.id.isIndirect()) {
            // A direct annotation has no identity: compare it with the one in its place.
            if (i < before.size() && !before[i].id.isIndirect() && m_compare.sameContent(before[i].annotation, entry.annotation))
                continue;
            addedOrRemoved = true;
            add(entry.widget ? kOther : kAnnotation, Tr::tr("An annotation (%1) on page %2 was added or changed.").arg(entry.subtype).arg(page));
            continue;
        }
        if (idsBefore.contains(entry.id))
            continue;
        addedOrRemoved = true;
        annotationAdded(entry, page);
    }
    for (const AnnotationEntry &entry : before) {
        if (!entry.id.isIndirect() || idsAfter.contains(entry.id))
            continue;
        addedOrRemoved = true;
        if (entry.widget) {
            add(kOther, Tr::tr("A widget of form field \"%1\" was removed from page %2.").arg(fieldName(fieldOfWidget(entry.id))).arg(page));
        } else {
            add(kAnnotation, Tr::tr("An annotation (%1) was removed from page %2.").arg(entry.subtype).arg(page));
        }
    }
    if (!addedOrRemoved)
        add(kAnnotation, Tr::tr("The order of the annotations on page %1 was changed.").arg(page));
}

void UpdateClassifier::annotationAdded(const AnnotationEntry &entry, int page)
{
    if (!entry.widget) {
        add(kAnnotation, Tr::tr("An annotation (%1) was added on page %2.").arg(entry.subtype).arg(page));
        return;
    }
    const QPDFObjGen field = fieldOfWidget(entry.id);
    if (m_touchedFields.contains(field))
        return; // the widget of a field added, filled or signed in this update
    const QString name = fieldName(field);
    if (name.isEmpty())
        add(kOther, Tr::tr("A form field widget that belongs to no field was added on page %1.").arg(page));
    else
        add(kOther, Tr::tr("A widget of form field \"%1\" was added on page %2.").arg(name).arg(page));
}

void UpdateClassifier::compareTrailer()
{
    QPDFObjectHandle before = m_before.document->trailer();
    QPDFObjectHandle after = m_after.document->trailer();
    QPDFObjectHandle rootBefore = before.getKey("/Root");
    QPDFObjectHandle rootAfter = after.getKey("/Root");
    if (!m_compare.sameValue(rootBefore, rootAfter))
        compareCatalog(rootBefore, rootAfter); // a new catalog object: compare it entry by entry
    if (!m_compare.sameContent(before.getKey("/Info"), after.getKey("/Info")))
        add(kMetadata, Tr::tr("The document information (title, author, dates) was updated."));
    if (!m_compare.sameValue(before.getKey("/Encrypt"), after.getKey("/Encrypt")))
        add(kOther, Tr::tr("The encryption of the document was changed."));
}

void UpdateClassifier::compareCatalog(QPDFObjectHandle before, QPDFObjectHandle after)
{
    if (m_catalogCompared)
        return;
    m_catalogCompared = true;
    const auto a = entries(before);
    const auto b = entries(after);
    for (const std::string &key : keysOf(a, b)) {
        const QPDFObjectHandle was = valueOf(a, key);
        const QPDFObjectHandle now = valueOf(b, key);
        if (m_compare.sameContent(was, now))
            continue;
        if (key == "/DSS"sv) {
            add(kValidationData, isNothing(was)   ? Tr::tr("Validation data was added (a document security store, /DSS).")
                                 : isNothing(now) ? Tr::tr("The document security store (/DSS) was removed.")
                                                  : Tr::tr("The document security store (/DSS) was updated."));
        } else if (key == "/Extensions"sv) {
            add(kMetadata, Tr::tr("The declared extensions to PDF (/Extensions) were updated."));
        } else if (key == "/Version"sv) {
            add(kMetadata, Tr::tr("The declared PDF version was changed to %1.").arg(isNothing(now) ? QString() : pdfText(now)));
        } else if (key == "/Metadata"sv) {
            add(kMetadata, Tr::tr("The XMP metadata was updated."));
        } else if (key == "/PieceInfo"sv) {
            add(kMetadata, Tr::tr("Private application data (/PieceInfo) was updated."));
        } else if (key == "/StructTreeRoot"sv || key == "/MarkInfo"sv) {
            add(kMetadata, Tr::tr("The logical structure (tags) of the document was updated."));
        } else if (key == "/Lang"sv) {
            add(kMetadata, Tr::tr("The language of the document (/Lang) was changed."));
        } else if (key == "/AcroForm"sv) {
            compareForm(was, now);
        } else if (key == "/Pages"sv) {
            comparePageTreeNode(was, now); // a new root node: what it passes on to the pages
        } else if (key == "/Names"sv) {
            compareNames(was, now);
        } else if (key == "/Perms"sv) {
            add(kOther, Tr::tr("The permissions of the document (/Perms) were changed."));
        } else {
            add(kOther, Tr::tr("The catalog entry /%1 was changed.").arg(keyName(key)));
        }
    }
}

void UpdateClassifier::compareForm(QPDFObjectHandle before, QPDFObjectHandle after)
{
    const auto a = entries(before);
    const auto b = entries(after);
    for (const std::string &key : keysOf(a, b)) {
        if (key == "/Fields"sv || m_compare.sameContent(valueOf(a, key), valueOf(b, key)))
            continue; // the fields are compared as a list
        if (key == "/SigFlags"sv)
            formSettingChanged(Tr::tr("The signature flags of the form (/SigFlags) were set."));
        else if (key == "/DR"sv)
            formSettingChanged(Tr::tr("The default resources of the form (/DR) were updated."));
        else if (key == "/DA"sv || key == "/NeedAppearances"sv || key == "/Q"sv)
            formSettingChanged(Tr::tr("The default appearance of the form's fields (/%1) was changed.").arg(keyName(key)));
        else
            add(kOther, Tr::tr("The form entry /%1 was changed.").arg(keyName(key)));
    }
}

void UpdateClassifier::compareNames(QPDFObjectHandle before, QPDFObjectHandle after)
{
    const auto a = entries(before);
    const auto b = entries(after);
    for (const std::string &key : keysOf(a, b)) {
        if (m_compare.sameContent(valueOf(a, key), valueOf(b, key)))
            continue;
        if (key == "/AP"sv)
            add(kAnnotation, Tr::tr("Named appearances for annotations (/Names /AP) were updated."));
        else
            add(kOther, Tr::tr("The name tree /%1 was changed.").arg(keyName(key)));
    }
}

QList<Change> classifyUpdate(RevisionSnapshot &before, RevisionSnapshot &after, Budget &budget)
{
    return UpdateClassifier(before, after, budget).run();
}

} // namespace granska::modifications
