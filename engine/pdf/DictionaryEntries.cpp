#include "DictionaryEntries.h"

namespace granska {
namespace {

// One null per thread: handles share their object, and a null is never changed.
QPDFObjectHandle sharedNull()
{
    static thread_local const QPDFObjectHandle null = QPDFObjectHandle::newNull();
    return null;
}

} // namespace

DictionaryEntries::DictionaryEntries(QPDFObjectHandle object)
{
    if (object.isStream())
        object = object.getDict();
    if (object.isDictionary())
        m_items = object.getDictAsMap();
}

QPDFObjectHandle DictionaryEntries::get(const std::string &key) const
{
    const auto it = m_items.find(key);
    return it == m_items.end() ? sharedNull() : it->second;
}

bool DictionaryEntries::has(const std::string &key) const
{
    const auto it = m_items.find(key);
    if (it == m_items.end())
        return false;
    QPDFObjectHandle value = it->second;
    return !value.isNull();
}

} // namespace granska
