#pragma once

#include "client/ProviderMetadata.h"
#include "core/jose/Jwk.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace client {

// How a relying party talks to one provider: everything but its secrets (which live in a SecretStore).
struct ClientProfile
{
    // SecretJwt and PrivateKeyJwt authenticate with a signed assertion (RFC 7523, OIDC Core 9): HS256 with
    // the client secret, or signed with the client's private key (held where the secret would be).
    enum class ClientAuth { None, SecretBasic, SecretPost, SecretJwt, PrivateKeyJwt };
    enum class Pkce { S256, Plain, Off };

    QString name;
    // Discovery from <issuer>/.well-known/openid-configuration; or, with `discovery` off, the endpoints in
    // `manualEndpoints` (its issuer is still what ID tokens must carry).
    QString issuer;
    bool discovery = true;
    ProviderMetadata manualEndpoints;

    QString clientId;
    ClientAuth clientAuth = ClientAuth::None;
    QStringList scopes{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email")};
    // Empty: a loopback listener at http://127.0.0.1:<loopbackPort>/callback (RFC 8252 7.3). A loopback
    // URI (127.0.0.1, [::1], localhost) is listened on; any other is completed by pasting the final URL.
    QString redirectUri;
    // 0: a free port chosen at run time.
    quint16 loopbackPort = 0;
    // "code" (the default), or an implicit or hybrid type such as "id_token token" or "code id_token".
    QString responseType = QStringLiteral("code");
    // Empty: the response type's default (query for code, fragment otherwise); or "form_post".
    QString responseMode;
    Pkce pkce = Pkce::S256;
    // Push the authorization request to the provider's pushed_authorization_request_endpoint first and send
    // the browser with only client_id and the request_uri it returns (RFC 9126). Done anyway when the
    // provider requires it.
    bool pushedAuthorization = false;
    // Added to the authorization request (prompt, acr_values, login_hint...); a name used by the standard
    // parameters replaces its value.
    QList<std::pair<QString, QString>> extraParameters;
    // Empty: http://127.0.0.1:<port>/logged-out on the loopback listener.
    QString postLogoutRedirectUri;
    // Clock skew allowed when checking exp, nbf and iat.
    int leewaySecs = 60;

    QJsonObject toJson() const;
    // Unknown members are ignored; wrong types and values are errors.
    static std::optional<ClientProfile> fromJson(const QJsonObject& json, QString* error);

    static QString clientAuthName(ClientAuth auth);
    // A private key for private_key_jwt as the user pastes it: a JWK (JSON) or PEM, line breaks lost or not.
    static std::optional<jose::Jwk> privateKeyFromText(const QByteArray& text, QString* error);
    static std::optional<ClientAuth> clientAuthFromName(const QString& name);
    static QString pkceName(Pkce pkce);
    static std::optional<Pkce> pkceFromName(const QString& name);

    // Keys of this client's secrets in a SecretStore: one per issuer and client_id, shared by the window
    // and the command line.
    static QString clientSecretKey(const QString& issuer, const QString& clientId);
    static QString refreshTokenKey(const QString& issuer, const QString& clientId);

    // The profile of the built-in provider's own client ("oidc-bench-client": public, PKCE, loopback).
    static ClientProfile builtIn(const QString& issuer);
};

} // namespace client
