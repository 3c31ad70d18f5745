#include "client/ClientProfile.h"

#include "core/json/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace client {

namespace {

const QList<std::pair<ClientProfile::ClientAuth, QString>> kClientAuthNames{
    {ClientProfile::ClientAuth::None, u"none"_s},
    {ClientProfile::ClientAuth::SecretBasic, u"client_secret_basic"_s},
    {ClientProfile::ClientAuth::SecretPost, u"client_secret_post"_s},
    {ClientProfile::ClientAuth::SecretJwt, u"client_secret_jwt"_s},
    {ClientProfile::ClientAuth::PrivateKeyJwt, u"private_key_jwt"_s}};
const QList<std::pair<ClientProfile::Pkce, QString>> kPkceNames{{ClientProfile::Pkce::S256, u"S256"_s},
    {ClientProfile::Pkce::Plain, u"plain"_s}, {ClientProfile::Pkce::Off, u"off"_s}};

const QList<std::pair<QString, QUrl ProviderMetadata::*>> kManualEndpoints{
    {u"authorization_endpoint"_s, &ProviderMetadata::authorizationEndpoint},
    {u"token_endpoint"_s, &ProviderMetadata::tokenEndpoint},
    {u"userinfo_endpoint"_s, &ProviderMetadata::userinfoEndpoint},
    {u"jwks_uri"_s, &ProviderMetadata::jwksUri},
    {u"end_session_endpoint"_s, &ProviderMetadata::endSessionEndpoint},
    {u"revocation_endpoint"_s, &ProviderMetadata::revocationEndpoint},
    {u"introspection_endpoint"_s, &ProviderMetadata::introspectionEndpoint},
    {u"device_authorization_endpoint"_s, &ProviderMetadata::deviceAuthorizationEndpoint},
    {u"pushed_authorization_request_endpoint"_s, &ProviderMetadata::pushedAuthorizationRequestEndpoint}};

} // namespace

QString ClientProfile::clientAuthName(ClientAuth auth)
{
    for (const auto& [value, name] : kClientAuthNames) {
        if (value == auth)
            return name;
    }
    return {};
}

std::optional<ClientProfile::ClientAuth> ClientProfile::clientAuthFromName(const QString& name)
{
    for (const auto& [value, known] : kClientAuthNames) {
        if (known == name)
            return value;
    }
    return std::nullopt;
}

QString ClientProfile::pkceName(Pkce pkce)
{
    for (const auto& [value, name] : kPkceNames) {
        if (value == pkce)
            return name;
    }
    return {};
}

std::optional<ClientProfile::Pkce> ClientProfile::pkceFromName(const QString& name)
{
    for (const auto& [value, known] : kPkceNames) {
        if (known == name)
            return value;
    }
    return std::nullopt;
}

std::optional<jose::Jwk> ClientProfile::privateKeyFromText(const QByteArray& text, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QByteArray trimmed = text.trimmed();
    std::optional<jose::Jwk> key;
    QString why;
    if (trimmed.startsWith('{')) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
        if (!doc.isObject())
            return fail(u"the private key is not a JSON object: %1"_s.arg(parseError.errorString()));
        key = jose::Jwk::fromJson(doc.object(), &why);
    } else if (trimmed.startsWith("-----BEGIN ")) {
        // A PEM pasted into a one-line field loses its line breaks: put them back around each block's base64
        // (`openssl ecparam -genkey` writes an EC PARAMETERS block before the key).
        QByteArray pem = trimmed;
        if (!trimmed.contains('\n')) {
            pem.clear();
            static const QRegularExpression block(u"(-----BEGIN ([A-Z ]+)-----)(.*?)(-----END \\2-----)"_s);
            for (const QRegularExpressionMatch& m : block.globalMatch(QString::fromLatin1(trimmed))) {
                QString body = m.captured(3);
                body.remove(QRegularExpression(u"\\s"_s));
                pem += m.captured(1).toLatin1() + '\n';
                for (qsizetype i = 0; i < body.size(); i += 64)
                    pem += body.mid(i, 64).toLatin1() + '\n';
                pem += m.captured(4).toLatin1() + '\n';
            }
            if (pem.isEmpty())
                return fail(u"the private key's PEM has no END line"_s);
        }
        key = jose::Jwk::fromPem(pem, &why);
    } else {
        return fail(u"give the private key as a JWK (JSON) or in PEM"_s);
    }
    if (!key)
        return fail(u"the private key is not usable: %1"_s.arg(why));
    if (key->type() == jose::KeyType::Oct)
        return fail(u"a shared secret is not a private key: use client_secret_jwt"_s);
    if (!key->hasPrivateKey())
        return fail(u"the key has no private part"_s);
    return key;
}

