#include "provider/workspace/Workspace.h"
#include "core/jose/JwkSet.h"

#include "core/jose/Crypto.h"
#include "provider/Routes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QUrl>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace provider {

EndpointPaths::EndpointPaths()
{
    for (const Route& route : Routes())
        m_paths.append(route.defaultPath.toString());
}

QString EndpointPaths::path(const QString& name) const
{
    const qsizetype index = Routes::indexOf(name);
    return index < 0 ? QString() : m_paths.at(index);
}

bool EndpointPaths::setPath(const QString& name, const QString& path)
{
    const qsizetype index = Routes::indexOf(name);
    if (index < 0)
        return false;
    m_paths[index] = path;
    return true;
}

bool Issuer::endpointEnabled(const QString& name) const
{
    const qsizetype index = Routes::indexOf(name);
    if (index < 0)
        return false;
    const Route& route = Routes::at(index);
    return !(route.switchable && disabledEndpoints.contains(name))
        && (route.partOf.isEmpty() || endpointEnabled(route.partOf.toString()))
        && (route.needs.isEmpty() || endpointEnabled(route.needs.toString()));
}

std::optional<jose::JwkSet> Client::keysFromJson(const QJsonObject& set, QString* where, QString* error)
{
    auto fail = [&](const QString& at, const QString& why) {
        *where = at;
        *error = why;
        return std::nullopt;
    };
    const QJsonValue keys = set.value(u"keys"_s);
    if (!keys.isArray())
        return fail({}, u"must be a JWK Set: an object with a \"keys\" array"_s);
    jose::JwkSet out;
    const QJsonArray array = keys.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = u"keys[%1]"_s.arg(i);
        QString why;
        const std::optional<jose::Jwk> key = jose::Jwk::fromJson(array.at(i).toObject(), &why);
        if (!key)
            return fail(at, why);
        if (key->type() == jose::KeyType::Oct)
            return fail(at, u"a symmetric key does not belong here: the client secret is the shared key"_s);
        if (key->hasPrivateKey())
            return fail(at, u"holds a private key; the provider needs only the public one"_s);
        out.keys.append(*key);
    }
    return out;
}

QStringList Issuer::knownClientAuthMethods()
{
    return {u"client_secret_basic"_s, u"client_secret_post"_s, u"client_secret_jwt"_s, u"private_key_jwt"_s,
        u"none"_s};
}

QStringList Issuer::responseTypes() const
{
    QStringList types;
    for (const QString& type : Client::knownResponseTypes()) {
        const QStringList words = type.split(u' ');
        const bool implicit = words.contains(u"token"_s) || words.contains(u"id_token"_s);
        if ((!words.contains(u"code"_s) || acceptsGrant(u"authorization_code"_s))
            && (!implicit || acceptsGrant(u"implicit"_s)))
            types.append(type);
    }
    return types;
}

QString Client::generateSecret()
{
    return QString::fromLatin1(jose::randomToken(48));
}

QStringList Client::knownGrantTypes()
{
    // In the discovery document's order (it advertises this list).
    return {u"authorization_code"_s, u"implicit"_s, u"refresh_token"_s, u"client_credentials"_s,
        u"urn:ietf:params:oauth:grant-type:device_code"_s};
}

QStringList Client::knownResponseTypes()
{
    return {u"code"_s, u"id_token"_s, u"id_token token"_s, u"code id_token"_s, u"code token"_s,
        u"code id_token token"_s};
}

std::optional<SigningKey> KeyToGenerate::make() const
{
    std::optional<SigningKey> made = SigningKey::generate(alg);
    if (!made)
        return std::nullopt;
    if (!kid.isEmpty())
        made->jwk.setKid(kid);
    made->active = active;
    made->published = published;
    return made;
}

std::optional<SigningKey> SigningKey::generate(const QString& alg, QString* error)
{
    if (!canGenerate(alg, error))
        return std::nullopt;
    // canGenerate() has left RS256, PS256, ES256, ES384 and EdDSA.
    jose::Jwk made = alg == u"ES256"_s ? jose::Jwk::generateEc(u"P-256"_s)
        : alg == u"ES384"_s            ? jose::Jwk::generateEc(u"P-384"_s)
        : alg == u"EdDSA"_s            ? jose::Jwk::generateEd25519()
                                       : jose::Jwk::generateRsa(2048);
    // An RSA key signs RS256 by default; PS256 is named so the key is used for it.
    if (alg == u"PS256"_s)
        made.setAlg(alg);
    made.setKid(made.thumbprint());
    SigningKey key;
    key.jwk = made;
    key.generated = true;
    return key;
}

bool SigningKey::canGenerate(const QString& alg, QString* error)
{
    if (generatableAlgorithms().contains(alg))
        return true;
    if (error)
        *error = u"must be one of %1"_s.arg(generatableAlgorithms().join(u", "_s));
    return false;
}

