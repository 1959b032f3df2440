// The interactive-features rule group, split by topic. Each file registers its tables and, where
// the core does not produce its subjects, produces them.
#pragma once

#include "pdfa/Rule.h"

#include <QByteArray>
#include <initializer_list>
#include <qpdf/QPDFObjectHandle.hh>

namespace granska::pdfa {

class Registry;
class Validation;

void registerAnnotationRules(Registry &registry);
void registerActionRules(Registry &registry);
void registerFormRules(Registry &registry);
void registerStructureRules(Registry &registry);
void registerDocumentFeatureRules(Registry &registry);

void produceSignatures(Validation &validation);
void produceStructure(Validation &validation);
void produceDocumentFeatures(Validation &validation);

namespace interactive {

inline bool isOneOf(const QByteArray &value, std::initializer_list<const char *> allowed)
{
    for (const char *a : allowed)
        if (value == a)
            return true;
    return false;
}

inline QByteArray nameOf(QPDFObjectHandle object)
{
    return object.isName() ? QByteArray::fromStdString(object.getName()).mid(1) : QByteArray();
}

} // namespace interactive
} // namespace granska::pdfa
