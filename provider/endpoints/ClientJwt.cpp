#include "provider/endpoints/ClientJwt.h"

#include "core/jose/JwkSet.h"
#include "core/jose/JwtChecks.h"

using namespace Qt::StringLiterals;

namespace provider::endpoints {

bool verifyClientJwt(
    const jose::Jws& jws, const Client& client, const QString& what, bool allowUnsigned, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    switch (jose::algorithmFamily(jws.algorithm())) {
    case jose::AlgorithmFamily::None:
        if (!allowUnsigned)
            return fail(u"%1 must be signed"_s.arg(what));
        if (!jws.signature().isEmpty())
            return fail(u"an unsigned %1 (alg none) must have an empty signature"_s.arg(what));
        return true;
    case jose::AlgorithmFamily::Hmac: {
        if (!client.confidential || client.secret.isEmpty())
            return fail(u"%1 is signed with %2, but client \"%3\" has no secret"_s.arg(
                what, jws.algorithmName(), client.clientId));
        QString why;
        if (!jws.verify(jose::Jwk::fromSecret(client.secret.toUtf8()), &why))
            return fail(u"%1's %2 signature does not verify with the client secret: %3"_s.arg(
                what, jws.algorithmName(), why));
        return true;
    }
    case jose::AlgorithmFamily::Invalid:
        return fail(u"%1 is signed with an unknown algorithm (%2)"_s.arg(what, jws.algorithmName()));
    default:
        break;
    }
    // Signed with a private key: one of the client's registered public keys ("jwks") must verify it.
    if (client.jwks.keys.isEmpty())
        return fail(u"%1 is signed with %2, but client \"%3\" has no registered public keys (jwks)"_s.arg(
            what, jws.algorithmName(), client.clientId));
    const QList<jose::Jwk> candidates = client.jwks.candidates(jws.kid(), jws.algorithm());
    if (candidates.isEmpty())
        return fail(jws.kid().isEmpty() ? u"none of client \"%1\"'s public keys can verify %2"_s.arg(
                        client.clientId, jws.algorithmName())
                                        : u"client \"%1\" has no public key with kid \"%2\" for %3"_s.arg(
                                            client.clientId, jws.kid(), jws.algorithmName()));
    if (jose::jwt::verifyingKey(jws, candidates))
        return true;
    QString why;
    jws.verify(candidates.first(), &why);
    return fail(u"%1's %2 signature does not verify with client \"%3\"'s public keys: %4"_s.arg(
        what, jws.algorithmName(), client.clientId, why));
}

bool checkJwtTimes(
    const QJsonObject& claims, qint64 now, const QString& what, bool requireExp, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    using Verdict = jose::jwt::TimeCheck::Verdict;
    const jose::jwt::TimeCheck exp = jose::jwt::checkExpiry(claims, now);
    if (exp.verdict == Verdict::NotANumber || (requireExp && exp.verdict == Verdict::Absent))
        return fail(u"%1 has no exp"_s.arg(what));
    if (exp.verdict == Verdict::Expired)
        return fail(u"%1 has expired"_s.arg(what));
    if (jose::jwt::checkNotAhead(claims, u"nbf", now).verdict == Verdict::NotYetValid)
        return fail(u"%1 is not valid yet (nbf)"_s.arg(what));
    return true;
}

} // namespace provider::endpoints