QStringList SigningKey::generatableAlgorithms()
{
    return {u"RS256"_s, u"PS256"_s, u"ES256"_s, u"ES384"_s, u"EdDSA"_s};
}

void Issuer::rotateKey(SigningKey fresh)
{
    for (SigningKey& key : keys) {
        if (key.jwk.type() != jose::KeyType::Oct)
            key.active = false;
    }
    fresh.active = fresh.published = true;
    keys.prepend(std::move(fresh));
}

const Client* Issuer::findClient(const QString& clientId) const
{
    for (const Client& c : clients) {
        if (c.clientId == clientId)
            return &c;
    }
    return nullptr;
}

const User* Issuer::findUser(const QString& username) const
{
    for (const User& u : users) {
        if (u.username == username)
            return &u;
    }
    return nullptr;
}

const User* Issuer::findUserBySubject(const QString& subject) const
{
    for (const User& u : users) {
        if (u.subject == subject)
            return &u;
    }
    return nullptr;
}

const ScopeDefinition* Issuer::findScope(const QString& name) const
{
    for (const ScopeDefinition& s : scopes) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QList<ScopeDefinition> standardScopes()
{
    return {
        {u"openid"_s, u"Sign in with OpenID Connect"_s, {u"sub"_s}},
        {u"profile"_s, u"Name, username and profile details"_s,
            {u"name"_s, u"family_name"_s, u"given_name"_s, u"middle_name"_s, u"nickname"_s,
                u"preferred_username"_s, u"profile"_s, u"picture"_s, u"website"_s, u"gender"_s,
                u"birthdate"_s, u"zoneinfo"_s, u"locale"_s, u"updated_at"_s}},
        {u"email"_s, u"Email address"_s, {u"email"_s, u"email_verified"_s}},
        {u"address"_s, u"Postal address"_s, {u"address"_s}},
        {u"phone"_s, u"Phone number"_s, {u"phone_number"_s, u"phone_number_verified"_s}},
        {u"offline_access"_s, u"Stay signed in (refresh tokens)"_s, {}},
    };
}

QStringList Workspace::endpointNames()
{
    QStringList names;
    for (const Route& route : Routes())
        names.append(route.name.toString());
    return names;
}

QStringList Workspace::switchableEndpointNames()
{
    QStringList names;
    for (const Route& route : Routes()) {
        if (route.switchable)
            names.append(route.name.toString());
    }
    return names;
}

bool Workspace::needsSigningKeys() const
{
    return std::any_of(issuers.cbegin(), issuers.cend(),
        [](const Issuer& issuer) { return issuer.keys.isEmpty() || !issuer.keysToGenerate.isEmpty(); });
}

int Workspace::ensureSigningKeys()
{
    return addSigningKeys(makeSigningKeys());
}

Workspace::MadeKeys Workspace::makeSigningKeys() const
{
    MadeKeys made;
    for (const Issuer& issuer : issuers) {
        if (!issuer.keys.isEmpty() && issuer.keysToGenerate.isEmpty())
            continue;
        QList<std::pair<qsizetype, SigningKey>>& keys = made[issuer.id];
        // In ascending places: each goes where its "generate" entry was.
        for (const KeyToGenerate& wanted : issuer.keysToGenerate) {
            if (std::optional<SigningKey> key = wanted.make())
                keys.append({wanted.index, *key});
        }
        if (issuer.keys.isEmpty() && keys.isEmpty())
            keys.append({0, {jose::Jwk::generateRsa(2048), true, true, true}});
    }
    return made;
}

int Workspace::addSigningKeys(const MadeKeys& made)
{
    int placed = 0;
    for (Issuer& issuer : issuers) {
        const auto found = made.constFind(issuer.id);
        if (found == made.cend() || (!issuer.keys.isEmpty() && issuer.keysToGenerate.isEmpty()))
            continue;
        for (const auto& [index, key] : *found)
            issuer.keys.insert(std::min(index, issuer.keys.size()), key);
        placed += int(found->size());
        issuer.keysToGenerate.clear();
    }
    return placed;
}

QString Workspace::baseUrl() const
{
    if (!server.publicUrl.isEmpty())
        return server.publicUrl;
    QString host = server.host;
    if (host.contains(u':'))
        host = u'[' + host + u']';
    return u"http://%1:%2"_s.arg(host).arg(server.port);
}

QString Workspace::issuerUrl(const Issuer& issuer) const
{
    // A Host-derived issuer has a URL per request; this is the one for requests without a Host header.
    if (issuer.issuerFromHost && server.publicUrl.isEmpty())
        return issuer.issuerFromHost->fallback + issuer.path;
    return baseUrl() + issuer.path;
}

} // namespace provider
