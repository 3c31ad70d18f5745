#pragma once

#include "provider/endpoints/EndpointContext.h"

// The endpoints the route table (provider/Routes.cpp) serves, one file each in this folder.
namespace provider::endpoints {

HttpResponse discovery(const EndpointContext& ctx);
HttpResponse jwks(const EndpointContext& ctx);
HttpResponse authorize(const EndpointContext& ctx);
// Pushed authorization requests (RFC 9126): the parameters of an authorization request, checked and kept
// for the authorization request that names the request_uri returned.
HttpResponse pushedAuthorization(const EndpointContext& ctx);
// Where the login and consent forms post.
HttpResponse login(const EndpointContext& ctx);
HttpResponse token(const EndpointContext& ctx);
HttpResponse userinfo(const EndpointContext& ctx);
HttpResponse revocation(const EndpointContext& ctx);
HttpResponse introspection(const EndpointContext& ctx);
HttpResponse endSession(const EndpointContext& ctx);
HttpResponse deviceAuthorization(const EndpointContext& ctx);
HttpResponse deviceVerification(const EndpointContext& ctx);

} // namespace provider::endpoints
