#include "core/jose/Base64Url.h"
#include "core/jose/Crypto.h"
#include "core/jose/Jwt.h"
#include "provider/IssuerRuntime.h"
#include "provider/Tokens.h"
#include "provider/endpoints/AuthorizationRequest.h"
#include "provider/endpoints/AuthorizationResponse.h"
#include "provider/endpoints/Handlers.h"
#include "provider/endpoints/Pages.h"
#include "provider/endpoints/RequestParameters.h"
#include "provider/endpoints/SessionCookie.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace provider::endpoints {

namespace {

// The confirmation form's token: derived from the session id, which only the browser holding the session
// cookie knows, so another site cannot post a confirmation for it.
QByteArray confirmationToken(const QByteArray& sessionId)
{
    return jose::base64UrlEncode(jose::sha256(QByteArray("oidc-bench logout confirmation\n" + sessionId)));
}

} // namespace

// OpenID Connect RP-Initiated Logout 1.0. The browser is sent back only to a post_logout_redirect_uri
// registered for the client that id_token_hint or client_id identifies; anything doubtful ends on our own
// page instead. Without an id_token_hint of the logged-in user, the user is asked first (section 2: the OP
// MUST ask when no hint was given or it does not belong to the current session).
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
    QString hintSubject;
    if (!hint.isEmpty()) {
        QString why;
        const auto claims = tokens::idTokenHintClaims(ctx, hint, &why);
        if (!claims)
            return errorPage(ctx, u"Invalid logout request"_s, u"id_token_hint: "_s + why + u'.', 400);
        hintSubject = claims->value(u"sub"_s).toString();
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

    // Checked before asking, so that nothing doubtful is ever confirmed.
    if (!postLogoutUri.isEmpty() && !client)
        return errorPage(ctx, u"Invalid logout request"_s,
            u"post_logout_redirect_uri needs id_token_hint or client_id to tell which client it belongs to."_s,
            400);
    if (!postLogoutUri.isEmpty()
        && std::none_of(client->postLogoutRedirectUris.cbegin(), client->postLogoutRedirectUris.cend(),
            [&](const QString& uri) { return redirectUriMatches(uri, postLogoutUri); }))
        return errorPage(ctx, u"Unregistered post_logout_redirect_uri"_s,
            u"\"%1\" is not a post-logout redirect URI registered for client \"%2\". The provider will not "
            u"send the browser there."_s.arg(postLogoutUri, client->clientId),
            400, client->clientId);

    const auto session = currentSession(ctx);
    if (session && hintSubject != session->subject) {
        const QByteArray expected = confirmationToken(ctx.request.cookie(sessionCookieName(ctx)));
        const QString action = params->value(u"action"_s);
        const bool confirmed = ctx.request.method == "POST" && action == u"logout"_s
            && jose::constantTimeEquals(params->value(u"confirm"_s).toLatin1(), expected);
        if (action == u"stay"_s && ctx.request.method == "POST")
            return messagePage(ctx, u"Still signed in"_s,
                u"You are still signed in to %1. You can close this window."_s.arg(ctx.issuer.config.name));
        if (!confirmed) {
            if (!action.isEmpty())
                return errorPage(ctx, u"Sign-out refused"_s,
                    u"The confirmation did not come from this browser's own sign-out page."_s, 403);
            core::FormData carried;
            for (const QString& key :
                {u"client_id"_s, u"post_logout_redirect_uri"_s, u"state"_s, u"id_token_hint"_s}) {
                if (params->contains(key))
                    carried.add(key, params->value(key));
            }
            const User* user = ctx.issuer.config.findUserBySubject(session->subject);
            HttpResponse ask = logoutConfirmationPage(ctx, carried, QString::fromLatin1(expected),
                user ? user->username : session->subject, client ? client->name : QString());
            if (client)
                ask.clientId = client->clientId;
            return ask;
        }
    }

    HttpResponse response;
    if (postLogoutUri.isEmpty()) {
        response = loggedOutPage(ctx);
    } else {
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
