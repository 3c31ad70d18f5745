#pragma once

#include "core/http/FormUrlEncoded.h"
#include "core/http/OAuthError.h"
#include "provider/endpoints/EndpointContext.h"
#include "provider/workspace/Workspace.h"

namespace provider::endpoints {

// Adds parameters to a redirect URI, keeping its own query component (RFC 6749 3.1.2).
QString appendToUri(const QString& uri, const core::FormData& params);

// Sends authorization response parameters back in the requested mode: query or fragment of a redirect, or an
// auto-submitting form (OAuth 2.0 Form Post Response Mode).
HttpResponse deliver(const QString& redirectUri, const QString& mode, const core::FormData& params,
    int redirectStatus, const QString& clientId);
// RFC 6749 4.1.2.1, with "iss" from RFC 9207.
HttpResponse redirectWithError(const EndpointContext& ctx, const QString& redirectUri, const QString& mode,
    const QString& state, const OAuthError& error, const QString& clientId, int status = 302);

// The successful authorization response: a code, tokens, or both (hybrid), with state and "iss" (RFC 9207).
HttpResponse authorizationResponse(const EndpointContext& ctx, const LoginTransaction& request,
    const Client& client, const User& user, qint64 authTime, int status);

// Starts a transaction: stores it and shows the login page (or, for a user already authenticated, the consent
// page) with its CSRF cookie.
HttpResponse showLogin(const EndpointContext& ctx, LoginTransaction login, const Client& client,
    const User* consentingUser = nullptr);
// The login form's CSRF cookie for a transaction, and its attributes (maxAge 0 drops it).
QByteArray csrfCookieName(const QString& transactionId);
QByteArray csrfCookieAttributes(const EndpointContext& ctx, qint64 maxAge);

// Whether the user must be asked before the client gets the transaction's scopes: prompt=consent, or a client
// that requires consent and a scope not allowed yet.
bool needsConsent(
    const EndpointContext& ctx, const LoginTransaction& login, const Client& client, const QString& subject);

} // namespace provider::endpoints
