// Walks every page's content the way a renderer paints it, to learn which colour spaces are used
// and whether a page contains transparency. The core's content interpreter reports colour spaces
// where they are *set*; PDF/A's colour rules also concern colour that is *painted* without being
// set (the initial DeviceGray, a colour inherited by a form XObject, the underlying space of an
// uncoloured pattern, a Default colour space of the stream where it is drawn) and the overprint
// state at the moment of painting. So this walker follows the graphics state (colour spaces,
// patterns, text rendering mode, overprint) into forms, patterns, Type 3 glyphs, soft masks and
// annotation appearances, and reports a ColourUseSubject where a colour is selected and where it
// is painted, a PageTransparencySubject per page, a GroupSubject per group drawn, the rendering
// intents named and, at the end, one DeviceColourSummarySubject.
#pragma once

#include "GraphicsSubjects.h"
#include "pdfa/ContentLexer.h"

#include "pdf/ObjGenHash.h"

#include <QHash>
#include <QSet>
#include <qpdf/QPDFObjectHandle.hh>

namespace granska::pdfa {
class Validation;
}

namespace granska::pdfa::colour {

class PaintWalker {
public:
    explicit PaintWalker(Validation &validation);
    void walkDocument();

private:
    struct PaintState {
        QPDFObjectHandle fill;   // colour spaces in effect, Default spaces applied
        QPDFObjectHandle stroke;
        QByteArray fillKey;      // identity of those spaces, for de-duplication
        QByteArray strokeKey;
        QByteArray fillFamily;
        QByteArray strokeFamily;
        QPDFObjectHandle fillPattern;
        QPDFObjectHandle strokePattern;
        QPDFObjectHandle font;
        bool fontIsType3 = false;
        int renderingMode = 0;
        bool overprintStroke = false;
        bool overprintFill = false;
        int overprintMode = 0;
    };
    struct Frame {
        mutable QPDFObjectHandle owner;     // page or stream whose content this is
        mutable QPDFObjectHandle resources; // the resources its names resolve in
        int page = 0;
        int depth = 0;
        QString context;
        ObjectLocation where;
        // The resources are not the stream's own: a page's come from a Pages node, or a form,
        // pattern or glyph without Resources uses those of what draws it. Names resolved in
        // them are collected in *borrowedNames.
        bool borrowed = false;
        QStringList *borrowedNames = nullptr;
    };

    // What a colour is used for, in words translated only when a use is reported.
    struct UsedBy {
        const char *text = nullptr; // marked with QT_TRANSLATE_NOOP in the PaintWalker context
        QString arg;                // for a %1 in text
        QString toString() const;
    };
    // Identifies a reported use: stream, page, space and how it was used.
    struct UseKey {
        int object = 0;
        int page = 0;
        QByteArray space;
        int kind = 0;
        bool operator==(const UseKey &other) const
        {
            return object == other.object && page == other.page && kind == other.kind && space == other.space;
        }
    };
    friend size_t qHash(const UseKey &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.object, key.page, key.space, key.kind);
    }

    void walkPage(QPDFObjectHandle page, int number);
    void walkAnnotation(QPDFObjectHandle annotation, const Frame &pageFrame);
    void run(QByteArrayView data, const Frame &frame, PaintState state);
    void handle(QByteArrayView op, const QList<Operand> &operands, const ContentToken &token, const Frame &frame,
                QList<PaintState> &states);

    // Content drawn from the current stream: forms, tiling patterns, glyphs, soft masks, appearances.
    void walkChild(QPDFObjectHandle stream, QPDFObjectHandle resources, const Frame &parent, const PaintState &state,
                   const QString &context);
    void useForm(QPDFObjectHandle form, const Frame &frame, const PaintState &state);
    void useImage(QPDFObjectHandle dict, const Frame &frame, const PaintState &state, bool isInline);
    void useShading(QPDFObjectHandle shading, const Frame &frame, const PaintState &state);
    void useExtGState(QPDFObjectHandle gs, const Frame &frame, PaintState &state);
    void useType3Glyphs(QPDFObjectHandle font, const Frame &frame, const PaintState &state);
    void useGroup(QPDFObjectHandle group, const Frame &frame, const QString &owner, bool marksTransparency);
    void useRenderingIntent(QPDFObjectHandle intent, const Frame &frame, RenderingIntentUseSubject::Source source);

    // A colour space selected as the current fill or stroke colour space.
    void select(bool stroke, const Frame &frame, const PaintState &state);
    // Painting with the current fill or stroke colour (which may be a pattern).
    void paint(bool stroke, const Frame &frame, const PaintState &state, const UsedBy &usedBy);
    void emitUse(QPDFObjectHandle space, const QByteArray &key, ColourUseSubject::Role role, bool stroke, bool painted,
                 const PaintState &state, const Frame &frame, const UsedBy &usedBy, int depth = 0);
    static void setSpace(PaintState &state, bool stroke, QPDFObjectHandle space);
    void markTransparent(const QString &what);

    QPDFObjectHandle resource(const Frame &frame, const char *category, const QByteArray &name) const;
    // The colour space a cs/CS operand or an image's ColorSpace entry selects, Default spaces applied.
    QPDFObjectHandle resolveSpace(QPDFObjectHandle nameOrArray, const Frame &frame) const;
    QPDFObjectHandle deviceSpace(const QByteArray &family, const Frame &frame) const;
    static QByteArray keyOf(QPDFObjectHandle space);
    static QByteArray stateKey(const PaintState &state);
    PaintState initialState(const Frame &frame) const;

    Validation &m_validation;
    bool m_wantsUses = false;

    // Per page: transparency seen in the stream being walked (and its children).
    bool m_transparency = false;
    QString m_firstTransparency;
    QHash<QByteArray, bool> m_walkedChildren; // child stream + state -> it contains transparency
    QSet<UseKey> m_reported;                  // uses already reported (per stream, space, kind)
    QSet<QByteArray> m_intentsReported;
    QSet<QByteArray> m_groupsReported;
    QSet<QByteArray> m_type3Walked;      // Type 3 font + state whose glyphs have been walked
    QSet<QByteArray> m_type3Transparent; // ... and found transparency in
    QSet<QPDFObjGen> m_profilesReported;
    int m_walks = 0;

    DeviceColourSummarySubject m_summary;
};

} // namespace granska::pdfa::colour
