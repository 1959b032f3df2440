// Interprets content streams the way a renderer would walk them, without drawing: it follows the
// graphics state (q/Q, colour spaces, text font and rendering mode), resolves resource names,
// descends into form XObjects, patterns, soft masks and Type 3 glyphs, and hands every operator,
// colour space, image, font, graphics state and rendering intent it meets to the validation.
#pragma once

#include "ContentLexer.h"
#include "Subjects.h"

#include <QList>
#include <QSet>
#include <optional>
#include <qpdf/QPDFObjectHandle.hh>

namespace granska::pdfa {

class Validation;

// What the interpretation of all content streams leaves behind for later producers.
struct ContentFacts {
    QList<TextShowEvent> textShown;            // for glyph rules
    QList<QPDFObjectHandle> fontsUsed;          // each font dictionary once, in order of first use
    QHash<int, QSet<int>> markedContentIds;     // page -> MCIDs in its content
    QList<std::pair<QString, ObjectLocation>> markedContentLanguages; // /Lang of marked-content properties
    QSet<QPDFObjGen> interpretedStreams;        // each form/pattern/glyph stream once
    QSet<QPDFObjGen> fontsSeen;
    QSet<QPDFObjGen> xobjectsSeen;
    QSet<QPDFObjGen> extGStatesSeen;
    QSet<QPDFObjGen> shadingsSeen;
};

class ContentInterpreter {
public:
    explicit ContentInterpreter(Validation &validation);

    // The page's content with its (inherited) resources.
    void interpretPage(QPDFObjectHandle page, int pageNumber);
    // A form XObject or appearance stream drawn on the given page (0: not on a page).
    void interpretForm(QPDFObjectHandle form, int pageNumber, const QString &context,
                       QPDFObjectHandle parentResources = QPDFObjectHandle());

private:
    struct GraphicsState {
        QPDFObjectHandle fillSpace;
        QPDFObjectHandle strokeSpace;
        QPDFObjectHandle font;
        int renderingMode = 0;
    };
    struct Stream {
        // mutable: QPDF's accessors are not const.
        mutable QPDFObjectHandle owner;     // page or stream that holds the content
        mutable QPDFObjectHandle resources; // its own resources (may be null)
        mutable QPDFObjectHandle inherited; // resources it may fall back on (the page's, for old forms)
        int page = 0;
        QString context;
        int depth = 0;                // nesting of forms within forms
        mutable std::optional<ObjectLocation> location; // where(), computed once per stream
    };

    void run(QByteArrayView data, const Stream &stream);
    void handleOperator(QByteArrayView op, const QList<Operand> &operands, const ContentToken &token, const Stream &stream,
                        QList<GraphicsState> &states, int &compatibilityDepth, QStringList &inheritedNames);
    QPDFObjectHandle resource(const Stream &stream, const char *category, const QByteArray &name, QStringList &inheritedNames);
    void useColourSpace(QPDFObjectHandle space, const Stream &stream, const QString &usedBy, int depth = 0);
    QPDFObjectHandle colourSpaceFromOperand(const Operand &name, const Stream &stream, QStringList &inheritedNames);
    void useDeviceSpace(const char *family, const Stream &stream, const QString &usedBy);
    void useXObject(QPDFObjectHandle xobject, const Stream &stream);
    void useImage(QPDFObjectHandle image, const Stream &stream, bool isInline);
    void useExtGState(QPDFObjectHandle gs, const Stream &stream);
    void useShading(QPDFObjectHandle shading, const Stream &stream);
    void usePattern(QPDFObjectHandle pattern, const Stream &stream);
    void useFont(QPDFObjectHandle font, const Stream &stream);
    void interpretChild(QPDFObjectHandle streamObject, QPDFObjectHandle resources, const Stream &parent, const QString &context);
    ObjectLocation where(const Stream &stream) const;

    Validation &m_validation;
    ContentFacts &m_facts;
};

} // namespace granska::pdfa
