#pragma once

#include "provider/Endpoints.h"
#include "provider/Workspace.h"

namespace provider::endpoints {

// The provider's HTML pages. Every piece of user-controlled text is HTML-escaped.
HttpResponse loginPage(const EndpointContext& ctx, const LoginTransaction& transaction, const Client& client,
    const QString& errorMessage, int status);
HttpResponse loggedOutPage(const EndpointContext& ctx);
HttpResponse errorPage(const EndpointContext& ctx, const QString& title, const QString& detail, int status,
    const QString& clientId = {});

} // namespace provider::endpoints
