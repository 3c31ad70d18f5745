#pragma once

#include "core/http/FormUrlEncoded.h"
#include "provider/endpoints/EndpointContext.h"
#include "provider/workspace/Workspace.h"

#include <optional>
#include <variant>

namespace provider::endpoints {

// Client id and secret of an HTTP Basic Authorization header (RFC 6749 2.3.1: each part form-urlencoded);
// std::nullopt when the header is not Basic or is malformed.
std::optional<std::pair<QString, QString>> basicCredentials(const QByteArray& authorization);

// Client authentication at the token, revocation and introspection endpoints: client_secret_basic,
// client_secret_post, client_secret_jwt, private_key_jwt, or none for public clients. Returns the client, or
// the error response to send.
std::variant<const Client*, HttpResponse> authenticateClient(
    const EndpointContext& ctx, const core::FormData& form);

// A client-authenticated POST (token, device authorization, revocation, introspection): its form and client.
struct ClientRequest
{
    core::FormData form;
    const Client* client = nullptr;
};
// singleValuedForm() then authenticateClient(); the first error response, if any.
std::variant<ClientRequest, HttpResponse> authenticatedRequest(const EndpointContext& ctx);

// A client-authenticated request about a token (revocation, introspection): also its "token" parameter.
struct TokenRequest
{
    core::FormData form;
    const Client* client = nullptr;
    QString token;
};
std::variant<TokenRequest, HttpResponse> authenticatedTokenRequest(const EndpointContext& ctx);

// The answer to an injected error fault of a client-authenticated endpoint ("token.invalid_grant",
// "par.invalid_client", ...): the name's part after the group is the error (RFC 6749 5.2), invalid_client a
// 401 with a Basic challenge.
HttpResponse injectedErrorResponse(const EndpointContext& ctx, const FaultRule& rule);

// An error response to an authenticated client (RFC 6749 5.2; server_error is a 500), logged with its id.
HttpResponse clientError(const Client& client, const QString& error, const QString& description);

// A JSON answer that must not be cached, logged with the client id.
HttpResponse noStoreJson(const QJsonObject& body, const QString& clientId);

} // namespace provider::endpoints
