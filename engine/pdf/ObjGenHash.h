// Lets QPDF's object identifiers key Qt's hash containers.
#pragma once

#include <QHashFunctions>
#include <qpdf/QPDFObjGen.hh>

inline size_t qHash(const QPDFObjGen &object, size_t seed = 0) noexcept
{
    return qHashMulti(seed, object.getObj(), object.getGen());
}
