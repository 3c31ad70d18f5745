#pragma once

#include "core/jose/Jwk.h"
#include "core/jose/JwkSet.h"
#include "provider/Faults.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace provider {

struct User
{
    QString subject;
    QString username;
    QString password;
    // Any claims: standard profile/email/address/phone claims and custom ones.
    QJsonObject claims;
};

struct Client
{
    QString clientId;
    QString name;
    bool confidential = false;
    QString secret;
    QStringList redirectUris;
    QStringList postLogoutRedirectUris;
    QStringList grantTypes{QStringLiteral("authorization_code")};
    QStringList responseTypes{QStringLiteral("code")};
    bool requirePkce = true;
    // Empty: every scope the issuer defines.
    QStringList allowedScopes;
    QStringList corsOrigins;
    // Empty: the active key's algorithm.
    QString idTokenSigningAlg;
    // Non-empty: userinfo answers as a JWT signed with this algorithm (OIDC Core 5.3.2), like ID tokens.
    QString userinfoSigningAlg;
    // Empty: the client_id.
    QString accessTokenAudience;
    // Added to every access token issued to this client (client_credentials included).
    QJsonObject accessTokenClaims;
    // The client's public keys (RFC 7591 "jwks"): they verify its private_key_jwt client assertions (RFC
    // 7523, OIDC Core 9) and the request objects it signs with them (OIDC Core 6.1). Public keys only.
    jose::JwkSet jwks;
    // A refresh token is replaced at each use; presenting a replaced one revokes the whole family.
    bool refreshTokenRotation = true;
    // Show a consent page before the first grant of each scope to this client (prompt=consent always does).
    bool requireConsent = false;
    // Authorization requests only through the pushed authorization request endpoint (RFC 9126 6).
    bool requirePushedRequests = false;
    int accessTokenLifetime = 3600;
    int idTokenLifetime = 3600;
    int refreshTokenLifetime = 86400;
    int codeLifetime = 60;

    // A fresh client secret: 32 random bytes, base64url (long enough for HS256 to HS512 with it).
    static QString generateSecret();
    // The grant and response types the provider serves: advertised by discovery, offered by editors, and
    // checked by the authorization endpoint (response types with their words sorted, as it compares them).
    static QStringList knownGrantTypes();
    static QStringList knownResponseTypes();
    // A "jwks" as a client's must be (a JWK Set of public RSA, EC or OKP keys, each one checked, where a set
    // fetched from elsewhere skips what it cannot read): the set, or std::nullopt with where it is wrong (""
    // for the set, "keys[1]" for a key) and why.
    static std::optional<jose::JwkSet> keysFromJson(const QJsonObject& set, QString* where, QString* error);
};

struct ScopeDefinition
{
    QString name;
    QString description;
    QStringList claims;
};

struct SigningKey
{
    jose::Jwk jwk;
    bool active = true;
    // Listed in the JWKS. An unpublished active key signs tokens nobody can verify (a key "not yet
    // published").
    bool published = true;
    // Made when the workspace was loaded or started (ensureSigningKeys, "generate"), not read from the file.
    bool generated = false;

    // A fresh key for `alg` ("RS256", "PS256", "ES256", "ES384", "EdDSA"), its kid the RFC 7638 thumbprint.
    static std::optional<SigningKey> generate(const QString& alg, QString* error = nullptr);
    static QStringList generatableAlgorithms();
    // Whether generate() knows `alg`; if not, *error says which it knows.
    static bool canGenerate(const QString& alg, QString* error = nullptr);
};

// The path of each endpoint below its issuer's path, by the route table's rows (provider/Routes.h), each
// defaulting to the row's path.
class EndpointPaths
{
public:
    EndpointPaths();
    // By the route table's index.
    const QString& at(qsizetype route) const { return m_paths.at(route); }
    // By workspace name ("token", "end_session", ...; Workspace::endpointNames()): the path, or empty.
    QString path(const QString& name) const;
    // Returns false for an unknown name.
    bool setPath(const QString& name, const QString& path);

private:
    QStringList m_paths;
};

// An issuer whose URL comes from each request's Host header (scheme://host + path), as some deployments
// derive it, unless the server has a configured public URL; requests without a Host header get the fallback.
struct HostDerivedIssuer
{
    QString scheme = QStringLiteral("https");
    QString fallback = QStringLiteral("http://localhost");
};

// A "generate" key of a workspace file read with KeyGeneration::Later: the key it asks for, made by
// Workspace::ensureSigningKeys() (in the window, on a pool thread).
struct KeyToGenerate
{
    QString alg;
    // Empty: the key's RFC 7638 thumbprint.
    QString kid;
    bool active = true;
    bool published = true;
    // Its place among the issuer's keys once made.
    qsizetype index = 0;

    // The key it asks for (its algorithm checked with SigningKey::canGenerate when read).
    std::optional<SigningKey> make() const;
};

