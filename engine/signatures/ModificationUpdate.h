// How one update is classified (see ModificationClassifier.h), split by subject: the bookkeeping,
// the lists of pages, fields and annotations, the trailer and the catalog in
// ModificationClassifier.cpp; each changed object, judged by its uses, in ModificationObjects.cpp.
// Internal to the engine.
#pragma once

#include "ModificationClassifier.h"
#include "ModificationCompare.h"

#include <QMap>
#include <QSet>
#include <QStringList>
#include <map>
#include <set>
#include <string>

namespace granska::modifications {

class UpdateClassifier {
public:
    UpdateClassifier(RevisionSnapshot &before, RevisionSnapshot &after, Budget &budget);
    QList<Change> run();

private:
    // Bookkeeping (ModificationClassifier.cpp)
    void formSettingChanged(const QString &description);
    void settleFormSettings();
    void settleChangedObjects();
    static QString objectList(const QList<int> &objects);
    void add(const char *kind, const QString &description, const QString &field = QString());
    QString fieldName(QPDFObjGen field) const;
    QPDFObjGen fieldOfWidget(QPDFObjGen widget) const;

    // Lists: pages, fields, annotations; the trailer and the catalog (ModificationClassifier.cpp)
    void noteLostObjects();
    void comparePages();
    void signatureAdded(const FieldState &field);
    void compareFields();
    void compareAnnotations();
    void compareAnnotationList(const QList<AnnotationEntry> &before, const QList<AnnotationEntry> &after, int page);
    void annotationAdded(const AnnotationEntry &entry, int page);
    void compareTrailer();
    void compareCatalog(QPDFObjectHandle before, QPDFObjectHandle after);
    void compareForm(QPDFObjectHandle before, QPDFObjectHandle after);
    void compareNames(QPDFObjectHandle before, QPDFObjectHandle after);

    // Changed objects, judged by their uses (ModificationObjects.cpp)
    void compareObjects();
    void classifyObject(QPDFObjGen id, QPDFObjectHandle before, QPDFObjectHandle after, const ObjectUses &uses,
                        const ObjectUses &usesAfter);
    void structureChanged(QPDFObjectHandle before, QPDFObjectHandle after);
    static bool keepsItems(QPDFObjectHandle before, QPDFObjectHandle after);
    void appearanceOfField(QPDFObjGen field);
    void annotationFlagsChanged(QPDFObjectHandle before, QPDFObjectHandle after, const QString &field);
    void fieldFlagsChanged(QPDFObjectHandle before, QPDFObjectHandle after, const QString &field);
    void fieldChanged(QPDFObjGen id, QPDFObjectHandle before, QPDFObjectHandle after, int page);
    void widgetChanged(QPDFObjGen id, QPDFObjectHandle before, QPDFObjectHandle after, int page);
    void comparePageTreeNode(QPDFObjectHandle before, QPDFObjectHandle after);
    void pageChanged(QPDFObjectHandle before, QPDFObjectHandle after, int page);

    RevisionSnapshot &m_before;
    RevisionSnapshot &m_after;
    Budget &m_budget;
    ObjectComparer m_compare;
    QList<Change> m_changes;
    QSet<QString> m_seen;
    QSet<QPDFObjGen> m_touchedFields; // fields added, filled or signed by this update
    QStringList m_formSettings;       // changes to the form's own settings, judged with the fields
    QSet<QString> m_kindsSeen;
    QMap<int, QList<int>> m_changedContent;           // page -> changed objects it draws with
    QMap<QString, QList<int>> m_changedByCatalogKey;  // catalog entry -> changed objects under it
    int m_unlisted = 0;
    const char *m_unlistedKind = kMetadata;
    bool m_catalogCompared = false;
    bool m_chainBroken = false;
};

// Reading dictionaries whose either version may be missing.
bool isDictionaryValue(QPDFObjectHandle value);
std::map<std::string, QPDFObjectHandle> entries(QPDFObjectHandle object); // empty when not a dictionary or stream
std::set<std::string> keysOf(const std::map<std::string, QPDFObjectHandle> &a, const std::map<std::string, QPDFObjectHandle> &b);
QPDFObjectHandle valueOf(const std::map<std::string, QPDFObjectHandle> &map, const std::string &key);
long long integerOf(QPDFObjectHandle value); // 0 when not an integer
QString keyName(const std::string &key);     // without the slash

} // namespace granska::modifications
