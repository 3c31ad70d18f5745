#pragma once

#include "core/http/FormUrlEncoded.h"
#include "core/http/OAuthError.h"
#include "provider/endpoints/EndpointContext.h"
#include "provider/workspace/Workspace.h"

#include <variant>

namespace provider::endpoints {

// response_type values with their words sorted, as compared everywhere.
QString canonicalResponseType(const QString& responseType);

// An authorization request's response_type (words sorted) and response_mode, and the mode its errors are
// sent with: the requested one if it is one we know and it is safe for the response type (tokens never go in
// a query string), else the default for the response type.
struct ResponseShape
{
    QString responseType;
    bool usesCode = false;
    bool usesImplicit = false;
    QString requestedMode;
    bool knownMode = false;
    bool modeAllowed = false;
    QString mode;
};
ResponseShape responseShape(const core::FormData& params);

// Whether a requested redirect URI (or post-logout redirect URI) is the registered one. RFC 8252 7.3: for
// loopback IP literals the port is chosen at run time, so any port matches.
bool redirectUriMatches(const QString& registered, const QString& requested);
// Whether `redirectUri` is one of the client's (redirectUriMatches).
bool redirectUriRegistered(const Client& client, const QString& redirectUri);

// The subject the claims request insists on (claims.id_token.sub.value), if any.
QString requiredSubject(const ClaimsRequest& claims);

// An authorization request whose client is known and whose redirect_uri is registered for it, checked: the
// login transaction it starts, and what decides whether an existing session answers it.
struct CheckedRequest
{
    LoginTransaction login;
    QStringList prompt;
    qint64 maxAge = -1;
    QString hintedSubject;
};

// The checks of an authorization request after its client and redirect_uri (RFC 6749 4.1.1, OIDC Core
// 3.1.2.2), the same for one sent to the authorization endpoint and one pushed (RFC 9126 2.1). `params` are
// its parameters with any request object applied; `repeated` names the parameters given more than once,
// `objectError` says why its request object was refused.
std::variant<CheckedRequest, OAuthError> checkRequest(const EndpointContext& ctx, const Client& client,
    const core::FormData& params, const QStringList& repeated, const QString& objectError);

// The request_uri of a pushed authorization request (RFC 9126 2.2) begins with this.
inline const QString kPushedRequestUriPrefix = QStringLiteral("urn:ietf:params:oauth:request_uri:");
// How long a pushed request waits for its authorization request (RFC 9126 2.2: "typically between 5 and
// 600 seconds"; oidc-provider's default).
constexpr int kPushedRequestLifetimeSecs = 60;

} // namespace provider::endpoints
