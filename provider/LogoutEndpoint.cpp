#include "core/jose/Jwt.h"
#include "provider/Endpoints.h"
#include "provider/LoginPage.h"
#include "provider/Provider.h"
#include "provider/Tokens.h"

using namespace Qt::StringLiterals;

namespace provider::endpoints {

// OpenID Connect RP-Initiated Logout 1.0. The browser is sent back only to a post_logout_redirect_uri
// registered for the client that id_token_hint or client_id identifies; anything doubtful ends on our own
// page instead.
HttpResponse endSession(const EndpointContext& ctx)
{
    QString parseError;
    const auto params = queryOrFormParameters(ctx.request, &parseError);
    if (!params)
        return errorPage(ctx, u"Malformed logout request"_s, parseError, 400);
    if (!params->repeatedKeys().isEmpty())
        return errorPage(ctx, u"Invalid logout request"_s,
            u"Parameter %1 is repeated."_s.arg(params->repeatedKeys().join(u", "_s)), 400);

    const QString hint = params->value(u"id_token_hint"_s);
    const QString clientIdParam = params->value(u"client_id"_s);
    const QString postLogoutUri = params->value(u"post_logout_redirect_uri"_s);
    const Client* client = nullptr;
    if (!hint.isEmpty()) {
        QString why;
        const auto claims = tokens::idTokenHintClaims(ctx, hint, &why);
        if (!claims)
            return errorPage(ctx, u"Invalid logout request"_s, u"id_token_hint: "_s + why + u'.', 400);
        const QStringList audiences = jose::jwt::audiences(*claims);
        if (!clientIdParam.isEmpty() && !audiences.contains(clientIdParam))
            return errorPage(ctx, u"Invalid logout request"_s,
                u"client_id \"%1\" is not an audience of id_token_hint."_s.arg(clientIdParam), 400,
                clientIdParam);
        const QString azp = claims->value(u"azp"_s).toString();
        client = ctx.issuer.config.findClient(!clientIdParam.isEmpty() ? clientIdParam
                : !azp.isEmpty()                                       ? azp
                                                                       : audiences.value(0));
    } else if (!clientIdParam.isEmpty()) {
        client = ctx.issuer.config.findClient(clientIdParam);
        if (!client)
            return errorPage(ctx, u"Unknown client"_s,
                u"No client with client_id \"%1\" is registered with this issuer."_s.arg(clientIdParam), 400);
    }

    HttpResponse response;
    if (postLogoutUri.isEmpty()) {
        response = loggedOutPage(ctx);
    } else {
        if (!client)
            return errorPage(ctx, u"Invalid logout request"_s,
                u"post_logout_redirect_uri needs id_token_hint or client_id to tell which client it belongs to."_s,
                400);
        if (!client->postLogoutRedirectUris.contains(postLogoutUri))
            return errorPage(ctx, u"Unregistered post_logout_redirect_uri"_s,
                u"\"%1\" is not a post-logout redirect URI registered for client \"%2\". The provider will "
                u"not send "
                u"the browser there."_s.arg(postLogoutUri, client->clientId),
                400, client->clientId);
        core::FormData back;
        if (params->contains(u"state"_s))
            back.add(u"state"_s, params->value(u"state"_s));
        response
            = HttpResponse::redirect(back.isEmpty() ? postLogoutUri : appendToUri(postLogoutUri, back), 302);
    }
    if (client)
        response.clientId = client->clientId;
    closeSession(ctx, response);
    return response;
}

} // namespace provider::endpoints