QJsonObject ClientProfile::toJson() const
{
    QJsonObject json{{u"name"_s, name}, {u"issuer"_s, issuer}, {u"discovery"_s, discovery},
        {u"client_id"_s, clientId}, {u"client_auth"_s, clientAuthName(clientAuth)},
        {u"scopes"_s, QJsonArray::fromStringList(scopes)}, {u"response_type"_s, responseType},
        {u"pkce"_s, pkceName(pkce)}, {u"leeway_seconds"_s, leewaySecs}};
    if (!redirectUri.isEmpty())
        json.insert(u"redirect_uri"_s, redirectUri);
    if (loopbackPort != 0)
        json.insert(u"loopback_port"_s, loopbackPort);
    if (!responseMode.isEmpty())
        json.insert(u"response_mode"_s, responseMode);
    if (pushedAuthorization)
        json.insert(u"pushed_authorization_requests"_s, true);
    if (!postLogoutRedirectUri.isEmpty())
        json.insert(u"post_logout_redirect_uri"_s, postLogoutRedirectUri);
    if (!extraParameters.isEmpty()) {
        QJsonArray extra;
        for (const auto& [key, value] : extraParameters)
            extra.append(QJsonArray{key, value});
        json.insert(u"extra_parameters"_s, extra);
    }
    if (!discovery) {
        QJsonObject endpoints;
        for (const auto& [key, member] : kManualEndpoints) {
            if (!(manualEndpoints.*member).isEmpty())
                endpoints.insert(key, (manualEndpoints.*member).toString());
        }
        json.insert(u"endpoints"_s, endpoints);
    }
    return json;
}

std::optional<ClientProfile> ClientProfile::fromJson(const QJsonObject& json, QString* error)
{
    // The profiles file names members quoted: "pkce" must be S256, plain or off.
    core::JsonReader r(error, core::JsonReader::Style::Quoted);
    ClientProfile p;
    p.name = r.string(json, {}, u"name"_s, p.name);
    p.issuer = r.requiredString(json, {}, u"issuer"_s);
    p.clientId = r.requiredString(json, {}, u"client_id"_s);
    p.redirectUri = r.string(json, {}, u"redirect_uri"_s, p.redirectUri);
    p.responseType = r.string(json, {}, u"response_type"_s, p.responseType);
    p.responseMode = r.string(json, {}, u"response_mode"_s, p.responseMode);
    p.postLogoutRedirectUri = r.string(json, {}, u"post_logout_redirect_uri"_s, p.postLogoutRedirectUri);
    if (const auto clientAuth
        = clientAuthFromName(r.string(json, {}, u"client_auth"_s, clientAuthName(p.clientAuth))))
        p.clientAuth = *clientAuth;
    else
        r.fail(u"client_auth"_s,
            u"must be none, client_secret_basic, client_secret_post, client_secret_jwt or private_key_jwt"_s);
    if (const auto pkce = pkceFromName(r.string(json, {}, u"pkce"_s, pkceName(p.pkce))))
        p.pkce = *pkce;
    else
        r.fail(u"pkce"_s, u"must be S256, plain or off"_s);
    p.discovery = r.boolean(json, {}, u"discovery"_s, p.discovery);
    p.pushedAuthorization = r.boolean(json, {}, u"pushed_authorization_requests"_s, p.pushedAuthorization);
    p.scopes = r.strings(json, {}, u"scopes"_s, p.scopes);
    p.loopbackPort = quint16(r.integer(json, {}, u"loopback_port"_s, p.loopbackPort, 0, 65535));
    p.leewaySecs = r.integer(json, {}, u"leeway_seconds"_s, p.leewaySecs, 0, 24 * 3600);
    for (const QJsonValue& pair : r.array(json, {}, u"extra_parameters"_s)) {
        const QJsonArray kv = pair.toArray();
        if (kv.size() != 2 || !kv.at(0).isString() || !kv.at(1).isString() || kv.at(0).toString().isEmpty())
            r.fail(u"extra_parameters"_s, u"must be an array of [name, value] string pairs"_s);
        else
            p.extraParameters.append({kv.at(0).toString(), kv.at(1).toString()});
    }
    if (!p.discovery && r.ok()) {
        const QJsonObject endpoints = r.object(json, {}, u"endpoints"_s);
        p.manualEndpoints.issuer = p.issuer;
        for (const auto& [key, member] : kManualEndpoints) {
            const QUrl url(r.string(endpoints, {}, key), QUrl::StrictMode);
            if (endpoints.contains(key) && (!url.isValid() || url.isRelative()))
                r.fail({}, u"endpoint \"%1\" must be an absolute URL"_s.arg(key));
            p.manualEndpoints.*member = url;
        }
        if (p.manualEndpoints.authorizationEndpoint.isEmpty() && p.manualEndpoints.tokenEndpoint.isEmpty())
            r.fail({}, u"without discovery, give at least the authorization or the token endpoint"_s);
    }
    if (!r.ok())
        return std::nullopt;
    return p;
}

QString ClientProfile::clientSecretKey(const QString& issuer, const QString& clientId)
{
    return u"client_secret %1 %2"_s.arg(issuer, clientId);
}

QString ClientProfile::refreshTokenKey(const QString& issuer, const QString& clientId)
{
    return u"refresh_token %1 %2"_s.arg(issuer, clientId);
}

ClientProfile ClientProfile::builtIn(const QString& issuer)
{
    ClientProfile p;
    p.name = u"Built-in provider"_s;
    p.issuer = issuer;
    p.clientId = u"oidc-bench-client"_s;
    p.scopes = {u"openid"_s, u"profile"_s, u"email"_s, u"offline_access"_s};
    return p;
}

} // namespace client
