#include "XmpModel.h"

namespace granska::pdfa::xmp {

bool XmpNode::hasLanguage() const
{
    return !qualifiers.isEmpty() && qualifiers.front().name == QLatin1String("xml:lang");
}

QString XmpNode::language() const
{
    return hasLanguage() ? qualifiers.front().value : QString();
}

QString XmpNode::qualifiedName() const
{
    return prefix.isEmpty() ? name : prefix + QLatin1Char(':') + name;
}

const XmpNode *XmpNode::child(QAnyStringView namespaceUri, QAnyStringView name) const
{
    for (const XmpNode &field : children) {
        if (!field.arrayItem && QAnyStringView::equal(field.name, name) && QAnyStringView::equal(field.namespaceUri, namespaceUri))
            return &field;
    }
    return nullptr;
}

const XmpNode *XmpPacket::property(QAnyStringView namespaceUri, QAnyStringView name) const
{
    for (const XmpNode &node : properties) {
        if (QAnyStringView::equal(node.name, name) && QAnyStringView::equal(node.namespaceUri, namespaceUri))
            return &node;
    }
    return nullptr;
}

bool XmpPacket::hasPropertyIn(QAnyStringView namespaceUri) const
{
    for (const XmpNode &node : properties) {
        if (QAnyStringView::equal(node.namespaceUri, namespaceUri))
            return true;
    }
    return false;
}

} // namespace granska::pdfa::xmp
