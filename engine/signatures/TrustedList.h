// Reading ETSI TS 119 612 trusted lists (XML): the scheme information and every trust service
// with its digital identities, status history and qualifications.
#pragma once

#include "TrustStore.h"

#include <optional>

namespace granska {

struct TrustedListData {
    TrustedListInfo info;
    QList<TrustedService> services;
};

// Parses a trusted list. Returns nullopt with *error set when the XML is not a trusted list.
// The list's own XML signature is not verified: importing a list is a decision of the user.
std::optional<TrustedListData> parseTrustedList(const QByteArray &xml, const QString &fileName, QString *error = nullptr);

} // namespace granska
