#include "FontCache.h"

#include "pdfa/ContentInterpreter.h"
#include "pdfa/Validation.h"

namespace granska::pdfa::fonts {
namespace {

// Text in rendering mode 3 is neither filled nor stroked (ISO 32000-1, 9.3.6).
constexpr int kInvisible = 3;
constexpr int kMaxCodesPerFont = 70'000;

} // namespace

std::shared_ptr<const PdfFont> FontCache::font(QPDFObjectHandle dictionary, Validation &validation)
{
    if (!dictionary.isDictionary())
        return nullptr;
    const void *key = dictionary.getObjectPtr();
    const auto found = m_fonts.constFind(key);
    if (found != m_fonts.cend())
        return *found;
    if (!m_library)
        m_library = std::make_unique<FreeTypeLibrary>();
    auto model = std::make_shared<const PdfFont>(dictionary, validation, *m_library);
    m_fonts.insert(key, model);
    m_keepAlive.append(dictionary);
    return model;
}

const QList<FontUse> &FontCache::uses(Validation &validation)
{
    if (m_usesBuilt)
        return m_uses;
    m_usesBuilt = true;
    int sinceCheck = 0;
    for (const TextShowEvent &event : validation.cache<ContentFacts>().textShown) {
        if (++sinceCheck == 256) {
            sinceCheck = 0;
            validation.budget().check();
        }
        const void *key = event.font.getObjectPtr();
        auto index = m_useIndex.constFind(key);
        if (index == m_useIndex.cend()) {
            FontUse use;
            use.font = event.font;
            use.model = font(event.font, validation);
            if (!use.model)
                continue;
            m_uses.append(use);
            index = m_useIndex.insert(key, int(m_uses.size()) - 1);
        }
        FontUse &use = m_uses[*index];
        const bool invisible = event.renderingMode == kInvisible;
        if (!invisible)
            use.rendered = true;
        for (quint32 code : use.model->codes(event.bytes)) {
            auto known = use.codeIndex.constFind(code);
            if (known == use.codeIndex.cend()) {
                if (use.codes.size() >= kMaxCodesPerFont)
                    continue;
                CodeUse codeUse;
                codeUse.code = code;
                codeUse.where = event.where;
                use.codes.append(codeUse);
                known = use.codeIndex.insert(code, int(use.codes.size()) - 1);
            }
            CodeUse &codeUse = use.codes[*known];
            (invisible ? codeUse.invisible : codeUse.rendered) = true;
        }
    }
    return m_uses;
}

const FontUse *FontCache::use(QPDFObjectHandle dictionary, Validation &validation)
{
    uses(validation);
    const auto index = m_useIndex.constFind(dictionary.getObjectPtr());
    return index == m_useIndex.cend() ? nullptr : &m_uses[*index];
}

} // namespace granska::pdfa::fonts
