#include "provider/IssuerRuntime.h"

#include "provider/Routes.h"
#include "provider/endpoints/Discovery.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace provider {

IssuerRuntime IssuerRuntime::build(const Workspace& ws, const Issuer& issuer)
{
    IssuerRuntime rt;
    rt.config = issuer;
    rt.url = ws.issuerUrl(issuer);
    for (const Route& route : Routes())
        rt.served.append(issuer.endpointEnabled(route.name.toString()));
    for (const SigningKey& key : issuer.keys) {
        rt.verificationKeys.append(key.jwk);
        if (key.jwk.type() == jose::KeyType::Oct || !key.published)
            continue;
        rt.publishedKeys.append(key.jwk);
        rt.keyAlgorithms[key.jwk.kid()].insert(jose::algorithmName(key.jwk.defaultAlgorithm()));
    }
    if (const auto key = rt.accessTokenKey(nullptr))
        rt.signingAlgorithms.append(jose::algorithmName(key->second));
    for (const Client& client : issuer.clients) {
        const auto key = rt.idTokenKey(client, nullptr);
        if (!key)
            continue;
        const QString alg = jose::algorithmName(key->second);
        if (!rt.signingAlgorithms.contains(alg))
            rt.signingAlgorithms.append(alg);
        if (key->first.type() != jose::KeyType::Oct)
            rt.keyAlgorithms[key->first.kid()].insert(alg);
        if (client.userinfoSigningAlg.isEmpty())
            continue;
        if (const auto userinfoKey = rt.signingKey(client, client.userinfoSigningAlg, nullptr)) {
            const QString userinfoAlg = jose::algorithmName(userinfoKey->second);
            if (!rt.userinfoAlgorithms.contains(userinfoAlg))
                rt.userinfoAlgorithms.append(userinfoAlg);
            if (userinfoKey->first.type() != jose::KeyType::Oct)
                rt.keyAlgorithms[userinfoKey->first.kid()].insert(userinfoAlg);
        }
    }
    for (const Client& client : issuer.clients) {
        for (const QString& origin : client.corsOrigins)
            rt.corsOrigins.insert(origin);
    }
    rt.discoveryBody = QJsonDocument(endpoints::discoveryDocument(rt)).toJson(QJsonDocument::Compact);
    rt.jwksBody = QJsonDocument(endpoints::jwksDocument(rt)).toJson(QJsonDocument::Compact);
    return rt;
}

std::optional<std::pair<jose::Jwk, jose::Algorithm>> IssuerRuntime::accessTokenKey(QString* error) const
{
    for (const SigningKey& key : config.keys) {
        if (key.active)
            return std::pair{key.jwk, key.jwk.defaultAlgorithm()};
    }
    if (error)
        *error = u"the issuer has no active signing key"_s;
    return std::nullopt;
}

std::optional<std::pair<jose::Jwk, jose::Algorithm>> IssuerRuntime::idTokenKey(
    const Client& client, QString* error) const
{
    return signingKey(client, client.idTokenSigningAlg, error);
}

std::optional<std::pair<jose::Jwk, jose::Algorithm>> IssuerRuntime::signingKey(
    const Client& client, const QString& alg, QString* error) const
{
    if (alg.isEmpty())
        return accessTokenKey(error);
    const jose::Algorithm wanted = jose::algorithmFromName(alg);
    if (jose::algorithmFamily(wanted) == jose::AlgorithmFamily::Hmac) {
        // OIDC Core 10.1: symmetric signatures use the client secret as the key.
        const jose::Jwk secret = jose::Jwk::fromSecret(client.secret.toUtf8());
        QString why;
        if (client.confidential && secret.supports(wanted, &why))
            return std::pair{secret, wanted};
        if (error)
            *error = client.confidential ? why : u"%1 needs a confidential client's secret"_s.arg(alg);
        return std::nullopt;
    }
    for (const SigningKey& key : config.keys) {
        if (key.active && key.jwk.type() != jose::KeyType::Oct && key.jwk.supports(wanted))
            return std::pair{key.jwk, wanted};
    }
    if (error)
        *error = u"no active key of the issuer can sign %1, which client %2 asks for"_s.arg(
            alg, client.clientId);
    return std::nullopt;
}

bool IssuerRuntime::endpointEnabled(const QString& name) const
{
    const qsizetype index = Routes::indexOf(name);
    return index >= 0 && served.at(index);
}

IssuerRuntime IssuerRuntime::withUrl(const QString& newUrl) const
{
    IssuerRuntime copy = *this;
    copy.url = newUrl;
    copy.discoveryBody = QJsonDocument(endpoints::discoveryDocument(copy)).toJson(QJsonDocument::Compact);
    return copy;
}

} // namespace provider
