#pragma once

#include <qpdf/QPDFObjectHandle.hh>

#include <map>
#include <string>

namespace granska {

// A dictionary's entries, copied once, for code that asks one dictionary for several keys.
// QPDF 11's getKey() makes a new null object, described for its warnings, for every key the
// dictionary lacks (some 800 instructions, more than copying an entry); here an absent key gives
// one shared null. Values are the dictionary's own handles, not resolved: a reference stays a
// reference, as getKey() gives it. A stream's entries are those of its dictionary.
class DictionaryEntries {
public:
    DictionaryEntries() = default;
    explicit DictionaryEntries(QPDFObjectHandle object);

    // The value, or a null when the key is absent.
    QPDFObjectHandle get(const std::string &key) const;
    // What QPDF's hasKey() answers: present, and not null (a reference is resolved to tell).
    bool has(const std::string &key) const;
    const std::map<std::string, QPDFObjectHandle> &all() const { return m_items; }

private:
    std::map<std::string, QPDFObjectHandle> m_items;
};

} // namespace granska
