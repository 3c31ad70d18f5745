#pragma once

#include "core/jose/Algorithm.h"
#include "core/jose/Jwk.h"
#include "provider/workspace/Workspace.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace provider {

// An issuer ready to serve: its configuration plus what is derived from it once per workspace change
// (URLs, published keys, the discovery and JWKS bodies), so the hot paths only copy bytes.
struct IssuerRuntime
{
    Issuer config;
    QString url;
    QList<jose::Jwk> publishedKeys;
    // Every key that may have signed one of the issuer's own tokens: the published ones and HMAC secrets.
    QList<jose::Jwk> verificationKeys;
    QStringList signingAlgorithms;
    // Algorithms of signed userinfo responses (clients with userinfo_signed_response_alg).
    QStringList userinfoAlgorithms;
    // For each published key (by kid), the algorithms it signs with; JWKS names one only when there is one.
    QHash<QString, QSet<QString>> keyAlgorithms;
    QSet<QString> corsOrigins;
    QByteArray discoveryBody;
    QByteArray jwksBody;

    // Whether each row of the route table (Routes.h) is served, by its index.
    QList<bool> served;

    // Built once per workspace change.
    static IssuerRuntime build(const Workspace& workspace, const Issuer& issuer);
    // An endpoint's URL and path (below the server's base URL), by its workspace name ("token", ...).
    QString endpointUrl(const QString& name) const { return url + config.endpoints.path(name); }
    QString endpointPath(const QString& name) const { return config.path + config.endpoints.path(name); }
    // The same issuer answering under another URL (an issuer derived from the request's Host header).
    IssuerRuntime withUrl(const QString& url) const;
    // Whether the endpoint of that workspace name is served (`served`, worked out once).
    bool endpointEnabled(const QString& name) const;
    // The key and algorithm of the issuer's tokens: its first active key (an HMAC secret signs HS256).
    std::optional<std::pair<jose::Jwk, jose::Algorithm>> accessTokenKey(QString* error) const;
    // The key and algorithm of `client`'s ID tokens: its id_token_signed_response_alg (HS256/384/512 with the
    // client's secret), else the access-token key.
    std::optional<std::pair<jose::Jwk, jose::Algorithm>> idTokenKey(
        const Client& client, QString* error) const;
    // The key for `alg` (a client's ID token or userinfo algorithm; empty: the access-token key).
    std::optional<std::pair<jose::Jwk, jose::Algorithm>> signingKey(
        const Client& client, const QString& alg, QString* error) const;
};

} // namespace provider
