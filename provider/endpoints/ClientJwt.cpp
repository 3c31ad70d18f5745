#include "provider/endpoints/ClientJwt.h"

using namespace Qt::StringLiterals;

namespace provider::endpoints {

bool verifyClientJwt(
    const jose::Jws& jws, const Client& client, const QString& what, bool allowUnsigned, QString* error)
{
    QString why;
    switch (jose::algorithmFamily(jws.algorithm())) {
    case jose::AlgorithmFamily::None:
        if (!allowUnsigned) {
            *error = u"%1 must be signed"_s.arg(what);
            return false;
        }
        if (!jws.signature().isEmpty()) {
            *error = u"an unsigned %1 (alg none) must have an empty signature"_s.arg(what);
            return false;
        }
        return true;
    case jose::AlgorithmFamily::Hmac:
        if (!client.confidential || client.secret.isEmpty()) {
            *error = u"%1 is signed with %2, but client \"%3\" has no secret"_s.arg(
                what, jws.algorithmName(), client.clientId);
            return false;
        }
        if (!jws.verify(jose::Jwk::fromSecret(client.secret.toUtf8()), &why)) {
            *error = u"%1's %2 signature does not verify with the client secret: %3"_s.arg(
                what, jws.algorithmName(), why);
            return false;
        }
        return true;
    case jose::AlgorithmFamily::Invalid:
        *error = u"%1 is signed with an unknown algorithm (%2)"_s.arg(what, jws.algorithmName());
        return false;
    default:
        break;
    }
    // Signed with a private key: one of the client's registered public keys ("jwks") must verify it.
    if (client.jwks.keys.isEmpty()) {
        *error = u"%1 is signed with %2, but client \"%3\" has no registered public keys (jwks)"_s.arg(
            what, jws.algorithmName(), client.clientId);
        return false;
    }
    const QList<jose::Jwk> candidates = client.jwks.candidates(jws.kid(), jws.algorithm());
    if (candidates.isEmpty()) {
        *error = jws.kid().isEmpty()
            ? u"none of client \"%1\"'s public keys can verify %2"_s.arg(client.clientId, jws.algorithmName())
            : u"client \"%1\" has no public key with kid \"%2\" for %3"_s.arg(
                client.clientId, jws.kid(), jws.algorithmName());
        return false;
    }
    for (const jose::Jwk& key : candidates) {
        if (jws.verify(key, &why))
            return true;
    }
    *error = u"%1's %2 signature does not verify with client \"%3\"'s public keys: %4"_s.arg(
        what, jws.algorithmName(), client.clientId, why);
    return false;
}

bool checkJwtTimes(
    const QJsonObject& claims, qint64 now, const QString& what, bool requireExp, QString* error)
{
    if (claims.contains(u"exp"_s) || requireExp) {
        if (!claims.value(u"exp"_s).isDouble()) {
            *error = u"%1 has no exp"_s.arg(what);
            return false;
        }
        if (claims.value(u"exp"_s).toDouble() <= double(now)) {
            *error = u"%1 has expired"_s.arg(what);
            return false;
        }
    }
    if (claims.contains(u"nbf"_s) && claims.value(u"nbf"_s).toDouble() > double(now)) {
        *error = u"%1 is not valid yet (nbf)"_s.arg(what);
        return false;
    }
    return true;
}

} // namespace provider::endpoints
