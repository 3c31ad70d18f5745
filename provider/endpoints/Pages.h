#pragma once

#include "core/http/FormUrlEncoded.h"
#include "provider/endpoints/EndpointContext.h"
#include "provider/workspace/Workspace.h"

namespace provider::endpoints {

// The provider's HTML pages. Every piece of user-controlled text is HTML-escaped.
HttpResponse loginPage(const EndpointContext& ctx, const LoginTransaction& transaction, const Client& client,
    const QString& errorMessage, int status);
// Asks `user` to allow `client` the transaction's scopes; posts action=allow or action=deny to the login
// endpoint.
HttpResponse consentPage(
    const EndpointContext& ctx, const LoginTransaction& transaction, const Client& client, const User& user);
HttpResponse loggedOutPage(const EndpointContext& ctx);
// "Sign out of the issuer?": posts `carried` back to the end-session endpoint with action=logout (and the
// confirmation token) or action=stay.
HttpResponse logoutConfirmationPage(const EndpointContext& ctx, const core::FormData& carried,
    const QString& confirmation, const QString& username, const QString& clientName);
// The device verification page (RFC 8628 3.3): a form for the user code.
HttpResponse deviceCodePage(
    const EndpointContext& ctx, const QString& userCode, const QString& errorMessage, int status);
HttpResponse messagePage(
    const EndpointContext& ctx, const QString& title, const QString& text, int status = 200);
HttpResponse errorPage(const EndpointContext& ctx, const QString& title, const QString& detail, int status,
    const QString& clientId = {});

} // namespace provider::endpoints
