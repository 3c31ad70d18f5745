#pragma once

#include "core/Clock.h"
#include "provider/Faults.h"
#include "provider/GrantStore.h"
#include "provider/HttpMessage.h"
#include "provider/Workspace.h"

#include <QMutex>
#include <QSet>
#include <memory>
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

    QString endpointUrl(const QString& endpointPath) const { return url + endpointPath; }
    QString endpointPath(const QString& endpointPath) const { return config.path + endpointPath; }
    // The same issuer answering under another URL (an issuer derived from the request's Host header).
    IssuerRuntime withUrl(const QString& url) const;
    bool endpointEnabled(const QString& name) const { return config.endpointEnabled(name); }
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

// A token made outside any flow (`oidc-bench mint`): for a user, signed as the issuer signs its tokens.
struct MintRequest
{
    // Empty: the first issuer.
    QString issuerId;
    QString username;
    // Empty: no "aud".
    QString audience;
    // Whose claims go in (OIDC Core 5.4), also stated as "scope".
    QStringList scopes{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email")};
    qint64 lifetimeSecs = 3600;
    // Added to the claims; the standard ones (iss, sub, aud, iat, exp, jti) win.
    QJsonObject extraClaims;
};

struct Snapshot
{
    Workspace workspace;
    QList<IssuerRuntime> issuers;
};

// The mock OpenID Provider, without any transport: handle() takes a request value and returns a response
// value. Thread-safe: the workspace can be replaced while requests are being served (live editing).
class Provider
{
public:
    // Without a clock, a ControllableClock set as the workspace's "clock" says (time control).
    explicit Provider(Workspace workspace, std::shared_ptr<core::Clock> clock = nullptr);

    // The control API's path prefix (docs/control-api.md), outside every issuer.
    static constexpr QStringView kControlPrefix = u"/_oidc-bench";

    void setWorkspace(Workspace workspace);
    std::shared_ptr<const Snapshot> snapshot() const;

    HttpResponse handle(const HttpRequest& request);
    // A signed JWT for the request, or std::nullopt with *error saying why (unknown issuer or user, no key).
    std::optional<QString> mintToken(const MintRequest& request, QString* error) const;

    const core::Clock& clock() const { return *m_clock; }
    // Null when the clock cannot be moved (a plain system clock).
    std::shared_ptr<core::ControllableClock> controllableClock() const;
    GrantStore& grants() { return m_grants; }
    FaultEngine& faults() { return m_faults; }

    // The bearer token the control API wants; empty switches the control API off.
    void setControlToken(const QByteArray& token);
    QByteArray controlToken() const;

private:
    HttpResponse handleControl(const HttpRequest& request);
    HttpResponse respond(
        const HttpRequest& request, int route, const IssuerRuntime& issuer, FaultCandidates& faults);

    mutable QMutex m_mutex;
    std::shared_ptr<const Snapshot> m_snapshot;
    std::shared_ptr<core::Clock> m_clock;
    GrantStore m_grants;
    FaultEngine m_faults;
    QByteArray m_controlToken;
};

} // namespace provider
