#include "client/ClientProfile.h"

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
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    auto string = [&](const QString& key, QString* out) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isString())
            return false;
        *out = v.toString();
        return true;
    };
    ClientProfile p;
    QString auth = clientAuthName(p.clientAuth);
    QString pkce = pkceName(p.pkce);
    for (const auto& [key, out] :
        QList<std::pair<QString, QString*>>{{u"name"_s, &p.name}, {u"issuer"_s, &p.issuer},
            {u"client_id"_s, &p.clientId}, {u"client_auth"_s, &auth}, {u"redirect_uri"_s, &p.redirectUri},
            {u"response_type"_s, &p.responseType}, {u"response_mode"_s, &p.responseMode}, {u"pkce"_s, &pkce},
            {u"post_logout_redirect_uri"_s, &p.postLogoutRedirectUri}}) {
        if (!string(key, out))
            return fail(u"\"%1\" must be a string"_s.arg(key));
    }
    const auto clientAuth = clientAuthFromName(auth);
    if (!clientAuth)
        return fail(
            u"\"client_auth\" must be none, client_secret_basic, client_secret_post, client_secret_jwt or "
            u"private_key_jwt"_s);
    p.clientAuth = *clientAuth;
    const auto pkceMethod = pkceFromName(pkce);
    if (!pkceMethod)
        return fail(u"\"pkce\" must be S256, plain or off"_s);
    p.pkce = *pkceMethod;
    if (json.contains(u"discovery"_s)) {
        if (!json.value(u"discovery"_s).isBool())
            return fail(u"\"discovery\" must be true or false"_s);
        p.discovery = json.value(u"discovery"_s).toBool();
    }
    if (json.contains(u"pushed_authorization_requests"_s)) {
        if (!json.value(u"pushed_authorization_requests"_s).isBool())
            return fail(u"\"pushed_authorization_requests\" must be true or false"_s);
        p.pushedAuthorization = json.value(u"pushed_authorization_requests"_s).toBool();
    }
    if (json.contains(u"scopes"_s)) {
        if (!json.value(u"scopes"_s).isArray())
            return fail(u"\"scopes\" must be an array of strings"_s);
        p.scopes.clear();
        for (const QJsonValue& scope : json.value(u"scopes"_s).toArray()) {
            if (!scope.isString())
                return fail(u"\"scopes\" must be an array of strings"_s);
            p.scopes.append(scope.toString());
        }
    }
    if (json.contains(u"loopback_port"_s)) {
        const int port = json.value(u"loopback_port"_s).toInt(-1);
        if (port < 0 || port > 65535)
            return fail(u"\"loopback_port\" must be a port number (0 for any)"_s);
        p.loopbackPort = quint16(port);
    }
    if (json.contains(u"leeway_seconds"_s)) {
        const int leeway = json.value(u"leeway_seconds"_s).toInt(-1);
        if (leeway < 0)
            return fail(u"\"leeway_seconds\" must be a number of seconds"_s);
        p.leewaySecs = leeway;
    }
    for (const QJsonValue& pair : json.value(u"extra_parameters"_s).toArray()) {
        const QJsonArray kv = pair.toArray();
        if (kv.size() != 2 || !kv.at(0).isString() || !kv.at(1).isString() || kv.at(0).toString().isEmpty())
            return fail(u"\"extra_parameters\" must be an array of [name, value] string pairs"_s);
        p.extraParameters.append({kv.at(0).toString(), kv.at(1).toString()});
    }
    if (!p.discovery) {
        const QJsonObject endpoints = json.value(u"endpoints"_s).toObject();
        p.manualEndpoints.issuer = p.issuer;
        for (const auto& [key, member] : kManualEndpoints) {
            const QUrl url(endpoints.value(key).toString(), QUrl::StrictMode);
            if (endpoints.contains(key) && (!url.isValid() || url.isRelative()))
                return fail(u"endpoint \"%1\" must be an absolute URL"_s.arg(key));
            p.manualEndpoints.*member = url;
        }
        if (p.manualEndpoints.authorizationEndpoint.isEmpty() && p.manualEndpoints.tokenEndpoint.isEmpty())
            return fail(u"without discovery, give at least the authorization or the token endpoint"_s);
    }
    if (p.issuer.isEmpty())
        return fail(u"\"issuer\" is required"_s);
    if (p.clientId.isEmpty())
        return fail(u"\"client_id\" is required"_s);
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
