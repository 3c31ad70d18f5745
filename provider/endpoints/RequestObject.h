#pragma once

#include "core/http/FormUrlEncoded.h"
#include "provider/endpoints/EndpointContext.h"
#include "provider/workspace/Workspace.h"

namespace provider::endpoints {

// The authorization request with its request object (OIDC Core 6.1, RFC 9101) applied: the object's
// parameters supersede the query's. Unsigned ("none"), signed with the client secret (HS256/384/512, OIDC
// Core 10.1) or with a key whose public half the client registered (its "jwks"). On a problem, the query's
// parameters without it and the reason in *error.
core::FormData withRequestObject(
    const EndpointContext& ctx, const Client& client, const core::FormData& query, QString* error);

} // namespace provider::endpoints
