// Content streams: ISO 19005-1 6.2.10; ISO 19005-2/-3 6.2.2. Every operator must be one ISO 32000
// defines — the compatibility operators BX/EX do not excuse unknown ones, because a PDF/A reader
// must not have to skip content — and (PDF/A-2, -3) a content stream must name its resources in a
// Resources dictionary of its own rather than rely on a page's.
#include "Graphics.h"

#include "pdfa/Registry.h"
#include "pdfa/Subjects.h"
#include "pdfa/colour/GraphicsSubjects.h"

#include <algorithm>
#include <QSet>

namespace granska::pdfa {
namespace {

// ISO 32000-1, Annex A (the same set as PDF 1.4 for PDF/A-1).
bool definedOperator(const OperatorSubject &s, Failure &f)
{
    static const QSet<QByteArray> defined = {
        "b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "d0", "d1", "Do", "DP",
        "EI", "EMC", "ET", "EX", "f", "F", "f*", "G", "g", "gs", "h", "i", "ID", "j", "J", "K", "k", "l", "m", "M",
        "MP", "n", "q", "Q", "re", "RG", "rg", "ri", "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td", "TD",
        "Tf", "Tj", "TJ", "TL", "Tm", "Tr", "Ts", "Tw", "Tz", "v", "w", "W", "W*", "y", "'", "\""};
    if (defined.contains(QByteArray::fromRawData(s.name.data(), s.name.size())))
        return true;
    f.arg(QString::fromLatin1(s.name.first(std::min<qsizetype>(s.name.size(), 64))));
    return false;
}

// The paint walker finds these rather than the core's ContentStreamSubject: a page's Resources
// inherited from the page tree and Type 3 glyphs falling back on the page's resources count too
// (ISO TC 171 resolutions, TWG test files A002 and A003).
bool resourcesExplicit(const InheritedResourcesSubject &s, Failure &f)
{
    f.arg(s.names.join(QStringLiteral(", ")));
    return s.names.isEmpty();
}

const Rule<OperatorSubject> kOperatorRules[] = {
    {P1, "6.2.10", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A content stream uses the operator %1, which the PDF Reference does not define."),
     definedOperator},
    {P23, "6.2.2", 1, AnyLevel, QT_TRANSLATE_NOOP("granska::pdfa::Rule", "A content stream uses the operator %1, which ISO 32000-1 does not define."),
     definedOperator},
};

const Rule<InheritedResourcesSubject> kStreamRules[] = {
    {P23, "6.2.2", 2, AnyLevel,
     QT_TRANSLATE_NOOP("granska::pdfa::Rule",
                       "A content stream uses resources that are not in a Resources dictionary of its own but inherited: %1."),
     resourcesExplicit},
};

} // namespace

void registerContentStreamRules(Registry &registry)
{
    registry.add(kOperatorRules);
    registry.add(kStreamRules);
}

} // namespace granska::pdfa
