#pragma once

#include "core/Clock.h"
#include "core/http/FormUrlEncoded.h"
#include "provider/GrantStore.h"
#include "provider/HttpMessage.h"

namespace provider {

struct IssuerRuntime;

// What every endpoint gets: the request, its issuer and the provider's state. Nothing about sockets.
struct EndpointContext
{
    const HttpRequest& request;
    const IssuerRuntime& issuer;
    GrantStore& grants;
    const core::Clock& clock;
};

namespace endpoints {

HttpResponse discovery(const EndpointContext& ctx);
HttpResponse jwks(const EndpointContext& ctx);
HttpResponse authorize(const EndpointContext& ctx);
HttpResponse login(const EndpointContext& ctx);
HttpResponse token(const EndpointContext& ctx);
HttpResponse userinfo(const EndpointContext& ctx);

// Builds the discovery document and JWKS once per workspace change.
QJsonObject discoveryDocument(const IssuerRuntime& issuer);
QJsonObject jwksDocument(const IssuerRuntime& issuer);

// Parses an application/x-www-form-urlencoded body; checks the Content-Type.
std::optional<core::FormData> formBody(const HttpRequest& request, QString* error);

} // namespace endpoints
} // namespace provider
