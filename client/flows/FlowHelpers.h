#pragma once

#include "client/HttpClient.h"
#include "client/flows/RelyingParty.h"
#include "core/http/FormUrlEncoded.h"

#include <QJsonObject>
#include <QUrl>
#include <optional>

// Small helpers the flows of RelyingParty share.
namespace client::flows {

// RFC 8252 7.3 and 8.3: loopback redirects are received by a listener on this machine.
bool isLoopbackRedirect(const QUrl& uri);

QString randomValue();

// "200 OK", "400 invalid_grant: the code was already used", "no response: connection refused".
QString summary(const HttpExchange& x);

// The error of a Bearer challenge (RFC 6750 3): WWW-Authenticate: Bearer error="invalid_token", ...
std::optional<core::OAuthError> bearerChallengeError(const HttpExchange& x);

bool looksLikeJwt(const QString& token);

QStringList words(const QString& text);

QJsonObject formToJson(const core::FormData& form);

TokenSet tokenSetFrom(const QJsonObject& json);

} // namespace client::flows
