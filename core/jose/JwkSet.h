#pragma once

#include "core/jose/Jwk.h"

#include <QList>

namespace jose {

// A JWK Set (RFC 7517 5).
class JwkSet
{
public:
    static std::optional<JwkSet> fromJson(const QJsonObject& json, QString* error = nullptr);

    QList<Jwk> keys;
    QJsonObject toPublicJson() const;
    // Keys that may verify a token with this kid and alg (kid empty: every key of a suitable type; a key
    // without kid fits any kid).
    QList<Jwk> candidates(const QString& kid, Algorithm alg) const;
};

} // namespace jose
