#pragma once

#include "provider/endpoints/EndpointContext.h"
#include "provider/workspace/Workspace.h"

#include <optional>

namespace provider::endpoints {

// Cookie attributes for a cookie of this issuer under `path`: HttpOnly, SameSite (Strict unless `strict` is
// false: Lax), Secure over HTTPS.
QByteArray cookieAttributes(
    const EndpointContext& ctx, const QString& path, qint64 maxAge, bool strict = true);

// The provider session (single sign-on cookie) of the request's browser at this issuer, if any.
std::optional<Session> currentSession(const EndpointContext& ctx);
QByteArray sessionCookieName(const EndpointContext& ctx);
QByteArray sessionCookieName(const QString& issuerId);
void startSession(const EndpointContext& ctx, HttpResponse& response, const User& user, qint64 authTime);
// Ends the request's session and tells the browser to drop the cookie.
void closeSession(const EndpointContext& ctx, HttpResponse& response);

} // namespace provider::endpoints