struct Issuer
{
    QString id;
    QString name;
    // Path of the issuer below the server's base URL: "" or e.g. "/api/rest/services/oidc".
    QString path;
    EndpointPaths endpoints;
    // Endpoints switched off (by their workspace names: "token", "userinfo", ...): not served, and not
    // advertised unless discovery requires them (authorization_endpoint, token_endpoint).
    QStringList disabledEndpoints;
    // Client authentication methods the token, revocation and introspection endpoints accept and discovery
    // lists ("client_secret_basic", ...); empty: every one the provider implements
    // (knownClientAuthMethods()).
    QStringList clientAuthMethods;
    // Grant types the issuer supports and discovery lists (Client::knownGrantTypes() names); empty: all of
    // them. A client registered for more may still use only these.
    QStringList grantTypes;
    // Whether the authorization endpoint takes request objects (the "request" parameter, OIDC Core 6.1).
    bool requestObjects = true;
    // Authorization requests only through the pushed authorization request endpoint, for every client
    // (RFC 9126 5; a client can also require it for itself).
    bool requirePushedRequests = false;
    std::optional<HostDerivedIssuer> issuerFromHost;
    QList<User> users;
    QList<Client> clients;
    QList<ScopeDefinition> scopes;
    QList<SigningKey> keys;
    // Keys still to be made (KeyGeneration::Later); saved back as "generate" entries.
    QList<KeyToGenerate> keysToGenerate;

    const Client* findClient(const QString& clientId) const;
    const User* findUser(const QString& username) const;
    const User* findUserBySubject(const QString& subject) const;
    const ScopeDefinition* findScope(const QString& name) const;
    // Key rotation: `fresh` becomes the signing key; the keys that signed until now stop signing but stay
    // published, so tokens they signed still verify until they are removed.
    void rotateKey(SigningKey fresh);
    // Whether an endpoint (by workspace name) is served: not switched off, nor the endpoint it is part of,
    // nor one it needs (the route table's columns: pushed requests need the authorization endpoint).
    bool endpointEnabled(const QString& name) const;
    bool acceptsClientAuth(const QString& method) const
    {
        return clientAuthMethods.isEmpty() || clientAuthMethods.contains(method);
    }
    static QStringList knownClientAuthMethods();
    bool acceptsGrant(const QString& grantType) const
    {
        return grantTypes.isEmpty() || grantTypes.contains(grantType);
    }
    // The response types whose grants (authorization_code for code, implicit for tokens from the
    // authorization endpoint) the issuer supports, of Client::knownResponseTypes().
    QStringList responseTypes() const;
};

struct ServerSettings
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 9400;
    // The externally visible base URL (scheme://host:port); empty means http://host:port.
    QString publicUrl;
};

// Time control at start: the provider's clock shifted by an offset, or frozen at an instant.
struct ClockSettings
{
    qint64 offsetSecs = 0;
    std::optional<qint64> frozenAtMSecs;
};

// The provider's whole configuration. Stored as a versioned JSON document (docs/workspace-format.md).
struct Workspace
{
    static constexpr int kFormatVersion = 1;

    ServerSettings server;
    QList<Issuer> issuers;
    // Fault rules the provider starts with (docs/faults.md).
    QList<FaultRule> faults;
    ClockSettings clock;

    // When the keys a file asks for with "generate" are made: while it is read, or by ensureSigningKeys()
    // (RSA takes from 50 ms to over a second: the window makes them off its GUI thread).
    enum class KeyGeneration { OnLoad, Later };

    // Parses a workspace document. Syntax errors are reported as "line L, column C: ...", semantic ones
    // with the JSON path of the offending member.
    static std::optional<Workspace> fromJson(
        const QByteArray& json, QString* error, KeyGeneration keyGeneration = KeyGeneration::OnLoad);
    QByteArray toJson() const;

    static std::optional<Workspace> load(
        const QString& path, QString* error, KeyGeneration keyGeneration = KeyGeneration::OnLoad);
    // Atomic: writes a temporary file and renames it over `path` only when complete.
    bool save(const QString& path, QString* error) const;

    // The built-in workspace the program starts with (resources/workspaces/default.json).
    static Workspace builtinDefault();
    // Workspaces that imitate real providers (resources/presets/NAME.json).
    static QStringList presetNames();
    static std::optional<Workspace> preset(
        const QString& name, KeyGeneration keyGeneration = KeyGeneration::OnLoad);

    // The workspace names of the endpoints ("discovery", "jwks", "authorization", ...), the route table's.
    static QStringList endpointNames();
    // Those disabled_endpoints may name (not discovery, jwks, or the login form).
    static QStringList switchableEndpointNames();

    // Whether an issuer has keys still to make or no signing key yet (ensureSigningKeys() would make them).
    bool needsSigningKeys() const;
    // Makes the keys still to make (keysToGenerate), then gives every issuer still without a signing key a
    // fresh RS256 key; returns how many were generated. The same as addSigningKeys(makeSigningKeys()).
    int ensureSigningKeys();
    // Keys made for an issuer, each with its place among the issuer's keys.
    using MadeKeys = QHash<QString, QList<std::pair<qsizetype, SigningKey>>>;
    // The keys ensureSigningKeys() would make, by issuer id, leaving the workspace as it is (the window
    // makes them on a copy, on a pool thread).
    MadeKeys makeSigningKeys() const;
    // Places keys makeSigningKeys() made, in issuers (by id) that still wait for them: those with keys to
    // make or without any key. Keys the issuer got meanwhile are kept. Returns how many were placed.
    int addSigningKeys(const MadeKeys& made);

    QString baseUrl() const;
    // The issuer's URL: the base URL and its path (for a Host-derived issuer, the fallback's).
    QString issuerUrl(const Issuer& issuer) const;
};

// Claim names of the standard OIDC scopes (OIDC Core 5.4), used when a workspace defines none.
QList<ScopeDefinition> standardScopes();

} // namespace provider
