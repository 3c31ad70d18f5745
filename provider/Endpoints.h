#pragma once

#include "core/Clock.h"
#include "core/http/FormUrlEncoded.h"
#include "core/jose/Jws.h"
#include "provider/Faults.h"
#include "provider/GrantStore.h"
#include "provider/HttpMessage.h"

#include <variant>

namespace provider {

struct IssuerRuntime;
struct Client;
struct User;

// What every endpoint gets: the request, its issuer and the provider's state. Nothing about sockets.
struct EndpointContext
{
    const HttpRequest& request;
    const IssuerRuntime& issuer;
    GrantStore& grants;
    const core::Clock& clock;
    // Injected faults that may apply to this request (see Faults.h): endpoints take them at their fault
    // points.
    FaultCandidates& faults;
};

namespace endpoints {

HttpResponse discovery(const EndpointContext& ctx);
HttpResponse jwks(const EndpointContext& ctx);
HttpResponse authorize(const EndpointContext& ctx);
// Pushed authorization requests (RFC 9126): the parameters of an authorization request, checked and kept
// for the authorization request that names the request_uri returned.
HttpResponse pushedAuthorization(const EndpointContext& ctx);
HttpResponse login(const EndpointContext& ctx);
HttpResponse token(const EndpointContext& ctx);
// The token endpoint without injected faults.
HttpResponse tokenGrant(const EndpointContext& ctx);
HttpResponse userinfo(const EndpointContext& ctx);
HttpResponse revocation(const EndpointContext& ctx);
HttpResponse introspection(const EndpointContext& ctx);
HttpResponse endSession(const EndpointContext& ctx);
HttpResponse deviceAuthorization(const EndpointContext& ctx);
HttpResponse deviceVerification(const EndpointContext& ctx);

// The device flow's grant type (RFC 8628 3.4).
inline const QString kDeviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
// Requested scopes, each defined by the issuer and allowed for the client; or the invalid_scope description.
std::variant<QStringList, QString> checkScopes(
    const EndpointContext& ctx, const Client& client, const QString& scope);

// Whether a requested redirect URI (or post-logout redirect URI) is the registered one. RFC 8252 7.3: for
// loopback IP literals the port is chosen at run time, so any port matches.
bool redirectUriMatches(const QString& registered, const QString& requested);

// Adds parameters to a redirect URI, keeping its own query component (RFC 6749 3.1.2).
QString appendToUri(const QString& uri, const core::FormData& params);

// The provider session (single sign-on cookie) of the request's browser at this issuer, if any.
std::optional<Session> currentSession(const EndpointContext& ctx);
QByteArray sessionCookieName(const EndpointContext& ctx);
QByteArray sessionCookieName(const QString& issuerId);
void startSession(const EndpointContext& ctx, HttpResponse& response, const User& user, qint64 authTime);
// Ends the request's session and tells the browser to drop the cookie.
void closeSession(const EndpointContext& ctx, HttpResponse& response);

// Client id and secret of an HTTP Basic Authorization header (RFC 6749 2.3.1: each part form-urlencoded);
// std::nullopt when the header is not Basic or is malformed.
std::optional<std::pair<QString, QString>> basicCredentials(const QByteArray& authorization);

// A JWT a client made (a request object, a client assertion; `what` names it in messages): its signature
// checked with the client secret (HS256/384/512) or the client's registered public keys (its "jwks": RS*,
// PS*, ES*, EdDSA), or taken unsigned when `allowUnsigned`. False with the reason in *error.
bool verifyClientJwt(
    const jose::Jws& jws, const Client& client, const QString& what, bool allowUnsigned, QString* error);
// Its exp (required when `requireExp`) still ahead and its nbf, if any, passed. False with the reason.
bool checkJwtTimes(
    const QJsonObject& claims, qint64 now, const QString& what, bool requireExp, QString* error);

// The answer to an injected error fault of a client-authenticated endpoint ("token.invalid_grant",
// "par.invalid_client", ...): the name's part after the group is the error (RFC 6749 5.2), invalid_client a
// 401 with a Basic challenge.
HttpResponse injectedErrorResponse(const EndpointContext& ctx, const FaultRule& rule);

// Client authentication at the token, revocation and introspection endpoints: client_secret_basic,
// client_secret_post, client_secret_jwt, or none for public clients. Returns the client, or the error
// response to send.
std::variant<const Client*, HttpResponse> authenticateClient(
    const EndpointContext& ctx, const core::FormData& form);
// A POST body as form data with no repeated parameter, or the invalid_request response.
std::variant<core::FormData, HttpResponse> singleValuedForm(const HttpRequest& request);

// A client-authenticated POST (token, device authorization, revocation, introspection): its form and client.
struct ClientRequest
{
    core::FormData form;
    const Client* client = nullptr;
};
// singleValuedForm() then authenticateClient(); the first error response, if any.
std::variant<ClientRequest, HttpResponse> authenticatedRequest(const EndpointContext& ctx);

// Builds the discovery document and JWKS once per workspace change.
QJsonObject discoveryDocument(const IssuerRuntime& issuer);
QJsonObject jwksDocument(const IssuerRuntime& issuer);

// Parses an application/x-www-form-urlencoded body; checks the Content-Type.
std::optional<core::FormData> formBody(const HttpRequest& request, QString* error);
// The parameters of a request that may come as GET (query) or POST (form body): authorization, end session.
std::optional<core::FormData> queryOrFormParameters(const HttpRequest& request, QString* error);

} // namespace endpoints
} // namespace provider
