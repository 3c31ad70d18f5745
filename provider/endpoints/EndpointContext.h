#pragma once

#include "core/Clock.h"
#include "provider/Faults.h"
#include "provider/GrantStore.h"
#include "provider/http/HttpMessage.h"

namespace provider {

struct IssuerRuntime;

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

// An endpoint: a function from the request value to the response value (the route table, Routes.h, names
// one per path).
using EndpointHandler = HttpResponse (*)(const EndpointContext&);

} // namespace provider
