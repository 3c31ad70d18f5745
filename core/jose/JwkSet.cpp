#include "core/jose/JwkSet.h"

#include "core/jose/OpenSsl.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace jose {

std::optional<JwkSet> JwkSet::fromJson(const QJsonObject& json, QString* error)
{
    const QJsonValue keys = json.value(u"keys"_s);
    if (!keys.isArray()) {
        ossl::fail(error, u"a JWK Set needs a \"keys\" array"_s);
        return std::nullopt;
    }
    JwkSet set;
    for (const QJsonValue& entry : keys.toArray()) {
        // RFC 7517 section 5: keys of types we do not understand are ignored, not fatal.
        if (auto key = Jwk::fromJson(entry.toObject()))
            set.keys.append(*key);
    }
    return set;
}

QJsonObject JwkSet::toPublicJson() const
{
    QJsonArray array;
    for (const Jwk& key : keys) {
        if (key.type() != KeyType::Oct)
            array.append(key.toPublicJson());
    }
    return QJsonObject{{u"keys"_s, array}};
}

QList<Jwk> JwkSet::candidates(const QString& kid, Algorithm alg) const
{
    QList<Jwk> out;
    for (const Jwk& key : keys) {
        if ((kid.isEmpty() || key.kid().isEmpty() || key.kid() == kid) && key.supports(alg))
            out.append(key);
    }
    return out;
}

} // namespace jose
