#pragma once

#include "core/jose/Jwk.h"
#include "core/jose/JwkSet.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace client {

// One check of a token, with a reason a person can act on.
struct ValidationCheck
{
    enum class Status { Passed, Failed, Skipped };

    // Stable id: "format", "algorithm", "signature", "iss", "aud", "azp", "exp", "nbf", "iat", "sub",
    // "nonce", "at_hash", "c_hash", "userinfo_sub".
    QString id;
    Status status = Status::Skipped;
    QString reason;
};

// What a JWT says and which checks it passes. A token that cannot even be decoded has only a failed "format".
struct ValidationReport
{
    QJsonObject header;
    QJsonObject claims;
    QList<ValidationCheck> checks;

    // No check failed (skipped ones do not count).
    bool valid() const;
    const ValidationCheck* check(const QString& id) const;
    QStringList failedChecks() const;
};

// Where verification keys come from: called with refetch=false first, and once more with refetch=true when
// the token's kid is unknown (the provider may have rotated its keys). Returns the key set or says why not.
using KeySource = std::function<std::optional<jose::JwkSet>(bool refetch, QString* error)>;

struct ValidationOptions
{
    // Empty: "iss" is shown but not compared.
    QString expectedIssuer;
    // The client: must be an audience (and the azp when there are several). Empty: not compared.
    QString clientId;
    // The nonce sent in the authorization request. Empty: a nonce in the token is not compared.
    QString nonce;
    // The access token and code that came with the ID token, for at_hash and c_hash.
    QString accessToken;
    QString code;
    // Algorithms accepted; empty: every asymmetric one the library knows, and HS256/384/512 when a client
    // secret is given. "none" is never accepted.
    QStringList allowedAlgorithms;
    // The client secret: the HMAC key of HS* tokens (OIDC Core 10.1).
    QByteArray clientSecret;
    // Clock skew allowed for exp, nbf and iat, in seconds.
    qint64 leewaySecs = 60;
    // The current time in seconds since the epoch; 0: now.
    qint64 nowSecs = 0;
    // An ID token (OIDC Core 2): iss, sub, aud, exp and iat are required. Off for any other JWT.
    bool idToken = true;
    // The sub of a userinfo response, to compare with the ID token's (OIDC Core 5.3.2). Empty: not compared.
    QString userinfoSubject;
};

// Decodes `token` and runs every check the options allow (OIDC Core 3.1.3.7, 3.2.2.9, 3.3.2.12). Keys come
// from `keys` (may be empty: the signature is then skipped, and said so).
ValidationReport validateToken(
    const QByteArray& token, const ValidationOptions& options, const KeySource& keys);

// "in 5 min", "3 h ago".
QString relativeTime(qint64 secs, qint64 now);
// Header and payload pretty-printed, then the time claims as UTC dates relative to `now`.
QString tokenText(const ValidationReport& report, qint64 now);

// Pasted or loaded key material as a set: a JWK Set, a single JWK, or a PEM public key or certificate.
std::optional<jose::JwkSet> parseVerificationKeys(const QByteArray& text, QString* error);

// A key source that always answers the same set (a pasted JWK, JWK Set or secret).
KeySource fixedKeys(const jose::JwkSet& set);

} // namespace client
